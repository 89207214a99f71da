"""GB 食品安全国家标准 食品中丙烯酰胺限量 (dev): a full-grid limit table whose rows are food categories
nested three deep by indentation (a category row without a value over its kinds), the indicator named only
by the caption and the unit in the header, footnote letters a b c on rows (a basis each), notes 注1/注2
inside the frame, the table running onto the next page as 表1（续） with its header repeated; a raw
material clause with 不超过 and a second clause with 应不高于; a normative annex listing the food
categories (no values) and one giving the calculation (a formula, not gold).  The levels echo the
benchmark levels of the European Union and the Codex code of practice as remembered; the number, the
issuers' dates and every figure are invented."""

from kit import FOOD, C, Doc, R, V

NAME = "丙烯酰胺"
UNIT = "μg/kg"
FN = {"a": "以即食状态计", "b": "以面饼计", "c": "以冲调前的固态产品计"}


def limit(label: str, text: str, path: str, mark: str = "") -> list:
    """A category row with its limit; ``mark`` a footnote letter whose basis goes to the conditions."""
    cond = [path] + ([FN[mark]] if mark else [])
    shown = label + (f"<sup>{mark}</sup>" if mark else "")
    return [C(shown, align="l"), V(text, R(NAME, "<=", float(text), UNIT, cond=cond))]


def group(label: str) -> list:
    return [C(label, align="l"), ""]


def build() -> Doc:
    d = Doc(
        stem="lu_acrylamide_01",
        category="食品中丙烯酰胺限量",
        code=None,
        kind="GB",
        number="GB 31671—2026",
        title=["食品安全国家标准", "食品中丙烯酰胺限量"],
        title_en="National food safety standard—Maximum levels of acrylamide in foods",
        issuers=FOOD,
        issued="2026-03-16",
        effective="2027-03-16",
    )
    d.preface(
        "本标准按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。",
        "本标准为首次发布。",
        "本标准规定的限量指标以食品中丙烯酰胺的膳食暴露评估结果为依据，兼顾现行生产工艺可达到的水平。",
    )
    d.h("1", "范围")
    d.p("本标准规定了食品中丙烯酰胺的限量指标及其应用原则。")
    d.p("本标准适用于表1所列的预包装食品和散装食品，不适用于食品原料中天然存在的丙烯酰胺前体物质。")
    d.h("2", "术语和定义")
    d.cl(
        "2.1",
        "<b>丙烯酰胺</b>　食品在热加工（烘烤、油炸、焙炒）过程中由天冬酰胺和还原糖经美拉德反应生成的化合物。",
    )
    d.cl("2.2", "<b>限量</b>　食品中丙烯酰胺的允许最大含量水平。")
    d.cl("2.3", "<b>即食状态</b>　食品按标签标示的方法制备后可直接食用的状态。")
    d.h("3", "应用原则")
    d.cl(
        "3.1",
        "无论是否制定丙烯酰胺限量，食品生产和加工者均应采取控制措施，使食品中丙烯酰胺的含量达到最低水平。",
    )
    d.cl("3.2", "食品类别（名称）说明（附录A）用于界定丙烯酰胺限量的适用范围，仅适用于本标准。")
    d.cl("3.3", "限量指标对制品有要求的情况下，其中丙烯酰胺含量系指以表1脚注所列状态计的含量。")
    d.h("4", "指标要求")
    d.cl("4.1", "食品中丙烯酰胺限量指标见表1。")
    rows = [
        ["食品类别（名称）", "限量/（μg/kg）"],
        group("薯类制品"),
        limit("　　油炸薯条", "500", "薯类制品/油炸薯条", "a"),
        group("　　薯片"),
        limit("　　　　以马铃薯鲜切片制成的", "750", "薯类制品/薯片/以马铃薯鲜切片制成的"),
        limit("　　　　以马铃薯粉（复合）制成的", "650", "薯类制品/薯片/以马铃薯粉（复合）制成的"),
        limit("　　其他油炸或烘烤薯类制品", "600", "薯类制品/其他油炸或烘烤薯类制品"),
        group("谷物制品"),
        group("　　面包"),
        limit("　　　　软质面包", "60", "谷物制品/面包/软质面包"),
        limit("　　　　硬质面包、全麦面包", "100", "谷物制品/面包/硬质面包、全麦面包"),
        group("　　饼干"),
        limit("　　　　酥性饼干、韧性饼干", "350", "谷物制品/饼干/酥性饼干、韧性饼干"),
        limit("　　　　曲奇饼干", "400", "谷物制品/饼干/曲奇饼干"),
        limit("　　　　威化饼干", "300", "谷物制品/饼干/威化饼干"),
        limit("　　　　苏打饼干", "250", "谷物制品/饼干/苏打饼干"),
        group("　　早餐谷物"),
        limit("　　　　以小麦、大米为主要原料的", "300", "谷物制品/早餐谷物/以小麦、大米为主要原料的"),
        limit("　　　　以玉米、燕麦为主要原料的", "150", "谷物制品/早餐谷物/以玉米、燕麦为主要原料的"),
        limit("　　烘烤类糕点", "250", "谷物制品/烘烤类糕点"),
        limit("　　油条、麻花等油炸面制品", "300", "谷物制品/油条、麻花等油炸面制品"),
        limit("　　油炸方便面", "200", "谷物制品/油炸方便面", "b"),
        group("咖啡及咖啡类饮料"),
        limit("　　焙炒咖啡（豆、粉）", "400", "咖啡及咖啡类饮料/焙炒咖啡（豆、粉）"),
        limit("　　速溶咖啡（粉）", "850", "咖啡及咖啡类饮料/速溶咖啡（粉）", "c"),
        group("　　咖啡替代品"),
        limit("　　　　以谷物为主要原料的", "500", "咖啡及咖啡类饮料/咖啡替代品/以谷物为主要原料的", "c"),
        limit("　　　　以菊苣为主要原料的", "4000", "咖啡及咖啡类饮料/咖啡替代品/以菊苣为主要原料的", "c"),
        group("可可制品"),
        limit("　　可可粉", "400", "可可制品/可可粉"),
        group("坚果及籽类制品"),
        limit("　　烘烤扁桃仁", "300", "坚果及籽类制品/烘烤扁桃仁"),
        limit("　　油炸花生仁", "200", "坚果及籽类制品/油炸花生仁"),
        group("蔬菜制品"),
        limit("　　油炸蔬菜脆片", "750", "蔬菜制品/油炸蔬菜脆片", "a"),
        limit("　　烘烤蔬菜脆片", "500", "蔬菜制品/烘烤蔬菜脆片", "a"),
    ]
    d.table(
        "1",
        "食品中丙烯酰胺限量指标",
        rows,
        widths=[110, 45],
        notes=[
            "注1：表中未列出的热加工食品，其丙烯酰胺含量应符合3.1的原则。",
            "注2：同一类别下未细分的产品，执行该类别的限量。",
        ],
        footnotes=[f"{k}　{v}。" for k, v in FN.items()],
    )
    d.cl(
        "4.2",
        "用于生产油炸薯条和薯片的马铃薯原料，其还原糖含量（以葡萄糖计）",
        V(
            "不得超过0.30 g/100 g",
            R("还原糖含量", "<=", 0.30, "g/100 g", cond=["以葡萄糖计", "用于生产油炸薯条和薯片的马铃薯原料"]),
        ),
        "。",
    )
    d.cl(
        "4.3",
        "以天冬酰胺酶处理工艺生产的饼干，其丙烯酰胺含量应不高于表1相应限量的",
        V("50%", R(NAME, "<=", 50, "%", cond=["以天冬酰胺酶处理工艺生产的饼干", "表1相应限量的"])),
        "。",
    )
    d.h("5", "检验方法")
    d.cl("5.1", "按GB 5009.204规定的方法测定，计算方法见附录B。")
    d.cl("5.2", "样品应粉碎、混匀后取可食用部分测定；需冲调的产品按标签标示的方法冲调后测定即食状态的含量。")
    d.annex("A", "规范性", "食品类别（名称）说明")
    d.p("食品类别（名称）说明见表A.1。")
    cats = [
        ["类别", "包括的产品"],
        [
            "薯类制品",
            C(
                "以马铃薯、甘薯等薯类为主要原料，经油炸、烘烤等热加工制成的即食制品，如油炸薯条、薯片、薯饼",
                align="l",
            ),
        ],
        [
            "谷物制品",
            C(
                (
                    "以谷物为主要原料经烘烤、油炸、膨化加工制成的制品，如面包"
                    "、饼干、早餐谷物、烘烤类糕点和油炸方便面"
                ),
                align="l",
            ),
        ],
        ["咖啡及咖啡类饮料", C("焙炒咖啡、速溶咖啡以及以谷物、菊苣等为原料焙炒制成的咖啡替代品", align="l")],
        ["可可制品", C("可可粉以及以可可粉为主要原料的固体饮料", align="l")],
        ["坚果及籽类制品", C("经烘烤、油炸的坚果及籽类制品，不包括未经热加工的生干坚果", align="l")],
        ["蔬菜制品", C("以蔬菜为原料，经真空油炸或常压油炸制成的脆片", align="l")],
    ]
    d.table("A.1", "食品类别（名称）说明", cats, widths=[40, 115])
    d.annex("B", "规范性", "丙烯酰胺含量的计算")
    d.cl("B.1", "试样中丙烯酰胺的含量按公式（B.1）计算：")
    d.math(r"X=\frac{A\times f}{m}", "B.1")
    d.where(
        "<m>X</m>——试样中丙烯酰胺的含量，单位为微克每千克（μg/kg）；",
        "<m>A</m>——试样溶液中丙烯酰胺的质量，单位为纳克（ng）；",
        "<m>f</m>——稀释倍数；",
        "<m>m</m>——试样质量，单位为克（g）。",
    )
    d.cl(
        "B.2",
        "计算结果保留三位有效数字。在重复性条件下获得的两次独立测定结果的绝对差值不得超过算术平均值的20%。",
    )
    d.cl("B.3", "当称样量为2 g时，方法的检出限为10 μg/kg，定量限为30 μg/kg。")
    return d
