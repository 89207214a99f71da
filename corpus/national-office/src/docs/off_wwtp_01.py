"""GB 18918-style 城镇污水处理厂污染物排放标准 (dev): a two-level grade header (一级标准 over A/B, 二级,
三级), two values stacked in one cell with a footnote giving the qualifiers (氨氮 5（8）), a row split into
dated sub-rows (总磷), pH merged across all grades, 10<sup>3</sup> superscripts, `—` cells, a footnote that
prints its own limits (removal rates), a 不得检出 row, a long selected-items table, a sludge table whose
cells print their own signs (＞, ＜) and a boundary air table.  Values follow GB 18918-2002 as the author
remembers it; the selected-items list is shortened."""

from kit import C, Doc, R, V

G4 = ("一级标准/A标准", "一级标准/B标准", "二级标准", "三级标准")
G3 = ("一级标准", "二级标准", "三级标准")


def row4(no: str, label: str, name: str, cells: list[str], unit: str | None = "mg/L", cond=()) -> list:
    row: list = [no, C(label, align="l")]
    for grade, text in zip(G4, cells, strict=True):
        if text == "—":
            row.append("—")
        else:
            plain = text.split("<")[0]
            row.append(V(text, R(name, "<=", float(plain), unit, grade=grade, cond=list(cond))))
    return row


def ammonia() -> list:
    row: list = ["8", C("氨氮（以N计）<sup>b</sup>", align="l")]
    for grade, (warm, cold) in zip(G4[:3], [("5", "8"), ("8", "15"), ("25", "30")], strict=True):
        row.append(
            V(
                f"{warm}（{cold}）",
                R("氨氮（以N计）", "<=", float(warm), "mg/L", grade=grade, cond=["水温＞12 ℃"]),
                R("氨氮（以N计）", "<=", float(cold), "mg/L", grade=grade, cond=["水温≤12 ℃"]),
            )
        )
    row.append("—")
    return row


def phosphorus() -> list[list]:
    rows = []
    for i, (period, cells) in enumerate(
        [("2005年12月31日前建设的", ["1", "1.5", "3", "5"]), ("2006年1月1日起建设的", ["0.5", "1", "3", "5"])]
    ):
        # the dated sub-rows say which plants a limit holds for: a condition, not part of the name
        name = "总磷（以P计）"
        row: list = [C("9", rs=2), C("总磷（以P计）", rs=2, align="l")] if i == 0 else []
        row.append(C(period, align="l"))
        row += [
            V(t, R(name, "<=", float(t), "mg/L", grade=g, cond=[period]))
            for g, t in zip(G4, cells, strict=True)
        ]
        rows.append(row)
    return rows


def plain_row(no: str, label: str, name: str, value: str, unit: str = "mg/L") -> list:
    if value == "不得检出":
        cell = V(value, R(name, "not_detected", text="不得检出"))
    else:
        cell = V(value, R(name, "<=", float(value), unit))
    return [no, C(label, align="l"), cell]


def build() -> Doc:
    d = Doc(
        stem="off_wwtp_01",
        category="城镇污水处理",
        code="4620",
        kind="GB",
        number="GB 18918—2026",
        replaces=["GB 18918—2002"],
        title=["城镇污水处理厂污染物排放标准"],
        title_en="Discharge standard of pollutants for municipal wastewater treatment plant",
        ics="13.060.30",
        ccs="Z 60",
        issuers=["生态环境部", "国家市场监督管理总局"],
        issued="2026-07-20",
        effective="2027-07-01",
    )
    d.preface(
        "为贯彻《中华人民共和国环境保护法》《中华人民共和国水污染防治法》和《中华人民共和国大气污染防治法》，"
        "促进城镇污水处理厂的建设与管理，加强城镇污水处理厂污染物的排放控制和污水资源化利用，保障人体健康，"
        "维护良好的生态环境，制定本标准。",
        "本标准代替GB 18918—2002。与GB 18918—2002相比，主要变化如下：",
        "——增加了甲醛、苯胺类等选择控制项目；",
        "——更改了污泥脱水后含水率的要求；",
        "——删除了污泥农用时污染物控制的规定，相关内容见相应的国家标准。",
        "本标准由生态环境部水生态环境司、法规与标准司组织制订。",
    )
    d.h("1", "范围")
    d.p("本标准规定了城镇污水处理厂出水、废气排放和污泥处置（控制）中污染物的控制项目和标准值。")
    d.p(
        "本标准适用于城镇污水处理厂出水、废气排放和污泥处置（控制）的管理。居民小区和工业企业内独立的生"
        "活污水处理设施污染物的排放管理，也按本标准执行。"
    )
    d.h("2", "规范性引用文件")
    d.p("下列标准中的条文通过本标准的引用即成为本标准的条文，与本标准同效。")
    for ref in (
        "GB 3838　地表水环境质量标准",
        "GB 3097　海水水质标准",
        "GB/T 11901　水质　悬浮物的测定　重量法",
        "HJ 828　水质　化学需氧量的测定　重铬酸盐法",
        "HJ 505　水质　五日生化需氧量（BOD<sub>5</sub>）的测定　稀释与接种法",
    ):
        d.p(ref, indent=False)
    d.h("3", "术语和定义")
    d.h("3.1", "城镇污水　municipal wastewater")
    d.p(
        "指城镇居民生活污水，机关、学校、医院、商业服务机构及各种公共设施排水，以及允许排入城镇污水收集"
        "系统的工业废水和初期雨水等。"
    )
    d.h("3.2", "一类污染物　category Ⅰ pollutants")
    d.p(
        "指总汞、烷基汞、总镉、总铬、六价铬、总砷、总铅等能在环境或动植物体内蓄积，对人体健康产生较大长"
        "远影响的污染物。"
    )
    d.h("4", "技术内容")
    d.h("4.1", "水污染物排放标准")
    d.cl(
        "4.1.1",
        (
            "根据污染物的来源及性质，将污染物控制项目分为基本控制项目和选择控制项目两类。基本控制项目必须执"
            "行；选择控制项目由地方生态环境主管部门根据污水处理厂接纳的工业污染物的类别和水环境质量要求选择"
            "控制。"
        ),
    )
    d.cl(
        "4.1.2",
        (
            "根据城镇污水处理厂排入地表水域环境功能和保护目标，以及污水处理厂的处理工艺，将基本控制项目的常"
            "规污染物标准值分为一级标准、二级标准、三级标准。一级标准分为A标准和B标准。一类重金属污染物和选"
            "择控制项目不分级。"
        ),
    )
    d.cl(
        "4.1.3",
        (
            "基本控制项目最高允许排放浓度（日均值）见表1，部分一类污染物最高允许排放浓度（日均值）见表2，选"
            "择控制项目最高允许排放浓度（日均值）见表3。"
        ),
    )
    rows = [
        [
            C("序号", rs=2),
            C("基本控制项目", rs=2, cs=2),
            C("一级标准", cs=2),
            C("二级标准", rs=2),
            C("三级标准", rs=2),
        ],
        ["A标准", "B标准"],
        ["1", C("化学需氧量（COD）", cs=2, align="l")]
        + [
            V(t, R("化学需氧量（COD）", "<=", float(t.split("<")[0]), "mg/L", grade=g))
            for g, t in zip(G4, ["50", "60", "100", "120<sup>a</sup>"], strict=True)
        ],
        ["2", C("生化需氧量（BOD<sub>5</sub>）", cs=2, align="l")]
        + [
            V(t, R("生化需氧量（BOD5）", "<=", float(t.split("<")[0]), "mg/L", grade=g))
            for g, t in zip(G4, ["10", "20", "30", "60<sup>a</sup>"], strict=True)
        ],
    ]
    for no, label, cells in (
        ("3", "悬浮物（SS）", ["10", "20", "30", "50"]),
        ("4", "动植物油", ["1", "3", "5", "20"]),
        ("5", "石油类", ["1", "3", "5", "15"]),
        ("6", "阴离子表面活性剂", ["0.5", "1", "2", "5"]),
        ("7", "总氮（以N计）", ["15", "20", "—", "—"]),
    ):
        r = row4(no, label, label, cells)
        r[1] = C(label, cs=2, align="l")
        rows.append(r)
    r = ammonia()
    r[1] = C(r[1].content, cs=2, align="l")
    rows.append(r)
    rows += phosphorus()
    r = row4("10", "色度（稀释倍数）", "色度（稀释倍数）", ["30", "30", "40", "50"], unit=None)
    r[1] = C(r[1].content, cs=2, align="l")
    rows.append(r)
    rows.append(
        [
            "11",
            C("pH", cs=2, align="l"),
            C(V("6～9", *[R("pH", "range", 6, None, grade=g, vmax=9) for g in G4]), cs=4),
        ]
    )
    rows.append(
        ["12", C("粪大肠菌群数/（个/L）", cs=2, align="l")]
        + [
            V(t, R("粪大肠菌群数", "<=", v, "个/L", grade=g))
            for g, t, v in zip(
                G4[:3],
                ["10<sup>3</sup>", "10<sup>4</sup>", "10<sup>4</sup>"],
                [1000, 10000, 10000],
                strict=True,
            )
        ]
        + ["—"]
    )
    d.table(
        "1",
        "基本控制项目最高允许排放浓度（日均值）",
        rows,
        head=2,
        widths=[12, 30, 40, 20, 20, 20, 20],
        unit_line="单位：mg/L",
        footnotes=[
            [
                "<sup>a</sup>　下列情况下按去除率指标执行：当进水COD大于350 mg/L时，去除率应",
                V("大于60%", R("去除率", ">", 60, "%", grade="三级标准", cond=["进水COD大于350 mg/L时"])),
                "；BOD大于160 mg/L时，去除率应",
                V("大于50%", R("去除率", ">", 50, "%", grade="三级标准", cond=["BOD大于160 mg/L时"])),
                "。",
            ],
            "<sup>b</sup>　括号外数值为水温＞12 ℃时的控制指标，括号内数值为水温≤12 ℃时的控制指标。",
        ],
    )
    d.table(
        "2",
        "部分一类污染物最高允许排放浓度（日均值）",
        [["序号", "项目", "标准值"]]
        + [
            plain_row(str(i), label, label, value)
            for i, (label, value) in enumerate(
                [
                    ("总汞", "0.001"),
                    ("烷基汞", "不得检出"),
                    ("总镉", "0.01"),
                    ("总铬", "0.1"),
                    ("六价铬", "0.05"),
                    ("总砷", "0.1"),
                    ("总铅", "0.1"),
                ],
                start=1,
            )
        ],
        widths=[16, 60, 40],
        unit_line="单位：mg/L",
    )
    selected = [
        ("总镍", "0.05"),
        ("总铍", "0.002"),
        ("总银", "0.1"),
        ("总铜", "0.5"),
        ("总锌", "1.0"),
        ("总锰", "2.0"),
        ("总硒", "0.1"),
        ("苯并（a）芘", "0.00003"),
        ("挥发酚", "0.5"),
        ("总氰化物", "0.5"),
        ("硫化物", "1.0"),
        ("甲醛", "1.0"),
        ("苯胺类", "0.5"),
        ("总硝基化合物", "2.0"),
        ("有机磷农药（以P计）", "0.5"),
        ("马拉硫磷", "1.0"),
        ("乐果", "0.5"),
        ("对硫磷", "0.05"),
        ("甲基对硫磷", "0.2"),
        ("五氯酚", "0.5"),
        ("三氯甲烷", "0.3"),
        ("四氯化碳", "0.03"),
        ("三氯乙烯", "0.3"),
        ("四氯乙烯", "0.1"),
        ("苯", "0.1"),
        ("甲苯", "0.1"),
        ("邻-二甲苯", "0.4"),
        ("对-二甲苯", "0.4"),
    ]
    d.table(
        "3",
        "选择控制项目最高允许排放浓度（日均值）",
        [["序号", "选择控制项目", "标准值", "序号", "选择控制项目", "标准值"]]
        + [
            plain_row(str(i + 1), selected[i][0], selected[i][0], selected[i][1])
            + plain_row(str(i + 15), selected[i + 14][0], selected[i + 14][0], selected[i + 14][1])
            for i in range(14)
        ],
        widths=[12, 46, 22, 12, 46, 22],
        unit_line="单位：mg/L",
    )
    d.h("4.2", "大气污染物排放标准")
    d.cl(
        "4.2.1",
        (
            "位于GB 3095一类区的所有（包括现有和新建、改建、扩建）城镇污水处理厂，自本标准实施之日起，执行一"
            "级标准。"
        ),
    )
    d.cl("4.2.2", "城镇污水处理厂废气的排放标准值应按表4的规定执行。")
    d.table(
        "4",
        "厂界（防护带边缘）废气排放最高允许浓度",
        [["序号", "控制项目", "一级标准", "二级标准", "三级标准"]]
        + [
            [no, C(label, align="l")]
            + [V(t, R(name, "<=", float(t), unit, grade=g)) for g, t in zip(G3, cells, strict=True)]
            for no, label, name, unit, cells in (
                ("1", "氨/（mg/m<sup>3</sup>）", "氨", "mg/m³", ["1.0", "1.5", "4.0"]),
                ("2", "硫化氢/（mg/m<sup>3</sup>）", "硫化氢", "mg/m³", ["0.03", "0.06", "0.32"]),
                ("3", "臭气浓度（无量纲）", "臭气浓度", None, ["10", "20", "60"]),
                ("4", "甲烷（厂区最高体积浓度）/%", "甲烷（厂区最高体积浓度）", "%", ["0.5", "1", "1"]),
            )
        ],
        widths=[12, 64, 28, 28, 28],
    )
    d.h("4.3", "污泥控制标准")
    d.cl("4.3.1", "城镇污水处理厂的污泥应进行稳定化处理，稳定化处理后应达到表5的规定。")
    d.table(
        "5",
        "污泥稳定化控制指标",
        [
            ["稳定化方法", "控制项目", "控制指标"],
            ["厌氧消化", "有机物降解率/%", V("＞40", R("有机物降解率", ">", 40, "%", cond=["厌氧消化"]))],
            ["好氧消化", "有机物降解率/%", V("＞40", R("有机物降解率", ">", 40, "%", cond=["好氧消化"]))],
            [C("好氧堆肥", rs=4), "含水率/%", V("＜65", R("含水率", "<", 65, "%", cond=["好氧堆肥"]))],
            ["有机物降解率/%", V("＞50", R("有机物降解率", ">", 50, "%", cond=["好氧堆肥"]))],
            ["蠕虫卵死亡率/%", V("＞95", R("蠕虫卵死亡率", ">", 95, "%", cond=["好氧堆肥"]))],
            ["粪大肠菌群菌值", V("＞0.01", R("粪大肠菌群菌值", ">", 0.01, None, cond=["好氧堆肥"]))],
        ],
        widths=[40, 60, 40],
    )
    d.cl(
        "4.3.2",
        "城镇污水处理厂的污泥应进行脱水处理，脱水后污泥含水率",
        V("应小于60%", R("污泥含水率", "<", 60, "%", cond=["脱水后"])),
        "。",
    )
    d.h("5", "取样与监测")
    d.cl(
        "5.1",
        (
            "水质取样在污水处理厂处理工艺末端排放口。在排放口应设污水水量自动计量装置、自动比例采样装置，pH"
            "、水温、COD等主要水质指标应安装在线监测装置。"
        ),
    )
    d.cl("5.2", "取样频率为至少每2 h一次，取24 h混合样，以日均值计。")
    d.cl(
        "5.3",
        (
            "氨、硫化氢、臭气浓度监测点设于城镇污水处理厂厂界或防护带边缘的浓度最高点；甲烷监测点设于厂区内"
            "浓度最高点。每2 h采样一次，共采集4次，取其最大测定值。"
        ),
    )
    d.cl("5.4", "污泥取样按每1 000 t（含水率以80%计）取样1次，每次不少于5个采样点。")
    d.h("6", "标准的实施与监督")
    d.cl("6.1", "本标准由县级以上人民政府生态环境主管部门负责监督实施。")
    d.cl(
        "6.2",
        (
            "省、自治区、直辖市人民政府对执行国家污染物排放标准不能达到本地区环境功能要求时，可以根据总量控"
            "制要求和环境影响评价结果制定严于本标准的地方污染物排放标准。"
        ),
    )
    return d
