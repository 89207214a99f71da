"""GB/T 家用和类似用途饮水机 (dev): a transposed full-grid table, the product classes as rows and the
indicators across under a two-level header (制热性能 / 制冷性能 over their quantities, units and
comparators in the header lines), "—" cells where a class has no cooling; a clause list of electrical
and hygiene requirements with 不应大于 / 应不低于 / 不超过, a pass / fail electric strength test
(qualitative), a tolerance on the rated volume; the formula of the corrected energy consumption in the
methods (not gold). The levels echo the national standards for drinking water dispensers and their
energy efficiency as remembered; the number and every figure are invented."""

from kit import SAMR, C, Doc, R, V, common_front, references

WARM = "温热型"
COMP = "冷热型（压缩机制冷）"
SEMI = "冷热型（半导体制冷）"
COLS = [
    ("热水温度", ">=", "℃"),
    ("加热能力", ">=", "L/h"),
    ("冷水温度", "<=", "℃"),
    ("制冷能力", ">=", "L/h"),
    ("24 h能耗", "<=", "kW·h"),
    ("噪声", "<=", "dB(A)"),
]


def row(label: str, *texts: str) -> list:
    cells: list = [C(label, align="l")]
    for (name, cmp, unit), text in zip(COLS, texts, strict=True):
        cells.append(text if text == "—" else V(text, R(name, cmp, float(text), unit, cond=[label])))
    return cells


def build() -> Doc:
    d = Doc(
        stem="lu_dispenser_01",
        category="饮水机",
        code="3854",
        kind="GB/T",
        number="GB/T 45876—2026",
        title=["家用和类似用途饮水机"],
        title_en="Drinking water dispensers for household and similar use",
        ics="97.040.50",
        ccs="Y 62",
        issuers=SAMR,
        issued="2026-11-03",
        effective="2027-06-01",
    )
    common_front(d, None, "中国轻工业联合会", "全国家用电器标准化技术委员会（SAC/TC 46）")
    d.h("1", "范围")
    d.p(
        "本文件规定了家用和类似用途饮水机的分类、技术要求、检验规"
        "则、标志、包装、运输和贮存，描述了相应的试验方法。"
    )
    d.p("本文件适用于额定电压不超过250 V、以桶装饮用水或管道饮用水为水源的饮水机。")
    references(
        d,
        "2",
        "GB 4706.1　家用和类似用途电器的安全　第1部分：通用要求",
        "GB 4706.19　家用和类似用途电器的安全　液体加热器的特殊要求",
        "GB 5749　生活饮用水卫生标准",
        "GB/T 4214.1　家用和类似用途电器噪声测试方法　通用要求",
    )
    d.h("3", "术语和定义")
    d.cl("3.1", "<b>加热能力</b>　在规定条件下，饮水机每小时连续提供的温度不低于规定值的热水量。")
    d.cl("3.2", "<b>24 h能耗</b>　饮水机在规定条件下连续通电24 h、不取水时所消耗的电能。")
    d.h("4", "分类")
    d.cl("4.1", "按功能分为温热型和冷热型；冷热型按制冷方式分为压缩机制冷和半导体制冷。")
    d.cl("4.2", "按结构分为台式、立式和管线式。")
    d.h("5", "技术要求")
    d.cl("5.1", "性能：饮水机的制热、制冷性能、24 h能耗和噪声应符合表1的规定。")
    rows = [
        [
            C("类　型", rs=2),
            C("制热性能", cs=2),
            C("制冷性能", cs=2),
            C("24 h能耗/（kW·h）　≤", rs=2),
            C("噪声/dB（A）　≤", rs=2),
        ],
        ["热水温度/℃　≥", "加热能力/（L/h）　≥", "冷水温度/℃　≤", "制冷能力/（L/h）　≥"],
        row(WARM, "90", "5.0", "—", "—", "0.60", "—"),
        row(COMP, "90", "5.0", "10", "2.0", "1.10", "45"),
        row(SEMI, "85", "4.0", "15", "0.5", "1.50", "40"),
    ]
    d.table(
        "1",
        "饮水机的性能要求",
        rows,
        head=2,
        widths=[36, 21, 24, 21, 24, 24, 22],
        notes=["注1：“—”表示不要求。", "注2：24 h能耗为环境温度25 ℃时的值，按5.2的公式修正。"],
    )
    d.cl("5.2", "电气安全：")
    d.item(
        "a)",
        "工作温度下的泄漏电流",
        V("不应大于0.75 mA", R("泄漏电流", "<=", 0.75, "mA", cond=["工作温度下的"])),
        "；",
    )
    d.item("b)", "接地电阻", V("不应大于0.1 Ω", R("接地电阻", "<=", 0.1, "Ω")), "；")
    d.item(
        "c)",
        "电气强度：",
        V(
            "施加1 250 V试验电压1 min，无击穿或闪络",
            R("电气强度", "qualitative", text="施加1 250 V试验电压1 min，无击穿或闪络"),
        ),
        "。",
    )
    d.cl(
        "5.3",
        "出水流量：热水和冷水出水口在额定水压下的出水流量均",
        V(
            "应不低于1.0 L/min",
            R("出水流量", ">=", 1.0, "L/min", cond=["热水出水口"]),
            R("出水流量", ">=", 1.0, "L/min", cond=["冷水出水口"]),
        ),
        "。",
    )
    d.cl(
        "5.4",
        "热罐容积：实测热罐容积与额定值之差应在",
        V("±10%", R("热罐容积", "range", -10, "%", vmax=10, cond=["与额定值之差"])),
        "以内。",
    )
    d.cl(
        "5.5",
        "卫生要求：饮水机出水的菌落总数",
        V("不超过100 CFU/mL", R("菌落总数", "<=", 100, "CFU/mL", cond=["饮水机出水"])),
        "，浑浊度",
        V("不超过1 NTU", R("浑浊度", "<=", 1, "NTU", cond=["饮水机出水"])),
        "，其他指标应符合GB 5749的规定。",
    )
    d.cl("5.6", "防烫：热水出水开关应具有防止儿童误操作的功能。")
    d.cl(
        "5.7",
        "密封性：",
        V(
            "水路系统在0.15 MPa水压下保持5 min，各连接处无渗漏",
            R("密封性", "qualitative", text="水路系统在0.15 MPa水压下保持5 min，各连接处无渗漏"),
        ),
        "。",
    )
    d.cl(
        "5.8",
        "带臭氧消毒功能的饮水机，消毒结束30 min后出水中的臭氧浓度",
        V(
            "不超过0.05 mg/L",
            R("臭氧浓度", "<=", 0.05, "mg/L", cond=["带臭氧消毒功能的饮水机", "消毒结束30 min后出水中的"]),
        ),
        "。",
    )
    d.h("6", "试验方法")
    d.cl("6.1", "试验在环境温度（25±2）℃、相对湿度45%～75%、进水温度（25±1）℃的条件下进行。")
    d.cl("6.2", "24 h能耗：饮水机注满水后通电稳定运行2 h，再连续测量24 h的耗电量，按公式（1）修正到25 ℃：")
    d.math(r"E=E_{\mathrm{m}}\times\left[1+0.02\times\left(t_{\mathrm{m}}-25\right)\right]", "1")
    d.where(
        "<m>E</m>——修正后的24 h能耗，单位为千瓦时（kW·h）；",
        "<m>E_{\\mathrm{m}}</m>——实测的24 h耗电量，单位为千瓦时（kW·h）；",
        "<m>t_{\\mathrm{m}}</m>——试验期间的平均环境温度，单位为摄氏度（℃）。",
    )
    d.cl("6.3", "噪声按GB/T 4214.1规定的方法测定，饮水机置于半消声室的反射面上，测量距离1 m。")
    d.h("7", "检验规则")
    d.cl("7.1", "出厂检验项目为电气强度、接地电阻、热水温度和外观；型式检验每年至少进行一次。")
    d.h("8", "标志、包装、运输和贮存")
    d.cl("8.1", "铭牌应标明额定电压、额定频率、制热功率、制冷功率、热罐容积和24 h能耗。")
    d.cl("8.2", "产品运输和贮存时倾斜角度不应大于45°，堆码层数不应超过4层。")
    return d
