"""GB 3095-style 环境空气质量标准 (dev): concentration limits by pollutant (rows merged down over the
averaging periods, which are conditions), 一级/二级 columns (a quality ladder: grades), values merged across
both grades, a unit column merged down, subscripts in the names (SO₂, PM₂.₅), a data-validity table and an
informative annex of reference limits that are not limits of this standard.  Values follow GB 3095-2012 as
the author remembers it; the data-validity figures and the annex are partly the author's."""

from kit import C, Doc, R, V

GRADES = ("一级", "二级")


def block(
    no: str, label: str, name: str, unit: str, periods: list[tuple[str, str, str | None]]
) -> list[list]:
    """Rows of one pollutant: the number, label and unit cells span its averaging periods; a period
    whose second value is None prints one value across both grade columns."""
    rows = []
    for i, (period, a, b) in enumerate(periods):
        row: list = []
        if i == 0:
            n = len(periods)
            row += [C(no, rs=n), C(label, rs=n, align="l")]
        row.append(period)
        if b is None:
            row.append(
                C(V(a, *[R(name, "<=", float(a), unit, grade=g, cond=[period]) for g in GRADES]), cs=2)
            )
        else:
            row.append(V(a, R(name, "<=", float(a), unit, grade="一级", cond=[period])))
            row.append(V(b, R(name, "<=", float(b), unit, grade="二级", cond=[period])))
        if i == 0:
            row.append(
                C(
                    unit.replace("μg/m³", "μg/m<sup>3</sup>").replace("mg/m³", "mg/m<sup>3</sup>"),
                    rs=len(periods),
                )
            )
        rows.append(row)
    return rows


HEAD = [
    [C("序号", rs=2), C("污染物项目", rs=2), C("平均时间", rs=2), C("浓度限值", cs=2), C("单位", rs=2)],
    ["一级", "二级"],
]
W = [12, 48, 34, 24, 24, 22]


def build() -> Doc:
    d = Doc(
        stem="off_airquality_01",
        category="环境空气质量",
        code=None,
        kind="GB",
        number="GB 3095—2026",
        replaces=["GB 3095—2012"],
        title=["环境空气质量标准"],
        title_en="Ambient air quality standards",
        ics="13.040.20",
        ccs="Z 50",
        issuers=["生态环境部", "国家市场监督管理总局"],
        issued="2026-02-28",
        effective="2028-01-01",
    )
    d.preface(
        "为贯彻《中华人民共和国环境保护法》和《中华人民共和国大气污染防治法》，保护和改善生活环境、生态环境，"
        "保障人体健康，制定本标准。",
        "本标准规定了环境空气功能区分类、标准分级、污染物项目、平均时间及浓度限值、监测方法、数据统计的有效性"
        "规定及实施与监督等内容。各省、自治区、直辖市人民政府对本标准中未作规定的污染物项目，可以制定地方环境"
        "空气质量标准。",
        "本标准是对GB 3095—2012的修订。与GB 3095—2012相比，主要修订内容如下：",
        "——收严了二级浓度限值中细颗粒物（PM<sub>2.5</sub>）的年平均浓度限值；",
        "——将附录A中氟化物的参考浓度限值调整为资料性内容。",
        "本标准由生态环境部大气环境司、法规与标准司组织制订。",
        "本标准首次发布于1982年，1996年第一次修订，2000年第二次修订，2012年第三次修订，本次为第四次修订。",
    )
    d.h("1", "适用范围")
    d.p(
        "本标准规定了环境空气功能区分类、标准分级、污染物项目、平均时间及浓度限值、监测方法、数据统计的"
        "有效性规定及实施与监督等内容。"
    )
    d.p("本标准适用于环境空气质量评价与管理。")
    d.h("2", "规范性引用文件")
    d.p("本标准引用了下列文件或其中的条款。凡是不注日期的引用文件，其有效版本适用于本标准。")
    for ref in (
        "HJ 482　环境空气　二氧化硫的测定　甲醛吸收-副玫瑰苯胺分光光度法",
        "HJ 479　环境空气　氮氧化物（一氧化氮和二氧化氮）的测定　盐酸萘乙二胺分光光度法",
        "HJ 618　环境空气　PM<sub>10</sub>和PM<sub>2.5</sub>的测定　重量法",
        "HJ 664　环境空气质量监测点位布设技术规范（试行）",
    ):
        d.p(ref, indent=False)
    d.h("3", "术语和定义")
    d.p("下列术语和定义适用于本标准。")
    d.h("3.1", "环境空气　ambient air")
    d.p("指人群、植物、动物和建筑物所暴露的室外空气。")
    d.h("3.2", "1小时平均　1-hour average")
    d.p("指任何1小时污染物浓度的算术平均值。")
    d.h("3.3", "24小时平均　24-hour average")
    d.p("指一个自然日24小时平均浓度的算术平均值，也称为日平均。")
    d.h("3.4", "日最大8小时平均　daily maximum 8-hour average")
    d.p("指一个自然日内8小时滑动平均浓度的最大值。")
    d.h("4", "环境空气功能区分类和质量要求")
    d.cl(
        "4.1",
        (
            "环境空气功能区分为二类：一类区为自然保护区、风景名胜区和其他需要特殊保护的区域；二类区为居住区"
            "、商业交通居民混合区、文化区、工业区和农村地区。"
        ),
    )
    d.cl("4.2", "一类区适用一级浓度限值，二类区适用二级浓度限值。一、二类环境空气功能区质量要求见表1和表2。")
    rows = HEAD + (
        block(
            "1",
            "二氧化硫（SO<sub>2</sub>）",
            "二氧化硫（SO2）",
            "μg/m³",
            [("年平均", "20", "60"), ("24小时平均", "50", "150"), ("1小时平均", "150", "500")],
        )
        + block(
            "2",
            "二氧化氮（NO<sub>2</sub>）",
            "二氧化氮（NO2）",
            "μg/m³",
            [("年平均", "40", None), ("24小时平均", "80", None), ("1小时平均", "200", None)],
        )
        + block(
            "3",
            "一氧化碳（CO）",
            "一氧化碳（CO）",
            "mg/m³",
            [("24小时平均", "4", None), ("1小时平均", "10", None)],
        )
        + block(
            "4",
            "臭氧（O<sub>3</sub>）",
            "臭氧（O3）",
            "μg/m³",
            [("日最大8小时平均", "100", "160"), ("1小时平均", "160", "200")],
        )
        + block(
            "5",
            "颗粒物（粒径小于等于10 μm）",
            "颗粒物（粒径小于等于10 μm）",
            "μg/m³",
            [("年平均", "40", "70"), ("24小时平均", "50", "150")],
        )
        + block(
            "6",
            "颗粒物（粒径小于等于2.5 μm）",
            "颗粒物（粒径小于等于2.5 μm）",
            "μg/m³",
            [("年平均", "15", "30"), ("24小时平均", "35", "75")],
        )
    )
    d.table("1", "环境空气污染物基本项目浓度限值", rows, head=2, widths=W)
    rows = HEAD + (
        block(
            "1",
            "总悬浮颗粒物（TSP）",
            "总悬浮颗粒物（TSP）",
            "μg/m³",
            [("年平均", "80", "200"), ("24小时平均", "120", "300")],
        )
        + block(
            "2",
            "氮氧化物（NO<sub>x</sub>）",
            "氮氧化物（NOx）",
            "μg/m³",
            [("年平均", "50", None), ("24小时平均", "100", None), ("1小时平均", "250", None)],
        )
        + block("3", "铅（Pb）", "铅（Pb）", "μg/m³", [("年平均", "0.5", None), ("季平均", "1", None)])
        + block(
            "4",
            "苯并[a]芘（BaP）",
            "苯并[a]芘（BaP）",
            "μg/m³",
            [("年平均", "0.001", None), ("24小时平均", "0.0025", None)],
        )
    )
    d.table("2", "环境空气污染物其他项目浓度限值", rows, head=2, widths=W)
    d.cl(
        "4.3",
        (
            "本标准自实施之日起，县级以上城市的环境空气质量评价按表1的基本项目进行；表2的其他项目由国务院生"
            "态环境主管部门或省级人民政府根据实际情况确定，并报国务院生态环境主管部门备案后实施。"
        ),
    )
    d.h("5", "监测")
    d.cl("5.1", "环境空气质量监测工作应按照HJ 664等规范性文件的要求进行。")
    d.cl(
        "5.2",
        (
            "监测点位的采样口距地面高度应在3 m～15 m范围内，距支撑物表面1 m以上；采样口周围水平面应保证270°"
            "以上的捕集空间。"
        ),
    )
    d.cl("5.3", "应按照表3的要求，采用相应的方法分析各项污染物的浓度。")
    d.table(
        "3",
        "各项污染物分析方法",
        [
            [C("序号", rs=2), C("污染物项目", rs=2), C("手工分析方法", cs=2), C("自动分析方法", rs=2)],
            ["分析方法", "标准编号"],
            [
                "1",
                "二氧化硫（SO<sub>2</sub>）",
                "甲醛吸收-副玫瑰苯胺分光光度法",
                "HJ 482",
                "紫外荧光法、差分吸收光谱分析法",
            ],
            [
                "2",
                "二氧化氮（NO<sub>2</sub>）",
                "盐酸萘乙二胺分光光度法",
                "HJ 479",
                "化学发光法、差分吸收光谱分析法",
            ],
            [
                "3",
                "颗粒物（PM<sub>10</sub>、PM<sub>2.5</sub>）",
                "重量法",
                "HJ 618",
                "微量振荡天平法、β射线法",
            ],
        ],
        head=2,
        widths=[12, 34, 48, 22, 48],
        font=8.5,
    )
    d.h("6", "数据统计的有效性规定")
    d.cl("6.1", "应采取措施保证监测数据的准确性、连续性和完整性，确保全面、客观地反映监测结果。")
    d.cl("6.2", "污染物浓度数据有效性的最低要求见表4，不符合表4要求的，其统计数据无效。")
    d.table(
        "4",
        "污染物浓度数据有效性的最低要求",
        [
            ["污染物项目", "平均时间", "数据有效性规定"],
            [
                "SO<sub>2</sub>、NO<sub>2</sub>、PM<sub>10</sub>、PM<sub>2.5</sub>",
                "年平均",
                "每年至少有324个日平均浓度值，每月至少有27个日平均浓度值（二月至少有25个）",
            ],
            [
                "SO<sub>2</sub>、NO<sub>2</sub>、CO、PM<sub>10</sub>、PM<sub>2.5</sub>",
                "24小时平均",
                "每日至少有20个小时平均浓度值或采样时间",
            ],
            ["O<sub>3</sub>", "8小时平均", "每8小时至少有6个小时平均浓度值"],
            ["Pb", "季平均", "每季至少有分布均匀的15个日平均浓度值"],
        ],
        widths=[50, 28, 82],
        font=8.5,
    )
    d.h("7", "实施与监督")
    d.cl("7.1", "本标准由各级生态环境主管部门负责监督实施。")
    d.cl("7.2", "各类环境空气功能区的范围由县级以上人民政府划分，报上一级人民政府批准后实施。")
    d.annex("A", "资料性", "环境空气中镉、汞、砷、六价铬和氟化物参考浓度限值")
    d.cl("A.1", "各省级人民政府可根据当地环境保护的需要，参考表A.1制定地方环境空气质量标准。")
    d.table(
        "A.1",
        "环境空气中部分污染物参考浓度限值",
        [
            [
                C("序号", rs=2),
                C("污染物项目", rs=2),
                C("平均时间", rs=2),
                C("浓度（通量）限值", cs=2),
                C("单位", rs=2),
            ],
            ["一级", "二级"],
            ["1", "镉（Cd）", "年平均", C("0.005", cs=2), "μg/m<sup>3</sup>"],
            ["2", "汞（Hg）", "年平均", C("0.05", cs=2), "μg/m<sup>3</sup>"],
            ["3", "砷（As）", "年平均", C("0.006", cs=2), "μg/m<sup>3</sup>"],
            ["4", "六价铬［Cr（Ⅵ）］", "年平均", C("0.000025", cs=2), "μg/m<sup>3</sup>"],
            [
                C("5", rs=2),
                C("氟化物（F）", rs=2),
                "1小时平均",
                "20<sup>a</sup>",
                "20<sup>a</sup>",
                "μg/m<sup>3</sup>",
            ],
            ["植物生长季平均", "1.2<sup>b</sup>", "2.0<sup>b</sup>", "μg/（dm<sup>2</sup>·d）"],
        ],
        head=2,
        widths=W,
        footnotes=[
            "<sup>a</sup>　适用于城市地区。",
            "<sup>b</sup>　适用于牧业区和以牧业为主的半农半牧区、蚕桑区。",
        ],
    )
    return d
