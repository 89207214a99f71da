"""GB/T 8372-style 牙膏 (dev): a sensory row, a physico-chemical table whose value columns are the
adult and children's products (conditions), ranges in cells, values and qualitative cells merged across
both columns, footnotes that restrict the fluoride rows, 不得检出, a microbiological table with the
comparator in the header, and clause limits.  Echoes the structure of the real GB/T 8372 and GB 22115;
every figure here is invented for this corpus."""

from kit import SAMR, C, Doc, R, V, common_front, references

AD, KID = "成人牙膏", "儿童牙膏"


def both(name, cmp, text, unit=None, cond=(), vmax=None, value=None):
    """One cell merged across the two columns: one record per column."""
    if cmp == "qualitative":
        recs = [R(name, cmp, unit=unit, cond=[col, *cond], text=text) for col in (AD, KID)]
    elif cmp == "not_detected":
        recs = [R(name, cmp, unit=unit, cond=[col, *cond], text=text) for col in (AD, KID)]
    else:
        recs = [R(name, cmp, value, unit, cond=[col, *cond], vmax=vmax) for col in (AD, KID)]
    return C(V(text, *recs), cs=2)


def build() -> Doc:
    d = Doc(
        stem="ty_toothpaste_01",
        category="牙膏",
        code="2683",
        kind="GB/T",
        number="GB/T 8372—2026",
        title=["牙膏"],
        title_en="Toothpaste",
        replaces=["GB/T 8372—2017"],
        ics="71.100.70",
        ccs="Y 42",
        issuers=SAMR,
        issued="2026-05-30",
        effective="2026-12-01",
    )
    common_front(
        d,
        "GB/T 8372—2017",
        "中国轻工业联合会",
        "全国口腔护理用品标准化技术委员会（SAC/TC 580）",
        ["——增加了儿童牙膏的理化指标；", "——修改了可溶氟或游离氟量的要求；", "——增加了二甘醇的要求。"],
    )
    d.h("1", "范围")
    d.p("本文件规定了牙膏的分类、要求、试验方法、检验规则和标志、包装、运输、贮存。")
    d.p(
        "本文件适用于以摩擦剂、保湿剂、增稠剂、发泡剂、芳香剂、水和其他添加剂（含用于改善口腔健康状况的功效成分）混合组成的膏状物质。"
    )
    references(
        d,
        "2",
        "GB 22115　牙膏用原料规范",
        "GB/T 13531.1　化妆品通用检验方法　pH值的测定",
        "JJF 1070　定量包装商品净含量计量检验规则",
    )
    d.h("3", "术语和定义")
    d.cl("3.1", "<b>儿童牙膏</b>　标示适用于12岁以下儿童使用的牙膏。")
    d.cl("3.2", "<b>含氟牙膏</b>　含有氟化物、可溶氟或游离氟量为0.05%～0.15%的牙膏。")
    d.h("4", "要求")
    d.cl("4.1", "原料：牙膏所使用的原料应符合GB 22115的规定。")
    d.cl("4.2", "感官指标、理化指标应符合表1的规定。")
    fl = "适用于含氟牙膏"
    d.table(
        "1",
        "感官指标、理化指标",
        [
            [C("项　　目", cs=2), AD, KID],
            [C("感官指标", rs=2), "膏体", both("膏体", "qualitative", "均匀、无异物")],
            ["香味", both("香味", "qualitative", "符合规定香型")],
            [C("理化指标", rs=10), "稠度/mm", both("稠度", "range", "9～33", "mm", value=9, vmax=33)],
            ["挤膏压力/kPa　≤", both("挤膏压力", "<=", "392", "kPa", value=392)],
            [
                "pH值",
                V("5.5～10.5", R("pH值", "range", 5.5, None, cond=[AD], vmax=10.5)),
                V("5.5～10.0", R("pH值", "range", 5.5, None, cond=[KID], vmax=10.0)),
            ],
            ["稳定性", both("稳定性", "qualitative", "膏体不溢出管口，不分离出液体，香味色泽正常")],
            ["过硬颗粒", both("过硬颗粒", "qualitative", "玻片无划痕")],
            [
                "可溶氟或游离氟量<sup>a</sup>/%",
                V("0.05～0.15", R("可溶氟或游离氟量", "range", 0.05, "%", cond=[AD, fl], vmax=0.15)),
                V("0.05～0.11", R("可溶氟或游离氟量", "range", 0.05, "%", cond=[KID, fl], vmax=0.11)),
            ],
            [
                "总氟量<sup>a</sup>/%　≤",
                V("0.15", R("总氟量", "<=", 0.15, "%", cond=[AD, fl])),
                V("0.11", R("总氟量", "<=", 0.11, "%", cond=[KID, fl])),
            ],
            [
                "铅（Pb）/(mg/kg)　≤",
                V("15", R("铅（Pb）", "<=", 15, "mg/kg", cond=[AD])),
                V("10", R("铅（Pb）", "<=", 10, "mg/kg", cond=[KID])),
            ],
            ["砷（As）/(mg/kg)　≤", both("砷（As）", "<=", "5", "mg/kg", value=5)],
            ["二甘醇<sup>b</sup>", both("二甘醇", "not_detected", "不得检出")],
        ],
        widths=[24, 52, 44, 44],
        footnotes=[f"<sup>a</sup>　{fl}。", "<sup>b</sup>　检出限为0.01%（质量分数）。"],
    )
    d.note("注：稳定性试验条件为（45±1）℃和（-8±2）℃各放置8 h后，恢复至室温观察。")
    d.cl("4.3", "微生物指标应符合表2的规定。")
    d.table(
        "2",
        "微生物指标",
        [
            ["项　　目", "指　　标"],
            [C("菌落总数/(CFU/g)　≤", align="l"), V("500", R("菌落总数", "<=", 500, "CFU/g"))],
            [
                C("霉菌与酵母菌总数/(CFU/g)　≤", align="l"),
                V("100", R("霉菌与酵母菌总数", "<=", 100, "CFU/g")),
            ],
            [
                C("耐热大肠菌群/g", align="l"),
                V("不得检出", R("耐热大肠菌群", "not_detected", text="不得检出")),
            ],
            [
                C("铜绿假单胞菌/g", align="l"),
                V("不得检出", R("铜绿假单胞菌", "not_detected", text="不得检出")),
            ],
            [
                C("金黄色葡萄球菌/g", align="l"),
                V("不得检出", R("金黄色葡萄球菌", "not_detected", text="不得检出")),
            ],
        ],
        widths=[80, 60],
    )
    d.cl("4.4", "净含量：定量包装牙膏的净含量应符合JJF 1070的规定。")
    d.cl(
        "4.5",
        "包装：软管封尾应平整、牢固，封尾的剥离强度",
        V("不应小于30 N/15 mm", R("封尾的剥离强度", ">=", 30, "N/15 mm", cond=["软管"])),
        "；管口螺纹与管帽配合后，",
        V("松脱扭矩不应小于0.3 N·m", R("松脱扭矩", ">=", 0.3, "N·m", cond=["管口螺纹与管帽配合后"])),
        "。",
    )
    d.cl(
        "4.6",
        "儿童牙膏的单支净含量",
        V("不应大于120 g", R("单支净含量", "<=", 120, "g", cond=[KID])),
        "，每支包装上应标注“儿童使用时，每次用量宜为豌豆大小”的字样。",
    )
    d.h("5", "试验方法")
    d.cl("5.1", "稠度：在（20±2）℃下，将牙膏从稠度架的管口挤出，读取膏条的停留位置，精确至1 mm。")
    d.cl("5.2", "pH值：称取试样5 g，加入20 mL新煮沸并冷却的蒸馏水，充分搅拌，按GB/T 13531.1测定。")
    d.cl("5.3", "过硬颗粒：取试样约0.5 g于载玻片上，另取一载玻片叠压，往返摩擦20次，观察玻片表面。")
    d.h("6", "检验规则")
    d.cl("6.1", "同一配方、同一工艺、同一班次生产的产品为一批。")
    d.cl("6.2", "出厂检验项目为感官指标、稠度、挤膏压力、pH值和净含量。型式检验每年至少进行一次。")
    d.h("7", "标志、包装、运输、贮存")
    d.cl("7.1", "产品应贮存在温度不高于40 ℃的通风干燥仓库内，离地10 cm以上。")
    d.cl("7.2", "在符合规定的运输和贮存条件下，产品在包装完好、未经启封的情况下，保质期不少于2年。")
    return d
