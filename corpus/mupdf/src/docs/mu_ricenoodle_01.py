"""DB45/T-style 地方标准 鲜湿米粉 (dev): a provincial local standard in a serif body; sensory requirements
as a list ① ② ③; a physical and chemical table typed with spaces in a monospaced face (no rules, no
shading), the comparator in a column of its own and the two product types (切粉 / 榨粉) as columns; a
microbiological table held by tab stops with no rule at all (sampling plans and a single limit); a lead
limit in a sentence.  Echoes local standards on fresh rice noodles; every figure here is invented for this
corpus."""

from kit import Doc, R, V, ql

CUT, PRESS = "切粉", "榨粉"


def pair(name: str, unit: str | None, cmp: str, a: str, b: str) -> list:
    out = []
    for text, kind in ((a, CUT), (b, PRESS)):
        if cmp == "range":
            low, high = (float(x) for x in text.split("～"))
            out.append(V(text, R(name, "range", low, unit, cond=[kind], vmax=high)))
        else:
            out.append(V(text, R(name, cmp, float(text), unit, cond=[kind])))
    return out


def build() -> Doc:
    d = Doc(
        stem="mu_ricenoodle_01",
        category="鲜湿米粉",
        code="1431",
        kind="DB/T",
        mark="DB45",
        region="广西壮族自治区地方标准",
        number="DB45/T 2718—2026",
        title=["鲜湿米粉"],
        title_en="Fresh wet rice noodles",
        replaces=["DB45/T 1102—2015"],
        ics="67.060",
        ccs="X 11",
        issuers=["广西壮族自治区市场监督管理局"],
        issued="2026-02-10",
        effective="2026-03-10",
        face="song",
        folio="plain",
    )
    d.preface(
        "本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。",
        "本文件代替DB45/T 1102—2015《鲜湿米粉》，"
        "与DB45/T 1102—2015相比，除结构调整和编辑性改动外，主要技术变化如下："
        "a）增加了榨粉的理化指标；b）更改了水分指标；c）删除了过氧化值指标。",
        "本文件由广西壮族自治区粮食和物资储备局提出并宣贯。",
        "本文件起草单位：广西壮族自治区产品质量检验研究院、南宁市米粉行业协会、桂林桂花米粉有限公司。",
    )
    d.h("1", "范围")
    d.p("本文件规定了鲜湿米粉的产品分类、技术要求、检验规则以及标志、包装、运输和贮存。")
    d.p(
        "本文件适用于以大米为主要原料，经浸泡、磨浆、蒸粉、成型（切条或挤压）等工序制成的未经干燥的鲜湿米粉。"
    )
    d.h("2", "规范性引用文件")
    d.p("下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。")
    for ref in (
        "GB 1354　大米",
        "GB 2760　食品安全国家标准　食品添加剂使用标准",
        "GB 2762　食品安全国家标准　食品中污染物限量",
        "GB 4789.15　食品安全国家标准　食品微生物学检验　霉菌和酵母计数",
        "GB 5749　生活饮用水卫生标准",
    ):
        d.p(ref, indent=False)
    d.h("3", "产品分类")
    d.p("按成型方式分为切粉（蒸制成片后切条）和榨粉（挤压成型）。")
    d.h("4", "技术要求")
    d.h("4.1", "原料要求")
    d.item("（1）", "大米应符合GB 1354的规定，不得使用霉变大米；")
    d.item("（2）", "生产用水应符合GB 5749的规定。")
    d.h("4.2", "感官要求")
    d.item("①", "色泽：", ql("色泽", "洁白或微黄，有光泽"), "；")
    d.item("②", "滋味和气味：", ql("滋味和气味", "具有米粉固有的米香味，无酸味、无异味"), "；")
    d.item("③", "组织形态：", ql("组织形态", "粗细均匀，柔软有弹性，无夹生，无肉眼可见杂质"), "。")
    d.h("4.3", "理化指标")
    d.p("理化指标应符合表1的规定。")
    d.table(
        "1",
        "理化指标",
        [
            ["项　目", "", CUT, PRESS],
            ["水分/（g/100g）", "", *pair("水分", "g/100g", "range", "60.0～70.0", "55.0～68.0")],
            ["酸度/°T", "≤", *pair("酸度", "°T", "<=", "6.0", "5.0")],
            ["断条率/%", "≤", *pair("断条率", "%", "<=", "10", "8")],
            ["蒸煮损失率/%", "≤", *pair("蒸煮损失率", "%", "<=", "8.0", "6.0")],
            [
                "二氧化硫残留量（以SO2计）/（g/kg）",
                "≤",
                *pair("二氧化硫残留量（以SO2计）", "g/kg", "<=", "0.03", "0.03"),
            ],
        ],
        font=9,
        style="spaced",
    )
    d.h("4.4", "污染物限量")
    d.p(
        "应符合GB 2762的规定，其中铅（以Pb计）",
        V("不大于0.2 mg/kg", R("铅（以Pb计）", "<=", 0.2, "mg/kg")),
        "。",
    )
    d.h("4.5", "微生物限量")
    d.p("微生物限量应符合表2的规定。")
    d.table(
        "2",
        "微生物限量",
        [
            ["项目", "n", "c", "m", "M", "检验方法"],
            [
                "大肠菌群/（CFU/g）",
                "5",
                "2",
                V("10", R("大肠菌群", "<=", 10.0, "CFU/g", cond=["n=5,c=2"])),
                V("10<sup>3</sup>", R("大肠菌群", "<=", 1000.0, "CFU/g", cond=["n=5,c=2"])),
                "GB 4789.3",
            ],
            [
                "霉菌/（CFU/g）",
                "—",
                "—",
                V("≤50", R("霉菌", "<=", 50.0, "CFU/g")),
                "—",
                "GB 4789.15",
            ],
        ],
        widths=[30, 8, 8, 14, 14, 26],
        notes=["注：n为同一批次产品应采集的样品件数；c为最大可允许超出m值的样品数。"],
        style="bare",
    )
    d.h("4.6", "食品添加剂")
    d.p("食品添加剂的使用应符合GB 2760的规定，不得添加硼砂、甲醛次硫酸氢钠等非食用物质。")
    d.h("5", "检验规则")
    d.cl("5.1", "以同一原料、同一班次生产的同一类型产品为一批。")
    d.cl("5.2", "出厂检验项目为感官要求、水分、酸度和大肠菌群；型式检验项目为第4章规定的全部项目。")
    d.h("6", "标志、包装、运输和贮存")
    d.cl("6.1", "预包装产品的标签应标明产品类型（切粉或榨粉）。")
    d.cl("6.2", "产品应在0 ℃～10 ℃下冷藏贮存和运输，散装产品当日生产当日销售。")
    return d
