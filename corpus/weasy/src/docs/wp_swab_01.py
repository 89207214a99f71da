"""YY/T-style 医药行业标准 医用棉签 (test): a performance table with a 单位 column and comparators as words
(不大于 / 不小于), a tolerance with a centre (棉头长度), a qualitative cell; a microbiological table by
sterile state (无菌 / 非无菌 columns, conditions) with 不得检出 and "—" cells; a residue clause with 分别;
test steps (not counted).  Echoes the structure of YY/T 1622-style medical swab standards; every figure
here is invented for this corpus."""

from kit import C, Doc, R, V, ql

STERILE, NONSTERILE = "无菌棉签", "非无菌棉签"


def build() -> Doc:
    d = Doc(
        stem="wp_swab_01",
        category="医用棉签",
        code="2770",
        kind="YY/T",
        mark="YY",
        number="YY/T 1622—2026",
        title=["医用棉签"],
        title_en="Medical cotton swabs",
        replaces=["YY/T 1622—2018"],
        ics="11.120.20",
        ccs="C 48",
        filing="81527—2026",
        issuers=["国家药品监督管理局"],
        issued="2026-05-06",
        effective="2027-05-01",
    )
    d.preface(
        "本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。",
        "本文件代替YY/T 1622—2018《医用棉签》，与YY/T 1622—2018相比，主要技术变化如下：",
        "——修改了吸水时间和吸水量；",
        "——增加了环氧乙烷残留量和2-氯乙醇残留量。",
        "本文件由国家药品监督管理局提出。",
        "本文件由全国医用卫生材料及敷料标准化技术委员会归口。",
    )
    d.h("1", "范围")
    d.p("本文件规定了医用棉签的要求、试验方法、标志和包装。")
    d.p("本文件适用于以医用脱脂棉和木质或塑料棒制成，供临床清洁、擦拭、涂药用的医用棉签。")
    d.h("2", "规范性引用文件")
    d.p("YY 0330　医用脱脂棉")
    d.p("GB/T 14233.1　医用输液、输血、注射器具检验方法　第1部分：化学分析方法")
    d.h("3", "要求")
    d.h("3.1", "外观")
    d.p("棉头应缠绕紧密、均匀，无脱落、无异物，棒体应光滑、无毛刺。")
    d.h("3.2", "物理性能")
    d.p("棉签的物理性能应符合表1的规定。")
    d.table(
        "1",
        "物理性能",
        [
            ["项目", "单位", "要求"],
            [C("棉头长度", align="l"), "mm", V("（20±2）", R("棉头长度", "tolerance", 20, "mm", tol=2))],
            [C("棉头直径", align="l"), "mm", V("5～8", R("棉头直径", "range", 5, "mm", vmax=8))],
            [C("吸水时间", align="l"), "s", V("不大于10", R("吸水时间", "<=", 10, "s"))],
            [C("吸水量", align="l"), "g/g", V("不小于20", R("吸水量", ">=", 20, "g/g"))],
            [C("棉头牢固度", align="l"), "—", ql("棉头牢固度", "棉头不脱落、不松散")],
            [C("棒体弯曲强度", align="l"), "N", V("不小于3.0", R("棒体弯曲强度", ">=", 3.0, "N"))],
            [C("荧光", align="l"), "—", ql("荧光", "无强蓝色荧光")],
        ],
        widths=[50, 24, 60],
        style="zebra",
        notes=["注1：棉头长度按棉头两端的最大距离计。", "注2：吸水量以棉头干燥质量计。"],
    )
    d.h("3.3", "化学性能")
    d.cl(
        "3.3.1",
        "酸碱度：浸提液应呈中性，与空白液对照，pH值之差不超过",
        V("1.0", R("pH值之差", "<=", 1.0, None, cond=["与空白液对照"])),
        "。",
    )
    d.cl(
        "3.3.2",
        "水溶性物质不应超过",
        V("0.50%", R("水溶性物质", "<=", 0.50, "%")),
        "，醚中可溶物不应超过",
        V("0.50%", R("醚中可溶物", "<=", 0.50, "%")),
        "。",
    )
    d.h("3.4", "微生物指标")
    d.p("棉签的微生物指标应符合表2的规定。")
    d.table(
        "2",
        "微生物指标",
        [
            ["项目", STERILE, NONSTERILE],
            [C("无菌", align="l"), ql("无菌", "应无菌", STERILE), "—"],
            [
                C("细菌菌落总数（CFU/g）", align="l"),
                "—",
                V("不大于200", R("细菌菌落总数", "<=", 200, "CFU/g", cond=[NONSTERILE])),
            ],
            [
                C("真菌菌落总数（CFU/g）", align="l"),
                "—",
                V("不大于100", R("真菌菌落总数", "<=", 100, "CFU/g", cond=[NONSTERILE])),
            ],
            *[
                [
                    C(n, align="l"),
                    "—",
                    V("不得检出", R(n, "not_detected", text="不得检出", cond=[NONSTERILE])),
                ]
                for n in ("大肠菌群", "铜绿假单胞菌", "金黄色葡萄球菌", "溶血性链球菌")
            ],
        ],
        widths=[56, 44, 44],
        style="outer",
    )
    d.h("3.5", "灭菌残留")
    d.p(
        "经环氧乙烷灭菌的棉签，环氧乙烷残留量和2-氯乙醇残留量分别不应大于",
        V("10 μg/g", R("环氧乙烷残留量", "<=", 10, "μg/g", cond=["经环氧乙烷灭菌的棉签"])),
        "和",
        V("25 μg/g", R("2-氯乙醇残留量", "<=", 25, "μg/g", cond=["经环氧乙烷灭菌的棉签"])),
        "。",
    )
    d.h("4", "试验方法")
    d.cl("4.1", "吸水时间：取棉头10个，自5 mm高度落于（20±2）℃的水面，记录完全浸湿的时间。")
    d.cl("4.2", "棉头牢固度：将棉头在玻璃板上以约2 N的力来回擦拭10次后观察。")
    d.cl("4.3", "棒体弯曲强度：棒体两端支撑，跨距为40 mm，在中点施加载荷至断裂。")
    d.h("5", "标志和包装")
    d.cl("5.1", "无菌棉签的单包装应注明“无菌”字样及灭菌方式、灭菌批号和失效日期。")
    d.cl("5.2", "每盒棉签的数量宜为50支或100支。")
    return d
