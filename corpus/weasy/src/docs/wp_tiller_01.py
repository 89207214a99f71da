"""JB/T-style 机械行业标准 微型耕耘机 (test): a transposed table (标定功率 classes down the rows, quantities
across with their units in brackets, comparators as words in a header row of their own, a value merged down
the classes); clause limits with a tolerance without a centre (±5%), a centred tolerance, 分别 pairs, a
reliability rate; scope bounds and test conditions (not counted).  Echoes the structure of JB/T 10266-style
mini-tiller standards; every figure here is invented for this corpus."""

from typing import Any

from kit import C, Doc, R, V

CLASSES = ["P≤4.0 kW", "4.0 kW＜P≤6.3 kW", "6.3 kW＜P≤7.5 kW"]


def build() -> Doc:
    d = Doc(
        stem="wp_tiller_01",
        category="微型耕耘机",
        code="3572",
        kind="JB/T",
        mark="JB",
        number="JB/T 10266—2026",
        title=["微型耕耘机"],
        title_en="Mini-tillers",
        replaces=["JB/T 10266—2013"],
        ics="65.060.20",
        ccs="T 62",
        filing="81633—2026",
        issuers=["中华人民共和国工业和信息化部"],
        issued="2026-06-08",
        effective="2027-01-01",
    )
    d.preface(
        "本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。",
        "本文件代替JB/T 10266—2013《微型耕耘机》，与JB/T 10266—2013相比，主要技术变化如下：",
        "——修改了标定功率分档；",
        "——增加了扶手振动加速度和平均故障间隔时间要求。",
        "本文件由中国机械工业联合会提出。",
        "本文件由全国农业机械标准化技术委员会（SAC/TC 201）归口。",
    )
    d.h("1", "范围")
    d.p("本文件规定了微型耕耘机的型号、要求、试验方法、检验规则及标志、包装、运输与贮存。")
    d.p("本文件适用于以标定功率不大于7.5 kW的汽油机或柴油机为动力、以驱动轮轴直接安装旋耕刀具的微型耕耘机。")
    d.h("2", "规范性引用文件")
    d.p("GB/T 5668　旋耕机")
    d.p("GB 10395.1　农林机械　安全　第1部分：总则")
    d.h("3", "要求")
    d.h("3.1", "一般要求")
    d.cl("3.1.1", "微型耕耘机应按经规定程序批准的图样和技术文件制造。")
    d.cl(
        "3.1.2",
        "发动机标定功率的实测值与标称值之差应在标称值的",
        V("±5%", R("发动机标定功率的实测值与标称值之差", "range", -5, "%", vmax=5, cond=["标称值的"])),
        "以内。",
    )
    d.h("3.2", "作业性能")
    d.p("在土壤绝对含水率为15%～25%的旱地作业条件下，作业性能应符合表1的规定。")
    rows: list[list[Any]] = [
        [
            "标定功率P",
            "耕深（cm）",
            "耕深稳定性系数（%）",
            "碎土率（%）",
            "纯工作小时生产率（hm<sup>2</sup>/h）",
        ],
        ["", "不小于", "不小于", "不小于", "不小于"],
    ]
    figures = [("10", "0.04"), ("12", "0.06"), ("14", "0.08")]
    for n, (cls, (depth, rate)) in enumerate(zip(CLASSES, figures, strict=False)):
        row = [cls, V(depth, R("耕深", ">=", float(depth), "cm", cond=[cls]))]
        if n == 0:
            row.append(C(V("85", *[R("耕深稳定性系数", ">=", 85, "%", cond=[c]) for c in CLASSES]), rs=3))
            row.append(C(V("80", *[R("碎土率", ">=", 80, "%", cond=[c]) for c in CLASSES]), rs=3))
        row.append(V(rate, R("纯工作小时生产率", ">=", float(rate), "hm²/h", cond=[cls])))
        rows.append(row)
    d.table(
        "1",
        "作业性能",
        rows,
        head=2,
        widths=[38, 24, 32, 24, 44],
        style="zebra",
        notes=["注1：耕深稳定性系数和碎土率按GB/T 5668规定的方法测定。", "注2：水田作业的耕深不作考核。"],
    )
    d.h("3.3", "整机性能")
    d.cl(
        "3.3.1",
        "操作者耳位噪声不应大于",
        V("93 dB(A)", R("操作者耳位噪声", "<=", 93, "dB(A)")),
        "；扶手处振动加速度不应大于",
        V("25 m/s<sup>2</sup>", R("扶手处振动加速度", "<=", 25, "m/s²")),
        "。",
    )
    d.cl(
        "3.3.2",
        "汽油机和柴油机配套的微型耕耘机，其燃油消耗率分别不应大于",
        V("380 g/(kW·h)", R("燃油消耗率", "<=", 380, "g/(kW·h)", cond=["汽油机配套的微型耕耘机"])),
        "和",
        V("290 g/(kW·h)", R("燃油消耗率", "<=", 290, "g/(kW·h)", cond=["柴油机配套的微型耕耘机"])),
        "。",
    )
    d.cl(
        "3.3.3",
        "旋耕刀辊的工作转速应为",
        V("（200±20）r/min", R("旋耕刀辊的工作转速", "tolerance", 200, "r/min", tol=20)),
        "。",
    )
    d.cl("3.3.4", "微型耕耘机在纵向坡度为15°的干硬坡道上，驻车制动应可靠，不得溜坡。")
    d.h("3.4", "可靠性")
    d.p(
        "平均故障间隔时间不应小于",
        V("150 h", R("平均故障间隔时间", ">=", 150, "h")),
        "，有效度不应小于",
        V("93%", R("有效度", ">=", 93, "%")),
        "。",
    )
    d.h("3.5", "安全要求")
    d.cl("3.5.1", "安全要求应符合GB 10395.1的规定。")
    d.cl(
        "3.5.2",
        "旋耕刀具上方和后方应设置防护罩，防护罩的离地间隙不应大于",
        V("200 mm", R("防护罩的离地间隙", "<=", 200, "mm")),
        "。",
    )
    d.cl("3.5.3", "离合器手柄的操纵力不应大于", V("150 N", R("离合器手柄的操纵力", "<=", 150, "N")), "。")
    d.h("4", "试验方法")
    d.cl("4.1", "作业性能试验地块长度不小于30 m，两端预备区不少于5 m，每个行程测定耕深不少于11点。")
    d.cl("4.2", "可靠性试验时间不少于300 h，试验样机数量为2台。")
    d.h("5", "检验规则")
    d.cl("5.1", "出厂检验应逐台进行，型式检验的抽样基数不少于20台。")
    return d
