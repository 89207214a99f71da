"""GB/T 18801-style 空气净化器 (test): a fully boxed transposed table whose rows are classes of the
particle clean-air delivery rate (Q≤150, 150＜Q≤300 …) with the unit on a header line of its own, the
comparator after the unit in the column header, cells merged down two or all classes; a three-line
efficiency table whose rows are the grades 高效级 / 合格级; class codes (V-0, P3, F3) as qualitative
values, one of them in a 分别 list; clause limits with 须, 必须, 应当, 不得 and 不应, a shared limit (铅、汞
的含量均不得超过), a tolerance without a centre (±10%), and the CADR formula with its 式中 list.  The
structure echoes GB/T 18801 and GB 36893 as remembered; every figure is invented."""

from kit import SAMR, C, Doc, R, V, common_front, references

CLASSES = [
    ("Q≤150", "Q≤150 m³/h", "50", "1.0"),
    ("150＜Q≤300", "150 m³/h＜Q≤300 m³/h", "56", None),
    ("300＜Q≤450", "300 m³/h＜Q≤450 m³/h", "62", "2.0"),
    ("Q＞450", "Q＞450 m³/h", "66", None),
]


def build() -> Doc:
    d = Doc(
        stem="ts2_purifier_01",
        category="空气净化器",
        code="3853",
        kind="GB/T",
        number="GB/T 18801—2026",
        replaces=["GB/T 18801—2022"],
        title=["空气净化器"],
        title_en="Air cleaner",
        ics="97.030",
        ccs="Y 61",
        issuers=SAMR,
        issued="2026-09-30",
        effective="2027-04-01",
    )
    common_front(
        d,
        "GB/T 18801—2022《空气净化器》",
        "中国轻工业联合会",
        "全国家用电器标准化技术委员会（SAC/TC 46）",
        ["——增加了按洁净空气量分档的噪声和待机功率要求（见表1）；", "——修改了能效等级（见表2）。"],
    )
    d.h("1", "范围")
    d.p(
        "本文件规定了家用和类似用途空气净化器（以下简称净化器）的要求、检验规则和标志、包装、运输和贮存，描述了相应的试验方法。"
    )
    d.p("本文件适用于去除室内空气中颗粒物和气态污染物的净化器，不适用于新风系统和车载净化器。")
    references(
        d,
        "2",
        "GB 4706.1　家用和类似用途电器的安全　第1部分：通用要求",
        "GB 4706.45　家用和类似用途电器的安全　空气净化器的特殊要求",
        "GB/T 4214.1　家用和类似用途电器噪声测试方法　通用要求",
        "GB/T 5169.16　电工电子产品着火危险试验　第16部分：试验火焰　50 W水平与垂直火焰试验方法",
        "GB 21551.3　家用和类似用途电器的抗菌、除菌、净化功能　空气净化器的特殊要求",
    )
    d.h("3", "术语和定义")
    d.p("下列术语和定义适用于本文件。")
    d.cl(
        "3.1",
        (
            "<b>洁净空气量</b>　净化器在额定状态和规定的试验条件下，针对目标污染物净化"
            "能力的参数，单位为立方米每小时（m³/h）。"
        ),
    )
    d.cl(
        "3.2",
        (
            "<b>累积净化量</b>　净化器在额定状态和规定的试验条件下，洁净空气量衰减至初"
            "始值50%时，累积净化处理的目标污染物总质量。"
        ),
    )
    d.h("4", "要求")
    d.cl("4.1", "净化器的噪声、洁净空气量和待机功率应符合表1的规定。")
    rows: list[list] = [
        ["颗粒物洁净空气量Q", "噪声（声功率级）≤", "洁净空气量实测值与标称值之比 ≥", "待机功率 ≤"],
        ["m³/h", "dB(A)", "%", "W"],
    ]
    conds = [c for _p, c, _n, _s in CLASSES]
    for i, (printed, cond, noise, standby) in enumerate(CLASSES):
        row = [printed, V(noise, R("噪声（声功率级）", "<=", float(noise), "dB(A)", cond=[cond]))]
        if i == 0:
            row.append(
                C(V("90", *[R("洁净空气量实测值与标称值之比", ">=", 90, "%", cond=[c]) for c in conds]), rs=4)
            )
        if standby is not None:
            row.append(
                C(
                    V(
                        standby,
                        R("待机功率", "<=", float(standby), "W", cond=[cond]),
                        R("待机功率", "<=", float(standby), "W", cond=[conds[i + 1]]),
                    ),
                    rs=2,
                )
            )
        rows.append(row)
    d.table(
        "1",
        "噪声、洁净空气量和待机功率",
        rows,
        head=2,
        widths=[36, 34, 48, 30],
        style="grid",
        notes=["注：洁净空气量按标称值分档；噪声为净化器在额定洁净空气量状态下的声功率级。"],
    )
    d.cl("4.2", "能效：净化器的颗粒物和甲醛净化能效应符合表2的规定。")
    eff: list[list] = [["能效等级", "颗粒物净化能效/[m³/(W·h)]", "甲醛净化能效/[m³/(W·h)]"]]
    for grade, pm, hcho in [("高效级", "5.00", "1.00"), ("合格级", "3.50", "0.50")]:
        eff.append(
            [
                grade,
                V("≥" + pm, R("颗粒物净化能效", ">=", float(pm), "m³/(W·h)", grade=grade)),
                V("≥" + hcho, R("甲醛净化能效", ">=", float(hcho), "m³/(W·h)", grade=grade)),
            ]
        )
    d.table("2", "净化能效等级", eff, widths=[30, 50, 50], style="three")
    d.cl(
        "4.3",
        "累积净化量：净化器对颗粒物和甲醛的累积净化量",
        V(
            "分别不低于P3级",
            R("颗粒物的累积净化量", "qualitative", text="P3级"),
        ),
        "和",
        V("F3级", R("甲醛的累积净化量", "qualitative", text="F3级")),
        "。",
    )
    d.cl(
        "4.4",
        "臭氧：净化器在额定状态下运行时，出风口5 cm处臭氧浓度的增加量必须",
        V(
            "小于或等于0.050 mg/m<sup>3</sup>",
            R("臭氧浓度的增加量", "<=", 0.050, "mg/m³", cond=["出风口5 cm处"]),
        ),
        "；具有紫外线灯的净化器，紫外线泄漏量",
        V("不应大于5 μW/cm<sup>2</sup>", R("紫外线泄漏量", "<=", 5, "μW/cm²", cond=["具有紫外线灯的净化器"])),
        "。",
    )
    d.cl(
        "4.5",
        "输入功率：在额定电压和额定频率下，净化器的输入功率与额定输入功率的偏差须在",
        V("±10%", R("输入功率与额定输入功率的偏差", "range", -10, "%", vmax=10)),
        "以内。",
    )
    d.cl(
        "4.6",
        "阻燃：外壳和风道所用塑料材料应当按GB/T 5169.16试验，其阻燃等级应达到",
        V("V-0级", R("阻燃等级", "qualitative", cond=["外壳和风道所用塑料材料"], text="V-0级")),
        "。",
    )
    d.cl(
        "4.7",
        "有害物质：过滤网及与气流接触的非金属部件中铅、汞的含量",
        V(
            "均不得超过1 000 mg/kg",
            R("铅的含量", "<=", 1000, "mg/kg", cond=["过滤网及与气流接触的非金属部件"]),
            R("汞的含量", "<=", 1000, "mg/kg", cond=["过滤网及与气流接触的非金属部件"]),
        ),
        "，镉的含量",
        V("不得超过100 mg/kg", R("镉的含量", "<=", 100, "mg/kg", cond=["过滤网及与气流接触的非金属部件"])),
        "。",
    )
    d.cl(
        "4.8",
        "遥控：带遥控器的净化器，遥控器的有效遥控距离",
        V("不小于6 m", R("遥控器的有效遥控距离", ">=", 6, "m", cond=["带遥控器的净化器"])),
        "，有效遥控角度",
        V("不小于30°", R("有效遥控角度", ">=", 30, "°", cond=["带遥控器的净化器"])),
        "。",
    )
    d.cl(
        "4.9", "安全：净化器的安全应符合GB 4706.1和GB 4706.45的规定，宣称除菌功能的还应符合GB 21551.3的规定。"
    )
    d.h("5", "试验方法")
    d.cl("5.1", "试验舱：容积为（30±1.5）m³，试验期间舱内温度（25±2）℃，相对湿度（50±10）%。")
    d.cl("5.2", "洁净空气量：测量自然衰减和净化器运行时舱内污染物浓度的衰减，按式（1）计算：")
    d.math(r"Q = 60 \times (k_{\mathrm{e}} - k_{\mathrm{n}}) \times V", "1")
    d.where(
        "<m>Q</m>——洁净空气量，单位为立方米每小时（m³/h）；",
        "<m>k_{\\mathrm{e}}</m>——总衰减常数，单位为每分钟（min<sup>-1</sup>）；",
        "<m>k_{\\mathrm{n}}</m>——自然衰减常数，单位为每分钟（min<sup>-1</sup>）；",
        "<m>V</m>——试验舱容积，单位为立方米（m³）。",
    )
    d.cl("5.3", "噪声按GB/T 4214.1在半消声室内测量，净化器置于高0.75 m的试验台上。")
    d.h("6", "检验规则")
    d.cl("6.1", "出厂检验项目为输入功率、噪声和标志；型式检验项目为第4章的全部项目，每年至少进行一次。")
    d.cl("6.2", "型式检验样品为2台，所有项目均合格时判定合格。")
    d.h("7", "标志、包装、运输和贮存")
    d.cl("7.1", "产品或说明书上应标示颗粒物洁净空气量、甲醛洁净空气量、累积净化量区间、噪声和能效等级。")
    d.cl("7.2", "产品在运输中应防止雨淋、受潮和剧烈碰撞，贮存在通风良好的库房内。")
    return d
