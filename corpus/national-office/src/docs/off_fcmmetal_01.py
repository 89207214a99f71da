"""GB 4806.9-style 食品安全国家标准 食品接触用金属材料及制品 (test): a sensory table, a migration table with
material columns (不锈钢 / 铝及铝合金 / 其他金属) and values merged across them, `—` cells, a footnote that
prints a stricter limit for infants' articles, a composition clause (铬的质量分数), a coating clause with a
limit in the sentence, the test conditions of a normative annex (simulants, times, temperatures) that are
not limits.  Values after GB 4806.9-2016 as the author remembers it; the aluminium column and the
infants' footnote are invented."""

from kit import FOOD, C, Doc, R, V

MATERIALS = ("不锈钢材料及制品", "铝及铝合金材料及制品", "其他金属材料及制品")


def mig(label: str, name: str, cells: list[str]) -> list:
    row: list = [C(label, align="l")]
    col = 0
    for text in cells:
        span = 1
        if "*" in text:
            text, span = text.split("*")[0], int(text.split("*")[1])
        if text == "—":
            row.append("—")
        else:
            row.append(
                C(
                    V(
                        text,
                        *[
                            R(name, "<=", float(text), "mg/kg", cond=[MATERIALS[col + i]])
                            for i in range(span)
                        ],
                    ),
                    cs=span,
                )
            )
        col += span
    return row


def build() -> Doc:
    d = Doc(
        stem="off_fcmmetal_01",
        category="食品接触用金属",
        code="3382",
        kind="GB",
        number="GB 4806.9—2026",
        replaces=["GB 4806.9—2016"],
        title=["食品安全国家标准", "食品接触用金属材料及制品"],
        issuers=FOOD,
        issued="2026-03-26",
        effective="2027-03-26",
    )
    d.preface(
        "本标准代替GB 4806.9—2016《食品安全国家标准　食品接触用金属材料及制品》。",
        "本标准与GB 4806.9—2016相比，主要变化如下：",
        "——增加了铝及铝合金材料及制品的迁移限量；",
        "——增加了接触婴幼儿食品的金属制品中铅的要求；",
        "——修改了迁移试验的条件。",
    )
    d.h("1", "范围")
    d.p("本标准适用于各种食品接触用金属材料及制品，包括金属基材和金属基材表面的涂层、镀层等。")
    d.h("2", "术语和定义")
    d.h("2.1", "食品接触用金属材料及制品")
    d.p(
        "以金属为原料，经过成型加工制成的食品接触材料及制品，包括以不锈钢、铝及铝合金、铜及铜合金、铁、"
        "锡等为原料的材料及制品。"
    )
    d.h("2.2", "不锈钢")
    d.p("以不锈、耐蚀性为主要特性，且铬含量至少为10.5%，碳含量最大不超过1.2%的钢。")
    d.h("3", "技术要求")
    d.h("3.1", "原料要求")
    d.cl(
        "3.1.1",
        (
            "不锈钢食具容器及食品生产经营工具、设备的主体部分应选用奥氏体型不锈钢、奥氏体·铁素体型不锈钢、铁"
            "素体型不锈钢等材料；餐具的主体部分可选用马氏体型不锈钢材料。"
        ),
    )
    d.cl(
        "3.1.2",
        "不锈钢材料中铬的质量分数",
        V("不应低于10.5%", R("铬的质量分数", ">=", 10.5, "%", cond=["不锈钢材料"])),
        "。",
    )
    d.cl("3.1.3", "金属材料及制品表面的涂层应符合GB 4806.10的规定。")
    d.h("3.2", "感官要求")
    d.p("感官要求应符合表1的规定。")
    d.table(
        "1",
        "感官要求",
        [
            ["项　目", "要　求", "检验方法"],
            [
                "表面",
                V(
                    "光洁，无明显的锈蚀、剥落、起泡等缺陷",
                    R("表面", "qualitative", text="光洁，无明显的锈蚀、剥落、起泡等缺陷"),
                ),
                C("自然光下目视检查", rs=2),
            ],
            [
                "浸泡液",
                V(
                    "迁移试验所得浸泡液无异臭、无异味",
                    R("浸泡液", "qualitative", text="迁移试验所得浸泡液无异臭、无异味"),
                ),
            ],
        ],
        widths=[30, 80, 40],
    )
    d.h("3.3", "理化指标")
    d.cl("3.3.1", "金属材料及制品中金属元素的迁移量应符合表2的规定。")
    d.table(
        "2",
        "金属元素迁移限量",
        [[C("项　目", rs=2), C("迁移限量", cs=3), C("检验方法", rs=2)], list(MATERIALS)]
        + [
            r + [m]
            for r, m in (
                (mig("砷（As）", "砷（As）", ["0.04*3"]), "GB 31604.38"),
                (mig("镉（Cd）", "镉（Cd）", ["0.02*3"]), "GB 31604.24"),
                (mig("铅（Pb）<sup>a</sup>", "铅（Pb）", ["0.05", "0.2*2"]), "GB 31604.34"),
                (mig("铬（Cr）", "铬（Cr）", ["2.0", "—", "—"]), "GB 31604.25"),
                (mig("镍（Ni）", "镍（Ni）", ["0.5", "—", "—"]), "GB 31604.33"),
                (mig("铝（Al）", "铝（Al）", ["—", "5", "—"]), "GB 31604.49"),
            )
        ],
        head=2,
        widths=[26, 30, 30, 30, 34],
        unit_line="单位为毫克每千克",
        footnotes=[
            [
                "<sup>a</sup>　接触婴幼儿食品的金属制品，铅的迁移量",
                V(
                    "不得超过0.01 mg/kg",
                    R("铅（Pb）", "<=", 0.01, "mg/kg", cond=["接触婴幼儿食品的金属制品"]),
                ),
                "。",
            ]
        ],
    )
    d.cl(
        "3.3.2",
        "镀锡薄钢板制成的食品罐（含罐盖），锡的迁移量",
        V(
            "不应大于250 mg/kg",
            R("锡的迁移量", "<=", 250, "mg/kg", cond=["镀锡薄钢板制成的食品罐（含罐盖）"]),
        ),
        "。",
    )
    d.cl("3.3.3", "铜及铜合金制品与食品接触的表面应有涂层或镀层；无涂层或镀层的，不得用于接触酸性食品。")
    d.h("3.4", "迁移试验")
    d.cl("3.4.1", "迁移试验按GB 5009.156和附录A的规定执行。")
    d.cl("3.4.2", "对于预期重复使用的制品，以第三次迁移试验的结果判定。")
    d.h("4", "标签标识")
    d.cl("4.1", "标签标识应符合GB 4806.1的规定。")
    d.cl("4.2", "不锈钢制品应标示不锈钢的型号或代号，铝制品应标示“不宜长时间盛放酸性、碱性及咸味食品”。")
    d.annex("A", "规范性", "迁移试验条件")
    d.cl("A.1", "金属材料及制品的迁移试验以4%（体积分数）乙酸为食品模拟物，试验条件按表A.1的规定。")
    d.table(
        "A.1",
        "迁移试验条件",
        [
            ["制品的预期用途", "试验温度", "试验时间"],
            ["煮沸或高温烹饪", "100 ℃（回流）", "0.5 h"],
            ["室温或冷藏条件下长期贮存", "40 ℃", "10 d"],
            ["接触时间不超过2 h的室温使用", "70 ℃", "2 h"],
        ],
        widths=[70, 40, 40],
    )
    d.cl("A.2", "试样面积与模拟物体积之比按6 dm<sup>2</sup>/kg计；可盛装的制品按实际容积的95%加入模拟物。")
    d.cl("A.3", "每个样品平行试验2份，以算术平均值报告结果，保留2位有效数字。")
    return d
