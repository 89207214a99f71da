"""Q/-style 企业标准 蒸汽挂烫机 (test): an appliance enterprise standard in the sans body; a performance
table as a Word table with a shaded header row, a 序号 column and a 单位 column (a centred tolerance in
brackets, an asymmetric deviation +5／−10, a thin-space thousands value, signs in the cells); electrical
safety in a list numbered 1、2、3、 with full-width digits; cut-off times and a germicidal rate in clauses;
test conditions (not counted).  Echoes enterprise standards for garment steamers under GB 4706.1; every
figure here is invented for this corpus."""

from kit import Doc, R, V, fw, ql


def build() -> Doc:
    d = Doc(
        stem="mu_steamer_01",
        category="蒸汽挂烫机",
        code="3859",
        kind="Q",
        mark="Q/330281ZHD",
        number="Q/330281ZHD 003—2026",
        title=["蒸汽挂烫机"],
        replaces=["Q/330281ZHD 003—2021"],
        ics="97.060",
        ccs="Y 62",
        issuers=["余姚蒸汇电器有限公司"],
        issued="2026-03-05",
        effective="2026-03-05",
        face="hei",
        folio="count",
    )
    d.preface(
        "本标准按照GB/T 1.1—2020给出的规则起草。",
        "本标准代替Q/330281ZHD 003—2021，主要变化：增加了防干烧和除菌要求；修改了蒸汽量要求。",
        "本标准由余姚蒸汇电器有限公司提出并起草。",
        "本标准主要起草人：孙国平、施雅琴。",
    )
    d.h("1", "范围")
    d.p("本标准规定了蒸汽挂烫机的技术要求、试验方法、检验规则及标志、包装、运输和贮存。")
    d.p("本标准适用于本公司生产的立式和手持式蒸汽挂烫机（以下简称挂烫机）。")
    d.h("2", "规范性引用文件")
    for ref in (
        "GB 4706.1　家用和类似用途电器的安全　第1部分：通用要求",
        "GB 4706.2　家用和类似用途电器的安全　电熨斗的特殊要求",
        "GB/T 4214.1　家用和类似用途电器噪声测试方法　通用要求",
    ):
        d.p(ref, indent=False)
    d.h("3", "技术要求")
    d.cl("3.1", "外观：", ql("外观", "表面光洁，色泽均匀，无裂纹、缩痕，软管无扭结"), "。")
    d.h("3.2", "性能")
    d.p("挂烫机的性能应符合表1的规定。")
    d.table(
        "1",
        "性能要求",
        [
            ["序号", "项目", "单位", "要求"],
            [
                "1",
                "蒸汽量（最高档）",
                "g/min",
                V("（25±3）", R("蒸汽量（最高档）", "tolerance", 25.0, "g/min", tol=3.0)),
            ],
            ["2", "喷头出汽温度", "℃", V("≥95", R("喷头出汽温度", ">=", 95.0, "℃"))],
            ["3", "手柄表面温升", "K", V("≤30", R("手柄表面温升", "<=", 30.0, "K"))],
            ["4", "出汽时间", "s", V("≤45", R("出汽时间", "<=", 45.0, "s"))],
            ["5", "输入功率偏差", "%", V("+5／−10", R("输入功率偏差", "range", -10.0, "%", vmax=5.0))],
            ["6", "待机功率", "W", V("≤0.5", R("待机功率", "<=", 0.5, "W"))],
            ["7", "运行噪声", "dB(A)", V("≤60", R("运行噪声", "<=", 60.0, "dB(A)"))],
            ["8", "水箱有效容量", "L", V("≥1.5", R("水箱有效容量", ">=", 1.5, "L"))],
            ["9", "开关寿命", "次", V("≥30 000", R("开关寿命", ">=", 30000.0, "次"))],
        ],
        widths=[10, 40, 20, 30],
        style="grid",
    )
    d.h("3.3", "电气安全")
    d.p("应符合GB 4706.1和GB 4706.2的规定，并满足：")
    d.item("1、", fw("泄漏电流："), V(fw("不大于0.75mA"), R("泄漏电流", "<=", 0.75, "mA")), "；")
    d.item("2、", fw("绝缘电阻："), V(fw("不小于2MΩ"), R("绝缘电阻", ">=", 2.0, "MΩ")), "；")
    d.item("3、", fw("接地电阻："), V(fw("不大于0.1Ω"), R("接地电阻", "<=", 0.1, "Ω")), "。")
    d.h("3.4", "防干烧和防倾倒")
    d.p(
        "水箱缺水时，挂烫机应在",
        V("30 s内停止加热", R("缺水停止加热时间", "<=", 30.0, "s")),
        "；手持式挂烫机倾倒后切断加热的时间应",
        V("不大于3 s", R("倾倒切断加热时间", "<=", 3.0, "s")),
        "。",
    )
    d.h("3.5", "除菌")
    d.p("蒸汽对大肠杆菌的除菌率应", V("不低于99%", R("除菌率", ">=", 99.0, "%", cond=["对大肠杆菌"])), "。")
    d.h("4", "试验方法")
    d.cl("4.1", "试验环境温度（20±5）℃，相对湿度45%～75%，水箱注入额定容量的纯净水。")
    d.cl("4.2", "蒸汽量在最高档连续喷汽10 min后，称量水箱失水质量计算。")
    d.h("5", "检验规则")
    d.p("出厂检验逐台进行，检验项目为外观、出汽时间、泄漏电流和绝缘电阻；型式检验每年一次，抽样2台。")
    d.h("6", "标志、包装、运输和贮存")
    d.p("产品出厂前应排空水箱，贮存在干燥、通风的仓库内。")
    return d
