"""GB 29743-style 机动车发动机冷却液 (dev): a fully boxed table whose value columns are the freezing-point
grades (-25号 / -35号 / -45号, product types: conditions, not grades), negative maxima, ranges per column,
values merged across the columns, a 报告 cell (no value), units in the row labels (one in full width,
（ｍｇ/ｋｇ）); a second boxed table whose columns are metals (conditions) under a spanning header that
is the unit line (试片质量变化/(mg/片)), rows the two tests, tolerances without a centre (±10); clause
limits with every modal form (应, 应当, 须, 必须, 不应, 不得), 小于或等于 / 不超过, a centred tolerance, a
range in words (在…之间), a 分别 list over the three grades, a shared limit (铅、镉、汞、六价铬…均不得超过),
and the mass-change formula whose 式中 list gives no limit.  The structure echoes GB 29743 as
remembered; every figure is invented."""

from kit import SAMR, C, Doc, R, V, common_front, references

TYPES = ["-25号", "-35号", "-45号"]
METALS = ["紫铜", "黄铜", "焊锡", "钢", "铸铁", "铸铝"]


def per_type(name, cmp, unit, texts, parse=float):
    out = []
    for t, text in zip(TYPES, texts, strict=True):
        if cmp == "range":
            low, high = text.split("～")
            out.append(V(text, R(name, "range", parse(low), unit, cond=[t], vmax=parse(high))))
        else:
            out.append(V(text, R(name, cmp, parse(text), unit, cond=[t])))
    return out


def merged(text, name, cmp, unit, value=None, vmax=None, qual=False):
    if qual:
        recs = [R(name, "qualitative", unit=unit, cond=[t], text=text) for t in TYPES]
    else:
        recs = [R(name, cmp, value, unit, cond=[t], vmax=vmax) for t in TYPES]
    return C(V(text, *recs), cs=3)


def build() -> Doc:
    d = Doc(
        stem="ts2_coolant_01",
        category="机动车发动机冷却液",
        code="2662",
        kind="GB",
        number="GB 29743—2026",
        replaces=["GB 29743—2013"],
        title=["机动车发动机冷却液"],
        title_en="Motor vehicle engine coolant",
        ics="71.100.45",
        ccs="G 77",
        issuers=SAMR,
        issued="2026-04-28",
        effective="2027-05-01",
    )
    common_front(
        d,
        "GB 29743—2013《机动车冷却液　第1部分：燃油汽车发动机冷却液》",
        "中国石油和化学工业联合会",
        "全国石油产品和润滑剂标准化技术委员会（SAC/TC 280）",
        [
            "——增加了-45号产品（见表1）；",
            "——修改了模拟使用腐蚀试验的要求（见表2）；",
            "——增加了有害元素的限量（见4.7）。",
        ],
    )
    d.h("1", "范围")
    d.p(
        "本文件规定了以乙二醇为基础液的机动车发动机冷却液（以下简称冷却液）的要求、检验规则和标志、包装、运输和贮存，描述了相应的试验方法。"
    )
    d.p("本文件适用于燃油汽车发动机冷却系统使用的轻负荷冷却液，也适用于其浓缩液。")
    references(
        d,
        "2",
        "GB/T 4756　石油液体手工取样法",
        "SH/T 0066　发动机冷却液冰点测定法",
        "SH/T 0085　发动机冷却液腐蚀测定法（玻璃器皿法）",
        "SH/T 0088　发动机冷却液模拟使用腐蚀测定法",
        "SH/T 0089　发动机冷却液沸点测定法",
        "SH/T 0064　发动机冷却液泡沫倾向测定法",
    )
    d.h("3", "术语和定义")
    d.p("下列术语和定义适用于本文件。")
    d.cl("3.1", "<b>冷却液</b>　由防冻剂、缓蚀剂、消泡剂、着色剂和水等组成，用于发动机冷却系统的传热介质。")
    d.cl("3.2", "<b>浓缩液</b>　水的质量分数不大于5%，使用前须按比例用水稀释的冷却液。")
    d.h("4", "要求")
    d.cl("4.1", "冷却液的理化性能应符合表1的规定。")
    rows = [
        [C("项　　目", rs=2), C("质 量 指 标", cs=3), C("试验方法", rs=2)],
        TYPES,
        ["冰点/℃　　　　≤", *per_type("冰点", "<=", "℃", ["-25", "-35", "-45"]), "SH/T 0066"],
        ["沸点/℃　　　　≥", *per_type("沸点", ">=", "℃", ["106.0", "107.0", "108.0"]), "SH/T 0089"],
        [
            "密度（20 ℃）/(kg/m<sup>3</sup>)",
            *per_type(
                "密度（20 ℃）",
                "range",
                "kg/m³",
                ["1 055～1 065", "1 065～1 075", "1 073～1 085"],
                parse=lambda s: float(s.replace(" ", "")),
            ),
            "GB/T 1884",
        ],
        [
            "pH值（50%体积分数）",
            merged("7.5～11.0", "pH值（50%体积分数）", "range", None, 7.5, 11.0),
            "SH/T 0069",
        ],
        ["储备碱度/mL", C("报告", cs=3), "SH/T 0091"],
        ["氯离子含量（ｍｇ/ｋｇ）　≤", merged("25", "氯离子含量", "<=", "mg/kg", 25), "SH/T 0621"],
        [
            "对汽车有机涂料的影响",
            merged("无影响", "对汽车有机涂料的影响", None, None, qual=True),
            "SH/T 0084",
        ],
    ]
    d.table(
        "1",
        "冷却液的理化性能",
        rows,
        head=2,
        widths=[46, 28, 28, 28, 26],
        style="grid",
        notes=["注：浓缩液按体积分数50%用水稀释后测定pH值；储备碱度由供需双方商定，报告实测值。"],
    )
    d.cl("4.2", "冷却液的腐蚀性能应符合表2的规定。")
    corr = [
        [C("试验项目", rs=2), C("试片质量变化/(mg/片)", cs=6)],
        METALS,
    ]
    for test, values in [
        ("玻璃器皿腐蚀", ["±10", "±10", "±30", "±10", "±10", "±30"]),
        ("模拟使用腐蚀", ["±20", "±20", "±60", "±20", "±20", "±60"]),
    ]:
        cells: list = [test]
        for metal, text in zip(METALS, values, strict=True):
            v = float(text[1:])
            cells.append(V(text, R(test, "range", -v, "mg/片", cond=[f"{metal}试片"], vmax=v)))
        corr.append(cells)
    d.table(
        "2",
        "冷却液的腐蚀性能",
        corr,
        head=2,
        widths=[34, 20, 20, 20, 20, 20, 20],
        style="grid",
        notes=["注：“+”表示质量增加，“-”表示质量减少。试验方法分别按SH/T 0085和SH/T 0088进行。"],
    )
    d.cl(
        "4.3",
        "泡沫倾向：冷却液的泡沫体积",
        V("不应大于150 mL", R("泡沫体积", "<=", 150, "mL")),
        "，消泡时间",
        V("不应超过5.0 s", R("消泡时间", "<=", 5.0, "s")),
        "。",
    )
    d.cl(
        "4.4",
        "浓缩液中水的质量分数须",
        V("小于或等于5.0%", R("水的质量分数", "<=", 5.0, "%", cond=["浓缩液"])),
        "；标示为“通用型”的-35号冷却液在20 ℃时的密度应当为",
        V(
            "（1 070±5）kg/m<sup>3</sup>",
            R("密度", "tolerance", 1070, "kg/m³", tol=5, cond=["标示为“通用型”的-35号冷却液", "20 ℃"]),
        ),
        "。",
    )
    d.cl(
        "4.5",
        "运动黏度：-25号、-35号和-45号冷却液在20 ℃时的运动黏度",
        V("分别不大于3.5 mm<sup>2</sup>/s", R("运动黏度", "<=", 3.5, "mm²/s", cond=["-25号", "20 ℃"])),
        "、",
        V("4.5 mm<sup>2</sup>/s", R("运动黏度", "<=", 4.5, "mm²/s", cond=["-35号", "20 ℃"])),
        "和",
        V("5.5 mm<sup>2</sup>/s", R("运动黏度", "<=", 5.5, "mm²/s", cond=["-45号", "20 ℃"])),
        "。",
    )
    d.cl(
        "4.6",
        "苦味剂：为防止误饮，冷却液中必须添加苦味剂，苯甲地那铵的含量必须在",
        V("10 mg/kg～50 mg/kg", R("苯甲地那铵的含量", "range", 10, "mg/kg", vmax=50)),
        "之间。",
    )
    d.cl(
        "4.7",
        "有害元素：冷却液中铅、镉、汞、六价铬的含量",
        V(
            "均不得超过5 mg/kg",
            *[R(f"{m}的含量", "<=", 5, "mg/kg") for m in ["铅", "镉", "汞", "六价铬"]],
        ),
        "，且不得添加亚硝酸盐、胺和磷酸盐。",
    )
    d.cl(
        "4.8",
        "铝泵气穴腐蚀：冷却液对铝泵气穴腐蚀的评级应",
        V("不小于8级", R("铝泵气穴腐蚀的评级", ">=", 8, "级")),
        "；对铸铝合金传热面腐蚀的质量变化",
        V("不超过1.0 mg/(cm<sup>2</sup>·周)", R("铸铝合金传热面腐蚀的质量变化", "<=", 1.0, "mg/(cm²·周)")),
        "。",
    )
    d.h("5", "试验方法")
    d.cl("5.1", "试片质量变化按式（1）计算，结果修约至整数：")
    d.math(r"\Delta m = m_1 - m_0", "1")
    d.where(
        "<m>\\Delta m</m>——试片的质量变化，单位为毫克每片（mg/片）；",
        "<m>m_1</m>——试验后试片的质量，单位为毫克（mg）；",
        "<m>m_0</m>——试验前试片的质量，单位为毫克（mg）。",
    )
    d.cl("5.2", "玻璃器皿腐蚀试验在（88±2）℃下连续进行336 h，通气速率为（100±10）mL/min。")
    d.cl("5.3", "模拟使用腐蚀试验在（88±3）℃下运行1 064 h，冷却液流速为（1.9±0.1）L/s。")
    d.h("6", "检验规则")
    d.cl(
        "6.1", "出厂检验项目为冰点、沸点、密度、pH值和外观；型式检验项目为第4章的全部项目，每年至少进行一次。"
    )
    d.cl("6.2", "取样按GB/T 4756进行，取样量不少于2 L，一份检验，一份留样。")
    d.cl("6.3", "出厂检验结果有一项不符合时，应重新取样复检；复检仍不符合的，判该批产品不合格。")
    d.h("7", "标志、包装、运输和贮存")
    d.cl("7.1", "包装容器上应标明产品名称、型号（冰点）、净含量、生产批号和“不得饮用”字样。")
    d.cl("7.2", "产品应在阴凉通风处贮存，贮存期内不得与食品混放。")
    d.annex("A", "资料性", "冷却液的稀释比例")
    d.p("浓缩液与水按体积比1∶1稀释时冰点约为-37 ℃，按体积比2∶3稀释时冰点约为-25 ℃。")
    return d
