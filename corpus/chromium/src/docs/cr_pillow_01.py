"""T/ group standard 枕芯 (dev), a web CMS page: typed clause numbers, a plain cover, running heads in @page
margin boxes, full-grid tables in Noto Sans CJK.  A grade ladder 优等品 / 一等品 / 合格品 with a 单位 column,
sub-labels under a parent label (经向 / 纬向, 干摩 / 湿摩), negative lower bounds, values merged over the
grades, a qualitative cell merged over the grades; the table's notes run onto the next page; size
tolerances without a centre and a stitch density in clauses.  The
levels echo the sector standard on fibre-filled pillows and the national textile safety code as remembered;
the association, number and every figure are invented."""

from kit import GR, C, Doc, R, V, front, g3, gm, qm, references


def sub(parent: str, unit: str, rows: list[tuple[str, list[str] | str]], cmp: str) -> list[list]:
    out = []
    for n, (label, texts) in enumerate(rows):
        sign = "≥" if cmp == ">=" else "≤"
        head = [C(f"{parent}　　{sign}", rs=len(rows), align="l")] if n == 0 else []
        unit_cell = [C(unit, rs=len(rows))] if n == 0 else []
        values = (
            [gm(parent, unit, texts, cmp, cond=[label])]
            if isinstance(texts, str)
            else g3(parent, unit, texts, cmp, cond=[label])
        )
        out.append([*head, label, *unit_cell, *values])
    return out


def build() -> Doc:
    d = Doc(
        stem="cr_pillow_01",
        category="枕芯",
        code="1771",
        kind="T",
        mark="T/JSHTA",
        line="团体标准",
        short="枕芯",
        number="T/JSHTA 014—2026",
        title=["枕芯"],
        title_en="Pillow inners",
        ics="59.080.30",
        ccs="W 59",
        issuers=["江苏省家用纺织品行业协会"],
        issued="2026-01-22",
        effective="2026-03-01",
        numbering="literal",
        running="margin",
        cover="plain",
        body_font="sans",
    )
    front(
        d,
        "本文件由江苏省家用纺织品行业协会提出并归口。",
        "本文件起草单位：南通梦舒家纺有限公司、江苏省纤维检验中心。",
        "本文件主要起草人：顾建平、朱晓雯、施磊。",
    )
    d.h("1", "范围")
    d.p("本文件规定了枕芯的分类、要求、试验方法、检验规则及标志、包装、运输和贮存。")
    d.p("本文件适用于以化学纤维为主要填充物、以机织物为面料的枕芯。")
    references(
        d,
        "2",
        "GB 18401　国家纺织产品基本安全技术规范",
        "GB/T 3920　纺织品　色牢度试验　耐摩擦色牢度",
        "GB/T 3923.1　纺织品　织物拉伸性能　第1部分：断裂强力和断裂伸长率的测定　条样法",
        "FZ/T 01057　纺织纤维鉴别试验方法",
    )
    d.h("3", "要求")
    d.h("3.1", "安全性能")
    d.p("基本安全性能应符合GB 18401的规定。")
    d.h("3.2", "内在质量")
    d.p("内在质量应符合表1的规定。")
    rows: list = [[C("项目", cs=2), "单位", *GR]]
    rows.append(
        [
            C("填充物质量偏差率　　≥", cs=2, align="l"),
            "%",
            *g3("填充物质量偏差率", "%", ["−3.0", "−4.0", "−5.0"], ">="),
        ]
    )
    rows.append(
        [C("压缩回弹率　　≥", cs=2, align="l"), "%", *g3("压缩回弹率", "%", ["90", "85", "80"], ">=")]
    )
    rows.append([C("含油率　　≤", cs=2, align="l"), "%", gm("含油率", "%", "0.30", "<=")])
    rows.append(
        [C("填充物含杂率　　≤", cs=2, align="l"), "%", *g3("填充物含杂率", "%", ["0.5", "1.0", "2.0"], "<=")]
    )
    rows += sub("面料断裂强力", "N", [("经向", ["250", "220", "200"]), ("纬向", ["200", "180", "160"])], ">=")
    rows += sub("面料撕破强力", "N", [("经向", "10"), ("纬向", "10")], ">=")
    rows += sub("耐摩擦色牢度", "级", [("干摩", ["4", "4", "3"]), ("湿摩", ["3", "3", "2"])], ">=")
    rows.append([C("甲醛含量　　≤", cs=2, align="l"), "mg/kg", gm("甲醛含量", "mg/kg", "75", "<=")])
    rows.append([C("pH值", cs=2, align="l"), "—", gm("pH值", None, "4.0～8.5", "range")])
    rows.append([C("异味", cs=2, align="l"), "—", C(qm("异味", "无", GR), cs=3)])
    rows.append([C("纤维含量允差", cs=2, align="l"), "%", C("按FZ/T 01053执行", cs=3)])
    d.table(
        "1",
        "内在质量要求",
        rows,
        widths=[34, 18, 18, 30, 30, 30],
        notes=[
            "注1：表中除填充物质量偏差率、含油率、填充物含杂率和异味外，其他项目仅考核面料。",
            "注2：填充物质量偏差率为实际填充质量与标称填充质量之差与标称填充质量之比。",
        ],
    )
    d.h("3.3", "规格尺寸")
    d.cl(
        "3.3.1",
        "规格尺寸允许偏差：长度",
        V("±2 cm", R("长度", "range", -2, "cm", vmax=2, cond=["规格尺寸允许偏差"])),
        "，宽度",
        V("±2 cm", R("宽度", "range", -2, "cm", vmax=2, cond=["规格尺寸允许偏差"])),
        "。",
    )
    d.cl(
        "3.3.2",
        "缝纫针距密度每3 cm",
        V("不少于12针", R("缝纫针距密度", ">=", 12, "针", cond=["每3 cm"])),
        "。",
    )
    d.h("3.4", "外观质量")
    d.p("外观应平整，无破损、污渍，缝线顺直，填充物分布均匀。")
    d.h("4", "试验方法")
    d.cl("4.1", "压缩回弹率：在枕芯中心加压（50±1）N，保持1 min后卸载，静置3 min测定回复高度。")
    d.cl("4.2", "耐摩擦色牢度按GB/T 3920测定。")
    d.cl("4.3", "断裂强力按GB/T 3923.1测定，拉伸速度100 mm/min。")
    d.h("5", "检验规则")
    d.cl("5.1", "同一品种、同一规格的产品为一批，每批随机抽取3只～5只。")
    d.cl("5.2", "内在质量各项均符合本等级要求时判该批内在质量合格，否则按实际达到的等级判定。")
    d.h("6", "标志、包装、运输和贮存")
    d.cl("6.1", "使用说明应符合GB/T 5296.4的规定，并标明填充物名称、质量和等级。")
    d.cl("6.2", "产品应贮存在干燥、通风、清洁的室内，防潮、防蛀。")
    return d
