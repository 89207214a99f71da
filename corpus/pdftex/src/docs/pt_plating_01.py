"""GB-style 电镀污染物排放标准 (test): a national emission standard with two water tables of the same shape
(新建企业 / 特别排放限值, 序号 | 污染物项目 | 限值 | 监控位置), the first-class metals monitored at the
workshop outlet, a pH range and a footnote; a base-drainage table by plating kind in L/m²; an air table by
pollutant; a stack-height clause; the dates, areas of application, monitoring frequencies and the conversion
formula are not counted. Echoes GB 21900 as remembered; the number and every figure are invented."""

from kit import MEE, C, Doc, R, V, common_front, references

NEW = [
    ("1", "总铬", "1.0", True),
    ("2", "六价铬", "0.2", True),
    ("3", "总镍", "0.5", True),
    ("4", "总镉", "0.05", True),
    ("5", "总铜", "0.5", False),
    ("6", "总锌", "1.5", False),
    ("7", "悬浮物", "50", False),
    ("8", "化学需氧量（COD<sub>Cr</sub>）", "80", False),
    ("9", "氨氮", "15", False),
    ("10", "总磷", "1.0", False),
    ("11", "石油类", "3.0", False),
]
SPECIAL = [
    ("1", "总铬", "0.5"),
    ("2", "六价铬", "0.1"),
    ("3", "总镍", "0.1"),
    ("4", "总镉", "0.01"),
    ("5", "总铜", "0.3"),
    ("6", "总锌", "1.0"),
    ("7", "化学需氧量（COD<sub>Cr</sub>）", "50"),
]


def plain(label: str) -> str:
    return label.replace("<sub>", "").replace("</sub>", "")


def build() -> Doc:
    d = Doc(
        stem="pt_plating_01",
        category="电镀污染物排放",
        code="3360",
        kind="GB",
        number="GB 41986—2026",
        replaces=["GB 41986—2018"],
        title=["电镀污染物排放标准"],
        title_en="Emission standard of pollutants for electroplating",
        ics="13.040.40",
        ccs="Z 60",
        issuers=MEE,
        issued="2026-05-12",
        effective="2027-01-01",
    )
    common_front(
        d,
        "GB 41986—2018《电镀污染物排放标准》",
        "生态环境部水生态环境司和法规与标准司",
        "生态环境部",
        ["——收严了总镍、总镉的排放限值；", "——增加了水污染物特别排放限值；", "——删除了氰化氢的排放限值。"],
    )
    d.h("1", "范围")
    d.p("本文件规定了电镀企业和拥有电镀设施的企业的电镀水污染物和大气污染物的排放限值、监测和监督管理要求。")
    d.p(
        "本文件适用于现有电镀企业的水污染物和大气污染物排放管理，以及电镀设施建设项目的环境影响评价和竣工环"
        "境保护验收。"
    )
    references(
        d,
        "2",
        "GB 6920　水质　pH值的测定　玻璃电极法",
        "GB 7466　水质　总铬的测定",
        "GB 7467　水质　六价铬的测定　二苯碳酰二肼分光光度法",
        "HJ 548　固定污染源废气　氯化氢的测定　硝酸银容量法",
        "HJ/T 29　固定污染源排气中铬酸雾的测定　二苯基碳酰二肼分光光度法",
    )
    d.h("3", "术语和定义")
    d.p("下列术语和定义适用于本文件。")
    d.cl("3.1", "电镀　利用电解在制件表面形成均匀、致密、结合良好的金属或合金沉积层的过程。")
    d.cl("3.2", "镀件镀层面积　镀件表面积与镀层层数的乘积。")
    d.cl(
        "3.3",
        "特别排放限值　为防治区域性水污染，保护地表水环境质量的功能，根据环境保护工作的要求，在国土开发密度"
        "较高的地区执行的污染物排放限值。",
    )
    d.h("4", "水污染物排放控制要求")
    d.cl(
        "4.1",
        "自本文件实施之日起，新建企业执行表1规定的水污染物排放限值，现有企业自2028年1月1日起执行表1规定的限"
        "值。",
    )
    rows: list[list] = [["序号", "污染物项目", "限值", "污染物排放监控位置"]]
    rows.append(
        [
            "—",
            C("pH值<sup>a</sup>", align="l"),
            V("6～9", R("pH值", "range", 6.0, None, vmax=9.0, cond=["新建企业"])),
            "企业废水总排放口",
        ]
    )
    for no, label, value, workshop in NEW:
        rows.append(
            [
                no,
                C(label, align="l"),
                V(value, R(plain(label), "<=", float(value), "mg/L", cond=["新建企业"])),
                "车间或生产设施废水排放口" if workshop else "企业废水总排放口",
            ]
        )
    d.table(
        "1",
        "新建企业水污染物排放浓度限值",
        rows,
        widths=[14, 50, 30, 56],
        unit_line="单位：mg/L",
        footnotes=["<sup>a</sup>　pH值无量纲。"],
        style="grid",
        inside=True,
    )
    d.cl("4.2", "在国土开发密度已经较高、环境承载能力开始减弱的地区，企业执行表2规定的水污染物特别排放限值。")
    rows = [["序号", "污染物项目", "限值", "污染物排放监控位置"]]
    for no, label, value in SPECIAL:
        rows.append(
            [
                no,
                C(label, align="l"),
                V(value, R(plain(label), "<=", float(value), "mg/L", cond=["特别排放限值"])),
                "车间或生产设施废水排放口" if int(no) <= 4 else "企业废水总排放口",
            ]
        )
    d.table("2", "水污染物特别排放限值", rows, widths=[14, 50, 30, 56], unit_line="单位：mg/L", style="grid")
    d.cl("4.3", "单位产品基准排水量执行表3的规定，排水量计量位置与污染物排放监控位置相同。")
    d.table(
        "3",
        "单位产品基准排水量",
        [
            ["序号", "镀种", "单位产品基准排水量/（L/m<sup>2</sup>）"],
            ["1", "多层镀", V("250", R("单位产品基准排水量", "<=", 250.0, "L/m²", cond=["多层镀"]))],
            ["2", "单层镀", V("100", R("单位产品基准排水量", "<=", 100.0, "L/m²", cond=["单层镀"]))],
        ],
        widths=[20, 50, 60],
        notes=["注：镀件镀层面积按本文件3.2计算。"],
        style="three",
    )
    d.h("5", "大气污染物排放控制要求")
    d.cl("5.1", "企业执行表4规定的大气污染物排放限值。")
    air = [
        ("1", "氯化氢", "20"),
        ("2", "铬酸雾", "0.05"),
        ("3", "硫酸雾", "20"),
        ("4", "氮氧化物", "150"),
        ("5", "氟化物", "6"),
    ]
    rows = [["序号", "污染物项目", "排放浓度限值/（mg/m<sup>3</sup>）", "污染物排放监控位置"]]
    for i, (no, name, value) in enumerate(air):
        cell = C("车间或生产设施排气筒", rs=len(air)) if i == 0 else None
        rows.append([no, name, V(value, R(name, "<=", float(value), "mg/m³")), *([cell] if cell else [])])
    d.table("4", "大气污染物排放限值", rows, widths=[14, 40, 46, 50], style="grid")
    d.cl(
        "5.2",
        "产生大气污染物的生产工艺和装置必须设立局部气体收集系统和集中净化处理装置，净化后的气体由排气筒排放"
        "。排气筒高度",
        V("不低于15 m", R("排气筒高度", ">=", 15.0, "m")),
        "（排放含氰化氢气体的排气筒高度",
        V("不低于25 m", R("排气筒高度", ">=", 25.0, "m", cond=["排放含氰化氢气体的"])),
        "）。",
    )
    d.cl(
        "5.3",
        "排气筒高度应",
        V(
            "高出周围200 m半径范围的建筑5 m以上",
            R("排气筒高出最高建筑物的高度", ">=", 5.0, "m", cond=["周围200 m半径范围"]),
        ),
        "；不能达到该要求的排气筒，应按排放浓度限值的50%执行。",
    )
    d.h("6", "污染物监测要求")
    d.cl("6.1", "企业应按照有关法律和《环境监测管理办法》等规定，建立企业监测制度，制定监测方案。")
    d.cl("6.2", "对企业排放废水和废气的采样，应根据监测污染物的种类，在规定的污染物排放监控位置进行。")
    d.cl(
        "6.3", "对企业污染物排放情况进行监测的频次、采样时间等要求，按国家有关污染源监测技术规范的规定执行。"
    )
    d.h("7", "实施与监督")
    d.cl("7.1", "本文件由县级以上生态环境主管部门负责监督实施。")
    d.cl(
        "7.2",
        "在任何情况下，企业均应遵守本文件规定的污染物排放控制要求，采取必要措施保证污染防治设施正常运行。",
    )
    return d
