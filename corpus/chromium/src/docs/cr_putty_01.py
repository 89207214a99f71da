"""T/ group standard 建筑外墙用腻子 (test), a CMS page pasted from a word processor: typed clause numbers,
a shaded-band cover, running heads in @page margin boxes, "web" tables (shaded header row) in WenQuanYi
Micro Hei.  Three type columns (普通型 P / 柔性 R / 弹性 T) with the unit in the label and the comparator
in the cell, qualitative cells merged over the types, 标准状态 / 冻融循环（5次）后 under a parent label,
a "—" cell; harmful substances under a parent label with a restricting footnote; a pot life in a clause.
The levels echo the sector standard on exterior-wall putty as remembered; the association, number and
every figure are invented."""

from kit import C, Doc, R, V, front, g3, rec, references

TYPES = ["普通型（P）", "柔性（R）", "弹性（T）"]
KEYS = TYPES


def per(name: str, unit: str | None, texts: list[str], cmp: str, cond=()) -> list:
    """One value per type (the type as a condition, no grade)."""
    out: list = []
    for text, key in zip(texts, KEYS, strict=True):
        if text == "—":
            out.append("—")
        else:
            out.append(g3(name, unit, [text], cmp, cond=[key, *cond], grades=[None])[0])
    return out


def merged(name: str, unit: str | None, text: str, cmp: str, cond=()) -> C:
    """A value merged over the three types: one record per type."""
    return C(V(text, *[rec(name, text, unit, cmp, cond=[k, *cond]) for k in KEYS]), cs=3)


def qt(name: str, text: str, keys=KEYS, *cond: str) -> C:
    """A qualitative cell merged over types: one record per type it covers."""
    recs = [R(name, "qualitative", text=text, cond=[k, *cond]) for k in keys]
    return C(V(text, *recs), cs=len(keys))


def build() -> Doc:
    d = Doc(
        stem="cr_putty_01",
        category="建筑外墙用腻子",
        code="2641",
        kind="T",
        mark="T/HBCIA",
        line="团体标准",
        short="建筑外墙用腻子",
        number="T/HBCIA 0031—2026",
        title=["建筑外墙用腻子"],
        title_en="Putty for exterior walls of buildings",
        ics="87.040",
        ccs="G 51",
        issuers=["湖北省涂料工业协会"],
        issued="2026-03-05",
        effective="2026-04-05",
        numbering="literal",
        running="margin",
        cover="band",
        body_font="hei",
    )
    front(
        d,
        "本文件由湖北省涂料工业协会提出并归口。",
        "本文件起草单位：武汉蓝城建筑涂料有限公司、湖北省产品质量监督检验研究院。",
        "本文件主要起草人：余志强、罗晓玲。",
    )
    d.h("1", "范围")
    d.p("本文件规定了建筑外墙用腻子的分类、要求、试验方法、检验规则及标志、包装、运输和贮存。")
    d.p("本文件适用于以水泥、聚合物乳液或可再分散乳胶粉为主要粘结材料，用于建筑外墙找平的腻子。")
    references(
        d,
        "2",
        "GB/T 9756　合成树脂乳液内墙涂料",
        "GB/T 23455　外墙柔性腻子",
        "JG/T 157　建筑外墙用腻子",
    )
    d.h("3", "分类")
    d.p("按腻子膜柔韧性或动态抗开裂性分为普通型（P）、柔性（R）和弹性（T）。")
    d.h("4", "要求")
    d.cl("4.1", "腻子的技术指标应符合表1的规定。")
    rows: list = [[C("项目", cs=2), *TYPES]]
    rows += [
        [C("容器中状态", cs=2, align="l"), qt("容器中状态", "无结块、均匀")],
        [C("施工性", cs=2, align="l"), qt("施工性", "刮涂无障碍")],
        [C("干燥时间（表干）/h", cs=2, align="l"), merged("干燥时间（表干）", "h", "≤5", "<=")],
        [C("初期干燥抗裂性（6 h）", cs=2, align="l"), qt("初期干燥抗裂性（6 h）", "无裂纹")],
        [
            C("吸水量/（g/10 min）", cs=2, align="l"),
            *per("吸水量", "g/10 min", ["≤2.0", "≤2.0", "≤1.5"], "<="),
        ],
        [C("耐碱性（48 h）", cs=2, align="l"), qt("耐碱性（48 h）", "无异常")],
        [
            C("粘结强度/MPa", rs=2, align="l"),
            "标准状态",
            *per("粘结强度", "MPa", ["≥0.60", "≥0.60", "≥0.60"], ">=", ["标准状态"]),
        ],
        [
            "冻融循环（5次）后",
            *per("粘结强度", "MPa", ["≥0.40", "≥0.40", "≥0.50"], ">=", ["冻融循环（5次）后"]),
        ],
        [
            C("腻子膜柔韧性<sup>a</sup>", cs=2, align="l"),
            qt("腻子膜柔韧性", "直径100 mm，无裂纹", ["普通型（P）"]),
            qt("腻子膜柔韧性", "直径50 mm，无裂纹", ["柔性（R）"]),
            "—",
        ],
        [C("动态抗开裂性/mm", cs=2, align="l"), *per("动态抗开裂性", "mm", ["—", "≥0.04", "≥0.10"], ">=")],
        [
            C("低温贮存稳定性<sup>b</sup>", cs=2, align="l"),
            qt("低温贮存稳定性", "三次循环不变质", KEYS, "仅适用于液态组分或膏状腻子"),
        ],
    ]
    d.table(
        "1",
        "技术指标",
        rows,
        widths=[30, 30, 34, 34, 34],
        style="web",
        footnotes=[
            "<sup>a</sup>　弹性腻子不考核腻子膜柔韧性。",
            "<sup>b</sup>　仅适用于液态组分或膏状腻子。",
        ],
    )
    d.cl("4.2", "有害物质限量应符合表2的规定。")
    heavy = [("铅（Pb）", "90"), ("镉（Cd）", "75"), ("铬（Cr）", "60"), ("汞（Hg）", "60")]
    rows2: list = [[C("项目", cs=2), "单位", "限量值"]]
    rows2.append(
        [
            "挥发性有机化合物（VOC）含量",
            "—",
            "g/kg",
            V("≤10", R("挥发性有机化合物（VOC）含量", "<=", 10, "g/kg")),
        ]
    )
    rows2.append([C("游离甲醛", cs=2, align="l"), "mg/kg", V("≤50", R("游离甲醛", "<=", 50, "mg/kg"))])
    for n, (name, value) in enumerate(heavy):
        head = [C("可溶性重金属<sup>c</sup>", rs=4, align="l")] if n == 0 else []
        rows2.append(
            [
                *head,
                name,
                "mg/kg",
                V(
                    f"≤{value}",
                    R(name, "<=", float(value), "mg/kg", cond=["可溶性重金属", "仅适用于含颜料的腻子"]),
                ),
            ]
        )
    rows2[1] = [C("挥发性有机化合物（VOC）含量", cs=2, align="l"), "g/kg", rows2[1][3]]
    d.table(
        "2",
        "有害物质限量",
        rows2,
        widths=[40, 30, 30, 40],
        style="web",
        footnotes=["<sup>c</sup>　仅适用于含颜料的腻子。"],
    )
    d.cl(
        "4.3",
        "双组分腻子混合后的适用期",
        V("不少于2 h", R("适用期", ">=", 2, "h", cond=["双组分腻子混合后"])),
        "。",
    )
    d.h("5", "试验方法")
    d.cl("5.1", "标准试验条件：温度（23±2）℃，相对湿度（50±5）%。")
    d.cl("5.2", "冻融循环：试件在（23±2）℃水中浸泡18 h，（−20±2）℃冷冻3 h，（50±2）℃烘3 h为一个循环。")
    d.h("6", "检验规则")
    d.cl("6.1", "同一配方、同一工艺生产的产品，粉状每50 t、膏状每20 t为一批。")
    d.cl("6.2", "出厂检验项目为容器中状态、施工性、干燥时间和初期干燥抗裂性。")
    d.h("7", "标志、包装、运输和贮存")
    d.cl("7.1", "包装上应标明产品类型、净含量、生产日期、贮存期和使用说明。")
    d.cl("7.2", "粉状产品贮存期6个月，膏状产品在5 ℃～35 ℃下贮存期12个月。")
    return d
