"""DB64/T-style 宁夏地方标准 枸杞干果等级规格 (dev): a sensory table and a physico-chemical table with grade
columns 特优 / 特级 / 甲级 / 乙级 and a 单位 column, comparators as signs in the cells (≤280, ≥3.0), values
merged across two or four grades, a 不允许 row, a basis footnote, notes 注1 / 注2; a 分别 tolerance per grade;
a clause limit with a subscript formula.  Echoes the structure of the Ningxia local standards on dried
wolfberry; every figure here is invented for this corpus."""

from kit import C, Doc, R, V, qm

GRADES = ["特优", "特级", "甲级", "乙级"]


def all4(text, name, cmp, v, unit, cond=()):
    return C(V(text, *[R(name, cmp, v, unit, grade=g, cond=cond) for g in GRADES]), cs=4)


def build() -> Doc:
    d = Doc(
        stem="wp_wolfberry_01",
        category="枸杞干果",
        code="1373",
        kind="DB/T",
        mark="DB64",
        region="宁夏回族自治区地方标准",
        number="DB64/T 1820—2026",
        title=["枸杞干果等级规格"],
        title_en="Grades and specifications of dried wolfberry fruit",
        replaces=["DB64/T 1820—2019"],
        ics="67.080.10",
        ccs="B 31",
        issuers=["宁夏回族自治区市场监督管理厅"],
        issued="2026-02-10",
        effective="2026-05-10",
    )
    d.preface(
        "本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。",
        "本文件代替DB64/T 1820—2019《枸杞干果等级规格》，与DB64/T 1820—2019相比，主要技术变化如下：",
        "——增加了特优等级；",
        "——修改了粒度和百粒重指标；",
        "——增加了二氧化硫残留量要求。",
        "本文件由宁夏回族自治区林业和草原局提出并归口。",
        "本文件起草单位：宁夏枸杞产业发展中心、宁夏回族自治区食品检测研究院。",
    )
    d.h("1", "范围")
    d.p("本文件规定了枸杞干果的等级规格要求、检验方法、检验规则和包装、标志、贮存。")
    d.p("本文件适用于宁夏回族自治区行政区域内生产、经营的枸杞（Lycium barbarum L.）干果。")
    d.h("2", "规范性引用文件")
    d.p(
        "下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其中，注日期的引用文件，仅该日期"
        "对应的版本适用于本文件；不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。"
    )
    for ref in (
        "GB 2762　食品安全国家标准　食品中污染物限量",
        "GB 2763　食品安全国家标准　食品中农药最大残留限量",
        "GB 5009.3　食品安全国家标准　食品中水分的测定",
        "GB/T 18672　枸杞",
    ):
        d.p(ref)
    d.h("3", "术语和定义")
    d.cl("3.1", "<b>粒度</b>　每50 g枸杞干果所含的果粒数。")
    d.cl("3.2", "<b>不完善粒</b>　破碎粒、油果、未成熟粒及虫蛀粒的统称。")
    d.cl("3.3", "<b>无使用价值颗粒</b>　霉变、被污染或严重虫蛀，失去食用价值的果粒。")
    d.h("4", "要求")
    d.h("4.1", "基本要求")
    d.p("果实应充分成熟，经自然晾晒或热风干燥制成，不得使用硫磺熏蒸，不得添加色素。")
    d.h("4.2", "感官指标")
    d.p("各等级枸杞干果的感官指标应符合表1的规定。")
    d.table(
        "1",
        "感官指标",
        [
            ["项目", *GRADES],
            ["形状", C(qm("形状", "类纺锤形，略扁，稍皱缩", GRADES), cs=4)],
            [
                "色泽",
                C(qm("色泽", "果皮鲜红、紫红或枣红色", GRADES[:2]), cs=2),
                C(qm("色泽", "果皮红色或暗红色", GRADES[2:]), cs=2),
            ],
            ["滋味、气味", C(qm("滋味、气味", "具有枸杞应有的滋味和气味，无异味", GRADES), cs=4)],
            [
                "杂质",
                C(
                    V("不得检出", *[R("杂质", "not_detected", text="不得检出", grade=g) for g in GRADES]),
                    cs=4,
                ),
            ],
        ],
        widths=[30, 34, 34, 34, 34],
        style="outer",
    )
    d.h("4.3", "理化指标")
    d.p("各等级枸杞干果的理化指标应符合表2的规定。")
    g = "以干基计"

    def per(name, unit, texts, cmp, cond=()):
        return [
            V(t, R(name, cmp, float(t.lstrip("≤≥")), unit, grade=gr, cond=cond))
            for t, gr in zip(texts, GRADES, strict=False)
        ]

    def two(name, unit, first, second, cmp, cond=()):
        return [
            C(
                V(
                    first,
                    *[
                        R(name, cmp, float(first.lstrip("≤≥")), unit, grade=gr, cond=cond)
                        for gr in GRADES[:2]
                    ],
                ),
                cs=2,
            ),
            C(
                V(
                    second,
                    *[
                        R(name, cmp, float(second.lstrip("≤≥")), unit, grade=gr, cond=cond)
                        for gr in GRADES[2:]
                    ],
                ),
                cs=2,
            ),
        ]

    d.table(
        "2",
        "理化指标",
        [
            ["项目", "单位", *GRADES],
            [
                C("粒度", align="l"),
                "粒/50 g",
                *per("粒度", "粒/50 g", ["≤280", "≤370", "≤580", "≤900"], "<="),
            ],
            [C("百粒重", align="l"), "g", *per("百粒重", "g", ["≥17.8", "≥13.5", "≥8.6", "≥5.6"], ">=")],
            [
                C("枸杞多糖<sup>a</sup>", align="l"),
                "g/100 g",
                *two("枸杞多糖", "g/100 g", "≥3.0", "≥2.5", ">=", [g]),
            ],
            [C("水分", align="l"), "%", all4("≤13.0", "水分", "<=", 13.0, "%")],
            [
                C("总糖（以葡萄糖计）<sup>a</sup>", align="l"),
                "g/100 g",
                *per("总糖（以葡萄糖计）", "g/100 g", ["≥45.0", "≥45.0", "≥39.8", "≥39.8"], ">=", [g]),
            ],
            [
                C("蛋白质<sup>a</sup>", align="l"),
                "g/100 g",
                all4("≥10.0", "蛋白质", ">=", 10.0, "g/100 g", [g]),
            ],
            [C("脂肪<sup>a</sup>", align="l"), "g/100 g", all4("≤5.0", "脂肪", "<=", 5.0, "g/100 g", [g])],
            [C("灰分<sup>a</sup>", align="l"), "g/100 g", all4("≤6.0", "灰分", "<=", 6.0, "g/100 g", [g])],
            [
                C("不完善粒质量比", align="l"),
                "%",
                *per("不完善粒质量比", "%", ["≤1.0", "≤1.5", "≤3.0", "≤3.0"], "<="),
            ],
            [C("无使用价值颗粒", align="l"), "—", C(qm("无使用价值颗粒", "不允许", GRADES), cs=4)],
        ],
        widths=[46, 22, 24, 24, 24, 24],
        notes=["注1：粒度按随机抽取的50 g样品中的果粒数计。", "注2：百粒重按随机抽取的100粒果实的质量计。"],
        footnotes=["<sup>a</sup>　以干基计。"],
    )
    d.h("4.4", "容许度")
    d.p(
        "按质量计，特优、特级、甲级和乙级枸杞干果中不符合该等级要求的果粒分别不超过",
        V("5%", R("容许度", "<=", 5, "%", grade="特优", cond=["按质量计"])),
        "、",
        V("5%", R("容许度", "<=", 5, "%", grade="特级", cond=["按质量计"])),
        "、",
        V("8%", R("容许度", "<=", 8, "%", grade="甲级", cond=["按质量计"])),
        "和",
        V("10%", R("容许度", "<=", 10, "%", grade="乙级", cond=["按质量计"])),
        "，但不得有无使用价值颗粒。",
    )
    d.h("4.5", "安全指标")
    d.cl("4.5.1", "污染物限量应符合GB 2762的规定，农药最大残留限量应符合GB 2763的规定。")
    d.cl(
        "4.5.2",
        "二氧化硫残留量（以SO<sub>2</sub>计）应不大于",
        V("10 mg/kg", R("二氧化硫残留量（以SO2计）", "<=", 10, "mg/kg")),
        "。",
    )
    d.h("5", "检验方法")
    d.cl(
        "5.1",
        "感官指标：取样品约200 g置于白色瓷盘中，在自然光下目测形状、色泽和杂质，鼻嗅其气味，口尝其滋味。",
    )
    d.cl("5.2", "粒度：随机称取样品50 g（精确至0.1 g），计数果粒数。")
    d.cl("5.3", "水分：按GB 5009.3规定的方法测定，干燥温度（65±2）℃。")
    d.h("6", "检验规则")
    d.cl("6.1", "同一产地、同一等级、同一批次收获并干制的枸杞干果为一批，每批抽样量不少于1 kg。")
    d.cl(
        "6.2",
        "检验结果中有一项指标不符合本文件要求时，可加倍抽样复检；复检仍不合格的，按实测结果降级或判为等外品。",
    )
    d.h("7", "包装、标志和贮存")
    d.cl("7.1", "包装应清洁、干燥、无异味，标签应注明产品名称、等级、产地、净含量和生产日期。")
    d.cl("7.2", "产品宜在0 ℃～10 ℃、相对湿度不超过60%的冷库中贮存，不得与有毒、有害、有异味的物品混存。")
    return d
