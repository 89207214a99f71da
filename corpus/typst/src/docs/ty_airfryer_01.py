"""A group standard (T/) for 空气炸锅 (test), clause text in full-width digits and letters: a transposed
performance table whose rows are capacity classes and whose columns are the quantities, a unit line in
the header, an asymmetric range, tolerances without a centre, 应不大于 pairs in one clause, a test step
(not counted) and references.  No real standard of this number exists; the figures are invented for this
corpus, in the genre of household kitchen-appliance group standards (GB 4706.14 for safety)."""

from kit import C, Doc, R, V, fw

CLASSES = [("V≤3.5", "V≤3.5 L"), ("3.5＜V≤5.5", "3.5 L＜V≤5.5 L"), ("V＞5.5", "V＞5.5 L")]


def build() -> Doc:
    d = Doc(
        stem="ty_airfryer_01",
        category="空气炸锅",
        code="3854",
        kind="T",
        mark="T/CHEAA",
        number="T/CHEAA 0041—2026",
        title=["空气炸锅"],
        title_en="Air fryers",
        ics="97.040.50",
        ccs="Y 62",
        issuers=["中国家用电器协会"],
        issued="2026-08-18",
        effective="2026-09-18",
    )
    d.preface(
        "本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。",
        "请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。",
        "本文件由中国家用电器协会提出并归口。",
        "本文件起草单位：中国家用电器研究院、广东某电器股份有限公司、浙江某厨具有限公司。",
    )
    d.h("1", "范围")
    d.p(fw("本文件规定了家用空气炸锅的分类、要求、试验方法、检验规则以及标志、包装、运输和贮存。"))
    d.p(fw("本文件适用于额定电压220 V、额定容量不大于12 L的家用空气炸锅。"))
    d.h("2", "规范性引用文件")
    d.p("下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。")
    for ref in (
        "GB 4706.1　家用和类似用途电器的安全　第1部分：通用要求",
        "GB 4706.14　家用和类似用途电器的安全　烤架、面包片烘烤器及类似用途便携式烹饪器具的特殊要求",
        "GB 4806.10　食品安全国家标准　食品接触用涂料及涂层",
    ):
        d.p(ref, indent=False)
    d.h("3", "分类")
    d.p(fw("按额定容量V分为小容量（V≤3.5 L）、中容量（3.5 L＜V≤5.5 L）和大容量（V＞5.5 L）三类。"))
    d.h("4", "要求")
    d.cl("4.1", fw("安全：应符合GB 4706.1和GB 4706.14的规定。"))
    d.cl(
        "4.2",
        fw("输入功率：在额定电压和正常工作温度下，输入功率对额定输入功率的偏差应在"),
        V(fw("-10%～+5%"), R("输入功率对额定输入功率的偏差", "range", -10, "%", vmax=5)),
        fw("之间。"),
    )
    d.cl("4.3", fw("烹饪性能和噪声应符合表1的规定。"))
    rows = [
        [C("额定容量V", rs=2), "预热时间", "薯条烹饪时间", "烹饪均匀度", "噪声（声功率级）"],
        ["min", "min", "%", "dB(A)"],
    ]
    data = {
        "V≤3.5": ("5", "18", "85", "62"),
        "3.5＜V≤5.5": ("6", "20", "85", "64"),
        "V＞5.5": ("8", "22", "80", "66"),
    }
    for printed, cond in CLASSES:
        pre, fries, even, noise = data[printed]
        rows.append(
            [
                printed,
                V("≤" + pre, R("预热时间", "<=", float(pre), "min", cond=[cond])),
                V("≤" + fries, R("薯条烹饪时间", "<=", float(fries), "min", cond=[cond])),
                V("≥" + even, R("烹饪均匀度", ">=", float(even), "%", cond=[cond])),
                V("≤" + noise, R("噪声（声功率级）", "<=", float(noise), "dB(A)", cond=[cond])),
            ]
        )
    d.table(
        "1",
        "烹饪性能和噪声",
        rows,
        head=2,
        widths=[34, 30, 34, 30, 34],
        notes=["注：预热时间为设定温度200 ℃时，从通电至温控器第一次断开的时间。"],
    )
    d.cl(
        "4.4",
        fw("温度控制：设定温度为200 ℃时，炸篮中心的平均温度与设定温度之差应在"),
        V(
            fw("±10 ℃"),
            R("炸篮中心的平均温度与设定温度之差", "range", -10, "℃", vmax=10, cond=["设定温度为200 ℃时"]),
        ),
        fw("以内。"),
    )
    d.cl(
        "4.5",
        fw("能耗：待机功率应不大于"),
        V(fw("0.5 W"), R("待机功率", "<=", 0.5, "W")),
        fw("，关机功率应不大于"),
        V(fw("0.3 W"), R("关机功率", "<=", 0.3, "W")),
        fw("。"),
    )
    d.cl(
        "4.6",
        fw("表面温升：正常工作时，可触及的外壳表面温升不应超过"),
        V(fw("60 K"), R("外壳表面温升", "<=", 60, "K", cond=["可触及的", "正常工作时"])),
        fw("，手柄和旋钮的温升不应超过"),
        V(fw("35 K"), R("手柄和旋钮的温升", "<=", 35, "K", cond=["正常工作时"])),
        fw("。"),
    )
    d.cl(
        "4.7",
        fw("炸篮涂层：与食品接触的不粘涂层应符合GB 4806.10的规定；经5 000次往复磨耗试验后，涂层不应露底。"),
    )
    d.cl(
        "4.8",
        fw("定时器：定时器的误差应不超过设定时间的"),
        V(fw("±5%"), R("定时器的误差", "range", -5, "%", vmax=5, cond=["设定时间的"])),
        fw("。"),
    )
    d.cl(
        "4.9",
        fw("电源线：电源线的长度"),
        V(fw("不应小于0.8 m"), R("电源线的长度", ">=", 0.8, "m")),
        fw("。"),
    )
    d.h("5", "试验方法")
    d.cl("5.1", fw("试验在环境温度（23±2）℃、额定电压下进行。"))
    d.cl("5.2", fw("薯条烹饪时间：取冷冻薯条（500±10）g，设定温度200 ℃，记录薯条表面呈金黄色所需的时间。"))
    d.h("6", "检验规则")
    d.cl("6.1", fw("出厂检验项目为输入功率、温度控制和电源线长度。型式检验每两年进行一次。"))
    d.h("7", "标志、包装、运输和贮存")
    d.cl("7.1", fw("包装件应能承受跌落高度800 mm的跌落试验。"))
    return d
