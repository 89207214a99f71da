"""JB/T sector standard 小型潜水电泵 (dev): a long per-model performance xtable (models down the rows; rated
flow, head and power are the model's design point and not counted, the efficiency 机组效率 ≥ is) that
runs onto the next page under 表1（续） with its three header rows (names, units, comparators) repeated;
± tolerances without a centre on flow and head in a clause; insulation resistance cold and hot as
conditions; a winding temperature rise by insulation class in a three-line table; a pass / fail seal
test; a vibration limit; test conditions (water temperature, voltage) not counted.  The levels echo the
machinery sector standard for small submersible pumps as remembered; the number and every figure are
invented."""

from kit import C, Doc, R, V, front, references

# model, flow m3/h, head m, power kW, efficiency %
MODELS = [
    ("QDX1.5-16-0.37", "1.5", "16", "0.37", "24.0"),
    ("QDX3-12-0.37", "3", "12", "0.37", "28.0"),
    ("QDX6-7-0.37", "6", "7", "0.37", "30.0"),
    ("QDX1.5-25-0.55", "1.5", "25", "0.55", "23.0"),
    ("QDX3-18-0.55", "3", "18", "0.55", "29.0"),
    ("QDX10-8-0.55", "10", "8", "0.55", "35.0"),
    ("QDX1.5-32-0.75", "1.5", "32", "0.75", "22.0"),
    ("QDX3-24-0.75", "3", "24", "0.75", "30.0"),
    ("QDX10-10-0.75", "10", "10", "0.75", "37.0"),
    ("QDX15-7-0.75", "15", "7", "0.75", "38.0"),
    ("QDX3-30-1.1", "3", "30", "1.1", "31.0"),
    ("QDX10-14-1.1", "10", "14", "1.1", "39.0"),
    ("QDX15-10-1.1", "15", "10", "1.1", "40.0"),
    ("QDX25-7-1.1", "25", "7", "1.1", "41.0"),
    ("QDX10-20-1.5", "10", "20", "1.5", "40.0"),
    ("QDX15-15-1.5", "15", "15", "1.5", "42.0"),
    ("QDX25-10-1.5", "25", "10", "1.5", "43.0"),
    ("QDX40-6-1.5", "40", "6", "1.5", "44.0"),
    ("QDX15-22-2.2", "15", "22", "2.2", "43.0"),
    ("QDX25-15-2.2", "25", "15", "2.2", "45.0"),
    ("QDX40-10-2.2", "40", "10", "2.2", "46.0"),
    ("QDX65-7-2.2", "65", "7", "2.2", "47.0"),
]


def build() -> Doc:
    d = Doc(
        stem="cx_pump_01",
        category="小型潜水电泵",
        code="3441",
        kind="JB/T",
        mark="JB",
        short="小型潜水电泵",
        number="JB/T 8092—2026",
        replaces=["JB/T 8092—2011"],
        title=["小型潜水电泵"],
        title_en="Small submersible motor-pumps",
        ics="23.080",
        ccs="J 71",
        filing="81377—2026",
        issuers=["中华人民共和国工业和信息化部"],
        issued="2026-07-12",
        effective="2027-01-01",
    )
    front(
        d,
        "本文件代替JB/T 8092—2011《小型潜水电泵》，与JB/T 8092—2011相比，主要技术变化如下：",
        "——提高了各型号机组效率指标；",
        "——增加了振动要求。",
        "本文件由中国机械工业联合会提出。",
        "本文件由全国农业机械标准化技术委员会农村水利机械分技术委员会（SAC/TC 201/SC 5）归口。",
    )
    d.h("1", "范围")
    d.p("本文件规定了小型潜水电泵（以下简称电泵）的型式与基本参数、技术要求、试验方法、检验规则和标志。")
    d.p("本文件适用于输送温度不超过40 ℃的清水、功率为0.37 kW～2.2 kW的单相小型潜水电泵。")
    references(
        d,
        "2",
        "GB/T 755　旋转电机　定额和性能",
        "GB/T 3216　回转动力泵　水力性能验收试验　1级、2级和3级",
        "GB/T 10068　轴中心高为56 mm及以上电机的机械振动",
        "GB/T 12785　潜水电泵　试验方法",
    )
    d.h("3", "型式与基本参数")
    d.cl("3.1", "型号由QDX、额定流量（m<sup>3</sup>/h）、额定扬程（m）和额定功率（kW）组成。")
    d.cl("3.2", "电泵的基本参数和机组效率应符合表1的规定。")
    rows = [
        [C("型　号", rs=3), "额定流量", "额定扬程", "额定功率", "机组效率"],
        ["m<sup>3</sup>/h", "m", "kW", "%"],
        ["—", "—", "—", "≥"],
    ]
    for model, flow, head, power, eff in MODELS:
        rows.append([model, flow, head, power, V(eff, R("机组效率", ">=", float(eff), "%", cond=[model]))])
    d.table(
        "1",
        "基本参数和机组效率",
        rows,
        head=3,
        widths=[44, 28, 28, 28, 30],
        engine="xtable",
        notes=["注：额定电压为220 V，额定频率为50 Hz。"],
    )
    d.h("4", "技术要求")
    d.cl(
        "4.1",
        "在额定电压和额定频率下，电泵在额定扬程时的流量偏差应在",
        V("±8%", R("流量偏差", "range", -8, "%", vmax=8, cond=["额定扬程时"])),
        "以内，额定流量时的扬程偏差应在",
        V("±5%", R("扬程偏差", "range", -5, "%", vmax=5, cond=["额定流量时"])),
        "以内。",
    )
    d.cl("4.2", "机组效率实测值不应低于表1规定值，允许有－2%的测量容差（绝对值）。")
    d.cl(
        "4.3",
        "绝缘电阻：电泵定子绕组对机壳的冷态绝缘电阻",
        V("不应低于100 MΩ", R("绝缘电阻", ">=", 100, "MΩ", cond=["冷态"])),
        "，热态绝缘电阻",
        V("不应低于1 MΩ", R("绝缘电阻", ">=", 1, "MΩ", cond=["热态"])),
        "。",
    )
    d.cl("4.4", "定子绕组温升（电阻法）应符合表2的规定。")
    rise = [
        ["绝缘等级", "定子绕组温升/K"],
        ["B级", V("≤80", R("定子绕组温升", "<=", 80, "K", cond=["B级"]))],
        ["F级", V("≤105", R("定子绕组温升", "<=", 105, "K", cond=["F级"]))],
    ]
    d.table("2", "定子绕组温升限值", rise, widths=[50, 50], style="three")
    d.cl(
        "4.5",
        "密封性：电泵机壳内通入",
        V(
            "0.2 MPa气压，保持5 min，应无泄漏",
            R("密封性", "qualitative", text="0.2 MPa气压，保持5 min，应无泄漏"),
        ),
        "。",
    )
    d.cl(
        "4.6",
        "振动：电泵在额定工况下运行时，振动速度有效值",
        V("不应大于2.8 mm/s", R("振动速度有效值", "<=", 2.8, "mm/s")),
        "。",
    )
    d.cl(
        "4.7",
        "电缆：电泵出线电缆应采用橡套软电缆，电缆长度",
        V("不小于5 m", R("电缆长度", ">=", 5, "m")),
        "。",
    )
    d.cl(
        "4.8",
        "泄漏电流：电泵在1.06倍额定电压下的泄漏电流",
        V("不应大于0.75 mA", R("泄漏电流", "<=", 0.75, "mA")),
        "。",
    )
    d.h("5", "试验方法")
    d.cl("5.1", "性能试验按GB/T 12785进行，试验水温不高于40 ℃，电源电压偏差不超过±1%。")
    d.cl("5.2", "振动按GB/T 10068测量，测点位于电机上端盖。")
    d.h("6", "检验规则")
    d.cl("6.1", "每台电泵应经出厂检验，项目为绝缘电阻、电气强度、密封性和空载电流。")
    d.cl("6.2", "型式检验每2年进行一次，每次抽取2台。")
    d.h("7", "标志")
    d.p("电泵铭牌应标明型号、额定流量、额定扬程、额定功率、额定电压、机组效率和出厂编号。")
    return d
