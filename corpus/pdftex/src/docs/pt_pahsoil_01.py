"""HJ-style 土壤和沉积物 多环芳烃的测定 气相色谱-质谱法 (dev): an environmental method standard whose only
indicators are its quality-control acceptance criteria: calibration (a correlation coefficient, a relative
standard deviation, a continuing-calibration deviation ±), internal standards (a retention-time window, an
area range), parallel samples, a per-compound matrix-spike recovery table and surrogate recoveries in a
clause; the detection-limit table, the instrument conditions, the reagents, the sample masses, the storage,
the precision data of the informative annex and the formula are numbers that are not counted. Echoes HJ 805
as remembered; the number and every figure are invented."""

from kit import Doc, R, V, common_front, references

PAHS = [
    ("萘", "0.09", "40", "110"),
    ("苊烯", "0.09", "50", "120"),
    ("苊", "0.12", "50", "120"),
    ("芴", "0.08", "50", "120"),
    ("菲", "0.10", "60", "120"),
    ("蒽", "0.12", "60", "120"),
    ("荧蒽", "0.14", "60", "130"),
    ("芘", "0.13", "60", "130"),
    ("苯并[a]蒽", "0.12", "60", "130"),
    ("屈", "0.14", "60", "130"),
    ("苯并[b]荧蒽", "0.17", "60", "130"),
    ("苯并[k]荧蒽", "0.11", "60", "130"),
    ("苯并[a]芘", "0.17", "60", "130"),
    ("茚并[1,2,3-cd]芘", "0.13", "50", "130"),
    ("二苯并[a,h]蒽", "0.13", "50", "130"),
    ("苯并[e]芘", "0.12", "50", "130"),
]


def build() -> Doc:
    d = Doc(
        stem="pt_pahsoil_01",
        category="土壤多环芳烃测定",
        code=None,
        kind="HJ",
        number="HJ 1407—2026",
        title=["土壤和沉积物　多环芳烃的测定", "气相色谱-质谱法"],
        title_en=(
            "Soil and sediment—Determination of polycyclic aromatic"
            " hydrocarbons—Gas chromatography mass spectrometry method"
        ),
        ics="13.080.10",
        ccs="Z 18",
        issuers=["中华人民共和国生态环境部"],
        issued="2026-04-20",
        effective="2026-10-01",
    )
    common_front(d, None, "生态环境部生态环境监测司和法规与标准司", "生态环境部")
    d.h("1", "范围")
    d.p("本文件规定了测定土壤和沉积物中16种多环芳烃的气相色谱-质谱法。")
    d.p(
        "本文件适用于土壤和沉积物中萘、苊烯等16种多环芳烃的测定。当取样量为20.0 g，定容体积为1.0 mL，"
        "采用全扫描方式测定时，目标物的方法检出限为0.08 mg/kg～0.17 mg/kg，测定下限为0.32 mg/kg～0.68 mg/kg"
        "，详见表1。"
    )
    references(
        d,
        "2",
        "GB 17378.3　海洋监测规范　第3部分：样品采集、贮存与运输",
        "HJ 613　土壤　干物质和水分的测定　重量法",
        "HJ/T 166　土壤环境监测技术规范",
        "HJ 783　土壤和沉积物　有机物的提取　加压流体萃取法",
    )
    d.h("3", "方法原理")
    d.p(
        "土壤或沉积物中的多环芳烃经提取、净化、浓缩、定容后，用气相色谱-质谱仪分离检测，根据保留时间和特征"
        "离子定性，内标法定量。"
    )
    d.h("4", "试剂和材料")
    d.cl("4.1", "二氯甲烷（CH<sub>2</sub>Cl<sub>2</sub>）：农残级。")
    d.cl("4.2", "多环芳烃标准贮备液：ρ＝1 000 mg/L，溶剂为二氯甲烷，于4 ℃以下冷藏避光保存。")
    d.cl(
        "4.3",
        "内标贮备液：萘-d<sub>8</sub>、苊-d<sub>10</sub>、菲-d<sub>10</sub>、屈-d<sub>12</sub>和苯并[a]芘-d"
        "<sub>12</sub>，ρ＝2 000 mg/L。",
    )
    d.cl("4.4", "替代物贮备液：2-氟联苯和对三联苯-d<sub>14</sub>，ρ＝2 000 mg/L。")
    d.h("5", "仪器和设备")
    d.cl("5.1", "气相色谱-质谱仪：具电子轰击（EI）电离源。")
    d.cl("5.2", "色谱柱：长30 m，内径0.25 mm，膜厚0.25 μm，固定相为5%苯基-95%甲基聚硅氧烷。")
    d.h("6", "样品")
    d.cl("6.1", "样品采集后于4 ℃以下冷藏、避光保存，在10 d内完成提取，提取液在40 d内完成分析。")
    d.cl("6.2", "称取20.0 g（精确到0.01 g）样品，加入适量硅藻土，研磨成流砂状后转移至萃取池中。")
    d.h("7", "分析步骤")
    d.cl(
        "7.1",
        "仪器参考条件：进样口温度280 ℃，不分流进样；柱流量1.0 mL/min；柱温初始80 ℃保持2 min，以20 ℃/min升至"
        "180 ℃，再以10 ℃/min升至310 ℃保持5 min。",
    )
    d.cl(
        "7.2",
        "分别移取适量多环芳烃标准使用液，配制目标物质量浓度为0.50 μg/mL、1.00 μg/mL、2.00 μg/mL、5.00 μg/mL"
        "、10.0 μg/mL和20.0 μg/mL的标准系列。",
    )
    d.h("8", "结果计算与表示")
    d.p("样品中目标物的含量按公式（1）计算：")
    d.math(r"w=\frac{\rho\times V}{m\times w_{\text{dm}}}", "1")
    d.where(
        "<m>w</m>——样品中目标物的含量，mg/kg；",
        "<m>\\rho</m>——试样中目标物的质量浓度，μg/mL；",
        "<m>V</m>——试样定容体积，mL；",
        "<m>m</m>——称取样品的质量，g；",
        "<m>w_{\\text{dm}}</m>——样品的干物质含量，%。",
    )
    d.p("当测定结果小于1 mg/kg时，保留小数点后两位；大于等于1 mg/kg时，保留三位有效数字。")
    d.h("9", "质量保证和质量控制")
    d.cl("9.1", "空白试验：每批样品（不超过20个）至少做1个实验室空白，空白中目标物的测定值应低于方法检出限。")
    d.cl(
        "9.2",
        "校准：标准曲线的相关系数",
        V("≥0.995", R("相关系数", ">=", 0.995, None, cond=["标准曲线"])),
        "；采用平均相对响应因子定量时，目标物相对响应因子的相对标准偏差",
        V("≤20%", R("相对标准偏差", "<=", 20.0, "%", cond=["相对响应因子"])),
        "。每批样品应分析1个曲线中间浓度点，其测定结果与标准值的相对误差应在",
        V("±20%", R("相对误差", "range", -20.0, "%", vmax=20.0, cond=["曲线中间浓度点"])),
        "以内。",
    )
    d.cl(
        "9.3",
        "内标：样品中内标的保留时间与最近一次校准曲线中内标的保留时间偏差应",
        V("不超过±10 s", R("内标保留时间偏差", "range", -10.0, "s", vmax=10.0)),
        "，内标峰面积应为校准曲线中内标峰面积的",
        V("50%～200%", R("内标峰面积", "range", 50.0, "%", vmax=200.0)),
        "。",
    )
    d.cl(
        "9.4",
        "平行样：每批样品应至少测定10%的平行样，样品数少于10个时应至少测定1个平行样，平行样测定结果的相对偏"
        "差应",
        V("≤25%", R("相对偏差", "<=", 25.0, "%", cond=["平行样测定结果"])),
        "。",
    )
    d.cl("9.5", "基体加标：每批样品应至少做1个基体加标样品，目标物的加标回收率应在表2规定的范围内。")
    rows: list[list] = [["序号", "目标物", "加标回收率/%"]]
    for i, (name, _mdl, low, high) in enumerate(PAHS, 1):
        text = f"{low}～{high}"
        rows.append(
            [
                str(i),
                name,
                V(text, R(name, "range", float(low), "%", vmax=float(high), cond=["基体加标回收率"])),
            ]
        )
    d.table("2", "目标物的基体加标回收率控制范围", rows, widths=[20, 60, 50], style="three")
    d.cl(
        "9.6",
        "替代物：2-氟联苯的回收率应在",
        V("50%～120%", R("替代物回收率", "range", 50.0, "%", vmax=120.0, cond=["2-氟联苯"])),
        "之间，对三联苯-d<sub>14</sub>的回收率应在",
        V("60%～130%", R("替代物回收率", "range", 60.0, "%", vmax=130.0, cond=["对三联苯-d14"])),
        "之间。",
    )
    d.annex("A", "规范性", "方法检出限和测定下限")
    rows = [["序号", "目标物", "检出限/（mg/kg）", "测定下限/（mg/kg）"]]
    for i, (name, mdl, _low, _high) in enumerate(PAHS, 1):
        rows.append([str(i), name, mdl, f"{4 * float(mdl):.2f}"])
    d.table("A.1", "方法检出限和测定下限", rows, widths=[16, 54, 40, 40], style="three")
    d.annex("B", "资料性", "方法的精密度和准确度")
    d.p(
        "6家实验室对含多环芳烃的土壤有证标准物质进行了6次重复测定：实验室内相对标准偏差为2.1%～18.5%，"
        "实验室间相对标准偏差为5.6%～23.4%；加标回收率为62.4%～118%。"
    )
    return d
