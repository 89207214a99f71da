"""GB-style 稀土工业污染物排放标准 (dev): a national emission standard with a water table by pollutant whose
limit columns split into 直接排放 / 间接排放 under a two-level header (序号 | 污染物项目 | 限值 | 监控位置),
values merged across both columns for the first-class pollutants, a pH range, a base-drainage row by
process; an air table by pollutant and process (颗粒物 twice), a boundary table on a unit line, a
stack-height clause; the dates of application, monitoring frequencies, the conversion formula and the
sampling rules are not counted. Echoes GB 26451 as remembered; the number, issuers' dates and every figure
are invented."""

from kit import MEE, C, Doc, R, V, common_front, references

WATER = ["直接排放", "间接排放"]


def water(no: str, label: str, name: str, direct: str, indirect: str, where: str | None) -> list:
    cells = [no, C(label, align="l")]
    for text, column in zip((direct, indirect), WATER, strict=True):
        cells.append(V(text, R(name, "<=", float(text), "mg/L", cond=[column])))
    return [*cells, where]


def merged(no: str, label: str, name: str, text: str, where: str) -> list:
    records = [R(name, "<=", float(text), "mg/L", cond=[column]) for column in WATER]
    return [no, C(label, align="l"), C(V(text, *records), cs=2), where]


def build() -> Doc:
    d = Doc(
        stem="pt_rareearth_01",
        category="稀土工业污染物排放",
        code="3232",
        kind="GB",
        number="GB 39851—2026",
        replaces=["GB 39851—2019"],
        title=["稀土工业污染物排放标准"],
        title_en="Emission standard of pollutants for rare earths industry",
        ics="13.040.40",
        ccs="Z 60",
        issuers=MEE,
        issued="2026-03-18",
        effective="2026-10-01",
    )
    common_front(
        d,
        "GB 39851—2019《稀土工业污染物排放标准》",
        "生态环境部大气环境司、水生态环境司和法规与标准司",
        "生态环境部",
        [
            "——收严了化学需氧量、氨氮和总氮的直接排放限值；",
            "——增加了钍、铀总量的大气污染物排放限值；",
            "——增加了企业边界大气污染物浓度限值。",
        ],
    )
    d.h("1", "范围")
    d.p(
        "本文件规定了稀土工业企业水污染物和大气污染物的排放限值、监测和监督管理要求。"
        "本文件适用于现有稀土工业企业的水污染物和大气污染物排放管理，以及稀土工业建设项目的环境影响评价、"
        "环境保护设施设计、竣工环境保护验收及其投产后的水污染物和大气污染物排放管理。"
    )
    d.p("本文件不适用于稀土金属材料加工企业的污染物排放管理。")
    references(
        d,
        "2",
        "GB 6920　水质　pH值的测定　玻璃电极法",
        "GB 11901　水质　悬浮物的测定　重量法",
        "GB/T 16157　固定污染源排气中颗粒物测定与气态污染物采样方法",
        "HJ 828　水质　化学需氧量的测定　重铬酸盐法",
        "HJ 1230　环境空气和废气　钍、铀的测定",
        "HJ/T 55　大气污染物无组织排放监测技术导则",
    )
    d.h("3", "术语和定义")
    d.p("下列术语和定义适用于本文件。")
    d.cl("3.1", "<b>稀土工业</b>　以稀土矿为原料进行稀土选矿、冶炼、分离及稀土金属生产的工业。")
    d.cl(
        "3.2",
        "<b>现有企业</b>　本文件实施之日前已建成投产或环境影响评价文件已通过审批的稀土工业企业或生产设施。",
    )
    d.cl("3.3", "<b>直接排放</b>　排污单位直接向环境水体排放水污染物的行为。")
    d.cl("3.4", "<b>间接排放</b>　排污单位向公共污水处理系统排放水污染物的行为。")
    d.cl(
        "3.5",
        "<b>单位产品基准排水量</b>　用于核定水污染物排放浓度而规定的生产单位稀土产品（以REO计）的废水排放量"
        "上限值。",
    )
    d.h("4", "水污染物排放控制要求")
    d.cl("4.1", "自2027年7月1日起，现有企业执行表1规定的水污染物排放限值。")
    d.cl("4.2", "自本文件实施之日起，新建企业执行表1规定的水污染物排放限值。")
    d.table(
        "1",
        "水污染物排放浓度限值及单位产品基准排水量",
        [
            [C("序号", rs=2), C("污染物项目", rs=2), C("限值", cs=2), C("污染物排放监控位置", rs=2)],
            ["直接排放", "间接排放"],
            [
                "1",
                C("pH值", align="l"),
                V("6～9", R("pH值", "range", 6.0, None, vmax=9.0, cond=["直接排放"])),
                V("6～9", R("pH值", "range", 6.0, None, vmax=9.0, cond=["间接排放"])),
                C("企业废水总排放口", rs=7),
            ],
            water("2", "悬浮物", "悬浮物", "50", "100", None)[:-1],
            water("3", "化学需氧量（COD<sub>Cr</sub>）", "化学需氧量（CODCr）", "60", "200", None)[:-1],
            water("4", "氨氮", "氨氮", "12", "25", None)[:-1],
            water("5", "总氮", "总氮", "25", "50", None)[:-1],
            water("6", "总磷", "总磷", "1.0", "5.0", None)[:-1],
            water("7", "氟化物（以F计）", "氟化物（以F计）", "8", "10", None)[:-1],
            merged("8", "总镉", "总镉", "0.05", "车间或生产设施废水排放口"),
            merged("9", "钍、铀总量", "钍、铀总量", "0.1", "车间或生产设施废水排放口"),
            [
                C("单位产品基准排水量/（m<sup>3</sup>/t）", cs=2, rs=2),
                C("选矿"),
                C(V("1.5", *[R("单位产品基准排水量", "<=", 1.5, "m³/t", cond=["选矿"])])),
                C("排水量计量位置与污染物排放监控位置相同", rs=2),
            ],
            [
                "冶炼分离",
                V("25", R("单位产品基准排水量", "<=", 25.0, "m³/t", cond=["冶炼分离"])),
            ],
        ],
        head=2,
        widths=[12, 44, 28, 28, 38],
        unit_line="单位：mg/L（pH值除外）",
        notes=["注：单位产品基准排水量中产品以稀土氧化物（REO）计。"],
        style="grid",
        inside=True,
    )
    d.cl(
        "4.3",
        "水污染物排放浓度限值适用于单位产品实际排水量不高于单位产品基准排水量的情况。"
        "若单位产品实际排水量超过单位产品基准排水量，应按公式（1）将实测水污染物浓度换算为水污染物基准排水"
        "量排放浓度，"
        "并以水污染物基准排水量排放浓度作为判定排放是否达标的依据。",
    )
    d.math(r"\rho_{\text{基}}=\frac{Q_{\text{总}}}{\sum Y_i\,Q_{i\text{基}}}\times\rho_{\text{实}}", "1")
    d.where(
        "<m>\\rho_{\\text{基}}</m>——水污染物基准排水量排放浓度，mg/L；",
        "<m>Q_{\\text{总}}</m>——排水总量，m<sup>3</sup>；",
        "<m>Y_i</m>——第<m>i</m>种产品产量，t；",
        "<m>\\rho_{\\text{实}}</m>——实测水污染物排放浓度，mg/L。",
    )
    d.h("5", "大气污染物排放控制要求")
    d.cl("5.1", "自本文件实施之日起，企业执行表2规定的大气污染物排放限值。")
    d.table(
        "2",
        "大气污染物排放浓度限值",
        [
            ["序号", "污染物项目", "生产工艺或设施", "限值", "污染物排放监控位置"],
            [
                C("1", rs=2),
                C("颗粒物", rs=2),
                "选矿、焙烧",
                V("30", R("颗粒物", "<=", 30.0, "mg/m³", cond=["选矿、焙烧"])),
                C("车间或生产设施排气筒", rs=6),
            ],
            ["其他", V("20", R("颗粒物", "<=", 20.0, "mg/m³", cond=["其他"]))],
            ["2", "二氧化硫", "焙烧", V("300", R("二氧化硫", "<=", 300.0, "mg/m³", cond=["焙烧"]))],
            ["3", "硫酸雾", "焙烧、酸溶", V("10", R("硫酸雾", "<=", 10.0, "mg/m³", cond=["焙烧、酸溶"]))],
            ["4", "氯化氢", "酸溶、萃取", V("30", R("氯化氢", "<=", 30.0, "mg/m³", cond=["酸溶、萃取"]))],
            ["5", "钍、铀总量", "焙烧", V("0.10", R("钍、铀总量", "<=", 0.10, "mg/m³", cond=["焙烧"]))],
        ],
        widths=[12, 32, 38, 22, 46],
        unit_line="单位：mg/m<sup>3</sup>",
        style="grid",
    )
    d.cl("5.2", "企业边界大气污染物任何1 h平均浓度执行表3规定的限值。")
    d.table(
        "3",
        "企业边界大气污染物浓度限值",
        [
            ["序号", "污染物项目", "限值"],
            ["1", "颗粒物", V("1.0", R("颗粒物", "<=", 1.0, "mg/m³", cond=["企业边界"]))],
            ["2", "二氧化硫", V("0.40", R("二氧化硫", "<=", 0.40, "mg/m³", cond=["企业边界"]))],
            ["3", "氯化氢", V("0.15", R("氯化氢", "<=", 0.15, "mg/m³", cond=["企业边界"]))],
        ],
        widths=[20, 60, 50],
        unit_line="单位：mg/m<sup>3</sup>",
        style="three",
    )
    d.cl(
        "5.3",
        "产生大气污染物的生产工艺和装置必须设立局部或整体气体收集系统和集中净化处理装置。所有排气筒高度应",
        V("不低于15 m", R("排气筒高度", ">=", 15.0, "m")),
        "，排气筒周围半径200 m范围内有建筑物时，排气筒高度还应",
        V(
            "高出最高建筑物3 m以上",
            R("排气筒高出最高建筑物的高度", ">=", 3.0, "m", cond=["周围半径200 m范围内有建筑物时"]),
        ),
        "。",
    )
    d.h("6", "污染物监测要求")
    d.cl(
        "6.1",
        "企业应按照有关法律和《环境监测管理办法》等规定，建立企业监测制度，制定监测方案，对污染物排放状况开"
        "展自行监测。",
    )
    d.cl(
        "6.2",
        "对企业排放废水的采样，应根据监测污染物的种类，在规定的污染物排放监控位置进行，每月至少监测1次。",
    )
    d.cl("6.3", "对企业排放废气的采样，应在排气筒中心位置进行；排气筒中废气的采样以连续1 h的采样获取平均值。")
    d.cl("6.4", "企业产品产量的核定，以法定报表为依据。")
    d.h("7", "实施与监督")
    d.cl("7.1", "本文件由县级以上生态环境主管部门负责监督实施。")
    d.cl(
        "7.2",
        "在任何情况下，企业均应遵守本文件规定的污染物排放控制要求，采取必要措施保证污染防治设施正常运行。",
    )
    return d
