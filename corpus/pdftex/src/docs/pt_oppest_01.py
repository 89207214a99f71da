"""HJ-style 水质 有机磷农药的测定 气相色谱法 (test): an environmental method standard whose only indicators
are its quality-control acceptance criteria: a blank clause (its limits relative to the detection and
quantification limits are not counted), calibration (a correlation coefficient, a continuing-calibration
deviation ±), a dual-column confirmation deviation, parallel samples by concentration level, a per-compound
spike-recovery table on a 序号 | 目标物 | 加标回收率 layout and a surrogate recovery; the detection limits
in the scope and in the annex table, the instrument programme, the reagents, the volumes, the storage and
the precision data are numbers that are not counted. Echoes HJ 1189 and GB 13192 as remembered; the number
and every figure are invented."""

from kit import Doc, R, V, common_front, references

OP = [
    ("敌敌畏", "0.05", "60", "120"),
    ("甲拌磷", "0.04", "70", "120"),
    ("乐果", "0.06", "60", "120"),
    ("二嗪磷", "0.04", "70", "120"),
    ("甲基对硫磷", "0.05", "70", "130"),
    ("马拉硫磷", "0.05", "70", "130"),
    ("毒死蜱", "0.03", "70", "130"),
    ("对硫磷", "0.05", "70", "130"),
    ("乙硫磷", "0.04", "70", "130"),
    ("三唑磷", "0.06", "60", "130"),
]


def build() -> Doc:
    d = Doc(
        stem="pt_oppest_01",
        category="水质有机磷农药测定",
        code=None,
        kind="HJ",
        number="HJ 1418—2026",
        title=["水质　有机磷农药的测定", "气相色谱法"],
        title_en="Water quality—Determination of organophosphorus pesticides—Gas chromatography",
        ics="13.060.50",
        ccs="Z 16",
        issuers=["中华人民共和国生态环境部"],
        issued="2026-07-08",
        effective="2027-01-01",
        replaces=["GB 13192—1991"],
    )
    common_front(
        d,
        "GB 13192—1991《水质　有机磷农药的测定　气相色谱法》",
        "生态环境部生态环境监测司和法规与标准司",
        "生态环境部",
        [
            "——增加了毒死蜱、二嗪磷等6种目标物；",
            "——增加了固相萃取前处理方法；",
            "——增加了质量保证和质量控制的要求。",
        ],
    )
    d.h("1", "范围")
    d.p("本文件规定了测定水中10种有机磷农药的气相色谱法。")
    d.p(
        "本文件适用于地表水、地下水、生活污水和工业废水中敌敌畏、甲拌磷等10种有机磷农药的测定。"
        "当取样体积为1 000 mL，定容体积为1.0 mL时，目标物的方法检出限为0.03 μg/L～0.06 μg/L，测定下限为0.12"
        " μg/L～0.24 μg/L。"
    )
    references(
        d,
        "2",
        "HJ 91.1　污水监测技术规范",
        "HJ 91.2　地表水环境质量监测技术规范",
        "HJ 164　地下水环境监测技术规范",
        "HJ 494　水质　采样技术指导",
    )
    d.h("3", "方法原理")
    d.p(
        "水样中的有机磷农药经二氯甲烷萃取或固相萃取柱富集，洗脱液经浓缩、定容后，用带火焰光度检测器（FPD）"
        "的气相色谱仪分离检测，以保留时间定性，外标法定量。"
    )
    d.h("4", "试剂和材料")
    d.cl("4.1", "二氯甲烷：农残级。")
    d.cl("4.2", "有机磷农药标准贮备液：ρ＝100 mg/L，溶剂为丙酮，于-18 ℃以下冷冻避光保存，可保存6个月。")
    d.cl("4.3", "替代物标准溶液：磷酸三苯酯，ρ＝10.0 mg/L。")
    d.h("5", "仪器和设备")
    d.cl("5.1", "气相色谱仪：具分流/不分流进样口和火焰光度检测器（磷滤光片，526 nm）。")
    d.cl(
        "5.2",
        "色谱柱Ⅰ：长30 m，内径0.32 mm，膜厚0.25 μm，固定相为50%苯基-50%甲基聚硅氧烷；色谱柱Ⅱ：固定相为14%氰"
        "丙基苯基-86%甲基聚硅氧烷。",
    )
    d.h("6", "样品")
    d.cl(
        "6.1",
        "采集水样1 L于棕色玻璃瓶中，每升水样加入10 mL二氯甲烷，于4 ℃以下冷藏避光保存，7 d内完成萃取，萃取液"
        "在40 d内完成分析。",
    )
    d.h("7", "分析步骤")
    d.cl(
        "7.1",
        "仪器参考条件：进样口温度250 ℃；检测器温度260 ℃；柱温初始90 ℃保持1 min，以25 ℃/min升至180 ℃，再以5 "
        "℃/min升至240 ℃保持5 min；进样量1.0 μL。",
    )
    d.cl(
        "7.2",
        "分别移取适量标准使用液，配制质量浓度为0.05 mg/L、0.10 mg/L、0.20 mg/L、0.50 mg/L、1.00 mg/L和2.00 "
        "mg/L的标准系列。",
    )
    d.h("8", "结果计算与表示")
    d.p("样品中目标物的质量浓度按公式（1）计算：")
    d.math(r"\rho=\frac{\rho_i\times V_1}{V}", "1")
    d.where(
        "<m>\\rho</m>——样品中目标物的质量浓度，μg/L；",
        "<m>\\rho_i</m>——由标准曲线得到的目标物质量浓度，mg/L；",
        "<m>V_1</m>——定容体积，mL；",
        "<m>V</m>——取样体积，L。",
    )
    d.h("9", "质量保证和质量控制")
    d.cl("9.1", "空白试验")
    d.p(
        "每批样品（不超过20个）应至少做1个实验室空白和1个全程序空白，空白中目标物的测定结果应低于方法检出限；"
        "若全程序空白高于实验室空白，其差值应不超过测定下限的50%。",
    )
    d.cl("9.2", "校准")
    d.p(
        "标准曲线的相关系数应",
        V("不小于0.995", R("相关系数", ">=", 0.995, None, cond=["标准曲线"])),
        "。每批样品分析前或每24 h应测定1个标准曲线中间点浓度的标准溶液，其测定值与标准值的相对偏差应在",
        V("±15%", R("相对偏差", "range", -15.0, "%", vmax=15.0, cond=["标准曲线中间点浓度的标准溶液"])),
        "以内，否则应重新绘制标准曲线。",
    )
    d.cl("9.3", "双柱确认")
    d.p(
        "检出目标物时，应采用色谱柱Ⅱ进行确认，两根色谱柱测定结果的相对偏差应",
        V("不大于30%", R("相对偏差", "<=", 30.0, "%", cond=["两根色谱柱测定结果"])),
        "。",
    )
    d.cl("9.4", "平行样")
    d.p(
        "每批样品应至少测定1个平行样。目标物浓度大于测定下限时，平行样测定结果的相对偏差应",
        V("不大于20%", R("相对偏差", "<=", 20.0, "%", cond=["平行样测定结果", "大于测定下限"])),
        "；浓度在检出限与测定下限之间时，相对偏差应",
        V("不大于40%", R("相对偏差", "<=", 40.0, "%", cond=["平行样测定结果", "检出限与测定下限之间"])),
        "。",
    )
    d.cl("9.5", "基体加标")
    d.p(
        "每批样品应至少测定1个基体加标样品，目标物的加标回收率应符合表1的规定；替代物磷酸三苯酯的回收率应在",
        V("60%～130%", R("替代物回收率", "range", 60.0, "%", vmax=130.0, cond=["磷酸三苯酯"])),
        "之间。",
    )
    rows: list[list] = [["序号", "目标物", "加标回收率/%"]]
    for i, (name, _mdl, low, high) in enumerate(OP, 1):
        rows.append(
            [
                str(i),
                name,
                V(
                    f"{low}～{high}",
                    R(name, "range", float(low), "%", vmax=float(high), cond=["基体加标回收率"]),
                ),
            ]
        )
    d.table("1", "目标物的加标回收率范围", rows, widths=[20, 60, 50], style="grid")
    d.h("10", "废物处理")
    d.p("实验中产生的废液和废物应分类收集，委托有资质的单位进行处理。")
    d.annex("A", "资料性", "方法检出限和测定下限")
    rows = [["序号", "目标物", "检出限/（μg/L）", "测定下限/（μg/L）"]]
    for i, (name, mdl, _low, _high) in enumerate(OP, 1):
        rows.append([str(i), name, mdl, f"{4 * float(mdl):.2f}"])
    d.table("A.1", "方法检出限和测定下限", rows, widths=[16, 54, 40, 40], style="three")
    d.p(
        "6家实验室对加标浓度为0.20 μg/L的地表水样品进行了6次重复测定，实验室内相对标准偏差为3.2%～14.6%，加"
        "标回收率为71.5%～112%。"
    )
    return d
