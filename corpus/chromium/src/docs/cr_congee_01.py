"""Q/ enterprise food standard 八宝粥罐头 (test), a CMS page pasted from a word processor: typed clause
numbers, a plain cover, no running head, only a folio 第 N 页 共 M 页, full-grid tables in a Ming face.
Two types (含糖型 / 无蔗糖型) as value columns, the comparator at the end of the label (``/%　≥``), a range
cell, "—" cells, values merged over both types, a restricting footnote (tin cans only); the table continued
by the author on the next page as 续表2 with its header repeated; can-seam limits in a clause; commercial
sterility without a number, net content and shelf life not counted.  The levels echo the national
standard on canned mixed congee and the canned-food safety standard as remembered; the company, number
and every figure are invented."""

from kit import C, Doc, R, V, front, ql, references

TYPES = ["含糖型", "无蔗糖型"]
TIN = "仅适用于镀锡薄钢板容器的产品"


def two(label: str, name: str, unit: str | None, cmp: str, texts: list[str], cond=()) -> list:
    cells: list = [C(label, align="l")]
    if len(texts) == 1:
        t = texts[0]
        recs = [R(name, cmp, float(t), unit, cond=[ty, *cond]) for ty in TYPES]
        cells.append(C(V(t, *recs), cs=2))
        return cells
    for text, ty in zip(texts, TYPES, strict=True):
        if text == "—":
            cells.append("—")
        elif "～" in text:
            lo, hi = text.split("～")
            cells.append(V(text, R(name, "range", float(lo), unit, cond=[ty, *cond], vmax=float(hi))))
        else:
            cells.append(V(text, R(name, cmp, float(text), unit, cond=[ty, *cond])))
    return cells


def build() -> Doc:
    d = Doc(
        stem="cr_congee_01",
        category="八宝粥罐头",
        code="1459",
        kind="Q",
        mark="Q/350623YX",
        line="福建漳州裕鑫罐头食品有限公司企业标准",
        short="八宝粥罐头",
        number="Q/350623YX 0008S—2026",
        replaces=[],
        filing="350623-2026-0094",
        title=["八宝粥罐头"],
        title_en="Canned mixed congee",
        ics="67.080.20",
        ccs="X 70",
        issuers=["福建漳州裕鑫罐头食品有限公司"],
        issued="2026-04-02",
        effective="2026-04-15",
        numbering="literal",
        running="folio",
        cover="plain",
        body_font="ming",
    )
    front(
        d,
        "本文件由福建漳州裕鑫罐头食品有限公司提出并起草。",
        "本文件主要起草人：林志强、黄丽芳、蔡明辉。",
        "本文件为首次发布。",
    )
    d.h("1", "范围")
    d.p("本文件规定了八宝粥罐头的产品分类、技术要求、检验方法、检验规则及标志、包装、运输和贮存。")
    d.p("本文件适用于以谷类、豆类、干果等为原料，经预处理、装罐、密封、杀菌制成的八宝粥罐头。")
    references(
        d,
        "2",
        "GB 7098　食品安全国家标准　罐头食品",
        "GB 2762　食品安全国家标准　食品中污染物限量",
        "GB 4789.26　食品安全国家标准　食品微生物学检验　商业无菌检验",
        "GB 5009.16　食品安全国家标准　食品中锡的测定",
        "GB/T 10786　罐头食品的检验方法",
    )
    d.h("3", "产品分类")
    d.p("按是否添加蔗糖分为含糖型和无蔗糖型。")
    d.h("4", "技术要求")
    d.cl("4.1", "原辅料应符合相应的食品安全国家标准和有关规定。")
    d.cl("4.2", "感官要求应符合表1的规定。")
    d.table(
        "1",
        "感官要求",
        [
            ["项　目", "要　求"],
            ["色泽", ql("色泽", "具有本品种应有的色泽")],
            ["滋味及气味", ql("滋味及气味", "具有八宝粥罐头应有的滋味及气味，无焦煳味及其他异味")],
            ["组织形态", ql("组织形态", "粥体稠稀适度，米粒、豆粒软烂，允许稍有沉淀")],
            ["杂质", ql("杂质", "无正常视力可见外来杂质")],
        ],
        widths=[40, 120],
    )
    d.cl("4.3", "理化指标应符合表2的规定。")
    rows = [
        [C("项　目", rs=2), C("指　标", cs=2)],
        TYPES,
        [C("净含量/g", align="l"), C("应符合标签标示值，允许短缺量按国家有关规定", cs=2)],
        two("固形物含量/%　　≥", "固形物含量", "%", ">=", ["15"]),
        two(
            "可溶性固形物（20 ℃，按折光计）/%",
            "可溶性固形物（20 ℃，按折光计）",
            "%",
            "range",
            ["10.0～16.0", "—"],
        ),
        two("蔗糖/（g/100 g）　　≤", "蔗糖", "g/100 g", "<=", ["—", "0.5"]),
        two("蛋白质/（g/100 g）　　≥", "蛋白质", "g/100 g", ">=", ["1.0"]),
        two("pH", "pH", None, "range", ["5.5～7.0", "5.5～7.0"]),
        two("锡（以Sn计）<sup>a</sup>/（mg/kg）　　≤", "锡（以Sn计）", "mg/kg", "<=", ["250"], cond=[TIN]),
        two("铅（以Pb计）/（mg/kg）　　≤", "铅（以Pb计）", "mg/kg", "<=", ["0.2"]),
        two("罐内真空度/kPa　　≥", "罐内真空度", "kPa", ">=", ["27"]),
    ]
    d.table(
        "2",
        "理化指标",
        rows,
        head=2,
        widths=[80, 40, 40],
        split=3,
        footnotes=["<sup>a</sup>　仅适用于镀锡薄钢板容器的产品。"],
    )
    d.cl("4.4", "微生物指标：应符合罐头食品商业无菌的要求。")
    d.cl(
        "4.5",
        "容器密封：二重卷边的卷边重合率",
        V("不低于50%", R("卷边重合率", ">=", 50, "%", cond=["二重卷边"])),
        "，紧密度",
        V("不低于60%", R("紧密度", ">=", 60, "%", cond=["二重卷边"])),
        "，接缝盖钩完整率",
        V("不低于50%", R("接缝盖钩完整率", ">=", 50, "%", cond=["二重卷边"])),
        "。",
    )
    d.cl("4.6", "食品添加剂的使用应符合GB 2760的规定。")
    d.h("5", "检验方法")
    d.cl("5.1", "感官要求、净含量、固形物含量按GB/T 10786规定的方法检验。")
    d.cl("5.2", "可溶性固形物：在20 ℃下用折光计测定，结果精确至0.1%。")
    d.cl("5.3", "罐内真空度：用真空表测定，测定时罐温应在（20±5）℃。")
    d.cl("5.4", "商业无菌：按GB 4789.26规定的方法检验，保温条件为（36±1）℃、10 d。")
    d.h("6", "检验规则")
    d.cl("6.1", "同一班次、同一品种、同一规格的产品为一批。")
    d.cl("6.2", "每批随机抽取12罐，其中6罐用于检验，6罐留样。")
    d.cl("6.3", "型式检验每年至少进行一次。")
    d.h("7", "标志、包装、运输和贮存")
    d.cl("7.1", "产品标签应标明产品类型、配料和净含量。")
    d.cl("7.2", "产品应贮存在清洁、干燥、通风的仓库内，堆码高度不超过2 m，保质期24个月。")
    return d
