"""Q/-style 企业标准 面膜 (dev): clause text in full width as typed with a full-width input method, folios
第 N 页／共 M 页 over every physical page; a sensory table; a physico-chemical table with type columns (贴片
面膜 / 膏（泥）状面膜, conditions), ranges with ～, qualitative cells merged across types (test temperatures
with a pass / fail outcome); a hygiene table with a 单位 column and comparators as words in the cells
(不大于, 不得检出); a 分别 clause in full width.  Echoes enterprise standards filed under QB/T 1978; every
figure here is invented for this corpus."""

from typing import Any

from kit import C, Doc, R, V, fw, ql

SHEET, PASTE = "贴片面膜", "膏（泥）状面膜"


def build() -> Doc:
    d = Doc(
        stem="wp_facemask_01",
        category="面膜",
        code="2682",
        kind="Q",
        mark="Q/440111YMS",
        number="Q/440111YMS 002—2026",
        title=["面膜"],
        title_en=None,
        replaces=["Q/440111YMS 002—2023"],
        ics="71.100.70",
        ccs="Y 42",
        issuers=["广州雅美思生物科技有限公司"],
        issued="2026-01-08",
        effective="2026-01-15",
        folio="count",
    )
    d.preface(
        fw("本标准按照GB/T 1.1—2020给出的规则起草。"),
        fw(
            "本标准代替Q/440111YMS 002—2023，与Q/440111YMS 002—2023相比，"
            "主要变化如下：增加了膏（泥）状面膜的要求；修改了卫生指标。"
        ),
        "本标准由广州雅美思生物科技有限公司提出并起草。",
        "本标准主要起草人：何丽娟、陈志远。",
    )
    d.h("1", "范围")
    d.p("本标准规定了面膜的分类、要求、试验方法、检验规则和标志、包装、运输、贮存。")
    d.p("本标准适用于本公司生产的以贴片或膏（泥）状形式敷于面部，经一定时间后揭去或洗去的面膜产品。")
    d.h("2", "规范性引用文件")
    d.p(fw("GB/T 13531.1　化妆品通用检验方法　pH值的测定"))
    d.p(fw("GB 5296.3　消费品使用说明　化妆品通用标签"))
    d.p("《化妆品安全技术规范》（2015年版）")
    d.h("3", "分类")
    d.p("按产品形态分为贴片面膜和膏（泥）状面膜。")
    d.h("4", "要求")
    d.h("4.1", "感官指标")
    d.p("感官指标应符合表1的规定。")
    d.table(
        "1",
        "感官指标",
        [
            ["项目", SHEET, PASTE],
            [
                "外观",
                ql("外观", "膜布完整、均匀浸润精华液，无破损", SHEET),
                ql("外观", "均匀膏体或泥状体，无异物", PASTE),
            ],
            [
                "香气",
                C(
                    V(
                        "符合规定香型",
                        *[R("香气", "qualitative", text="符合规定香型", cond=[x]) for x in (SHEET, PASTE)],
                    ),
                    cs=2,
                ),
            ],
        ],
        widths=[30, 66, 66],
        style="outer",
    )
    d.h("4.2", "理化指标")
    d.p("理化指标应符合表2的规定。")
    heat = "（40±1）℃保持24 h，恢复至室温后与试验前无明显差异"
    cold = "（－10±2）℃保持24 h，恢复至室温后与试验前无明显差异"
    d.table(
        "2",
        "理化指标",
        [
            ["项目", SHEET, PASTE],
            [
                C("pH值（25 ℃）", align="l"),
                V("3.5～8.5", R("pH值（25 ℃）", "range", 3.5, None, vmax=8.5, cond=[SHEET])),
                V("4.0～8.5", R("pH值（25 ℃）", "range", 4.0, None, vmax=8.5, cond=[PASTE])),
            ],
            [
                C("耐热", align="l"),
                C(V(heat, *[R("耐热", "qualitative", text=heat, cond=[x]) for x in (SHEET, PASTE)]), cs=2),
            ],
            [
                C("耐寒", align="l"),
                C(V(cold, *[R("耐寒", "qualitative", text=cold, cond=[x]) for x in (SHEET, PASTE)]), cs=2),
            ],
            [
                C("每片精华液质量（g）", align="l"),
                V("不小于15", R("每片精华液质量", ">=", 15, "g", cond=[SHEET])),
                "—",
            ],
            [C("固含量（%）", align="l"), "—", V("不小于4.0", R("固含量", ">=", 4.0, "%", cond=[PASTE]))],
        ],
        widths=[40, 61, 61],
        style="zebra",
    )
    d.h("4.3", "卫生指标")
    d.p("卫生指标应符合表3的规定。")
    rows: list[list[Any]] = [["项目", "单位", "指标"]]
    for name, unit, text, v in (
        ("菌落总数", "CFU/g", "不大于1 000", 1000),
        ("霉菌和酵母菌总数", "CFU/g", "不大于100", 100),
    ):
        rows.append([C(name, align="l"), unit, V(text, R(name, "<=", v, unit))])
    for name in ("耐热大肠菌群", "金黄色葡萄球菌", "铜绿假单胞菌"):
        rows.append([C(name, align="l"), "/g", V("不得检出", R(name, "not_detected", text="不得检出"))])
    methanol = "甲醇项目仅适用于乙醇、异丙醇含量之和不小于10%的产品"
    for name, text, v in (
        ("铅", "不大于10", 10),
        ("汞", "不大于1", 1),
        ("砷", "不大于2", 2),
        ("镉", "不大于5", 5),
        ("甲醇", "不大于2 000", 2000),
    ):
        cond = [methanol] if name == "甲醇" else []
        rows.append([C(name, align="l"), "mg/kg", V(text, R(name, "<=", v, "mg/kg", cond=cond))])
    d.table(
        "3",
        "卫生指标",
        rows,
        widths=[56, 34, 56],
        style="zebra",
        notes=[f"注1：{methanol}。", "注2：微生物指标按贴片和膏（泥）状产品的混合样测定。"],
    )
    d.h("4.4", "膜布要求")
    d.p(
        fw("贴片面膜膜布的断裂强力：纵向和横向分别不应小于"),
        V(fw("20 N"), R("膜布的断裂强力", ">=", 20, "N", cond=["纵向", SHEET])),
        "和",
        V(fw("10 N"), R("膜布的断裂强力", ">=", 10, "N", cond=["横向", SHEET])),
        fw("；膜布的荧光增白剂应为阴性。"),
    )
    d.h("5", "试验方法")
    d.cl(
        "5.1",
        fw("pH值：按GB/T 13531.1规定的方法测定，贴片面膜取挤出的精华液，膏（泥）状面膜按1：10稀释后测定。"),
    )
    d.cl("5.2", fw("耐热：将试样置于（40±1）℃的恒温培养箱内24 h，取出恢复至室温后观察。"))
    d.h("6", "检验规则")
    d.cl("6.1", fw("同一配方、同一工艺、同一班次生产的产品为一批，每批随机抽取不少于12片（瓶）。"))
    d.cl("6.2", "出厂检验项目为感官指标、pH值、菌落总数和霉菌和酵母菌总数。")
    d.h("7", "标志、包装、运输、贮存")
    d.cl("7.1", "标志应符合GB 5296.3的规定。")
    d.cl("7.2", fw("产品应贮存在温度不高于30 ℃的阴凉干燥处，保质期不少于2年。"))
    return d
