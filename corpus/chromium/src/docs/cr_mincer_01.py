"""Q/ enterprise standard 家用电动绞肉机 (test), a CMS page pasted from a word processor: typed clause
numbers, a shaded-band cover, running heads in @page margin boxes, full-grid tables in Noto Serif CJK.  A
per-model table (models down the rows, the comparator at the end of the quantity's name, the unit in the
header cell), rated power not counted, a blade hardness merged over the models; a symmetric power
tolerance without a centre, electrical safety limits in clauses and in a list, a pass / fail strength test;
a hopper distance.  The levels echo the household-appliance safety standards and the sector standard on
food processors as remembered; the company, number and every figure are invented."""

from kit import C, Doc, R, V, front, ql, references

MODELS = [("JR-300", "300", "1.0", "80"), ("JR-500", "500", "1.5", "82"), ("JR-800", "800", "2.2", "85")]


def build() -> Doc:
    d = Doc(
        stem="cr_mincer_01",
        category="家用电动绞肉机",
        code="3854",
        kind="Q",
        mark="Q/ZJCY",
        line="浙江慈悦厨房电器有限公司企业标准",
        short="家用电动绞肉机",
        number="Q/ZJCY 012—2026",
        replaces=["Q/ZJCY 012—2022"],
        title=["家用电动绞肉机"],
        title_en="Household electric meat mincers",
        ics="97.040.50",
        ccs="Y 68",
        issuers=["浙江慈悦厨房电器有限公司"],
        issued="2026-03-20",
        effective="2026-04-01",
        numbering="literal",
        running="margin",
        cover="band",
        body_font="serif",
    )
    front(
        d,
        "本文件代替Q/ZJCY 012—2022《家用电动绞肉机》，主要技术变化如下：",
        "——增加了JR-800型的要求；",
        "——修改了噪声限值。",
        "本文件由浙江慈悦厨房电器有限公司提出并起草。",
    )
    d.h("1", "范围")
    d.p("本文件规定了家用电动绞肉机的型号、要求、试验方法、检验规则和标志、包装、运输、贮存。")
    d.p("本文件适用于额定电压220 V、额定功率不超过1 000 W的家用电动绞肉机。")
    references(
        d,
        "2",
        "GB 4706.1　家用和类似用途电器的安全　第1部分：通用要求",
        "GB 4706.30　家用和类似用途电器的安全　厨房机械的特殊要求",
        "GB/T 4214.1　家用和类似用途电器噪声测试方法　通用要求",
    )
    d.h("3", "型号和性能")
    d.p("产品的型号和主要性能应符合表1的规定。")
    rows: list = [["型号", "额定功率/W", "绞肉量/（kg/min）≥", "噪声（声功率级）/dB(A)≤", "刀具硬度/HRC≥"]]
    for n, (model, power, rate, noise) in enumerate(MODELS):
        row = [
            model,
            power,
            V(rate, R("绞肉量", ">=", float(rate), "kg/min", cond=[model])),
            V(noise, R("噪声（声功率级）", "<=", float(noise), "dB(A)", cond=[model])),
        ]
        if n == 0:
            row.append(C(V("50", *[R("刀具硬度", ">=", 50, "HRC", cond=[m[0]]) for m in MODELS]), rs=3))
        rows.append(row)
    d.table("1", "型号和主要性能", rows, widths=[28, 28, 36, 40, 28])
    d.note("注：绞肉量以去骨猪后腿肉（4±1）℃、孔板孔径5 mm测定。")
    d.h("4", "要求")
    d.cl(
        "4.1",
        "输入功率：在额定电压下，实际输入功率与额定功率的偏差应为",
        V("±10%", R("输入功率", "range", -10, "%", vmax=10, cond=["实际输入功率与额定功率的偏差"])),
        "。",
    )
    d.cl("4.2", "电气安全应符合下列规定：")
    d.item(
        "a)",
        "泄漏电流",
        V("不大于0.75 mA", R("泄漏电流", "<=", 0.75, "mA")),
        "；",
    )
    d.item(
        "b)",
        "接地电阻",
        V("不大于0.1 Ω", R("接地电阻", "<=", 0.1, "Ω")),
        "；",
    )
    d.item(
        "c)",
        "绝缘电阻",
        V("不小于2 MΩ", R("绝缘电阻", ">=", 2, "MΩ")),
        "；",
    )
    d.item("d)", "电气强度：", ql("电气强度", "施加1 250 V试验电压1 min，无击穿、无闪络"), "。")
    d.cl(
        "4.3",
        "温升：电动机绕组温升",
        V("不应超过75 K", R("电动机绕组温升", "<=", 75, "K")),
        "，外壳温升",
        V("不应超过60 K", R("外壳温升", "<=", 60, "K")),
        "。",
    )
    d.cl(
        "4.4",
        "防护：投料口至绞龙的距离",
        V("不应小于100 mm", R("投料口至绞龙的距离", ">=", 100, "mm")),
        "，并配备推料棒。",
    )
    d.cl(
        "4.5",
        "连续工作：额定电压下连续工作",
        V("不少于10 min", R("连续工作", ">=", 10, "min", cond=["额定电压下"])),
        "，停机冷却后应能正常工作。",
    )
    d.cl("4.6", "与食品接触的材料应符合相应食品安全国家标准的规定。")
    d.h("5", "试验方法")
    d.cl("5.1", "噪声按GB/T 4214.1测定，空载运行，背景噪声低于被测噪声10 dB以上。")
    d.cl("5.2", "绞肉量：投入（1.0±0.05）kg试验肉，记录绞完所需时间，计算每分钟绞肉量。")
    d.h("6", "检验规则")
    d.cl("6.1", "出厂检验逐台进行，项目为外观、电气强度、接地电阻和运转试验。")
    d.cl("6.2", "型式检验每年进行一次，随机抽取2台。")
    d.h("7", "标志、包装、运输和贮存")
    d.cl("7.1", "产品应在明显位置标明型号、额定电压、额定功率和制造日期。")
    d.cl("7.2", "产品应贮存在相对湿度不大于85%的通风仓库内。")
    return d
