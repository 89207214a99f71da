"""GB 食品安全国家标准 巧克力、代可可脂巧克力及其制品 (test): a full-grid microbiological table with the
sampling plan n | c | m | M under a spanning header, 0/25 g cells, powers of ten, a method footnote on
the header and a restricting footnote on a row; a physical and chemical table with product columns under
a spanning 指标 header (巧克力 / 代可可脂巧克力), a value merged across both, comparators at the label's
end, a "—" cell; a 感官 table of qualitative cells; contaminant clauses with 不得超过 / 应不高于 (one of
them with two metals), a reference clause (not counted). The levels echo the chocolate product and
hygiene standards as remembered; the number and every figure are invented."""

from kit import FOOD, C, Doc, R, V, plan, references

CHOC, CBS = "巧克力及巧克力制品", "代可可脂巧克力及其制品"
FILLED = "仅适用于含馅料的制品"


def bug(label: str, name: str, n: int, c: int, m: str, big: str, unit, mval, bval, extra=()) -> list:
    cond = [plan(n, c), *extra]
    if big == "—":
        return [C(label, align="l"), str(n), str(c), V(m, R(name, "not_detected", cond=cond, text=m)), "—"]
    return [
        C(label, align="l"),
        str(n),
        str(c),
        V(m, R(name, "<=", mval, unit, cond=cond)),
        V(big, R(name, "<=", bval, unit, cond=cond)),
    ]


def build() -> Doc:
    d = Doc(
        stem="lu_chocolate_01",
        category="巧克力及代可可脂巧克力",
        code="1421",
        kind="GB",
        number="GB 9678.3—2026",
        replaces=["GB 9678.2—2014"],
        title=["食品安全国家标准", "巧克力、代可可脂巧克力及其制品"],
        title_en="National food safety standard—Chocolate, compound chocolate and their products",
        issuers=FOOD,
        issued="2026-04-28",
        effective="2027-04-28",
    )
    d.preface(
        "本标准按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。",
        "本标准代替GB 9678.2—2014《食品安全国家标准　巧克力、代可可脂巧克力及其制品》。",
        "本标准与GB 9678.2—2014相比，主要变化如下：",
        "——修改了理化指标；",
        "——增加了单核细胞增生李斯特氏菌限量。",
    )
    d.h("1", "范围")
    d.p("本标准适用于巧克力、代可可脂巧克力及其制品。")
    references(
        d,
        "2",
        "GB 2760　食品安全国家标准　食品添加剂使用标准",
        "GB 2762　食品安全国家标准　食品中污染物限量",
        "GB 4789.1　食品安全国家标准　食品微生物学检验　总则",
    )
    d.h("3", "术语和定义")
    d.cl(
        "3.1",
        (
            "<b>巧克力</b>　以可可制品（可可脂、可可块或可可液块/巧克力液块、可可油饼"
            "、可可粉）和（或）白砂糖为主要原料，添加或不添加乳制品、食品添加剂，经特定工艺制"
            "成的在常温下保持固体或半固体状态的食品。"
        ),
    )
    d.cl(
        "3.2",
        (
            "<b>代可可脂巧克力</b>　以白砂糖和（或）甜味剂、代可可脂为"
            "主要原料，添加或不添加可可制品、乳制品及食品添加剂，经特"
            "定工艺制成的食品。"
        ),
    )
    d.h("4", "技术要求")
    d.cl("4.1", "原料要求：原料应符合相应的食品标准和有关规定。")
    d.cl("4.2", "感官要求：应符合表1的规定。")
    sensory = [
        ["项　目", "要　求"],
        ["色泽", V("具有产品应有的色泽", R("色泽", "qualitative", text="具有产品应有的色泽"))],
        [
            "滋味、气味",
            V(
                "具有产品应有的滋味和气味，无异味",
                R("滋味、气味", "qualitative", text="具有产品应有的滋味和气味，无异味"),
            ),
        ],
        [
            "状态",
            V(
                "无霉变，无正常视力可见外来异物",
                R("状态", "qualitative", text="无霉变，无正常视力可见外来异物"),
            ),
        ],
    ]
    d.table("1", "感官要求", sensory, widths=[35, 120])
    d.cl("4.3", "理化指标：应符合表2的规定。")
    chem = [
        [C("项　目", rs=2), C("指　标", cs=2), C("检验方法", rs=2)],
        [CHOC, CBS],
        [
            C("干燥失重/（g/100 g）　≤", align="l"),
            C(
                V(
                    "1.5",
                    R("干燥失重", "<=", 1.5, "g/100 g", cond=[CHOC]),
                    R("干燥失重", "<=", 1.5, "g/100 g", cond=[CBS]),
                ),
                cs=2,
            ),
            "GB 5009.3",
        ],
        [
            C("可可脂（以干物质计）/（g/100 g）　≥", align="l"),
            V("18", R("可可脂（以干物质计）", ">=", 18, "g/100 g", cond=[CHOC])),
            "—",
            "GB/T 19343",
        ],
        [
            C("总可可固形物（以干物质计）/（g/100 g）　≥", align="l"),
            V("35", R("总可可固形物（以干物质计）", ">=", 35, "g/100 g", cond=[CHOC])),
            "—",
            "GB/T 19343",
        ],
        [
            C("非脂可可固形物（以干物质计）/（g/100 g）　≥", align="l"),
            V("12", R("非脂可可固形物（以干物质计）", ">=", 12, "g/100 g", cond=[CHOC])),
            "—",
            "GB/T 19343",
        ],
        [
            C("细度/μm　≤", align="l"),
            C(V("35", R("细度", "<=", 35, "μm", cond=[CHOC]), R("细度", "<=", 35, "μm", cond=[CBS])), cs=2),
            "GB/T 19343",
        ],
        [
            C("反式脂肪酸/（g/100 g）　≤", align="l"),
            "—",
            V("3.0", R("反式脂肪酸", "<=", 3.0, "g/100 g", cond=[CBS])),
            "GB 5009.257",
        ],
        [
            C("过氧化值（以脂肪计）/（g/100 g）　≤", align="l"),
            C(
                V(
                    "0.25",
                    R("过氧化值（以脂肪计）", "<=", 0.25, "g/100 g", cond=[CHOC]),
                    R("过氧化值（以脂肪计）", "<=", 0.25, "g/100 g", cond=[CBS]),
                ),
                cs=2,
            ),
            "GB 5009.227",
        ],
    ]
    d.table("2", "理化指标", chem, head=2, widths=[58, 30, 30, 37], notes=["注：“—”表示不要求。"])
    d.cl(
        "4.4",
        "污染物限量：铅（以Pb计）",
        V("不得超过0.5 mg/kg", R("铅（以Pb计）", "<=", 0.5, "mg/kg")),
        "；镍（以Ni计）应不高于",
        V("1.0 mg/kg", R("镍（以Ni计）", "<=", 1.0, "mg/kg")),
        "；其他污染物应符合GB 2762的规定。",
    )
    d.cl(
        "4.5",
        "以可可粉为主要原料的巧克力制品，其镉（以Cd计）和砷（以As计）的含量分别",
        V(
            "不得超过0.3 mg/kg和0.5 mg/kg",
            R("镉（以Cd计）", "<=", 0.3, "mg/kg", cond=["以可可粉为主要原料的巧克力制品"]),
            R("砷（以As计）", "<=", 0.5, "mg/kg", cond=["以可可粉为主要原料的巧克力制品"]),
        ),
        "。",
    )
    d.cl("4.6", "微生物限量：应符合表3的规定。")
    micro = [
        [C("项　目", rs=2), C("采样方案<sup>a</sup>及限量", cs=4), C("检验方法", rs=2)],
        ["n", "c", "m", "M"],
        bug(
            "菌落总数/（CFU/g）",
            "菌落总数",
            5,
            2,
            "10<sup>4</sup>",
            "5×10<sup>4</sup>",
            "CFU/g",
            10000,
            50000,
        )
        + ["GB 4789.2"],
        bug("大肠菌群/（CFU/g）", "大肠菌群", 5, 2, "10", "10<sup>2</sup>", "CFU/g", 10, 100) + ["GB 4789.3"],
        bug("霉菌<sup>b</sup>/（CFU/g）", "霉菌", 5, 2, "50", "10<sup>2</sup>", "CFU/g", 50, 100, (FILLED,))
        + ["GB 4789.15"],
        bug("沙门氏菌", "沙门氏菌", 5, 0, "0/25 g", "—", None, None, None) + ["GB 4789.4"],
        bug(
            "单核细胞增生李斯特氏菌<sup>b</sup>",
            "单核细胞增生李斯特氏菌",
            5,
            0,
            "0/25 g",
            "—",
            None,
            None,
            None,
            (FILLED,),
        )
        + ["GB 4789.30"],
    ]
    d.table(
        "3",
        "微生物限量",
        micro,
        head=2,
        widths=[50, 12, 12, 22, 22, 37],
        footnotes=["a　样品的采集及处理按GB 4789.1执行。", "b　" + FILLED + "。"],
    )
    d.cl("4.7", "食品添加剂和食品营养强化剂的使用应符合GB 2760和GB 14880的规定。")
    d.h("5", "其他")
    d.cl(
        "5.1",
        "代可可脂巧克力及其制品中代可可脂添加量超过5%（按原始配料计算）的，应在产品名称中标示“代可可脂”。",
    )
    d.cl("5.2", "产品应在阴凉干燥处贮存，贮存温度宜不高于25 ℃。")
    return d
