"""GB 4806.7-style 食品安全国家标准 食品接触用塑料材料及制品 (dev): a sensory table (qualitative rows),
a physico-chemical table whose rows carry their unit and the food simulant with its test condition in the
label, a 阴性 cell, a footnote that prints a limit for infants' articles, an element table laid out in two
halves side by side, clause limits with 不得检出 and 检出限 in parentheses, a normative annex whose rows
are resins (categories) with substance rows and SML / QM columns, and an informative annex of test
conditions.  Values follow GB 4806.7-2016 and GB 9685 as the author remembers them; the element list
follows EU 10/2011 Annex II; the rest is the author's."""

from kit import FOOD, C, Doc, R, V


def resin(name: str, subs: list[tuple[str, str, str, str]]) -> list[list]:
    """Rows of one resin: (substance, SML text, QM text, remark)."""
    rows = []
    for i, (sub, sml, qm, remark) in enumerate(subs):
        row: list = [C(name, rs=len(subs), align="l")] if i == 0 else []
        row.append(C(sub, align="l"))
        basis = [remark] if remark.startswith("以") else []  # the expression basis of the 其他要求 column
        for column, text in (("SML", sml), ("QM", qm)):
            if text == "—":
                row.append("—")
            elif text.startswith("ND"):
                row.append(
                    V("ND<sup>a</sup>", R(sub, "not_detected", cond=[name, column, *basis], text="ND"))
                )
            else:
                row.append(V(text, R(sub, "<=", float(text), "mg/kg", cond=[name, column, *basis])))
        row.append(C(remark, align="l"))
        rows.append(row)
    return rows


def build() -> Doc:
    d = Doc(
        stem="off_fcmplastic_01",
        category="食品接触用塑料",
        code="2927",
        kind="GB",
        number="GB 4806.7—2026",
        replaces=["GB 4806.7—2016"],
        title=["食品安全国家标准", "食品接触用塑料材料及制品"],
        issuers=FOOD,
        issued="2026-03-26",
        effective="2027-03-26",
    )
    d.preface(
        "本标准代替GB 4806.7—2016《食品安全国家标准　食品接触用塑料材料及制品》。",
        "本标准与GB 4806.7—2016相比，主要变化如下：",
        "——增加了元素特定迁移限量的要求；",
        "——修改了婴幼儿专用食品接触用塑料材料及制品总迁移量的表示方式；",
        "——增加了初级芳香族胺的要求；",
        "——修改了附录A的树脂及其限制物质。",
    )
    d.h("1", "范围")
    d.p("本标准适用于各种食品接触用塑料材料及制品。")
    d.h("2", "术语和定义")
    d.h("2.1", "塑料材料及制品")
    d.p("以树脂为主要原料，加入或不加入添加剂而制成的食品接触材料及制品，包括单层或多层塑料材料及制品。")
    d.h("2.2", "特定迁移限量（SML）")
    d.p("食品接触材料及制品中的某种物质迁移到与之接触的食品或食品模拟物中的最大允许量。")
    d.h("2.3", "最大残留量（QM）")
    d.p("食品接触材料及制品中某种物质残留的最大允许量。")
    d.h("3", "技术要求")
    d.h("3.1", "原料要求")
    d.cl("3.1.1", "基础树脂应符合附录A及相关公告的规定。")
    d.cl("3.1.2", "添加剂的使用应符合GB 9685及相关公告的规定。")
    d.h("3.2", "感官要求")
    d.p("感官要求应符合表1的规定。")
    d.table(
        "1",
        "感官要求",
        [
            ["项　目", "要　求"],
            ["色泽", V("色泽正常", R("色泽", "qualitative", text="色泽正常"))],
            ["气味", V("无异臭", R("气味", "qualitative", text="无异臭"))],
            ["外观", V("无不洁物", R("外观", "qualitative", text="无不洁物"))],
            [
                "浸泡液",
                V(
                    "迁移试验所得浸泡液无着色、无异臭、无异味",
                    R("浸泡液", "qualitative", text="迁移试验所得浸泡液无着色、无异臭、无异味"),
                ),
            ],
        ],
        widths=[40, 110],
    )
    d.h("3.3", "理化指标")
    d.cl("3.3.1", "理化指标应符合表2的规定。")
    d.table(
        "2",
        "理化指标",
        [
            ["项　目", "指　标", "检验方法"],
            [
                C("总迁移量<sup>a</sup>/（mg/dm<sup>2</sup>）　　　　≤", align="l"),
                V("10", R("总迁移量", "<=", 10, "mg/dm²")),
                "GB 31604.8",
            ],
            [
                C("高锰酸钾消耗量/（mg/kg）\n　水（60 ℃，2 h）　　　　≤", align="l"),
                V("10", R("高锰酸钾消耗量", "<=", 10, "mg/kg", cond=["水（60 ℃，2 h）"])),
                "GB 31604.2",
            ],
            [
                C("重金属（以Pb计）/（mg/kg）\n　4%乙酸（体积分数）（60 ℃，2 h）　　≤", align="l"),
                V("1", R("重金属（以Pb计）", "<=", 1, "mg/kg", cond=["4%乙酸（体积分数）（60 ℃，2 h）"])),
                "GB 31604.9",
            ],
            [
                C("脱色试验<sup>b</sup>", align="l"),
                V("阴性", R("脱色试验", "qualitative", cond=["仅适用于添加了着色剂的产品"], text="阴性")),
                "GB 31604.7",
            ],
        ],
        widths=[80, 30, 40],
        footnotes=[
            [
                "<sup>a</sup>　接触婴幼儿食品的塑料材料及制品，总迁移量",
                V(
                    "应不大于60 mg/kg",
                    R("总迁移量", "<=", 60, "mg/kg", cond=["接触婴幼儿食品的塑料材料及制品"]),
                ),
                "。",
            ],
            "<sup>b</sup>　仅适用于添加了着色剂的产品。",
        ],
    )
    d.cl("3.3.2", "添加了金属盐类添加剂的塑料材料及制品，其元素的特定迁移量应符合表3的规定。")
    elements = [
        ("钡", "1"),
        ("钴", "0.05"),
        ("铜", "5"),
        ("铁", "48"),
        ("锂", "0.6"),
        ("锰", "0.6"),
        ("锌", "25"),
        ("铝", "1"),
    ]
    d.table(
        "3",
        "元素的特定迁移限量",
        [["元素", "SML/（mg/kg）", "元素", "SML/（mg/kg）"]]
        + [
            [a, V(x, R(a, "<=", float(x), "mg/kg")), b, V(y, R(b, "<=", float(y), "mg/kg"))]
            for (a, x), (b, y) in zip(elements[:4], elements[4:], strict=True)
        ],
        widths=[30, 40, 30, 40],
    )
    d.cl(
        "3.3.3",
        "以芳香族异氰酸酯或偶氮类着色剂为原料的塑料材料及制品，初级芳香族胺的迁移量",
        V(
            "应为不得检出（检出限为0.01 mg/kg）",
            R(
                "初级芳香族胺的迁移量",
                "not_detected",
                cond=["以芳香族异氰酸酯或偶氮类着色剂为原料的塑料材料及制品"],
                text="不得检出（检出限为0.01 mg/kg）",
            ),
        ),
        "。",
    )
    d.h("3.4", "迁移试验")
    d.cl("3.4.1", "迁移试验应按GB 5009.156和GB 31604.1的规定执行，食品模拟物和试验条件的选择见附录B。")
    d.cl(
        "3.4.2",
        (
            "对于预期重复使用的制品，应以第三次迁移试验的结果判定；试验时应使用新的食品模拟物，每次迁移试验"
            "的时间和温度相同。"
        ),
    )
    d.h("4", "其他")
    d.cl("4.1", "标签标识应符合GB 4806.1的规定。")
    d.cl("4.2", "产品应在标签上注明使用温度范围，例如“使用温度：－20 ℃～100 ℃”，以及不适宜接触的食品类别。")
    d.annex("A", "规范性", "树脂及其限制物质")
    d.cl("A.1", "食品接触用塑料材料及制品中允许使用的基础树脂及其限制物质的要求见表A.1。")
    rows = [["树脂名称", "限制物质", "SML/（mg/kg）", "QM/（mg/kg）", "其他要求"]]
    rows += resin(
        "聚对苯二甲酸乙二醇酯（PET）",
        [
            ("乙二醇", "30", "—", "以乙二醇和二甘醇之和计"),
            ("对苯二甲酸", "7.5", "—", ""),
            ("锑", "0.04", "—", "以Sb计"),
        ],
    )
    rows += resin("聚氯乙烯（PVC）", [("氯乙烯", "ND", "1", "")])
    rows += resin("聚碳酸酯（PC）", [("双酚A", "0.6", "—", "不得用于婴幼儿专用制品"), ("苯酚", "3", "—", "")])
    rows += resin("聚酰胺6（PA6）", [("己内酰胺", "15", "—", "以己内酰胺及其盐之和计")])
    rows += resin("三聚氰胺-甲醛树脂（MF）", [("甲醛", "15", "—", ""), ("三聚氰胺", "2.5", "—", "")])
    rows += resin(
        "丙烯腈-丁二烯-苯乙烯共聚物（ABS）", [("丙烯腈", "ND", "—", ""), ("1,3-丁二烯", "ND", "1", "")]
    )
    rows += resin("聚乙烯（PE）", [("—", "—", "—", "")])
    d.table(
        "A.1",
        "树脂及其限制物质",
        rows,
        widths=[44, 28, 22, 22, 44],
        font=8.5,
        footnotes=["<sup>a</sup>　ND表示不得检出，检出限为0.01 mg/kg。"],
    )
    d.annex("B", "资料性", "迁移试验的食品模拟物和试验条件")
    d.cl("B.1", "常用食品模拟物及其代表的食品类别见表B.1。")
    d.table(
        "B.1",
        "食品模拟物",
        [
            ["食品类别", "食品模拟物", "试验条件示例"],
            ["水性食品（pH≥5）", "10%（体积分数）乙醇", "70 ℃，2 h"],
            ["酸性食品（pH＜5）", "4%（体积分数）乙酸", "70 ℃，2 h"],
            ["含酒精食品", "20%或50%（体积分数）乙醇", "60 ℃，10 d"],
            ["油脂类食品", "植物油", "100 ℃，1 h"],
        ],
        widths=[50, 50, 50],
    )
    d.cl("B.2", "当预期使用时间超过30 d时，可在60 ℃下进行10 d的加速试验。")
    return d
