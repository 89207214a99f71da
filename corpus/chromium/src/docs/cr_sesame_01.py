"""Q/ enterprise food standard 芝麻酱 (dev), exported from an online standard editor: clause numbers by CSS
counters, a shaded-band cover, running heads in @page margin boxes, "web" tables (shaded header row).
Two types (纯芝麻酱 / 混合芝麻酱) as value columns with a 单位 column, signs in the cells, values merged over
both types, a "—" cell; a qualitative 感官 table; contaminants in a clause with word comparators; a
microbiological sampling-plan table (n / c / m / M, powers of ten) with a method footnote; net content,
storage and shelf life not counted.  The levels echo the sector standard on sesame paste and the national
limits for nut and seed products as remembered; the company, number and every figure are invented."""

from kit import C, Doc, R, V, front, plan, ql, references

TYPES = ["纯芝麻酱", "混合芝麻酱"]


def row(label: str, name: str, unit: str, cmp: str, texts: list[str]) -> list:
    sign = "≤" if cmp == "<=" else "≥"
    cells: list = [C(label, align="l"), unit]
    if len(texts) == 1:
        v = float(texts[0])
        cells.append(C(V(sign + texts[0], *[R(name, cmp, v, unit, cond=[t]) for t in TYPES]), cs=2))
    else:
        for text, t in zip(texts, TYPES, strict=True):
            cells.append("—" if text == "—" else V(sign + text, R(name, cmp, float(text), unit, cond=[t])))
    return cells


def bug(label: str, n: int, c: int, m: str, big: str, mv: float, bv: float) -> list:
    cond = [plan(n, c)]
    return [
        C(label, align="l"),
        str(n),
        str(c),
        V(m, R(label, "<=", mv, "CFU/g", cond=cond)),
        V(big, R(label, "<=", bv, "CFU/g", cond=cond)),
    ]


def build() -> Doc:
    d = Doc(
        stem="cr_sesame_01",
        category="芝麻酱",
        code="1469",
        kind="Q",
        mark="Q/SDHL",
        line="山东禾麓食品有限公司企业标准",
        short="芝麻酱",
        number="Q/SDHL 0003S—2026",
        replaces=["Q/SDHL 0003S—2023"],
        filing="370102-2026-0211",
        title=["芝麻酱"],
        title_en="Sesame paste",
        ics="67.200.10",
        ccs="X 14",
        issuers=["山东禾麓食品有限公司"],
        issued="2026-02-18",
        effective="2026-03-01",
        numbering="counter",
        running="margin",
        cover="band",
    )
    front(
        d,
        "本文件代替Q/SDHL 0003S—2023《芝麻酱》，与Q/SDHL 0003S—2023相比，主要技术变化如下：",
        "——增加了混合芝麻酱的要求；",
        "——修改了水分和酸价指标。",
        "本文件由山东禾麓食品有限公司提出并起草。",
        "本文件主要起草人：刘庆华、孙晓梅。",
    )
    d.h("1", "范围")
    d.p("本文件规定了芝麻酱的产品分类、技术要求、检验方法、检验规则和标志、包装、运输、贮存。")
    d.p("本文件适用于以芝麻为主要原料，经清理、焙炒、研磨等工艺制成的芝麻酱。")
    references(
        d,
        "2",
        "GB 2716　食品安全国家标准　植物油",
        "GB 2760　食品安全国家标准　食品添加剂使用标准",
        "GB 2762　食品安全国家标准　食品中污染物限量",
        "GB 4789.2　食品安全国家标准　食品微生物学检验　菌落总数测定",
        "GB 4789.3　食品安全国家标准　食品微生物学检验　大肠菌群计数",
        "GB 5009.3　食品安全国家标准　食品中水分的测定",
        "GB 5009.6　食品安全国家标准　食品中脂肪的测定",
    )
    d.h("3", "产品分类")
    d.p("按原料组成分为纯芝麻酱和混合芝麻酱（芝麻与花生等其他籽仁混合研磨制成）。")
    d.h("4", "技术要求")
    d.cl("4.1", "原辅料：芝麻应符合GB/T 11761的规定，其他原辅料应符合相应的食品安全国家标准。")
    d.cl("4.2", "感官要求应符合表1的规定。")
    d.table(
        "1",
        "感官要求",
        [
            ["项目", "要求"],
            ["色泽", ql("色泽", "呈黄褐色或棕褐色，色泽均匀")],
            ["滋味和气味", ql("滋味和气味", "具有芝麻酱固有的香味，无焦苦味，无哈喇味及其他异味")],
            ["组织状态", ql("组织状态", "呈均匀细腻的黏稠状，允许有少量油脂析出，搅拌后均匀")],
            ["杂质", ql("杂质", "无肉眼可见外来杂质")],
        ],
        widths=[40, 120],
        style="web",
    )
    d.cl("4.3", "理化指标应符合表2的规定。")
    d.table(
        "2",
        "理化指标",
        [
            [C("项目", rs=2), C("单位", rs=2), C("指标", cs=2)],
            TYPES,
            row("水分", "水分", "%", "<=", ["1.5", "2.0"]),
            row("灰分", "灰分", "%", "<=", ["1.5", "2.0"]),
            row("粗脂肪", "粗脂肪", "g/100 g", ">=", ["50.0", "45.0"]),
            row("蛋白质", "蛋白质", "g/100 g", ">=", ["18.0", "15.0"]),
            row("芝麻含量", "芝麻含量", "%", ">=", ["—", "60"]),
            row("细度（通过0.15 mm筛）", "细度（通过0.15 mm筛）", "%", ">=", ["95"]),
            row("酸价（以脂肪计）（KOH）", "酸价（以脂肪计）（KOH）", "mg/g", "<=", ["3.0"]),
            row("过氧化值（以脂肪计）", "过氧化值（以脂肪计）", "g/100 g", "<=", ["0.25"]),
        ],
        head=2,
        widths=[62, 26, 36, 36],
        style="web",
    )
    d.cl(
        "4.4",
        "污染物限量：铅（以Pb计）",
        V("不大于0.2 mg/kg", R("铅（以Pb计）", "<=", 0.2, "mg/kg")),
        "，苯并[a]芘",
        V("不大于10 μg/kg", R("苯并[a]芘", "<=", 10, "μg/kg")),
        "；其他污染物限量应符合GB 2762的规定。",
    )
    d.cl("4.5", "微生物限量应符合表3的规定。")
    d.table(
        "3",
        "微生物限量",
        [
            [C("项目", rs=2), C("采样方案<sup>a</sup>及限量（CFU/g）", cs=4)],
            ["n", "c", "m", "M"],
            bug("菌落总数", 5, 2, "10<sup>4</sup>", "10<sup>5</sup>", 1e4, 1e5),
            bug("大肠菌群", 5, 2, "10", "10<sup>2</sup>", 10, 100),
        ],
        head=2,
        widths=[50, 20, 20, 35, 35],
        style="web",
        footnotes=["<sup>a</sup>　样品的采样及处理按GB 4789.1执行。"],
    )
    d.cl(
        "4.6",
        "霉菌",
        V("应不超过50 CFU/g", R("霉菌", "<=", 50, "CFU/g")),
        "，检验按GB 4789.15执行。",
    )
    d.cl("4.7", "食品添加剂的使用应符合GB 2760的规定。")
    d.cl("4.8", "净含量应符合《定量包装商品计量监督管理办法》的规定。")
    d.h("5", "检验方法")
    d.cl("5.1", "感官要求：取适量试样置于白色瓷盘中，在自然光下观察色泽和状态，嗅其气味，品其滋味。")
    d.cl("5.2", "水分按GB 5009.3规定的方法测定，样品在（103±2）℃干燥至恒重。")
    d.cl("5.3", "细度：称取试样20 g，用石油醚洗涤后通过孔径0.15 mm的标准筛，计算通过率。")
    d.h("6", "检验规则")
    d.cl("6.1", "组批：同一班次、同一原料生产的同一品种产品为一批。")
    d.cl("6.2", "抽样：每批随机抽取不少于6瓶（总量不少于1 kg）。")
    d.cl("6.3", "出厂检验项目为感官要求、水分、酸价、过氧化值、净含量、菌落总数和大肠菌群。")
    d.cl("6.4", "型式检验每6个月进行一次，项目为本文件第4章规定的全部项目。")
    d.h("7", "标志、包装、运输和贮存")
    d.cl("7.1", "产品标签应标明产品类型；混合芝麻酱应标明芝麻含量。")
    d.cl("7.2", "产品应贮存于阴凉、干燥、通风处，避免阳光直射；保质期12个月。")
    return d
