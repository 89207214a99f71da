"""T/ group standard 环保型融雪剂 (test): two type columns (氯盐类 / 非氯盐类) in a three-line natural table
with the units in a header row of their own under the names (a transposed table: the types down the rows,
the indicators across), negative bounds (冰点 ≤ −15 ℃), a pH range, "—" cells; a heavy-metals table in
full grid with a parent label and a footnote restricting a row; a relative melting capacity against sodium
chloride (a number with its basis, counted); application rates (宜) and test conditions not counted.  The
levels echo the national snow-melting agent standard as remembered; the association, number and every
figure are invented."""

from kit import C, Doc, R, V, front, references

CHLORIDE, NONCHLORIDE = "氯盐类", "非氯盐类"


def build() -> Doc:
    d = Doc(
        stem="cx_deicer_01",
        category="融雪剂",
        code="2669",
        kind="T",
        mark="T/BJSIA",
        line="团体标准",
        short="环保型融雪剂",
        number="T/BJSIA 0036—2026",
        title=["环保型融雪剂"],
        title_en="Environment-friendly snow-melting agent",
        ics="71.100.99",
        ccs="G 77",
        issuers=["北京市环境卫生协会"],
        issued="2026-09-08",
        effective="2026-10-15",
    )
    front(
        d,
        "本文件由北京市环境卫生协会提出并归口。",
        "本文件起草单位：北京市环境卫生研究院、天津长芦化工新材料有限公司。",
        "本文件主要起草人：孙立平、高洁、韩冬。",
    )
    d.h("1", "范围")
    d.p("本文件规定了环保型融雪剂的分类、要求、试验方法、检验规则、标志、包装、运输和贮存。")
    d.p("本文件适用于城市道路、桥梁和广场除冰雪作业使用的固体环保型融雪剂。")
    references(
        d,
        "2",
        "GB/T 6682　分析实验室用水规格和试验方法",
        "GB/T 23851　融雪剂",
        "GB/T 50082　普通混凝土长期性能和耐久性能试验方法标准",
    )
    d.h("3", "分类")
    d.p("按主要成分分为氯盐类（以氯化钠、氯化钙、氯化镁为主）和非氯盐类（以醋酸盐、甲酸盐为主）。")
    d.h("4", "要求")
    d.cl("4.1", "外观：固体颗粒状或片状，无结块，无肉眼可见的机械杂质。")
    d.cl("4.2", "理化性能应符合表1的规定。")
    rows = [
        [C("类　别", rs=2), "冰点", "融雪化冰能力", "对碳钢腐蚀率", "pH值", "水不溶物", "氯离子含量"],
        ["℃", "%", "mm/a", "—", "%", "%"],
    ]
    data = {
        CHLORIDE: ("−15", "90", "0.15", ("6.5", "9.0"), "2.0", "—"),
        NONCHLORIDE: ("−20", "80", "0.11", ("7.0", "10.0"), "1.0", "1.0"),
    }
    for kind, (ice, melt, corr, (ph1, ph2), insol, cl) in data.items():
        row: list = [
            kind,
            V("≤" + ice, R("冰点", "<=", -float(ice.lstrip("−")), "℃", cond=[kind])),
            V("≥" + melt, R("融雪化冰能力", ">=", float(melt), "%", cond=[kind])),
            V("≤" + corr, R("对碳钢腐蚀率", "<=", float(corr), "mm/a", cond=[kind])),
            V(f"{ph1}～{ph2}", R("pH值", "range", float(ph1), None, vmax=float(ph2), cond=[kind])),
            V("≤" + insol, R("水不溶物", "<=", float(insol), "%", cond=[kind])),
        ]
        row.append(V("≤" + cl, R("氯离子含量", "<=", float(cl), "%", cond=[kind])) if cl != "—" else "—")
        rows.append(row)
    d.table(
        "1",
        "理化性能",
        rows,
        head=2,
        widths=[22, 20, 24, 24, 22, 20, 22],
        style="three",
        notes=["注：融雪化冰能力以同等条件下氯化钠的融雪化冰量为100%计。"],
    )
    d.cl(
        "4.3",
        "混凝土抗盐冻性：经25次冻融循环后，混凝土试件的质量损失",
        V(
            "不大于1.0 kg/m<sup>2</sup>",
            R("质量损失", "<=", 1.0, "kg/m²", cond=["经25次冻融循环后", "混凝土试件"]),
        ),
        "。",
    )
    d.cl(
        "4.4",
        "植物安全性：以融雪剂溶液浇灌的小麦种子相对发芽率",
        V("不低于80%", R("小麦种子相对发芽率", ">=", 80, "%")),
        "。",
    )
    d.cl("4.5", "重金属限量应符合表2的规定。")
    metals = [
        [C("项　目", cs=2), "限量/（mg/kg）"],
        [
            C("重金属", rs=4, align="l"),
            "铅（以Pb计）",
            V("10", R("铅（以Pb计）", "<=", 10, "mg/kg", cond=["重金属"])),
        ],
        ["镉（以Cd计）", V("0.5", R("镉（以Cd计）", "<=", 0.5, "mg/kg", cond=["重金属"]))],
        ["汞（以Hg计）", V("0.2", R("汞（以Hg计）", "<=", 0.2, "mg/kg", cond=["重金属"]))],
        ["总铬（以Cr计）", V("5", R("总铬（以Cr计）", "<=", 5, "mg/kg", cond=["重金属"]))],
        [
            C("砷（以As计）<sup>a</sup>", cs=2, align="l"),
            V("5", R("砷（以As计）", "<=", 5, "mg/kg", cond=["仅适用于含工业副产盐的产品"])),
        ],
    ]
    d.table(
        "2",
        "重金属限量（均不大于）",
        metals,
        widths=[30, 40, 40],
        footnotes=["a　仅适用于含工业副产盐的产品。"],
    )
    d.h("5", "试验方法")
    d.cl("5.1", "冰点：配制质量分数为20%的融雪剂溶液，按GB/T 23851测定。")
    d.cl("5.2", "融雪化冰能力：在−5 ℃的低温箱中，以10 g试样作用于100 g冰块30 min后称量融化量。")
    d.cl("5.3", "腐蚀率：碳钢试片在（35±1）℃的3%溶液中全浸72 h，按质量损失计算。")
    d.h("6", "使用要求")
    d.cl("6.1", "撒布量宜为15 g/m<sup>2</sup>～40 g/m<sup>2</sup>，降雪量大时可分次撒布。")
    d.cl("6.2", "绿化带、树池周边2 m范围内不宜使用氯盐类融雪剂。")
    d.h("7", "检验规则")
    d.cl("7.1", "以同一配方、同一工艺连续生产的不超过50 t产品为一批。")
    d.cl("7.2", "出厂检验项目为外观、pH值、水不溶物和冰点。")
    d.h("8", "标志、包装、运输和贮存")
    d.p("产品应采用防潮包装，每袋净含量25 kg或50 kg，贮存于干燥通风处，贮存期为24个月。")
    return d
