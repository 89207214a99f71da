"""GB/T 混凝土膨胀剂 (test): a full-grid table of physical properties with two type columns (Ⅰ型 /
Ⅱ型) under a spanning header, a three-level row label (限制膨胀率 / 水中 / 7 d), a negative lower bound
(−0.015), values merged across the types, units in a 单位 column; a chemical table with a footnote letter
restricting a row; clauses with 不应大于 / 应不高于 and a recommended dosage written 一般为 (not counted); the
restrained-expansion formula in the normative annex (not gold).  The levels echo GB/T 23439 as remembered;
the number and every figure are invented."""

from kit import SAMR, C, Doc, R, V, common_front, references

TYPES = ["Ⅰ型", "Ⅱ型"]


def cells(name: str, cmp: str, unit: str | None, texts: list[str], cond=()) -> list:
    if len(texts) == 1:
        v = float(texts[0].replace("−", "-"))
        return [C(V(texts[0], *[R(name, cmp, v, unit, cond=[t, *cond]) for t in TYPES]), cs=2)]
    return [
        V(t_, R(name, cmp, float(t_.replace("−", "-")), unit, cond=[t, *cond]))
        for t_, t in zip(texts, TYPES, strict=True)
    ]


def build() -> Doc:
    d = Doc(
        stem="lu_expansive_01",
        category="混凝土膨胀剂",
        code="2661",
        kind="GB/T",
        number="GB/T 23439—2026",
        replaces=["GB/T 23439—2017"],
        title=["混凝土膨胀剂"],
        title_en="Expansive agents for concrete",
        ics="91.100.10",
        ccs="Q 13",
        issuers=SAMR,
        issued="2026-07-30",
        effective="2027-02-01",
    )
    common_front(
        d,
        "GB/T 23439—2017《混凝土膨胀剂》",
        "中国建筑材料联合会",
        "全国水泥制品标准化技术委员会（SAC/TC 197）",
        ["——修改了限制膨胀率的要求；", "——增加了氯离子含量的要求。"],
    )
    d.h("1", "范围")
    d.p(
        "本文件规定了混凝土膨胀剂的分类和标记、技术要求、检验规则"
        "、标志、包装、运输和贮存，描述了相应的试验方法。"
    )
    d.p("本文件适用于硫铝酸钙类、氧化钙类与硫铝酸钙-氧化钙类粉状混凝土膨胀剂。")
    references(
        d,
        "2",
        "GB/T 176　水泥化学分析方法",
        "GB/T 1346　水泥标准稠度用水量、凝结时间、安定性检验方法",
        "GB/T 8074　水泥比表面积测定方法　勃氏法",
        "GB/T 17671　水泥胶砂强度检验方法（ISO法）",
    )
    d.h("3", "术语和定义")
    d.cl(
        "3.1",
        (
            "<b>混凝土膨胀剂</b>　与水泥、水拌合后经水化反应生成钙矾石"
            "、氢氧化钙或钙矾石和氢氧化钙，使混凝土产生体积膨胀的外加"
            "剂。"
        ),
    )
    d.cl("3.2", "<b>限制膨胀率</b>　掺膨胀剂的砂浆试体在规定的纵向限制器具限制下的膨胀率。")
    d.h("4", "分类和标记")
    d.cl("4.1", "按限制膨胀率分为Ⅰ型和Ⅱ型。")
    d.h("5", "技术要求")
    d.cl("5.1", "化学成分应符合表1的规定。")
    chem = [
        [C("项　目", rs=2), C("单位", rs=2), C("指　标", cs=2)],
        TYPES,
        [C("氧化镁（MgO）　≤", align="l"), "%", *cells("氧化镁（MgO）", "<=", "%", ["5.0"])],
        [
            C("碱含量（按Na<sub>2</sub>O+0.658K<sub>2</sub>O计）<sup>a</sup>　≤", align="l"),
            "%",
            *cells("碱含量（按Na2O+0.658K2O计）", "<=", "%", ["0.75"], ["用于有碱活性骨料的混凝土时"]),
        ],
        [C("氯离子（Cl<sup>−</sup>）　≤", align="l"), "%", *cells("氯离子（Cl−）", "<=", "%", ["0.05"])],
    ]
    d.table(
        "1", "化学成分", chem, head=2, widths=[70, 20, 32, 32], footnotes=["a　用于有碱活性骨料的混凝土时。"]
    )
    d.cl("5.2", "物理性能应符合表2的规定。")
    rows = [
        [C("项　目", cs=3, rs=2), C("单位", rs=2), C("指　标", cs=2)],
        TYPES,
        [
            C("细度", rs=2),
            C("比表面积　≥", cs=2),
            "m<sup>2</sup>/kg",
            *cells("比表面积", ">=", "m²/kg", ["200"], ["细度"]),
        ],
        [C("1.18 mm筛筛余　≤", cs=2), "%", *cells("1.18 mm筛筛余", "<=", "%", ["0.5"], ["细度"])],
        [C("凝结时间", rs=2), C("初凝　≥", cs=2), "min", *cells("凝结时间", ">=", "min", ["45"], ["初凝"])],
        [C("终凝　≤", cs=2), "min", *cells("凝结时间", "<=", "min", ["600"], ["终凝"])],
        [
            C("限制膨胀率", rs=3),
            C("水中", rs=2),
            "7 d　≥",
            "%",
            *cells("限制膨胀率", ">=", "%", ["0.035", "0.050"], ["水中", "7 d"]),
        ],
        ["28 d　≤", "%", *cells("限制膨胀率", "<=", "%", ["0.10"], ["水中", "28 d"])],
        ["空气中", "21 d　≥", "%", *cells("限制膨胀率", ">=", "%", ["−0.015", "−0.010"], ["空气中", "21 d"])],
        [C("抗压强度", rs=2), C("7 d　≥", cs=2), "MPa", *cells("抗压强度", ">=", "MPa", ["22.5"], ["7 d"])],
        [C("28 d　≥", cs=2), "MPa", *cells("抗压强度", ">=", "MPa", ["42.5"], ["28 d"])],
    ]
    d.table(
        "2",
        "物理性能",
        rows,
        head=2,
        widths=[26, 18, 26, 22, 30, 30],
        notes=["注：本表中的限制膨胀率为强制性指标，其余为推荐性指标。"],
    )
    d.cl(
        "5.3",
        "含水率：产品的含水率",
        V("不应大于3.0%", R("含水率", "<=", 3.0, "%")),
        "；烧失量",
        V("应不高于8.0%", R("烧失量", "<=", 8.0, "%")),
        "。",
    )
    d.cl("5.4", "膨胀剂的掺量应以胶凝材料总量的百分比计，推荐掺量由供需双方根据试验确定，一般为6%～12%。")
    d.cl("5.5", "产品的匀质性应稳定，同一批号产品的性能应与型式检验结果一致。")
    d.h("6", "试验方法")
    d.cl("6.1", "试验室温度为（20±2）℃，相对湿度不低于50%；水中养护温度为（20±1）℃。")
    d.cl("6.2", "限制膨胀率按附录A测定。")
    d.cl("6.3", "抗压强度按GB/T 17671进行，膨胀剂内掺10%。")
    d.h("7", "检验规则")
    d.cl("7.1", "日产量超过200 t时，以不超过200 t为一编号；不足200 t时，以日产量为一编号。")
    d.h("8", "标志、包装、运输和贮存")
    d.cl("8.1", "产品应防潮贮存，自生产之日起保质期为6个月。")
    d.annex("A", "规范性", "混凝土膨胀剂限制膨胀率试验方法")
    d.cl("A.1", "试体尺寸为40 mm×40 mm×140 mm，每组3条，脱模时间以抗压强度达到（10±2）MPa确定。")
    d.cl("A.2", "限制膨胀率按公式（A.1）计算，取三条试体的算术平均值，精确至0.001%：")
    d.math(r"\varepsilon=\frac{L_{1}-L}{L_{0}}\times 100", "A.1")
    d.where(
        "<m>\\varepsilon</m>——所测龄期的限制膨胀率，%；",
        "<m>L_{1}</m>——所测龄期的试体长度测量值，单位为毫米（mm）；",
        "<m>L</m>——试体的初始长度测量值，单位为毫米（mm）；",
        "<m>L_{0}</m>——试体的基准长度，取140 mm。",
    )
    return d
