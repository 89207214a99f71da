"""Q/-style 企业标准 羽绒被 (dev): a textile enterprise standard in the sans body; a quality table as a Word
table with a shaded header row, three grade columns (优等品 / 一等品 / 合格品) and a 单位 column, signs in
the cells, a value merged over two grades beside a third, a range merged over all three, a negative lower
bound printed with the minus sign (−3.0), a tolerance without a centre merged over the grades, and a label
spanning two sub-label rows (经向 / 纬向, conditions); workmanship in a lettered list.  Echoes enterprise
standards for down quilts under GB/T 14272; every figure here is invented for this corpus."""

from kit import C, Doc, R, V, ql

G = ["优等品", "一等品", "合格品"]


def per_grade(name: str, unit: str, cmp: str, values, cond=()) -> list:
    out = []
    for text, g in zip(values, G, strict=True):
        number = float(text.lstrip("≥≤").replace("−", "-"))
        out.append(V(text, R(name, cmp, number, unit, grade=g, cond=list(cond))))
    return out


def over(name: str, unit: str, cmp: str, text: str, grades, cond=(), **kw) -> C:
    number = float(text.lstrip("≥≤±").split("～")[0])
    if cmp == "range" and "～" in text:
        kw = {"vmax": float(text.split("～")[1])}
    if cmp == "range" and text.startswith("±"):
        number, kw = -number, {"vmax": number}
    records = [R(name, cmp, number, unit, grade=g, cond=list(cond), **kw) for g in grades]
    return C(V(text, *records), cs=len(grades))


def build() -> Doc:
    d = Doc(
        stem="mu_downquilt_01",
        category="羽绒被",
        code="1942",
        kind="Q",
        mark="Q/LAYF",
        number="Q/LAYF 006—2026",
        title=["羽绒被"],
        replaces=["Q/LAYF 006—2022"],
        ics="59.080.30",
        ccs="W 56",
        issuers=["安徽六安羽丰家纺有限公司"],
        issued="2026-02-20",
        effective="2026-03-01",
        face="hei",
        folio="plain",
    )
    d.preface(
        "本标准按照GB/T 1.1—2020给出的规则起草。",
        "本标准代替Q/LAYF 006—2022，与Q/LAYF 006—2022相比主要变化如下：提高了优等品的含绒量和蓬松度要求；"
        "增加了面料断裂强力要求。",
        "本标准起草单位：安徽六安羽丰家纺有限公司。",
        "本标准主要起草人：汪志刚、李娟。",
    )
    d.h("1", "范围")
    d.p("本标准规定了羽绒被的要求、试验方法、检验规则和标志、包装、运输、贮存。")
    d.p("本标准适用于本公司以鸭绒或鹅绒为主要填充物、以纺织品为面料制成的羽绒被。")
    d.h("2", "规范性引用文件")
    for ref in (
        "GB 18401　国家纺织产品基本安全技术规范",
        "GB/T 10288　羽绒羽毛检验方法",
        "GB/T 14272　羽绒服装",
        "GB/T 3923.1　纺织品　织物拉伸性能　第1部分：断裂强力和断裂伸长率的测定（条样法）",
    ):
        d.p(ref, indent=False)
    d.h("3", "要求")
    d.h("3.1", "原材料")
    d.item("a）", "填充物应为经水洗消毒的鸭绒或鹅绒，不得使用再生羽绒；")
    d.item("b）", "面料应符合GB 18401的规定；")
    d.item("c）", "外观：", ql("外观", "绗缝线迹平直，无跳针、断线、漏绒，被面无污渍"), "。")
    d.h("3.2", "质量要求")
    d.p("产品按质量分为优等品、一等品、合格品三个等级，各等级的质量要求应符合表1的规定。")
    d.table(
        "1",
        "质量要求",
        [
            [C("项目", cs=2), "单位", *G],
            [C("含绒量", cs=2), "%", *per_grade("含绒量", "%", ">=", ("≥90", "≥80", "≥70"))],
            [C("蓬松度", cs=2), "cm", *per_grade("蓬松度", "cm", ">=", ("≥17.0", "≥15.5", "≥14.0"))],
            [C("透明度", cs=2), "mm", *per_grade("透明度", "mm", ">=", ("≥600", "≥500", "≥450"))],
            [
                C("耗氧量", cs=2),
                "mg/100g",
                over("耗氧量", "mg/100g", "<=", "≤4.8", G[:2]),
                V("≤10.0", R("耗氧量", "<=", 10.0, "mg/100g", grade=G[2])),
            ],
            [C("残脂率", cs=2), "%", over("残脂率", "%", "range", "0.5～1.3", G)],
            [
                C("填充物质量偏差率", cs=2),
                "%",
                *per_grade("填充物质量偏差率", "%", ">=", ("≥−3.0", "≥−4.0", "≥−5.0")),
            ],
            [C("成品规格偏差", cs=2), "cm", over("成品规格偏差", "cm", "range", "±2.0", G)],
            [C("面料断裂强力", rs=2), "经向", "N", over("面料断裂强力", "N", ">=", "≥350", G, cond=["经向"])],
            ["纬向", "N", over("面料断裂强力", "N", ">=", "≥300", G, cond=["纬向"])],
            [
                C("防钻绒性（钻绒根数）", cs=2),
                "根",
                *per_grade("防钻绒性（钻绒根数）", "根", "<=", ("≤10", "≤15", "≤20")),
            ],
            [C("甲醛含量", cs=2), "mg/kg", over("甲醛含量", "mg/kg", "<=", "≤20", G)],
        ],
        widths=[27, 9, 14, 16.7, 16.7, 16.6],
        notes=["注：填充物质量偏差率为实测填充物质量与标称填充物质量之差占标称填充物质量的百分率。"],
        style="grid",
    )
    d.h("4", "试验方法")
    d.p(
        "含绒量、蓬松度、透明度、耗氧量、残脂率按GB/T 10288测定；"
        "断裂强力按GB/T 3923.1测定，拉伸速度100 mm/min。"
    )
    d.h("5", "检验规则")
    d.p("同一品种、同一等级、同一批投料生产的产品为一批。出厂检验按批进行，每批抽取3条。")
    d.h("6", "标志、包装、运输、贮存")
    d.p(
        "每条产品应附使用说明，标明填充物名称、含绒量、填充物质量和产品等级。产品应存放在干燥、通风、防蛀的库房内。"
    )
    return d
