"""GB 14880-style 食品安全国家标准 食品营养强化剂使用标准 (dev): a normative annex table whose first column
names the nutrient in a cell merged down over its foods, nested food categories by indentation (parent
rows without a value, parenthesised exclusions), ranges with the unit in each cell (μg/kg, mg/kg), two
values stacked in one cell with their qualifiers, a 续表 across pages with the header repeated, and a
clause limit.  Ranges follow GB 14880-2012 as the author remembers them (some rounded or invented); the
nesting and the stacked cell are the author's."""

from kit import FOOD, C, Doc, R, V

# nutrient -> list of (path, text) ; path "parent/child" ; text None for a category row without value
BLOCKS = {
    "维生素A": [
        ("乳及乳制品（13.0涉及品种除外）", None),
        ("乳及乳制品/调制乳", "600 μg/kg～1000 μg/kg"),
        ("乳及乳制品/风味发酵乳", "600 μg/kg～1000 μg/kg"),
        ("乳及乳制品/调制乳粉（儿童用乳粉和孕产妇用乳粉除外）", "3000 μg/kg～9000 μg/kg"),
        ("乳及乳制品/调制乳粉（仅限儿童用乳粉）", "1200 μg/kg～7000 μg/kg"),
        ("乳及乳制品/调制乳粉（仅限孕产妇用乳粉）", "2000 μg/kg～10000 μg/kg"),
        ("植物油", "4000 μg/kg～8000 μg/kg"),
        ("人造黄油及其类似制品", "4000 μg/kg～8000 μg/kg"),
        ("大米", "600 μg/kg～1200 μg/kg"),
        ("小麦粉", "600 μg/kg～1200 μg/kg"),
        ("西式糕点", "2330 μg/kg～4000 μg/kg"),
        ("含乳饮料", "300 μg/kg～1000 μg/kg"),
    ],
    "维生素D": [
        ("乳及乳制品（13.0涉及品种除外）", None),
        ("乳及乳制品/调制乳", "10 μg/kg～40 μg/kg"),
        ("乳及乳制品/调制乳粉（儿童用乳粉和孕产妇用乳粉除外）", "63 μg/kg～125 μg/kg"),
        ("乳及乳制品/调制乳粉（仅限儿童用乳粉）", "20 μg/kg～112 μg/kg"),
        ("人造黄油及其类似制品", "125 μg/kg～156 μg/kg"),
        ("果蔬汁（浆）类饮料", "2 μg/kg～10 μg/kg"),
    ],
    "钙": [
        ("乳及乳制品（13.0涉及品种除外）", None),
        ("乳及乳制品/调制乳", "250 mg/kg～1000 mg/kg"),
        ("乳及乳制品/调制乳粉（儿童用乳粉除外）", "3000 mg/kg～7200 mg/kg"),
        ("乳及乳制品/调制乳粉（仅限儿童用乳粉）", "3000 mg/kg～6000 mg/kg"),
        ("粮食和粮食制品", None),
        ("粮食和粮食制品/大米及其制品", "1600 mg/kg～3200 mg/kg"),
        ("粮食和粮食制品/小麦粉及其制品", "1600 mg/kg～3200 mg/kg"),
        ("粮食和粮食制品/即食谷物，包括碾轧燕麦（片）", "2000 mg/kg～7000 mg/kg"),
        ("饮料类（特殊用途饮料除外）", "STACK"),
    ],
    "铁": [
        ("乳及乳制品（13.0涉及品种除外）", None),
        ("乳及乳制品/调制乳粉（儿童用乳粉和孕产妇用乳粉除外）", "60 mg/kg～200 mg/kg"),
        ("乳及乳制品/调制乳粉（仅限儿童用乳粉）", "25 mg/kg～135 mg/kg"),
        ("乳及乳制品/调制乳粉（仅限孕产妇用乳粉）", "50 mg/kg～280 mg/kg"),
        ("豆粉、豆浆粉", "46 mg/kg～80 mg/kg"),
        ("大米及其制品", "14 mg/kg～26 mg/kg"),
        ("酱油", "180 mg/kg～260 mg/kg"),
    ],
    "锌": [
        ("乳及乳制品（13.0涉及品种除外）", None),
        ("乳及乳制品/调制乳粉（儿童用乳粉和孕产妇用乳粉除外）", "30 mg/kg～60 mg/kg"),
        ("乳及乳制品/调制乳粉（仅限儿童用乳粉）", "50 mg/kg～175 mg/kg"),
        ("乳及乳制品/调制乳粉（仅限孕产妇用乳粉）", "30 mg/kg～140 mg/kg"),
        ("大米及其制品", "10 mg/kg～40 mg/kg"),
        ("小麦粉及其制品", "10 mg/kg～40 mg/kg"),
        ("饮料类（特殊用途饮料除外）", "3 mg/kg～20 mg/kg"),
    ],
    "维生素C": [
        ("乳及乳制品（13.0涉及品种除外）", None),
        ("乳及乳制品/风味发酵乳", "120 mg/kg～240 mg/kg"),
        ("乳及乳制品/调制乳粉（儿童用乳粉和孕产妇用乳粉除外）", "300 mg/kg～1000 mg/kg"),
        ("乳及乳制品/调制乳粉（仅限儿童用乳粉）", "140 mg/kg～800 mg/kg"),
        ("水果罐头", "200 mg/kg～400 mg/kg"),
        ("果泥", "50 mg/kg～100 mg/kg"),
        ("果蔬汁（浆）类饮料", "250 mg/kg～500 mg/kg"),
    ],
}


def _range(nutrient: str, path: str, text: str, extra=()) -> dict:
    low, high = (part.split()[0] for part in text.split("～"))
    unit = text.split()[-1]
    return R(nutrient, "range", float(low), unit, vmax=float(high), cond=[_clean(path), *extra])


def _clean(path: str) -> str:
    """The row path as the conditions carry it: a parent's parenthesised exclusions left out."""
    parts = path.split("/")
    if len(parts) == 2:
        parts[0] = parts[0].split("（")[0]
    return "/".join(parts)


def annex_rows() -> list[list]:
    rows: list[list] = [["营养强化剂", "食品类别（名称）", "使用量"]]
    for nutrient, foods in BLOCKS.items():
        for i, (path, text) in enumerate(foods):
            row: list = [C(nutrient, rs=len(foods))] if i == 0 else []
            label = path.split("/")[-1]
            row.append(C(("　　" if "/" in path else "") + label, align="l"))
            if text is None:
                row.append("")
            elif text == "STACK":
                row.append(
                    [
                        V(
                            "160 mg/kg～1350 mg/kg（液体饮料）",
                            _range(nutrient, path, "160 mg/kg～1350 mg/kg", ["液体饮料"]),
                        ),
                        "\n",
                        V(
                            "2500 mg/kg～10000 mg/kg（固体饮料）",
                            _range(nutrient, path, "2500 mg/kg～10000 mg/kg", ["固体饮料"]),
                        ),
                    ]
                )
            else:
                row.append(V(text, _range(nutrient, path, text)))
            rows.append(row)
    return rows


def build() -> Doc:
    d = Doc(
        stem="off_fortify_01",
        category="营养强化剂",
        code=None,
        kind="GB",
        number="GB 14880—2026",
        replaces=["GB 14880—2012"],
        title=["食品安全国家标准", "食品营养强化剂使用标准"],
        issuers=FOOD,
        issued="2026-09-02",
        effective="2027-09-02",
    )
    d.preface(
        "本标准代替GB 14880—2012《食品安全国家标准　食品营养强化剂使用标准》。",
        "本标准与GB 14880—2012相比，主要变化如下：",
        "——修改了营养强化剂的使用范围和使用量的表示方式，使用量均以营养素计；",
        "——增加了即食谷物中钙的使用量；",
        "——删除了附录B和附录C，其内容另行公告。",
    )
    d.h("1", "范围")
    d.p(
        "本标准规定了食品营养强化的主要目的、使用营养强化剂的要求、可强化食品类别的选择要求以及营养强化"
        "剂的使用规定。"
    )
    d.p("本标准适用于食品中营养强化剂的使用。国家法律、法规和（或）标准另有规定的除外。")
    d.h("2", "术语和定义")
    d.h("2.1", "营养强化剂")
    d.p("为了增加食品的营养成分（价值）而加入到食品中的天然或人工合成的营养素和其他营养成分。")
    d.h("2.2", "使用量")
    d.p("在生产过程中允许的实际添加量，以每千克（或每升）食品中营养素的质量计。")
    d.h("3", "营养强化的主要目的")
    d.item("a)", "弥补食品在正常加工、储存时造成的营养素损失。")
    d.item(
        "b)",
        (
            "在一定地域范围内，有相当规模的人群出现某些营养素摄入水平低或缺乏，通过强化可以改善其摄入水平低"
            "或缺乏导致的健康影响。"
        ),
    )
    d.item(
        "c)",
        (
            "某些人群由于饮食习惯和（或）其他原因可能出现某些营养素摄入量水平低或缺乏，通过强化可以改善其摄"
            "入水平低或缺乏导致的健康影响。"
        ),
    )
    d.item("d)", "补充和调整特殊膳食用食品中营养素和（或）其他营养成分的含量。")
    d.h("4", "使用营养强化剂的要求")
    d.cl(
        "4.1",
        (
            "营养强化剂的使用不应导致人群食用后营养素及其他营养成分摄入过量或不均衡，不应导致任何营养素及其"
            "他营养成分的代谢异常。"
        ),
    )
    d.cl("4.2", "营养强化剂的使用不应鼓励和引导与国家营养政策相悖的食品消费模式。")
    d.cl("4.3", "添加到食品中的营养强化剂应能在特定的储存、运输和食用条件下保持质量的稳定。")
    d.cl(
        "4.4", "添加到食品中的营养强化剂不应导致食品一般特性如色泽、滋味、气味、烹调特性等发生明显不良改变。"
    )
    d.h("5", "可强化食品类别的选择要求")
    d.cl("5.1", "应选择目标人群普遍消费且容易获得的食品进行强化。")
    d.cl("5.2", "作为强化载体的食品消费量应相对比较稳定。")
    d.cl("5.3", "我国居民膳食指南中提倡减少食用的食品不宜作为强化的载体。")
    d.h("6", "营养强化剂的使用规定")
    d.cl("6.1", "营养强化剂在食品中的使用范围、使用量应符合附录A的要求，允许使用的化合物来源另行公告。")
    d.cl(
        "6.2",
        "强化食品中营养素的实际含量",
        V("不应低于其标示值的80%", R("营养素的实际含量", ">=", 80, "%", cond=["标示值的"])),
        "，且不应超过附录A规定使用量的上限与原料本底含量之和。",
    )
    d.cl(
        "6.3",
        (
            "附录A中食品类别（名称）按GB 2760的食品分类系统；使用量以液体计的食品，液体与固体之间的换算按冲"
            "调倍数进行。"
        ),
    )
    d.annex("A", "规范性", "营养强化剂的使用范围和使用量")
    d.cl("A.1", "营养强化剂的使用范围和使用量见表A.1。")
    d.table(
        "A.1",
        "营养强化剂的使用范围和使用量",
        annex_rows(),
        widths=[24, 76, 60],
        notes=["注：使用量以营养素计；维生素A以视黄醇计，维生素D以胆钙化醇计。"],
    )
    return d
