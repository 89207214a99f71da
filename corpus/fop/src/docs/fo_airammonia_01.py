"""HJ method 环境空气　氨的测定　次氯酸钠-水杨酸分光光度法 (dev): only the quality-control acceptance
criteria count (corpus/pdftex's HJ convention): a QC table with two sampling types as columns (环境空气 /
无组织排放监控点), values merged over both, ranges and ± without a centre; clause criteria (blank
absorbance, cuvette matching, flow deviation before and after sampling); a parallel-sample table by content
level.  Detection limits in the scope, reagent strengths, sampling flows and volumes, wavelengths, the
formula and its 式中 list, precision data and storage times are traps (not indicators).  The levels echo
the HJ method for ammonia in ambient air as remembered; the 2026 edition and every figure are invented."""

from kit import C, Doc, Foot, R, V, front, references

TYPES = ["环境空气", "无组织排放监控点"]


def qc(label: str, name: str, unit: str | None, cmp: str, texts: list[str], cond=()) -> list:
    cells: list = [C(label, align="l")]
    if len(texts) == 1:
        recs = [_rec(name, cmp, texts[0], unit, [*cond, t]) for t in TYPES]
        cells.append(C(V(texts[0], *recs), cs=2))
    else:
        cells += [V(x, _rec(name, cmp, x, unit, [*cond, t])) for x, t in zip(texts, TYPES, strict=True)]
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
        stem="fo_airammonia_01",
        category="环境空气氨测定方法",
        code=None,
        kind="HJ",
        mark="HJ",
        short="环境空气　氨的测定",
        number="HJ 534—2026",
        replaces=["HJ 534—2009"],
        title=["环境空气　氨的测定", "次氯酸钠-水杨酸分光光度法"],
        title_en="Ambient air—Determination of ammonia—Sodium hypochlorite-salicylic acid spectrophotometry",
        ics="13.040.20",
        ccs="Z 15",
        issuers=["生态环境部"],
        issued="2026-02-26",
        effective="2026-09-01",
    )
    front(
        d,
        "HJ 534—2009",
        "生态环境部生态环境监测司、法规与标准司",
        "生态环境部",
        "——增加了无组织排放监控点样品的质量控制要求（见第11章）；",
        "——修改了平行样的相对偏差要求（见11.4）。",
    )
    d.h("1", "适用范围")
    d.p("本文件规定了测定环境空气中氨的次氯酸钠-水杨酸分光光度法。")
    d.p(
        "本文件适用于环境空气和无组织排放监控点空气中氨的测定。当采样体积为10 L时，方法检出限为0.004 mg/m³，"
        "测定下限为0.016 mg/m³；当采样体积为60 L时，方法检出限为0.001 mg/m³。"
    )
    references(
        d,
        "2",
        "HJ 194　环境空气质量手工监测技术规范",
        "HJ 664　环境空气质量监测点位布设技术规范（试行）",
        "HJ/T 55　大气污染物无组织排放监测技术导则",
    )
    d.h("3", "方法原理")
    d.p(
        "氨被稀硫酸吸收液吸收后，生成的铵离子与水杨酸和次氯酸钠在亚硝基铁氰"
        "化钠存在下生成蓝绿色的靛酚蓝染料，于697 nm波长处测定吸光度。"
    )
    d.h("4", "试剂和材料")
    d.cl("4.1", "吸收液：硫酸溶液，c（1/2H<sub>2</sub>SO<sub>4</sub>）＝0.005 mol/L。")
    d.cl("4.2", "水杨酸-酒石酸钾钠溶液：称取10.0 g水杨酸和10.0 g酒石酸钾钠，溶于水并稀释至200 mL。")
    d.cl("4.3", "次氯酸钠使用液：有效氯浓度为0.05 mol/L，临用现配。")
    d.h("5", "仪器和设备")
    d.cl("5.1", "分光光度计：配10 mm比色皿。")
    d.cl("5.2", "空气采样器：流量范围0.1 L/min～1.0 L/min。")
    d.h("6", "样品")
    d.cl("6.1", "采样：用一支内装10 mL吸收液的多孔玻板吸收管，以1.0 L/min的流量采样，采样时间不少于60 min。")
    d.cl("6.2", "样品保存：样品采集后应尽快分析，如不能立即分析，应在2 ℃～5 ℃下保存，7 d内分析。")
    d.h("7", "分析步骤")
    d.cl(
        "7.1",
        "校准曲线：分别取0.00 mL、0.50 mL、1.00 mL、2.00 mL、4.00 mL和6.00 mL标准使用液，加吸收液至10.0 mL。",
    )
    d.cl("7.2", "显色：加入1.00 mL水杨酸-酒石酸钾钠溶液和2滴亚硝基铁氰化钠溶液，室温下放置1 h后测定吸光度。")
    d.h("8", "结果计算")
    d.p("空气中氨的质量浓度按公式（1）计算：")
    d.formula("ρ＝（A－A<sub>0</sub>－a）×V<sub>s</sub>/（b×V<sub>nd</sub>×V<sub>0</sub>）", "1")
    d.p(
        "式中：ρ——空气中氨的质量浓度，mg/m³；A——样品溶液的吸光度；A<sub>0<"
        "/sub>——空白吸光度；V<sub>nd</sub>——标准状态下的采样体积，L。",
        indent=False,
    )
    d.h("9", "精密度和准确度")
    d.p(
        "6家实验室对浓度为0.05 mg/m³的统一样品进行测定，实验室内"
        "相对标准偏差为2.1%～6.4%，实验室间相对标准偏差为5.8%。"
    )
    d.h("10", "干扰和消除")
    d.p("样品中含有三价铁等金属离子时，加入柠檬酸钠溶液消除干扰；硫化物含量较高时，可用醋酸铅棉过滤除去。")
    d.h("11", "质量保证和质量控制")
    d.cl("11.1", "质量控制指标应符合表1的规定。")
    rows = [
        [C("项　目", rs=2), C("质量控制要求", cs=2)],
        TYPES,
        qc("校准曲线相关系数　≥", "相关系数", None, ">=", ["0.999"], ["校准曲线"]),
        qc("校准曲线中间浓度点相对误差/%", "相对误差", "%", "range", ["±10"], ["校准曲线中间浓度点"]),
        qc("全程序空白氨含量/μg　≤", "氨含量", "μg", "<=", ["0.5", "1.0"], ["全程序空白"]),
        qc("加标回收率/%", "加标回收率", "%", "range", ["90～110", "85～115"]),
        qc("吸收效率/%　≥", "吸收效率", "%", ">=", ["90"]),
    ]
    d.table("1", "质量控制指标", rows, head=2, widths=[64, 48, 48])
    d.cl(
        "11.2",
        "每批样品应至少测定2个试剂空白，试剂空白的吸光度",
        V("不应超过0.030", R("吸光度", "<=", 0.030, None, cond=["试剂空白"])),
        "。",
    )
    d.cl(
        "11.3",
        "比色皿使用前应进行配对检验，盛水时比色皿之间的透光率差值",
        V("不应大于0.5%", R("透光率差值", "<=", 0.5, "%", cond=["比色皿之间"])),
        "。",
    )
    d.cl("11.4", "每批样品应至少采集10%的平行样，平行样测定结果的相对偏差应符合表2的规定。")
    levels = [
        ["样品中氨含量/μg", "相对偏差/%"],
        ["≤2.0", V("≤20", R("相对偏差", "<=", 20, "%", cond=["平行样测定结果", "≤2.0 μg"]))],
        ["2.0～10.0", V("≤15", R("相对偏差", "<=", 15, "%", cond=["平行样测定结果", "2.0 μg～10.0 μg"]))],
        ["＞10.0", V("≤10", R("相对偏差", "<=", 10, "%", cond=["平行样测定结果", "＞10.0 μg"]))],
    ]
    d.table("2", "平行样相对偏差", levels, widths=[60, 60], cont=False)
    d.cl(
        "11.5",
        "采样前后应对采样器流量进行校准，采样前后流量的相对偏差应在",
        V("±5%", R("相对偏差", "range", -5, "%", vmax=5, cond=["采样前后流量"])),
        "以内",
        Foot("1)", "采样前后流量的相对偏差超出范围时，该样品作废，应重新采样。"),
        "。",
    )
    d.cl("11.6", "每批样品应至少测定1个有证标准样品，测定值应在保证值范围内。")
    d.h("12", "废物处理")
    d.p("实验中产生的废液应集中收集，委托有资质的单位处理。")
    return d
