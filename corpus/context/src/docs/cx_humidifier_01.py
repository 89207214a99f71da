"""T/ group standard 家用超声波加湿器 (dev): a per-model transposed xtable (models down the rows, the
quantities across, their units in a header row of their own and the comparators in a third header row), a
value merged over the models; a ±5 % volume tolerance without a centre and a relative 90 % (not counted);
electrical safety items in an a) b) c) itemize with a pass / fail test; a mist-hygiene table with a
restricting footnote under it; frequencies and test conditions not counted.  The levels echo the national
humidifier standard as remembered; the association, number and every figure are invented."""

from kit import C, Doc, R, V, front, references

MODELS = ["JS-300", "JS-450", "JS-600", "JS-800"]


def model_row(model: str, rate: str, eff: str, noise: str) -> list:
    return [
        model,
        V(rate, R("加湿量", ">=", float(rate), "mL/h", cond=[model])),
        V(eff, R("加湿效率", ">=", float(eff), "mL/(h·W)", cond=[model])),
        V(noise, R("噪声（声功率级）", "<=", float(noise), "dB(A)", cond=[model])),
    ]


def build() -> Doc:
    d = Doc(
        stem="cx_humidifier_01",
        category="超声波加湿器",
        code="3852",
        kind="T",
        mark="T/CHEAA",
        line="团体标准",
        short="家用超声波加湿器",
        number="T/CHEAA 0058—2026",
        title=["家用超声波加湿器"],
        title_en="Household ultrasonic humidifiers",
        ics="97.030",
        ccs="Y 62",
        issuers=["中国家用电器协会"],
        issued="2026-05-18",
        effective="2026-06-18",
    )
    front(
        d,
        "本文件由中国家用电器协会提出并归口。",
        "本文件起草单位：宁波清润电器有限公司、广东雾森科技有限公司、中国家用电器研究院。",
        "本文件主要起草人：林海、周文静、许敏、赵立新。",
        "本文件为首次发布。",
    )
    d.h("1", "范围")
    d.p(
        "本文件规定了家用超声波加湿器（以下简称加湿器）的型号、技术要求、试验方法、检验规则、标志、包装、"
        "运输和贮存。"
    )
    d.p("本文件适用于额定电压不超过250 V、额定加湿量不大于1 000 mL/h的家用超声波加湿器。")
    references(
        d,
        "2",
        "GB 4706.1　家用和类似用途电器的安全　第1部分：通用要求",
        "GB 4706.48　家用和类似用途电器的安全　加湿器的特殊要求",
        "GB/T 4214.1　家用和类似用途电器噪声测试方法　通用要求",
        "GB/T 23332　加湿器",
    )
    d.h("3", "术语和定义")
    d.p("GB/T 23332界定的以及下列术语和定义适用于本文件。")
    d.cl("3.1", "加湿效率　humidifying efficiency")
    d.p("加湿器在额定状态下实测加湿量与实测输入功率之比，单位为毫升每小时瓦（mL/(h·W)）。")
    d.h("4", "型号")
    d.p("型号由产品代号JS和额定加湿量（mL/h）组成，如JS-450表示额定加湿量为450 mL/h的加湿器。")
    d.h("5", "技术要求")
    d.cl("5.1", "一般要求：加湿器应符合本文件的要求，并按经规定程序批准的图样和技术文件制造。")
    d.cl("5.2", "主要性能参数应符合表1的规定。")
    rows = [
        [C("型　号", rs=3), "加湿量", "加湿效率", "噪声（声功率级）", "待机功率"],
        ["mL/h", "mL/(h·W)", "dB(A)", "W"],
        ["≥", "≥", "≤", "≤"],
        [
            *model_row(MODELS[0], "270", "10.0", "32"),
            C(V("0.5", *[R("待机功率", "<=", 0.5, "W", cond=[m]) for m in MODELS]), rs=4),
        ],
        model_row(MODELS[1], "405", "11.0", "34"),
        model_row(MODELS[2], "540", "12.0", "36"),
        model_row(MODELS[3], "720", "12.5", "38"),
    ]
    d.table(
        "1",
        "主要性能参数",
        rows,
        head=3,
        widths=[30, 28, 30, 36, 28],
        engine="xtable",
        notes=["注：表中加湿量为在（20±2）℃、相对湿度（30±3）%的试验条件下的实测值。"],
    )
    d.cl(
        "5.3",
        "加湿量：实测加湿量不应低于额定加湿量的90%，且不应低于表1的规定。",
    )
    d.cl(
        "5.4",
        "水箱容积：水箱实际容积与标称容积的偏差应在",
        V("±5%", R("水箱容积", "range", -5, "%", vmax=5, cond=["实际容积与标称容积的偏差"])),
        "以内。",
    )
    d.cl(
        "5.5",
        "缺水保护：水箱缺水时，加湿器应自动停止雾化，缺水保护动作时间",
        V("应不大于30 s", R("缺水保护动作时间", "<=", 30, "s")),
        "。",
    )
    d.cl(
        "5.6",
        "连续运行：加湿器在额定状态下连续运行72 h后，应能正常工作，加湿量下降",
        V("不大于10%", R("加湿量下降", "<=", 10, "%", cond=["连续运行72 h后"])),
        "。",
    )
    d.cl("5.7", "电气安全：")
    d.item(
        "a)",
        "泄漏电流：工作温度下的泄漏电流",
        V("应不大于0.25 mA", R("泄漏电流", "<=", 0.25, "mA")),
        "；",
    )
    d.item(
        "b)",
        "电气强度：",
        V(
            "基本绝缘施加1 250 V试验电压，持续1 min，应无击穿或闪络",
            R("电气强度", "qualitative", text="基本绝缘施加1 250 V试验电压，持续1 min，应无击穿或闪络"),
        ),
        "；",
    )
    d.item(
        "c)",
        "绝缘电阻：潮湿试验后绝缘电阻",
        V("应不小于2 MΩ", R("绝缘电阻", ">=", 2, "MΩ", cond=["潮湿试验后"])),
        "；",
    )
    d.item("d)", "其他安全要求应符合GB 4706.1和GB 4706.48的规定。")
    d.cl("5.8", "雾化水卫生要求应符合表2的规定。")
    hygiene = [
        ["项　目", "单　位", "要　求"],
        [
            C("雾化水中菌落总数", align="l"),
            "CFU/mL",
            V("≤100", R("雾化水中菌落总数", "<=", 100, "CFU/mL")),
        ],
        [
            C("抗菌率<sup>a</sup>", align="l"),
            "%",
            V("≥90", R("抗菌率", ">=", 90, "%", cond=["仅适用于具有抗菌功能的加湿器"])),
        ],
        [
            C("除菌率（对白色葡萄球菌）", align="l"),
            "%",
            V("≥99.0", R("除菌率", ">=", 99.0, "%", cond=["对白色葡萄球菌"])),
        ],
    ]
    d.table(
        "2",
        "雾化水卫生要求",
        hygiene,
        widths=[60, 30, 40],
        style="three",
        footnotes=["a　仅适用于具有抗菌功能的加湿器。"],
    )
    d.h("6", "试验方法")
    d.cl("6.1", "试验环境：温度（20±2）℃，相对湿度（30±3）%，试验室容积不小于30 m<sup>3</sup>。")
    d.cl("6.2", "加湿量：加湿器在额定电压、最大雾量下运行1 h，称量水箱质量变化，换算为加湿量。")
    d.cl("6.3", "噪声：按GB/T 4214.1测定声功率级，加湿器置于离地0.75 m的试验台上。")
    d.h("7", "检验规则")
    d.cl("7.1", "出厂检验项目为外观、加湿量、泄漏电流和电气强度，逐台检验电气强度。")
    d.cl("7.2", "型式检验每年至少进行一次，样品从出厂检验合格的产品中随机抽取3台。")
    d.h("8", "标志、包装、运输和贮存")
    d.cl("8.1", "铭牌应标明型号、额定电压、额定功率、额定加湿量和水箱容积。")
    d.cl("8.2", "包装件堆码层数不应超过8层，贮存于通风、干燥、无腐蚀性气体的仓库内。")
    return d
