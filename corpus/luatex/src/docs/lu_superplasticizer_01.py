"""GB/T 聚羧酸系高性能减水剂 (dev): a full-grid table of the concrete's performance with three type columns
(早强型 / 标准型 / 缓凝型) under a spanning header, quantities with sub-labels down the rows (初凝 /
终凝, 1 d / 3 d / 7 d / 28 d), asymmetric ranges with signs (−90～+120), an open bound written ">+90",
values merged across the types, "—" cells; a homogeneity clause list with 不应超过 / 不应大于 and
relative requirements without a fixed number (not counted); the water-reduction formula in the methods
(not gold). The levels echo GB 8076 as remembered; the number and every figure are invented."""

from kit import SAMR, C, Doc, R, V, common_front, references

TYPES = ["早强型", "标准型", "缓凝型"]


def cells(name: str, cmp: str, unit: str | None, texts: list[str], cond=()) -> list:
    """One cell per type; a single text is merged across the three."""
    if len(texts) == 1:
        return [C(V(texts[0], *[R(name, cmp, float(texts[0]), unit, cond=[t, *cond]) for t in TYPES]), cs=3)]
    out: list = []
    for text, t in zip(texts, TYPES, strict=True):
        if text == "—":
            out.append("—")
        elif "～" in text:
            low, high = text.replace("−", "-").replace("+", "").split("～")
            out.append(V(text, R(name, "range", float(low), unit, vmax=float(high), cond=[t, *cond])))
        elif text.startswith(">"):
            out.append(V(text, R(name, ">", float(text[1:].replace("+", "")), unit, cond=[t, *cond])))
        else:
            out.append(V(text, R(name, cmp, float(text), unit, cond=[t, *cond])))
    return out


def build() -> Doc:
    d = Doc(
        stem="lu_superplasticizer_01",
        category="聚羧酸系高性能减水剂",
        code="2661",
        kind="GB/T",
        number="GB/T 45921—2026",
        title=["聚羧酸系高性能减水剂"],
        title_en="Polycarboxylate high performance water-reducing admixture",
        ics="91.100.10",
        ccs="Q 13",
        issuers=SAMR,
        issued="2026-07-30",
        effective="2027-02-01",
    )
    common_front(d, None, "中国建筑材料联合会", "全国水泥制品标准化技术委员会（SAC/TC 197）")
    d.h("1", "范围")
    d.p(
        "本文件规定了聚羧酸系高性能减水剂的分类与标记、技术要求、"
        "检验规则、标志、包装、运输和贮存，描述了相应的试验方法。"
    )
    d.p("本文件适用于在水泥混凝土中使用的聚羧酸系高性能减水剂。")
    references(
        d,
        "2",
        "GB 175　通用硅酸盐水泥",
        "GB/T 8077　混凝土外加剂匀质性试验方法",
        "GB/T 50080　普通混凝土拌合物性能试验方法标准",
        "GB 31040　混凝土外加剂中残留甲醛的限量",
    )
    d.h("3", "术语和定义")
    d.cl(
        "3.1",
        (
            "<b>减水率</b>　在混凝土坍落度基本相同时，基准混凝土和受检"
            "混凝土单位用水量之差与基准混凝土单位用水量之比。"
        ),
    )
    d.cl("3.2", "<b>抗压强度比</b>　受检混凝土与基准混凝土同龄期抗压强度之比。")
    d.h("4", "分类与标记")
    d.cl("4.1", "按性能分为早强型（HPWR-A）、标准型（HPWR-S）和缓凝型（HPWR-R）。")
    d.cl("4.2", "产品按名称、类型和本文件编号标记，示例：聚羧酸系高性能减水剂　HPWR-S　GB/T 45921—2026。")
    d.h("5", "技术要求")
    d.cl("5.1", "受检混凝土性能：掺聚羧酸系高性能减水剂的受检混凝土性能应符合表1的规定。")
    rows = [
        [C("项　目", cs=2, rs=2), C("性能指标", cs=3)],
        TYPES,
        [C("减水率/%　≥", cs=2), *cells("减水率", ">=", "%", ["25"])],
        [C("泌水率比/%　≤", cs=2), *cells("泌水率比", "<=", "%", ["50", "60", "70"])],
        [C("含气量/%　≤", cs=2), *cells("含气量", "<=", "%", ["6.0"])],
        [
            C("凝结时间之差/min", rs=2),
            "初凝",
            *cells("凝结时间之差", "range", "min", ["−90～+90", "−90～+120", ">+90"], ["初凝"]),
        ],
        ["终凝", *cells("凝结时间之差", "range", "min", ["−90～+90", "−90～+120", "—"], ["终凝"])],
        [
            C("1 h经时变化量", rs=1),
            "坍落度/mm　≤",
            *cells("1 h经时变化量", "<=", "mm", ["—", "80", "60"], ["坍落度"]),
        ],
        [C("抗压强度比/%　≥", rs=4), "1 d", *cells("抗压强度比", ">=", "%", ["180", "170", "—"], ["1 d"])],
        ["3 d", *cells("抗压强度比", ">=", "%", ["170", "160", "—"], ["3 d"])],
        ["7 d", *cells("抗压强度比", ">=", "%", ["145", "150", "140"], ["7 d"])],
        ["28 d", *cells("抗压强度比", ">=", "%", ["130", "140", "130"], ["28 d"])],
        [C("收缩率比/%　≤", cs=1), "28 d", *cells("收缩率比", "<=", "%", ["110"], ["28 d"])],
    ]
    d.table(
        "1",
        "受检混凝土性能指标",
        rows,
        head=2,
        widths=[40, 25, 30, 30, 30],
        notes=[
            "注1：表中抗压强度比、收缩率比为强制性指标，其余为推荐性指标。",
            "注2：凝结时间之差性能指标中的“−”号表示提前，“+”号表示延缓。",
            "注3：“—”表示不要求。",
        ],
    )
    d.cl("5.2", "匀质性：")
    d.item(
        "a)",
        "含固量：S＞25%时，应控制在0.95S～1.05S；S≤25%时，应控制在0.90S～1.10S（S为生产厂提供的含固量）；",
    )
    d.item(
        "b)",
        "氯离子含量（按折固含量计）",
        V("不应超过0.10%", R("氯离子含量", "<=", 0.10, "%", cond=["按折固含量计"])),
        "；",
    )
    d.item(
        "c)",
        "总碱量（Na<sub>2</sub>O+0.658K<sub>2</sub>O，按折固含量计）",
        V("不应大于5.0%", R("总碱量（Na2O+0.658K2O）", "<=", 5.0, "%", cond=["按折固含量计"])),
        "；",
    )
    d.item(
        "d)",
        "硫酸钠含量（按折固含量计）",
        V("不应大于2.0%", R("硫酸钠含量", "<=", 2.0, "%", cond=["按折固含量计"])),
        "；",
    )
    d.item(
        "e)",
        "pH值应在生产厂控制值的",
        V("±1.0", R("pH值", "range", -1.0, None, vmax=1.0, cond=["生产厂控制值的"])),
        "之内。",
    )
    d.cl(
        "5.3",
        "残留甲醛：产品中残留甲醛的含量",
        V("不得超过300 mg/kg", R("残留甲醛的含量", "<=", 300, "mg/kg")),
        "。",
    )
    d.cl(
        "5.4",
        "细度：粉状产品0.315 mm筛的筛余",
        V("应不超过10%", R("筛余", "<=", 10, "%", cond=["粉状产品", "0.315 mm筛"])),
        "。",
    )
    d.h("6", "试验方法")
    d.cl(
        "6.1",
        "试验用水泥为符合GB 175要求的P·I 42.5基准水泥，砂为细度模数2.6～2.9的中砂，试验室温度为（20±3）℃。",
    )
    d.cl("6.2", "减水率按公式（1）计算，应精确到0.1%：")
    d.math(r"W_{\mathrm{R}}=\frac{W_{0}-W_{1}}{W_{0}}\times 100", "1")
    d.where(
        "<m>W_{\\mathrm{R}}</m>——减水率，%；",
        "<m>W_{0}</m>——基准混凝土单位用水量，单位为千克每立方米（kg/m<sup>3</sup>）；",
        "<m>W_{1}</m>——受检混凝土单位用水量，单位为千克每立方米（kg/m<sup>3</sup>）。",
    )
    d.cl(
        "6.3",
        (
            "减水率以三批试验的算术平均值计；若三批试验的最大值或最小"
            "值中有一个与中间值之差超过中间值的15%，则取中间值。"
        ),
    )
    d.h("7", "检验规则")
    d.cl("7.1", "每200 t同类型的产品为一批，不足200 t也按一批计。")
    d.cl("7.2", "型式检验项目包括第5章全部性能指标，出厂检验项目为含固量、pH值、氯离子含量和减水率。")
    d.h("8", "标志、包装、运输和贮存")
    d.cl("8.1", "液体产品应贮存在密闭容器中，贮存温度不低于5 ℃，保质期为12个月。")
    return d
