"""Q/-style 企业标准 蒸压加气混凝土砌块 (test): full-width clause text and folios 第 N 页／共 M 页; a strength
table with class columns (A2.5 / A3.5 / A5.0, conditions) and two value rows under one label (平均值 /
单组最小值, conditions); a dry-density table with grade columns B05 / B06 (优等品 / 合格品 rows: grades);
a thermal table with a 单位 column and a merged cell; dimension tolerances in a clause (±3 mm, ±1 mm: ranges
without a centre); a 分别 clause.  Echoes enterprise standards filed under GB/T 11968; every figure here is
invented for this corpus."""

from kit import C, Doc, R, V, fw

STRENGTH = ["A2.5", "A3.5", "A5.0"]
DENSITY = ["B05", "B06", "B07"]


def build() -> Doc:
    d = Doc(
        stem="wp_aacblock_01",
        category="蒸压加气混凝土砌块",
        code="3031",
        kind="Q",
        mark="Q/321183JTJC",
        number="Q/321183JTJC 003—2026",
        title=["蒸压加气混凝土砌块"],
        replaces=["Q/321183JTJC 003—2022"],
        ics="91.100.30",
        ccs="Q 15",
        issuers=["江苏句通建材有限公司"],
        issued="2026-03-18",
        effective="2026-04-01",
        folio="count",
    )
    d.preface(
        fw("本标准按照GB/T 1.1—2020给出的规则起草。"),
        fw(
            "本标准代替Q/321183JTJC 003—2022，与Q/321183JTJC 003—2022相比，"
            "主要变化：增加了A5.0强度级别；修改了干燥收缩值。"
        ),
        "本标准由江苏句通建材有限公司提出并起草。",
        "本标准主要起草人：张建新、刘梅。",
    )
    d.h("1", "范围")
    d.p(fw("本标准规定了蒸压加气混凝土砌块的分类、要求、试验方法、检验规则及产品质量证明书、堆放和运输。"))
    d.p(fw("本标准适用于本公司生产的用于民用与工业建筑墙体的蒸压加气混凝土砌块（以下简称砌块）。"))
    d.h("2", "规范性引用文件")
    d.p(fw("GB/T 11969　蒸压加气混凝土性能试验方法"))
    d.p(fw("GB 6566　建筑材料放射性核素限量"))
    d.h("3", "分类")
    d.cl("3.1", fw("规格：长度600 mm；宽度100 mm～300 mm；高度200 mm、250 mm、300 mm。"))
    d.cl("3.2", fw("按抗压强度分为A2.5、A3.5、A5.0三个级别；按干密度分为B05、B06、B07三个级别。"))
    d.h("4", "要求")
    d.h("4.1", "尺寸偏差")
    d.p(
        fw("砌块长度、宽度和高度的允许偏差分别为"),
        V(fw("±3 mm"), R("长度的允许偏差", "range", -3, "mm", vmax=3)),
        "、",
        V(fw("±1 mm"), R("宽度的允许偏差", "range", -1, "mm", vmax=1)),
        "和",
        V(fw("±1 mm"), R("高度的允许偏差", "range", -1, "mm", vmax=1)),
        "。",
    )
    d.h("4.2", "抗压强度")
    d.p("砌块的抗压强度应符合表1的规定。")
    avg = [("2.5", 2.5), ("3.5", 3.5), ("5.0", 5.0)]
    mn = [("2.0", 2.0), ("2.8", 2.8), ("4.0", 4.0)]
    d.table(
        "1",
        "抗压强度",
        [
            [C("项目", cs=2), *STRENGTH],
            [
                C("立方体抗压强度（MPa）", rs=2, align="l"),
                "平均值　不小于",
                *[
                    V(t, R("立方体抗压强度", ">=", v, "MPa", cond=[s, "平均值"]))
                    for (t, v), s in zip(avg, STRENGTH, strict=False)
                ],
            ],
            [
                "单组最小值　不小于",
                *[
                    V(t, R("立方体抗压强度", ">=", v, "MPa", cond=[s, "单组最小值"]))
                    for (t, v), s in zip(mn, STRENGTH, strict=False)
                ],
            ],
        ],
        widths=[46, 36, 28, 28, 28],
        style="outer",
    )
    d.h("4.3", "干密度")
    d.p("砌块的干密度应符合表2的规定。")
    dens = {
        "优等品": [("≤500", 500), ("≤600", 600), ("≤700", 700)],
        "合格品": [("≤525", 525), ("≤625", 625), ("≤725", 725)],
    }
    rows = [[C("干密度（kg/m<sup>3</sup>）"), *DENSITY]]
    for grade, cells in dens.items():
        rows.append(
            [
                grade,
                *[
                    V(t, R("干密度", "<=", v, "kg/m³", grade=grade, cond=[b]))
                    for (t, v), b in zip(cells, DENSITY, strict=False)
                ],
            ]
        )
    d.table("2", "干密度", rows, widths=[46, 36, 36, 36], style="zebra")
    d.h("4.4", "干燥收缩、抗冻性和导热系数")
    d.p("砌块的干燥收缩值、抗冻性和导热系数应符合表3的规定。")
    d.table(
        "3",
        "干燥收缩、抗冻性和导热系数",
        [
            [C("项目", cs=2), "单位", *DENSITY],
            [
                C("干燥收缩值（快速法）", cs=2, align="l"),
                "mm/m",
                C(
                    V("≤0.50", *[R("干燥收缩值（快速法）", "<=", 0.50, "mm/m", cond=[b]) for b in DENSITY]),
                    cs=3,
                ),
            ],
            [
                C("抗冻性", rs=2, align="l"),
                "质量损失",
                "%",
                C(V("≤5.0", *[R("抗冻性", "<=", 5.0, "%", cond=["质量损失", b]) for b in DENSITY]), cs=3),
            ],
            [
                "冻后强度损失",
                "%",
                C(V("≤20", *[R("抗冻性", "<=", 20, "%", cond=["冻后强度损失", b]) for b in DENSITY]), cs=3),
            ],
            [
                C("导热系数（干态）", cs=2, align="l"),
                "W/(m·K)",
                *[
                    V(t, R("导热系数（干态）", "<=", float(t.lstrip("≤")), "W/(m·K)", cond=[b]))
                    for t, b in zip(("≤0.12", "≤0.14", "≤0.16"), DENSITY, strict=False)
                ],
            ],
        ],
        widths=[30, 30, 24, 26, 26, 26],
        style="zebra",
        notes=["注1：抗冻性试验冻融循环次数为15次。", "注2：导热系数为绝干状态下的测定值。"],
    )
    d.h("4.5", "放射性")
    d.p(
        fw("砌块的内照射指数和外照射指数分别不应大于"),
        V(fw("1.0"), R("内照射指数", "<=", 1.0)),
        "和",
        V(fw("1.0"), R("外照射指数", "<=", 1.0)),
        "。",
    )
    d.h("5", "试验方法")
    d.cl(
        "5.1",
        fw("抗压强度、干密度、干燥收缩值和抗冻性按GB/T 11969的规定进行，试件尺寸为100 mm×100 mm×100 mm。"),
    )
    d.cl("5.2", fw("试件在（60±5）℃下烘至恒质后测定干密度。"))
    d.h("6", "检验规则")
    d.cl("6.1", fw("同品种、同规格、同级别的砌块，以30 000块为一批，不足30 000块亦为一批。"))
    d.cl("6.2", "出厂检验项目为尺寸偏差、外观质量、立方体抗压强度和干密度。")
    return d
