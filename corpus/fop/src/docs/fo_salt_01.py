"""GB/T graded condiment 食用盐 (dev): class columns (精制盐 / 粉碎洗涤盐 / 日晒盐) over grade ladders
(优级 / 一级 / 二级) under a two-row header, the unit and comparator at the end of the row label
(``白度/度　≥``), values merged over grades of one class; a qualitative 感官 table; an anticaking agent
limit restricted by an ``fo:footnote`` at the page foot; a barium limit in a clause with a word comparator;
a sampling table by batch size (not indicators).  The levels echo the national standard for edible salt as
remembered; the 2026 edition and every figure are invented."""

from kit import SAMR, C, Doc, Foot, R, V, front, ladder, references

CLASSES = {"精制盐": ["优级", "一级", "二级"], "粉碎洗涤盐": ["一级", "二级"], "日晒盐": ["一级", "二级"]}
COLUMNS = [(cls, g) for cls, grades in CLASSES.items() for g in grades]


def row(label: str, name: str, unit: str | None, cmp: str, texts: list[str]) -> list:
    return ladder(label, name, unit, cmp, texts, COLUMNS)


def build() -> Doc:
    d = Doc(
        stem="fo_salt_01",
        category="食用盐",
        code="1494",
        kind="GB/T",
        mark="GB/T",
        short="食用盐",
        number="GB/T 5461—2026",
        replaces=["GB/T 5461—2016"],
        title=["食用盐"],
        title_en="Edible salt",
        ics="67.220.10",
        ccs="X 16",
        issuers=SAMR,
        issued="2026-05-28",
        effective="2026-12-01",
    )
    front(
        d,
        "GB/T 5461—2016",
        "中国盐业协会",
        "全国盐业标准化技术委员会（SAC/TC 281）",
        "——修改了精制盐优级的白度和氯化钠指标（见4.2，2016年版的4.2）；",
        "——增加了抗结剂亚铁氰化钾的限量（见4.3）；",
        "——删除了低钠盐的要求（见2016年版的第5章）。",
    )
    d.h("1", "范围")
    d.p("本文件规定了食用盐的分类、技术要求、检验规则以及标志、包装、运输和贮存，描述了相应的试验方法。")
    d.p("本文件适用于以海盐、湖盐或矿盐为原料生产的食用盐，不适用于多品种盐和低钠盐。")
    references(
        d,
        "2",
        "GB 2721　食品安全国家标准　食用盐",
        "GB 2760　食品安全国家标准　食品添加剂使用标准",
        "GB 26878　食品安全国家标准　食用盐碘含量",
        "GB/T 13025.1　制盐工业通用试验方法　粒度的测定",
        "GB/T 13025.2　制盐工业通用试验方法　白度的测定",
        "GB/T 13025.3　制盐工业通用试验方法　水分的测定",
        "GB/T 13025.6　制盐工业通用试验方法　钙和镁的测定",
    )
    d.h("3", "分类")
    d.p(
        "按生产工艺分为精制盐、粉碎洗涤盐和日晒盐；按质量分为"
        "优级、一级和二级，粉碎洗涤盐和日晒盐分为一级和二级。"
    )
    d.h("4", "技术要求")
    d.cl("4.1", "感官要求应符合表1的规定。")
    sensory = [
        ["项　目", "要　求", "检验方法"],
        [
            "色泽、滋味",
            V("白色，味咸，无异味", R("色泽、滋味", "qualitative", text="白色，味咸，无异味")),
            C("取20 g试样于白色瓷盘中，在自然光下观察色泽和杂质，品尝滋味", rs=2),
        ],
        ["杂质", V("无正常视力可见外来异物", R("杂质", "qualitative", text="无正常视力可见外来异物"))],
    ]
    d.table("1", "感官要求", sensory, widths=[30, 60, 70], cont=False)
    d.cl("4.2", "理化指标应符合表2的规定。")
    head = [
        [C("项　目", rs=2), C("精制盐", cs=3), C("粉碎洗涤盐", cs=2), C("日晒盐", cs=2)],
        ["优级", "一级", "二级", "一级", "二级", "一级", "二级"],
    ]
    rows = [
        *head,
        row("白度/度　≥", "白度", "度", ">=", ["80", "75", "67", "55", "=", "55", "="]),
        row(
            "粒度（0.15 mm～0.85 mm）/%　≥",
            "粒度（0.15 mm～0.85 mm）",
            "%",
            ">=",
            ["85", "80", "75", "—", "=", "—", "="],
        ),
        row(
            "氯化钠（以湿基计）/(g/100 g)　≥",
            "氯化钠（以湿基计）",
            "g/100 g",
            ">=",
            ["99.1", "98.5", "97.2", "97.2", "95.5", "93.5", "91.5"],
        ),
        row(
            "水分/(g/100 g)　≤",
            "水分",
            "g/100 g",
            "<=",
            ["0.30", "0.50", "0.80", "2.10", "3.20", "4.80", "6.40"],
        ),
        row(
            "水不溶物/(g/100 g)　≤",
            "水不溶物",
            "g/100 g",
            "<=",
            ["0.03", "0.05", "0.10", "0.10", "0.20", "0.10", "0.20"],
        ),
        row(
            "钙镁离子（以Ca<sup>2+</sup>计）/(g/100 g)　≤",
            "钙镁离子（以Ca2+计）",
            "g/100 g",
            "<=",
            ["0.15", "0.25", "0.40", "0.60", "=", "0.80", "="],
        ),
    ]
    d.table(
        "2",
        "理化指标",
        rows,
        head=2,
        widths=[52, 16, 16, 16, 16, 16, 16, 16],
        notes=["注：日晒盐的粒度按供需双方合同约定执行。"],
    )
    d.cl(
        "4.3",
        "抗结剂亚铁氰化钾（以[Fe(CN)",
        "<sub>6</sub>]<sup>4−</sup>计）的添加量应符合GB 2760的规定，其残留量",
        V("不应大于10 mg/kg", R("亚铁氰化钾", "<=", 10, "mg/kg", cond=["仅适用于添加抗结剂的食用盐"])),
        Foot("1)", "仅适用于添加抗结剂的食用盐。"),
        "。",
    )
    d.cl(
        "4.4",
        "钡（以Ba计）",
        V("不应超过15 mg/kg", R("钡（以Ba计）", "<=", 15, "mg/kg")),
        "；其他污染物限量应符合GB 2721的规定。",
    )
    d.cl("4.5", "加碘食用盐的碘含量应符合GB 26878的规定。")
    d.h("5", "试验方法")
    d.cl("5.1", "白度按GB/T 13025.2测定，以MgO标准白板的白度为100度。")
    d.cl("5.2", "粒度按GB/T 13025.1测定，使用孔径0.15 mm和0.85 mm的试验筛。")
    d.cl("5.3", "水分按GB/T 13025.3测定，干燥温度（140±2）℃，干燥时间2 h。")
    d.h("6", "检验规则")
    d.cl("6.1", "同一班次、同一规格的产品为一批。按表3抽取样品，每件取样不少于500 g。")
    sampling = [
        ["批量（件）", "抽样件数（件）"],
        ["≤500", "4"],
        ["501～3 200", "6"],
        ["3 201～10 000", "10"],
        ["＞10 000", "15"],
    ]
    d.table("3", "抽样件数", sampling, widths=[50, 50], cont=False)
    d.cl(
        "6.2",
        "检验结果有一项不符合本文件要求时，可在同批产品中加倍"
        "抽样复检，复检结果仍不合格，判该批产品降级或不合格。",
    )
    d.h("7", "标志、包装、运输和贮存")
    d.cl("7.1", "产品标签应标明产品类别、等级，加碘食用盐应标明“加碘”字样。")
    d.cl("7.2", "产品应贮存在清洁、干燥、通风的库房内，不应与有毒、有害物品混贮。")
    return d
