"""QB/T appliance 家用电磁灶 (test): a transposed table — rated-power classes down the rows, quantities
across with units and comparators on header rows of their own — values merged over the classes; a ±10 ℃
temperature tolerance without a centre and an input-power tolerance +5%～−10% in clauses; electrical safety
and pan detection as an ``fo:list-block`` with pass / fail tests; a magnetic field limit restricted by an
``fo:footnote``; test water volumes and temperatures (not indicators).  The levels echo the national
energy-efficiency and performance standards for induction cookers as remembered; the number and every
figure are invented."""

from kit import C, Doc, Foot, R, V, front, references

CLASSES = ["P≤1 600 W", "1 600 W＜P≤2 100 W", "P＞2 100 W"]
QUANTITIES = [("热效率", "%", ">="), ("加热时间", "min", "<="), ("噪声（A计权声功率级）", "dB(A)", "<=")]
DATA = {
    CLASSES[0]: ["86", "7.5", "55"],
    CLASSES[1]: ["87", "6.0", "58"],
    CLASSES[2]: ["88", "5.0", "60"],
}


def build() -> Doc:
    d = Doc(
        stem="fo_induction_01",
        category="家用电磁灶",
        code="3854",
        kind="QB/T",
        mark="QB",
        short="家用电磁灶",
        number="QB/T 5782—2026",
        title=["家用电磁灶"],
        title_en="Household induction cookers",
        ics="97.040.20",
        ccs="Y 68",
        filing="80377—2026",
        issuers=["中华人民共和国工业和信息化部"],
        issued="2026-07-15",
        effective="2027-01-01",
    )
    front(
        d,
        None,
        "中国轻工业联合会",
        "全国家用电器标准化技术委员会（SAC/TC 46）",
        "本文件起草单位：广东顺德家电研究院、中国家用电器研究院。",
    )
    d.h("1", "范围")
    d.p("本文件规定了家用电磁灶的分类、技术要求、检验规则和标志、包装、运输、贮存，描述了相应的试验方法。")
    d.p("本文件适用于额定电压220 V、单个加热区额定功率不超过3 500 W的台式和嵌入式家用电磁灶。")
    references(
        d,
        "2",
        "GB 4706.1　家用和类似用途电器的安全　第1部分：通用要求",
        "GB 4706.29　家用和类似用途电器的安全　便携式电磁灶的特殊要求",
        "GB 21456　家用电磁灶能效限定值及能效等级",
        "GB/T 4214.1　家用和类似用途电器噪声测试方法　通用要求",
    )
    d.h("3", "分类")
    d.p(
        "按安装方式分为台式和嵌入式；按单个加热区的额定功率分为P≤1 60"
        "0 W、1 600 W＜P≤2 100 W和P＞2 100 W三档。"
    )
    d.h("4", "技术要求")
    d.cl("4.1", "电磁灶的安全应符合GB 4706.1和GB 4706.29的规定。")
    d.cl("4.2", "各加热区在额定电压、额定功率下的性能应符合表1的规定。")
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
            cells.append(C(V("2.0", *[R("待机功率", "<=", 2.0, "W", cond=[c]) for c in CLASSES]), rs=3))
        rows.append(cells)
    d.table(
        "1",
        "性能要求",
        rows,
        head=3,
        widths=[40, 26, 26, 36, 24],
        notes=["注：加热时间为将2.0 kg水由20 ℃加热至90 ℃所需的时间。"],
    )
    d.cl(
        "4.3",
        "输入功率偏差：在额定电压下，最大档位的输入功率对额定功率的偏差应为",
        V("+5%～−10%", R("输入功率偏差", "range", -10, "%", vmax=5, cond=["最大档位", "对额定功率"])),
        "。",
    )
    d.cl(
        "4.4",
        "控温精度：具有控温功能的电磁灶，锅底实测温度与设定温度之差应在",
        V(
            "±10 ℃",
            R(
                "控温精度",
                "range",
                -10,
                "℃",
                vmax=10,
                cond=["具有控温功能的电磁灶", "锅底实测温度与设定温度之差"],
            ),
        ),
        "以内。",
    )
    d.cl("4.5", "电气安全与检锅：")
    d.item(
        "a)",
        "泄漏电流：工作温度下的泄漏电流",
        V("不应大于0.75 mA", R("泄漏电流", "<=", 0.75, "mA", cond=["工作温度下"])),
        "；",
    )
    d.item(
        "b)",
        "电气强度：",
        V(
            "施加1 250 V试验电压1 min，无击穿",
            R("电气强度", "qualitative", text="施加1 250 V试验电压1 min，无击穿"),
        ),
        "；",
    )
    d.item(
        "c)",
        "小物件检测：在加热区中心放置直径不大于60 mm的金属物件时，",
        V("电磁灶不应启动加热", R("小物件检测", "qualitative", text="电磁灶不应启动加热")),
        "；",
    )
    d.item(
        "d)",
        "无锅保护：移开锅具后，",
        V("应在60 s内停止加热", R("无锅保护", "<=", 60, "s", cond=["移开锅具后"])),
        "；",
    )
    d.item(
        "e)", "面板表面温升：工作时操作面板的温升", V("不应超过45 K", R("面板表面温升", "<=", 45, "K")), "。"
    )
    d.cl(
        "4.6",
        "磁场强度：距电磁灶前缘30 cm处的磁感应强度",
        V("不应大于6.25 μT", R("磁感应强度", "<=", 6.25, "μT", cond=["距电磁灶前缘30 cm处"])),
        Foot("1)", "测量时使用符合附录规定的标准锅具，加热区以最大功率运行。"),
        "。",
    )
    d.cl(
        "4.7",
        "连续运行：电磁灶在额定功率下连续运行",
        V("不少于2 h", R("连续运行", ">=", 2, "h", cond=["在额定功率下"])),
        "，应无异常。",
    )
    d.h("5", "试验方法")
    d.cl(
        "5.1",
        "热效率试验在环境温度（20±5）℃下进行，试验用锅为直径（220"
        "±5）mm的不锈钢锅，装水2.0 kg，水的初温（20±1）℃。",
    )
    d.cl("5.2", "噪声按GB/T 4214.1测定，背景噪声应比被测噪声低10 dB(A)以上。")
    d.cl("5.3", "控温精度：设定温度为180 ℃，稳定后连续测量30 min，记录锅底温度。")
    d.h("6", "检验规则")
    d.p("出厂检验逐台进行电气强度、泄漏电流和检锅功能检验；型式检验每年进行一次，抽样2台。")
    d.h("7", "标志、包装、运输和贮存")
    d.p("铭牌应标明额定电压、额定频率、各加热区额定功率和能效等级。产品在运输中应防止剧烈碰撞和雨淋。")
    return d
