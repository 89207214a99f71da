"""GB/T-style 家用和类似用途洗碗机 (test): a performance table of rows with comparators at the end of the
labels; a TRANSPOSED class table (capacity classes down the rows) whose columns are quantities under
header cells spanning their sub-columns (清洗 / 干燥, 耗水量 / 耗电量) over a UNIT ROW of their own with the
comparator printed in it (``—，≥`` / ``L/次，≤``), ruled as an open grid; a merged cell down the classes;
limits relative to a rated value in clauses.  Every figure here is invented for this corpus."""

from kit import SAMR, C, Doc, R, V, common_front, ql

SMALL, MID, LARGE = "额定容量≤8套", "额定容量9套～12套", "额定容量≥13套"


def build() -> Doc:
    d = Doc(
        stem="fp_dishwasher_01",
        category="家用洗碗机",
        code="3854",
        kind="GB/T",
        number="GB/T 46218—2026",
        title=["家用和类似用途洗碗机　性能要求"],
        title_en="Household and similar electrical dishwashers—Performance requirements",
        issuers=SAMR,
        issued="2026-06-29",
        effective="2027-01-01",
        ics="97.040.40",
        ccs="Y 62",
    )
    common_front(d, None, "中国轻工业联合会", "全国家用电器标准化技术委员会（SAC/TC 46）")
    d.h("1", "范围")
    d.p("本文件规定了家用和类似用途洗碗机的分类、性能要求、试验方法和标志。")
    d.p("本文件适用于额定容量为4套～16套的台式、嵌入式和水槽式洗碗机。")
    d.h("2", "规范性引用文件")
    d.p("GB 4706.25　家用和类似用途电器的安全　洗碗机的特殊要求", indent=False)
    d.p("GB 38383　洗碗机能效水效限定值及等级", indent=False)
    d.h("3", "术语和定义")
    d.cl("3.1", "<b>额定容量</b>　制造商标称的、洗碗机一次可清洗的标准餐具的套数。")
    d.cl("3.2", "<b>清洗指数</b>　被测洗碗机与参比洗碗机清洗性能得分之比。")
    d.h("4", "性能要求")
    d.cl("4.1", "一般性能应符合表1的规定。")
    d.table(
        "1",
        "一般性能",
        [
            ["项　目", "要　求"],
            [C("洗涤剂投放量偏差/%", align="l"), V("±10", R("洗涤剂投放量偏差", "range", -10, "%", vmax=10))],
            [
                C("漂洗水温度（最高温度程序）/℃　　≥", align="l"),
                V("65", R("漂洗水温度", ">=", 65, "℃", cond=["最高温度程序"])),
            ],
            [
                C("餐具表面残留洗涤剂（以十二烷基苯磺酸钠计）/(mg/dm<sup>2</sup>)　　≤", align="l"),
                V("0.10", R("餐具表面残留洗涤剂（以十二烷基苯磺酸钠计）", "<=", 0.10, "mg/dm²")),
            ],
            [
                C("除菌率（除菌程序）/%　　≥", align="l"),
                V("99.9", R("除菌率", ">=", 99.9, "%", cond=["除菌程序"])),
            ],
            [C("关机功率/W　　≤", align="l"), V("0.50", R("关机功率", "<=", 0.50, "W"))],
            [C("门铰链耐久性", align="l"), ql("门铰链耐久性", "开闭10 000次后门能正常开闭，无松动")],
        ],
        widths=[96, 60],
        style="open",
    )
    d.cl("4.2", "标准程序下的清洗、干燥和耗能应符合表2的规定。")
    d.table(
        "2",
        "标准程序性能",
        [
            [C("额定容量", rs=3), C("性能指数", cs=2), C("单次耗量", cs=2), C("噪声", rs=2)],
            ["清洗", "干燥", "耗水量", "耗电量"],
            [C("—，≥", cs=2), "L/次，≤", "kWh/次，≤", "dB(A)，≤"],
            [
                "≤8套",
                V("1.00", R("清洗指数", ">=", 1.00, None, cond=[SMALL])),
                V("1.08", R("干燥指数", ">=", 1.08, None, cond=[SMALL])),
                V("9.0", R("耗水量", "<=", 9.0, "L/次", cond=[SMALL])),
                V("0.72", R("耗电量", "<=", 0.72, "kWh/次", cond=[SMALL])),
                C(V("49", *[R("噪声", "<=", 49, "dB(A)", cond=[x]) for x in (SMALL, MID, LARGE)]), rs=3),
            ],
            [
                "9套～12套",
                V("1.05", R("清洗指数", ">=", 1.05, None, cond=[MID])),
                V("1.08", R("干燥指数", ">=", 1.08, None, cond=[MID])),
                V("11.0", R("耗水量", "<=", 11.0, "L/次", cond=[MID])),
                V("0.95", R("耗电量", "<=", 0.95, "kWh/次", cond=[MID])),
            ],
            [
                "≥13套",
                V("1.12", R("清洗指数", ">=", 1.12, None, cond=[LARGE])),
                V("1.12", R("干燥指数", ">=", 1.12, None, cond=[LARGE])),
                V("13.0", R("耗水量", "<=", 13.0, "L/次", cond=[LARGE])),
                V("1.10", R("耗电量", "<=", 1.10, "kWh/次", cond=[LARGE])),
            ],
        ],
        head=3,
        widths=[30, 22, 22, 24, 26, 26],
        style="open",
        notes=["注：清洗指数和干燥指数均为与参比洗碗机的比值。"],
    )
    d.cl(
        "4.3",
        "程序时间：标准程序的实测时间不应超过标称时间的",
        V("110%", R("标准程序的实测时间", "<=", 110, "%", cond=["标称时间的"])),
        "。",
    )
    d.cl(
        "4.4",
        "输入功率：在额定电压下，输入功率对额定输入功率的偏差应在",
        V("−10%～+5%", R("输入功率偏差", "range", -10, "%", vmax=5)),
        "范围内。",
    )
    d.cl(
        "4.5",
        "软水装置：具有软水装置的洗碗机，再生后出水硬度（以CaCO<sub>3</sub>计）不应大于",
        V("50 mg/L", R("出水硬度（以CaCO3计）", "<=", 50, "mg/L", cond=["软水装置再生后"])),
        "。",
    )
    d.cl("4.6", "待机功率不应大于", V("1.0 W", R("待机功率", "<=", 1.0, "W")), "。")
    d.h("5", "试验方法")
    d.cl("5.1", "试验在环境温度（23±2）℃、进水温度（15±1）℃、进水压力（0.24±0.02）MPa的条件下进行。")
    d.cl("5.2", "清洗指数和干燥指数按GB 38383规定的方法测定，每次试验装载额定容量的标准餐具。")
    d.cl("5.3", "噪声在半消声室内测量A计权声功率级。")
    d.h("6", "标志")
    d.cl("6.1", "产品铭牌应标明额定容量、额定电压、额定输入功率、标准程序耗水量和耗电量。")
    d.cl("6.2", "说明书应给出推荐的洗涤剂用量和软水装置设定方法。")
    return d
