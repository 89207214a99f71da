"""Q/ 企业标准 针织内衣 (dev): a knitwear maker's standard with the 优等品 / 一等品 / 合格品 ladder in an
internal-quality table under a two-row header: a range merged over the grades (pH 4.0～8.5), values merged
over two grades beside a third, a label spanning 直向 / 横向 sub-rows (conditions) with negative lower
bounds (−5.0～+2.0, ranges), colour fastness in grades (级), a Word footnote restricting one row to infant
products; size tolerances without a centre per grade in a second table; fibre content and labelling as
references.  Echoes enterprise standards for knitted underwear under FZ/T 73001 and GB 18401; every figure
here is invented for this corpus."""

from kit import C, Doc, Fn, R, V, grades, merged

G = ("优等品", "一等品", "合格品")
BABY = "仅考核婴幼儿用品。"


def rng(name, text, unit, grades_, *cond):
    low, high = (float(x.replace("−", "-").replace("+", "")) for x in text.split("～"))
    return C(
        V(text, *[R(name, "range", low, unit, vmax=high, grade=g, cond=cond) for g in grades_]),
        cs=len(grades_),
    )


def build() -> Doc:
    d = Doc(
        stem="wd_underwear_01",
        category="针织内衣",
        code="1829",
        kind="Q",
        mark="Q/330782 YWZ",
        kindline="义乌悦舒针织服饰有限公司企业标准",
        number="Q/330782 YWZ 011—2026",
        title=["针织内衣"],
        replaces=["Q/330782 YWZ 011—2022"],
        ics="61.020",
        ccs="W 64",
        filing="330782-2026-1103",
        issuers=["义乌悦舒针织服饰有限公司"],
        issued="2026-01-09",
        effective="2026-01-09",
        face="serif",
        folio="count",
        drafters=[
            ("本文件起草单位：", "义乌悦舒针织服饰有限公司"),
            ("本文件主要起草人：", "楼晓燕、金伟、方芳"),
        ],
    )
    d.preface(
        "本文件按照GB/T 1.1—2020的规定起草。",
        "本文件代替Q/330782 YWZ 011—2022，与前版相比，提高了顶破强力指标，增加了耐唾液色牢度要求。",
    )
    d.h("范围")
    d.p("本文件规定了针织内衣的号型、要求、检验方法、检验规则、标志、包装、运输和贮存。")
    d.p("本文件适用于以棉、莫代尔及其混纺纱线为主要原料的针织内衣、内裤和婴幼儿针织内衣。")
    d.h("规范性引用文件")
    for ref in (
        "GB 18401　国家纺织产品基本安全技术规范",
        "GB/T 3923.1　纺织品　织物拉伸性能",
        "GB/T 8629　纺织品　试验用家庭洗涤和干燥程序",
        "FZ/T 01053　纺织品　纤维含量的标识",
    ):
        d.p(ref, indent=False)
    d.h("号型")
    d.p("号型按GB/T 1335.1、GB/T 1335.2的规定执行。")
    d.h("要求")
    d.h("内在质量", 2)
    d.p("内在质量按批以最低一项评等，应符合表1的规定。")
    d.table(
        "1",
        "内在质量要求",
        [
            [C("项　　目", cs=2, rs=2), C("要　　求", cs=3)],
            list(G),
            [C("甲醛含量/（mg/kg）", cs=2), merged("甲醛含量", "<=", "≤75", "mg/kg", G)],
            [C("pH值", cs=2), rng("pH值", "4.0～8.5", None, G)],
            [
                C("顶破强力/N", cs=2),
                V("≥300", R("顶破强力", ">=", 300.0, "N", grade="优等品")),
                C(
                    V(
                        "≥250",
                        R("顶破强力", ">=", 250.0, "N", grade="一等品"),
                        R("顶破强力", ">=", 250.0, "N", grade="合格品"),
                    ),
                    cs=2,
                ),
            ],
            [
                C("水洗尺寸变化率/%", rs=2),
                "直向",
                rng("水洗尺寸变化率", "−5.0～+2.0", "%", G[:2], "直向"),
                V(
                    "−7.0～+2.0",
                    R("水洗尺寸变化率", "range", -7.0, "%", vmax=2.0, grade="合格品", cond=["直向"]),
                ),
            ],
            [
                "横向",
                rng("水洗尺寸变化率", "−5.0～+2.0", "%", G[:2], "横向"),
                V(
                    "−7.0～+3.0",
                    R("水洗尺寸变化率", "range", -7.0, "%", vmax=3.0, grade="合格品", cond=["横向"]),
                ),
            ],
            [
                C("耐水洗色牢度/级", rs=2),
                "变色",
                *grades("耐水洗色牢度", ">=", ["≥4", "≥3", "≥3"], "级", "变色"),
            ],
            ["沾色", *grades("耐水洗色牢度", ">=", ["≥4", "≥3", "≥3"], "级", "沾色")],
            [C(["耐唾液色牢度", Fn(BABY), "/级"], cs=2), merged("耐唾液色牢度", ">=", "≥4", "级", G, BABY)],
            [C("纤维含量/%", cs=2), C("按FZ/T 01053执行", cs=3)],
        ],
        head=2,
        widths=[34, 18, 35, 35, 36],
    )
    d.h("规格尺寸偏差", 2)
    d.p("成品主要部位规格尺寸允许偏差应符合表2的规定。")
    d.table(
        "2",
        "规格尺寸允许偏差",
        [
            [C("部位", rs=2), C("允许偏差/cm", cs=3)],
            list(G),
            [
                "衣长",
                *[
                    V(t, R("衣长", "range", -float(t[1:]), "cm", vmax=float(t[1:]), grade=g))
                    for t, g in zip(["±1.0", "±1.5", "±2.0"], G, strict=True)
                ],
            ],
            [
                "1/2胸围",
                *[
                    V(t, R("1/2胸围", "range", -float(t[1:]), "cm", vmax=float(t[1:]), grade=g))
                    for t, g in zip(["±1.0", "±1.5", "±2.0"], G, strict=True)
                ],
            ],
            [
                "袖长",
                C(V("±1.0", *[R("袖长", "range", -1.0, "cm", vmax=1.0, grade=g) for g in G[:2]]), cs=2),
                V("±1.5", R("袖长", "range", -1.5, "cm", vmax=1.5, grade="合格品")),
            ],
        ],
        head=2,
        widths=[40, 39, 39, 40],
    )
    d.h("外观质量", 2)
    d.p(
        "同件产品的色差：优等品",
        V("不低于4级", R("同件色差", ">=", 4.0, "级", grade="优等品")),
        "，一等品和合格品",
        V(
            "不低于3级",
            R("同件色差", ">=", 3.0, "级", grade="一等品"),
            R("同件色差", ">=", 3.0, "级", grade="合格品"),
        ),
        "。",
    )
    d.h("检验方法")
    d.cl(2, "顶破强力：按GB/T 19976的规定测定，钢球直径为38 mm。")
    d.cl(2, "水洗尺寸变化率：按GB/T 8629规定的4N程序洗涤，悬挂晾干。")
    d.h("检验规则")
    d.p("同一品种、同一色别的产品为一批，外观质量按批抽取1%～3%，但不少于20件。")
    d.h("标志、包装、运输和贮存")
    d.p("使用说明按GB/T 5296.4的规定执行。")
    return d
