"""GB/T 13662-style 黄酒 (dev): a three-line 感官要求 table with grade columns 优级 / 一级 / 二级 (a text
merged across two grades), a full-grid 理化要求 table with two product types (干黄酒 | 半干黄酒) over the
grade columns under a two-row header, values merged across the grades of a type, ranges (15.1～40.0) and the
comparator at the end of the row label, a footnote that only explains (a relative correction, not counted),
clause limits with 应不低于 / 不得, and the 非糖固形物 formula. The structure echoes GB/T 13662-2018 as
remembered; every figure is invented."""

from kit import SAMR, C, Doc, R, V, common_front, references

GRADES = ["优级", "一级", "二级"]
TYPES = ["干黄酒", "半干黄酒"]
COLUMNS = [(t, g) for t in TYPES for g in GRADES]


def graded(label: str, name: str, cmp: str, cells: list[str], unit: str | None) -> list:
    """One row: a text per column, "text*n" merged over n columns; "a～b" a range."""
    row: list = [C(label, align="l")]
    col = 0
    for text in cells:
        span = 1
        if "*" in text:
            text, n = text.split("*")
            span = int(n)
        recs = []
        for t, g in COLUMNS[col : col + span]:
            if "～" in text:
                low, high = text.split("～")
                recs.append(R(name, "range", float(low), unit, grade=g, cond=[t], vmax=float(high)))
            else:
                recs.append(R(name, cmp, float(text.lstrip("≤≥")), unit, grade=g, cond=[t]))
        row.append(C(V(text, *recs), cs=span))
        col += span
    return row


def build() -> Doc:
    d = Doc(
        stem="ts_ricewine_01",
        category="黄酒",
        code="1514",
        kind="GB/T",
        number="GB/T 13662—2026",
        replaces=["GB/T 13662—2018"],
        title=["黄酒"],
        title_en="Huangjiu, Chinese rice wine",
        ics="67.160.10",
        ccs="X 62",
        issuers=SAMR,
        issued="2026-08-11",
        effective="2027-03-01",
    )
    common_front(
        d,
        "GB/T 13662—2018《黄酒》",
        "中国轻工业联合会",
        "全国酿酒标准化技术委员会（SAC/TC 471）",
        [
            "——删除了甜黄酒和半甜黄酒的分级（见第4章）；",
            "——增加了β-苯乙醇的指标（见表2）；",
            "——修改了氧化钙的限量（见表2）。",
        ],
    )
    d.h("1", "范围")
    d.p("本文件规定了黄酒的产品分类、要求、检验规则和标志、包装、运输、贮存，描述了相应的试验方法。")
    d.p("本文件适用于以稻米、黍米、小米、玉米、小麦、水等为主要原料酿制的黄酒。")
    references(
        d,
        "2",
        "GB 2757　食品安全国家标准　蒸馏酒及其配制酒",
        "GB 2758　食品安全国家标准　发酵酒及其配制酒",
        "GB/T 15038　葡萄酒、果酒通用分析方法",
        "GB/T 10345　白酒分析方法",
    )
    d.h("3", "术语和定义")
    d.cl(
        "3.1",
        (
            "<b>黄酒</b>　以稻米、黍米、小米、玉米、小麦、水等为主要原料，经加曲和（或）部分酶制剂"
            "、酵母等糖化发酵剂酿制而成的发酵酒。"
        ),
    )
    d.cl("3.2", "<b>非糖固形物</b>　酒样中总固形物减去总糖后的含量。")
    d.h("4", "产品分类")
    d.p(
        "按产品风格分为传统型黄酒和清爽型黄酒；按含糖量分为干黄酒（总糖≤15.0 g/L）、半干黄酒（"
        "总糖15.1 g/L～40.0 g/L）、半甜黄酒和甜黄酒。"
    )
    d.h("5", "要求")
    d.cl("5.1", "感官要求：传统型黄酒应符合表1的规定。")
    sens = [
        ["项目", *GRADES],
        [
            "外观",
            C(
                V(
                    "橙黄色至深褐色，清亮透明，有光泽，允许瓶（坛）底有微量聚集物",
                    *[
                        R(
                            "外观",
                            "qualitative",
                            grade=g,
                            text="橙黄色至深褐色，清亮透明，有光泽，允许瓶（坛）底有微量聚集物",
                        )
                        for g in GRADES[:2]
                    ],
                ),
                cs=2,
            ),
            V(
                "橙黄色至深褐色，清亮透明，允许瓶（坛）底有少量聚集物",
                R(
                    "外观",
                    "qualitative",
                    grade="二级",
                    text="橙黄色至深褐色，清亮透明，允许瓶（坛）底有少量聚集物",
                ),
            ),
        ],
        [
            "香气",
            V(
                "具有黄酒特有的浓郁醇香，无异香",
                R("香气", "qualitative", grade="优级", text="具有黄酒特有的浓郁醇香，无异香"),
            ),
            V(
                "黄酒特有的醇香较浓郁，无异香",
                R("香气", "qualitative", grade="一级", text="黄酒特有的醇香较浓郁，无异香"),
            ),
            V(
                "具有黄酒特有的醇香，无异香",
                R("香气", "qualitative", grade="二级", text="具有黄酒特有的醇香，无异香"),
            ),
        ],
    ]
    d.table("1", "传统型黄酒的感官要求", sens, widths=[22, 44, 44, 44])
    d.cl("5.2", "理化要求：传统型黄酒应符合表2的规定。")
    rows = [
        [C("项目", rs=2), C("干黄酒", cs=3), C("半干黄酒", cs=3)],
        GRADES * 2,
        graded("总糖（以葡萄糖计）/(g/L)", "总糖（以葡萄糖计）", "<=", ["≤15.0*3", "15.1～40.0*3"], "g/L"),
        graded(
            "非糖固形物<sup>a</sup>/(g/L)　≥",
            "非糖固形物",
            ">=",
            ["14.0", "11.5", "9.5", "18.5", "16.0", "13.0"],
            "g/L",
        ),
        graded("酒精度（20 ℃）/(%vol)　≥", "酒精度（20 ℃）", ">=", ["8.0*6"], "%vol"),
        graded("总酸（以乳酸计）/(g/L)", "总酸（以乳酸计）", "range", ["3.0～7.0*3", "3.0～7.5*3"], "g/L"),
        graded(
            "氨基酸态氮/(g/L)　≥", "氨基酸态氮", ">=", ["0.50", "0.40", "0.30", "0.60", "0.50", "0.40"], "g/L"
        ),
        graded("pH", "pH", "range", ["3.5～4.6*6"], None),
        graded("氧化钙/(g/L)　≤", "氧化钙", "<=", ["1.0*6"], "g/L"),
        graded("β-苯乙醇/(mg/L)　≥", "β-苯乙醇", ">=", ["60", "50", "40", "80", "60", "50"], "mg/L"),
    ]
    d.table(
        "2",
        "传统型黄酒的理化要求",
        rows,
        head=2,
        widths=[44, 18, 18, 18, 18, 18, 18],
        style="grid",
        footnotes=["<sup>a</sup>　酒精度低于14 %vol时，非糖固形物、氨基酸态氮、β-苯乙醇的值按14 %vol折算。"],
    )
    d.cl(
        "5.3",
        "清爽型黄酒的理化要求除酒精度外按表2执行，其酒精度（20 ℃）",
        V("应不低于6.0 %vol", R("酒精度（20 ℃）", ">=", 6.0, "%vol", cond=["清爽型黄酒"])),
        "。",
    )
    d.cl("5.4", "食品安全要求：应符合GB 2758的规定。黄酒中不得添加非自身发酵产生的酒精、香精和甜味剂。")
    d.cl(
        "5.5",
        (
            "净含量：单件定量包装产品的净含量负偏差应符合国家质量监督检验检疫总局令〔2005〕第75号"
            "的规定；坛装产品的净含量偏差"
        ),
        V("不超过2%", R("净含量偏差", "<=", 2, "%", cond=["坛装产品"])),
        "。",
    )
    d.h("6", "试验方法")
    d.cl("6.1", "总糖按GB/T 15038中直接滴定法测定；总酸和氨基酸态氮按甲醛值法测定。")
    d.cl("6.2", "非糖固形物按式（1）计算：")
    d.math(r"X = X_1 - X_2", "1")
    d.where(
        "<m>X</m>——试样中非糖固形物的含量，单位为克每升（g/L）；",
        "<m>X_1</m>——试样中总固形物的含量，单位为克每升（g/L）；",
        "<m>X_2</m>——试样中总糖的含量，单位为克每升（g/L）。",
    )
    d.cl(
        "6.3",
        (
            "β-苯乙醇按气相色谱法测定：色谱柱为聚乙二醇毛细管柱（30 m×0.25 mm×0.25 μm），柱温60 ℃"
            "保持2 min，以8 ℃/min升至220 ℃。"
        ),
    )
    d.h("7", "检验规则")
    d.cl("7.1", "同一生产期内所生产的、同一类别、同一品质，且贮于同一贮酒罐的产品为一批。")
    d.cl("7.2", "出厂检验项目：感官要求、总糖、非糖固形物、酒精度、总酸、氨基酸态氮、pH和净含量。")
    d.h("8", "标志、包装、运输、贮存")
    d.cl("8.1", "产品标签应标明产品类型（风格、含糖量）、等级和酒龄（如适用）。")
    d.cl("8.2", "产品宜在5 ℃～35 ℃的环境下贮存，不应露天堆放。")
    return d
