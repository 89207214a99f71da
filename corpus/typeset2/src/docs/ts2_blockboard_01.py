"""GB/T 5849-style 细木工板 (test): a fully boxed table with grade columns 优等品 / 一等品 / 合格品, labels
nested (横向静曲强度 / by thickness), values merged across grades, a range and a qualitative cell; a
fully boxed table whose rows are test conditions (干状, 湿状 after two soaks) and whose column headers
carry the names (胶合强度, 木破率) over the board classes I类 / II类 (conditions); clause limits with 应,
不应, 不得, 须, 必须, a class code (E1级) as a qualitative value beside its number, a centred tolerance, a
tolerance without a centre and a 分别 list.  The structure echoes GB/T 5849 as remembered; every figure
is invented."""

from kit import SAMR, C, Doc, R, V, common_front, references

GRADES = ["优等品", "一等品", "合格品"]
CLASSES = ["I类", "II类"]


def graded(name, cmp, unit, texts, cond=()):
    """Cells for the three grades; None merges a grade into the cell before it."""
    cells, i = [], 0
    while i < 3:
        span = 1
        while i + span < 3 and texts[i + span] is None:
            span += 1
        text = texts[i]
        recs = []
        for g in GRADES[i : i + span]:
            if cmp == "range":
                low, high = text.split("～")
                recs.append(R(name, "range", float(low), unit, grade=g, cond=cond, vmax=float(high)))
            elif cmp == "qualitative":
                recs.append(R(name, "qualitative", grade=g, cond=cond, text=text))
            else:
                recs.append(R(name, cmp, float(text), unit, grade=g, cond=cond))
        cells.append(C(V(text, *recs), cs=span) if span > 1 else V(text, *recs))
        i += span
    return cells


def build() -> Doc:
    d = Doc(
        stem="ts2_blockboard_01",
        category="细木工板",
        code="2021",
        kind="GB/T",
        number="GB/T 5849—2026",
        replaces=["GB/T 5849—2016"],
        title=["细木工板"],
        title_en="Blockboard",
        ics="79.060.10",
        ccs="B 70",
        issuers=SAMR,
        issued="2026-05-29",
        effective="2026-12-01",
    )
    common_front(
        d,
        "GB/T 5849—2016《细木工板》",
        "国家林业和草原局",
        "全国人造板标准化技术委员会（SAC/TC 198）",
        [
            "——修改了横向静曲强度的要求（见表1）；",
            "——增加了木破率的要求（见表2）；",
            "——修改了甲醛释放限量的表述（见4.4）。",
        ],
    )
    d.h("1", "范围")
    d.p("本文件规定了细木工板的分类、要求、检验规则和标志、包装、运输和贮存，描述了相应的试验方法。")
    d.p("本文件适用于以实木拼板或实木条为芯层，两面覆以单板或胶合板制成的普通细木工板。")
    references(
        d,
        "2",
        "GB/T 17657　人造板及饰面人造板理化性能试验方法",
        "GB 18580　室内装饰装修材料　人造板及其制品中甲醛释放限量",
        "GB/T 19367　人造板的尺寸测定",
        "GB/T 39600　人造板及其制品甲醛释放量分级",
    )
    d.h("3", "分类")
    d.cl("3.1", "按胶合性能分为I类细木工板（耐气候、耐沸水）和II类细木工板（耐潮）。")
    d.cl("3.2", "按外观质量和理化性能分为优等品、一等品和合格品三个等级。")
    d.h("4", "要求")
    d.cl("4.1", "理化性能应符合表1的规定。")
    rows = [
        [C("项　　目", rs=2, cs=2), C("指　　标", cs=3)],
        GRADES,
        [C("含水率/%", cs=2, align="l"), *graded("含水率", "range", "%", ["6.0～14.0", None, None])],
        [
            C("横向静曲强度/MPa　≥", rs=2, align="l"),
            "公称厚度≤16 mm",
            *graded("横向静曲强度", ">=", "MPa", ["18.0", "15.0", "12.0"], ["公称厚度≤16 mm"]),
        ],
        [
            "公称厚度＞16 mm",
            *graded("横向静曲强度", ">=", "MPa", ["16.0", "13.0", "10.0"], ["公称厚度＞16 mm"]),
        ],
        [
            C("表面胶合强度/MPa　≥", cs=2, align="l"),
            *graded("表面胶合强度", ">=", "MPa", ["0.70", "0.60", None]),
        ],
        [
            C("浸渍剥离性能", cs=2, align="l"),
            C(
                V(
                    "试件每个胶层上每一边剥离长度均不超过25 mm",
                    *[
                        R("浸渍剥离性能", "<=", 25, "mm", grade=g, cond=["试件每个胶层上每一边剥离长度"])
                        for g in GRADES
                    ],
                ),
                cs=3,
            ),
        ],
    ]
    d.table("1", "理化性能", rows, head=2, widths=[34, 34, 30, 30, 30], style="grid")
    d.cl("4.2", "胶合强度：各类细木工板的胶合强度和木破率应符合表2的规定。")
    glue = [
        [C("试验条件", rs=2), C("胶合强度/MPa　≥", cs=2), C("木破率/%　≥", cs=2)],
        [*CLASSES, *CLASSES],
    ]
    for cond, strength, wood in [
        ("干状", ["1.00", "0.90"], ["60", "50"]),
        ("湿状（63 ℃热水浸渍3 h）", ["—", "0.70"], ["—", "40"]),
        ("湿状（沸水煮4 h）", ["0.70", "—"], ["40", "—"]),
    ]:
        row: list = [C(cond, align="l")]
        for name, unit, texts in [("胶合强度", "MPa", strength), ("木破率", "%", wood)]:
            for cls, text in zip(CLASSES, texts, strict=True):
                row.append(
                    text if text == "—" else V(text, R(name, ">=", float(text), unit, cond=[cond, cls]))
                )
        glue.append(row)
    d.table(
        "2",
        "胶合强度和木破率",
        glue,
        head=2,
        widths=[46, 26, 26, 26, 26],
        style="grid",
        notes=[
            (
                "注：“—”表示不检测。I类细木工板检测干状和沸水煮后的湿状胶合强度，II类细木工"
                "板检测干状和63 ℃热水浸渍后的湿状胶合强度。"
            )
        ],
    )
    d.cl(
        "4.3",
        "规格尺寸：公称厚度为18 mm的细木工板，其厚度须为",
        V("（18.0±0.5）mm", R("厚度", "tolerance", 18.0, "mm", tol=0.5, cond=["公称厚度为18 mm的细木工板"])),
        "；长度和宽度的偏差",
        V("不应超过±2.0 mm", R("长度和宽度的偏差", "range", -2.0, "mm", vmax=2.0)),
        "；翘曲度",
        V("分别不大于0.2%", R("翘曲度", "<=", 0.2, "%", grade="优等品")),
        "（优等品）、",
        V("0.5%", R("翘曲度", "<=", 0.5, "%", grade="一等品")),
        "（一等品）和",
        V("1.0%", R("翘曲度", "<=", 1.0, "%", grade="合格品")),
        "（合格品）。",
    )
    d.cl(
        "4.4",
        "甲醛释放：室内用细木工板的甲醛释放量等级必须达到GB/T 39600规定的",
        V("E1级", R("甲醛释放量等级", "qualitative", cond=["室内用细木工板"], text="E1级")),
        "，即按1 m<sup>3</sup>气候箱法测定的甲醛释放量",
        V(
            "不得超过0.124 mg/m<sup>3</sup>",
            R("甲醛释放量", "<=", 0.124, "mg/m³", cond=["室内用细木工板", "1 m³气候箱法"]),
        ),
        "。",
    )
    d.cl(
        "4.5",
        "外观：芯条拼接应紧密，芯条之间的离缝宽度应",
        V("不大于3 mm", R("芯条之间的离缝宽度", "<=", 3, "mm")),
        "；面板不得有开胶、鼓泡。",
    )
    d.h("5", "试验方法")
    d.cl("5.1", "含水率、静曲强度、胶合强度、表面胶合强度和浸渍剥离按GB/T 17657进行；尺寸按GB/T 19367测定。")
    d.cl("5.2", "横向静曲强度试件长度为公称厚度的20倍加50 mm，宽度为（50±1）mm，跨距为公称厚度的20倍。")
    d.cl("5.3", "翘曲度按式（1）计算：")
    d.math(r"F = \frac{h}{l} \times 100\%", "1")
    d.where(
        "<m>F</m>——翘曲度，%；",
        "<m>h</m>——最大弦高，单位为毫米（mm）；",
        "<m>l</m>——对角线长度，单位为毫米（mm）。",
    )
    d.h("6", "检验规则")
    d.cl("6.1", "出厂检验项目为外观质量、规格尺寸、含水率和胶合强度；型式检验项目为第4章的全部项目。")
    d.cl("6.2", "外观质量和规格尺寸按张检验；理化性能在每批产品中随机抽取2张制作试件。")
    d.cl("6.3", "理化性能有一项不合格时，应在同批产品中加倍抽样复检，复检后仍不合格的，判该批产品不合格。")
    d.h("7", "标志、包装、运输和贮存")
    d.cl("7.1", "每张产品背面应加盖标记，标明生产厂名、类别、等级、甲醛释放量等级和生产日期。")
    d.cl("7.2", "产品应按类别、规格、等级分别包装，平放堆垛，堆垛底层应离地不小于100 mm。")
    return d
