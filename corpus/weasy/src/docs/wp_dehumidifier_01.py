"""Q/-style 企业标准 家用除湿机 (dev): full-width clause text, folios 第 N 页／共 M 页; a transposed table
(名义除湿量 classes down the rows, quantities across with their units in brackets in the header, the
comparators as words in a header row of their own); clause limits relative to a nominal value (不应小于名义
除湿量的95%), a tolerance without a centre (±5%), a centred tolerance, a 分别 pair; scope bounds and test
conditions (not counted).  Echoes enterprise standards filed under GB/T 19411; every figure here is
invented for this corpus."""

from typing import Any

from kit import Doc, R, V, fw


def build() -> Doc:
    d = Doc(
        stem="wp_dehumidifier_01",
        category="除湿机",
        code="3852",
        kind="Q",
        mark="Q/330424HSD",
        number="Q/330424HSD 006—2026",
        title=["家用除湿机"],
        replaces=[],
        ics="97.030",
        ccs="Y 62",
        issuers=["浙江海晟电器有限公司"],
        issued="2026-02-26",
        effective="2026-03-05",
        folio="count",
    )
    d.preface(
        fw("本标准按照GB/T 1.1—2020给出的规则起草。"),
        "本标准为首次发布。",
        "本标准由浙江海晟电器有限公司提出并起草。",
        "本标准主要起草人：沈国华、陆晓燕、钱伟。",
    )
    d.h("1", "范围")
    d.p(fw("本标准规定了家用除湿机的术语和定义、分类、要求、试验方法、检验规则及标志、包装、运输和贮存。"))
    d.p(fw("本标准适用于本公司生产的名义除湿量不大于50 L/d、额定电压220 V、额定频率50 Hz的家用除湿机。"))
    d.h("2", "规范性引用文件")
    d.p(fw("GB 4706.1　家用和类似用途电器的安全　第1部分：通用要求"))
    d.p(fw("GB 4706.32　家用和类似用途电器的安全　热泵、空调器和除湿机的特殊要求"))
    d.p(fw("GB/T 19411　除湿机"))
    d.h("3", "术语和定义")
    d.cl(
        "3.1",
        fw(
            "<b>名义除湿量</b>　在名义工况（干球温度27 ℃、相对湿度60%）下运行时，"
            "除湿机单位时间内除去的水量，单位为L/d。"
        ),
    )
    d.cl("3.2", "<b>能效系数</b>　在名义工况下，除湿机除去的水量与消耗的电能之比，单位为L/kWh。")
    d.h("4", "分类")
    d.p(fw("按名义除湿量D分为三档：D≤12 L/d、12 L/d＜D≤25 L/d、25 L/d＜D≤50 L/d。"))
    d.h("5", "要求")
    d.h("5.1", "除湿量")
    d.p(
        fw("实测除湿量不应小于名义除湿量的"),
        V(fw("95%"), R("实测除湿量", ">=", 95, "%", cond=["名义除湿量的"])),
        "。",
    )
    d.h("5.2", "输入功率")
    d.p(
        fw("实测输入功率不应大于名义输入功率的"),
        V(fw("110%"), R("实测输入功率", "<=", 110, "%", cond=["名义输入功率的"])),
        "。",
    )
    d.h("5.3", "能效系数、噪声和水箱容积")
    d.p("除湿机的能效系数、噪声和水箱有效容积应符合表1的规定。")
    classes = ["D≤12 L/d", "12 L/d＜D≤25 L/d", "25 L/d＜D≤50 L/d"]
    figures = [("1.40", "45", "2.0"), ("1.60", "48", "3.5"), ("1.80", "52", "5.0")]
    rows: list[list[Any]] = [
        ["名义除湿量D", "能效系数（L/kWh）", "噪声［dB(A)］", "水箱有效容积（L）"],
        ["", "不小于", "不大于", "不小于"],
    ]
    for cls, (eff, noise, tank) in zip(classes, figures, strict=False):
        rows.append(
            [
                cls,
                V(eff, R("能效系数", ">=", float(eff), "L/kWh", cond=[cls])),
                V(noise, R("噪声", "<=", float(noise), "dB(A)", cond=[cls])),
                V(tank, R("水箱有效容积", ">=", float(tank), "L", cond=[cls])),
            ]
        )
    d.table(
        "1",
        "能效系数、噪声和水箱有效容积",
        rows,
        head=2,
        widths=[48, 40, 36, 40],
        style="zebra",
        notes=["注：噪声为距机组正面1 m处测得的声压级。"],
    )
    d.h("5.4", "湿度控制")
    d.p(
        fw("具有湿度设定功能的除湿机，达到稳定后实测相对湿度与设定值之差应在"),
        V(
            fw("±5%"),
            R("实测相对湿度与设定值之差", "range", -5, "%", vmax=5, cond=["具有湿度设定功能的除湿机"]),
        ),
        fw("（相对湿度）以内。"),
    )
    d.h("5.5", "满水保护")
    d.p(
        fw("水箱水位达到满水位时，满水保护动作时间不应超过"),
        V(fw("30 s"), R("满水保护动作时间", "<=", 30, "s")),
        fw("，并应有满水指示。"),
    )
    d.h("5.6", "安全要求")
    d.cl("5.6.1", "安全性能应符合GB 4706.1和GB 4706.32的规定。")
    d.cl(
        "5.6.2",
        fw("接地电阻不应大于"),
        V(fw("0.1 Ω"), R("接地电阻", "<=", 0.1, "Ω")),
        fw("；工作温度下的泄漏电流和电气强度试验后的泄漏电流分别不应大于"),
        V(fw("0.75 mA"), R("工作温度下的泄漏电流", "<=", 0.75, "mA")),
        "和",
        V(fw("0.25 mA"), R("电气强度试验后的泄漏电流", "<=", 0.25, "mA")),
        "。",
    )
    d.h("5.7", "排水管")
    d.p(
        fw("随机附带的连续排水管长度应为"),
        V(fw("（1.5±0.1）m"), R("连续排水管长度", "tolerance", 1.5, "m", tol=0.1)),
        "。",
    )
    d.h("6", "试验方法")
    d.cl("6.1", fw("除湿量试验在干球温度（27±0.5）℃、相对湿度（60±2）%的工况下进行，连续运行不少于2 h。"))
    d.cl("6.2", fw("噪声在半消声室内测量，背景噪声应比被测噪声低10 dB(A)以上。"))
    d.h("7", "检验规则")
    d.cl("7.1", "每台产品均应进行出厂检验，检验项目为外观、接地电阻、电气强度和运转试验。")
    d.cl("7.2", fw("型式检验每年进行一次，从出厂检验合格的产品中随机抽取2台。"))
    d.h("8", "标志、包装、运输和贮存")
    d.p(fw("产品应贮存在通风、干燥、无腐蚀性气体的仓库内，堆码层数不超过4层。"))
    return d
