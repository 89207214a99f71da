"""Q/-style 企业标准 藕粉 (test): a food enterprise standard in the sans body; sensory requirements in a
bracketed list; a physical and chemical table typed with spaces in a monospaced face, the comparator in a
column of its own (a blank one for a pH range); a sampling-plan table typed with spaces as well, counts
printed as plain numbers; a lead limit in a sentence.  Echoes enterprise standards for lotus root starch
(GB/T 25733); every figure here is invented for this corpus."""

from kit import Doc, R, V, ql


def build() -> Doc:
    d = Doc(
        stem="mu_lotuspowder_01",
        category="藕粉",
        code="1391",
        kind="Q",
        mark="Q/XHOX",
        number="Q/XHOX 0005S—2026",
        title=["藕粉"],
        replaces=[],
        ics="67.180.20",
        ccs="X 31",
        issuers=["杭州西湖藕香食品有限公司"],
        issued="2026-01-22",
        effective="2026-02-01",
        face="hei",
        folio="count",
    )
    d.preface(
        "本标准按照GB/T 1.1—2020给出的规则起草。",
        "本标准为首次发布。",
        "本标准起草单位：杭州西湖藕香食品有限公司。",
        "本标准主要起草人：陆建明、俞春花。",
    )
    d.h("1", "范围")
    d.p("本标准规定了藕粉的要求、试验方法、检验规则和标签、包装、运输、贮存。")
    d.p(
        "本标准适用于以鲜莲藕为原料，经清洗、磨浆、过滤、沉淀、干燥、粉碎等工序制成的纯藕粉，不适用于添加糖、果仁的调制藕粉。"
    )
    d.h("2", "规范性引用文件")
    for ref in (
        "GB 2760　食品安全国家标准　食品添加剂使用标准",
        "GB 2762　食品安全国家标准　食品中污染物限量",
        "GB 5009.34　食品安全国家标准　食品中二氧化硫的测定",
        "GB/T 25733　藕粉",
    ):
        d.p(ref, indent=False)
    d.h("3", "要求")
    d.h("3.1", "原料")
    d.p("鲜莲藕应新鲜、无腐烂，生产用水应符合GB 5749的规定。")
    d.h("3.2", "感官要求")
    d.item("（1）", "色泽：", ql("色泽", "呈白色至淡红色，色泽均匀"), "；")
    d.item("（2）", "气味和滋味：", ql("气味和滋味", "具有藕粉固有的清香味，无异味"), "；")
    d.item("（3）", "组织状态：", ql("组织状态", "粉末或片状，冲调后呈透明或半透明糊状，无杂质"), "。")
    d.h("3.3", "理化指标")
    d.table(
        "1",
        "理化指标",
        [
            ["项　目", "", "指　标"],
            ["水分/（g/100g）", "≤", V("15.0", R("水分", "<=", 15.0, "g/100g"))],
            ["淀粉/（g/100g）", "≥", V("80", R("淀粉", ">=", 80.0, "g/100g"))],
            ["灰分/（g/100g）", "≤", V("0.6", R("灰分", "<=", 0.6, "g/100g"))],
            ["斑点/（个/cm²）", "≤", V("3.0", R("斑点", "<=", 3.0, "个/cm²"))],
            ["细度（150 μm筛通过率）/%", "≥", V("98", R("细度（150 μm筛通过率）", ">=", 98.0, "%"))],
            ["pH值", "", V("6.0～7.5", R("pH值", "range", 6.0, None, vmax=7.5))],
            [
                "二氧化硫残留量（以SO2计）/（g/kg）",
                "≤",
                V("0.03", R("二氧化硫残留量（以SO2计）", "<=", 0.03, "g/kg")),
            ],
        ],
        font=9,
        style="spaced",
    )
    d.h("3.4", "污染物限量")
    d.p(
        "铅（以Pb计）应",
        V("不大于0.5 mg/kg", R("铅（以Pb计）", "<=", 0.5, "mg/kg")),
        "，其他污染物应符合GB 2762的规定。",
    )
    d.h("3.5", "微生物限量")
    d.table(
        "2",
        "微生物限量",
        [
            ["项目", "n", "c", "m", "M"],
            [
                "菌落总数/（CFU/g）",
                "5",
                "2",
                V("10000", R("菌落总数", "<=", 10000.0, "CFU/g", cond=["n=5,c=2"])),
                V("100000", R("菌落总数", "<=", 100000.0, "CFU/g", cond=["n=5,c=2"])),
            ],
            [
                "大肠菌群/（CFU/g）",
                "5",
                "2",
                V("10", R("大肠菌群", "<=", 10.0, "CFU/g", cond=["n=5,c=2"])),
                V("100", R("大肠菌群", "<=", 100.0, "CFU/g", cond=["n=5,c=2"])),
            ],
        ],
        font=9,
        notes=["注：样品的采样及处理按GB 4789.1执行。"],
        style="spaced",
    )
    d.h("3.6", "食品添加剂")
    d.p("食品添加剂的使用应符合GB 2760的规定。")
    d.h("4", "试验方法")
    d.p("斑点和细度按GB/T 25733的规定测定；二氧化硫残留量按GB 5009.34测定。")
    d.h("5", "检验规则")
    d.p("出厂检验项目为感官要求、水分、斑点和菌落总数。每批随机抽取6袋，其中3袋检验，3袋留样。")
    d.h("6", "标签、包装、运输、贮存")
    d.p("产品应贮存在清洁、干燥、通风、无异味的仓库内，离地离墙不少于10 cm，保质期24个月。")
    return d
