"""GB 14882-style 食品中放射性物质限制浓度 (dev): a three-line table of artificial radionuclides whose rows
are nested food categories (a parent row without values, its children indented) and whose columns name the
nuclide (several values per row), a unit line, a footnote letter that changes the unit of one row; a
full-grid table of natural radionuclides with the units on a second header line (Bq/kg | mg/kg); a sum-of-
ratios clause with 不大于 and its formula; an informative annex of intakes that is not counted. The
structure echoes GB 14882-1994 as remembered; every figure is invented."""

from kit import SAMR, C, Doc, R, V, common_front, references

ARTIFICIAL = ["氚", "锶-90", "碘-131", "铯-137", "钚-239"]
FOODS = [
    # (printed label, path, values per nuclide)
    ("谷物及其制品", None, None),
    ("　大米", "谷物及其制品/大米", ["2.1×10<sup>5</sup>", "96", "190", "260", "2.5"]),
    ("　小麦粉", "谷物及其制品/小麦粉", ["2.1×10<sup>5</sup>", "96", "190", "260", "2.5"]),
    ("　其他谷物", "谷物及其制品/其他谷物", ["1.8×10<sup>5</sup>", "80", "160", "210", "2.0"]),
    ("薯类", "薯类", ["2.5×10<sup>5</sup>", "110", "480", "270", "4.3"]),
    ("蔬菜及水果", None, None),
    ("　叶菜类", "蔬菜及水果/叶菜类", ["1.7×10<sup>5</sup>", "77", "160", "210", "1.0"]),
    ("　其他蔬菜及水果", "蔬菜及水果/其他蔬菜及水果", ["1.7×10<sup>5</sup>", "77", "160", "210", "1.5"]),
    ("肉、鱼、虾类", "肉、鱼、虾类", ["6.5×10<sup>5</sup>", "290", "470", "800", "10"]),
    ("鲜乳<sup>a</sup>", "鲜乳", ["8.8×10<sup>4</sup>", "40", "33", "330", "0.5"]),
]


def number(text: str) -> float:
    if "×10" in text:
        mant, exp = text.split("×10<sup>")
        return float(mant) * 10 ** int(exp.rstrip("</sup>"))
    return float(text)


def build() -> Doc:
    d = Doc(
        stem="ts_radionuclide_01",
        category="食品中放射性物质",
        code=None,
        kind="GB",
        number="GB 14882—2026",
        replaces=["GB 14882—1994"],
        title=["食品中放射性物质限制浓度标准"],
        title_en="Limited concentrations of radioactive materials in foods",
        ics="13.280",
        ccs="C 57",
        issuers=SAMR,
        issued="2026-05-20",
        effective="2027-06-01",
    )
    common_front(
        d,
        "GB 14882—1994《食品中放射性物质限制浓度标准》",
        "中华人民共和国国家卫生健康委员会",
        "全国放射卫生标准委员会（SAC/TC 513）",
        [
            "——将粮食细分为大米、小麦粉和其他谷物（见表1）；",
            "——增加了多种核素同时存在时的判定要求（见4.3）。",
        ],
    )
    d.h("1", "范围")
    d.p("本文件规定了食品中人工放射性核素和天然放射性核素的限制浓度。")
    d.p("本文件适用于各种粮食、薯类、蔬菜及水果、肉鱼虾类和鲜乳等食品，不适用于核事故应急情况下的食品控制。")
    references(
        d,
        "2",
        "GB 14883.1　食品中放射性物质检验　总则",
        "GB 14883.3　食品中放射性物质检验　锶-89和锶-90的测定",
        "GB 14883.10　食品中放射性物质检验　铯-137的测定",
        "GB 18871　电离辐射防护与辐射源安全基本标准",
    )
    d.h("3", "术语和定义")
    d.cl(
        "3.1",
        (
            "<b>限制浓度</b>　食品中某种放射性核素的允许活度浓度，在此浓度下按年摄入量食用该食品所"
            "致的待积有效剂量不超过1 mSv。"
        ),
    )
    d.cl("3.2", "<b>活度浓度</b>　单位质量或单位体积食品中所含放射性核素的活度。")
    d.h("4", "要求")
    d.cl("4.1", "食品中人工放射性核素的浓度不应超过表1规定的限制浓度。")
    rows: list[list] = [["食品类别", *ARTIFICIAL]]
    for label, path, texts in FOODS:
        if texts is None or path is None:
            rows.append([C(label, align="l"), "", "", "", "", ""])
            continue
        row: list = [C(label, align="l")]
        for nuclide, text in zip(ARTIFICIAL, texts, strict=True):
            unit = "Bq/L" if path == "鲜乳" else "Bq/kg"
            row.append(V(text, R(nuclide, "<=", number(text), unit, cond=[path])))
        rows.append(row)
    d.table(
        "1",
        "食品中人工放射性核素限制浓度",
        rows,
        widths=[40, 26, 22, 22, 22, 22],
        unit_line="单位为贝可每千克",
        footnotes=["<sup>a</sup>　鲜乳的单位为贝可每升（Bq/L）。"],
    )
    d.cl("4.2", "食品中天然放射性核素的浓度不应超过表2规定的限制浓度。")
    natural: list[list] = [
        ["食品类别", "钋-210", "镭-226", "天然钍", "天然铀"],
        ["", "Bq/kg", "Bq/kg", "mg/kg", "mg/kg"],
    ]
    nat_values = [
        ("谷物及其制品", ["6.4", "14", "1.2", "1.9"]),
        ("薯类", ["12", "11", "1.5", "2.2"]),
        ("蔬菜及水果", ["5.3", "11", "0.9", "1.6"]),
        ("肉、鱼、虾类", ["15", "38", "3.5", "4.0"]),
    ]
    units = ["Bq/kg", "Bq/kg", "mg/kg", "mg/kg"]
    for food, texts in nat_values:
        natural.append(
            [C(food, align="l")]
            + [
                V(t, R(n, "<=", float(t), u, cond=[food]))
                for n, t, u in zip(natural[0][1:], texts, units, strict=True)
            ]
        )
    d.table(
        "2",
        "食品中天然放射性核素限制浓度",
        natural,
        head=2,
        widths=[40, 26, 26, 26, 26],
        style="grid",
        inside=True,
        notes=["注：鲜乳中天然放射性核素不作规定。"],
    )
    d.cl(
        "4.3",
        "食品中同时含有两种或两种以上放射性核素时，各核素的实测浓度与其限制浓度之比的总和按式（1）计算，其值",
        V("不大于1", R("各核素的实测浓度与其限制浓度之比的总和", "<=", 1)),
        "。",
    )
    d.math(r"\sum_{i=1}^{n} \frac{C_i}{L_i} \leqslant 1", "1")
    d.where(
        "<m>C_i</m>——食品中第<m>i</m>种放射性核素的实测浓度，单位为贝可每千克（Bq/kg）；",
        "<m>L_i</m>——第<m>i</m>种放射性核素在该类食品中的限制浓度，单位为贝可每千克（Bq/kg）；",
        "<m>n</m>——食品中放射性核素的种类数。",
    )
    d.cl("4.4", "实测浓度低于检测方法探测下限的核素，不计入式（1）的总和。")
    d.h("5", "检验方法")
    d.cl("5.1", "采样和样品制备按GB 14883.1的规定执行，每份样品不少于2 kg（鲜乳不少于2 L）。")
    d.cl("5.2", "锶-90按GB 14883.3测定，铯-137按GB 14883.10测定，其他核素按相应的检验方法测定。")
    d.cl("5.3", "测定结果以鲜重计，报告活度浓度及其扩展不确定度（<m>k=2</m>）。")
    d.annex("A", "资料性", "限制浓度的推导参数")
    d.p("表A.1给出了推导表1限制浓度时采用的成人年摄入量，仅供参考。")
    d.table(
        "A.1",
        "成人年摄入量",
        [
            ["食品类别", "年摄入量/kg", "食品类别", "年摄入量/kg"],
            ["谷物及其制品", "220", "肉、鱼、虾类", "60"],
            ["薯类", "60", "鲜乳", "100"],
            ["蔬菜及水果", "280", "—", "—"],
        ],
        widths=[40, 30, 40, 30],
    )
    return d
