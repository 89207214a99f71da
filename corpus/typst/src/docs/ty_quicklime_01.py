"""JC/T 479-style 建筑生石灰 (test): a grid table whose value columns are two lime types over three grades
(钙质生石灰 / 镁质生石灰 × 优等品 / 一等品 / 合格品), comparators at the end of the labels, a footnote that
restricts a row, a table of 生石灰粉 fineness by grade, a 最小值 | 最大值 table of lump sizes with "—"
opening a side, and a 分别 clause.  Echoes the structure of the former JC/T 479; every figure here is
invented for this corpus."""

from kit import MIIT, C, Doc, R, V, common_front, references

GRADES = ["优等品", "一等品", "合格品"]
CA, MG = "钙质生石灰", "镁质生石灰"
COLS = [(CA, g) for g in GRADES] + [(MG, g) for g in GRADES]


def row(label, name, cmp, unit, texts, cond=()):
    out = [C(label, align="l")]
    col = 0
    for text in texts:
        text, span = text if isinstance(text, tuple) else (text, 1)
        recs = [R(name, cmp, float(text), unit, grade=g, cond=[k, *cond]) for k, g in COLS[col : col + span]]
        out.append(C(V(text, *recs), cs=span))
        col += span
    return out


def build() -> Doc:
    d = Doc(
        stem="ty_quicklime_01",
        category="建筑生石灰",
        code="3012",
        kind="JC/T",
        number="JC/T 479—2026",
        title=["建筑生石灰"],
        title_en="Quicklime for building purposes",
        replaces=["JC/T 479—2013"],
        ics="91.100.10",
        ccs="Q 11",
        filing="86021—2026",
        issuers=MIIT,
        issued="2026-04-20",
        effective="2026-11-01",
    )
    common_front(
        d,
        "JC/T 479—2013",
        "中国建筑材料联合会",
        "全国石灰标准化技术委员会（SAC/TC 569）",
        ["——恢复了按优等品、一等品和合格品划分等级；", "——增加了块状生石灰的粒度要求。"],
    )
    d.h("1", "范围")
    d.p("本文件规定了建筑生石灰的分类和标记、要求、试验方法、检验规则、包装、标志、运输和贮存。")
    d.p("本文件适用于建筑工程用的块状生石灰和生石灰粉。")
    references(
        d,
        "2",
        "GB/T 5484　石膏化学分析方法",
        "JC/T 478.1　建筑石灰试验方法　第1部分：物理试验方法",
        "JC/T 478.2　建筑石灰试验方法　第2部分：化学分析方法",
    )
    d.h("3", "分类和标记")
    d.cl(
        "3.1",
        "按氧化镁含量，建筑生石灰分为钙质生石灰（氧化镁含量不大于5%）和镁质生石灰（氧化镁含量大于5%）。",
    )
    d.cl("3.2", "按加工情况分为块状生石灰和生石灰粉。")
    d.cl("3.3", "标记示例：钙质生石灰粉，优等品，标记为：钙质生石灰粉　优等品　JC/T 479—2026。")
    d.h("4", "要求")
    d.cl("4.1", "建筑生石灰的化学成分和物理性能应符合表1的要求。")
    fa = "用于配制石灰膏的生石灰检验此项"
    d.table(
        "1",
        "建筑生石灰的化学成分和物理性能",
        [
            [C("项　　目", rs=2), C(CA, cs=3), C(MG, cs=3)],
            GRADES + GRADES,
            row(
                "（CaO＋MgO）含量/%　　≥", "（CaO＋MgO）含量", ">=", "%", ["90", "85", "80", "85", "80", "75"]
            ),
            row(
                "未消化残渣含量（5 mm圆孔筛余）/%　≤",
                "未消化残渣含量（5 mm圆孔筛余）",
                "<=",
                "%",
                ["5", "10", "15", "5", "10", "15"],
            ),
            row("CO<sub>2</sub>含量/%　　≤", "CO2含量", "<=", "%", ["5", "7", "9", "6", "8", "10"]),
            row(
                "产浆量<sup>a</sup>/(L/kg)　　≥",
                "产浆量",
                ">=",
                "L/kg",
                ["2.8", "2.3", "2.0", ("2.8", 1), ("2.3", 2)],
                cond=[fa],
            ),
            row("SO<sub>3</sub>含量/%　　≤", "SO3含量", "<=", "%", [("2.0", 6)]),
        ],
        head=2,
        widths=[58, 18, 18, 18, 18, 18, 18],
        footnotes=[f"<sup>a</sup>　{fa}。"],
    )
    d.cl("4.2", "生石灰粉的细度应符合表2的要求。")
    d.table(
        "2",
        "生石灰粉的细度",
        [
            ["项　　目", *GRADES],
            [C("0.90 mm筛的筛余/%　　≤", align="l")]
            + [
                V(t, R("0.90 mm筛的筛余", "<=", float(t), "%", grade=g, cond=["生石灰粉"]))
                for g, t in zip(GRADES, ["0.2", "0.5", "1.5"], strict=True)
            ],
            [C("0.125 mm筛的筛余/%　　≤", align="l")]
            + [
                V(t, R("0.125 mm筛的筛余", "<=", float(t), "%", grade=g, cond=["生石灰粉"]))
                for g, t in zip(GRADES, ["7.0", "12.0", "18.0"], strict=True)
            ],
        ],
        widths=[60, 30, 30, 30],
    )
    d.cl("4.3", "块状生石灰的粒度应符合表3的要求。")
    d.table(
        "3",
        "块状生石灰的粒度",
        [
            ["项　　目", "最小值", "最大值"],
            [
                C("粒径5 mm～50 mm的质量分数/%", align="l"),
                V("85", R("粒径5 mm～50 mm的质量分数", ">=", 85, "%", cond=["块状生石灰"])),
                "—",
            ],
            [
                C("粒径小于5 mm的质量分数/%", align="l"),
                "—",
                V("10", R("粒径小于5 mm的质量分数", "<=", 10, "%", cond=["块状生石灰"])),
            ],
            [
                C("粒径大于50 mm的质量分数/%", align="l"),
                "—",
                V("5", R("粒径大于50 mm的质量分数", "<=", 5, "%", cond=["块状生石灰"])),
            ],
        ],
        widths=[80, 35, 35],
        style="open",
    )
    d.cl(
        "4.4",
        "生石灰的消化温度和消化时间应分别不低于",
        V("60 ℃", R("消化温度", ">=", 60, "℃")),
        "和不超过",
        V("15 min", R("消化时间", "<=", 15, "min")),
        "。",
    )
    d.h("5", "试验方法")
    d.cl("5.1", "化学成分按JC/T 478.2的规定进行；SO<sub>3</sub>含量按GB/T 5484的规定进行。")
    d.cl("5.2", "产浆量、未消化残渣含量按JC/T 478.1的规定进行，试样量为（1 000±1）g。")
    d.h("6", "检验规则")
    d.cl("6.1", "日产量200 t以上的，每批不大于200 t；日产量不足200 t的，以日产量为一批。")
    d.cl("6.2", "取样时从整批物料的不同部位选取，取样点不少于25个，每个点的取样量不少于2 kg。")
    d.h("7", "包装、标志、运输和贮存")
    d.cl("7.1", "生石灰粉采用袋装，每袋净含量为（25±0.5）kg或（50±1.0）kg。")
    d.cl("7.2", "建筑生石灰在运输和贮存时不应受潮和混入杂物，贮存期不宜超过一个月。")
    return d
