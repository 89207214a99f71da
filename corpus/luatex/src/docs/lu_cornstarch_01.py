"""GB/T 食用玉米淀粉 (dev): a full-grid physical and chemical table with three grade columns (优级 / 一级 /
二级) under a spanning 指标 header, units and comparators in the row labels, a value merged across the
three grades, a 干基 basis in the labels; a 感官 table of qualitative cells; a food-safety clause with
不得超过; the calculation of the acidity and of the specks in a normative annex (formulas, not gold).
The levels echo GB/T 8885 as remembered; the number and every figure are invented."""

from kit import SAMR, C, Doc, R, V, common_front, references

GRADES = ["优级", "一级", "二级"]


def graded(label: str, name: str, unit: str, cmp: str, texts: list[str], method: str) -> list:
    cells: list = [C(label, align="l")]
    if len(texts) == 1:
        recs = [R(name, cmp, float(texts[0]), unit, grade=g) for g in GRADES]
        cells.append(C(V(texts[0], *recs), cs=3))
    else:
        cells += [V(t, R(name, cmp, float(t), unit, grade=g)) for t, g in zip(texts, GRADES, strict=True)]
    return [*cells, method]


def build() -> Doc:
    d = Doc(
        stem="lu_cornstarch_01",
        category="食用玉米淀粉",
        code="1391",
        kind="GB/T",
        number="GB/T 8885—2026",
        replaces=["GB/T 8885—2017"],
        title=["食用玉米淀粉"],
        title_en="Edible corn starch",
        ics="67.180.20",
        ccs="X 11",
        issuers=SAMR,
        issued="2026-08-25",
        effective="2027-03-01",
    )
    common_front(
        d,
        "GB/T 8885—2017《食用玉米淀粉》",
        "中国商业联合会",
        "全国食品工业标准化技术委员会淀粉及淀粉制品分技术委员会（SAC/TC 64/SC 3）",
        ["——修改了斑点和白度指标；", "——增加了脂肪指标（见表2）；", "——删除了铁盐的要求。"],
    )
    d.h("1", "范围")
    d.p("本文件规定了食用玉米淀粉的技术要求、检验规则、标志、包装、运输和贮存，描述了相应的试验方法。")
    d.p("本文件适用于以玉米为原料，经湿磨法工艺制成的食用玉米淀粉。")
    references(
        d,
        "2",
        "GB 5009.3　食品安全国家标准　食品中水分的测定",
        "GB 5009.4　食品安全国家标准　食品中灰分的测定",
        "GB/T 22427.6　淀粉白度测定",
        "GB/T 22427.7　淀粉粘度测定",
    )
    d.h("3", "术语和定义")
    d.p("本文件没有需要界定的术语和定义。")
    d.h("4", "技术要求")
    d.cl("4.1", "原料：玉米应符合GB 1353的规定。")
    d.cl("4.2", "感官要求应符合表1的规定。")
    sensory = [
        ["项　目", "要　求"],
        [
            "外观",
            V(
                "白色或微带浅黄色阴影的粉末，具有光泽",
                R("外观", "qualitative", text="白色或微带浅黄色阴影的粉末，具有光泽"),
            ),
        ],
        [
            "气味",
            V(
                "具有玉米淀粉固有的特殊气味，无异味",
                R("气味", "qualitative", text="具有玉米淀粉固有的特殊气味，无异味"),
            ),
        ],
    ]
    d.table("1", "感官要求", sensory, widths=[35, 120])
    d.cl("4.3", "理化指标应符合表2的规定。")
    rows = [
        [C("项　目", rs=2), C("指　标", cs=3), C("检验方法", rs=2)],
        GRADES,
        graded("水分/%　　≤", "水分", "%", "<=", ["14.0"], "GB 5009.3"),
        graded("酸度（干基）/°T　　≤", "酸度（干基）", "°T", "<=", ["1.50", "1.80", "2.00"], "附录A"),
        graded("灰分（干基）/%　　≤", "灰分（干基）", "%", "<=", ["0.10", "0.15", "0.18"], "GB 5009.4"),
        graded("蛋白质（干基）/%　　≤", "蛋白质（干基）", "%", "<=", ["0.35", "0.45", "0.60"], "GB 5009.5"),
        graded("脂肪（干基）/%　　≤", "脂肪（干基）", "%", "<=", ["0.10", "0.15", "0.20"], "GB 5009.6"),
        graded("斑点/（个/cm<sup>2</sup>）　　≤", "斑点", "个/cm²", "<=", ["0.4", "0.7", "1.0"], "附录A"),
        graded(
            "细度（150 μm筛通过率）/%　　≥",
            "细度（150 μm筛通过率）",
            "%",
            ">=",
            ["99.5", "99.0", "98.5"],
            "GB/T 22427.5",
        ),
        graded(
            "白度（457 nm蓝光反射率）/%　　≥",
            "白度（457 nm蓝光反射率）",
            "%",
            ">=",
            ["88.0", "87.0", "85.0"],
            "GB/T 22427.6",
        ),
    ]
    d.table("2", "理化指标", rows, head=2, widths=[62, 22, 22, 22, 27])
    d.cl(
        "4.4",
        "食品安全指标：二氧化硫残留量（以SO<sub>2</sub>计）",
        V("不得超过30 mg/kg", R("二氧化硫残留量（以SO2计）", "<=", 30, "mg/kg")),
        "，其他指标应符合GB 31637的规定。",
    )
    d.cl("4.5", "净含量应符合《定量包装商品计量监督管理办法》的规定。")
    d.h("5", "试验方法")
    d.cl("5.1", "感官：取约50 g样品置于白色瓷盘中，在自然光下观察色泽，嗅其气味。")
    d.cl("5.2", "酸度和斑点按附录A测定；其他指标按表2所列方法测定。")
    d.h("6", "检验规则")
    d.cl("6.1", "同一班次、同一生产线生产的同一等级的产品为一批。")
    d.cl("6.2", "出厂检验项目为感官、水分、酸度、斑点、细度和白度。")
    d.cl(
        "6.3",
        (
            "检验结果中有一项指标不符合本文件要求时，可从原批次中加倍"
            "抽样复检，复检结果仍不符合的，判该批产品不合格；复检后符"
            "合较低等级要求的，可降级处理。"
        ),
    )
    d.h("7", "标志、包装、运输和贮存")
    d.cl("7.1", "包装标志应标明产品名称、等级、净含量、生产日期和保质期。")
    d.cl("7.2", "产品应贮存在阴凉、干燥、通风的库房内，离墙离地不少于10 cm。")
    d.annex("A", "规范性", "酸度和斑点的测定")
    d.cl(
        "A.1",
        (
            "酸度：称取10 g（精确至0.1 g）试样，加100 mL水，以酚酞为指"
            "示剂，用0.1 mol/L氢氧化钠标准溶液滴定至微红色，30 s不褪色"
            "为终点。"
        ),
    )
    d.cl("A.2", "酸度按公式（A.1）计算：")
    d.math(r"X=\frac{V\times c\times 1000}{m\times(100-w)}\times 100", "A.1")
    d.where(
        "<m>X</m>——试样的酸度（干基），单位为度（°T）；",
        "<m>V</m>——滴定消耗氢氧化钠标准溶液的体积，单位为毫升（mL）；",
        "<m>c</m>——氢氧化钠标准溶液的浓度，单位为摩尔每升（mol/L）；",
        "<m>m</m>——试样的质量，单位为克（g）；",
        "<m>w</m>——试样的水分，%。",
    )
    d.cl(
        "A.3",
        (
            "斑点：将试样均匀铺于斑点板上，用刻有10个1 cm<sup>2</sup>"
            "方格的玻璃板压平，在自然光下计数方格内的斑点数，按公式（"
            "A.2）计算："
        ),
    )
    d.math(r"S=\frac{\sum n}{10}", "A.2")
    d.where("<m>S</m>——斑点数，单位为个每平方厘米（个/cm<sup>2</sup>）；", "<m>n</m>——各方格内的斑点数。")
    return d
