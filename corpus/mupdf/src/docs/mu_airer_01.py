"""Q/-style 企业标准 电动晾衣架 (dev): an appliance enterprise standard in the sans body with folios 第 N 页
共 M 页; a performance table as a Word table with a shaded header row, a 序号 column and a 单位 column (a
range, a centred tolerance with a thin-space thousands value, a tolerance without a centre, signs in the
cells); electrical safety in a list numbered 1、2、3、 with full-width digits (a pass / fail test cell,
qualitative); a life, a temperature tolerance and a germicidal rate in clauses; test conditions (not
counted).  Echoes enterprise standards for electric clothes airers under GB 4706.1; every figure here is
invented for this corpus."""

from kit import Doc, R, V, fw, ql


def build() -> Doc:
    d = Doc(
        stem="mu_airer_01",
        category="电动晾衣架",
        code="3859",
        kind="Q",
        mark="Q/440604HLJ",
        number="Q/440604HLJ 001—2026",
        title=["电动晾衣架"],
        replaces=[],
        ics="97.060",
        ccs="Y 68",
        issuers=["佛山好晾家智能科技有限公司"],
        issued="2026-01-12",
        effective="2026-01-12",
        face="hei",
        folio="count",
    )
    d.preface(
        "本标准按照GB/T 1.1—2020给出的规则起草。",
        "本标准为首次发布。",
        "本标准由佛山好晾家智能科技有限公司提出并起草。",
        "本标准主要起草人：梁志强、黄美玲。",
    )
    d.h("1", "范围")
    d.p("本标准规定了电动晾衣架的型号、技术要求、试验方法、检验规则及标志、包装、运输和贮存。")
    d.p(
        "本标准适用于本公司生产的安装于阳台顶部、具有电动升降功能并可带照明、风干、烘干和消毒功能的晾衣架（以下简称晾衣架）。"
    )
    d.h("2", "规范性引用文件")
    for ref in (
        "GB 4706.1　家用和类似用途电器的安全　第1部分：通用要求",
        "GB/T 4214.1　家用和类似用途电器噪声测试方法　通用要求",
        "GB/T 5169.11　电工电子产品着火危险试验",
    ):
        d.p(ref, indent=False)
    d.h("3", "型号")
    d.p(
        "产品型号由产品代号、额定负载和功能代码组成，如HLJ-35-LF表示额定负载35 kg、带照明和风干功能的晾衣架。"
    )
    d.h("4", "技术要求")
    d.cl("4.1", "外观：", ql("外观", "涂层均匀，色泽一致，无划伤、起泡、脱落，铝合金件无毛刺"), "。")
    d.h("4.2", "主要性能")
    d.p("晾衣架的主要性能应符合表1的规定。")
    d.table(
        "1",
        "主要性能要求",
        [
            ["序号", "项目", "单位", "要求"],
            ["1", "升降速度", "m/min", V("8～12", R("升降速度", "range", 8.0, "m/min", vmax=12.0))],
            ["2", "承载能力", "kg", V("≥35", R("承载能力", ">=", 35.0, "kg"))],
            ["3", "升降行程", "mm", V("1 200±20", R("升降行程", "tolerance", 1200.0, "mm", tol=20.0))],
            ["4", "运行噪声", "dB(A)", V("≤50", R("运行噪声", "<=", 50.0, "dB(A)"))],
            ["5", "照明灯照度", "lx", V("≥100", R("照明灯照度", ">=", 100.0, "lx"))],
            ["6", "烘干输入功率偏差", "%", V("±10", R("烘干输入功率偏差", "range", -10.0, "%", vmax=10.0))],
            ["7", "待机功率", "W", V("≤0.5", R("待机功率", "<=", 0.5, "W"))],
            ["8", "遇阻停机响应时间", "s", V("≤2", R("遇阻停机响应时间", "<=", 2.0, "s"))],
        ],
        widths=[10, 40, 20, 30],
        style="grid",
    )
    d.h("4.3", "电气安全")
    d.p("晾衣架应符合GB 4706.1的规定，并满足下列要求：")
    d.item("1、", fw("泄漏电流："), V(fw("不大于0.25mA"), R("泄漏电流", "<=", 0.25, "mA")), "；")
    d.item(
        "2、",
        "电气强度：",
        ql("电气强度", fw("施加1250V电压，持续1min，无击穿或闪络")),
        "；",
    )
    d.item("3、", fw("接地电阻："), V(fw("不大于0.1Ω"), R("接地电阻", "<=", 0.1, "Ω")), "。")
    d.h("4.4", "升降寿命")
    d.p(
        "升降寿命应",
        V("不少于5 000次", R("升降寿命", ">=", 5000.0, "次")),
        "，试验后各部件无损坏，升降功能正常。",
    )
    d.h("4.5", "烘干温度")
    d.p(
        "烘干功能开启30 min后，出风口温度应为",
        V("（50±5）℃", R("出风口温度", "tolerance", 50.0, "℃", tol=5.0)),
        "。",
    )
    d.h("4.6", "消毒")
    d.p(
        "带紫外线消毒功能的晾衣架，对白色葡萄球菌的杀菌率应",
        V("不低于99.9%", R("杀菌率", ">=", 99.9, "%", cond=["对白色葡萄球菌"])),
        "。",
    )
    d.h("5", "试验方法")
    d.cl("5.1", "试验环境：环境温度（20±5）℃，相对湿度45%～75%，电源电压为额定电压。")
    d.cl("5.2", "运行噪声按GB/T 4214.1测定，测点距晾衣架1 m。")
    d.cl("5.3", "升降寿命试验：加载额定负载，以升至顶端再降至底端为一次循环，连续进行。")
    d.h("6", "检验规则")
    d.cl("6.1", "出厂检验项目：外观、升降速度、照明灯照度、泄漏电流、电气强度、接地电阻。")
    d.cl("6.2", "型式检验每年进行一次，样品从出厂检验合格的产品中随机抽取2台。")
    d.h("7", "标志、包装、运输和贮存")
    d.p(
        "产品铭牌应标明型号、额定电压、额定频率、额定功率和额定负载。产品应贮存在通风、干燥、无腐蚀性气体的仓库内。"
    )
    return d
