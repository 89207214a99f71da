"""GB/T 317-style 白砂糖 (test): a three-line 感官要求 table merged across grades, a full-grid 理化要求 table
with grade columns 精制 / 优级 / 一级 / 二级 under a spanning 指标 header, the comparator at the end of each
row label and units in the label, a value merged across two grades, a footnote letter that restricts a row,
a 粒度 clause with 不小于, a 二氧化硫 clause with 不超过, and the 色值 formula with its 式中 list.  The
structure echoes GB/T 317-2018 as remembered; every figure is invented."""

from kit import SAMR, C, Doc, R, V, common_front, references

GRADES = ["精制", "优级", "一级", "二级"]


def graded(label: str, name: str, cmp: str, cells: list[str], unit: str | None, cond=()) -> list:
    row: list = [C(label, align="l")]
    col = 0
    for text in cells:
        span = 1
        if "*" in text:
            text, n = text.split("*")
            span = int(n)
        recs = [R(name, cmp, float(text), unit, grade=g, cond=list(cond)) for g in GRADES[col : col + span]]
        row.append(C(V(text, *recs), cs=span))
        col += span
    return row


def build() -> Doc:
    d = Doc(
        stem="ts_sugar_01",
        category="白砂糖",
        code="1340",
        kind="GB/T",
        number="GB/T 317—2026",
        replaces=["GB/T 317—2018"],
        title=["白砂糖"],
        title_en="White granulated sugar",
        ics="67.180.10",
        ccs="X 31",
        issuers=SAMR,
        issued="2026-09-02",
        effective="2027-04-01",
    )
    common_front(
        d,
        "GB/T 317—2018《白砂糖》",
        "中国轻工业联合会",
        "全国制糖标准化技术委员会（SAC/TC 62）",
        ["——修改了精制级的色值和混浊度（见表2）；", "——删除了螨的要求；", "——增加了粒度的要求（见5.3）。"],
    )
    d.h("1", "范围")
    d.p("本文件规定了白砂糖的技术要求、检验规则、标签、包装、运输和贮存，描述了相应的试验方法。")
    d.p("本文件适用于以甘蔗或甜菜为原料，经提取糖汁、清净处理、煮炼结晶和分蜜等工艺加工制成的白砂糖。")
    references(
        d,
        "2",
        "GB 13104　食品安全国家标准　食糖",
        "GB/T 10496　糖料甜菜",
        "GB/T 317.1　白砂糖试验方法",
        "QB/T 5012　食糖包装要求",
    )
    d.h("3", "术语和定义")
    d.cl("3.1", "<b>色值</b>　以国际糖色单位（IU）表示的白砂糖溶液的颜色深浅。")
    d.cl("3.2", "<b>电导灰分</b>　以测定白砂糖溶液的电导率换算得到的灰分含量。")
    d.h("4", "产品等级")
    d.p("白砂糖按技术要求分为精制、优级、一级和二级四个等级。")
    d.h("5", "技术要求")
    d.cl("5.1", "感官要求：应符合表1的规定。")
    d.table(
        "1",
        "感官要求",
        [
            ["项目", "精制、优级", "一级、二级"],
            [
                "晶粒",
                V(
                    "晶粒均匀，粒度适中，晶面明显",
                    *[
                        R("晶粒", "qualitative", grade=g, text="晶粒均匀，粒度适中，晶面明显")
                        for g in GRADES[:2]
                    ],
                ),
                V(
                    "晶粒均匀，粒度适中",
                    *[R("晶粒", "qualitative", grade=g, text="晶粒均匀，粒度适中") for g in GRADES[2:]],
                ),
            ],
            [
                "色泽和滋味",
                C(
                    V(
                        "干燥松散，洁白，有光泽，无明显黑点；水溶液味甜，无异味",
                        *[
                            R(
                                "色泽和滋味",
                                "qualitative",
                                grade=g,
                                text="干燥松散，洁白，有光泽，无明显黑点；水溶液味甜，无异味",
                            )
                            for g in GRADES
                        ],
                    ),
                    cs=2,
                ),
            ],
        ],
        widths=[24, 62, 62],
    )
    d.cl("5.2", "理化要求：应符合表2的规定。")
    rows = [
        [C("项　　目", rs=2), C("指　　标", cs=4)],
        GRADES,
        graded("蔗糖分/%　　　　　　≥", "蔗糖分", ">=", ["99.8", "99.7", "99.6", "99.5"], "%"),
        graded("还原糖分/%　　　　　≤", "还原糖分", "<=", ["0.03", "0.04", "0.10", "0.15"], "%"),
        graded("电导灰分/%　　　　　≤", "电导灰分", "<=", ["0.02", "0.04", "0.10", "0.13"], "%"),
        graded("干燥失重/%　　　　　≤", "干燥失重", "<=", ["0.05", "0.06", "0.07", "0.10"], "%"),
        graded("色值/IU　　　　　　≤", "色值", "<=", ["25", "60", "150", "240"], "IU"),
        graded("混浊度/MAU　　　　≤", "混浊度", "<=", ["30", "80", "160", "220"], "MAU"),
        graded("不溶于水杂质/(mg/kg)　≤", "不溶于水杂质", "<=", ["10", "20", "40", "60"], "mg/kg"),
        graded(
            "甜菜糖的电导灰分<sup>a</sup>/%　≤",
            "甜菜糖的电导灰分",
            "<=",
            ["0.03*2", "0.12", "0.15"],
            "%",
            cond=["以甜菜为原料的产品"],
        ),
    ]
    d.table(
        "2",
        "理化要求",
        rows,
        head=2,
        widths=[52, 24, 24, 24, 24],
        style="grid",
        inside=True,
        footnotes=["<sup>a</sup>　仅适用于以甜菜为原料的产品。"],
    )
    d.cl(
        "5.3",
        "粒度：晶粒在其标示粒度范围（粗粒、大粒、中粒、细粒）内的质量分数应",
        V("不小于80%", R("晶粒在其标示粒度范围内的质量分数", ">=", 80, "%")),
        "。",
    )
    d.cl(
        "5.4",
        "食品安全要求：应符合GB 13104的规定；其中二氧化硫残留量（以SO<sub>2</sub>计），精制和优级产品",
        V("不超过6 mg/kg", *[R("二氧化硫残留量（以SO2计）", "<=", 6, "mg/kg", grade=g) for g in GRADES[:2]]),
        "，一级和二级产品",
        V(
            "不超过15 mg/kg",
            *[R("二氧化硫残留量（以SO2计）", "<=", 15, "mg/kg", grade=g) for g in GRADES[2:]],
        ),
        "。",
    )
    d.h("6", "试验方法")
    d.cl("6.1", "蔗糖分、还原糖分、电导灰分、干燥失重、混浊度和不溶于水杂质按GB/T 317.1测定。")
    d.cl(
        "6.2",
        (
            "色值：称取50.0 g试样，溶于50 mL水中，用孔径0.45 μm的滤膜过滤，以pH 7.0±0.2的三乙醇胺"
            "缓冲液调节后，在420 nm波长下测定吸光度，按式（1）计算："
        ),
    )
    d.math(r"\mathrm{IU} = \frac{A_{420}}{b \times c} \times 1000", "1")
    d.where(
        "<m>A_{420}</m>——试样溶液在420 nm处的吸光度；",
        "<m>b</m>——比色皿的光程，单位为厘米（cm）；",
        "<m>c</m>——试样溶液的浓度，单位为克每毫升（g/mL）。",
    )
    d.cl(
        "6.3",
        (
            "粒度：用孔径分别为2.50 mm、1.60 mm、1.25 mm、0.800 mm、0.630 mm、0.450 mm和0.280 mm的"
            "标准筛筛分，称量各筛上物的质量。"
        ),
    )
    d.h("7", "检验规则")
    d.cl("7.1", "以同一班次、同一等级的产品为一批，每批产品不超过200 t。")
    d.cl("7.2", "出厂检验项目为感官要求、蔗糖分、还原糖分、电导灰分、干燥失重、色值和混浊度。")
    d.h("8", "标签、包装、运输和贮存")
    d.cl("8.1", "包装上应标明产品等级和原料类别（甘蔗糖或甜菜糖）。")
    d.cl("8.2", "产品应贮存在干燥、通风的仓库内，相对湿度不宜高于70%，堆垛离墙不少于0.5 m。")
    return d
