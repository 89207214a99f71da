"""GB/T 家用低速原汁机和榨汁机 (test): a transposed full-grid table, the machine types as rows and the
indicators across, a two-level header (出汁率 over two test fruits) with units and comparators in the
header lines, a range cell (螺杆转速), a "—" cell, a footnote letter on a type; a second transposed
table of durability by rated power class (classes as rows); clauses with 不应大于 / 应不小于 / 不超过
and a pass / fail test (qualitative); the juice-yield formula in the methods (not gold). The levels echo
the Chinese standards for juice extractors as remembered; the number and every figure are invented."""

from kit import SAMR, C, Doc, R, V, common_front, references

VERT = "立式低速原汁机"
HORI = "卧式低速原汁机"
CENT = "离心式榨汁机"
COLS = [
    ("出汁率", ">=", "%", "苹果"),
    ("出汁率", ">=", "%", "胡萝卜"),
    ("果汁中果渣含量", "<=", "%", None),
    ("噪声", "<=", "dB(A)", None),
]


def row(label: str, texts: list[str], speed: str, mark: str = "", extra=()) -> list:
    cond_type = [label, *extra]
    cells: list = [C(label + (f"<sup>{mark}</sup>" if mark else ""), align="l")]
    for (name, cmp, unit, fruit), text in zip(COLS, texts, strict=True):
        cond = [*cond_type, fruit] if fruit else cond_type
        cells.append(V(text, R(name, cmp, float(text), unit, cond=cond)))
    if speed == "—":
        cells.append("—")
    else:
        low, high = speed.split("～")
        cells.append(V(speed, R("螺杆转速", "range", float(low), "r/min", vmax=float(high), cond=cond_type)))
    return cells


def life(label: str, hours: str, cycles: str) -> list:
    return [
        label,
        V(hours, R("累计工作时间", ">=", float(hours), "h", cond=[label])),
        V(cycles, R("启停次数", ">=", float(cycles), "次", cond=[label])),
    ]


def build() -> Doc:
    d = Doc(
        stem="lu_juicer_01",
        category="原汁机",
        code="3854",
        kind="GB/T",
        number="GB/T 45903—2026",
        title=["家用和类似用途低速原汁机和榨汁机"],
        title_en="Slow juicers and juice extractors for household and similar use",
        ics="97.040.50",
        ccs="Y 64",
        issuers=SAMR,
        issued="2026-11-03",
        effective="2027-06-01",
    )
    common_front(d, None, "中国轻工业联合会", "全国家用电器标准化技术委员会（SAC/TC 46）")
    d.h("1", "范围")
    d.p(
        "本文件规定了家用和类似用途低速原汁机和榨汁机的技术要求、"
        "检验规则、标志、包装、运输和贮存，描述了相应的试验方法。"
    )
    d.p("本文件适用于额定电压不超过250 V、额定功率不超过800 W的低速原汁机和离心式榨汁机。")
    references(
        d,
        "2",
        "GB 4706.1　家用和类似用途电器的安全　第1部分：通用要求",
        "GB 4706.30　家用和类似用途电器的安全　厨房机械的特殊要求",
        "GB 4806.1　食品安全国家标准　食品接触材料及制品通用安全要求",
    )
    d.h("3", "术语和定义")
    d.cl("3.1", "<b>低速原汁机</b>　以螺杆低速挤压、研磨的方式分离果蔬汁液和果渣的器具。")
    d.cl("3.2", "<b>出汁率</b>　在规定条件下得到的果汁质量与投入果蔬质量之比。")
    d.h("4", "技术要求")
    d.cl("4.1", "性能：原汁机和榨汁机的出汁率、果汁中果渣含量、噪声和螺杆转速应符合表1的规定。")
    rows = [
        [
            C("类　型", rs=2),
            C("出汁率/%　≥", cs=2),
            C("果汁中果渣含量/%　≤", rs=2),
            C("噪声/dB（A）　≤", rs=2),
            C("螺杆转速/（r/min）", rs=2),
        ],
        ["苹果", "胡萝卜"],
        row(VERT, ["75", "60", "15", "55"], "40～80"),
        row(HORI, ["70", "55", "12", "55"], "60～120"),
        row(CENT, ["60", "45", "25", "82"], "—", "a", ("带分离式果渣桶",)),
    ]
    d.table(
        "1",
        "性能要求",
        rows,
        head=2,
        widths=[38, 22, 22, 26, 24, 26],
        notes=["注：“—”表示不要求。"],
        footnotes=["a　带分离式果渣桶。"],
    )
    d.cl("4.2", "耐久性：按额定功率分档的耐久性要求见表2，试验后器具应能正常工作。")
    dur = [
        ["额定功率P/W", "累计工作时间/h　≥", "启停次数/次　≥"],
        life("P≤200", "150", "6000"),
        life("200＜P≤400", "120", "5000"),
        life("P＞400", "100", "4000"),
    ]
    d.table("2", "耐久性要求", dur, widths=[50, 50, 50])
    d.cl("4.3", "电气安全：")
    d.item(
        "a)",
        "工作温度下的泄漏电流",
        V("不应大于0.25 mA", R("泄漏电流", "<=", 0.25, "mA", cond=["工作温度下的"])),
        "（Ⅱ类器具）；",
    )
    d.item("b)", "电动机绕组温升", V("不超过90 K", R("电动机绕组温升", "<=", 90, "K")), "；")
    d.item(
        "c)",
        "堵转试验：",
        V(
            "螺杆堵转5 min，器具不起火、不冒烟，外壳无变形",
            R("堵转试验", "qualitative", text="螺杆堵转5 min，器具不起火、不冒烟，外壳无变形"),
        ),
        "。",
    )
    d.cl("4.4", "待机功率", V("不应大于0.50 W", R("待机功率", "<=", 0.50, "W")), "。")
    d.cl(
        "4.5",
        "盛汁杯的实测容量",
        V("应不小于标称容量的95%", R("盛汁杯的实测容量", ">=", 95, "%", cond=["标称容量的"])),
        "。",
    )
    d.cl("4.6", "与食品接触的部件应符合GB 4806.1及相应材质的食品安全国家标准的规定。")
    d.h("5", "试验方法")
    d.cl("5.1", "出汁率试验用苹果（富士，单果质量200 g～250 g）和胡萝卜，每次投料1 000 g，按公式（1）计算：")
    d.math(r"Y=\frac{m_{1}}{m_{0}}\times 100\%", "1")
    d.where(
        "<m>Y</m>——出汁率，%；",
        "<m>m_{1}</m>——得到的果汁质量，单位为克（g）；",
        "<m>m_{0}</m>——投入的果蔬质量，单位为克（g）。",
    )
    d.cl("5.2", "果汁中果渣含量：取100 mL果汁以3 000 r/min离心10 min，称量沉淀物质量，以质量分数表示。")
    d.cl("5.3", "噪声在半消声室内测量，器具空载运行，测量距离1 m。")
    d.h("6", "检验规则")
    d.cl("6.1", "出厂检验项目为电气强度、接地电阻、泄漏电流和外观；型式检验的样品数为3台。")
    d.h("7", "标志、包装、运输和贮存")
    d.cl("7.1", "产品说明书应说明单次连续工作时间，低速原汁机单次连续工作时间一般为20 min。")
    return d
