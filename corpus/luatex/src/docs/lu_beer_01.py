"""GB/T 淡色啤酒 (test): a full-grid physical and chemical table with two grade columns (优级 / 一级) whose
rows nest by original-wort class under a parent quantity (酒精度 and 总酸 each over a column of
原麦汁浓度 classes), values merged across both grades, a range merged across the grades (二氧化碳), a
qualitative cell (蔗糖转化酶活性 呈阳性), a parent row spanning the table; a 感官 table with grade
columns, a range (色度), ranges and tolerances; a clause with 应不低于 and a clause of the label's
tolerance; the alcohol formula in the methods (not gold). The levels echo GB/T 4927 as remembered; the
number and every figure are invented."""

from kit import SAMR, C, Doc, R, V, common_front, references

GRADES = ["优级", "一级"]
ALC = "酒精度"
ACID = "总酸"


def merged(name: str, cmp: str, text: str, unit: str | None, cond=(), vmax=None, value=None) -> C:
    v = float(text) if value is None else value
    return C(V(text, *[R(name, cmp, v, unit, grade=g, cond=list(cond), vmax=vmax) for g in GRADES]), cs=2)


def pair(name: str, cmp: str, texts: list[str], unit: str | None, cond=()) -> list:
    return [
        V(t, R(name, cmp, float(t), unit, grade=g, cond=list(cond)))
        for t, g in zip(texts, GRADES, strict=True)
    ]


def build() -> Doc:
    d = Doc(
        stem="lu_beer_01",
        category="啤酒",
        code="1513",
        kind="GB/T",
        number="GB/T 4927—2026",
        replaces=["GB/T 4927—2008"],
        title=["啤酒"],
        title_en="Beer",
        ics="67.160.10",
        ccs="X 62",
        issuers=SAMR,
        issued="2026-10-12",
        effective="2027-05-01",
    )
    common_front(
        d,
        "GB/T 4927—2008《啤酒》",
        "中国轻工业联合会",
        "全国酿酒标准化技术委员会（SAC/TC 471）",
        ["——删除了浓色啤酒和黑色啤酒的要求；", "——修改了双乙酰指标；", "——增加了浊度的要求。"],
    )
    d.h("1", "范围")
    d.p("本文件规定了淡色啤酒的技术要求、检验规则、标志、包装、运输和贮存，描述了相应的试验方法。")
    d.p("本文件适用于以麦芽、水为主要原料，加啤酒花，经酵母发酵酿制而成的含有二氧化碳、起泡的淡色啤酒。")
    references(
        d,
        "2",
        "GB 2758　食品安全国家标准　发酵酒及其配制酒",
        "GB/T 4928　啤酒分析方法",
        "GB 7718　食品安全国家标准　预包装食品标签通则",
    )
    d.h("3", "术语和定义")
    d.cl("3.1", "<b>原麦汁浓度</b>　以质量分数表示的发酵前麦汁中的浸出物含量，单位为柏拉图度（°P）。")
    d.cl("3.2", "<b>淡色啤酒</b>　色度在2 EBC～14 EBC之间的啤酒。")
    d.h("4", "技术要求")
    d.cl("4.1", "感官要求应符合表1的规定。")
    sensory = [
        [C("项　目", cs=2), "优级", "一级"],
        [
            C("外观", rs=2),
            "透明度",
            C(
                V(
                    "清亮，允许有肉眼可见的微细悬浮物和沉淀物（非外来异物）",
                    *[
                        R(
                            "透明度",
                            "qualitative",
                            grade=g,
                            cond=["外观"],
                            text="清亮，允许有肉眼可见的微细悬浮物和沉淀物（非外来异物）",
                        )
                        for g in GRADES
                    ],
                ),
                cs=2,
            ),
        ],
        ["浊度/EBC　≤", *pair("浊度", "<=", ["0.9", "1.2"], "EBC", cond=["外观"])],
        [C("泡沫", rs=2), "泡持性/s　≥", *pair("泡持性", ">=", ["180", "130"], "s", cond=["泡沫"])],
        [
            "形态",
            C(
                V(
                    "泡沫洁白细腻，持久挂杯",
                    *[
                        R("形态", "qualitative", grade=g, cond=["泡沫"], text="泡沫洁白细腻，持久挂杯")
                        for g in GRADES
                    ],
                ),
                cs=2,
            ),
        ],
        [C("色度/EBC", cs=2), merged("色度", "range", "2.0～14", "EBC", vmax=14.0, value=2.0)],
        [
            C("香气和口味", cs=2),
            V(
                "有明显的酒花香气，口味纯正，爽口，酒体协调，柔和，无异香、异味",
                R(
                    "香气和口味",
                    "qualitative",
                    grade="优级",
                    text="有明显的酒花香气，口味纯正，爽口，酒体协调，柔和，无异香、异味",
                ),
            ),
            V(
                "有较明显的酒花香气，口味纯正，较爽口，无异香、异味",
                R(
                    "香气和口味",
                    "qualitative",
                    grade="一级",
                    text="有较明显的酒花香气，口味纯正，较爽口，无异香、异味",
                ),
            ),
        ],
    ]
    d.table("1", "感官要求", sensory, widths=[22, 33, 50, 50])
    d.cl("4.2", "理化要求应符合表2的规定。")
    classes = ["≥14.1", "12.1～14.0", "11.1～12.0", "10.1～11.0", "8.1～10.0", "≤8.0"]
    alcohol = ["5.2", "4.5", "4.1", "3.7", "3.3", "2.5"]
    rows: list = [
        [C("项　目", cs=2), "优级", "一级"],
        [
            C("酒精度/（%vol）　≥", rs=6),
            "原麦汁浓度≥14.1 °P",
            merged(ALC, ">=", alcohol[0], "%vol", cond=["原麦汁浓度≥14.1 °P"]),
        ],
    ]
    for cls, text in zip(classes[1:], alcohol[1:], strict=True):
        label = f"原麦汁浓度{cls} °P"
        rows.append([label, merged(ALC, ">=", text, "%vol", cond=[label])])
    rows += [
        [C("原麦汁浓度/°P　≥", cs=2), C("X−0.3", cs=2)],
        [
            C("总酸/（mL/100 mL）　≤", rs=3),
            "原麦汁浓度≥14.1 °P",
            merged(ACID, "<=", "3.0", "mL/100 mL", cond=["原麦汁浓度≥14.1 °P"]),
        ],
        ["原麦汁浓度10.1～14.0 °P", merged(ACID, "<=", "2.6", "mL/100 mL", cond=["原麦汁浓度10.1～14.0 °P"])],
        ["原麦汁浓度≤10.0 °P", merged(ACID, "<=", "2.2", "mL/100 mL", cond=["原麦汁浓度≤10.0 °P"])],
        [
            C("二氧化碳（质量分数）/%", cs=2),
            merged("二氧化碳（质量分数）", "range", "0.35～0.65", "%", vmax=0.65, value=0.35),
        ],
        [C("双乙酰/（mg/L）　≤", cs=2), *pair("双乙酰", "<=", ["0.10", "0.15"], "mg/L")],
        [
            C("蔗糖转化酶活性<sup>a</sup>", cs=2),
            C(
                V("呈阳性", *[R("蔗糖转化酶活性", "qualitative", grade=g, text="呈阳性") for g in GRADES]),
                cs=2,
            ),
        ],
    ]
    d.table(
        "2",
        "理化要求",
        rows,
        widths=[38, 47, 35, 35],
        notes=["注：X为标签上标注的原麦汁浓度，原麦汁浓度不作判定时可不检验。"],
        footnotes=["a　仅对“生啤酒”和“鲜啤酒”有要求。"],
    )
    d.cl(
        "4.3",
        "瓶装、听装啤酒的净含量负偏差应符合《定量包装商品计量监督管理办法》的规定；桶装啤酒的净含量",
        V("应不低于标签标示量的99.0%", R("净含量", ">=", 99.0, "%", cond=["桶装啤酒", "标签标示量的"])),
        "。",
    )
    d.cl("4.4", "食品安全要求应符合GB 2758的规定。")
    d.h("5", "试验方法")
    d.cl("5.1", "酒精度按GB/T 4928规定的密度瓶法测定，以20 ℃时的体积分数表示，按公式（1）由质量分数换算：")
    d.math(r"\varphi=\frac{w\times\rho}{0.789\ 24}", "1")
    d.where(
        "<m>\\varphi</m>——试样的酒精度，%vol；",
        "<m>w</m>——试样中酒精的质量分数，%；",
        "<m>\\rho</m>——试样在20 ℃时的密度，单位为克每立方厘米（g/cm<sup>3</sup>）；",
        "<m>0.789\\ 24</m>——乙醇在20 ℃时的密度，单位为克每立方厘米（g/cm<sup>3</sup>）。",
    )
    d.cl("5.2", "其他项目按GB/T 4928规定的方法测定。")
    d.h("6", "检验规则")
    d.cl("6.1", "同一生产日期、同一品种、同一规格的产品为一批。")
    d.cl(
        "6.2",
        "出厂检验项目为感官要求、酒精度、原麦汁浓度、二氧化碳、双乙酰和净含量；型式检验每半年进行一次。",
    )
    d.h("7", "标志、包装、运输和贮存")
    d.cl("7.1", "标签应标示原麦汁浓度和酒精度，生啤酒和鲜啤酒应标示“生啤酒”或“鲜啤酒”。")
    d.cl("7.2", "产品应在5 ℃～25 ℃的阴凉处贮存，不应暴晒或冷冻。")
    return d
