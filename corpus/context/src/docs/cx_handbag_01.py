"""QB/T sector standard 背提包 (test): a grade ladder 优等品 / 一等品 / 合格品 in a full-grid natural
table with units and comparators at the end of the labels, sub-labels (背带 / 提把) under a parent label,
values merged over grades, a qualitative pass / fail cell per grade; a harmful-substance clause; sizes
with a ± tolerance without a centre; test loads and drop heights not counted.  The levels echo the
light-industry sector standard for bags as remembered; the number and every figure are invented."""

from kit import C, Doc, R, V, front, references

GRADES = ["优等品", "一等品", "合格品"]


def graded(label, name: str, unit: str | None, cmp: str, texts: list[str], cond=(), span=2) -> list:
    cells: list = [C(label, align="l", cs=span)]
    if len(texts) == 1:
        cells.append(
            C(
                V(
                    texts[0],
                    *[
                        R(name, cmp, float(texts[0].replace(" ", "")), unit, grade=g, cond=list(cond))
                        for g in GRADES
                    ],
                ),
                cs=3,
            )
        )
    else:
        cells += [
            V(t, R(name, cmp, float(t.replace(" ", "")), unit, grade=g, cond=list(cond)))
            for t, g in zip(texts, GRADES, strict=True)
        ]
    return cells


def build() -> Doc:
    d = Doc(
        stem="cx_handbag_01",
        category="背提包",
        code="1922",
        kind="QB/T",
        mark="QB",
        short="背提包",
        number="QB/T 1333—2026",
        replaces=["QB/T 1333—2018"],
        title=["背提包"],
        title_en="Handbags and shoulder bags",
        ics="61.060",
        ccs="Y 46",
        filing="80966—2026",
        issuers=["中华人民共和国工业和信息化部"],
        issued="2026-05-30",
        effective="2026-12-01",
    )
    front(
        d,
        "本文件代替QB/T 1333—2018《背提包》，与QB/T 1333—2018相比，主要技术变化如下：",
        "——增加了拉链耐用性要求；",
        "——修改了背带和提把的拉力指标。",
        "本文件由中国轻工业联合会提出。",
        "本文件由全国皮革工业标准化技术委员会（SAC/TC 252）归口。",
    )
    d.h("1", "范围")
    d.p("本文件规定了背提包的分类、要求、试验方法、检验规则及标志、包装、运输和贮存。")
    d.p("本文件适用于以天然皮革、人造革、合成革、纺织品等为面料制成的各类背提包。")
    references(
        d,
        "2",
        "GB/T 2912.1　纺织品　甲醛的测定　第1部分：游离和水解的甲醛（水萃取法）",
        "GB/T 19942　皮革和毛皮　化学试验　禁用偶氮染料的测定",
        "QB/T 1586.1　箱包五金配件　箱锁",
        "QB/T 2922　箱包　振荡冲击试验方法",
    )
    d.h("3", "分类")
    d.p("按用途分为手提包、单肩包、斜挎包和双肩背包。")
    d.h("4", "要求")
    d.cl("4.1", "物理机械性能应符合表1的规定。")
    rows = [
        [C("项　目", cs=2, rs=2), C("要　求", cs=3)],
        GRADES,
        [
            C("背带、提把拉力/N　≥", rs=2, align="l"),
            *graded("背带", "背带、提把拉力", "N", ">=", ["250", "200", "150"], ["背带"], 1),
        ],
        graded("提把", "背带、提把拉力", "N", ">=", ["300", "250", "200"], ["提把"], 1),
        graded("缝合强度/（N/cm）　≥", "缝合强度", "N/cm", ">=", ["80", "60", "50"]),
        graded("拉链耐用性/次　≥", "拉链耐用性", "次", ">=", ["1 000", "800", "500"]),
        graded("五金件耐腐蚀/h　≥", "五金件耐腐蚀", "h", ">=", ["24", "16", "8"]),
        [
            C("振荡冲击", align="l", cs=2),
            V(
                "振荡1 000次，无脱线、断裂",
                R("振荡冲击", "qualitative", grade="优等品", text="振荡1 000次，无脱线、断裂"),
            ),
            C(
                V(
                    "振荡600次，无脱线、断裂",
                    *[
                        R("振荡冲击", "qualitative", grade=g, text="振荡600次，无脱线、断裂")
                        for g in GRADES[1:]
                    ],
                ),
                cs=2,
            ),
        ],
        graded("耐摩擦色牢度（干摩）/级　≥", "耐摩擦色牢度（干摩）", "级", ">=", ["4", "3", "3"]),
    ]
    d.table("1", "物理机械性能", rows, head=2, widths=[34, 16, 32, 32, 32])
    d.cl(
        "4.2",
        "规格尺寸：包体长、宽、高的尺寸偏差",
        V("±5 mm", R("尺寸偏差", "range", -5, "mm", vmax=5, cond=["包体长、宽、高"])),
        "。",
    )
    d.cl(
        "4.3",
        "有害物质：纺织品面料和里料的甲醛含量",
        V("不应大于75 mg/kg", R("甲醛含量", "<=", 75, "mg/kg", cond=["纺织品面料和里料"])),
        "，皮革面料中可分解有害芳香胺染料",
        V("不应大于30 mg/kg", R("可分解有害芳香胺染料", "<=", 30, "mg/kg", cond=["皮革面料"])),
        "。",
    )
    d.cl("4.4", "外观：包体端正，面料无明显伤残，缝线平直，针距均匀，五金件光亮无锈蚀。")
    d.h("5", "试验方法")
    d.cl("5.1", "拉力：包内装入规定负荷，以（100±10）mm/min的速度拉伸至规定值，保持1 min。")
    d.cl("5.2", "振荡冲击：按QB/T 2922进行，负重为容积的1/3（以干砂计），振荡频率为1 Hz。")
    d.cl("5.3", "五金件耐腐蚀：按中性盐雾试验进行，盐溶液浓度为（50±5）g/L。")
    d.h("6", "检验规则")
    d.cl("6.1", "同一品种、同一规格的产品以500只为一批，不足500只也为一批。")
    d.cl("6.2", "外观检验每批抽取20只，不合格数不超过2只时判该批合格。")
    d.h("7", "标志、包装、运输和贮存")
    d.p("每只产品应有合格证和使用说明，应贮存于通风干燥处，防止霉变。")
    return d
