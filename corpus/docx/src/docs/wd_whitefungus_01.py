"""Q/ 企业标准 干制银耳 (test): a fungus grower's standard with 一级 / 二级 / 三级 grades printed down the
rows of a transposed table (等级 rows, indicator columns, signs in the cells, units in the header line),
a sensory table with a merged qualitative cell, a physical and chemical table whose values are merged over
no grades, contaminant clauses with word comparators and a 不得检出 clause, test methods as references.
Echoes enterprise standards for dried white fungus under GB/T 23775; every figure here is invented for
this corpus."""

from kit import C, Doc, R, V, ql

G = ("一级", "二级", "三级")


def build() -> Doc:
    d = Doc(
        stem="wd_whitefungus_01",
        category="干制银耳",
        code="1372",
        kind="Q",
        mark="Q/350922 GTJ",
        kindline="古田县金耳食用菌有限公司企业标准",
        number="Q/350922 GTJ 0002S—2026",
        title=["干制银耳"],
        replaces=[],
        ics="67.080.20",
        ccs="B 31",
        filing="350922-2026-0043",
        issuers=["古田县金耳食用菌有限公司"],
        issued="2026-01-10",
        effective="2026-01-20",
        face="serif",
        folio="plain",
        drafters=[("本文件起草单位：", "古田县金耳食用菌有限公司"), ("本文件主要起草人：", "陈德兴、林秀英")],
    )
    d.preface(
        "本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。",
        "本文件为首次发布。",
    )
    d.h("范围")
    d.p("本文件规定了干制银耳的等级、要求、试验方法、检验规则及标签、包装、运输和贮存。")
    d.p("本文件适用于以人工栽培的新鲜银耳为原料，经修剪、清洗、烘干制成的干制银耳。")
    d.h("规范性引用文件")
    for ref in (
        "GB 2762　食品安全国家标准　食品中污染物限量",
        "GB 5009.3　食品安全国家标准　食品中水分的测定",
        "GB 5009.34　食品安全国家标准　食品中二氧化硫的测定",
        "GB/T 12532　食用菌灰分测定",
    ):
        d.p(ref, indent=False)
    d.h("要求")
    d.h("感官要求", 2)
    d.table(
        "1",
        "感官要求",
        [
            ["项目", "要求"],
            ["色泽", ql("色泽", "白色、乳白色或米黄色，有光泽")],
            ["形状", ql("形状", "朵形完整，耳片舒展")],
            ["气味", ql("气味", "具有银耳固有的气味，无异味")],
            ["杂质", ql("杂质", "无霉变，无虫蛀，无肉眼可见外来杂质")],
        ],
        widths=[40, 118],
    )
    d.h("等级指标", 2)
    d.p("各等级干制银耳的等级指标应符合表2的规定。")
    d.table(
        "2",
        "等级指标",
        [
            ["等级", "朵片直径/cm", "碎朵率/%", "黄色朵片率/%", "杂质/%"],
            *[
                [
                    g,
                    V(a, R("朵片直径", ">=", float(a[1:]), "cm", grade=g)),
                    V(b, R("碎朵率", "<=", float(b[1:]), "%", grade=g)),
                    V(c, R("黄色朵片率", "<=", float(c[1:]), "%", grade=g)),
                    V(e, R("杂质", "<=", float(e[1:]), "%", grade=g)),
                ]
                for g, a, b, c, e in (
                    ("一级", "≥6.0", "≤3.0", "≤2.0", "≤0.3"),
                    ("二级", "≥4.5", "≤5.0", "≤5.0", "≤0.5"),
                    ("三级", "≥3.0", "≤8.0", "≤10.0", "≤1.0"),
                )
            ],
        ],
        widths=[26, 33, 33, 33, 33],
    )
    d.h("理化指标", 2)
    d.table(
        "3",
        "理化指标",
        [
            [C("项目", cs=2), "指标"],
            [C("水分/%", cs=2), V("≤15.0", R("水分", "<=", 15.0, "%"))],
            [C("灰分（以干基计）/%", cs=2), V("≤8.0", R("灰分（以干基计）", "<=", 8.0, "%"))],
            [C("粗蛋白（以干基计）/%", cs=2), V("≥6.0", R("粗蛋白（以干基计）", ">=", 6.0, "%"))],
            [C("复水性", rs=2), "吸水倍数/（g/g）", V("≥8.0", R("复水性/吸水倍数", ">=", 8.0, "g/g"))],
            ["复水率/%", V("≥85", R("复水性/复水率", ">=", 85.0, "%"))],
        ],
        widths=[48, 50, 60],
    )
    d.h("污染物限量", 2)
    d.cl(
        3,
        "铅（以Pb计）应",
        V("不大于1.0 mg/kg", R("铅（以Pb计）", "<=", 1.0, "mg/kg", cond=["以干重计"])),
        "（以干重计）。",
    )
    d.cl(
        3,
        "总砷（以As计）应",
        V("不大于0.5 mg/kg", R("总砷（以As计）", "<=", 0.5, "mg/kg", cond=["以干重计"])),
        "（以干重计）。",
    )
    d.cl(
        3,
        "二氧化硫残留量（以SO<sub>2</sub>计）应",
        V("不高于0.05 g/kg", R("二氧化硫残留量（以SO2计）", "<=", 0.05, "g/kg")),
        "。",
    )
    d.cl(3, "米酵菌酸", V("不得检出", R("米酵菌酸", "not_detected")), "。")
    d.h("净含量", 2)
    d.p("应符合《定量包装商品计量监督管理办法》的规定。")
    d.h("试验方法")
    d.cl(2, "朵片直径：随机取20朵，用精度为0.1 cm的直尺测量每朵最大直径，取平均值。")
    d.cl(2, "水分：按GB 5009.3规定的直接干燥法测定，干燥温度（103±2）℃。")
    d.cl(2, "灰分：按GB/T 12532测定。")
    d.cl(2, "复水性：称取5 g样品，加入25 ℃清水500 mL浸泡1 h，沥干后称重。")
    d.h("检验规则")
    d.cl(2, "同一等级、同一批次烘干的产品为一个检验批，每批抽样量不少于500 g。")
    d.cl(2, "出厂检验项目为感官要求、等级指标和水分。")
    d.h("标签、包装、运输和贮存")
    d.p("产品应贮存在阴凉、干燥、通风处，不得与有毒、有害、有异味的物品混存，保质期24个月。")
    return d
