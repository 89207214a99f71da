"""Q/ 企业标准 绿茶 (dev): a tea company's standard with 特级 / 一级 / 二级 grades: a sensory table whose
cells are qualitative per grade (one merged over two grades), a physical and chemical table under a
two-row header (项目 over the grades), values merged across the grades, a footnote on a reference item
(Word footnote at the page foot), contaminant limits in numbered clauses with word comparators, test
methods that are references.  Echoes enterprise standards for flat and curled green tea under GB/T 14456.1;
every figure here is invented for this corpus."""

from kit import C, Doc, Fn, R, V, grades, merged, ql, qm

G = ("特级", "一级", "二级")


def build() -> Doc:
    d = Doc(
        stem="wd_greentea_01",
        category="绿茶",
        code="1530",
        kind="Q",
        mark="Q/320582 YSC",
        kindline="苏州云山茶业有限公司企业标准",
        number="Q/320582 YSC 001—2026",
        title=["绿茶"],
        replaces=["Q/320582 YSC 001—2023"],
        ics="67.140.10",
        ccs="X 55",
        filing="320582-2026-0117",
        issuers=["苏州云山茶业有限公司"],
        issued="2026-01-06",
        effective="2026-02-01",
        face="serif",
        folio="count",
        drafters=[
            ("本文件起草单位：", "苏州云山茶业有限公司"),
            ("本文件主要起草人：", "顾建平、沈晓云、陆敏"),
        ],
    )
    d.preface(
        "本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。",
        "本文件代替Q/320582 YSC 001—2023，与Q/320582 YSC 001—2023相比，主要技术变化如下："
        "调整了碎末茶指标；增加了茶多酚指标。",
        "请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。",
    )
    d.h("范围")
    d.p("本文件规定了绿茶的产品分类、要求、试验方法、检验规则、标志、包装、运输和贮存。")
    d.p("本文件适用于以茶树鲜叶为原料，经杀青、揉捻（或做形）、干燥等工艺制成的扁形和卷曲形绿茶。")
    d.h("规范性引用文件")
    d.p("下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。")
    for ref in (
        "GB 2762　食品安全国家标准　食品中污染物限量",
        "GB 2763　食品安全国家标准　食品中农药最大残留限量",
        "GB 5009.3　食品安全国家标准　食品中水分的测定",
        "GB/T 8305　茶　水浸出物测定",
        "GB/T 23776　茶叶感官审评方法",
    ):
        d.p(ref, indent=False)
    d.h("产品分类")
    d.p("产品按外形分为扁形绿茶和卷曲形绿茶，各分为特级、一级、二级三个等级。")
    d.h("要求")
    d.h("原料", 2)
    d.p("鲜叶应采自生长正常的茶树，芽叶完整、新鲜、匀净，不得含有非茶类夹杂物。")
    d.h("感官要求", 2)
    d.p("各等级绿茶的感官品质应符合表1的规定。")
    d.table(
        "1",
        "感官要求",
        [
            ["项目", *G],
            [
                "外形",
                ql("外形", "扁平挺直，匀齐，嫩绿", grade="特级"),
                ql("外形", "扁平，较匀齐，绿润", grade="一级"),
                ql("外形", "尚扁平，尚匀，绿稍暗", grade="二级"),
            ],
            ["汤色", ql("汤色", "嫩绿明亮", grade="特级"), qm("汤色", "绿明亮", ("一级", "二级"))],
            [
                "香气",
                ql("香气", "嫩香持久", grade="特级"),
                ql("香气", "清香", grade="一级"),
                ql("香气", "纯正", grade="二级"),
            ],
            [
                "滋味",
                ql("滋味", "鲜醇甘爽", grade="特级"),
                ql("滋味", "鲜醇", grade="一级"),
                ql("滋味", "尚醇", grade="二级"),
            ],
        ],
        widths=[28, 44, 43, 43],
    )
    d.h("理化指标", 2)
    d.p("理化指标应符合表2的规定。")
    d.table(
        "2",
        "理化指标",
        [
            [C("项　　目", rs=2), C("指　　标", cs=3)],
            list(G),
            ["水分/%　　　　　≤", merged("水分", "<=", "7.0", "%", G)],
            ["总灰分/%　　　　≤", merged("总灰分", "<=", "6.5", "%", G)],
            ["碎末茶/%　　　　≤", *grades("碎末茶", "<=", ["1.0", "1.5", "2.0"], "%", ladder=G)],
            ["水浸出物/%　　　≥", *grades("水浸出物", ">=", ["38.0", "36.0", "34.0"], "%", ladder=G)],
            ["茶多酚/%　　　　≥", merged("茶多酚", ">=", "12.0", "%", G)],
            [
                ["粗纤维", Fn("粗纤维为参考指标，不作为出厂检验项目。"), "/%　　　≤"],
                V(
                    "14.0",
                    *[
                        R("粗纤维", "<=", 14.0, "%", grade=g, cond=["粗纤维为参考指标，不作为出厂检验项目。"])
                        for g in G
                    ],
                ),
                C(
                    V(
                        "16.0",
                        *[
                            R(
                                "粗纤维",
                                "<=",
                                16.0,
                                "%",
                                grade=g,
                                cond=["粗纤维为参考指标，不作为出厂检验项目。"],
                            )
                            for g in G[1:]
                        ],
                    ),
                    cs=2,
                ),
            ],
        ],
        head=2,
        widths=[46, 37, 37, 38],
    )
    d.h("污染物限量和农药残留限量", 2)
    d.cl(3, "铅（以Pb计）含量应", V("不大于5.0 mg/kg", R("铅（以Pb计）", "<=", 5.0, "mg/kg")), "。")
    d.cl(
        3,
        "稀土（以稀土氧化物总和计）含量应",
        V("不大于2.0 mg/kg", R("稀土（以稀土氧化物总和计）", "<=", 2.0, "mg/kg")),
        "。",
    )
    d.cl(3, "农药残留限量应符合GB 2763的规定。")
    d.h("净含量", 2)
    d.p(
        "定量包装产品的净含量应符合《定量包装商品计量监督管理办法》的规定，单件净含量负偏差应",
        V("不超过4.5 g", R("单件净含量负偏差", "<=", 4.5, "g", cond=["标注净含量100 g～200 g"])),
        "（标注净含量100 g～200 g）。",
    )
    d.h("试验方法")
    d.cl(2, "感官要求：按GB/T 23776的规定执行。")
    d.cl(2, "水分：按GB 5009.3的规定执行，样品取样量为（5±0.5）g。")
    d.cl(2, "水浸出物：按GB/T 8305的规定执行。")
    d.h("检验规则")
    d.cl(2, "同一原料、同一工艺、同一班次生产的同一等级产品为一批。")
    d.cl(2, "出厂检验项目为感官要求、水分、碎末茶和净含量。")
    d.cl(2, "检验结果中有一项不符合本文件要求时，可在原批次产品中加倍抽样复验一次。")
    d.h("标志、包装、运输和贮存")
    d.cl(2, "产品应贮存于清洁、干燥、无异味的专用仓库中，相对湿度宜低于50%，温度宜在10 ℃以下。")
    d.cl(2, "在符合本文件规定的贮存条件下，产品保质期为18个月。")
    return d
