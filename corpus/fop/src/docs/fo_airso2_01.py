"""HJ method 环境空气　二氧化硫的测定　甲醛吸收-副玫瑰苯胺分光光度法 (test): only the quality-control
acceptance criteria count (corpus/pdftex's HJ convention): a QC table with two sampling times as columns
(短时间采样 / 24 h连续采样), values merged over both, a ±x without a centre and a calibration slope with
its centre and tolerance (0.042±0.004); clause criteria (reagent blank absorbance, intercept, absorption
efficiency); an ``fo:footnote`` on a clause.  Detection limits, sampling flows, temperatures of colour
development, wavelengths, the formula and precision data are traps (not indicators).  The levels echo the
HJ method for sulfur dioxide in ambient air as remembered; the 2026 edition and every figure are invented."""

from kit import C, Doc, Foot, R, V, front, references

TIMES = ["短时间采样", "24 h连续采样"]


def qc(label: str, name: str, unit: str | None, cmp: str, texts: list[str], cond=()) -> list:
    cells: list = [C(label, align="l")]
    if len(texts) == 1:
        cells.append(C(V(texts[0], *[_rec(name, cmp, texts[0], unit, [*cond, t]) for t in TIMES]), cs=2))
    else:
        cells += [V(x, _rec(name, cmp, x, unit, [*cond, t])) for x, t in zip(texts, TIMES, strict=True)]
    return cells


def _rec(name, cmp, text, unit, cond):
    text = text.replace("%", "").replace(" ", "")
    if text.startswith("±"):
        return R(name, "range", -float(text[1:]), unit, cond=cond, vmax=float(text[1:]))
    if "～" in text:
        low, high = text.split("～")
        return R(name, "range", float(low), unit, cond=cond, vmax=float(high))
    return R(name, cmp, float(text), unit, cond=cond)


def build() -> Doc:
    d = Doc(
        stem="fo_airso2_01",
        category="环境空气二氧化硫测定方法",
        code=None,
        kind="HJ",
        mark="HJ",
        short="环境空气　二氧化硫的测定",
        number="HJ 482—2026",
        replaces=["HJ 482—2009"],
        title=["环境空气　二氧化硫的测定", "甲醛吸收-副玫瑰苯胺分光光度法"],
        title_en="Ambient air—Determination of sulfur dioxide—Forma"
        "ldehyde absorbing-pararosaniline spectrophotometry",
        ics="13.040.20",
        ccs="Z 15",
        issuers=["生态环境部"],
        issued="2026-03-18",
        effective="2026-10-01",
    )
    front(
        d,
        "HJ 482—2009",
        "生态环境部生态环境监测司、法规与标准司",
        "生态环境部",
        "——增加了24 h连续采样的质量控制要求（见第11章）；",
        "——修改了校准曲线斜率的要求（见11.2）。",
    )
    d.h("1", "适用范围")
    d.p("本文件规定了测定环境空气中二氧化硫的甲醛吸收-副玫瑰苯胺分光光度法。")
    d.p(
        "本文件适用于环境空气中二氧化硫的测定。当使用10 mL吸收液、采样体积为30 L时，方法检出限为0.007 mg/m³，"
        "测定下限为0.028 mg/m³；当使用50 mL吸收液、采样体积为288 L时，方法检出限为0.004 mg/m³。"
    )
    references(
        d,
        "2",
        "HJ 193　环境空气气态污染物（SO2、NO2、O3、CO）连续自动监测系统运行和质控技术规范",
        "HJ 194　环境空气质量手工监测技术规范",
    )
    d.h("3", "方法原理")
    d.p(
        "二氧化硫被甲醛缓冲溶液吸收后，生成稳定的羟甲基磺酸加成化合物，在样品溶液中加入氢氧化钠使加成化"
        "合物分解，释放出的二氧化硫与副玫瑰苯胺、甲醛作用，生成紫红色化合物，于577 nm处测量吸光度。"
    )
    d.h("4", "试剂和材料")
    d.cl(
        "4.1",
        "甲醛缓冲吸收贮备液：吸取36%～38%的甲醛溶液5.5 mL、0.050 mol/L的CDTA-2Na溶液20.00 mL，稀释至100 mL。",
    )
    d.cl("4.2", "副玫瑰苯胺（PRA）贮备液：质量浓度为0.20 g/100 mL。")
    d.h("5", "仪器和设备")
    d.cl("5.1", "分光光度计：配10 mm比色皿。")
    d.cl("5.2", "恒温水浴：温度可控制在15 ℃～25 ℃，控温精度为±1 ℃。")
    d.h("6", "样品")
    d.cl("6.1", "短时间采样：用内装10 mL吸收液的多孔玻板吸收管，以0.5 L/min的流量采气45 min～60 min。")
    d.cl("6.2", "24 h连续采样：用内装50 mL吸收液的多孔玻板吸收瓶，以0.2 L/min～0.3 L/min的流量连续采样24 h。")
    d.h("7", "分析步骤")
    d.cl(
        "7.1", "校准曲线：取0.00 μg、0.50 μg、1.00 μg、2.00 μg、5.00 μg、8.00 μg和10.00 μg二氧化硫标准系列。"
    )
    d.cl("7.2", "显色温度为20 ℃时，显色时间为20 min，稳定时间为30 min。")
    d.h("8", "结果计算")
    d.p("空气中二氧化硫的质量浓度按公式（1）计算：")
    d.formula("ρ＝（A－A<sub>0</sub>－a）/（b×V<sub>s</sub>）×V<sub>t</sub>/V<sub>a</sub>", "1")
    d.p(
        "式中：ρ——空气中二氧化硫的质量浓度，mg/m³；A——样品溶"
        "液的吸光度；A<sub>0</sub>——试剂空白溶液的吸光度。",
        indent=False,
    )
    d.h("9", "精密度和准确度")
    d.p(
        "5家实验室对含量为0.101 μg/mL的统一标准样品进行测定，实验"
        "室内相对标准偏差为1.2%～3.5%，相对误差为−2.0%～4.1%。"
    )
    d.h("10", "干扰和消除")
    d.p(
        "主要干扰物为氮氧化物、臭氧及某些重金属元素。加入氨磺酸钠溶"
        "液可消除氮氧化物的干扰，采样后放置一段时间可使臭氧自行分解。"
    )
    d.h("11", "质量保证和质量控制")
    d.cl("11.1", "质量控制指标应符合表1的规定。")
    rows = [
        [C("项　目", rs=2), C("质量控制要求", cs=2)],
        TIMES,
        qc("校准曲线相关系数　≥", "相关系数", None, ">=", ["0.999"], ["校准曲线"]),
        qc("平行样相对偏差/%　≤", "相对偏差", "%", "<=", ["10", "15"], ["平行样"]),
        qc("现场空白吸光度　≤", "吸光度", None, "<=", ["0.050", "0.060"], ["现场空白"]),
        qc("加标回收率/%", "加标回收率", "%", "range", ["90～110", "85～115"]),
        qc("吸收效率/%　≥", "吸收效率", "%", ">=", ["95"]),
        qc("采样流量相对偏差/%", "相对偏差", "%", "range", ["±5"], ["采样流量"]),
    ]
    d.table("1", "质量控制指标", rows, head=2, widths=[64, 48, 48])
    d.cl(
        "11.2",
        "校准曲线的斜率应为",
        V(
            "0.042±0.004",
            R("斜率", "tolerance", 0.042, None, tol=0.004, cond=["校准曲线"]),
        ),
        "，截距的绝对值",
        V("不应大于0.005", R("截距的绝对值", "<=", 0.005, None, cond=["校准曲线"])),
        "。",
    )
    d.cl(
        "11.3",
        "每批样品应至少测定2个试剂空白，试剂空白溶液的吸光度",
        V("不应超过0.050", R("吸光度", "<=", 0.050, None, cond=["试剂空白溶液"])),
        Foot("1)", "试剂空白吸光度与显色温度有关，超出时应检查试剂纯度和显色温度。"),
        "。",
    )
    d.cl(
        "11.4",
        "每批样品应测定1个有证标准样品，其测定值与保证值的相对误差应在",
        V("±10%", R("相对误差", "range", -10, "%", vmax=10, cond=["有证标准样品"])),
        "以内。",
    )
    d.cl("11.5", "采样时吸收液温度应保持在23 ℃～29 ℃，每批样品应在采样后当天完成分析。")
    d.h("12", "废物处理")
    d.p("实验中产生的含汞废液应单独收集，委托有资质的单位处理。")
    return d
