"""Q/ enterprise standard 衬衫 (test), from an online standard editor: clause numbers by CSS counters, a
shaded-band cover, only a folio 第 N 页 共 M 页, "web" tables (shaded header row), body in WenQuanYi Micro
Hei.  A grade ladder 优等品 / 一等品 / 合格品 with the unit in the label (``/%``, ``/级``, ``/N``) and the
comparator in the cell, dimensional change as ranges with signs, sub-labels (领子 / 大身, 经向 / 纬向,
变色 / 沾色), values merged over the grades; the table continued by the author under 续表1 on the next
page with its header repeated; a seam table with a 部位 column.  The levels echo the national standard on
woven shirts as remembered; the company, number and every figure are invented."""

from kit import GR, C, Doc, R, V, front, g3, gm, references


def lab(text: str, rs: int = 1, cs: int = 1) -> C:
    return C(text, rs=rs, cs=cs, align="l")


def build() -> Doc:
    d = Doc(
        stem="cr_shirt_01",
        category="衬衫",
        code="1819",
        kind="Q",
        mark="Q/NBYS",
        line="宁波雅尚服饰有限公司企业标准",
        short="衬衫",
        number="Q/NBYS 006—2026",
        replaces=["Q/NBYS 006—2021"],
        title=["衬衫"],
        title_en="Shirts",
        ics="61.020",
        ccs="Y 76",
        issuers=["宁波雅尚服饰有限公司"],
        issued="2026-02-26",
        effective="2026-03-15",
        numbering="counter",
        running="folio",
        cover="band",
        body_font="hei",
    )
    front(
        d,
        "本文件代替Q/NBYS 006—2021《衬衫》，与Q/NBYS 006—2021相比，主要技术变化如下：",
        "——修改了水洗尺寸变化率的要求；",
        "——增加了免烫衬衫的洗后外观平整度要求。",
        "本文件由宁波雅尚服饰有限公司提出并起草。",
    )
    d.h("1", "范围")
    d.p("本文件规定了衬衫的号型、要求、检验方法、检验规则以及标志、包装、运输和贮存。")
    d.p("本文件适用于以纺织机织物为主要面料生产的衬衫。")
    references(
        d,
        "2",
        "GB 18401　国家纺织产品基本安全技术规范",
        "GB/T 3920　纺织品　色牢度试验　耐摩擦色牢度",
        "GB/T 8629　纺织品　试验用家庭洗涤和干燥程序",
        "GB/T 13773.1　纺织品　织物及其制品的接缝拉伸性能　第1部分：条样法",
    )
    d.h("3", "要求")
    d.cl("3.1", "基本安全性能应符合GB 18401的规定。")
    d.cl("3.2", "理化性能应符合表1的规定。")
    rows: list = [[C("项目", cs=2), *GR]]
    rows += [
        [
            lab("水洗尺寸变化率/%", rs=2),
            "领子",
            *g3("水洗尺寸变化率", "%", ["−1.0～+0.5", "−1.5～+0.5", "−2.0～+1.0"], "range", ["领子"]),
        ],
        ["大身", *g3("水洗尺寸变化率", "%", ["−1.5～+1.0", "−2.0～+1.0", "−2.5～+1.5"], "range", ["大身"])],
        [
            lab("洗后外观平整度<sup>a</sup>/级", cs=2),
            *g3("洗后外观平整度", "级", ["≥3.5", "≥3.0", "≥2.5"], ">=", ["仅考核免烫衬衫"]),
        ],
        [lab("耐皂洗色牢度/级", rs=2), "变色", *g3("耐皂洗色牢度", "级", ["≥4", "≥4", "≥3"], ">=", ["变色"])],
        ["沾色", *g3("耐皂洗色牢度", "级", ["≥4", "≥3", "≥3"], ">=", ["沾色"])],
        [lab("耐摩擦色牢度/级", rs=2), "干摩", *g3("耐摩擦色牢度", "级", ["≥4", "≥3", "≥3"], ">=", ["干摩"])],
        ["湿摩", *g3("耐摩擦色牢度", "级", ["≥3", "≥3", "≥2"], ">=", ["湿摩"])],
        [lab("耐汗渍色牢度/级", rs=2), "变色", *g3("耐汗渍色牢度", "级", ["≥4", "≥3", "≥3"], ">=", ["变色"])],
        ["沾色", *g3("耐汗渍色牢度", "级", ["≥4", "≥3", "≥3"], ">=", ["沾色"])],
        [lab("起毛起球/级", cs=2), *g3("起毛起球", "级", ["≥4", "≥3", "≥3"], ">=")],
        [lab("撕破强力/N", rs=2), "经向", gm("撕破强力", "N", "≥10", ">=", ["经向"])],
        ["纬向", gm("撕破强力", "N", "≥10", ">=", ["纬向"])],
    ]
    d.table(
        "1",
        "理化性能要求",
        rows,
        widths=[40, 20, 34, 34, 34],
        style="web",
        split=9,
        footnotes=["<sup>a</sup>　仅考核免烫衬衫。", "注：水洗尺寸变化率中“−”表示收缩，“+”表示伸长。"],
    )
    d.cl("3.3", "缝制质量应符合表2的规定。")
    seams = [
        ("针距密度", "针/3 cm", "明暗线", "≥14", ">="),
        ("针距密度", "针/3 cm", "包缝线", "≥12", ">="),
        ("缝子纰裂程度", "mm", "后背缝", "≤6", "<="),
        ("缝子纰裂程度", "mm", "袖窿缝", "≤6", "<="),
        ("缝子纰裂程度", "mm", "摆缝", "≤5", "<="),
    ]
    rows2: list = [["项目", "部位", "单位", "要求"]]
    for name, unit, where, text, cmp in seams:
        rows2.append([lab(name), where, unit, V(text, R(name, cmp, float(text[1:]), unit, cond=[where]))])
    d.table("2", "缝制质量要求", rows2, widths=[46, 34, 30, 40], style="web")
    d.note("注：纰裂程度试验负荷为（70±2）N。")
    d.cl(
        "3.4",
        "规格尺寸允许偏差：领大",
        V("±0.6 cm", R("领大", "range", -0.6, "cm", vmax=0.6, cond=["规格尺寸允许偏差"])),
        "，衣长",
        V("±1.0 cm", R("衣长", "range", -1.0, "cm", vmax=1.0, cond=["规格尺寸允许偏差"])),
        "，胸围",
        V("±2.0 cm", R("胸围", "range", -2.0, "cm", vmax=2.0, cond=["规格尺寸允许偏差"])),
        "。",
    )
    d.h("4", "检验方法")
    d.cl("4.1", "水洗尺寸变化率按GB/T 8629规定的4N程序洗涤，悬挂晾干。")
    d.cl("4.2", "耐摩擦色牢度按GB/T 3920测定。")
    d.h("5", "检验规则")
    d.cl("5.1", "同一品种、同一色别的产品为一批，每批随机抽取4件～6件进行理化性能检验。")
    d.cl("5.2", "外观质量按件计算不合格品数，不合格品数不超过1件时判该批合格。")
    d.h("6", "标志、包装、运输和贮存")
    d.cl("6.1", "每件产品应附使用说明，标明号型、纤维成分及含量、洗涤方法。")
    d.cl("6.2", "产品应贮存于干燥、通风的库房内。")
    return d
