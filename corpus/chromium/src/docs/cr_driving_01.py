"""DB/T local standard 机动车驾驶员培训服务规范 (test), a CMS page pasted from a word processor: typed clause
numbers, a shaded-band cover, only a folio 第 N 页 共 M 页, three-line tables in Noto Serif CJK.  A table of
training hours by licence class (C1 / C2 / B2 down the rows, the stages across with the unit in the header,
the quantity named by the caption: 培训学时 with the stage and class as conditions) whose caption carries
the comparator (``（不少于）``); a grade ladder 一级 / 二级 / 三级 with a 单位 column and the comparator in
the label, values with thin-spaced thousands; a count worded in a cell per grade and a 宜 cell (not
counted); a relative subject, time limits and a count in clauses with word comparators; frequencies and
宜 sentences not counted.  The levels echo the national standards on motor-vehicle driver training
institutions and training outlines as remembered; the number and every figure are invented."""

from kit import C, Doc, R, V, front, g3, references

GRADES = ["一级", "二级", "三级"]
HOURS = [("C1", "12", "16", "24", "10"), ("C2", "12", "14", "22", "10"), ("B2", "16", "32", "40", "16")]
STAGES = ["道路交通安全法律法规和相关知识", "基础和场地驾驶", "道路驾驶", "安全文明驾驶常识"]


def build() -> Doc:
    d = Doc(
        stem="cr_driving_01",
        category="机动车驾驶员培训服务",
        code="8391",
        kind="DB/T",
        mark="DB44",
        line="广东省地方标准",
        short="机动车驾驶员培训服务规范",
        number="DB44/T 2701—2026",
        title=["机动车驾驶员培训服务规范"],
        title_en="Service specification for motor vehicle driver training",
        ics="03.180",
        ccs="A 16",
        issuers=["广东省市场监督管理局"],
        issued="2026-07-14",
        effective="2026-10-14",
        numbering="literal",
        running="folio",
        cover="band",
        body_font="serif",
    )
    front(
        d,
        "本文件由广东省交通运输厅提出并组织实施。",
        "本文件由广东省交通运输标准化技术委员会归口。",
        "本文件起草单位：广东省道路运输事务中心、广州市机动车驾驶员培训行业协会。",
    )
    d.h("1", "范围")
    d.p("本文件规定了机动车驾驶员培训机构的服务基本要求、培训学时、机构服务等级、服务过程和投诉处理。")
    d.p("本文件适用于广东省行政区域内从事普通机动车驾驶员培训的机构。")
    references(
        d,
        "2",
        "GB/T 30340　机动车驾驶员培训机构资格条件",
        "JT/T 915　机动车驾驶员培训教学与考试大纲",
    )
    d.h("3", "服务基本要求")
    d.cl("3.1", "培训机构应公示收费标准、培训流程、教练员信息和投诉电话。")
    d.cl(
        "3.2",
        "教练员同时带教的学员",
        V("不应超过4人", R("教练员同时带教的学员", "<=", 4, "人", cond=["道路驾驶"])),
        "（道路驾驶）。",
    )
    d.cl(
        "3.3",
        "教学车辆的使用年限",
        V("不应超过6年", R("教学车辆的使用年限", "<=", 6, "年")),
        "，车辆技术等级应达到一级。",
    )
    d.h("4", "培训学时")
    d.p("各车型的培训学时应符合表1的规定。")
    rows: list = [[C("车型", rs=2), *STAGES], ["学时", "学时", "学时", "学时"]]
    for model, *hours in HOURS:
        rows.append(
            [
                model,
                *[
                    V(h, R("培训学时", ">=", float(h), "学时", cond=[s, model]))
                    for h, s in zip(hours, STAGES, strict=True)
                ],
            ]
        )
    d.table("1", "各车型培训学时（不少于）", rows, head=2, widths=[24, 46, 32, 28, 30], style="three")
    d.note("注：每学时为60 min，其中有效教学时间不少于45 min。")
    d.h("5", "机构服务等级")
    d.p("培训机构服务等级分为一级、二级和三级，各等级的要求应符合表2的规定。")
    q: list = [["项目", "单位", *GRADES]]
    q.append(
        [
            C("教练场地面积　　≥", align="l"),
            "m<sup>2</sup>",
            *g3("教练场地面积", "m²", ["30 000", "20 000", "10 000"], ">=", grades=GRADES),
        ]
    )
    q.append(
        [C("教学车辆　　≥", align="l"), "辆", *g3("教学车辆", "辆", ["100", "50", "20"], ">=", grades=GRADES)]
    )
    q.append(
        [
            C("专职教练员　　≥", align="l"),
            "名",
            *g3("专职教练员", "名", ["80", "40", "16"], ">=", grades=GRADES),
        ]
    )
    q.append(
        [
            C("驾驶人考试一次合格率　　≥", align="l"),
            "%",
            *g3("驾驶人考试一次合格率", "%", ["85", "80", "75"], ">=", grades=GRADES),
        ]
    )
    q.append(
        [
            C("学员满意度　　≥", align="l"),
            "%",
            *g3("学员满意度", "%", ["95", "90", "85"], ">=", grades=GRADES),
        ]
    )
    q.append(
        [
            C("模拟驾驶教学", align="l"),
            "—",
            V("配备模拟器不少于10台", R("模拟驾驶教学", ">=", 10, "台", grade="一级")),
            V("配备模拟器不少于5台", R("模拟驾驶教学", ">=", 5, "台", grade="二级")),
            "宜配备",
        ]
    )
    d.table("2", "机构服务等级要求", q, widths=[56, 20, 28, 28, 28], style="three")
    d.h("6", "服务过程")
    d.cl(
        "6.1",
        "学员报名后，建立学员培训档案的时间",
        V("不应超过3个工作日", R("建立学员培训档案的时间", "<=", 3, "个工作日", cond=["学员报名后"])),
        "。",
    )
    d.cl("6.2", "培训机构宜每月对教练员开展一次教学质量评议。")
    d.cl(
        "6.3",
        "学员约车后因机构原因取消训练的，提前通知学员的时间",
        V("不应少于24 h", R("提前通知学员的时间", ">=", 24, "h", cond=["学员约车后因机构原因取消训练的"])),
        "。",
    )
    d.h("7", "投诉处理")
    d.cl(
        "7.1",
        "学员投诉的受理时间",
        V("不超过1个工作日", R("学员投诉的受理时间", "<=", 1, "个工作日")),
        "，办结时间",
        V("不超过5个工作日", R("办结时间", "<=", 5, "个工作日")),
        "。",
    )
    d.cl("7.2", "投诉处理记录应保存不少于3年。")
    return d
