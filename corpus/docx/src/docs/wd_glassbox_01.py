"""T/ 团体标准 耐热玻璃保鲜盒 (test): a glassware association's group standard with two grades (优等品 /
合格品) in columns under a two-row header, a per-capacity table (capacities down the rows, tolerances
without a centre and wall thicknesses across, a value merged down two rows), a pass / fail cell merged over
the grades, a release limit in a clause, and a sealing requirement as a Word-numbered list item with a
footnote.  Echoes group standards for heat-resistant glass food containers under QB/T 4167; every figure
here is invented for this corpus."""

from typing import Any

from kit import C, Doc, Fn, R, V, grades, ql, qm

G = ("优等品", "合格品")
SEAL = "试验时盒内装水至公称容量的80%。"
LEAK = "盒盖扣合后倒置30 min，不应渗漏"
CAPS = [
    ("370", "±10", "≥3.0"),
    ("640", "±15", ""),
    ("1 040", "±20", "≥3.5"),
    ("1 520", "±25", ""),
    ("2 200", "±30", "≥4.0"),
]


def build() -> Doc:
    d = Doc(
        stem="wd_glassbox_01",
        category="玻璃保鲜盒",
        code="3054",
        kind="T",
        mark="T/ZJRQ",
        kindline="团　体　标　准",
        number="T/ZJRQ 015—2026",
        title=["耐热玻璃保鲜盒"],
        title_en="Heat-resistant glass food storage containers",
        replaces=[],
        ics="81.040.30",
        ccs="Y 22",
        filing=None,
        issuers=["浙江省日用玻璃器皿行业协会"],
        issued="2026-01-20",
        effective="2026-02-20",
        face="serif",
        folio="plain",
        drafters=[
            ("本文件起草单位：", "浙江省日用玻璃器皿行业协会、浦江晶耀玻璃制品有限公司"),
            ("本文件主要起草人：", "张国庆、楼慧敏"),
        ],
    )
    d.preface("本文件按照GB/T 1.1—2020的规定起草。", "本文件由浙江省日用玻璃器皿行业协会提出并归口。")
    d.h("范围")
    d.p("本文件规定了耐热玻璃保鲜盒的分类与规格、要求、试验方法、检验规则及标志、包装、运输和贮存。")
    d.p("本文件适用于以高硼硅玻璃为盒体、以聚丙烯为盒盖并带硅橡胶密封圈的保鲜盒。")
    d.h("规范性引用文件")
    for ref in (
        "GB 4806.5　食品安全国家标准　玻璃制品",
        "GB/T 4547　玻璃容器　抗热震性和热震耐久性试验方法",
        "QB/T 4167　耐热玻璃器具",
    ):
        d.p(ref, indent=False)
    d.h("分类与规格")
    d.p("产品按公称容量分为370 mL、640 mL、1 040 mL、1 520 mL和2 200 mL五种规格，按质量分为优等品和合格品。")
    d.h("要求")
    d.h("容量和壁厚", 2)
    d.p("各规格保鲜盒的容量偏差和盒底厚度应符合表1的规定。")
    rows: list[list[Any]] = [["公称容量/mL", "容量偏差/mL", "盒底厚度/mm"]]
    for i, (cap, tol, wall) in enumerate(CAPS):
        t = float(tol[1:])
        row: list[Any] = [cap, V(tol, R("容量偏差", "range", -t, "mL", vmax=t, cond=[cap]))]
        if i in (0, 2):  # one thickness for two capacities: merged down two rows
            caps = [c[0] for c in CAPS[i : i + 2]]
            row.append(
                C(V(wall, *[R("盒底厚度", ">=", float(wall[1:]), "mm", cond=[c]) for c in caps]), rs=2)
            )
        elif i == 4:
            row.append(V(wall, R("盒底厚度", ">=", float(wall[1:]), "mm", cond=[cap])))
        rows.append(row)
    d.table("1", "容量偏差和盒底厚度", rows, widths=[50, 54, 54])
    d.h("理化性能", 2)
    d.table(
        "2",
        "理化性能",
        [
            [C("项目", rs=2), C("指标", cs=2)],
            list(G),
            ["耐热冲击温差/℃", *grades("耐热冲击温差", ">=", ["≥150", "≥120"], "℃", ladder=G)],
            [
                "内应力（光程差）/（nm/cm）",
                *grades("内应力（光程差）", "<=", ["≤60", "≤100"], "nm/cm", ladder=G),
            ],
            [
                "盒体外径偏差/mm",
                C(V("±1.5", *[R("盒体外径偏差", "range", -1.5, "mm", vmax=1.5, grade=g) for g in G]), cs=2),
            ],
            ["耐微波炉性能", qm("耐微波炉性能", "在微波炉中连续加热10 min，无破裂", G)],
            ["耐冷冻性能", qm("耐冷冻性能", "经-20 ℃冷冻2 h后取出，无破裂", G)],
        ],
        head=2,
        widths=[64, 47, 47],
    )
    d.h("密封性能", 2)
    d.items(
        [
            "密封性能：",
            V(LEAK, R("密封性能", "qualitative", text=LEAK, cond=[SEAL])),
            Fn(SEAL),
            "；",
        ],
        ["盒盖开合", V("不少于5 000次", R("盒盖开合次数", ">=", 5000.0, "次")), "后卡扣无断裂；"],
        [
            "硅橡胶密封圈的压缩永久变形应",
            V("不大于25%", R("压缩永久变形", "<=", 25.0, "%", cond=["硅橡胶密封圈"])),
            "。",
        ],
    )
    d.h("溶出物限量", 2)
    d.p(
        "盒体铅溶出量应",
        V("不大于0.5 mg/L", R("铅溶出量", "<=", 0.5, "mg/L", cond=["盒体"])),
        "，镉溶出量应",
        V("不大于0.25 mg/L", R("镉溶出量", "<=", 0.25, "mg/L", cond=["盒体"])),
        "；盒盖的溶出物应符合GB 4806.7的规定。",
    )
    d.h("外观", 2)
    d.p(ql("外观", "盒体透明，无结石、裂纹和明显气泡"), "。")
    d.h("试验方法")
    d.cl(2, "耐热冲击：按GB/T 4547的规定进行，冷水温度为（20±1）℃。")
    d.cl(2, "容量：用20 ℃的水注满至盒口平面，称量后换算。")
    d.h("检验规则")
    d.p("以同一窑炉、同一规格的连续生产产品为一批，每批不超过10 000只。")
    d.h("标志、包装、运输和贮存")
    d.p("包装箱内应有防震隔板，贮存于干燥通风处。")
    return d
