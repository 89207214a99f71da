"""JC/T 864-style 聚合物乳液建筑防水涂料 (dev): a fully boxed table with a 序号 column, labels spanning two
columns or nested (干燥时间 / 表干, 实干; 加热伸缩率 / 伸长, 缩短), the product types I / II in the value
columns (conditions, not grades), values merged across the types, qualitative cells (不透水, 无裂纹); a
fully boxed table whose rows are treatment conditions (加热处理, 碱处理, 紫外线处理) and whose column
headers carry the names (拉伸强度保持率, 断裂伸长率) over the types; clause limits with 应, 不应, 不得, 须 and
a 分别 list of four, a class code (B1级) as a qualitative value.  The structure echoes JC/T 864 as
remembered; every figure is invented."""

from kit import MIIT, C, Doc, R, V, common_front, references

TYPES = ["I型", "II型"]


def vals(name, cmp, unit, texts, extra=()):
    """Cells for the two types; a single text spans both."""
    if len(texts) == 1:
        text = texts[0]
        if cmp == "qualitative":
            recs = [R(name, "qualitative", cond=[*extra, t], text=text) for t in TYPES]
        else:
            recs = [R(name, cmp, float(text), unit, cond=[*extra, t]) for t in TYPES]
        return [C(V(text, *recs), cs=2)]
    out = []
    for t, text in zip(TYPES, texts, strict=True):
        if cmp == "qualitative":
            out.append(V(text, R(name, "qualitative", cond=[*extra, t], text=text)))
        else:
            out.append(V(text, R(name, cmp, float(text), unit, cond=[*extra, t])))
    return out


def build() -> Doc:
    d = Doc(
        stem="ts2_waterproof_01",
        category="建筑防水涂料",
        code="2641",
        kind="JC/T",
        number="JC/T 864—2026",
        replaces=["JC/T 864—2008"],
        title=["聚合物乳液建筑防水涂料"],
        title_en="Polymer emulsion architectural waterproof coating",
        ics="91.100.50",
        ccs="Q 17",
        filing="80942—2026",
        issuers=MIIT,
        issued="2026-06-05",
        effective="2027-01-01",
    )
    common_front(
        d,
        "JC/T 864—2008《聚合物乳液建筑防水涂料》",
        "中国建筑材料联合会",
        "全国轻质与装饰装修建筑材料标准化技术委员会（SAC/TC 195）",
        ["——增加了紫外线处理后的拉伸性能（见表2）；", "——增加了有害物质限量（见4.4）。"],
    )
    d.h("1", "范围")
    d.p(
        "本文件规定了聚合物乳液建筑防水涂料（以下简称涂料）的分类和标记、要求、检验规则和标志、包装、运输和贮存，描述了相应的试验方法。"
    )
    d.p("本文件适用于以各类聚合物乳液为主要原料，加入其他添加剂而制得的单组分水乳型防水涂料。")
    references(
        d,
        "2",
        "GB/T 16777　建筑防水涂料试验方法",
        "GB 8624　建筑材料及制品燃烧性能分级",
        "GB 18582　建筑用墙面涂料中有害物质限量",
        "GB/T 23446　喷涂聚脲防水涂料",
    )
    d.h("3", "分类和标记")
    d.cl(
        "3.1",
        "产品按物理力学性能分为I型和II型。I型适用于非长期浸水环境下的建筑防水工程，II型适用于长期浸水环境下的建筑防水工程。",
    )
    d.cl(
        "3.2",
        (
            "产品按下列顺序标记：名称、类型、标准号。示例：I型聚合物乳液建筑防水涂料标记为："
            "PEW I JC/T 864—2026。"
        ),
    )
    d.h("4", "要求")
    d.cl("4.1", "外观：产品经搅拌后无结块，呈均匀状态。")
    d.cl("4.2", "物理力学性能应符合表1的规定。")
    rows = [
        [C("序号", rs=2), C("试验项目", rs=2, cs=2), C("指　　标", cs=2)],
        TYPES,
        ["1", C("固体含量/%　　≥", cs=2, align="l"), *vals("固体含量", ">=", "%", ["65"])],
        [
            C("2", rs=2),
            C("干燥时间/h　≤", rs=2, align="l"),
            "表干时间",
            *vals("干燥时间", "<=", "h", ["4"], ["表干时间"]),
        ],
        ["实干时间", *vals("干燥时间", "<=", "h", ["8"], ["实干时间"])],
        [
            "3",
            C("拉伸强度（无处理）/MPa　≥", cs=2, align="l"),
            *vals("拉伸强度（无处理）", ">=", "MPa", ["1.0", "1.5"]),
        ],
        [
            "4",
            C("断裂伸长率（无处理）/%　≥", cs=2, align="l"),
            *vals("断裂伸长率（无处理）", ">=", "%", ["300"]),
        ],
        [
            "5",
            C("低温柔性（绕φ10 mm棒，棒弯180°）", cs=2, align="l"),
            *vals("低温柔性", "qualitative", None, ["-10 ℃，无裂纹", "-20 ℃，无裂纹"]),
        ],
        [
            "6",
            C("不透水性（0.3 MPa，30 min）", cs=2, align="l"),
            *vals("不透水性", "qualitative", None, ["不透水"]),
        ],
        [
            C("7", rs=2),
            C("加热伸缩率/%　≤", rs=2, align="l"),
            "伸长",
            *vals("加热伸缩率", "<=", "%", ["1.0"], ["伸长"]),
        ],
        ["缩短", *vals("加热伸缩率", "<=", "%", ["1.0"], ["缩短"])],
    ]
    d.table("1", "物理力学性能", rows, head=2, widths=[14, 46, 26, 32, 32], style="grid")
    d.cl("4.3", "处理后的拉伸性能应符合表2的规定。")
    treated = [
        [C("处理条件", rs=2), C("拉伸强度保持率/%　≥", cs=2), C("断裂伸长率/%　≥", cs=2)],
        [*TYPES, *TYPES],
    ]
    for cond, keep, elong in [
        ("加热处理", ["80"], ["200"]),
        ("碱处理", ["60", "70"], ["200", "220"]),
        ("紫外线处理", ["80"], ["200"]),
    ]:
        treated.append(
            [
                cond,
                *vals("拉伸强度保持率", ">=", "%", keep, [cond]),
                *vals("断裂伸长率", ">=", "%", elong, [cond]),
            ]
        )
    d.table(
        "2",
        "处理后的拉伸性能",
        treated,
        head=2,
        widths=[34, 29, 29, 29, 29],
        style="grid",
        notes=["注：拉伸强度保持率为处理后拉伸强度与无处理拉伸强度之比。"],
    )
    d.cl(
        "4.4",
        "有害物质：涂料中挥发性有机化合物（VOC）的含量",
        V("不应大于80 g/L", R("挥发性有机化合物（VOC）的含量", "<=", 80, "g/L")),
        "，游离甲醛的含量",
        V("不得超过100 mg/kg", R("游离甲醛的含量", "<=", 100, "mg/kg")),
        "；可溶性铅、镉、六价铬和汞的含量",
        V("分别不大于90 mg/kg", R("可溶性铅的含量", "<=", 90, "mg/kg")),
        "、",
        V("75 mg/kg", R("可溶性镉的含量", "<=", 75, "mg/kg")),
        "、",
        V("60 mg/kg", R("可溶性六价铬的含量", "<=", 60, "mg/kg")),
        "和",
        V("60 mg/kg", R("可溶性汞的含量", "<=", 60, "mg/kg")),
        "。",
    )
    d.cl(
        "4.5",
        "用于室内的涂料，其燃烧性能须达到GB 8624规定的",
        V("B1级", R("燃烧性能", "qualitative", cond=["用于室内的涂料"], text="B1级")),
        "；涂膜表面应平整，不应有裂纹和气泡。",
    )
    d.h("5", "试验方法")
    d.cl(
        "5.1",
        "标准试验条件：温度（23±2）℃，相对湿度（50±10）%；试验前样品及所用器具在标准试验条件下放置24 h。",
    )
    d.cl(
        "5.2",
        (
            "涂膜制备：将样品分2～3次涂覆于模框内，每次间隔8 h～24 h，涂膜总厚度为（"
            "1.5±0.2）mm，养护96 h后脱模，再养护72 h。"
        ),
    )
    d.cl("5.3", "拉伸强度保持率按式（1）计算：")
    d.math(r"R_t = \frac{P_1}{P_0} \times 100\%", "1")
    d.where(
        "<m>R_t</m>——拉伸强度保持率，%；",
        "<m>P_1</m>——处理后的拉伸强度，单位为兆帕（MPa）；",
        "<m>P_0</m>——无处理的拉伸强度，单位为兆帕（MPa）。",
    )
    d.cl("5.4", "碱处理：试件在0.1%氢氧化钠溶液中加入氢氧化钙至饱和，在（23±2）℃下浸泡168 h。")
    d.h("6", "检验规则")
    d.cl("6.1", "出厂检验项目为外观、固体含量、干燥时间、拉伸强度、断裂伸长率、低温柔性和不透水性。")
    d.cl("6.2", "以同一类型的10 t产品为一批，不足10 t亦为一批；每批随机抽取5 kg样品。")
    d.cl("6.3", "各项试验结果均符合第4章规定时，判该批产品合格；有两项或两项以上不符合时，判该批产品不合格。")
    d.h("7", "标志、包装、运输和贮存")
    d.cl("7.1", "包装上应标明产品名称、类型、标记、净含量、生产日期和贮存期。")
    d.cl("7.2", "产品在5 ℃～35 ℃条件下贮存，贮存期自生产之日起为6个月，运输和贮存时不得受冻。")
    return d
