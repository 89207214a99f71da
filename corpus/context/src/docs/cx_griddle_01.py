"""Q/ enterprise standard 电饼铛 (test): a per-model transposed xtable (models down the rows, the
quantities across with their units in a header row of their own; the comparator at the end of each
quantity name), the rated power as the model's data (not counted), a value merged over the models; an
asymmetric power deviation +5 %～−10 % in a clause; electrical safety with a pass / fail test; a coating
table in three-line style with qualitative cells; a ± tolerance without a centre on the plate
temperature; test conditions not counted.  The levels echo the national standard for household electric
baking pans as remembered; the company, number and every figure are invented."""

from kit import C, Doc, R, V, front, references

MODELS = [
    ("XL-J30A", "1 200", "30", "8", "15"),
    ("XL-J34B", "1 400", "34", "9", "18"),
    ("XL-J38C", "1 600", "38", "10", "20"),
    ("XL-J42D", "1 800", "42", "12", "22"),
]


def build() -> Doc:
    d = Doc(
        stem="cx_griddle_01",
        category="电饼铛",
        code="3854",
        kind="Q",
        mark="Q/GDXL",
        line="佛山市顺德区鑫乐电器有限公司企业标准",
        short="电饼铛",
        number="Q/GDXL 002—2026",
        replaces=["Q/GDXL 002—2022"],
        title=["家用电饼铛"],
        title_en="Household electric baking pans",
        ics="97.040.50",
        ccs="Y 68",
        issuers=["佛山市顺德区鑫乐电器有限公司"],
        issued="2026-01-15",
        effective="2026-02-01",
    )
    front(
        d,
        "本文件代替Q/GDXL 002—2022《家用电饼铛》，与Q/GDXL 002—2022相比，增加了XL-J42D型号，"
        "修改了升温时间和盘面温差指标。",
        "本文件由佛山市顺德区鑫乐电器有限公司提出并起草。",
        "本文件主要起草人：黄志强、梁嘉欣。",
    )
    d.h("1", "范围")
    d.p(
        "本文件规定了家用电饼铛（以下简称饼铛）的型号、技术要求、试验方法、检验规则及标志、包装、运输、贮存。"
    )
    d.p("本文件适用于本公司生产的额定电压220 V、额定功率不大于2 000 W的上下盘独立控温电饼铛。")
    references(
        d,
        "2",
        "GB 4706.1　家用和类似用途电器的安全　第1部分：通用要求",
        "GB 4706.14　家用和类似用途电器的安全　烤架、面包片烘烤器及类似用途便携式烹饪器具的特殊要求",
        "GB 4806.10　食品安全国家标准　食品接触用涂料及涂层",
        "GB/T 32096　家用电饼铛",
    )
    d.h("3", "型号")
    d.p("型号由企业代号XL、产品代号J、烤盘直径（cm）和设计序号组成，如XL-J34B。")
    d.h("4", "技术要求")
    d.cl("4.1", "各型号饼铛的主要性能应符合表1的规定。")
    rows = [
        [
            C("型　号", rs=2),
            "额定功率",
            "烤盘直径",
            "升温时间　≤",
            "盘面温差　≤",
            "控温范围",
        ],
        ["W", "cm", "min", "℃", "℃"],
    ]
    for i, (model, power, size, heat, diff) in enumerate(MODELS):
        row: list = [
            model,
            power,
            size,
            V(heat, R("升温时间", "<=", float(heat), "min", cond=[model])),
            V(diff, R("盘面温差", "<=", float(diff), "℃", cond=[model])),
        ]
        if i == 0:
            recs = [R("控温范围", "range", 120, "℃", vmax=230, cond=[m[0]]) for m in MODELS]
            row.append(C(V("120～230", *recs), rs=len(MODELS)))
        rows.append(row)
    d.table(
        "1",
        "主要性能参数",
        rows,
        head=2,
        widths=[30, 26, 26, 28, 28, 30],
        engine="xtable",
        notes=["注：升温时间为盘面中心温度由室温升至200 ℃所需时间。"],
    )
    d.cl(
        "4.2",
        "输入功率：在额定电压下，输入功率对额定功率的偏差应为",
        V("+5%～−10%", R("输入功率", "range", -10, "%", vmax=5, cond=["对额定功率的偏差"])),
        "。",
    )
    d.cl(
        "4.3",
        "温控精度：恒温状态下盘面中心温度与设定温度之差应在",
        V("±10 ℃", R("盘面中心温度", "range", -10, "℃", vmax=10, cond=["与设定温度之差"])),
        "以内。",
    )
    d.cl(
        "4.4",
        "手柄温升：正常工作时手柄温升",
        V("不应超过30 K", R("手柄温升", "<=", 30, "K")),
        "，外壳可触及表面温升",
        V("不应超过65 K", R("外壳可触及表面温升", "<=", 65, "K")),
        "。",
    )
    d.cl("4.5", "不粘涂层应符合表2的规定。")
    coat = [
        ["项　目", "要　求"],
        [
            "外观",
            V("涂层均匀，无露底、起泡、剥落", R("外观", "qualitative", text="涂层均匀，无露底、起泡、剥落")),
        ],
        ["附着力", V("划格法0级", R("附着力", "qualitative", text="划格法0级"))],
        [
            "耐磨性",
            V("往复摩擦≥5 000次不露底", R("耐磨性", ">=", 5000, "次", cond=["往复摩擦", "不露底"])),
        ],
        ["不粘性", V("煎蛋不粘，易清洗", R("不粘性", "qualitative", text="煎蛋不粘，易清洗"))],
    ]
    d.table("2", "不粘涂层要求", coat, widths=[40, 90], style="three")
    d.cl("4.6", "电气安全：")
    d.item(
        "a)",
        "泄漏电流",
        V("不应大于0.75 mA", R("泄漏电流", "<=", 0.75, "mA")),
        "；",
    )
    d.item(
        "b)",
        "接地电阻",
        V("不应大于0.1 Ω", R("接地电阻", "<=", 0.1, "Ω")),
        "；",
    )
    d.item(
        "c)",
        "电气强度：",
        V(
            "施加1 250 V、50 Hz试验电压1 min，无击穿",
            R("电气强度", "qualitative", text="施加1 250 V、50 Hz试验电压1 min，无击穿"),
        ),
        "；",
    )
    d.item("d)", "其他应符合GB 4706.1和GB 4706.14的规定。")
    d.cl("4.7", "食品接触材料：涂层应符合GB 4806.10的规定。")
    d.h("5", "试验方法")
    d.cl("5.1", "试验条件：环境温度（20±5）℃，电源电压偏差不超过±1%，试验前饼铛应在室温下放置4 h以上。")
    d.cl("5.2", "盘面温差：在盘面上均布9个测点，恒温30 min后测量，取最高与最低温度之差。")
    d.h("6", "检验规则")
    d.cl("6.1", "出厂检验逐台进行电气强度、接地电阻和通电试验。")
    d.cl("6.2", "型式检验每年一次，抽样3台。")
    d.h("7", "标志、包装、运输和贮存")
    d.p("铭牌应标明型号、额定电压、额定功率、额定频率和生产日期；包装箱堆码不超过6层。")
    return d
