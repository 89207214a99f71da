"""JB/T sector standard 背负式电动喷雾器 (test): a per-model transposed xtable (models down the rows, the
tank capacity as the model's data, not counted; working pressure as a range merged over the models, spray
rate and range with comparators in a header row of their own under the unit row); a ±3 % capacity
tolerance without a centre; a residual volume, mass, noise and battery endurance in clauses with word
comparators; a leak test (pass / fail); a spray-uniformity coefficient of variation; test conditions not
counted.  The levels echo the agricultural machinery standard for knapsack electric sprayers as remembered;
the number and every figure are invented."""

from kit import C, Doc, R, V, front, references

MODELS = [
    ("3WBD-12", "12", "1.2", "6.0"),
    ("3WBD-16", "16", "1.5", "7.0"),
    ("3WBD-18", "18", "1.6", "7.5"),
    ("3WBD-20", "20", "1.8", "8.0"),
]


def build() -> Doc:
    d = Doc(
        stem="cx_sprayer_01",
        category="背负式电动喷雾器",
        code="3572",
        kind="JB/T",
        mark="JB",
        short="背负式电动喷雾器",
        number="JB/T 14562—2026",
        title=["背负式电动喷雾器"],
        title_en="Knapsack electric sprayers",
        ics="65.060.40",
        ccs="B 91",
        filing="81529—2026",
        issuers=["中华人民共和国工业和信息化部"],
        issued="2026-07-12",
        effective="2027-01-01",
    )
    front(
        d,
        "本文件由中国机械工业联合会提出。",
        "本文件由全国农业机械标准化技术委员会（SAC/TC 201）归口。",
        "本文件起草单位：台州市路桥植保机械研究所、农业农村部南京农业机械化研究所。",
        "本文件为首次发布。",
    )
    d.h("1", "范围")
    d.p("本文件规定了背负式电动喷雾器（以下简称喷雾器）的型号、技术要求、试验方法、检验规则和标志。")
    d.p("本文件适用于以蓄电池为动力、药液箱额定容量为12 L～20 L的背负式电动喷雾器。")
    references(
        d,
        "2",
        "GB 10395.6　农林机械　安全　第6部分：植物保护机械",
        "GB/T 18678　植物保护机械　农业喷雾机（器）药液箱额定容量和加液孔直径",
        "JB/T 9782　植物保护机械　通用试验方法",
    )
    d.h("3", "型号")
    d.p("型号由3WBD和药液箱额定容量（L）组成，如3WBD-16表示额定容量为16 L的背负式电动喷雾器。")
    d.h("4", "技术要求")
    d.cl("4.1", "喷雾器的主要性能应符合表1的规定。")
    rows = [
        [C("型　号", rs=3), "药液箱额定容量", "工作压力", "喷雾量", "射程"],
        ["L", "MPa", "L/min", "m"],
        ["—", "—", "≥", "≥"],
    ]
    for i, (model, cap, rate, reach) in enumerate(MODELS):
        row: list = [model, cap]
        if i == 0:
            recs = [R("工作压力", "range", 0.2, "MPa", vmax=0.4, cond=[m[0]]) for m in MODELS]
            row.append(C(V("0.2～0.4", *recs), rs=len(MODELS)))
        row += [
            V(rate, R("喷雾量", ">=", float(rate), "L/min", cond=[model])),
            V(reach, R("射程", ">=", float(reach), "m", cond=[model])),
        ]
        rows.append(row)
    d.table(
        "1",
        "主要性能参数",
        rows,
        head=3,
        widths=[32, 34, 30, 30, 30],
        engine="xtable",
        notes=["注：喷雾量和射程在使用标准圆锥雾喷头、工作压力0.3 MPa时测定。"],
    )
    d.cl(
        "4.2",
        "药液箱容量：药液箱实际容量与额定容量的偏差应在",
        V("±3%", R("药液箱容量", "range", -3, "%", vmax=3, cond=["实际容量与额定容量的偏差"])),
        "以内。",
    )
    d.cl(
        "4.3",
        "密封性：药液箱加满清水后，",
        V(
            "在最高工作压力下保持5 min，各连接处不应渗漏",
            R("密封性", "qualitative", text="在最高工作压力下保持5 min，各连接处不应渗漏"),
        ),
        "。",
    )
    d.cl(
        "4.4",
        "残留液量：喷雾器停止喷雾时药液箱内的残留液量",
        V("不应大于30 mL", R("残留液量", "<=", 30, "mL")),
        "。",
    )
    d.cl(
        "4.5",
        "续航时间：蓄电池充满电后，喷雾器在额定工作压力下连续喷雾时间",
        V("不应少于4 h", R("连续喷雾时间", ">=", 4, "h", cond=["蓄电池充满电后"])),
        "。",
    )
    d.cl(
        "4.6",
        "整机质量：药液箱空载时整机质量",
        V("不应大于5.5 kg", R("整机质量", "<=", 5.5, "kg", cond=["药液箱空载时"])),
        "。",
    )
    d.cl(
        "4.7",
        "噪声：喷雾器工作时操作者耳位噪声",
        V("不应大于75 dB(A)", R("操作者耳位噪声", "<=", 75, "dB(A)")),
        "。",
    )
    d.cl(
        "4.8",
        "雾量分布均匀性：喷杆喷雾时雾量分布变异系数",
        V("不应大于20%", R("雾量分布变异系数", "<=", 20, "%")),
        "。",
    )
    d.cl("4.9", "安全要求：")
    d.item("a)", "背带宽度", V("不应小于50 mm", R("背带宽度", ">=", 50, "mm")), "，背带应可调节；")
    d.item("b)", "加液孔应设有滤网，加液孔直径应符合GB/T 18678的规定；")
    d.item("c)", "其他安全要求应符合GB 10395.6的规定。")
    d.h("5", "试验方法")
    d.cl("5.1", "试验条件：环境温度（20±5）℃，风速不大于1 m/s，试验用水为清水。")
    d.cl("5.2", "喷雾量：在工作压力0.3 MPa下喷雾1 min，称量喷出液体质量，重复3次取平均值。")
    d.cl("5.3", "噪声：在距喷雾器背负面0.5 m、高度1.6 m处测量。")
    d.h("6", "检验规则")
    d.cl("6.1", "每台喷雾器应经出厂检验，项目为密封性、工作压力和外观。")
    d.cl("6.2", "型式检验抽样2台，每两年进行一次。")
    d.h("7", "标志")
    d.p("铭牌应标明型号、额定容量、工作压力、蓄电池额定电压和容量、出厂编号和日期。")
    return d
