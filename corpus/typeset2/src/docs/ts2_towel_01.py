"""FZ/T 62006-style 毛巾 (dev): a fully boxed grade table 优等品 / 一等品 / 合格品 that runs onto a 续表
with its two header rows repeated, the comparator printed after the unit in a row label that spans two
columns, nested labels (断裂强力 / 经向, 纬向; 耐摩擦色牢度 / 干摩, 湿摩), values merged across grades,
a negative lower limit (-5.0), tolerances without a centre (±2.0), footnote letters a and b under the
table (one of them a value); a three-line 外观 table with qualitative cells; clause limits with 不得少于
and 须.  The structure echoes FZ/T 62006 as remembered; every figure is invented."""

from kit import MIIT, C, Doc, R, V, common_front, references

GRADES = ["优等品", "一等品", "合格品"]


def grade_row(label, name, unit, cmp, texts, cond=(), label_cols=2, parse=float):
    """A row whose value cells are the three grades; equal neighbouring texts given as None are merged
    into the cell before them (one record per grade it covers)."""
    cells = [C(label, cs=label_cols, align="l")] if isinstance(label, str) else list(label)
    i = 0
    while i < 3:
        span = 1
        while i + span < 3 and texts[i + span] is None:
            span += 1
        text = texts[i]
        recs = []
        for g in GRADES[i : i + span]:
            if cmp == "range":
                low, high = text.replace("±", "").split("～") if "～" in text else (text, text)
                if text.startswith("±"):
                    v = float(text[1:])
                    recs.append(R(name, "range", -v, unit, grade=g, cond=cond, vmax=v))
                else:
                    recs.append(R(name, "range", float(low), unit, grade=g, cond=cond, vmax=float(high)))
            elif cmp == "qualitative":
                recs.append(R(name, "qualitative", unit=unit, grade=g, cond=cond, text=text))
            else:
                recs.append(R(name, cmp, parse(text.replace("-", "-")), unit, grade=g, cond=cond))
        cells.append(C(V(text, *recs), cs=span) if span > 1 else V(text, *recs))
        i += span
    return cells


def build() -> Doc:
    d = Doc(
        stem="ts2_towel_01",
        category="毛巾",
        code="1772",
        kind="FZ/T",
        number="FZ/T 62006—2026",
        replaces=["FZ/T 62006—2004"],
        title=["毛巾"],
        title_en="Towels",
        ics="59.080.30",
        ccs="W 63",
        filing="81234—2026",
        issuers=MIIT,
        issued="2026-05-20",
        effective="2026-11-01",
    )
    common_front(
        d,
        "FZ/T 62006—2004《毛巾》",
        "中国纺织工业联合会",
        "全国家用纺织品标准化技术委员会（SAC/TC 302）",
        [
            "——增加了毛圈脱落率的要求（见表1）；",
            "——修改了吸水性的要求（见表1，2004年版的表2）；",
            "——删除了纬密偏差率的要求（见2004年版的5.2）。",
        ],
    )
    d.h("1", "范围")
    d.p("本文件规定了毛巾的要求、试验方法、检验规则和标志、包装、运输和贮存，描述了相应的试验方法。")
    d.p("本文件适用于以纺织纤维为主要原料，经织造、染整加工制成的毛巾、浴巾、毛巾被和方巾。")
    references(
        d,
        "2",
        "GB/T 2828.1　计数抽样检验程序　第1部分：按接收质量限（AQL）检索的逐批检验抽样计划",
        "GB/T 2912.1　纺织品　甲醛的测定　第1部分：游离和水解的甲醛（水萃取法）",
        "GB/T 3920　纺织品　色牢度试验　耐摩擦色牢度",
        "GB/T 3923.1　纺织品　织物拉伸性能　第1部分：断裂强力和断裂伸长率的测定（条样法）",
        "GB/T 7573　纺织品　水萃取液pH值的测定",
        "GB 18401　国家纺织产品基本安全技术规范",
        "FZ/T 01053　纺织品　纤维含量的标识",
    )
    d.h("3", "术语和定义")
    d.p("下列术语和定义适用于本文件。")
    d.cl("3.1", "<b>毛圈脱落率</b>　毛巾经规定次数的洗涤后，脱落的毛羽质量占洗涤前试样质量的百分率。")
    d.cl("3.2", "<b>吸水性</b>　规定尺寸的试样平放于水面时，自接触水面至完全浸润所需的时间。")
    d.h("4", "要求")
    d.cl(
        "4.1",
        "毛巾的要求分为内在质量和外观质量。内在质量按批评等，外观质量按条评等，以其中最低一项评定等级。",
    )
    d.cl("4.2", "内在质量应符合表1的规定。")
    head = [
        [C("项　　目", cs=2, rs=2), C("要　　求", cs=3)],
        GRADES,
    ]
    rows = [
        grade_row(
            "吸水性<sup>a</sup>/s　　　　≤", "吸水性", "s", "<=", ["10", "20", None], ["仅适用于毛巾和浴巾"]
        ),
        grade_row(
            [C("断裂强力/N　　≥", rs=2, align="l"), "经向"],
            "断裂强力",
            "N",
            ">=",
            ["250", "200", "150"],
            ["经向"],
        ),
        grade_row(["纬向"], "断裂强力", "N", ">=", ["200", "180", "150"], ["纬向"]),
        grade_row("毛圈脱落率/%　　　≤", "毛圈脱落率", "%", "<=", ["0.20", "0.40", "0.60"]),
        grade_row(
            [C("尺寸偏差率/%", rs=2, align="l"), "长度"],
            "尺寸偏差率",
            "%",
            "range",
            ["±2.0", "±3.0", "±4.0"],
            ["长度"],
        ),
        grade_row(["宽度"], "尺寸偏差率", "%", "range", ["±2.0", "±3.0", "±4.0"], ["宽度"]),
        grade_row("单位面积质量偏差率/%　≥", "单位面积质量偏差率", "%", ">=", ["-5.0", "-6.0", "-8.0"]),
        grade_row(
            [C("耐洗色牢度/级　≥", rs=2, align="l"), "变色"],
            "耐洗色牢度",
            "级",
            ">=",
            ["4", None, "3"],
            ["变色"],
        ),
        grade_row(["沾色"], "耐洗色牢度", "级", ">=", ["4", "3", None], ["沾色"]),
        grade_row(
            [C("耐摩擦色牢度/级　≥", rs=2, align="l"), "干摩"],
            "耐摩擦色牢度",
            "级",
            ">=",
            ["4", None, "3"],
            ["干摩"],
        ),
        grade_row(["湿摩"], "耐摩擦色牢度", "级", ">=", ["3", None, "2"], ["湿摩"]),
        grade_row("甲醛含量/(mg/kg)　≤", "甲醛含量", "mg/kg", "<=", ["20", None, None]),
        grade_row("pH值", "pH值", None, "range", ["4.0～8.5", None, None]),
        grade_row("异味", "异味", None, "qualitative", ["无", None, None]),
        grade_row(
            "可分解致癌芳香胺染料<sup>b</sup>",
            "可分解致癌芳香胺染料",
            None,
            "qualitative",
            ["禁用", None, None],
        ),
    ]
    d.table(
        "1",
        "内在质量要求",
        head + rows,
        head=2,
        widths=[44, 18, 30, 30, 30],
        style="grid",
        footnotes=[
            "<sup>a</sup>　仅适用于毛巾和浴巾。",
            [
                "<sup>b</sup>　致癌芳香胺清单及试验方法按GB 18401执行，限量值",
                V("≤20 mg/kg", R("可分解致癌芳香胺染料", "<=", 20, "mg/kg")),
                "。",
            ],
        ],
    )
    d.cl("4.3", "外观质量应符合表2的规定。")
    outer = [
        ["疵点名称", *GRADES],
        grade_row("破洞、漏洞", "破洞、漏洞", None, "qualitative", ["不允许", None, None], label_cols=1),
        grade_row("断毛圈/(处/条)　≤", "断毛圈", "处/条", "<=", ["1", "2", "4"], label_cols=1),
        grade_row("污渍", "污渍", None, "qualitative", ["不允许", "不明显", "不影响使用"], label_cols=1),
        grade_row("色差/级　≥", "色差", "级", ">=", ["4", "3", None], label_cols=1),
    ]
    d.table("2", "外观质量要求", outer, widths=[46, 36, 36, 36], style="three")
    d.cl(
        "4.4",
        "缝边应平直，折边宽窄一致；缝边的针迹密度",
        V("不得少于12针/3 cm", R("缝边的针迹密度", ">=", 12, "针/3 cm")),
        "，缝线的颜色须与毛巾主色相协调。",
    )
    d.cl("4.5", "纤维含量的标注应符合FZ/T 01053的规定；其他安全要求应符合GB 18401的规定。")
    d.h("5", "试验方法")
    d.cl("5.1", "调湿和试验用标准大气：温度（20±2）℃，相对湿度（65±4）%，试样调湿不少于24 h。")
    d.cl("5.2", "吸水性：取200 mm×200 mm试样5块，平放于（20±2）℃蒸馏水水面，记录完全浸润的时间，取平均值。")
    d.cl("5.3", "毛圈脱落率：试样按规定程序洗涤5次后烘干，按式（1）计算：")
    d.math(r"L = \frac{m_0 - m_1}{m_0} \times 100\%", "1")
    d.where(
        "<m>L</m>——毛圈脱落率，%；",
        "<m>m_0</m>——洗涤前试样的烘干质量，单位为克（g）；",
        "<m>m_1</m>——洗涤后试样的烘干质量，单位为克（g）。",
    )
    d.cl(
        "5.4",
        (
            "断裂强力按GB/T 3923.1执行；甲醛含量按GB/T 2912.1执行；pH"
            "值按GB/T 7573执行；耐摩擦色牢度按GB/T 3920执行。"
        ),
    )
    d.h("6", "检验规则")
    d.cl("6.1", "出厂检验项目为外观质量、尺寸偏差率和单位面积质量偏差率；型式检验项目为第4章的全部项目。")
    d.cl("6.2", "外观质量按GB/T 2828.1一般检验水平II、接收质量限AQL为4.0抽样；内在质量每批抽取3条。")
    d.cl("6.3", "内在质量各项均符合要求时，判该批内在质量合格；否则判该批不合格。")
    d.h("7", "标志、包装、运输和贮存")
    d.cl("7.1", "每条毛巾应有耐久性标签，标明纤维成分、洗涤方法和产品等级。")
    d.cl("7.2", "产品应贮存在干燥、通风、清洁的仓库内，防止霉变和虫蛀。")
    d.annex("A", "资料性", "毛巾的常用规格")
    d.p("毛巾的常用规格见表A.1。")
    d.table(
        "A.1",
        "常用规格",
        [
            ["品种", "长度/mm", "宽度/mm", "单位面积质量/(g/m²)"],
            ["方巾", "340", "340", "350～450"],
            ["毛巾", "760", "340", "400～500"],
            ["浴巾", "1 400", "700", "450～600"],
        ],
        widths=[30, 30, 30, 44],
        style="three",
    )
    return d
