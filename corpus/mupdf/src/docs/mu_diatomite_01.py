"""T/-style 团体标准 硅藻泥装饰壁材 (dev): a group standard for a building material in a serif body with a
roman 前言 folio; a performance table with two type columns (Ⅰ型 / Ⅱ型, conditions) and a 单位 column, the
comparators as words in the cells (不低于 / 不高于), values and qualitative cells merged across the types
(one record per type); a harmful-substance table with no rule at all, a parent row over four metals
(a condition of each) and two radioactivity indices.  Echoes group standards on diatom mud (JC/T 2177);
every figure here is invented for this corpus."""

from kit import C, Doc, R, V, ql

T1, T2 = "Ⅰ型", "Ⅱ型"
TYPES = [T1, T2]


def both(name: str, unit: str | None, word: str, cmp: str, a: str, b: str) -> list:
    return [
        V(f"{word}{x}", R(name, cmp, float(x), unit, cond=[t])) for x, t in zip((a, b), TYPES, strict=True)
    ]


def merged(name: str, unit: str | None, word: str, cmp: str, x: str) -> C:
    return C(V(f"{word}{x}", *[R(name, cmp, float(x), unit, cond=[t]) for t in TYPES]), cs=2)


def merged_q(name: str, text: str) -> C:
    return C(V(text, *[R(name, "qualitative", text=text, cond=[t]) for t in TYPES]), cs=2)


def build() -> Doc:
    d = Doc(
        stem="mu_diatomite_01",
        category="硅藻泥装饰壁材",
        code="3039",
        kind="T",
        mark="T/GDJC",
        number="T/GDJC 031—2026",
        title=["硅藻泥装饰壁材"],
        title_en="Diatom mud decorative wall material",
        ics="91.100.99",
        ccs="Q 17",
        issuers=["广东省建筑材料行业协会"],
        issued="2026-03-02",
        effective="2026-04-01",
        face="song",
        folio="plain",
    )
    d.preface(
        "本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。",
        "请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。",
        "本文件由广东省建筑材料行业协会提出并归口。",
        "本文件起草单位：广东省建筑材料研究院、佛山净境新材料有限公司、东莞藻源装饰材料有限公司。",
    )
    d.h("1", "范围")
    d.p("本文件规定了硅藻泥装饰壁材的分类、要求、试验方法、检验规则及标志、包装、运输和贮存。")
    d.p("本文件适用于以硅藻土为主要功能性填料，用于建筑内墙装饰的干粉型和膏状型壁材。")
    d.h("2", "规范性引用文件")
    for ref in (
        "GB 6566　建筑材料放射性核素限量",
        "GB 18582　建筑用墙面涂料中有害物质限量",
        "GB/T 9755　合成树脂乳液外墙涂料",
        "JC/T 1074　室内空气净化功能涂覆材料净化性能",
    ):
        d.p(ref, indent=False)
    d.h("3", "分类")
    d.p("按产品形态分为Ⅰ型（干粉型）和Ⅱ型（膏状型）。")
    d.h("4", "要求")
    d.h("4.1", "一般要求")
    d.p("产品中不得人为添加含苯、卤代烃的溶剂，包装上应标明硅藻土含量。")
    d.h("4.2", "性能")
    d.p("产品性能应符合表1的规定。")
    d.table(
        "1",
        "性能要求",
        [
            ["项目", "单位", T1, T2],
            [
                "容器中状态",
                "—",
                ql("容器中状态", "粉体均匀，无结块", T1),
                ql("容器中状态", "搅拌后均匀，无硬块", T2),
            ],
            ["施工性", "—", merged_q("施工性", "批刮无障碍")],
            ["干燥时间（表干）", "h", *both("干燥时间（表干）", "h", "不高于", "<=", "2", "4")],
            ["吸湿量", "g/m²", *both("吸湿量", "g/m²", "不低于", ">=", "75", "60")],
            ["放湿量", "g/m²", *both("放湿量", "g/m²", "不低于", ">=", "35", "30")],
            ["甲醛净化性能", "%", merged("甲醛净化性能", "%", "不低于", ">=", "75")],
            ["甲醛净化效果持久性", "%", merged("甲醛净化效果持久性", "%", "不低于", ">=", "60")],
            ["耐水性", "—", merged_q("耐水性", "96 h无起鼓、开裂、剥落，允许轻微变色")],
            ["硅藻土含量", "%", *both("硅藻土含量", "%", "不低于", ">=", "30", "25")],
        ],
        widths=[30, 12, 29, 29],
        style="grid",
    )
    d.h("4.3", "有害物质限量")
    d.p("有害物质限量应符合表2的规定。")
    d.table(
        "2",
        "有害物质限量",
        [
            ["项目", "", "单位", "限量值"],
            ["游离甲醛", "", "mg/kg", V("不高于50", R("游离甲醛", "<=", 50.0, "mg/kg"))],
            [
                C("可溶性重金属", rs=4),
                "铅（Pb）",
                "mg/kg",
                V("不高于90", R("铅（Pb）", "<=", 90.0, "mg/kg", cond=["可溶性重金属"])),
            ],
            ["镉（Cd）", "mg/kg", V("不高于75", R("镉（Cd）", "<=", 75.0, "mg/kg", cond=["可溶性重金属"]))],
            ["铬（Cr）", "mg/kg", V("不高于60", R("铬（Cr）", "<=", 60.0, "mg/kg", cond=["可溶性重金属"]))],
            ["汞（Hg）", "mg/kg", V("不高于60", R("汞（Hg）", "<=", 60.0, "mg/kg", cond=["可溶性重金属"]))],
            [C("内照射指数", cs=2), "—", V("不高于1.0", R("内照射指数", "<=", 1.0))],
            [C("外照射指数", cs=2), "—", V("不高于1.3", R("外照射指数", "<=", 1.3))],
        ],
        widths=[26, 22, 20, 32],
        style="bare",
    )
    d.h("5", "试验方法")
    d.cl("5.1", "试验条件：温度（23±2）℃，相对湿度（50±5）%。")
    d.cl("5.2", "吸湿量和放湿量按附录A测定，吸湿条件为相对湿度从53%升至93%保持24 h。")
    d.cl("5.3", "甲醛净化性能和甲醛净化效果持久性按JC/T 1074测定。")
    d.h("6", "检验规则")
    d.p("出厂检验项目为容器中状态、施工性和干燥时间（表干）；型式检验每年至少进行一次。")
    d.h("7", "标志、包装、运输和贮存")
    d.p("产品应在5 ℃以上的干燥环境中贮存，Ⅰ型产品贮存期为24个月，Ⅱ型产品贮存期为12个月。")
    return d
