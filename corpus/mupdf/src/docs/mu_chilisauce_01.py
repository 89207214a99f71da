"""Q/-style 企业标准 辣椒酱 (dev): a food enterprise standard numbered with the S suffix of a filed food
standard; raw materials in a lettered list (references, not counted); a sensory Word table; a physical and
chemical table whose columns carry no rules (the header a shaded band) with two grade columns and the
comparators as words in the cells (不高于 / 不低于), values merged across the grades; contaminant limits
typed in full width in a list; a clause number skipped (5.4 then 5.6) as the writer left it; a sampling-plan
table; an additive limit in a sentence.  Echoes enterprise standards filed under GB/T 20293 and SB/T 10296;
every figure here is invented for this corpus."""

from kit import C, Doc, R, V, fw, ql

G = ["特级", "一级"]


def graded(name: str, unit: str, word: str, cmp: str, values) -> list:
    return [V(f"{word}{v}", R(name, cmp, float(v), unit, grade=g)) for v, g in zip(values, G, strict=True)]


def merged(name: str, unit: str, text: str, cmp: str, v: float) -> C:
    return C(V(text, *[R(name, cmp, v, unit, grade=g) for g in G]), cs=2)


def build() -> Doc:
    d = Doc(
        stem="mu_chilisauce_01",
        category="辣椒酱",
        code="1469",
        kind="Q",
        mark="Q/LWSP",
        number="Q/LWSP 0003S—2026",
        title=["辣椒酱"],
        replaces=["Q/LWSP 0003S—2023"],
        ics="67.220.20",
        ccs="X 66",
        issuers=["湖南辣旺食品有限公司"],
        issued="2026-01-06",
        effective="2026-01-20",
        face="hei",
        folio="count",
    )
    d.preface(
        "本标准按照GB/T 1.1—2020给出的规则起草。",
        "本标准代替Q/LWSP 0003S—2023《辣椒酱》。与Q/LWSP 0003S—2023相比，主要技术变化如下：增加了产品等级；"
        "修改了水分和食用盐指标；删除了商业无菌要求。",
        "本标准由湖南辣旺食品有限公司提出并起草。",
        "本标准主要起草人：刘建军、谭小红、彭辉。",
    )
    d.h("1", "范围")
    d.p("本标准规定了辣椒酱的产品分级、要求、试验方法、检验规则及标志、包装、运输、贮存。")
    d.p(
        "本标准适用于以鲜辣椒或干辣椒为主要原料，经清洗、切碎、发酵（或不发酵）、炒制、灌装、杀菌等工艺制成的辣椒酱。"
    )
    d.h("2", "规范性引用文件")
    d.p("下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。")
    for ref in (
        "GB 2721　食品安全国家标准　食用盐",
        "GB 2760　食品安全国家标准　食品添加剂使用标准",
        "GB 2762　食品安全国家标准　食品中污染物限量",
        "GB 4789.3　食品安全国家标准　食品微生物学检验　大肠菌群计数",
        "GB 5009.3　食品安全国家标准　食品中水分的测定",
        "GB 5749　生活饮用水卫生标准",
        "GB 7718　食品安全国家标准　预包装食品标签通则",
    ):
        d.p(ref, indent=False)
    d.h("3", "产品分级")
    d.p("产品按理化指标分为特级和一级。")
    d.h("4", "要求")
    d.h("4.1", "原辅料要求")
    d.item("a）", "辣椒：应符合GB 2762和GB 2763的规定，无霉变、无虫蛀；")
    d.item("b）", "食用植物油：应符合GB 2716的规定；")
    d.item("c）", "食用盐：应符合GB 2721的规定；")
    d.item("d）", "生产用水：应符合GB 5749的规定。")
    d.h("4.2", "感官要求")
    d.p("应符合表1的规定。")
    d.table(
        "1",
        "感官要求",
        [
            ["项目", "要求", "检验方法"],
            [
                "色泽",
                ql("色泽", "红色或红褐色，油润有光泽"),
                C("取适量样品置于洁净白色瓷盘中，在自然光下观察色泽和组织状态，嗅其气味，品尝滋味", rs=4),
            ],
            ["滋味和气味", ql("滋味和气味", "具有辣椒酱应有的香辣味，无异味")],
            ["组织状态", ql("组织状态", "酱体均匀，稀稠适度，无霉斑")],
            ["杂质", ql("杂质", "无肉眼可见外来杂质")],
        ],
        widths=[16, 44, 40],
        style="grid",
    )
    d.h("4.3", "理化指标")
    d.p("应符合表2的规定。")
    d.table(
        "2",
        "理化指标",
        [
            ["项　　目", "特级", "一级", "检验方法"],
            [
                C("水分，g/100g", align="l"),
                *graded("水分", "g/100g", "不高于", "<=", ("60.0", "65.0")),
                "GB 5009.3",
            ],
            [
                C("食用盐（以NaCl计），g/100g", align="l"),
                *graded("食用盐（以NaCl计）", "g/100g", "不高于", "<=", ("8.0", "10.0")),
                "GB 5009.44",
            ],
            [
                C("氨基酸态氮（以N计），g/100g", align="l"),
                *graded("氨基酸态氮（以N计）", "g/100g", "不低于", ">=", ("0.30", "0.20")),
                "GB 5009.235",
            ],
            [
                C("总酸（以乳酸计），g/100g", align="l"),
                merged("总酸（以乳酸计）", "g/100g", "不高于2.0", "<=", 2.0),
                "GB 12456",
            ],
            [
                C("酸价（以脂肪计）（KOH），mg/g", align="l"),
                merged("酸价（以脂肪计）（KOH）", "mg/g", "不高于5", "<=", 5.0),
                "GB 5009.229",
            ],
            [
                C("过氧化值（以脂肪计），g/100g", align="l"),
                merged("过氧化值（以脂肪计）", "g/100g", "≤0.25", "<=", 0.25),
                "GB 5009.227",
            ],
        ],
        widths=[38, 18, 18, 26],
        style="band",
    )
    d.h("4.4", "污染物限量")
    d.p(fw("污染物限量应符合GB 2762的规定，其中："))
    d.item("a）", fw("铅（以Pb计）："), V(fw("≤0.5mg/kg"), R("铅（以Pb计）", "<=", 0.5, "mg/kg")), "；")
    d.item("b）", fw("总砷（以As计）："), V(fw("≤0.5mg/kg"), R("总砷（以As计）", "<=", 0.5, "mg/kg")), "；")
    d.item(
        "c）",
        fw("黄曲霉毒素B"),
        "<sub>１</sub>：",
        V(fw("≤5.0"), R("黄曲霉毒素B1", "<=", 5.0, "μg/kg")),
        "μｇ／ｋｇ。",
    )
    d.h("4.6", "微生物限量")
    d.p("致病菌限量应符合GB 29921的规定，其他微生物限量应符合表3的规定。")
    d.table(
        "3",
        "微生物限量",
        [
            [C("项目", rs=2), C("采样方案<sup>a</sup>及限量", cs=4)],
            ["n", "c", "m", "M"],
            [
                C("菌落总数，CFU/g", align="l"),
                "5",
                "2",
                V("10<sup>4</sup>", R("菌落总数", "<=", 10000.0, "CFU/g", cond=["n=5,c=2"])),
                V("10<sup>5</sup>", R("菌落总数", "<=", 100000.0, "CFU/g", cond=["n=5,c=2"])),
            ],
            [
                C("大肠菌群，CFU/g", align="l"),
                "5",
                "2",
                V("10", R("大肠菌群", "<=", 10.0, "CFU/g", cond=["n=5,c=2"])),
                V("10<sup>2</sup>", R("大肠菌群", "<=", 100.0, "CFU/g", cond=["n=5,c=2"])),
            ],
        ],
        head=2,
        widths=[40, 15, 15, 15, 15],
        footnotes=["<sup>a</sup>　样品的采样及处理按GB 4789.1执行。"],
        style="grid",
    )
    d.h("4.7", "食品添加剂")
    d.cl(
        "4.7.1",
        "食品添加剂的品种和使用量应符合GB 2760的规定，其中山梨酸及其钾盐（以山梨酸计）使用量",
        V("不高于0.50 g/kg", R("山梨酸及其钾盐（以山梨酸计）使用量", "<=", 0.50, "g/kg")),
        "。",
    )
    d.cl("4.7.2", "不得添加苏丹红等非食用物质。")
    d.h("4.8", "净含量")
    d.p("应符合《定量包装商品计量监督管理办法》的规定。")
    d.h("5", "试验方法")
    d.p(
        "感官要求按表1规定的方法检验；理化指标按表2规定的方法检验；"
        "菌落总数按GB 4789.2检验，大肠菌群按GB 4789.3检验。"
    )
    d.h("6", "检验规则")
    d.cl("6.1", "同一班次、同一配方、同一生产线生产的同一品种产品为一批，每批随机抽取12瓶（袋）。")
    d.cl("6.2", "出厂检验项目：感官要求、净含量、水分、食用盐、氨基酸态氮、菌落总数、大肠菌群。")
    d.cl("6.3", "型式检验每半年进行一次，检验项目为本标准第4章规定的全部项目。")
    d.cl("6.4", "检验结果中如有一项不合格，可从同批产品中加倍抽样复检；复检仍不合格，判该批产品为不合格。")
    d.h("7", "标志、包装、运输、贮存")
    d.cl("7.1", "标签应符合GB 7718的规定，并标明产品等级。")
    d.cl(
        "7.2", "产品应贮存于阴凉、干燥、通风处，开启后请冷藏。在规定贮存条件下，玻璃瓶装产品保质期为12个月。"
    )
    return d
