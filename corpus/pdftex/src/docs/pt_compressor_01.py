"""GB-style 容积式空气压缩机能效限定值及能效等级 (test): an energy-efficiency standard whose grade table
runs the volume-flow classes down the rows and the rated discharge pressures across, each over 1级 / 2级 /
3级 (a two-level header), the values being the specific input power in kW/(m³/min) with the comparator given
by the clause (不大于); a clause for the no-load power ratio and one for variable-speed machines; the test
conditions, the correction formula and the tolerance of the declared value are not counted. Echoes GB 19153
as remembered; the number and every figure are invented."""

from kit import SAMR, C, Doc, R, V, common_front, references

PRESSURES = ["0.7 MPa", "1.0 MPa"]
GRADES = ["1级", "2级", "3级"]
# volume-flow class (m³/min), then the specific input power by pressure and grade
ROWS = [
    ("＞0.5～1", ["7.6", "8.4", "9.2"], ["9.4", "10.3", "11.3"]),
    ("＞1～3", ["6.8", "7.5", "8.3"], ["8.3", "9.2", "10.1"]),
    ("＞3～10", ["6.2", "6.8", "7.5"], ["7.6", "8.4", "9.2"]),
    ("＞10～30", ["5.8", "6.4", "7.0"], ["7.1", "7.8", "8.6"]),
]
UNIT = "kW/(m³/min)"


def build() -> Doc:
    d = Doc(
        stem="pt_compressor_01",
        category="容积式空气压缩机",
        code="3442",
        kind="GB",
        number="GB 42371—2026",
        replaces=["GB 42371—2019"],
        title=["容积式空气压缩机能效限定值及能效等级"],
        title_en=(
            "Minimum allowable values of energy efficiency and energy"
            " efficiency grades for displacement air compressors"
        ),
        ics="23.140",
        ccs="J 72",
        issuers=SAMR,
        issued="2026-09-21",
        effective="2027-10-01",
    )
    common_front(
        d,
        "GB 42371—2019《容积式空气压缩机能效限定值及能效等级》",
        "国家发展和改革委员会资源节约和环境保护司",
        "全国能源基础与管理标准化技术委员会（SAC/TC 20）",
        [
            "——扩大了适用的容积流量范围；",
            "——修改了各能效等级的机组比功率；",
            "——增加了变转速空气压缩机的要求。",
        ],
    )
    d.h("1", "范围")
    d.p("本文件规定了容积式空气压缩机的能效等级、能效限定值和试验方法。")
    d.p(
        "本文件适用于额定排气压力为0.7 MPa和1.0 MPa、容积流量大于0.5 m<sup>3</sup>/min且不大于30 m<sup>3</s"
        "up>/min的电动机驱动的喷油回转式空气压缩机。"
    )
    references(
        d,
        "2",
        "GB/T 3853　容积式压缩机　验收试验",
        "GB/T 13279　一般用固定的往复活塞空气压缩机",
        "GB 18613　电动机能效限定值及能效等级",
    )
    d.h("3", "术语和定义")
    d.p("下列术语和定义适用于本文件。")
    d.cl("3.1", "机组输入比功率　在额定排气压力下，空气压缩机机组输入功率与机组容积流量之比。")
    d.cl("3.2", "空载功率比　空气压缩机空载运行时的输入功率与额定工况下机组输入功率之比。")
    d.h("4", "能效等级")
    d.cl("4.1", "空气压缩机的能效等级分为3级，其中1级能效最高。各等级机组输入比功率应不大于表1的规定。")
    rows: list[list] = [
        [C("容积流量/（m<sup>3</sup>/min）", rs=3), C("机组输入比功率/[kW/（m<sup>3</sup>/min）]", cs=6)],
        [C("额定排气压力0.7 MPa", cs=3), C("额定排气压力1.0 MPa", cs=3)],
        GRADES + GRADES,
    ]
    for flow, low, high in ROWS:
        cells: list = [flow]
        for pressure, values in zip(PRESSURES, (low, high), strict=True):
            for grade, value in zip(GRADES, values, strict=True):
                cells.append(
                    V(
                        value,
                        R("机组输入比功率", "<=", float(value), UNIT, grade=grade, cond=[flow, pressure]),
                    )
                )
        rows.append(cells)
    d.table(
        "1",
        "空气压缩机能效等级",
        rows,
        head=3,
        widths=[34, 21, 21, 21, 21, 21, 21],
        footnotes=["注：容积流量“＞0.5～1”表示大于0.5 m<sup>3</sup>/min且不大于1 m<sup>3</sup>/min，余同。"],
        style="grid",
    )
    d.cl(
        "4.2",
        "能效等级为1级和2级的空气压缩机，其空载功率比应",
        V("不大于25%", R("空载功率比", "<=", 25.0, "%", cond=["1级和2级"])),
        "。",
    )
    d.h("5", "能效限定值")
    d.cl("5.1", "空气压缩机的能效限定值为表1中能效等级3级的规定值。")
    d.cl(
        "5.2",
        "变转速空气压缩机在额定转速的40%、70%和100%三个工况下，机组输入比功率的加权平均值应不大于表1中相应"
        "能效等级的规定值；"
        "其最低转速工况下的机组输入比功率",
        V(
            "不应超过9.8 kW/(m<sup>3</sup>/min)",
            R("机组输入比功率", "<=", 9.8, UNIT, cond=["变转速空气压缩机", "最低转速工况"]),
        ),
        "。",
    )
    d.h("6", "试验方法")
    d.cl(
        "6.1",
        "容积流量和机组输入功率按GB/T 3853的规定测量，试验时吸气温度为（20±5）℃，电源电压偏差不超过±2%。",
    )
    d.cl("6.2", "实测机组输入比功率按公式（1）修正到标准吸气状态：")
    d.math(r"q_{\text{c}}=q\times\frac{p_1}{0.1}\times\sqrt{\frac{293}{T_1}}", "1")
    d.where(
        "<m>q_{\\text{c}}</m>——修正后的机组输入比功率，kW/(m<sup>3</sup>/min)；",
        "<m>p_1</m>——实测吸气压力，MPa；",
        "<m>T_1</m>——实测吸气温度，K。",
    )
    d.cl("6.3", "实测机组输入比功率不应大于铭牌标注值的105%，且不应大于标注能效等级的规定值。")
    d.h("7", "标识")
    d.p("空气压缩机应在铭牌上标注能效等级、额定排气压力、容积流量和机组输入比功率。")
    return d
