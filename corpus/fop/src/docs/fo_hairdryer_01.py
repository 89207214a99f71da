"""QB/T appliance 家用电吹风 (dev): a transposed table — rated-power classes down the rows, quantities
across with their units on a header row of their own and comparators on a third header row — a value merged
over the classes; an asymmetric input-power tolerance (+5%～−10%) and a ±10% air-flow tolerance without a
centre in clauses; electrical safety as an ``fo:list-block`` with a pass / fail test; a negative-ion
concentration restricted by an ``fo:footnote``; test conditions, sample sizes and drop heights (not
indicators).  The levels echo the sector standard for household hair dryers as remembered; the 2026 edition
and every figure are invented."""

from kit import C, Doc, Foot, R, V, front, references

CLASSES = ["P≤1 000 W", "1 000 W＜P≤1 600 W", "P＞1 600 W"]
QUANTITIES = [
    ("出风口风速", "m/s", ">="),
    ("风量", "m³/min", ">="),
    ("出风口温升", "K", ">="),
    ("噪声（A计权声功率级）", "dB(A)", "<="),
]
DATA = {
    CLASSES[0]: ["8.0", "0.35", "40", "70"],
    CLASSES[1]: ["10.0", "0.45", "45", "72"],
    CLASSES[2]: ["12.0", "0.55", "50", "75"],
}


def build() -> Doc:
    d = Doc(
        stem="fo_hairdryer_01",
        category="家用电吹风",
        code="3856",
        kind="QB/T",
        mark="QB",
        short="家用电吹风",
        number="QB/T 1876—2026",
        replaces=["QB/T 1876—2013"],
        filing="79124—2026",
        title=["家用和类似用途电吹风"],
        title_en="Hair dryers for household and similar purposes",
        ics="97.170",
        ccs="Y 65",
        issuers=["中华人民共和国工业和信息化部"],
        issued="2026-04-30",
        effective="2026-11-01",
    )
    front(
        d,
        "QB/T 1876—2013",
        "中国轻工业联合会",
        "全国家用电器标准化技术委员会（SAC/TC 46）",
        "——按额定功率分档规定了风速、风量和温升（见5.2）；",
        "——增加了负离子浓度的要求（见5.5）。",
    )
    d.h("1", "范围")
    d.p(
        "本文件规定了家用和类似用途电吹风的分类、技术要求、检"
        "验规则和标志、包装、运输、贮存，描述了相应的试验方法。"
    )
    d.p("本文件适用于额定电压不超过250 V、额定功率不超过2 400 W的手持式电吹风。")
    references(
        d,
        "2",
        "GB 4343.1　家用电器、电动工具和类似器具的电磁兼容要求　第1部分：发射",
        "GB 4706.1　家用和类似用途电器的安全　第1部分：通用要求",
        "GB 4706.15　家用和类似用途电器的安全　皮肤及毛发护理器具的特殊要求",
        "GB/T 4214.1　家用和类似用途电器噪声测试方法　通用要求",
    )
    d.h("3", "术语和定义")
    d.p("本文件没有需要界定的术语和定义。")
    d.h("4", "分类")
    d.p("电吹风按额定功率分为三档：P≤1 000 W、1 000 W＜P≤1 600 W和P＞1 600 W。")
    d.h("5", "技术要求")
    d.cl("5.1", "电吹风的安全应符合GB 4706.1和GB 4706.15的规定。")
    d.cl("5.2", "在额定电压下，以最高档运行时，电吹风的性能应符合表1的规定。")
    rows: list = [
        [C("额定功率P", rs=3), *[q for q, _u, _c in QUANTITIES], "待机功率"],
        [*[u for _q, u, _c in QUANTITIES], "W"],
        [*[{">=": "≥", "<=": "≤"}[c] for _q, _u, c in QUANTITIES], "≤"],
    ]
    for n, cls in enumerate(CLASSES):
        cells: list = [cls]
        for (name, unit, cmp), text in zip(QUANTITIES, DATA[cls], strict=True):
            cells.append(V(text, R(name, cmp, float(text), unit, cond=[cls])))
        if n == 0:
            recs = [R("待机功率", "<=", 0.5, "W", cond=[c]) for c in CLASSES]
            cells.append(C(V("0.5", *recs), rs=3))
        rows.append(cells)
    d.table("1", "性能要求", rows, head=3, widths=[36, 24, 24, 24, 34, 20])
    d.cl(
        "5.3",
        "输入功率偏差：在额定电压下，输入功率对额定输入功率的偏差应为",
        V("+5%～−10%", R("输入功率偏差", "range", -10, "%", vmax=5, cond=["对额定输入功率"])),
        "。",
    )
    d.cl(
        "5.4",
        "风量偏差：实测风量与标称风量之差应在",
        V("±10%", R("风量偏差", "range", -10, "%", vmax=10, cond=["实测风量与标称风量之差"])),
        "以内。",
    )
    d.cl(
        "5.5",
        "具有负离子功能的电吹风，距出风口10 cm处的负离子浓度",
        V(
            "不应低于1.0×10<sup>6</sup>个/cm<sup>3</sup>",
            R(
                "负离子浓度",
                ">=",
                1.0e6,
                "个/cm³",
                cond=[
                    "具有负离子功能的电吹风",
                    "距出风口10 cm处",
                    "仅适用于在说明书或铭牌上标称具有负离子功能的电吹风",
                ],
            ),
        ),
        Foot("1)", "仅适用于在说明书或铭牌上标称具有负离子功能的电吹风。"),
        "。",
    )
    d.cl("5.6", "电气安全性能：")
    d.item(
        "a)",
        "泄漏电流：工作温度下的泄漏电流",
        V("不应大于0.25 mA", R("泄漏电流", "<=", 0.25, "mA", cond=["工作温度下"])),
        "；",
    )
    d.item(
        "b)",
        "电气强度：带电部件与易触及部件之间",
        V(
            "施加3 750 V试验电压1 min，无击穿",
            R("电气强度", "qualitative", text="施加3 750 V试验电压1 min，无击穿"),
        ),
        "；",
    )
    d.item("c)", "手柄温升：正常工作时手柄的温升", V("不应超过30 K", R("手柄温升", "<=", 30, "K")), "；")
    d.item("d)", "电源线长度", V("不应小于1.7 m", R("电源线长度", ">=", 1.7, "m")), "。")
    d.cl(
        "5.7",
        "寿命：电吹风按6.5的规定进行通断试验后，累计运行时间",
        V("不应少于400 h", R("累计运行时间", ">=", 400, "h")),
        "，试验后应能正常工作。",
    )
    d.cl(
        "5.8",
        "跌落：电吹风从0.8 m高处自由跌落至硬木板上3次后，",
        V(
            "外壳不应出现影响安全的破损，仍能正常工作",
            R("跌落", "qualitative", text="外壳不应出现影响安全的破损，仍能正常工作"),
        ),
        "。",
    )
    d.h("6", "试验方法")
    d.cl("6.1", "试验在环境温度（20±5）℃、相对湿度45%～75%的无风室内进行。")
    d.cl("6.2", "风速在出风口中心轴线距出风口50 mm处测量，连续测量3次取平均值。")
    d.cl("6.3", "噪声按GB/T 4214.1测定，电吹风置于距地面1.0 m的支架上。")
    d.cl("6.4", "负离子浓度用离子计在距出风口10 cm处测定。")
    d.cl("6.5", "寿命试验：以通电15 min、断电5 min为一个周期进行循环试验。")
    d.h("7", "检验规则")
    d.p("出厂检验每批随机抽取5台进行输入功率、电气强度和泄漏电流检验；型式检验每年至少进行一次，抽样3台。")
    d.h("8", "标志、包装、运输和贮存")
    d.p(
        "铭牌应标明额定电压、额定频率、额定功率和防触电保护"
        "类别。产品应贮存在通风、干燥、无腐蚀性气体的仓库内。"
    )
    return d
