"""GB/T chemical product 工业无水硫酸钠 (test): class columns Ⅰ类 (优等品 / 一等品), Ⅱ类 (一等品 / 合格品),
Ⅲ类 (合格品) under a two-row header with a 单位 column and a comparator column of its own; values merged
over grades of one class and over classes; "—" cells; a footnote mark restricting a whiteness value; an
``fo:footnote`` on a clause; sampling in a clause (not indicators).  The levels echo the national standard
for anhydrous sodium sulfate for industrial use as remembered; the 2026 edition and every figure are
invented."""

from kit import SAMR, C, Doc, Foot, R, V, front, ladder, references

COLUMNS = [("Ⅰ类", "优等品"), ("Ⅰ类", "一等品"), ("Ⅱ类", "一等品"), ("Ⅱ类", "合格品"), ("Ⅲ类", "合格品")]


def row(label: str, name: str, unit: str, cmp: str, texts: list[str], cond=()) -> list:
    sign = {">=": "≥", "<=": "≤"}[cmp]
    return ladder(
        label, name, unit if unit != "—" else None, cmp, texts, COLUMNS, cond=cond, unit_cell=[unit, sign]
    )


def build() -> Doc:
    d = Doc(
        stem="fo_sodiumsulfate_01",
        category="工业无水硫酸钠",
        code="2613",
        kind="GB/T",
        mark="GB/T",
        short="工业无水硫酸钠",
        number="GB/T 6009—2026",
        replaces=["GB/T 6009—2014"],
        title=["工业无水硫酸钠"],
        title_en="Anhydrous sodium sulphate for industrial use",
        ics="71.060.50",
        ccs="G 12",
        issuers=SAMR,
        issued="2026-06-20",
        effective="2027-01-01",
    )
    front(
        d,
        "GB/T 6009—2014",
        "中国石油和化学工业联合会",
        "全国化学标准化技术委员会无机化工分会（SAC/TC 63/SC 1）",
        "——修改了Ⅰ类优等品的硫酸钠和白度指标（见4.2）；",
        "——增加了Ⅲ类产品的铁含量要求（见4.2）。",
    )
    d.h("1", "范围")
    d.p("本文件规定了工业无水硫酸钠的分类、要求、检验规则、标志、包装、运输和贮存，描述了相应的试验方法。")
    d.p(
        "本文件适用于由天然硝矿、芒硝加工及化工副产制得的工业"
        "无水硫酸钠，主要用于洗涤剂、玻璃、印染和造纸等工业。"
    )
    references(
        d,
        "2",
        "GB/T 3049　化工产品中铁含量测定的通用方法　1,10-菲啰啉分光光度法",
        "GB/T 6678　化工产品采样总则",
        "GB/T 6682　分析实验室用水规格和试验方法",
        "GB/T 23774　无机化工产品白度测定的通用方法",
    )
    d.h("3", "分类")
    d.p("工业无水硫酸钠分为三类：Ⅰ类主要用于合成洗涤剂，Ⅱ类主要用于玻璃和印染，Ⅲ类主要用于造纸和化工原料。")
    d.h("4", "要求")
    d.cl(
        "4.1",
        "外观：",
        V("白色、略带颜色的结晶或粉末", R("外观", "qualitative", text="白色、略带颜色的结晶或粉末")),
        "。",
    )
    d.cl("4.2", "工业无水硫酸钠应符合表1的规定。")
    rows = [
        [C("项　目", rs=2), C("单位", rs=2), C("", rs=2), C("Ⅰ类", cs=2), C("Ⅱ类", cs=2), "Ⅲ类"],
        ["优等品", "一等品", "一等品", "合格品", "合格品"],
        row(
            "硫酸钠（Na<sub>2</sub>SO<sub>4</sub>）",
            "硫酸钠（Na2SO4）",
            "%",
            ">=",
            ["99.3", "99.0", "98.0", "97.0", "92.0"],
        ),
        row("水不溶物", "水不溶物", "%", "<=", ["0.05", "=", "0.10", "0.20", "—"]),
        row("钙和镁（以Mg计）", "钙和镁（以Mg计）", "%", "<=", ["0.10", "0.15", "0.30", "0.40", "0.60"]),
        row("氯化物（以Cl计）", "氯化物（以Cl计）", "%", "<=", ["0.12", "0.35", "0.70", "0.90", "2.0"]),
        row("铁（以Fe计）", "铁（以Fe计）", "%", "<=", ["0.002", "=", "0.010", "0.040", "0.070"]),
        row("水分", "水分", "%", "<=", ["0.10", "0.20", "0.50", "1.0", "1.5"]),
        row(
            "白度（R457）",
            "白度（R457）",
            "%",
            ">=",
            ["85|a", "82|a", "82|a", "—", "="],
            cond=["仅适用于合成洗涤剂和玻璃用产品"],
        ),
        row("pH（50 g/L水溶液）", "pH（50 g/L水溶液）", "—", ">=", ["6.0", "=", "=", "=", "="]),
    ]
    d.table(
        "1",
        "要求",
        rows,
        head=2,
        widths=[46, 14, 8, 18, 18, 18, 18, 18],
        footnotes=["a　仅适用于合成洗涤剂和玻璃用产品。"],
    )
    d.cl(
        "4.3",
        "用于食品级原料加工的产品，砷（As）的质量分数",
        V("不应大于0.000 3%", R("砷（As）的质量分数", "<=", 0.0003, "%", cond=["用于食品级原料加工的产品"])),
        Foot("1)", "由供需双方在合同中约定，并在标签中注明。"),
        "，重金属（以Pb计）的质量分数",
        V(
            "不应大于0.001%",
            R("重金属（以Pb计）的质量分数", "<=", 0.001, "%", cond=["用于食品级原料加工的产品"]),
        ),
        "。",
    )
    d.h("5", "试验方法")
    d.cl("5.1", "硫酸钠含量：以氯化钡重量法测定，沉淀于（800±25）℃灼烧至质量恒定。")
    d.cl("5.2", "铁含量：按GB/T 3049测定。")
    d.cl("5.3", "白度：按GB/T 23774测定，以R457蓝光白度表示。")
    d.h("6", "检验规则")
    d.cl(
        "6.1",
        "每批产品不超过200 t。按GB/T 6678的规定确定采样"
        "单元数，采样时将采样器自包装袋的上方斜插至料层深度的3/4处。",
    )
    d.cl(
        "6.2",
        "检验结果如有指标不符合本文件要求，应重新自两倍量的包装中采样复验"
        "，复验结果即使只有一项指标不符合本文件要求，则整批产品为不合格。",
    )
    d.h("7", "标志、包装、运输和贮存")
    d.p(
        "包装袋上应有牢固清晰的标志，内容包括生产厂名、产品名称、类"
        "别、等级、净含量、批号。产品应贮存于干燥处，防止雨淋受潮。"
    )
    return d
