"""Q/-style 企业标准 智能坐便盖 (test): an appliance enterprise standard in the sans body; a performance table
as a Word table with a shaded header row, a 序号 column and a 单位 column (a centred tolerance in brackets, a
range, an asymmetric deviation +5／−10, a thin-space thousands value, signs in the cells); electrical safety
in a list numbered 1、2、3、 with full-width digits; deodorising and antibacterial rates in clauses; test
conditions (not counted).  Echoes enterprise standards for electric toilet seats under GB 4706.53; every
figure here is invented for this corpus."""

from kit import Doc, R, V, fw, ql


def build() -> Doc:
    d = Doc(
        stem="mu_toiletseat_01",
        category="智能坐便盖",
        code="3855",
        kind="Q",
        mark="Q/331082JAW",
        number="Q/331082JAW 003—2026",
        title=["智能坐便盖"],
        replaces=["Q/331082JAW 003—2021"],
        ics="97.030",
        ccs="Y 64",
        issuers=["台州洁澳卫浴科技有限公司"],
        issued="2026-03-05",
        effective="2026-03-05",
        face="hei",
        folio="count",
    )
    d.preface(
        "本标准按照GB/T 1.1—2020给出的规则起草。",
        "本标准代替Q/331082JAW 003—2021，主要变化：增加了除臭和抗菌要求；修改了待机功率要求。",
        "本标准由台州洁澳卫浴科技有限公司提出并起草。",
        "本标准主要起草人：林海波、郑晓芸。",
    )
    d.h("1", "范围")
    d.p("本标准规定了智能坐便盖的技术要求、试验方法、检验规则及标志、包装、运输和贮存。")
    d.p("本标准适用于本公司生产的安装于坐便器上、具有座圈加热、温水清洗和暖风烘干功能的智能坐便盖。")
    d.h("2", "规范性引用文件")
    for ref in (
        "GB 4706.1　家用和类似用途电器的安全　第1部分：通用要求",
        "GB 4706.53　家用和类似用途电器的安全　坐便器的特殊要求",
        "GB/T 23131　家用和类似用途电坐便器便座",
    ):
        d.p(ref, indent=False)
    d.h("3", "技术要求")
    d.cl("3.1", "外观：", ql("外观", "表面光洁，色泽均匀，无裂纹、缩痕、明显划伤"), "。")
    d.h("3.2", "性能")
    d.p("智能坐便盖的性能应符合表1的规定。")
    d.table(
        "1",
        "性能要求",
        [
            ["序号", "项目", "单位", "要求"],
            [
                "1",
                "温水温度（最高档）",
                "℃",
                V("（38±2）", R("温水温度（最高档）", "tolerance", 38.0, "℃", tol=2.0)),
            ],
            ["2", "座圈最高温度", "℃", V("≤42", R("座圈最高温度", "<=", 42.0, "℃"))],
            ["3", "暖风出风温度", "℃", V("≤60", R("暖风出风温度", "<=", 60.0, "℃"))],
            ["4", "清洗水量", "L/min", V("0.25～0.60", R("清洗水量", "range", 0.25, "L/min", vmax=0.60))],
            ["5", "输入功率偏差", "%", V("+5／−10", R("输入功率偏差", "range", -10.0, "%", vmax=5.0))],
            ["6", "待机功率", "W", V("≤1.0", R("待机功率", "<=", 1.0, "W"))],
            ["7", "运行噪声", "dB(A)", V("≤50", R("运行噪声", "<=", 50.0, "dB(A)"))],
            ["8", "座圈承重", "kg", V("≥150", R("座圈承重", ">=", 150.0, "kg"))],
            ["9", "喷头伸缩寿命", "次", V("≥30 000", R("喷头伸缩寿命", ">=", 30000.0, "次"))],
        ],
        widths=[10, 40, 20, 30],
        style="grid",
    )
    d.h("3.3", "电气安全")
    d.p("应符合GB 4706.1和GB 4706.53的规定，并满足：")
    d.item("1、", fw("泄漏电流："), V(fw("不大于0.25mA"), R("泄漏电流", "<=", 0.25, "mA")), "；")
    d.item("2、", fw("绝缘电阻："), V(fw("不小于2MΩ"), R("绝缘电阻", ">=", 2.0, "MΩ")), "；")
    d.item(
        "3、",
        fw("漏电保护装置动作电流"),
        V(fw("不大于10mA"), R("漏电保护装置动作电流", "<=", 10.0, "mA")),
        fw("，漏电保护装置动作时间"),
        V(fw("不大于0.1s"), R("漏电保护装置动作时间", "<=", 0.1, "s")),
        "。",
    )
    d.h("3.4", "除臭")
    d.p("带除臭功能的产品，氨气去除率应", V("不低于80%", R("氨气去除率", ">=", 80.0, "%")), "。")
    d.h("3.5", "抗菌")
    d.p("喷头抗菌率应", V("不低于90%", R("喷头抗菌率", ">=", 90.0, "%")), "。")
    d.h("4", "试验方法")
    d.cl("4.1", "试验环境温度（20±5）℃，进水温度（15±2）℃，供水压力0.2 MPa。")
    d.cl("4.2", "氨气去除率在1 m³试验舱内测定，初始浓度为（10±1）mg/m³，运行60 min。")
    d.h("5", "检验规则")
    d.p("出厂检验逐台进行，检验项目为外观、温水温度、泄漏电流和绝缘电阻；型式检验每年一次，抽样2台。")
    d.h("6", "标志、包装、运输和贮存")
    d.p("产品应贮存在干燥、通风的仓库内，贮存温度不低于0 ℃，防止水路冻裂。")
    return d
