"""GB 19342-style 牙刷 (test, a mandatory national standard): a performance table whose value columns are
the adult and children's toothbrushes (conditions) with values and qualitative cells merged across both,
clause limits (分别, a sum limit, 不应大于), and a table of migratable elements whose columns are the
elements over a unit line, for the children's product's coloured parts.  Echoes the structure of the real
GB 19342 and the toy-safety element limits; every figure here is invented for this corpus."""

from kit import SAMR, C, Doc, R, V, common_front, references

AD, KID = "成人牙刷", "儿童牙刷"


def both(name, cmp, text, unit=None, value=None):
    if cmp == "qualitative":
        recs = [R(name, cmp, unit=unit, cond=[c], text=text) for c in (AD, KID)]
    else:
        recs = [R(name, cmp, value, unit, cond=[c]) for c in (AD, KID)]
    return C(V(text, *recs), cs=2)


def build() -> Doc:
    d = Doc(
        stem="ty_toothbrush_01",
        category="牙刷",
        code="4111",
        kind="GB",
        number="GB 19342—2026",
        title=["牙刷"],
        title_en="Toothbrushes",
        replaces=["GB 19342—2013"],
        ics="97.170",
        ccs="Y 42",
        issuers=SAMR,
        issued="2026-05-30",
        effective="2027-06-01",
    )
    common_front(
        d,
        "GB 19342—2013",
        "中国轻工业联合会",
        "全国口腔护理用品标准化技术委员会（SAC/TC 580）",
        ["——增加了儿童牙刷着色部件中可迁移元素的限量；", "——修改了毛束拉力的要求。"],
    )
    d.h("1", "范围")
    d.p("本文件规定了手动牙刷的术语和定义、分类、要求、试验方法、检验规则和标志、包装、运输、贮存。")
    d.p("本文件适用于以塑料为刷柄材料、以尼龙丝或聚酯丝为刷毛材料的手动牙刷，不适用于电动牙刷。")
    references(
        d,
        "2",
        "GB 6675.4　玩具安全　第4部分：特定元素的迁移",
        "GB/T 22048　玩具及儿童用品中特定邻苯二甲酸酯增塑剂的测定",
        "QB/T 2966　牙刷丝",
    )
    d.h("3", "术语和定义")
    d.cl("3.1", "<b>儿童牙刷</b>　适用于12岁以下儿童使用的牙刷，按年龄分为0岁～6岁和6岁～12岁两类。")
    d.cl("3.2", "<b>磨毛</b>　对刷毛末端进行打磨，使其呈圆弧形的加工过程。")
    d.h("4", "分类")
    d.p("按刷毛直径分为软毛（≤0.18 mm）、中毛（＞0.18 mm～0.23 mm）和硬毛（＞0.23 mm）。")
    d.h("5", "要求")
    d.cl("5.1", "牙刷的物理性能应符合表1的规定。")
    d.table(
        "1",
        "物理性能",
        [
            ["项　　目", AD, KID],
            [C("毛束拉力/N　　≥", align="l"), both("毛束拉力", ">=", "15", "N", 15)],
            [
                C("刷毛磨毛率/%　　≥", align="l"),
                V("70", R("刷毛磨毛率", ">=", 70, "%", cond=[AD])),
                V("80", R("刷毛磨毛率", ">=", 80, "%", cond=[KID])),
            ],
            [C("刷毛磨圆合格率/%　　≥", align="l"), both("刷毛磨圆合格率", ">=", "70", "%", 70)],
            [C("刷柄弯曲性能", align="l"), both("刷柄弯曲性能", "qualitative", "无断裂、无裂纹")],
            [
                C("刷头与刷柄连接强度/N　　≥", align="l"),
                V("50", R("刷头与刷柄连接强度", ">=", 50, "N", cond=[AD])),
                V("40", R("刷头与刷柄连接强度", ">=", 40, "N", cond=[KID])),
            ],
            [C("颜色牢度", align="l"), both("颜色牢度", "qualitative", "浸泡液无明显着色")],
            [
                C("刷毛弯曲恢复率/%　　≥", align="l"),
                V("60", R("刷毛弯曲恢复率", ">=", 60, "%", cond=[AD])),
                V("55", R("刷毛弯曲恢复率", ">=", 55, "%", cond=[KID])),
            ],
        ],
        widths=[66, 45, 45],
        notes=["注：毛束拉力为单个毛束的拔出力，取10个毛束的最小值。"],
    )
    d.cl(
        "5.2",
        "0岁～6岁儿童牙刷的刷头长度和刷头宽度应分别不大于",
        V("25 mm", R("刷头长度", "<=", 25, "mm", cond=["0岁～6岁儿童牙刷"])),
        "和",
        V("10 mm", R("刷头宽度", "<=", 10, "mm", cond=["0岁～6岁儿童牙刷"])),
        "；6岁～12岁儿童牙刷的刷头长度",
        V("不应大于29 mm", R("刷头长度", "<=", 29, "mm", cond=["6岁～12岁儿童牙刷"])),
        "。",
    )
    d.cl("5.3", "刷毛末端不应有锐利的尖端或毛刺，刷柄表面不应有可能伤害使用者的锐边和毛刺。")
    d.cl(
        "5.4",
        "刷柄及刷毛中邻苯二甲酸二（2-乙基己基）酯（DEHP）、邻苯二甲酸二丁酯（DBP）和邻苯二甲酸丁苄酯（BBP）的总含量",
        V(
            "不应超过0.1%",
            R(
                "邻苯二甲酸二（2-乙基己基）酯（DEHP）、邻苯二甲酸二丁酯（DBP）和邻苯二甲酸丁苄酯（BBP）的总含量",
                "<=",
                0.1,
                "%",
                cond=["刷柄及刷毛中"],
            ),
        ),
        "。",
    )
    d.cl("5.5", "儿童牙刷着色部件中可迁移元素的含量应符合表2的规定。")
    els = [("锑", 60), ("砷", 25), ("钡", 1000), ("镉", 75), ("铬", 60), ("铅", 90), ("汞", 60), ("硒", 500)]
    d.table(
        "2",
        "儿童牙刷着色部件中可迁移元素的最大限量",
        [
            [
                "元　素",
                "锑（Sb）",
                "砷（As）",
                "钡（Ba）",
                "镉（Cd）",
                "铬（Cr）",
                "铅（Pb）",
                "汞（Hg）",
                "硒（Se）",
            ],
            ["最大限量"]
            + [
                V(f"{v:,}".replace(",", " "), R(f"{n}（{s}）", "<=", v, "mg/kg", cond=[KID, "着色部件"]))
                for (n, v), s in zip(els, ["Sb", "As", "Ba", "Cd", "Cr", "Pb", "Hg", "Se"], strict=True)
            ],
        ],
        unit_line="单位为毫克每千克",
        widths=[24] + [17.5] * 8,
    )
    d.h("6", "试验方法")
    d.cl(
        "6.1", "毛束拉力：将牙刷固定于拉力试验机上，以（100±10）mm/min的速度垂直拉出单个毛束，记录最大拉力。"
    )
    d.cl("6.2", "刷柄弯曲性能：将刷柄一端固定，在距固定端50 mm处施加规定的力，保持1 min，观察刷柄。")
    d.cl("6.3", "可迁移元素按GB 6675.4的规定进行，邻苯二甲酸酯按GB/T 22048的规定进行。")
    d.h("7", "检验规则")
    d.cl("7.1", "出厂检验项目为毛束拉力、刷毛磨毛率和刷柄弯曲性能。")
    d.cl("7.2", "抽样按GB/T 2828.1一般检验水平Ⅱ，AQL为4.0。")
    d.h("8", "标志、包装、运输、贮存")
    d.cl("8.1", "儿童牙刷应在包装上标明适用年龄，并标注“请在成人监护下使用”。")
    d.cl("8.2", "产品应贮存在干燥、通风、无腐蚀性气体的室内，距热源不小于1 m。")
    return d
