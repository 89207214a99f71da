"""T/ group standard 一次性纸杯 (test), a CMS page: clause numbers by CSS counters, a shaded-band cover,
running heads in @page margin boxes, full-grid tables in the AR PL UMing face.  A transposed table of
capacity classes down the rows with a two-grade (优等品 / 合格品) header over the stiffness columns and a
capacity tolerance without a centre per class; a hygiene table with a 单位 column, qualitative cells and
a 不得检出; a rim and a drop test in clauses.  The levels echo the national standards on paper cups and on
food-contact paper as remembered; the association, number and every figure are invented."""

from kit import C, Doc, R, V, front, ql, references

CLASSES = [
    ("V≤250 mL", ("2.0", "1.6"), "±5"),
    ("250 mL＜V≤400 mL", ("3.0", "2.4"), "±4"),
    ("V＞400 mL", ("3.5", "3.0"), "±3"),
]
GR2 = ["优等品", "合格品"]


def build() -> Doc:
    d = Doc(
        stem="cr_papercup_01",
        category="一次性纸杯",
        code="2239",
        kind="T",
        mark="T/FJPPA",
        line="团体标准",
        short="一次性纸杯",
        number="T/FJPPA 009—2026",
        title=["一次性纸杯"],
        title_en="Disposable paper cups",
        ics="85.080",
        ccs="Y 39",
        issuers=["福建省造纸行业协会"],
        issued="2026-06-03",
        effective="2026-07-01",
        numbering="counter",
        running="margin",
        cover="band",
        body_font="ming",
    )
    front(
        d,
        "本文件由福建省造纸行业协会提出并归口。",
        "本文件起草单位：厦门洁雅纸品有限公司、福州市产品质量检验所。",
        "本文件主要起草人：陈思远、郑雅琴。",
    )
    d.h("1", "范围")
    d.p("本文件规定了一次性纸杯的分类、要求、试验方法、检验规则及标志、包装、运输和贮存。")
    d.p("本文件适用于以食品接触用纸杯原纸经淋膜（或涂布）、印刷、模切、成型制成的一次性冷饮和热饮纸杯。")
    references(
        d,
        "2",
        "GB 4806.8　食品安全国家标准　食品接触用纸和纸板材料及制品",
        "GB 31604.1　食品安全国家标准　食品接触材料及制品迁移试验通则",
        "GB/T 27590　纸杯",
    )
    d.h("3", "分类")
    d.p("按满口容量分为三类：V≤250 mL、250 mL＜V≤400 mL、V＞400 mL；按质量分为优等品和合格品。")
    d.h("4", "要求")
    d.cl("4.1", "杯身挺度和满口容量偏差应符合表1的规定。")
    rows: list = [
        [C("满口容量", rs=2), C("杯身挺度/N　　≥", cs=2), C("满口容量偏差/%", rs=2)],
        GR2,
    ]
    for label, (hi, lo), tol in CLASSES:
        t = float(tol[1:])
        rows.append(
            [
                label,
                V(hi, R("杯身挺度", ">=", float(hi), "N", grade="优等品", cond=[label])),
                V(lo, R("杯身挺度", ">=", float(lo), "N", grade="合格品", cond=[label])),
                V(tol, R("满口容量偏差", "range", -t, "%", vmax=t, cond=[label])),
            ]
        )
    d.table("1", "杯身挺度和满口容量偏差", rows, head=2, widths=[48, 36, 36, 40])
    d.cl("4.2", "卫生指标应符合表2的规定。")
    hyg = [
        ["项目", "单位", "指标"],
        ["感官", "—", ql("感官", "色泽正常，无异臭、异物")],
        ["荧光性物质（254 nm、365 nm）", "—", ql("荧光性物质（254 nm、365 nm）", "合格")],
        ["脱色试验", "—", ql("脱色试验", "阴性")],
        ["高锰酸钾消耗量（水）", "mg/kg", V("≤10", R("高锰酸钾消耗量（水）", "<=", 10, "mg/kg"))],
        ["蒸发残渣（4%乙酸）", "mg/dm<sup>2</sup>", V("≤30", R("蒸发残渣（4%乙酸）", "<=", 30, "mg/dm²"))],
        ["铅（以Pb计）", "mg/kg", V("≤1.0", R("铅（以Pb计）", "<=", 1.0, "mg/kg"))],
        ["大肠菌群", "—", V("不得检出", R("大肠菌群", "not_detected", text="不得检出"))],
        ["霉菌", "CFU/g", V("≤50", R("霉菌", "<=", 50, "CFU/g"))],
    ]
    d.table("2", "卫生指标", hyg, widths=[66, 30, 64])
    d.cl(
        "4.3",
        "渗漏性能：",
        ql("渗漏性能", "盛装（85±5）℃热水静置30 min，杯身及杯底应无渗漏"),
        "。",
    )
    d.cl(
        "4.4",
        "杯口卷边：卷边直径",
        V("不小于2.5 mm", R("卷边直径", ">=", 2.5, "mm")),
        "，卷边应圆滑、无开裂。",
    )
    d.cl(
        "4.5",
        "杯底粘合：杯底与杯身粘合处的剥离强度",
        V("不小于1.5 N", R("剥离强度", ">=", 1.5, "N", cond=["杯底与杯身粘合处"])),
        "。",
    )
    d.h("5", "试验方法")
    d.cl("5.1", "杯身挺度：在距杯口1/3杯高处以（50±5）mm/min的速度加压，测定杯身变形10 mm时的力值。")
    d.cl("5.2", "满口容量：将纸杯置于水平面上，注入（23±2）℃的水至杯口平齐，称量计算。")
    d.h("6", "检验规则")
    d.cl("6.1", "同一原纸、同一规格连续生产的产品为一批，每批不超过50万只。")
    d.cl("6.2", "每批随机抽取100只，其中20只用于物理性能检验，其余用于卫生指标检验。")
    d.h("7", "标志、包装、运输和贮存")
    d.cl("7.1", "销售包装上应标明产品名称、满口容量、数量和“食品接触用”字样。")
    d.cl("7.2", "产品应贮存在阴凉、干燥、清洁的库房内，离地不小于10 cm。")
    return d
