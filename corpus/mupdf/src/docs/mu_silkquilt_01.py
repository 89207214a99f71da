"""Q/-style 企业标准 蚕丝被 (test): a textile enterprise standard in the sans body; a quality table as a Word
table with a shaded header row, three grade columns (优等品 / 一等品 / 合格品) and a 单位 column, signs in the
cells, negative lower bounds with the minus sign, tolerances without a centre per grade, ranges merged over
the grades and a label spanning two sub-label rows (经向 / 纬向, conditions); workmanship in a lettered
list.  Echoes enterprise standards for silk quilts under GB/T 24252; every figure here is invented for this
corpus."""

from kit import C, Doc, R, V, ql

G = ["优等品", "一等品", "合格品"]


def per_grade(name: str, unit: str, cmp: str, values, cond=()) -> list:
    out = []
    for text, g in zip(values, G, strict=True):
        number = float(text.lstrip("≥≤±").replace("−", "-"))
        if cmp == "range":
            out.append(V(text, R(name, "range", -number, unit, grade=g, cond=list(cond), vmax=number)))
        else:
            out.append(V(text, R(name, cmp, number, unit, grade=g, cond=list(cond))))
    return out


def over(name: str, unit: str | None, cmp: str, text: str, cond=()) -> C:
    if "～" in text:
        low, high = (float(x) for x in text.split("～"))
        records = [R(name, "range", low, unit, grade=g, cond=list(cond), vmax=high) for g in G]
    else:
        records = [R(name, cmp, float(text.lstrip("≥≤")), unit, grade=g, cond=list(cond)) for g in G]
    return C(V(text, *records), cs=3)


def build() -> Doc:
    d = Doc(
        stem="mu_silkquilt_01",
        category="蚕丝被",
        code="1771",
        kind="Q",
        mark="Q/HZSY",
        number="Q/HZSY 003—2026",
        title=["蚕丝被"],
        replaces=["Q/HZSY 003—2023"],
        ics="59.080.30",
        ccs="W 56",
        issuers=["浙江湖州丝源家纺有限公司"],
        issued="2026-01-18",
        effective="2026-02-01",
        face="hei",
        folio="count",
    )
    d.preface(
        "本标准按照GB/T 1.1—2020给出的规则起草。",
        "本标准代替Q/HZSY 003—2023，"
        "与Q/HZSY 003—2023相比主要变化如下：增加了蚕丝平均长度要求；修改了含油率指标。",
        "本标准起草单位：浙江湖州丝源家纺有限公司。",
        "本标准主要起草人：沈建华、钱丽萍。",
    )
    d.h("1", "范围")
    d.p("本标准规定了蚕丝被的要求、试验方法、检验规则和标志、包装、运输、贮存。")
    d.p("本标准适用于本公司以桑蚕丝为填充物、以纺织品为面料制成的蚕丝被。")
    d.h("2", "规范性引用文件")
    for ref in (
        "GB 18401　国家纺织产品基本安全技术规范",
        "GB/T 24252　蚕丝被",
        "GB/T 3920　纺织品　色牢度试验　耐摩擦色牢度",
        "GB/T 3923.1　纺织品　织物拉伸性能　第1部分：断裂强力和断裂伸长率的测定（条样法）",
    ):
        d.p(ref, indent=False)
    d.h("3", "要求")
    d.h("3.1", "填充物和面料")
    d.item("a）", "填充物应为100%桑蚕丝，不得掺入柞蚕丝和化学纤维；")
    d.item("b）", "面料应符合GB 18401的规定；")
    d.item("c）", "外观：", ql("外观", "被面平整，缝线顺直，无破损、污渍，丝绵铺絮均匀"), "。")
    d.h("3.2", "质量要求")
    d.p("产品分为优等品、一等品、合格品，质量要求应符合表1的规定。")
    d.table(
        "1",
        "质量要求",
        [
            [C("项目", cs=2), "单位", *G],
            [C("蚕丝平均长度", cs=2), "mm", *per_grade("蚕丝平均长度", "mm", ">=", ("≥60", "≥50", "≥40"))],
            [C("含油率", cs=2), "%", *per_grade("含油率", "%", "<=", ("≤1.0", "≤1.5", "≤2.0"))],
            [C("回潮率", cs=2), "%", over("回潮率", "%", "range", "8.0～12.0")],
            [
                C("填充物质量偏差率", cs=2),
                "%",
                *per_grade("填充物质量偏差率", "%", ">=", ("≥−2.0", "≥−3.0", "≥−4.0")),
            ],
            [
                C("成品规格偏差", cs=2),
                "cm",
                *per_grade("成品规格偏差", "cm", "range", ("±2.0", "±2.0", "±3.0")),
            ],
            [C("面料断裂强力", rs=2), "经向", "N", over("面料断裂强力", "N", ">=", "≥300", cond=["经向"])],
            ["纬向", "N", over("面料断裂强力", "N", ">=", "≥250", cond=["纬向"])],
            [
                C("耐皂洗色牢度（变色）", cs=2),
                "级",
                *per_grade("耐皂洗色牢度（变色）", "级", ">=", ("≥4", "≥4", "≥3")),
            ],
            [C("甲醛含量", cs=2), "mg/kg", over("甲醛含量", "mg/kg", "<=", "≤20")],
            [C("pH值", cs=2), "—", over("pH值", None, "range", "4.0～8.5")],
        ],
        widths=[27, 9, 14, 16.7, 16.7, 16.6],
        style="grid",
    )
    d.h("4", "试验方法")
    d.p("蚕丝平均长度、含油率和回潮率按GB/T 24252附录的方法测定；断裂强力按GB/T 3923.1测定。")
    d.h("5", "检验规则")
    d.p("同一品种、同一规格、同一等级的产品为一批。出厂检验每批抽取3条，型式检验每年不少于一次。")
    d.h("6", "标志、包装、运输、贮存")
    d.p("每条产品应标明填充物名称及含量、填充物质量、规格和等级。产品应防潮、防蛀、防霉，宜用透气包装。")
    return d
