"""Q/…S 企业标准 牛肉干 (dev): a meat company's standard with two product types in columns (牛肉干 /
牛肉粒, conditions), a value merged over both types, a 不得检出 cell, comparators in the labels, a
microbiology table under a two-row header (采样方案 over n / c / m / M, 10<sup>4</sup> as a superscript),
a Word footnote on the sampling, and contaminant limits in a lettered list numbered by Word.  Echoes
enterprise standards for dried beef under GB/T 23969; every figure here is invented for this corpus."""

from kit import C, Doc, Fn, R, V, ql

T = ("牛肉干", "牛肉粒")
PLAN = "样品的采集和处理按GB 4789.1执行。"


def both(name, cmp, a, b, unit):
    return [V(a, R(name, cmp, float(a), unit, cond=[T[0]])), V(b, R(name, cmp, float(b), unit, cond=[T[1]]))]


def plan(name, n, c, m, m_text, big, big_text, unit="CFU/g"):
    cond = [f"n={n},c={c}", PLAN]
    return [
        name,
        str(n),
        str(c),
        V(m_text, R(name, "<=", m, unit, cond=cond)),
        V(big_text, R(name, "<=", big, unit, cond=cond)),
    ]


def build() -> Doc:
    d = Doc(
        stem="wd_beefjerky_01",
        category="牛肉干",
        code="1353",
        kind="Q",
        mark="Q/510107 HBF",
        kindline="成都好百方食品有限公司企业标准",
        number="Q/510107 HBF 0003S—2026",
        title=["牛肉干"],
        replaces=["Q/510107 HBF 0003S—2022"],
        ics="67.120.10",
        ccs="X 22",
        filing="510107-2026-0205S",
        issuers=["成都好百方食品有限公司"],
        issued="2026-01-08",
        effective="2026-01-08",
        face="serif",
        folio="count",
        drafters=[
            ("本文件起草单位：", "成都好百方食品有限公司"),
            ("本文件主要起草人：", "王志刚、刘小燕、赵琳"),
        ],
    )
    d.preface(
        "本文件按照GB/T 1.1—2020的规定起草。",
        "本文件代替Q/510107 HBF 0003S—2022，主要变化：修改了水分指标；增加了牛肉粒产品类型。",
        "本文件由成都好百方食品有限公司提出。",
    )
    d.h("范围")
    d.p(
        "本文件规定了牛肉干的产品分类、技术要求、生产加工过程的卫生要求、检验方法、检验规则和标志、包装、运输、贮存。"
    )
    d.p(
        "本文件适用于以鲜（冻）牛肉为主要原料，经修整、预煮、切片（粒）、调味、复煮、烘干等工艺制成的牛肉干和牛肉粒。"
    )
    d.h("规范性引用文件")
    for ref in (
        "GB 2707　食品安全国家标准　鲜（冻）畜、禽产品",
        "GB 2760　食品安全国家标准　食品添加剂使用标准",
        "GB 2762　食品安全国家标准　食品中污染物限量",
        "GB 4789.1　食品安全国家标准　食品微生物学检验　总则",
        "GB 5009.3　食品安全国家标准　食品中水分的测定",
    ):
        d.p(ref, indent=False)
    d.h("产品分类")
    d.p("按形态分为牛肉干（片状、条状）和牛肉粒（块状、粒状）。")
    d.h("技术要求")
    d.h("原辅料要求", 2)
    d.items(
        ["牛肉应符合GB 2707的规定；"],
        ["食品添加剂的品种和使用量应符合GB 2760的规定；"],
        ["生产用水应符合GB 5749的规定。"],
    )
    d.h("感官要求", 2)
    d.table(
        "1",
        "感官要求",
        [
            ["项目", "要求"],
            ["色泽", ql("色泽", "呈棕褐色或酱红色，色泽基本均匀")],
            ["滋味与气味", ql("滋味与气味", "具有该品种应有的滋味和气味，无异味")],
            ["形态", ql("形态", "片、条或粒形基本均匀，无焦糊")],
            ["杂质", ql("杂质", "无肉眼可见外来杂质")],
        ],
        widths=[40, 118],
    )
    d.h("理化指标", 2)
    d.table(
        "2",
        "理化指标",
        [
            ["项　　目", "牛肉干", "牛肉粒"],
            ["水分/（g/100 g）　　　　≤", *both("水分", "<=", "20", "22", "g/100 g")],
            ["蛋白质/（g/100 g）　　　≥", *both("蛋白质", ">=", "35", "30", "g/100 g")],
            [
                "脂肪/（g/100 g）　　　　≤",
                C(V("10", *[R("脂肪", "<=", 10.0, "g/100 g", cond=[t]) for t in T]), cs=2),
            ],
            ["氯化物（以NaCl计）/（g/100 g）≤", *both("氯化物（以NaCl计）", "<=", "5.0", "6.0", "g/100 g")],
            ["总糖（以蔗糖计）/（g/100 g）≤", *both("总糖（以蔗糖计）", "<=", "35", "30", "g/100 g")],
            [
                "亚硝酸盐（以NaNO<sub>2</sub>计）/（mg/kg）",
                C(V("不得检出", *[R("亚硝酸盐（以NaNO2计）", "not_detected", cond=[t]) for t in T]), cs=2),
            ],
        ],
        widths=[70, 44, 44],
    )
    d.h("微生物限量", 2)
    d.p("微生物限量应符合表3的规定。")
    d.table(
        "3",
        "微生物限量",
        [
            [C("项目", rs=2), C(["采样方案", Fn(PLAN), "及限量"], cs=4)],
            ["n", "c", "m", "M"],
            plan("菌落总数", 5, 2, 10000.0, "10<sup>4</sup>", 100000.0, "10<sup>5</sup>"),
            plan("大肠菌群", 5, 2, 10.0, "10", 100.0, "10<sup>2</sup>"),
        ],
        head=2,
        widths=[50, 27, 27, 27, 27],
        notes=["注：菌落总数、大肠菌群的单位为CFU/g。"],
    )
    d.h("污染物限量", 2)
    d.p("污染物限量应符合下列规定：")
    d.items(
        ["铅（以Pb计）", V("≤0.5 mg/kg", R("铅（以Pb计）", "<=", 0.5, "mg/kg")), "；"],
        ["总砷（以As计）", V("≤0.5 mg/kg", R("总砷（以As计）", "<=", 0.5, "mg/kg")), "；"],
        ["苯并[a]芘", V("≤5.0 μg/kg", R("苯并[a]芘", "<=", 5.0, "μg/kg")), "；"],
        ["N-二甲基亚硝胺", V("≤3.0 μg/kg", R("N-二甲基亚硝胺", "<=", 3.0, "μg/kg")), "。"],
    )
    d.h("净含量", 2)
    d.p("应符合《定量包装商品计量监督管理办法》的规定。")
    d.h("检验方法")
    d.cl(2, "水分：按GB 5009.3规定的方法测定。")
    d.cl(2, "蛋白质：按GB 5009.5规定的方法测定。")
    d.cl(2, "菌落总数：按GB 4789.2规定的方法检验。")
    d.h("检验规则")
    d.cl(2, "以同一班次、同一品种、同一规格的产品为一批，每批随机抽取样品不少于2 kg。")
    d.cl(2, "出厂检验项目：感官要求、水分、净含量、菌落总数、大肠菌群。")
    d.h("标志、包装、运输、贮存")
    d.p("产品应贮存在阴凉、干燥、通风的库房内，常温下保质期为9个月。")
    return d
