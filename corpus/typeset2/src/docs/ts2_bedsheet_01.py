"""FZ/T 62007-style 床单 (test): a fully boxed grade table 优等品 / 一等品 / 合格品 that runs onto a 续表
with its two header rows repeated, comparators after the unit in row labels spanning two columns, nested
labels (断裂强力 / 经向, 纬向; 耐摩擦色牢度 / 干摩, 湿摩; 水洗尺寸变化率 / 经向, 纬向), values merged across
grades, asymmetric ranges (-3.0～+1.0), a negative lower limit, footnote letters a and b under the table
(one of them a value); a three-line 外观 table; clause limits with 不得少于 and 必须.  The structure echoes
FZ/T 62007 as remembered; every figure is invented."""

from kit import MIIT, C, Doc, R, V, common_front, references

GRADES = ["优等品", "一等品", "合格品"]


def _num(text: str) -> float:
    return float(text.replace("+", ""))


def grade_row(label, name, unit, cmp, texts, cond=(), label_cols=2):
    """A row whose value cells are the three grades; None merges a grade into the cell before it."""
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
                low, high = text.split("～")
                recs.append(R(name, "range", _num(low), unit, grade=g, cond=cond, vmax=_num(high)))
            elif cmp == "qualitative":
                recs.append(R(name, "qualitative", grade=g, cond=cond, text=text))
            else:
                recs.append(R(name, cmp, _num(text), unit, grade=g, cond=cond))
        cells.append(C(V(text, *recs), cs=span) if span > 1 else V(text, *recs))
        i += span
    return cells


def build() -> Doc:
    d = Doc(
        stem="ts2_bedsheet_01",
        category="床单",
        code="1771",
        kind="FZ/T",
        number="FZ/T 62007—2026",
        replaces=["FZ/T 62007—2014"],
        title=["床单"],
        title_en="Bed sheets",
        ics="59.080.30",
        ccs="W 63",
        filing="81236—2026",
        issuers=MIIT,
        issued="2026-05-20",
        effective="2026-11-01",
    )
    common_front(
        d,
        "FZ/T 62007—2014《床单》",
        "中国纺织工业联合会",
        "全国家用纺织品标准化技术委员会（SAC/TC 302）",
        ["——修改了水洗尺寸变化率的要求（见表1）；", "——增加了起毛起球的要求（见表1）。"],
    )
    d.h("1", "范围")
    d.p("本文件规定了床单的要求、检验规则和标志、包装、运输和贮存，描述了相应的试验方法。")
    d.p("本文件适用于以纺织织物为主要面料制成的床单、床笠，不适用于絮填类床上用品。")
    references(
        d,
        "2",
        "GB/T 3920　纺织品　色牢度试验　耐摩擦色牢度",
        "GB/T 3921　纺织品　色牢度试验　耐皂洗色牢度",
        "GB/T 3923.1　纺织品　织物拉伸性能　第1部分：断裂强力和断裂伸长率的测定（条样法）",
        "GB/T 4802.1　纺织品　织物起毛起球性能的测定　第1部分：圆轨迹法",
        "GB/T 6529　纺织品　调湿和试验用标准大气",
        "GB/T 8628　纺织品　测定尺寸变化的试验中织物试样和服装的准备、标记及测量",
        "GB 18401　国家纺织产品基本安全技术规范",
    )
    d.h("3", "术语和定义")
    d.p("下列术语和定义适用于本文件。")
    d.cl("3.1", "<b>床单</b>　铺在床垫或褥子上，供人睡卧时直接接触身体的矩形纺织制品。")
    d.cl("3.2", "<b>床笠</b>　四角缝制成兜状并装有松紧带，能套住床垫的床单。")
    d.cl("3.3", "<b>磨毛类产品</b>　面料经磨毛整理，表面有一层短而密的绒毛的产品。")
    d.h("4", "要求")
    d.cl(
        "4.1",
        "床单的要求分为内在质量和外观质量。内在质量按批评等，外观质量按件评等，以其中最低一项评定等级。",
    )
    d.cl("4.2", "内在质量应符合表1的规定。")
    head = [[C("项　　目", cs=2, rs=2), C("要　　求", cs=3)], GRADES]
    rows = [
        grade_row(
            [C("断裂强力/N　≥", rs=2, align="l"), "经向"],
            "断裂强力",
            "N",
            ">=",
            ["400", "350", "300"],
            ["经向"],
        ),
        grade_row(["纬向"], "断裂强力", "N", ">=", ["350", "300", "250"], ["纬向"]),
        grade_row(
            [C("水洗尺寸变化率/%", rs=2, align="l"), "经向"],
            "水洗尺寸变化率",
            "%",
            "range",
            ["-2.0～+1.0", "-3.0～+1.0", "-4.0～+1.5"],
            ["经向"],
        ),
        grade_row(
            ["纬向"], "水洗尺寸变化率", "%", "range", ["-2.0～+1.0", "-3.0～+1.0", "-4.0～+1.5"], ["纬向"]
        ),
        grade_row(
            "起毛起球<sup>a</sup>/级　　≥",
            "起毛起球",
            "级",
            ">=",
            ["4", "3", None],
            ["仅考核磨毛、起绒类产品"],
        ),
        grade_row(
            [C("耐皂洗色牢度/级　≥", rs=2, align="l"), "变色"],
            "耐皂洗色牢度",
            "级",
            ">=",
            ["4", None, "3"],
            ["变色"],
        ),
        grade_row(["沾色"], "耐皂洗色牢度", "级", ">=", ["4", "3", None], ["沾色"]),
        grade_row(
            [C("耐摩擦色牢度/级　≥", rs=2, align="l"), "干摩"],
            "耐摩擦色牢度",
            "级",
            ">=",
            ["4", None, "3"],
            ["干摩"],
        ),
        grade_row(["湿摩"], "耐摩擦色牢度", "级", ">=", ["3", None, "2"], ["湿摩"]),
        grade_row("单位面积质量偏差率/%　≥", "单位面积质量偏差率", "%", ">=", ["-4.0", "-5.0", "-6.0"]),
        grade_row("纤维含量偏差/%", "纤维含量偏差", "%", "range", ["-5.0～+5.0", None, None]),
        grade_row("甲醛含量/(mg/kg)　≤", "甲醛含量", "mg/kg", "<=", ["75", None, None]),
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
            "<sup>a</sup>　仅考核磨毛、起绒类产品。",
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
        grade_row("破损", "破损", None, "qualitative", ["不允许", None, None], label_cols=1),
        grade_row("色差/级　≥", "色差", "级", ">=", ["4", "3", None], label_cols=1),
        grade_row("缝纫不良/(处/件)　≤", "缝纫不良", "处/件", "<=", ["1", "2", "3"], label_cols=1),
        grade_row("污渍", "污渍", None, "qualitative", ["不允许", "不明显", "不影响使用"], label_cols=1),
    ]
    d.table("2", "外观质量要求", outer, widths=[46, 36, 36, 36], style="three")
    d.cl(
        "4.4",
        "缝制：缝线应与面料相适应，明线针迹密度",
        V("不得少于12针/3 cm", R("明线针迹密度", ">=", 12, "针/3 cm")),
        "；床笠松紧带的回复率必须",
        V("不低于90%", R("床笠松紧带的回复率", ">=", 90, "%")),
        "。",
    )
    d.cl(
        "4.5",
        "规格尺寸偏差：长度和宽度的偏差",
        V(
            "不应超过标称尺寸的±2.0%",
            R("长度和宽度的偏差", "range", -2.0, "%", vmax=2.0, cond=["标称尺寸的"]),
        ),
        "。",
    )
    d.h("5", "试验方法")
    d.cl("5.1", "调湿和试验用标准大气按GB/T 6529执行，温度（20±2）℃，相对湿度（65±4）%。")
    d.cl("5.2", "水洗尺寸变化率按GB/T 8628制样，采用4N洗涤程序，洗涤1次，悬挂晾干。")
    d.cl("5.3", "起毛起球按GB/T 4802.1执行，压力780 cN，起毛次数0，起球次数600。")
    d.h("6", "检验规则")
    d.cl("6.1", "外观质量和规格尺寸按件检验，内在质量按批检验，每批抽取2件。")
    d.cl("6.2", "内在质量各项均符合要求时，判该批内在质量合格；否则判该批不合格。")
    d.h("7", "标志、包装、运输和贮存")
    d.cl("7.1", "每件产品应有耐久性标签，标明号型规格、纤维成分、洗涤方法和产品等级。")
    d.cl("7.2", "产品应贮存在阴凉、干燥、清洁的库房内，防霉、防蛀。")
    return d
