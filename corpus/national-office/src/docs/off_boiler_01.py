"""GB 13271-style 锅炉大气污染物排放标准 (test): three limit tables of the same shape (existing boilers, new
boilers, special limits) with the boiler types as variant columns, a monitoring-position column, a
footnote that prints a relaxed limit for some provinces stacked in the cell, `—` cells, 烟气黑度 merged
across the types with its sign in the cell, a chimney-height table by capacity class in two units, a
chimney clause with 以上, and a reference-oxygen table that holds no limit.  Values follow GB 13271-2014 as
the author remembers it."""

from kit import C, Doc, R, V

TYPES = ("燃煤锅炉", "燃油锅炉", "燃气锅炉")


def limits(scope: str, rows: list[tuple[str, str, list[str], str]], relax: str | None = None) -> list[list]:
    out: list[list] = [
        [C("污染物项目", rs=2), C("限值", cs=3), C("污染物排放\n监控位置", rs=2)],
        list(TYPES),
    ]
    for i, (label, name, cells, where) in enumerate(rows):
        row: list = [C(label, align="l")]
        for kind, text in zip(TYPES, cells, strict=True):
            if text == "—":
                row.append("—")
            elif relax and text.endswith("*"):
                base = text[:-1]
                row.append(
                    [
                        V(base, R(name, "<=", float(base), "mg/m³", cond=[scope, kind])),
                        "\n",
                        V(
                            f"{relax}<sup>a</sup>",
                            R(
                                name,
                                "<=",
                                float(relax),
                                "mg/m³",
                                cond=[
                                    scope,
                                    kind,
                                    "位于广西壮族自治区、重庆市、四川省和贵州省的燃煤锅炉执行该限值",
                                ],
                            ),
                        ),
                    ]
                )
            else:
                row.append(V(text, R(name, "<=", float(text), "mg/m³", cond=[scope, kind])))
        if i == 0:
            row.append(C(where, rs=len(rows)))
        out.append(row)
    out.append(
        [
            C("烟气黑度（林格曼黑度，级）", align="l"),
            C(V("≤1", *[R("烟气黑度（林格曼黑度）", "<=", 1, "级", cond=[scope, k]) for k in TYPES]), cs=3),
            "烟囱排放口",
        ]
    )
    return out


def build() -> Doc:
    d = Doc(
        stem="off_boiler_01",
        category="锅炉大气污染物排放",
        code="4430",
        kind="GB",
        number="GB 13271—2026",
        replaces=["GB 13271—2014"],
        title=["锅炉大气污染物排放标准"],
        title_en="Emission standard of air pollutants for boiler",
        ics="13.040.40",
        ccs="Z 60",
        issuers=["生态环境部", "国家市场监督管理总局"],
        issued="2026-05-06",
        effective="2026-12-01",
    )
    d.preface(
        (
            "为贯彻《中华人民共和国环境保护法》《中华人民共和国大气污染防治法》等法律、法规，保护环境，防治"
            "污染，促进锅炉生产、运行和污染治理技术的进步，制定本标准。"
        ),
        (
            "本标准规定了锅炉大气污染物浓度排放限值、监测和监控要求。锅炉排放的水污染物、恶臭污染物和环境噪"
            "声适用相应的国家污染物排放标准，产生固体废物的鉴别、处理和处置适用国家固体废物污染控制标准。"
        ),
        "本标准是对GB 13271—2014的修订。主要修订内容如下：",
        "——收严了新建燃气锅炉的氮氧化物排放限值；",
        "——增加了燃煤锅炉房烟囱的设置要求。",
        "本标准由生态环境部大气环境司、法规与标准司组织制订。",
    )
    d.h("1", "适用范围")
    d.p(
        "本标准规定了锅炉烟气中颗粒物、二氧化硫、氮氧化物、汞及其化合物的最高允许排放浓度限值和烟气黑度限值。"
    )
    d.p(
        "本标准适用于以燃煤、燃油和燃气为燃料的单台出力65 t/h及以下蒸汽锅炉、各种容量的热水锅炉及有机热"
        "载体锅炉；各种容量的层燃炉、抛煤机炉。"
    )
    d.p(
        "使用型煤、水煤浆、煤矸石、石油焦、油页岩、生物质成型燃料等的锅炉，参照本标准中燃煤锅炉排放控制"
        "要求执行。"
    )
    d.h("2", "规范性引用文件")
    d.p("本标准内容引用了下列文件或其中的条款。凡是不注日期的引用文件，其有效版本适用于本标准。")
    for ref in (
        "GB 5468　锅炉烟尘测试方法",
        "GB/T 16157　固定污染源排气中颗粒物测定与气态污染物采样方法",
        "HJ/T 398　固定污染源排放烟气黑度的测定　林格曼烟气黑度图法",
        "HJ 75　固定污染源烟气（SO<sub>2</sub>、NO<sub>x</sub>、颗粒物）排放连续监测技术规范",
    ):
        d.p(ref, indent=False)
    d.h("3", "术语和定义")
    d.h("3.1", "在用锅炉　in-use boiler")
    d.p("指本标准实施之日前，已建成投产或环境影响评价文件已通过审批的锅炉。")
    d.h("3.2", "新建锅炉　new boiler")
    d.p("本标准实施之日起，环境影响评价文件通过审批的新建、改建和扩建的锅炉建设项目。")
    d.h("3.3", "标准状态　standard condition")
    d.p(
        "锅炉烟气在温度为273.15 K、压力为101 325 Pa时的状态，简称“标态”。本标准规定的排放浓度均指标准状"
        "态下干烟气中的数值。"
    )
    d.h("4", "大气污染物排放控制要求")
    d.cl(
        "4.1",
        (
            "10 t/h以上在用蒸汽锅炉和7 MW以上在用热水锅炉自2027年7月1日起执行表1规定的大气污染物排放限值，10"
            " t/h及以下在用蒸汽锅炉和7 MW及以下在用热水锅炉自2028年7月1日起执行表1规定的大气污染物排放限值。"
        ),
    )
    base = [
        ("颗粒物", "颗粒物", ["80", "60", "30"], "烟囱或烟道"),
        ("二氧化硫", "二氧化硫", ["400*", "300", "100"], ""),
        ("氮氧化物", "氮氧化物", ["400", "400", "400"], ""),
        ("汞及其化合物", "汞及其化合物", ["0.05", "—", "—"], ""),
    ]
    d.table(
        "1",
        "在用锅炉大气污染物排放浓度限值",
        limits("在用锅炉", base, relax="550"),
        head=2,
        widths=[46, 26, 26, 26, 36],
        unit_line="单位：mg/m<sup>3</sup>",
        footnotes=["<sup>a</sup>　位于广西壮族自治区、重庆市、四川省和贵州省的燃煤锅炉执行该限值。"],
    )
    d.cl("4.2", "自本标准实施之日起，新建锅炉执行表2规定的大气污染物排放限值。")
    new = [
        ("颗粒物", "颗粒物", ["50", "30", "20"], "烟囱或烟道"),
        ("二氧化硫", "二氧化硫", ["300", "200", "50"], ""),
        ("氮氧化物", "氮氧化物", ["300", "250", "150"], ""),
        ("汞及其化合物", "汞及其化合物", ["0.05", "—", "—"], ""),
    ]
    d.table(
        "2",
        "新建锅炉大气污染物排放浓度限值",
        limits("新建锅炉", new),
        head=2,
        widths=[46, 26, 26, 26, 36],
        unit_line="单位：mg/m<sup>3</sup>",
    )
    d.cl(
        "4.3",
        (
            "重点地区锅炉执行表3规定的大气污染物特别排放限值。执行大气污染物特别排放限值的地域范围、时间，由"
            "国务院生态环境主管部门或省级人民政府规定。"
        ),
    )
    special = [
        ("颗粒物", "颗粒物", ["30", "30", "20"], "烟囱或烟道"),
        ("二氧化硫", "二氧化硫", ["200", "100", "50"], ""),
        ("氮氧化物", "氮氧化物", ["200", "200", "150"], ""),
        ("汞及其化合物", "汞及其化合物", ["0.05", "—", "—"], ""),
    ]
    d.table(
        "3",
        "大气污染物特别排放限值",
        limits("特别排放限值", special),
        head=2,
        widths=[46, 26, 26, 26, 36],
        unit_line="单位：mg/m<sup>3</sup>",
    )
    d.cl("4.4", "每个新建燃煤锅炉房只能设一根烟囱，烟囱高度应根据锅炉房装机总容量，按表4规定执行。")
    heights = [
        ("＜0.7", "＜1", "20"),
        ("0.7～＜1.4", "1～＜2", "25"),
        ("1.4～＜2.8", "2～＜4", "30"),
        ("2.8～＜7", "4～＜10", "35"),
        ("7～＜14", "10～＜20", "40"),
        ("≥14", "≥20", "45"),
    ]
    d.table(
        "4",
        "燃煤锅炉房烟囱最低允许高度",
        [[C("锅炉房装机总容量", cs=2), C("烟囱最低允许高度/m", rs=2)], ["MW", "t/h"]]
        + [
            [mw, th, V(h, R("烟囱最低允许高度", ">=", float(h), "m", cond=[f"{mw} MW", f"{th} t/h"]))]
            for mw, th, h in heights
        ],
        head=2,
        widths=[40, 40, 50],
    )
    d.cl(
        "4.5",
        "新建燃煤锅炉房的烟囱周围半径200 m距离内有建筑物时，其烟囱",
        V(
            "应高出最高建筑物3 m以上",
            R("烟囱高出最高建筑物的高度", ">=", 3, "m", cond=["烟囱周围半径200 m距离内有建筑物时"]),
        ),
        "。",
    )
    d.cl(
        "4.6",
        "燃油、燃气锅炉烟囱",
        V("不低于8 m", R("燃油、燃气锅炉烟囱", ">=", 8, "m")),
        "，锅炉烟囱的具体高度按批复的环境影响评价文件确定。",
    )
    d.h("5", "大气污染物监测要求")
    d.cl(
        "5.1",
        (
            "对锅炉排放废气的采样，应根据监测污染物的种类，在规定的污染物排放监控位置进行，有废气处理设施的"
            "，应在该设施后监测。"
        ),
    )
    d.cl(
        "5.2",
        (
            "20 t/h及以上蒸汽锅炉和14 MW及以上热水锅炉应安装污染物排放自动监控设备，与生态环境主管部门的监控"
            "中心联网，并保证设备正常运行。"
        ),
    )
    d.cl(
        "5.3",
        (
            "实测的锅炉颗粒物、二氧化硫、氮氧化物、汞及其化合物的排放浓度，应执行GB 5468或GB/T 16157规定，按"
            "式（1）折算为基准氧含量排放浓度。各类燃烧设备的基准氧含量按表5的规定执行。"
        ),
    )
    d.table(
        "5",
        "基准氧含量",
        [["锅炉类型", "基准氧含量（O<sub>2</sub>）/%"], ["燃煤锅炉", "9"], ["燃油、燃气锅炉", "3.5"]],
        widths=[60, 60],
    )
    d.formula("ρ＝ρ′×（21－φ（O<sub>2</sub>））/（21－φ′（O<sub>2</sub>））", "1")
    d.p("式中：", indent=False)
    d.p("ρ——大气污染物基准氧含量排放浓度，mg/m<sup>3</sup>；", indent=False)
    d.p("ρ′——实测的大气污染物排放浓度，mg/m<sup>3</sup>；", indent=False)
    d.p("φ′（O<sub>2</sub>）——实测的氧含量，%；", indent=False)
    d.p("φ（O<sub>2</sub>）——基准氧含量，%。", indent=False)
    d.h("6", "实施与监督")
    d.cl("6.1", "本标准由县级以上人民政府生态环境主管部门负责监督实施。")
    d.cl(
        "6.2",
        (
            "在任何情况下，锅炉使用单位均应遵守本标准规定的大气污染物排放控制要求，采取必要措施保证污染防治"
            "设施正常运行。"
        ),
    )
    return d
