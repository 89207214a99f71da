"""YY/T 0506.2-style 手术单、手术衣和洁净服 第2部分：性能要求和试验方法 (test): a performance table with a
two-level header (标准性能 / 高性能, a ladder: grades; 关键区域 / 非关键区域, the product area: conditions),
a unit column, nested rows (阻微生物穿透, 胀破强力, 拉伸强力 over 干态 / 湿态), 不要求 cells (no
requirement), values merged across the four columns, a footnote that explains a value, a second table for
clean-air suits, and test conditions and sample numbers that are not limits.  Figures after YY/T 0506.2 as
the author remembers it (some invented)."""

from kit import C, Doc, R, V

COLS = [
    ("标准性能", "产品关键区域"),
    ("标准性能", "产品非关键区域"),
    ("高性能", "产品关键区域"),
    ("高性能", "产品非关键区域"),
]


def perf(label, name, cmp, unit, cells, head=None, nested=False, sign=False):
    """``head``: a C spanning down for the parent label of nested rows; ``nested``: a row under one.
    A nested row's label is a test state (干态 / 湿态): the name is the parent's, the state a condition
    (README "What counts as an indicator": label lines under a quantity that name a condition).
    ``sign``: the cell prints its comparator (表1 prints ≤ / ≥ as 表2 does)."""
    name, _, state = name.partition("/")
    mark = {"<=": "≤", ">=": "≥"}[cmp] if sign else ""
    row: list = [head] if head else []
    row += [C(label, align="l", cs=1 if head or nested else 2), unit]
    col = 0
    for text in cells:
        span = 1
        if "*" in text:
            text, span = text.split("*")[0], int(text.split("*")[1])
        if text == "不要求":
            row.append(C("不要求", cs=span))
        else:
            value = float(text.split("<")[0])
            plain = unit.replace("<sup>2</sup>", "²").replace("<sub>", "").replace("</sub>", "")
            records = [
                R(
                    name,
                    cmp,
                    value,
                    plain,
                    grade=COLS[col + i][0],
                    cond=[*([state] if state else []), COLS[col + i][1]],
                )
                for i in range(span)
            ]
            row.append(C(V(mark + text, *records), cs=span))
        col += span
    return row


def build() -> Doc:
    d = Doc(
        stem="off_gown_01",
        category="手术衣",
        code="2770",
        kind="YY/T",
        number="YY/T 0506.2—2026",
        replaces=["YY/T 0506.2—2016"],
        title=["病人、医护人员和器械用手术单、手术衣和洁净服", "第2部分：性能要求和试验方法"],
        title_en=(
            "Surgical drapes, gowns and clean air suits for patients, clinical staff and equipment—Part 2: P"
            "erformance requirements and test methods"
        ),
        ics="11.140",
        ccs="C 48",
        issuers=["国家药品监督管理局"],
        issued="2026-09-25",
        effective="2027-10-01",
    )
    d.preface(
        "本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。",
        "本文件是YY/T 0506《病人、医护人员和器械用手术单、手术衣和洁净服》的第2部分。",
        "本文件代替YY/T 0506.2—2016，与YY/T 0506.2—2016相比，除结构调整和编辑性改动外，主要技术变化如下：",
        "——更改了高性能产品关键区域的抗渗水性要求（见表1）；",
        "——增加了洁净服的胀破强力要求（见表2）。",
        "本文件由国家药品监督管理局提出。",
        "本文件由全国医用输液器具标准化技术委员会（SAC/TC 106）归口。",
    )
    d.h("1", "范围")
    d.p(
        "本文件规定了作为医疗器械的，用于病人、医护人员和器械的一次性使用和重复性使用的手术单、手术衣和"
        "洁净服的性能要求和试验方法。"
    )
    d.p("本文件适用于在手术过程中防止病人、医护人员之间传播感染源的手术单、手术衣以及洁净服。")
    d.h("2", "规范性引用文件")
    d.p(
        "下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其中，注日期的引用文件，仅该日"
        "期对应的版本适用于本文件；不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。"
    )
    for ref in (
        "GB/T 4744　纺织品　防水性能的检测和评价　静水压法",
        "GB/T 7742.1　纺织品　织物胀破性能　第1部分：胀破强力和胀破扩张度的测定　液压法",
        "YY/T 0506.4　病人、医护人员和器械用手术单、手术衣和洁净服　第4部分：干态落絮试验方法",
        "YY/T 0506.5　病人、医护人员和器械用手术单、手术衣和洁净服　第5部分：阻干态微生物穿透试验方法",
        "YY/T 0506.6　病人、医护人员和器械用手术单、手术衣和洁净服　第6部分：阻湿态微生物穿透试验方法",
    ):
        d.p(ref, indent=False)
    d.h("3", "术语和定义")
    d.h("3.1", "产品关键区域　critical product area")
    d.p("产品上更可能参与感染源向伤口或从伤口转移的区域，例如手术衣的前片和袖子。")
    d.h("3.2", "标准性能　standard performance")
    d.p("对医疗器械一系列性能特征评价的最低要求。")
    d.h("3.3", "高性能　high performance")
    d.p("对医疗器械一系列性能特征评价的较高要求。")
    d.h("4", "性能要求")
    d.h("4.1", "手术衣和手术单")
    d.p(
        "手术衣和手术单在其预期使用期内应符合表1规定的要求。重复性使用的产品，经制造商规定的最大处理次数"
        "后仍应符合表1的要求。"
    )
    microbe = C("阻微生物穿透", rs=2)
    burst = C("胀破强力", rs=2)
    tensile = C("拉伸强力", rs=2)
    rows = [
        [C("特　性", cs=2, rs=2), C("单位", rs=2), C("标准性能", cs=2), C("高性能", cs=2)],
        ["产品关键区域", "产品非关键区域", "产品关键区域", "产品非关键区域"],
        perf(
            "干态",
            "阻微生物穿透/干态",
            "<=",
            "CFU",
            ["不要求", "300", "不要求", "300"],
            head=microbe,
            sign=True,
        ),
        perf(
            "湿态",
            "阻微生物穿透/湿态",
            ">=",
            "IB",
            ["2.8", "不要求", "6.0<sup>a</sup>", "不要求"],
            nested=True,
            sign=True,
        ),
        perf("洁净度—微生物", "洁净度—微生物", "<=", "CFU/100 cm<sup>2</sup>", ["300*4"], sign=True),
        perf("洁净度—微粒物质", "洁净度—微粒物质", "<=", "IPM", ["3.5*4"], sign=True),
        perf("落絮", "落絮", "<=", "log<sub>10</sub>（落絮计数）", ["4.0*4"], sign=True),
        perf("抗渗水性", "抗渗水性", ">=", "cm H<sub>2</sub>O", ["20", "10", "100", "10"], sign=True),
        perf("干态", "胀破强力/干态", ">=", "kPa", ["40*4"], head=burst, sign=True),
        perf("湿态", "胀破强力/湿态", ">=", "kPa", ["40", "不要求", "40", "不要求"], nested=True, sign=True),
        perf("干态", "拉伸强力/干态", ">=", "N", ["20*4"], head=tensile, sign=True),
        perf("湿态", "拉伸强力/湿态", ">=", "N", ["20", "不要求", "20", "不要求"], nested=True, sign=True),
    ]
    d.table(
        "1",
        "手术衣和手术单的性能要求",
        rows,
        head=2,
        widths=[26, 26, 30, 20, 20, 20, 20],
        font=8.5,
        footnotes=[
            "<sup>a</sup>　IB＝6.0意为“未穿透”，IB＝6.0是试验的最大可达值。",
            "注：“不要求”表示该区域对该特性不作要求。",
        ],
    )
    d.h("4.2", "洁净服")
    d.p("洁净服应符合表2规定的要求。")
    d.table(
        "2",
        "洁净服的性能要求",
        [
            ["特　性", "单位", "要　求"],
            ["洁净度—微粒物质", "IPM", V("≤3.5", R("洁净度—微粒物质", "<=", 3.5, "IPM", cond=["洁净服"]))],
            [
                "落絮",
                "log<sub>10</sub>（落絮计数）",
                V("≤4.0", R("落絮", "<=", 4.0, "log10（落絮计数）", cond=["洁净服"])),
            ],
            ["胀破强力—干态", "kPa", V("≥100", R("胀破强力—干态", ">=", 100, "kPa", cond=["洁净服"]))],
            ["拉伸强力—干态", "N", V("≥20", R("拉伸强力—干态", ">=", 20, "N", cond=["洁净服"]))],
        ],
        widths=[50, 50, 50],
    )
    d.h("5", "试验方法")
    d.cl("5.1", "阻干态微生物穿透：按YY/T 0506.5的规定进行，试验时间30 min，每个样品测试10个试样。")
    d.cl("5.2", "阻湿态微生物穿透：按YY/T 0506.6的规定进行，试验用5个试样。")
    d.cl("5.3", "抗渗水性：按GB/T 4744的规定进行，水压上升速率为（10±0.5）cm H<sub>2</sub>O/min。")
    d.cl(
        "5.4",
        (
            "胀破强力：按GB/T 7742.1的规定进行，试验面积为50 cm<sup>2</sup>。湿态试验前试样在（20±2）℃的三级"
            "水中浸渍1 h。"
        ),
    )
    d.cl(
        "5.5",
        (
            "落絮：按YY/T 0506.4的规定进行，每个样品测试10个试样，试验前在（20±2）℃、（65±5）%相对湿度的环境"
            "中调节至少4 h。"
        ),
    )
    d.h("6", "判定")
    d.cl("6.1", "样品各特性的试验结果均符合表1或表2中相应性能等级和区域的要求时，判定该产品符合该性能等级。")
    d.cl("6.2", "制造商应在产品标签或使用说明中标明产品的性能等级（标准性能或高性能）及关键区域的位置。")
    return d
