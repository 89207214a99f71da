"""T/ 团体标准 日用陶瓷餐具 (dev): a ceramics association's group standard with the 优等品 / 一等品 / 合格品
ladder under a two-row header, a label spanning two sub-rows by body type (细瓷 / 炻瓷, conditions), a
value merged over two grades beside the third, a tolerance without a centre (±1.5, a range), a pass / fail
thermal-shock cell (qualitative, merged over the grades), a release table with a unit column and product
categories merged down the rows, and a Word footnote naming a category's bound.  Echoes group standards
for daily-use ceramic tableware under GB/T 3532 and GB 4806.4; every figure here is invented for this
corpus."""

from kit import C, Doc, Fn, R, V, grades, merged, qm

G = ("优等品", "一等品", "合格品")
SMALL = "容积小于1.1 L的空心制品。"


def build() -> Doc:
    d = Doc(
        stem="wd_tableware_01",
        category="日用陶瓷",
        code="3074",
        kind="T",
        mark="T/CZTC",
        kindline="团　体　标　准",
        number="T/CZTC 008—2026",
        title=["日用陶瓷餐具"],
        title_en="Daily-use ceramic tableware",
        replaces=[],
        ics="81.060.20",
        ccs="Q 32",
        filing=None,
        issuers=["潮州市陶瓷行业协会"],
        issued="2026-01-18",
        effective="2026-03-01",
        face="serif",
        folio="plain",
        drafters=[
            ("本文件起草单位：", "潮州市陶瓷行业协会、潮州市华瓷实业有限公司、广东潮兴陶瓷有限公司"),
            ("本文件主要起草人：", "蔡泽鸿、许少玲、林伟杰"),
        ],
    )
    d.preface(
        "本文件按照GB/T 1.1—2020的规定起草。",
        "本文件由潮州市陶瓷行业协会提出并归口。",
        "本文件为首次发布。",
    )
    d.h("范围")
    d.p("本文件规定了日用陶瓷餐具的分类、要求、试验方法、检验规则和标志、包装、运输、贮存。")
    d.p("本文件适用于以黏土、长石、石英等为主要原料，经成型、施釉、烧成制成的细瓷和炻瓷日用餐具。")
    d.h("规范性引用文件")
    for ref in (
        "GB 4806.4　食品安全国家标准　陶瓷制品",
        "GB/T 3298　日用陶瓷器抗冲击试验方法",
        "GB/T 3299　日用陶瓷器吸水率测定方法",
        "GB/T 3532　日用瓷器",
    ):
        d.p(ref, indent=False)
    d.h("分类")
    d.p("按坯体分为细瓷和炻瓷；按形状分为扁平制品和空心制品。产品分为优等品、一等品和合格品三个等级。")
    d.h("要求")
    d.h("理化性能", 2)
    d.p("理化性能应符合表1的规定。")
    d.table(
        "1",
        "理化性能",
        [
            [C("项目", cs=2, rs=2), C("要求", cs=3)],
            list(G),
            [C("吸水率/%", rs=2), "细瓷", merged("吸水率", "<=", "≤0.5", "%", G, "细瓷")],
            ["炻瓷", merged("吸水率", "<=", "≤3.0", "%", G, "炻瓷")],
            [C("白度/度", cs=2), *grades("白度", ">=", ["≥70", "≥65", "≥60"], "度")],
            [
                C("变形/%", cs=2),
                V("≤1.0", R("变形", "<=", 1.0, "%", grade="优等品")),
                C(
                    V(
                        "≤2.0",
                        R("变形", "<=", 2.0, "%", grade="一等品"),
                        R("变形", "<=", 2.0, "%", grade="合格品"),
                    ),
                    cs=2,
                ),
            ],
            [
                C("口径尺寸偏差/%", cs=2),
                C(V("±1.5", *[R("口径尺寸偏差", "range", -1.5, "%", vmax=1.5, grade=g) for g in G]), cs=3),
            ],
            [C("抗冲击强度/J", cs=2), merged("抗冲击强度", ">=", "≥0.15", "J", G)],
            [C("热稳定性", cs=2), qm("热稳定性", "经180 ℃至20 ℃水中热交换一次不裂", G)],
        ],
        head=2,
        widths=[30, 20, 36, 36, 36],
    )
    d.h("铅、镉溶出量", 2)
    d.p("与食品接触面的铅、镉溶出量应符合表2的规定。")
    d.table(
        "2",
        "铅、镉溶出量允许极限",
        [
            ["产品类别", "项目", "单位", "允许极限"],
            [
                C("扁平制品", rs=2),
                "铅溶出量",
                "mg/dm<sup>2</sup>",
                V("≤0.8", R("铅溶出量", "<=", 0.8, "mg/dm²", cond=["扁平制品"])),
            ],
            [
                "镉溶出量",
                "mg/dm<sup>2</sup>",
                V("≤0.07", R("镉溶出量", "<=", 0.07, "mg/dm²", cond=["扁平制品"])),
            ],
            [
                C(["小空心制品", Fn(SMALL)], rs=2),
                "铅溶出量",
                "mg/L",
                V("≤2.0", R("铅溶出量", "<=", 2.0, "mg/L", cond=["小空心制品", SMALL])),
            ],
            ["镉溶出量", "mg/L", V("≤0.30", R("镉溶出量", "<=", 0.3, "mg/L", cond=["小空心制品", SMALL]))],
            [
                C("大空心制品", rs=2),
                "铅溶出量",
                "mg/L",
                V("≤1.0", R("铅溶出量", "<=", 1.0, "mg/L", cond=["大空心制品"])),
            ],
            ["镉溶出量", "mg/L", V("≤0.25", R("镉溶出量", "<=", 0.25, "mg/L", cond=["大空心制品"]))],
        ],
        widths=[40, 36, 36, 46],
    )
    d.h("外观质量", 2)
    d.p(
        "同一件产品上的釉面缺陷（针孔、落渣、釉泡）总数：优等品应",
        V("不超过2个", R("釉面缺陷总数", "<=", 2.0, "个", grade="优等品")),
        "，一等品应",
        V("不超过4个", R("釉面缺陷总数", "<=", 4.0, "个", grade="一等品")),
        "，合格品应",
        V("不超过6个", R("釉面缺陷总数", "<=", 6.0, "个", grade="合格品")),
        "。",
    )
    d.h("试验方法")
    d.cl(2, "吸水率：按GB/T 3299的规定测定。")
    d.cl(2, "抗冲击强度：按GB/T 3298的规定测定，摆锤质量为（250±5）g。")
    d.cl(2, "热稳定性：将试样在180 ℃烘箱中保温30 min后迅速投入20 ℃水中，取出检查。")
    d.h("检验规则")
    d.p("以同一品种、同一规格、同一窑次的产品为一批，按GB/T 2828.1正常检验一次抽样方案抽样，检验水平为Ⅱ。")
    d.h("标志、包装、运输、贮存")
    d.p("产品包装应牢固，每箱重量不宜超过25 kg，搬运时应轻拿轻放。")
    return d
