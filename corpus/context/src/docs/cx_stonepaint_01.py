"""T/ group standard 真石漆 (dev): two type columns (普通型 / 耐沾污型) in a full-grid natural table whose
comparators sit in a column of their own, values and pass / fail cells merged over both types, sub-labels
(标准状态 / 浸水后) under 粘结强度, a ratio in the aging row; a harmful-substances table in three-line style
with a parent row 可溶性重金属 over four metals and a footnote restricting a row; test conditions and the
construction thickness 宜 sentence not counted.  The levels echo the building-coatings sector standard as
remembered; the association, number and every figure are invented."""

from kit import C, Doc, R, V, front, references

TYPES = ["普通型", "耐沾污型"]


def both(label, name: str, cmp_sign: str, cmp: str, texts: list[str], unit: str | None, cond=(), span=1):
    cells: list = [C(label, align="l", cs=span), cmp_sign]
    if len(texts) == 1:
        t = texts[0]
        if cmp == "qualitative":
            recs = [R(name, "qualitative", text=t, cond=[ty, *cond]) for ty in TYPES]
        else:
            recs = [R(name, cmp, float(t), unit, cond=[ty, *cond]) for ty in TYPES]
        cells.append(C(V(t, *recs), cs=2))
    else:
        for t, ty in zip(texts, TYPES, strict=True):
            cells.append(V(t, R(name, cmp, float(t), unit, cond=[ty, *cond])))
    return cells


def build() -> Doc:
    d = Doc(
        stem="cx_stonepaint_01",
        category="真石漆",
        code="2641",
        kind="T",
        mark="T/CNCIA",
        line="团体标准",
        short="建筑用真石漆",
        number="T/CNCIA 01027—2026",
        title=["建筑用真石漆"],
        title_en="Stone-like coatings for buildings",
        ics="87.040",
        ccs="G 51",
        issuers=["中国涂料工业协会"],
        issued="2026-02-26",
        effective="2026-04-01",
    )
    front(
        d,
        "本文件由中国涂料工业协会提出并归口。",
        "本文件起草单位：中海油常州涂料化工研究院有限公司、福建晶石建材科技有限公司。",
        "本文件为首次发布。",
    )
    d.h("1", "范围")
    d.p("本文件规定了建筑用真石漆的分类、要求、试验方法、检验规则及标志、包装和贮存。")
    d.p("本文件适用于以合成树脂乳液为基料，与天然彩砂等配制而成的建筑外墙用真石漆。")
    references(
        d,
        "2",
        "GB/T 1766　色漆和清漆　涂层老化的评级方法",
        "GB/T 9755　合成树脂乳液外墙涂料",
        "GB/T 9780　建筑涂料涂层耐沾污性试验方法",
        "GB 18582　建筑用墙面涂料中有害物质限量",
        "JG/T 24　合成树脂乳液砂壁状建筑涂料",
    )
    d.h("3", "分类")
    d.p("产品按耐沾污性能分为普通型和耐沾污型。")
    d.h("4", "要求")
    d.cl("4.1", "产品性能应符合表1的规定。")
    passes = "无硬块，搅拌后呈均匀状态"
    rows = [
        [C("项　目", cs=2, rs=2), C("", rs=2), C("指　标", cs=2)],
        TYPES,
        both("容器中状态", "容器中状态", "—", "qualitative", [passes], None, span=2),
        both("施工性", "施工性", "—", "qualitative", ["喷涂无困难"], None, span=2),
        both("干燥时间（表干）/h", "干燥时间（表干）", "≤", "<=", ["4"], "h", span=2),
        both("初期干燥抗裂性", "初期干燥抗裂性", "—", "qualitative", ["无裂纹"], None, span=2),
        both("低温稳定性", "低温稳定性", "—", "qualitative", ["不变质"], None, span=2),
        both(
            "耐水性（96 h）",
            "耐水性（96 h）",
            "—",
            "qualitative",
            ["无起鼓、开裂、剥落，允许轻微发白"],
            None,
            span=2,
        ),
        both(
            "耐碱性（48 h）",
            "耐碱性（48 h）",
            "—",
            "qualitative",
            ["无起鼓、开裂、剥落，允许轻微变色"],
            None,
            span=2,
        ),
        [
            C("粘结强度/MPa", rs=2, align="l"),
            *both("标准状态", "粘结强度", "≥", ">=", ["0.70"], "MPa", ["标准状态"]),
        ],
        both("浸水后", "粘结强度", "≥", ">=", ["0.50"], "MPa", ["浸水后"]),
        both("耐沾污性（白色和浅色）/%", "耐沾污性（白色和浅色）", "≤", "<=", ["30", "15"], "%", span=2),
        both("耐温变性（5次循环）", "耐温变性（5次循环）", "—", "qualitative", ["无异常"], None, span=2),
        [
            C("耐人工气候老化性", cs=2, align="l"),
            "—",
            V(
                "600 h不起泡、不剥落、无裂纹",
                R("耐人工气候老化性", "qualitative", text="600 h不起泡、不剥落、无裂纹", cond=[TYPES[0]]),
            ),
            V(
                "1 000 h不起泡、不剥落、无裂纹",
                R("耐人工气候老化性", "qualitative", text="1 000 h不起泡、不剥落、无裂纹", cond=[TYPES[1]]),
            ),
        ],
        both("老化后粉化/级", "老化后粉化", "≤", "<=", ["1"], "级", span=2),
    ]
    d.table(
        "1",
        "真石漆的性能指标",
        rows,
        head=2,
        widths=[28, 26, 10, 42, 42],
        notes=["注：耐沾污性以5次循环后反射系数下降率计。"],
    )
    d.cl("4.2", "有害物质限量应符合表2的规定。")
    harm = [
        ["项　目", "", "限　量"],
        [
            C("挥发性有机化合物含量（VOC）/（g/L）", cs=2, align="l"),
            V("≤50", R("挥发性有机化合物含量（VOC）", "<=", 50, "g/L")),
        ],
        [C("游离甲醛/（mg/kg）", cs=2, align="l"), V("≤50", R("游离甲醛", "<=", 50, "mg/kg"))],
        [
            C("苯、甲苯、乙苯和二甲苯总和<sup>a</sup>/（mg/kg）", cs=2, align="l"),
            V("≤100", R("苯、甲苯、乙苯和二甲苯总和", "<=", 100, "mg/kg", cond=["仅适用于含有机溶剂的色浆"])),
        ],
        [
            C("可溶性重金属/（mg/kg）", rs=4, align="l"),
            "铅（Pb）",
            V("≤90", R("铅（Pb）", "<=", 90, "mg/kg", cond=["可溶性重金属"])),
        ],
        ["镉（Cd）", V("≤75", R("镉（Cd）", "<=", 75, "mg/kg", cond=["可溶性重金属"]))],
        ["铬（Cr）", V("≤60", R("铬（Cr）", "<=", 60, "mg/kg", cond=["可溶性重金属"]))],
        ["汞（Hg）", V("≤60", R("汞（Hg）", "<=", 60, "mg/kg", cond=["可溶性重金属"]))],
    ]
    d.table(
        "2",
        "有害物质限量",
        harm,
        widths=[56, 30, 40],
        style="three",
        footnotes=["a　仅适用于含有机溶剂的色浆。"],
    )
    d.h("5", "试验方法")
    d.cl("5.1", "试验环境：温度（23±2）℃，相对湿度（50±5）%。")
    d.cl("5.2", "试板制备：在水泥石棉板上喷涂，涂层厚度（3.0±0.5）mm，养护14 d后试验。")
    d.cl("5.3", "耐沾污性按GB/T 9780进行，循环5次后测定反射系数下降率。")
    d.cl("5.4", "施工时涂层厚度宜为2 mm～4 mm，施工环境温度宜不低于5 ℃。")
    d.h("6", "检验规则")
    d.cl("6.1", "出厂检验项目为容器中状态、施工性、干燥时间和初期干燥抗裂性。")
    d.cl("6.2", "型式检验每年进行一次，有害物质限量每两年检验一次。")
    d.h("7", "标志、包装和贮存")
    d.p("产品应贮存于5 ℃～35 ℃的通风干燥处，防止日晒雨淋和冻结，贮存期为12个月。")
    return d
