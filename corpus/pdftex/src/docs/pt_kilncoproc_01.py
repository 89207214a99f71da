"""GB-style 水泥窑协同处置固体废物技术规范 (dev): a national technical specification with facility
requirements in clauses (capacity, temperature, residence time), a lettered list of wastes that shall not
enter the kiln (qualitative, not counted), a table of maximum heavy-metal inputs on a unit line, a clause of
chlorine and fluorine limits, the clinker's leachable heavy metals in a 序号 | 项目 | 限值 table, an air
table of the pollutants added by co-processing with a dioxin row in its own unit and a footnote; the test
conditions of the leaching test and the informative annex's formula are not counted. Echoes GB 30760 and GB
30485 as remembered; the number and every figure are invented."""

from kit import SAMR, C, Doc, R, V, common_front, references


def leach(no: str, name: str, value: str) -> list:
    return [no, name, V(value, R(name, "<=", float(value), "mg/L", cond=["水泥熟料可浸出"]))]


def build() -> Doc:
    d = Doc(
        stem="pt_kilncoproc_01",
        category="水泥窑协同处置固体废物",
        code="3011",
        kind="GB",
        number="GB 43127—2026",
        title=["水泥窑协同处置固体废物技术规范"],
        title_en="Technical specification for co-processing of solid wastes in cement kiln",
        ics="13.030.99",
        ccs="Z 70",
        issuers=SAMR,
        issued="2026-02-27",
        effective="2026-09-01",
    )
    common_front(d, None, "中国建筑材料联合会", "全国水泥标准化技术委员会（SAC/TC 184）")
    d.h("1", "范围")
    d.p(
        "本文件规定了水泥窑协同处置固体废物的设施要求、入窑固体废物要求、运行技术要求、污染物排放控制要求和"
        "水泥熟料质量要求。"
    )
    d.p("本文件适用于利用新型干法水泥窑协同处置固体废物的生产过程。")
    references(
        d,
        "2",
        "GB 175　通用硅酸盐水泥",
        "GB 4915　水泥工业大气污染物排放标准",
        "GB 5085.3　危险废物鉴别标准　浸出毒性鉴别",
        "HJ 557　固体废物　浸出毒性浸出方法　水平振荡法",
        "HJ 662　水泥窑协同处置固体废物环境保护技术规范",
    )
    d.h("3", "术语和定义")
    d.p("下列术语和定义适用于本文件。")
    d.cl(
        "3.1",
        "水泥窑协同处置　将满足或经过预处理后满足入窑要求的固体废物投入水泥窑，在进行水泥熟料生产的同时实现"
        "对固体废物的无害化处置的过程。",
    )
    d.cl("3.2", "可浸出重金属　水泥熟料按本文件附录A规定的方法浸出后，浸出液中的重金属。")
    d.h("4", "设施要求")
    d.cl(
        "4.1",
        "用于协同处置固体废物的水泥窑应为新型干法水泥窑，单线设计熟料生产规模",
        V("不小于2 000 t/d", R("单线设计熟料生产规模", ">=", 2000.0, "t/d")),
        "。",
    )
    d.cl(
        "4.2",
        "固体废物投加位置的烟气温度应",
        V("不低于850 ℃", R("投加位置烟气温度", ">=", 850.0, "℃")),
        "，烟气在该温度以上的停留时间应",
        V("不少于2 s", R("烟气停留时间", ">=", 2.0, "s", cond=["850 ℃以上"])),
        "。",
    )
    d.cl(
        "4.3",
        "水泥窑应配备在线监测设备，连续监测窑尾烟气中颗粒物、二氧化硫和氮氧化物的浓度，监测数据应至少保存5"
        "年。",
    )
    d.h("5", "入窑固体废物要求")
    d.cl("5.1", "下列固体废物不应入窑协同处置：")
    for mark, text in (
        ("a)", "放射性废物；"),
        ("b)", "爆炸物及反应性废物；"),
        ("c)", "未经拆解的废电池、废家用电器和电子产品；"),
        ("d)", "含汞的温度计、血压计、荧光灯管和开关；"),
        ("e)", "石棉类废物；"),
        ("f)", "未知特性和未经鉴定的废物。"),
    ):
        d.item(mark, text)
    d.cl("5.2", "入窑固体废物中重金属的投加量应满足表1的要求。")
    d.table(
        "1",
        "重金属的最大允许投加量",
        [
            ["序号", "重金属", "最大允许投加量"],
            ["1", "汞（Hg）", V("0.23", R("汞（Hg）", "<=", 0.23, "mg/kg-cli", cond=["最大允许投加量"]))],
            [
                "2",
                "铊＋镉＋铅＋15×砷（Tl＋Cd＋Pb＋15As）",
                V(
                    "230",
                    R(
                        "铊＋镉＋铅＋15×砷（Tl＋Cd＋Pb＋15As）",
                        "<=",
                        230.0,
                        "mg/kg-cli",
                        cond=["最大允许投加量"],
                    ),
                ),
            ],
            [
                "3",
                "铍＋铬＋10×锡＋50×锑＋铜＋锰＋镍＋钒",
                V(
                    "1 150",
                    R(
                        "铍＋铬＋10×锡＋50×锑＋铜＋锰＋镍＋钒",
                        "<=",
                        1150.0,
                        "mg/kg-cli",
                        cond=["最大允许投加量"],
                    ),
                ),
            ],
        ],
        widths=[16, 84, 50],
        unit_line="单位：mg/kg-cli",
        notes=["注：mg/kg-cli表示每千克熟料中重金属的投加量，计算方法见附录B。"],
        style="grid",
        inside=True,
    )
    d.cl(
        "5.3",
        "入窑生料中氯元素含量",
        V("不应大于0.04%", R("氯元素含量", "<=", 0.04, "%", cond=["入窑生料"])),
        "，氟元素含量",
        V("不应大于0.5%", R("氟元素含量", "<=", 0.5, "%", cond=["入窑生料"])),
        "；生活垃圾焚烧飞灰经水洗预处理后，氯含量",
        V("不应大于1.0%", R("氯含量", "<=", 1.0, "%", cond=["生活垃圾焚烧飞灰经水洗预处理后"])),
        "。",
    )
    d.h("6", "水泥熟料质量要求")
    d.cl("6.1", "协同处置固体废物的水泥窑生产的水泥熟料应符合GB/T 21372的要求。")
    d.cl("6.2", "水泥熟料按附录A规定的方法浸出，浸出液中重金属的浓度应不大于表2规定的限值。")
    d.table(
        "2",
        "水泥熟料中可浸出重金属含量限值",
        [
            ["序号", "项目", "限值"],
            leach("1", "砷（As）", "0.1"),
            leach("2", "铅（Pb）", "0.3"),
            leach("3", "镉（Cd）", "0.03"),
            leach("4", "铬（Cr）", "0.2"),
            leach("5", "铜（Cu）", "1.0"),
            leach("6", "镍（Ni）", "0.2"),
            leach("7", "锌（Zn）", "1.0"),
            leach("8", "锰（Mn）", "1.0"),
        ],
        widths=[20, 60, 50],
        unit_line="单位：mg/L",
        style="three",
    )
    d.h("7", "污染物排放控制要求")
    d.cl(
        "7.1",
        "协同处置固体废物的水泥窑，窑尾排气筒中颗粒物、二氧化硫、氮氧化物和氨的排放执行GB 4915的规定，表3所"
        "列污染物执行表3规定的限值。",
    )
    rows: list[list] = [["序号", "污染物", "限值", "监控位置"]]
    air = [
        ("1", "氯化氢（HCl）", "10"),
        ("2", "氟化氢（HF）", "1"),
        ("3", "汞及其化合物（以Hg计）", "0.05"),
        ("4", "铊、镉、铅、砷及其化合物（以Tl＋Cd＋Pb＋As计）", "1.0"),
        ("5", "铍、铬、锡、锑、铜、钴、锰、镍、钒及其化合物", "0.5"),
    ]
    for i, (no, name, value) in enumerate(air):
        extra = [C("窑尾排气筒", rs=6)] if i == 0 else []
        rows.append([no, C(name, align="l"), V(value, R(name, "<=", float(value), "mg/m³")), *extra])
    rows.append(
        [
            "6",
            C("二恶英类<sup>a</sup>", align="l"),
            V("0.1 ng TEQ/m<sup>3</sup>", R("二恶英类", "<=", 0.1, "ng TEQ/m³")),
        ]
    )
    d.table(
        "3",
        "协同处置固体废物水泥窑大气污染物最高允许排放浓度",
        rows,
        widths=[14, 76, 30, 30],
        unit_line="单位：mg/m<sup>3</sup>（二恶英类除外）",
        footnotes=[
            "<sup>a</sup>　二恶英类每年至少监测1次。",
            "注：表中浓度为标准状态下、以10%O<sub>2</sub>计的干烟气浓度。",
        ],
        style="grid",
    )
    d.h("8", "运行技术要求")
    d.cl("8.1", "固体废物贮存设施应设置防雨、防渗漏措施，贮存期限不宜超过1年。")
    d.cl("8.2", "水泥窑启动、停窑及工况不稳定时，应停止投加固体废物。")
    d.annex("A", "规范性", "水泥熟料中可浸出重金属的浸出方法")
    d.cl("A.1", "称取粒径小于9.5 mm的熟料样品100 g，置于2 L提取瓶中，按液固比10∶1（L/kg）加入浸提剂。")
    d.cl("A.2", "在室温（23±2）℃下以（110±10）次/min的频率水平振荡8 h，静置16 h后过滤，收集浸出液待测。")
    d.annex("B", "资料性", "重金属投加量的计算")
    d.p("重金属投加量按公式（B.1）计算：")
    d.math(r"C=\frac{\sum m_i\,c_i}{M}", "B.1")
    d.where(
        "<m>C</m>——重金属的投加量，mg/kg-cli；",
        "<m>m_i</m>——第<m>i</m>种入窑物料的投加速率，kg/h；",
        "<m>M</m>——熟料产量，kg/h。",
    )
    return d
