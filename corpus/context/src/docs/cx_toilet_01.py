"""DB/T local service standard 旅游厕所服务质量等级划分 (test): a grade ladder AAA级 / AA级 / A级 across an
xtable whose comparators sit in a column of their own, a parent label (空气质量) over three pollutants, values
merged over grades, a qualitative cell; clause time limits and rates with word comparators in an itemize;
cleaning frequencies, 宜 sentences and the design capacity rule (per 1 000 visitors) not counted.  The
levels echo the national tourist-toilet grading standard as remembered; the number and every figure are
invented."""

from kit import C, Doc, R, V, front, references

GRADES = ["AAA级", "AA级", "A级"]


def graded(label, name: str, sign: str, cmp: str, texts: list[str], unit: str | None, cond=(), span=2):
    cells: list = [C(label, align="l", cs=span), sign]
    if len(texts) == 1:
        cells.append(
            C(
                V(texts[0], *[R(name, cmp, float(texts[0]), unit, grade=g, cond=list(cond)) for g in GRADES]),
                cs=3,
            )
        )
    elif len(texts) == 2:
        cells.append(
            C(
                V(
                    texts[0],
                    *[R(name, cmp, float(texts[0]), unit, grade=g, cond=list(cond)) for g in GRADES[:2]],
                ),
                cs=2,
            )
        )
        cells.append(V(texts[1], R(name, cmp, float(texts[1]), unit, grade=GRADES[2], cond=list(cond))))
    else:
        cells += [
            V(t, R(name, cmp, float(t), unit, grade=g, cond=list(cond)))
            for t, g in zip(texts, GRADES, strict=True)
        ]
    return cells


def build() -> Doc:
    d = Doc(
        stem="cx_toilet_01",
        category="旅游厕所服务",
        code="7820",
        kind="DB/T",
        mark="DB51",
        line="四川省地方标准",
        short="旅游厕所服务质量等级划分",
        number="DB51/T 3214—2026",
        title=["旅游厕所服务质量等级划分"],
        title_en="Classification of service quality for tourist toilets",
        ics="03.080.30",
        ccs="A 12",
        issuers=["四川省市场监督管理局"],
        issued="2026-10-09",
        effective="2026-11-01",
    )
    front(
        d,
        "本文件由四川省文化和旅游厅提出、归口并解释。",
        "本文件起草单位：四川省旅游学会、成都市环境卫生管理中心、四川大学旅游学院。",
        "本文件主要起草人：罗晓东、邓丽、杨帆。",
    )
    d.h("1", "范围")
    d.p("本文件规定了旅游厕所服务质量的等级划分、基本要求、设施要求、环境要求和服务要求。")
    d.p("本文件适用于四川省A级旅游景区、旅游度假区和乡村旅游点内的旅游厕所。")
    references(
        d,
        "2",
        "GB/T 17217　城市公共厕所卫生标准",
        "GB/T 18973　旅游厕所质量要求与评定",
        "CJJ 14　城市公共厕所设计标准",
    )
    d.h("3", "等级划分")
    d.p("旅游厕所服务质量由高到低分为AAA级、AA级和A级。")
    d.h("4", "基本要求")
    d.cl(
        "4.1",
        "厕位数量按景区日最大接待量每1 000人次",
        V("不少于8个", R("厕位数量", ">=", 8, "个", cond=["按景区日最大接待量每1 000人次"])),
        "设置，女厕位与男厕位之比宜为3∶2。",
    )
    d.cl("4.2", "应设置无障碍厕位和第三卫生间，标识应符合GB/T 18973的规定。")
    d.h("5", "设施与环境要求")
    d.cl("5.1", "设施与环境应符合表1的规定。")
    rows = [
        [C("项　目", cs=2, rs=2), C("", rs=2), C("等　级", cs=3)],
        GRADES,
        graded("厕位隔间面积/m<sup>2</sup>", "厕位隔间面积", "≥", ">=", ["1.2", "1.0", "0.9"], "m²"),
        graded("第三卫生间面积/m<sup>2</sup>", "第三卫生间面积", "≥", ">=", ["6.5", "5.0"], "m²"),
        graded("照度/lx", "照度", "≥", ">=", ["150", "100", "75"], "lx"),
        [
            C("空气质量", rs=3, align="l"),
            *graded(
                "氨/（mg/m<sup>3</sup>）", "氨", "≤", "<=", ["0.3", "0.5", "1.0"], "mg/m³", ["空气质量"], 1
            ),
        ],
        graded(
            "硫化氢/（mg/m<sup>3</sup>）", "硫化氢", "≤", "<=", ["0.01", "0.02"], "mg/m³", ["空气质量"], 1
        ),
        graded("臭气强度/级", "臭气强度", "≤", "<=", ["1", "2", "2"], "级", ["空气质量"], 1),
        graded("苍蝇/（只/间）", "苍蝇", "≤", "<=", ["0", "1", "3"], "只/间"),
        [
            C("洗手设施", align="l", cs=2),
            "—",
            C(
                V(
                    "感应式水龙头，配洗手液、干手器",
                    *[
                        R("洗手设施", "qualitative", grade=g, text="感应式水龙头，配洗手液、干手器")
                        for g in GRADES[:2]
                    ],
                ),
                cs=2,
            ),
            V("配洗手液", R("洗手设施", "qualitative", grade=GRADES[2], text="配洗手液")),
        ],
    ]
    d.table("1", "设施与环境要求", rows, head=2, widths=[24, 34, 10, 30, 30, 30], engine="xtable")
    d.h("6", "服务要求")
    d.cl("6.1", "开放与保洁：")
    d.item(
        "a)",
        "AAA级和AA级厕所开放时间应与景区开放时间一致，A级厕所每日开放时间",
        V("不少于10 h", R("每日开放时间", ">=", 10, "h", grade="A级")),
        "；",
    )
    d.item("b)", "实行专人保洁，每日清洁不少于3次，高峰时段宜每30 min巡查一次；")
    d.item(
        "c)",
        "地面积水面积",
        V("不超过0.5 m<sup>2</sup>", R("地面积水面积", "<=", 0.5, "m²")),
        "，便器内粪便滞留时间",
        V("不超过15 min", R("便器内粪便滞留时间", "<=", 15, "min")),
        "。",
    )
    d.cl("6.2", "服务时限：")
    d.item(
        "a)",
        "设施故障报修后修复时间",
        V("不超过24 h", R("修复时间", "<=", 24, "h", cond=["设施故障报修后"])),
        "；",
    )
    d.item(
        "b)",
        "游客排队等候时间AAA级",
        V("不超过5 min", R("游客排队等候时间", "<=", 5, "min", grade="AAA级")),
        "，其他等级",
        V(
            "不超过10 min",
            R("游客排队等候时间", "<=", 10, "min", grade="AA级"),
            R("游客排队等候时间", "<=", 10, "min", grade="A级"),
        ),
        "。",
    )
    d.cl(
        "6.3",
        "游客满意度：AAA级",
        V("不低于95%", R("游客满意度", ">=", 95, "%", grade="AAA级")),
        "，AA级和A级",
        V(
            "不低于90%",
            R("游客满意度", ">=", 90, "%", grade="AA级"),
            R("游客满意度", ">=", 90, "%", grade="A级"),
        ),
        "。",
    )
    d.h("7", "等级评定")
    d.cl("7.1", "等级评定每3年进行一次，满意度调查样本不少于100份。")
    d.cl("7.2", "符合表1和第6章相应等级全部要求的，评定为该等级。")
    return d
