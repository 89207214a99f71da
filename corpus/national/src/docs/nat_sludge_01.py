"""GB 4284-style 农用污泥污染物控制标准 (dev): A级/B级 grade columns, a unit line with the dry basis,
values merged across both grades, a range merged across grades, clause limits with Chinese wording."""

from kit import C, Doc, R, V

GRADES = ("A级污泥产物", "B级污泥产物")


def graded(label: str, name: str, a: str, b: str, unit: str | None, cmp: str = "<=", extra=()):
    return [
        C(label, align="l"),
        V(a, R(name, cmp, float(a), unit, grade=GRADES[0], cond=list(extra))),
        V(b, R(name, cmp, float(b), unit, grade=GRADES[1], cond=list(extra))),
    ]


def merged(label: str, text: str, *recs_for_grade) -> list:
    return [C(label, align="l"), C(V(text, *recs_for_grade), cs=2)]


def build() -> Doc:
    d = Doc(
        stem="nat_sludge_01",
        category="污泥",
        code="4620",
        kind="GB",
        number="GB 4284—2026",
        replaces=["GB 4284—2018"],
        title=["农用污泥污染物控制标准"],
        title_en="Control standards of pollutants in sludge for agricultural use",
        ics="13.030.20",
        ccs="Z 05",
        issuers=["国家市场监督管理总局", "国家标准化管理委员会"],
        issued="2026-05-12",
        effective="2027-06-01",
    )
    d.preface(
        "本文件按照GB/T 1.1—2020给出的规则起草。",
        "本文件代替GB 4284—2018《农用污泥污染物控制标准》，与GB 4284—2018相比，主要技术变化如下：",
        "——增加了多环芳烃（PAHs）的限值；",
        "——更改了B级污泥产物中总锌的限值（见表1，2018年版的表1）；",
        "——增加了污泥产物年用量和连续使用年限的要求（见5.4）。",
        "本文件于1984年首次发布，2018年第一次修订，本次为第二次修订。",
    )
    d.h("1", "范围")
    d.p("本文件规定了城镇污水处理厂污泥农用时的污染物控制要求、取样、监测和使用要求。")
    d.p("本文件适用于城镇污水处理厂污泥在耕地、园地和牧草地时的污染物控制。")
    d.h("2", "规范性引用文件")
    d.p("GB/T 17141　土壤质量　铅、镉的测定　石墨炉原子吸收分光光度法", indent=False)
    d.p("CJ/T 221　城市污水处理厂污泥检验方法", indent=False)
    d.h("3", "术语和定义")
    d.h("3.1", "污泥产物　sludge product")
    d.p("以城镇污水处理厂污泥为原料，经稳定化和无害化处理后制成的、含水率不高于80%的产物。")
    d.h("3.2", "A级污泥产物　grade A sludge product")
    d.p("污染物浓度满足表1中A级限值要求的污泥产物，可用于耕地、园地和牧草地。")
    d.h("3.3", "B级污泥产物　grade B sludge product")
    d.p("污染物浓度满足表1中B级限值要求的污泥产物，可用于园地、牧草地和不种植食用农作物的耕地。")
    d.h("4", "污染物控制要求")
    d.cl("4.1", "污泥产物中污染物浓度应符合表1的规定。")
    d.table(
        "1",
        "污泥产物的污染物浓度限值",
        [
            [C("序号", rs=2), C("控制项目", rs=2), C("污染物限值", cs=2)],
            ["", "", "A级污泥产物", "B级污泥产物"],
            ["1", *graded("总镉（以Cd计）", "总镉（以Cd计）", "3", "15", "mg/kg", extra=["干基"])],
            ["2", *graded("总汞（以Hg计）", "总汞（以Hg计）", "3", "15", "mg/kg", extra=["干基"])],
            ["3", *graded("总铅（以Pb计）", "总铅（以Pb计）", "300", "1000", "mg/kg", extra=["干基"])],
            ["4", *graded("总铬（以Cr计）", "总铬（以Cr计）", "500", "1000", "mg/kg", extra=["干基"])],
            ["5", *graded("总砷（以As计）", "总砷（以As计）", "30", "75", "mg/kg", extra=["干基"])],
            ["6", *graded("总镍（以Ni计）", "总镍（以Ni计）", "100", "200", "mg/kg", extra=["干基"])],
            ["7", *graded("总锌（以Zn计）", "总锌（以Zn计）", "1200", "2500", "mg/kg", extra=["干基"])],
            ["8", *graded("总铜（以Cu计）", "总铜（以Cu计）", "500", "1500", "mg/kg", extra=["干基"])],
            ["9", *graded("矿物油", "矿物油", "500", "3000", "mg/kg", extra=["干基"])],
            ["10", *graded("苯并(a)芘", "苯并(a)芘", "2", "3", "mg/kg", extra=["干基"])],
            [
                "11",
                *graded(
                    "多环芳烃（PAHs）<super>a</super>",
                    "多环芳烃（PAHs）",
                    "5",
                    "6",
                    "mg/kg",
                    extra=["干基"],
                ),
            ],
        ],
        head=2,
        unit_line="单位为毫克每千克（干基）",
        widths=[16, 64, 40, 40],
        footnotes=["<super>a</super> 多环芳烃（PAHs）总量指萘、苊、芴等16种多环芳烃的总和。"],
    )
    d.cl("4.2", "污泥产物的物理化学指标应符合表2的规定。")
    both = lambda name, cmp, v, unit, vmax=None: [  # noqa: E731
        R(name, cmp, v, unit, grade=g, vmax=vmax) for g in GRADES
    ]
    d.table(
        "2",
        "污泥产物的物理化学指标及卫生学指标",
        [
            [C("序号", rs=2), C("项　目", rs=2), C("指　标", cs=2)],
            ["", "", "A级污泥产物", "B级污泥产物"],
            ["1", *merged("pH", "5.5～9", *both("pH", "range", 5.5, None, 9))],
            ["2", *merged("含水率/%　　≤", "60", *both("含水率", "<=", 60, "%"))],
            ["3", *merged("粒径/mm　　≤", "10", *both("粒径", "<=", 10, "mm"))],
            ["4", *graded("杂物/%　　≤", "杂物", "3", "5", "%")],
            ["5", *graded("有机质含量（以干基计）/%　　≥", "有机质含量（以干基计）", "25", "20", "%", ">=")],
            ["6", *merged("蛔虫卵死亡率/%　　≥", "95", *both("蛔虫卵死亡率", ">=", 95, "%"))],
            ["7", *graded("粪大肠菌群菌值　　≥", "粪大肠菌群菌值", "0.01", "0.001", None, ">=")],
        ],
        head=2,
        widths=[16, 64, 40, 40],
        notes=["注：杂物指污泥产物中粒径大于5 mm的玻璃、金属、塑料、橡胶等的质量分数。"],
    )
    d.cl(
        "4.3",
        "污泥产物的种子发芽指数应",
        V("不低于60%", R("种子发芽指数", ">=", 60, "%")),
        "，试验方法按CJ/T 221执行。",
    )
    d.h("5", "使用要求")
    d.cl("5.1", "A级污泥产物可用于耕地、园地、牧草地；B级污泥产物不应用于种植食用农作物的耕地。")
    d.cl(
        "5.2",
        "污泥产物施用时应与土壤充分混合，施用后24 h内翻耕入土，施用地块距地表水体和饮用水水源地的距离应",
        V("大于200 m", R("距地表水体和饮用水水源地的距离", ">", 200, "m", cond=["施用地块"])),
        "。",
    )
    d.cl("5.3", "施用污泥产物的农田，其土壤pH值小于6.5时应停止施用。")
    d.cl(
        "5.4",
        "污泥产物年用量累计",
        V("不应超过7.5 t/hm<super>2</super>（以干基计）", R("年用量", "<=", 7.5, "t/hm²", cond=["以干基计"])),
        "，在同一块土地上连续使用",
        V("不应超过五年", R("连续使用年限", "<=", 5, "年")),
        "。",
    )
    d.h("6", "取样与监测")
    d.cl(
        "6.1",
        "每1 000 t污泥产物（含水率以80%计）或每个批次至少取样1次，每次取样不少于5个点，混合后样品量不少于2 "
        "kg。",
    )
    d.cl("6.2", "样品在105 ℃下烘干至恒重后测定，污染物含量以干基计。")
    d.cl("6.3", "污染物的监测方法按表3执行。")
    d.table(
        "3",
        "污染物监测方法",
        [
            ["序号", "控制项目", "监测方法", "方法标准编号"],
            ["1", "总镉", "石墨炉原子吸收分光光度法", "GB/T 17141"],
            ["2", "总汞", "原子荧光法", "CJ/T 221"],
            ["3", "总铅", "石墨炉原子吸收分光光度法", "GB/T 17141"],
            ["4", "苯并(a)芘", "高效液相色谱法", "CJ/T 221"],
        ],
        widths=[16, 40, 64, 40],
    )
    return d
