"""GB 5749-style 生活饮用水卫生标准 (dev): a long limit table split by category rows, units in the row
labels, stacked values with their conditions, a 续表, a disinfectant table whose columns are sampling
points, relaxed limits in a clause, and an informative annex whose values are not requirements."""

from kit import C, Doc, R, V

ML = "mg/L"


def lim(label: str, name: str, text: str, unit: str | None = ML, extra=()):
    return [C(label, align="l"), V(text, R(name, "<=", float(text), unit, cond=list(extra)))]


def build() -> Doc:
    d = Doc(
        stem="nat_drinkwater_01",
        category="生活饮用水",
        code="4610",
        kind="GB",
        number="GB 5749—2026",
        replaces=["GB 5749—2022"],
        title=["生活饮用水卫生标准"],
        title_en="Standards for drinking water quality",
        ics="13.060.20",
        ccs="C 51",
        issuers=["国家市场监督管理总局", "国家标准化管理委员会"],
        issued="2026-04-01",
        effective="2027-04-01",
    )
    d.preface(
        "本文件按照GB/T 1.1—2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。",
        "本文件代替GB 5749—2022《生活饮用水卫生标准》，与GB 5749—2022相比，除结构调整和编辑性改动外，"
        "主要技术变化如下：a）水质指标由97项调整为43项常规指标和扩展指标；b）更改了浑浊度、硝酸盐的限值；"
        "c）增加了氯酸盐的限值。",
        "本文件于1985年首次发布，2006年第一次修订，2022年第二次修订，本次为第三次修订。",
    )
    d.h("1", "范围")
    d.p(
        "本文件规定了生活饮用水水质要求、生活饮用水水源水质要求、集中式供水单位卫生要求、二次供水卫生要求、"
        "涉及饮用水卫生安全的产品卫生要求、水质检验方法。"
    )
    d.p("本文件适用于各类生活饮用水。")
    d.h("2", "规范性引用文件")
    d.p("GB 3838　地表水环境质量标准", indent=False)
    d.p("GB/T 5750（所有部分）　生活饮用水标准检验方法", indent=False)
    d.p("GB/T 14848　地下水质量标准", indent=False)
    d.h("3", "术语和定义")
    d.h("3.1", "常规指标　regular indices")
    d.p("反映生活饮用水水质基本状况的水质指标。")
    d.h("3.2", "小型集中式供水　small central water supply")
    d.p("设计日供水量在1 000 m<super>3</super>以下或供水人口在1万人以下的集中式供水。")
    d.h("4", "生活饮用水水质要求")
    d.cl(
        "4.1",
        "生活饮用水水质应符合下列基本要求，保证用户饮用安全：a）生活饮用水中不应含有病原微生物；"
        "b）生活饮用水中化学物质不应危害人体健康；c）生活饮用水中放射性物质不应危害人体健康；d）生活饮用水的感官性状良好；"
        "e）生活饮用水应经消毒处理。",
    )
    d.cl("4.2", "生活饮用水水质应符合表1的要求。出厂水和末梢水中消毒剂限值、消毒剂余量均应符合表2的要求。")
    cat = lambda text: [C(text, cs=3, align="l")]  # noqa: E731
    q = lambda label, name, text: [C(label, align="l"), V(text, R(name, "qualitative", text=text))]  # noqa: E731
    rows = [
        ["序号", "指　标", "限　值"],
        cat("一、微生物指标"),
        [
            "1",
            C("总大肠菌群/(MPN/100 mL或CFU/100 mL)<super>a</super>", align="l"),
            V("不应检出", R("总大肠菌群", "not_detected", text="不应检出")),
        ],
        [
            "2",
            C("大肠埃希氏菌/(MPN/100 mL或CFU/100 mL)<super>a</super>", align="l"),
            V("不应检出", R("大肠埃希氏菌", "not_detected", text="不应检出")),
        ],
        ["3", *lim("菌落总数/(MPN/mL或CFU/mL)<super>b</super>", "菌落总数", "100", "MPN/mL或CFU/mL")],
        cat("二、毒理指标"),
        ["4", *lim("砷/(mg/L)", "砷", "0.01")],
        ["5", *lim("镉/(mg/L)", "镉", "0.005")],
        ["6", *lim("铬（六价）/(mg/L)", "铬（六价）", "0.05")],
        ["7", *lim("铅/(mg/L)", "铅", "0.01")],
        ["8", *lim("汞/(mg/L)", "汞", "0.001")],
        ["9", *lim("氰化物/(mg/L)", "氰化物", "0.05")],
        ["10", *lim("氟化物/(mg/L)<super>b</super>", "氟化物", "1.0")],
        [
            "11",
            C("硝酸盐（以N计）/(mg/L)<super>b</super>", align="l"),
            [
                V("10", R("硝酸盐（以N计）", "<=", 10, ML)),
                "<br/>",
                V("地下水源限制时为20", R("硝酸盐（以N计）", "<=", 20, ML, cond=["地下水源限制时"])),
            ],
        ],
        [
            "12",
            *lim(
                "三氯甲烷<super>c</super>/(mg/L)",
                "三氯甲烷",
                "0.06",
                extra=["水处理工艺流程中预氧化或消毒方式采用液氯、次氯酸钙及氯胺时应测定"],
            ),
        ],
        [
            "13",
            *lim(
                "溴酸盐<super>c</super>/(mg/L)",
                "溴酸盐",
                "0.01",
                extra=["水处理工艺流程中预氧化或消毒方式采用臭氧时应测定"],
            ),
        ],
        [
            "14",
            *lim(
                "亚氯酸盐<super>c</super>/(mg/L)",
                "亚氯酸盐",
                "0.7",
                extra=["水处理工艺流程中预氧化或消毒方式采用二氧化氯时应测定"],
            ),
        ],
        [
            "15",
            *lim(
                "氯酸盐<super>c</super>/(mg/L)",
                "氯酸盐",
                "0.7",
                extra=["水处理工艺流程中预氧化或消毒方式采用二氧化氯时应测定"],
            ),
        ],
        cat("三、感官性状和一般化学指标<super>d</super>"),
        ["16", *lim("色度（铂钴色度单位）/度", "色度（铂钴色度单位）", "15", "度")],
        [
            "17",
            C("浑浊度（散射浑浊度单位）/NTU<super>b</super>", align="l"),
            [
                V("1", R("浑浊度（散射浑浊度单位）", "<=", 1, "NTU")),
                "<br/>",
                V(
                    "（水源与净水技术条件限制时为3）",
                    R("浑浊度（散射浑浊度单位）", "<=", 3, "NTU", cond=["水源与净水技术条件限制时"]),
                ),
            ],
        ],
        ["18", *q("臭和味", "臭和味", "无异臭、异味")],
        ["19", *q("肉眼可见物", "肉眼可见物", "无")],
        ["20", C("pH", align="l"), V("不小于6.5且不大于8.5", R("pH", "range", 6.5, None, vmax=8.5))],
        ["21", *lim("铝/(mg/L)", "铝", "0.2")],
        ["22", *lim("铁/(mg/L)", "铁", "0.3")],
        ["23", *lim("锰/(mg/L)", "锰", "0.1")],
        ["24", *lim("铜/(mg/L)", "铜", "1.0")],
        ["25", *lim("锌/(mg/L)", "锌", "1.0")],
        ["26", *lim("氯化物/(mg/L)", "氯化物", "250")],
        ["27", *lim("硫酸盐/(mg/L)", "硫酸盐", "250")],
        ["28", *lim("溶解性总固体/(mg/L)", "溶解性总固体", "1000")],
        ["29", *lim("总硬度（以CaCO<sub>3</sub>计）/(mg/L)", "总硬度（以CaCO3计）", "450")],
        ["30", *lim("高锰酸盐指数（以O<sub>2</sub>计）/(mg/L)", "高锰酸盐指数（以O2计）", "3")],
        ["31", *lim("氨（以N计）/(mg/L)", "氨（以N计）", "0.5")],
        cat("四、放射性指标<super>e</super>"),
        ["32", *lim("总α放射性/(Bq/L)", "总α放射性", "0.5", "Bq/L", extra=["指导值"])],
        ["33", *lim("总β放射性/(Bq/L)", "总β放射性", "1", "Bq/L", extra=["指导值"])],
    ]
    d.table(
        "1",
        "生活饮用水水质常规指标及限值",
        rows,
        widths=[16, 92, 52],
        footnotes=[
            "<super>a</super> MPN表示最可能数；CFU表示菌落形成单位。当水样检出总大肠菌群时，"
            "应进一步检验大肠埃希氏菌；"
            "当水样未检出总大肠菌群时，不必检验大肠埃希氏菌。",
            "<super>b</super> 小型集中式供水和分散式供水因水源与净水技术受限时，按4.4执行。",
            "<super>c</super> 水处理工艺流程中预氧化或消毒方式：采用液氯、次氯酸钙及氯胺时，应测定三氯甲烷；"
            "采用臭氧时，"
            "应测定溴酸盐；采用二氧化氯时，应测定亚氯酸盐和氯酸盐。",
            "<super>d</super> 当发生影响水质的突发公共事件时，经风险评估，"
            "感官性状和一般化学指标可暂时适当放宽。",
            "<super>e</super> 放射性指标超过指导值（总β放射性扣除<super>40</super>K后仍然大于1 Bq/L），"
            "应进行核素分析和评价，判定能否饮用。",
        ],
    )
    d.cl("4.3", "出厂水和末梢水中消毒剂的限值和余量应符合表2的规定。")

    # footnotes a-d say when each row applies, as 表1's footnote c does: its conditions (the
    # second reading, corpus/national/README.md "Audit (second reading)")
    when = {
        "游离氯": "采用液氯、次氯酸钠、次氯酸钙消毒方式时应测定",
        "总氯": "采用氯胺消毒方式时应测定",
        "臭氧": "采用臭氧消毒方式时应测定",
        "二氧化氯": "采用二氧化氯消毒方式时应测定",
    }

    def dis(label, name, time, time_v, limit, out_text, out_cmp, out_v, end_text, end_v):
        cells = [
            label,
            V(time, R("与水接触时间", ">=", time_v, "min", cond=[name, when[name]])),
            V(limit, R(name, "<=", float(limit), ML, cond=["出厂水和末梢水限值", when[name]])),
        ]
        cells.append(
            V(out_text, R(name, out_cmp, out_v, ML, cond=["出厂水余量", when[name]]))
            if out_v is not None
            else out_text
        )
        cells.append(V(end_text, R(name, ">=", end_v, ML, cond=["末梢水余量", when[name]])))
        return cells

    d.table(
        "2",
        "生活饮用水消毒剂常规指标及要求",
        [
            [
                "指　标",
                "与水接触时间/min",
                "出厂水和末梢水限值/(mg/L)",
                "出厂水余量/(mg/L)",
                "末梢水余量/(mg/L)",
            ],
            dis("游离氯<super>a</super>", "游离氯", "≥30", 30, "2", "≥0.3", ">=", 0.3, "≥0.05", 0.05),
            dis("总氯<super>b</super>", "总氯", "≥120", 120, "3", "≥0.5", ">=", 0.5, "≥0.05", 0.05),
            dis(
                "臭氧<super>c</super>",
                "臭氧",
                "≥12",
                12,
                "0.3",
                "—",
                None,
                None,
                "≥0.02（如采用其他协同消毒方式，消毒剂限值及余量应满足相应要求）",
                0.02,
            ),
            dis("二氧化氯<super>d</super>", "二氧化氯", "≥30", 30, "0.8", "≥0.1", ">=", 0.1, "≥0.02", 0.02),
        ],
        widths=[26, 28, 36, 30, 40],
        footnotes=[
            "<super>a</super> 采用液氯、次氯酸钠、次氯酸钙消毒方式时，应测定游离氯。",
            "<super>b</super> 采用氯胺消毒方式时，应测定总氯。",
            "<super>c</super> 采用臭氧消毒方式时，应测定臭氧。",
            "<super>d</super> 采用二氧化氯消毒方式时，应测定二氧化氯；"
            "采用二氧化氯与氯混合消毒剂发生器消毒方式时，"
            "应测定二氧化氯和游离氯，两项指标均应满足限值要求，至少一项指标应满足余量要求。",
        ],
    )
    d.cl(
        "4.4",
        "小型集中式供水和分散式供水因水源与净水技术受限时，菌落总数指标限值按",
        V(
            "500 MPN/mL或500 CFU/mL",
            R("菌落总数", "<=", 500, "MPN/mL或CFU/mL", cond=["小型集中式供水和分散式供水"]),
        ),
        "执行，氟化物指标限值按",
        V("1.2 mg/L", R("氟化物", "<=", 1.2, ML, cond=["小型集中式供水和分散式供水"])),
        "执行，硝酸盐（以N计）指标限值按",
        V("20 mg/L", R("硝酸盐（以N计）", "<=", 20, ML, cond=["小型集中式供水和分散式供水"])),
        "执行，浑浊度指标限值按",
        V("3 NTU", R("浑浊度（散射浑浊度单位）", "<=", 3, "NTU", cond=["小型集中式供水和分散式供水"])),
        "执行。",
    )
    d.cl("4.5", "当生活饮用水中含有附录A中所列指标时，可参考此表限值评价。")
    d.h("5", "生活饮用水水源水质要求")
    d.cl("5.1", "采用地表水为生活饮用水水源时，水源水质应符合GB 3838的要求。")
    d.cl("5.2", "采用地下水为生活饮用水水源时，水源水质应符合GB/T 14848的要求。")
    d.h("6", "水质检验方法")
    d.p(
        "生活饮用水水质检验应按照GB/T 5750（所有部分）执行。水样采集后应在4 h内送检，冷藏保存的水样应在24 "
        "h内完成微生物指标的检验；"
        "每个供水单位每年至少采样2次，每次采集水样不少于3 L。"
    )
    d.annex("A", "资料性", "生活饮用水水质参考指标及限值")
    d.p("表A.1给出了生活饮用水水质参考指标及限值。", indent=False)
    d.table(
        "A.1",
        "生活饮用水水质参考指标及限值",
        [
            ["序号", "指　标", "参考限值"],
            ["1", C("肠球菌/(CFU/100 mL或MPN/100 mL)", align="l"), "不应检出"],
            ["2", C("钒/(mg/L)", align="l"), "0.01"],
            ["3", C("石油类（总量）/(mg/L)", align="l"), "0.05"],
            ["4", C("二甲基二硫醚/(mg/L)", align="l"), "0.000 03"],
            ["5", C("丙烯酸/(mg/L)", align="l"), "0.5"],
        ],
        widths=[16, 92, 52],
    )
    return d
