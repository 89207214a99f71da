"""GB 175-style 通用硅酸盐水泥 (dev): transposed tables (cement types and strength classes as rows,
quantities as columns, ages as sub-columns), values merged down rows, footnotes with alternative limits,
clause requirements with 不小于/不大于, a sampling table of non-indicator numbers."""

import re

from kit import C, Doc, R, V

MPA = "MPa"


def strength(cls: str, values: list[str | None], spans: list[int]) -> list:
    """A strength row: 抗压 3 d, 28 d, 抗折 3 d, 28 d; None where the cell above spans down."""
    row: list = [cls]
    for (name, age), text, span in zip(
        [("抗压强度", "3 d"), ("抗压强度", "28 d"), ("抗折强度", "3 d"), ("抗折强度", "28 d")],
        values,
        spans,
        strict=True,
    ):
        if text is None:
            row.append("")
            continue
        classes = [cls] if span == 1 else [cls, cls.removesuffix("R") + "R" if not cls.endswith("R") else cls]
        recs = [R(name, ">=", float(text.lstrip("≥")), MPA, cond=[c, age]) for c in dict.fromkeys(classes)]
        row.append(C(V(text, *recs), rs=span))
    return row


def _plain(text: str) -> str:
    return re.sub(r"<[^>]+>.*?</[^>]+>", "", text)


def build() -> Doc:
    d = Doc(
        stem="nat_cement_01",
        category="水泥",
        code="3011",
        kind="GB",
        number="GB 175—2026",
        replaces=["GB 175—2023"],
        title=["通用硅酸盐水泥"],
        title_en="Common portland cement",
        ics="91.100.10",
        ccs="Q 11",
        issuers=["国家市场监督管理总局", "国家标准化管理委员会"],
        issued="2026-06-20",
        effective="2027-07-01",
    )
    d.preface(
        "本文件按照GB/T 1.1—2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。",
        "本文件代替GB 175—2023《通用硅酸盐水泥》，与GB 175—2023相比，除结构调整和编辑性改动外，"
        "主要技术变化如下："
        "a）更改了氯离子的限值；b）删除了32.5强度等级；c）更改了出厂检验项目。",
        "本文件于1962年首次发布，1977年第一次修订，1985年第二次修订，1992年第三次修订，1999年第四次修订，"
        "2007年第五次修订，2023年第六次修订，本次为第七次修订。",
    )
    d.h("1", "范围")
    d.p(
        "本文件规定了通用硅酸盐水泥的分类与标记、组分与材料、技术要求、试验方法、检验规则、包装、标志、运输与贮存。"
    )
    d.p("本文件适用于通用硅酸盐水泥。")
    d.h("2", "规范性引用文件")
    d.p("GB/T 176　水泥化学分析方法", indent=False)
    d.p("GB/T 1346　水泥标准稠度用水量、凝结时间、安定性检验方法", indent=False)
    d.p("GB/T 17671　水泥胶砂强度检验方法（ISO法）", indent=False)
    d.p("GB/T 8074　水泥比表面积测定方法　勃氏法", indent=False)
    d.h("3", "分类与标记")
    d.cl(
        "3.1",
        "本文件规定的通用硅酸盐水泥按混合材料的品种和掺量分为硅酸盐水泥、普通硅酸盐水泥、矿渣硅酸盐水泥、"
        "火山灰质硅酸盐水泥、粉煤灰硅酸盐水泥和复合硅酸盐水泥。",
    )
    d.cl(
        "3.2",
        "硅酸盐水泥的强度等级分为42.5、42.5R、52.5、52.5R、62.5、62.5R六个等级；普通硅酸盐水泥的强度等级分为42.5、"
        "42.5R、52.5、52.5R四个等级。",
    )
    d.h("4", "组分与材料")
    d.cl("4.1", "通用硅酸盐水泥的组分应符合表1的规定。")
    # a half-open range (≥80且＜95) is a `range` whose value_text keeps the printed bounds: the
    # format has no open ends (corpus/national/README.md "Audit (second reading)")
    comp = lambda text, kind, col, cmp, v, vmax=None, extra=(): V(  # noqa: E731
        text,
        R(col, cmp, v, "%", cond=[kind, *extra], vmax=vmax, text=_plain(text) if cmp == "range" else None),
    )
    fa = "混合材料可为粒化高炉矿渣、粉煤灰、火山灰质混合材料中的一种或几种"
    fb = "混合材料为符合GB/T 203的粒化高炉矿渣"
    d.table(
        "1",
        "通用硅酸盐水泥的组分",
        [
            [C("品　种", rs=2), C("代　号", rs=2), C("组分（质量分数）", cs=2)],
            ["", "", "熟料＋石膏", "混合材料"],
            [C("硅酸盐水泥", rs=2), "P·Ⅰ", comp("100", "P·Ⅰ", "熟料＋石膏", "=", 100), "—"],
            ["", "P·Ⅱ", comp("≥95", "P·Ⅱ", "熟料＋石膏", ">=", 95), comp("≤5", "P·Ⅱ", "混合材料", "<=", 5)],
            [
                "普通硅酸盐水泥",
                "P·O",
                comp("≥80且＜95", "P·O", "熟料＋石膏", "range", 80, 95),
                comp("＞5且≤20<super>a</super>", "P·O", "混合材料", "range", 5, 20, [fa]),
            ],
            [
                C("矿渣硅酸盐水泥", rs=2),
                "P·S·A",
                comp("≥50且＜80", "P·S·A", "熟料＋石膏", "range", 50, 80),
                comp("＞20且≤50<super>b</super>", "P·S·A", "混合材料", "range", 20, 50, [fb]),
            ],
            [
                "",
                "P·S·B",
                comp("≥30且＜50", "P·S·B", "熟料＋石膏", "range", 30, 50),
                comp("＞50且≤70<super>b</super>", "P·S·B", "混合材料", "range", 50, 70, [fb]),
            ],
        ],
        head=2,
        widths=[44, 28, 44, 44],
        unit_line="单位为百分数",
        footnotes=[f"<super>a</super> {fa}。", f"<super>b</super> {fb}。"],
    )
    d.h("5", "技术要求")
    d.h("5.1", "化学指标")
    d.cl("5.1.1", "通用硅酸盐水泥的化学指标应符合表2的规定。")
    chem = lambda kind, col, text, v, extra=(): V(text, R(col, "<=", v, "%", cond=[kind, *extra]))  # noqa: E731
    d.table(
        "2",
        "化学指标",
        [
            ["品　种", "代　号", "不溶物", "烧失量", "三氧化硫", "氧化镁", "氯离子"],
            [
                C("硅酸盐水泥", rs=2),
                "P·Ⅰ",
                chem("P·Ⅰ", "不溶物", "≤0.75", 0.75),
                chem("P·Ⅰ", "烧失量", "≤3.0", 3.0),
                C(
                    V(
                        "≤3.5",
                        R("三氧化硫", "<=", 3.5, "%", cond=["P·Ⅰ"]),
                        R("三氧化硫", "<=", 3.5, "%", cond=["P·Ⅱ"]),
                        R("三氧化硫", "<=", 3.5, "%", cond=["P·O"]),
                    ),
                    rs=3,
                ),
                C(
                    V(
                        "≤5.0<super>a</super>",
                        *[
                            R(
                                "氧化镁",
                                "<=",
                                5.0,
                                "%",
                                cond=[
                                    k,
                                    "如果水泥压蒸安定性合格，则水泥中氧化镁的含量（质量分数）允许放宽至6.0%",
                                ],
                            )
                            for k in ("P·Ⅰ", "P·Ⅱ", "P·O")
                        ],
                    ),
                    rs=3,
                ),
                C(
                    V(
                        "≤0.06<super>c</super>",
                        *[
                            R("氯离子", "<=", 0.06, "%", cond=[k, "当有更低要求时，该指标由买卖双方确定"])
                            for k in ("P·Ⅰ", "P·Ⅱ", "P·O", "P·S·A", "P·S·B")
                        ],
                    ),
                    rs=5,
                ),
            ],
            ["", "P·Ⅱ", chem("P·Ⅱ", "不溶物", "≤1.50", 1.50), chem("P·Ⅱ", "烧失量", "≤3.5", 3.5), "", "", ""],
            ["普通硅酸盐水泥", "P·O", "—", chem("P·O", "烧失量", "≤5.0", 5.0), "", "", ""],
            [
                C("矿渣硅酸盐水泥", rs=2),
                "P·S·A",
                C("—", rs=2),
                C("—", rs=2),
                C(
                    V(
                        "≤4.0",
                        R("三氧化硫", "<=", 4.0, "%", cond=["P·S·A"]),
                        R("三氧化硫", "<=", 4.0, "%", cond=["P·S·B"]),
                    ),
                    rs=2,
                ),
                V(
                    "≤6.0<super>b</super>",
                    R(
                        "氧化镁",
                        "<=",
                        6.0,
                        "%",
                        cond=[
                            "P·S·A",
                            "如果水泥中氧化镁的含量（质量分数）大于6.0%时，需进行水泥压蒸安定性试验并合格",
                        ],
                    ),
                ),
                "",
            ],
            ["", "P·S·B", "", "", "", "—", ""],
        ],
        unit_line="单位为百分数",
        widths=[34, 20, 20, 20, 22, 22, 22],
        footnotes=[
            [
                "<super>a</super> 如果水泥压蒸安定性合格，则水泥中氧化镁的含量（质量分数）允许放宽至",
                V(
                    "6.0%",
                    *[
                        R("氧化镁", "<=", 6.0, "%", cond=[k, "如果水泥压蒸安定性合格"])
                        for k in ("P·Ⅰ", "P·Ⅱ", "P·O")
                    ],
                ),
                "。",
            ],
            "<super>b</super> 如果水泥中氧化镁的含量（质量分数）大于6.0%时，需进行水泥压蒸安定性试验并合格。",
            "<super>c</super> 当有更低要求时，该指标由买卖双方确定。",
        ],
    )
    d.h("5.2", "物理指标")
    d.h("5.2.1", "凝结时间")
    d.p(
        "硅酸盐水泥",
        V("初凝不小于45 min", R("初凝", ">=", 45, "min", cond=["硅酸盐水泥"])),
        "，",
        V("终凝不大于390 min", R("终凝", "<=", 390, "min", cond=["硅酸盐水泥"])),
        "；普通硅酸盐水泥和矿渣硅酸盐水泥",
        V("初凝不小于45 min", R("初凝", ">=", 45, "min", cond=["普通硅酸盐水泥和矿渣硅酸盐水泥"])),
        "，",
        V("终凝不大于600 min", R("终凝", "<=", 600, "min", cond=["普通硅酸盐水泥和矿渣硅酸盐水泥"])),
        "。",
    )
    d.h("5.2.2", "安定性")
    d.p("沸煮法合格。")
    d.h("5.2.3", "强度")
    d.p("不同龄期的强度应符合表3的规定。")
    d.table(
        "3",
        "硅酸盐水泥和普通硅酸盐水泥的强度",
        [
            [C("强度等级", rs=2), C("抗压强度", cs=2), C("抗折强度", cs=2)],
            ["", "3 d", "28 d", "3 d", "28 d"],
            strength("42.5", ["≥17.0", "≥42.5", "≥3.5", "≥6.5"], [1, 2, 1, 2]),
            strength("42.5R", ["≥22.0", None, "≥4.0", None], [1, 1, 1, 1]),
            strength("52.5", ["≥22.0", "≥52.5", "≥4.0", "≥7.0"], [1, 2, 1, 2]),
            strength("52.5R", ["≥27.0", None, "≥5.0", None], [1, 1, 1, 1]),
            strength("62.5", ["≥27.0", "≥62.5", "≥5.0", "≥8.0"], [1, 2, 1, 2]),
            strength("62.5R", ["≥32.0", None, "≥5.5", None], [1, 1, 1, 1]),
        ],
        head=2,
        unit_line="单位为兆帕",
        widths=[40, 30, 30, 30, 30],
    )
    d.h("5.2.4", "细度")
    d.p(
        "硅酸盐水泥的细度以比表面积表示，应",
        V(
            "不低于300 m<super>2</super>/kg且不高于400 m<super>2</super>/kg",
            R("比表面积", "range", 300, "m²/kg", cond=["硅酸盐水泥"], vmax=400),
        ),
        "；矿渣硅酸盐水泥的细度以45 μm方孔筛筛余表示，应",
        V("不小于5%", R("45 μm方孔筛筛余", ">=", 5, "%", cond=["矿渣硅酸盐水泥"])),
        "。",
    )
    d.h("6", "试验方法")
    d.cl("6.1", "化学指标按GB/T 176进行试验。")
    d.cl(
        "6.2",
        "强度按GB/T 17671进行试验，试体成型试验室的温度应保持在（20±2）℃，相对湿度应不低于50%；"
        "试体带模养护的养护箱温度保持在（20±1）℃，相对湿度不低于90%。",
    )
    d.cl("6.3", "比表面积按GB/T 8074进行试验，试验时称取试样约3 g，精确至0.001 g。")
    d.h("7", "检验规则")
    d.cl(
        "7.1", "水泥出厂前按同品种、同强度等级编号和取样，每一编号为一取样单位。编号按年生产能力规定，见表4。"
    )
    d.table(
        "4",
        "编号及取样",
        [
            ["年生产能力", "编号的最大吨数/t"],
            ["200×10<super>4</super> t以上", "4 000"],
            ["120×10<super>4</super> t～200×10<super>4</super> t", "2 400"],
            ["60×10<super>4</super> t～120×10<super>4</super> t", "1 000"],
            ["30×10<super>4</super> t～60×10<super>4</super> t", "600"],
            ["10×10<super>4</super> t～30×10<super>4</super> t", "400"],
        ],
        widths=[90, 70],
    )
    d.cl("7.2", "取样方法按GB/T 12573进行，可连续取，亦可从20个以上不同部位取等量样品，总量至少12 kg。")
    d.cl("7.3", "检验结果符合第5章化学指标、凝结时间、安定性、强度的规定为合格品。")
    return d
