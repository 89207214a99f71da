"""T/ group standard 陶瓷砖胶粘剂 (dev), from an online standard editor: clause numbers by CSS counters, a
plain cover, only a folio 第 N 页 共 M 页, full-grid tables in Noto Sans CJK.  Type columns (C1 / C2) with a
comparator column, the tensile adhesion strength under a parent label over four conditions (标准条件 / 浸水后
/ 热老化后 / 冻融循环后: conditions of the parent's name), values merged over both types, a "—" cell, an
optional-property table (滑移, 横向变形 by class S1 / S2) with a restricting footnote, a mixing ratio and
a pot life in clauses.  The levels echo the sector standard on ceramic tile adhesives as remembered; the
association, number and every figure are invented."""

from kit import C, Doc, R, V, front, references

TYPES = ["C1", "C2"]


def cells(name: str, unit: str, cmp: str, texts: list[str], cond=()) -> list:
    if len(texts) == 1:
        return [C(V(texts[0], *[R(name, cmp, float(texts[0]), unit, cond=[t, *cond]) for t in TYPES]), cs=2)]
    return [
        "—" if x == "—" else V(x, R(name, cmp, float(x), unit, cond=[t, *cond]))
        for x, t in zip(texts, TYPES, strict=True)
    ]


def build() -> Doc:
    d = Doc(
        stem="cr_tileglue_01",
        category="陶瓷砖胶粘剂",
        code="3029",
        kind="T",
        mark="T/SDBMA",
        line="团体标准",
        short="陶瓷砖胶粘剂",
        number="T/SDBMA 0112—2026",
        title=["陶瓷砖胶粘剂"],
        title_en="Adhesives for ceramic tiles",
        ics="91.100.10",
        ccs="Q 13",
        issuers=["山东省建材行业协会"],
        issued="2026-04-20",
        effective="2026-05-20",
        numbering="counter",
        running="folio",
        cover="plain",
        body_font="sans",
    )
    front(
        d,
        "本文件由山东省建材行业协会提出并归口。",
        "本文件起草单位：济南固邦新型建材有限公司、山东省建筑材料质量检验站。",
        "本文件主要起草人：张立国、王倩、高建军。",
    )
    d.h("1", "范围")
    d.p("本文件规定了陶瓷砖胶粘剂的分类和标记、要求、试验方法、检验规则及标志、包装、运输和贮存。")
    d.p("本文件适用于室内外墙面、地面粘贴陶瓷砖用的水泥基胶粘剂。")
    references(
        d,
        "2",
        "GB/T 17671　水泥胶砂强度检验方法（ISO法）",
        "JC/T 547　陶瓷砖胶粘剂",
        "JGJ/T 70　建筑砂浆基本性能试验方法标准",
    )
    d.h("3", "分类和标记")
    d.p("按拉伸胶粘强度分为普通型（C1）和增强型（C2）；按横向变形分为S1和S2。")
    d.h("4", "要求")
    d.cl("4.1", "基本性能应符合表1的规定。")
    rows: list = [
        [C("项目", cs=2), "单位", "要求", *TYPES],
        [
            C("拉伸胶粘强度", rs=4, align="l"),
            "标准条件",
            C("MPa", rs=4),
            C("≥", rs=4),
            *cells("拉伸胶粘强度", "MPa", ">=", ["0.5", "1.0"], ["标准条件"]),
        ],
        ["浸水后", *cells("拉伸胶粘强度", "MPa", ">=", ["0.5", "1.0"], ["浸水后"])],
        ["热老化后", *cells("拉伸胶粘强度", "MPa", ">=", ["0.5", "1.0"], ["热老化后"])],
        ["冻融循环后", *cells("拉伸胶粘强度", "MPa", ">=", ["0.5", "1.0"], ["冻融循环后"])],
        [
            C("晾置时间20 min后拉伸胶粘强度", cs=2, align="l"),
            "MPa",
            "≥",
            *cells("晾置时间20 min后拉伸胶粘强度", "MPa", ">=", ["0.5"]),
        ],
        [C("可操作时间", cs=2, align="l"), "h", "≥", *cells("可操作时间", "h", ">=", ["2"])],
        [C("28 d抗压强度", cs=2, align="l"), "MPa", "≥", *cells("28 d抗压强度", "MPa", ">=", ["—", "15.0"])],
    ]
    d.table(
        "1",
        "基本性能",
        rows,
        widths=[34, 26, 18, 16, 33, 33],
        notes=["注：冻融循环试验仅对用于室外的产品进行。"],
    )
    d.cl("4.2", "可选性能应符合表2的规定。")
    rows2: list = [
        ["项目", "单位", "要求", "指标"],
        [
            C("滑移<sup>a</sup>", align="l"),
            "mm",
            "≤",
            V("0.5", R("滑移", "<=", 0.5, "mm", cond=["仅适用于立面施工用产品"])),
        ],
        [
            C("横向变形", rs=2, align="l"),
            C("mm", rs=2),
            "≥",
            V("S1：2.5", R("横向变形", ">=", 2.5, "mm", cond=["S1"])),
        ],
        ["≥", V("S2：5.0", R("横向变形", ">=", 5.0, "mm", cond=["S2"]))],
    ]
    d.table(
        "2",
        "可选性能",
        rows2,
        widths=[46, 26, 26, 46],
        footnotes=["<sup>a</sup>　仅适用于立面施工用产品。"],
    )
    d.cl(
        "4.3",
        "细度：0.6 mm方孔筛筛余",
        V("不大于3.0%", R("0.6 mm方孔筛筛余", "<=", 3.0, "%")),
        "。",
    )
    d.cl(
        "4.4",
        "含水率：粉状产品的含水率",
        V("应不超过0.5%", R("含水率", "<=", 0.5, "%", cond=["粉状产品"])),
        "。",
    )
    d.cl("4.5", "产品的放射性应符合GB 6566中建筑主体材料的规定。")
    d.h("5", "试验方法")
    d.cl("5.1", "试验室温度（23±2）℃，相对湿度（50±5）%；胶粘剂按生产商规定的水灰比拌合。")
    d.cl("5.2", "热老化：试件在标准条件下养护14 d后，置于（70±2）℃烘箱中14 d。")
    d.cl("5.3", "冻融循环：试件浸水后于（−15±3）℃冷冻2 h，再于（20±3）℃水中融化2 h，共25次。")
    d.h("6", "检验规则")
    d.cl("6.1", "同一配方、同一工艺连续生产的产品每100 t为一批，不足100 t按一批计。")
    d.cl("6.2", "每批随机抽取不少于20 kg样品，分为两份，一份检验，一份封存3个月。")
    d.h("7", "标志、包装、运输和贮存")
    d.cl("7.1", "包装袋上应标明产品类型、标记、净含量、生产日期和加水量。")
    d.cl("7.2", "产品应在干燥、通风的条件下贮存，贮存期6个月。")
    return d
