"""Q/ 企业标准 羊绒针织衫 (test): a cashmere mill's standard with the 优等品 / 一等品 / 合格品 ladder: an
internal-quality table under a two-row header with negative lower bounds (单件重量偏差率 ≥ −3.0), a range
merged over the grades, ranges per grade with signs (−5～+3), a label spanning 长度 / 宽度 sub-rows
(conditions), a 不得检出 cell merged over the grades with a Word footnote, a value merged over two grades;
a fibre-content requirement in a clause and appearance faults in a Word-numbered list.  Echoes enterprise
standards for cashmere knitwear under FZ/T 73009; every figure here is invented for this corpus."""

from kit import C, Doc, Fn, R, V, grades, merged

G = ("优等品", "一等品", "合格品")
DYE = "可分解致癌芳香胺染料清单见GB 18401。"


def over(name, text, unit, grades_, *cond):
    low, high = (float(x.replace("−", "-").replace("+", "")) for x in text.split("～"))
    return C(
        V(text, *[R(name, "range", low, unit, vmax=high, grade=g, cond=cond) for g in grades_]),
        cs=len(grades_),
    )


def build() -> Doc:
    d = Doc(
        stem="wd_cashmere_01",
        category="羊绒针织品",
        code="1829",
        kind="Q",
        mark="Q/150203 LRX",
        kindline="包头鹿绒王服饰有限公司企业标准",
        number="Q/150203 LRX 002—2026",
        title=["羊绒针织衫"],
        replaces=[],
        ics="59.080.30",
        ccs="W 63",
        filing="150203-2026-0027",
        issuers=["包头鹿绒王服饰有限公司"],
        issued="2026-01-14",
        effective="2026-01-14",
        face="serif",
        folio="count",
        drafters=[
            ("本文件起草单位：", "包头鹿绒王服饰有限公司"),
            ("本文件主要起草人：", "乌兰、高建军、李娜"),
        ],
    )
    d.preface("本文件按照GB/T 1.1—2020的规定起草。", "本文件为首次发布。")
    d.h("范围")
    d.p("本文件规定了羊绒针织衫的要求、试验方法、检验规则和标志、包装、运输、贮存。")
    d.p("本文件适用于以山羊绒纱线为原料，经横机编织、套口、缩绒等工序制成的羊绒针织套衫和开衫。")
    d.h("规范性引用文件")
    for ref in (
        "GB 18401　国家纺织产品基本安全技术规范",
        "GB/T 4802.3　纺织品　织物起毛起球性能的测定　第3部分：起球箱法",
        "GB/T 7742.1　纺织品　织物胀破性能",
        "FZ/T 70009　毛纺织产品经洗涤后松弛尺寸变化率和毡化尺寸变化率试验方法",
    ):
        d.p(ref, indent=False)
    d.h("术语和定义")
    d.p("下列术语和定义适用于本文件。")
    d.cl(2, "羊绒针织衫　cashmere knitwear：羊绒含量在95%及以上的针织上衣，包括套衫和开衫。")
    d.cl(2, "单件重量偏差率　deviation rate of piece weight：单件实测重量与标称重量之差占标称重量的百分率。")
    d.h("号型规格")
    d.p("号型按GB/T 1335.1、GB/T 1335.2的规定执行，主要部位规格尺寸由供需双方商定。")
    d.h("要求")
    d.h("纤维含量", 2)
    d.p(
        "标注为“100%羊绒”的产品，羊绒含量应",
        V("不低于95%", R("羊绒含量", ">=", 95.0, "%", cond=["标注为“100%羊绒”的产品"])),
        "，其余纤维为羊毛。",
    )
    d.h("内在质量", 2)
    d.p("内在质量应符合表1的规定。")
    d.table(
        "1",
        "内在质量要求",
        [
            [C("项目", cs=2, rs=2), C("要求", cs=3)],
            list(G),
            [C("单件重量偏差率/%", cs=2), *grades("单件重量偏差率", ">=", ["≥−3.0", "≥−4.0", "≥−5.0"], "%")],
            [
                C("起球/级", cs=2),
                V("≥3.5", R("起球", ">=", 3.5, "级", grade="优等品")),
                C(
                    V(
                        "≥3",
                        R("起球", ">=", 3.0, "级", grade="一等品"),
                        R("起球", ">=", 3.0, "级", grade="合格品"),
                    ),
                    cs=2,
                ),
            ],
            [C("胀破强度/kPa", cs=2), merged("胀破强度", ">=", "≥245", "kPa", G)],
            [
                C("松弛尺寸变化率/%", rs=2),
                "长度",
                *[
                    V(t, R("松弛尺寸变化率", "range", lo, "%", vmax=hi, grade=g, cond=["长度"]))
                    for t, lo, hi, g in (
                        ("−5～+3", -5.0, 3.0, "优等品"),
                        ("−6～+3", -6.0, 3.0, "一等品"),
                        ("−7～+3", -7.0, 3.0, "合格品"),
                    )
                ],
            ],
            [
                "宽度",
                *[
                    V(t, R("松弛尺寸变化率", "range", lo, "%", vmax=hi, grade=g, cond=["宽度"]))
                    for t, lo, hi, g in (
                        ("−5～+5", -5.0, 5.0, "优等品"),
                        ("−6～+5", -6.0, 5.0, "一等品"),
                        ("−7～+5", -7.0, 5.0, "合格品"),
                    )
                ],
            ],
            [C("甲醛含量/（mg/kg）", cs=2), merged("甲醛含量", "<=", "≤75", "mg/kg", G)],
            [C("pH值", cs=2), over("pH值", "4.0～8.5", None, G)],
            [
                C(["可分解致癌芳香胺染料", Fn(DYE)], cs=2),
                C(
                    V(
                        "不得检出",
                        *[R("可分解致癌芳香胺染料", "not_detected", grade=g, cond=[DYE]) for g in G],
                    ),
                    cs=3,
                ),
            ],
        ],
        head=2,
        widths=[34, 18, 35, 35, 36],
    )
    d.h("外观质量", 2)
    d.p("外观疵点按下列规定评等：")
    d.items(
        ["优等品同件色差", V("不低于4级", R("同件色差", ">=", 4.0, "级", grade="优等品")), "；"],
        [
            "一等品和合格品同件色差",
            V(
                "不低于3级",
                R("同件色差", ">=", 3.0, "级", grade="一等品"),
                R("同件色差", ">=", 3.0, "级", grade="合格品"),
            ),
            "；",
        ],
        ["各等级产品不允许有破洞、漏针和明显油污。"],
    )
    d.h("试验方法")
    d.cl(2, "起球：按GB/T 4802.3的规定执行，翻转次数为7 200 r。")
    d.cl(2, "胀破强度：按GB/T 7742.1的规定执行，试验面积为7.3 cm<sup>2</sup>。")
    d.cl(2, "松弛尺寸变化率：按FZ/T 70009的规定执行，采用1×7A程序。")
    d.h("检验规则")
    d.p("以同一品种、同一批原料的产品为一批，内在质量每批抽取3件。")
    d.h("标志、包装、运输和贮存")
    d.p("产品应防蛀、防潮，贮存仓库内温度不宜高于30 ℃。")
    return d
