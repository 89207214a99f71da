"""DB/T local standard 健身房服务规范 (dev), a CMS page: clause numbers by CSS counters, a plain cover,
running heads in @page margin boxes, full-grid tables in AR PL UMing.  An environment table with a 单位
column and the comparator in the cell (ranges, ≤, ≥); a grade ladder 三星级 / 四星级 / 五星级 with the
comparator in a column of its own, a qualitative cell per grade and one merged over two grades; time
limits in clauses with word comparators and a relative subject; frequencies, 宜 sentences and scope
bounds not counted.  The levels echo the national standards on hygiene of public places and on fitness
venue services as remembered; the number and every figure are invented."""

from kit import C, Doc, R, V, front, g3, ql, qm, references

GRADES = ["三星级", "四星级", "五星级"]


def build() -> Doc:
    d = Doc(
        stem="cr_gym_01",
        category="健身房服务",
        code="8930",
        kind="DB/T",
        mark="DB32",
        line="江苏省地方标准",
        short="健身房服务规范",
        number="DB32/T 4712—2026",
        title=["健身房服务规范"],
        title_en="Service specification for fitness clubs",
        ics="03.080.30",
        ccs="A 12",
        issuers=["江苏省市场监督管理局"],
        issued="2026-05-28",
        effective="2026-06-28",
        numbering="counter",
        running="margin",
        cover="plain",
        body_font="ming",
    )
    front(
        d,
        "本文件由江苏省体育局提出并组织实施。",
        "本文件由江苏省体育标准化技术委员会归口。",
        "本文件起草单位：江苏省体育科学研究所、南京市健身行业协会。",
    )
    d.h("1", "范围")
    d.p("本文件规定了健身房的基本要求、环境与卫生、设施设备、服务人员、服务质量等级和投诉处理。")
    d.p("本文件适用于营业面积不小于300 m²的商业健身房的服务与管理。")
    references(
        d,
        "2",
        "GB 19085　商业、服务业经营场所传染性疾病预防措施",
        "GB 37488　公共场所卫生指标及限值要求",
        "GB/T 34281　全民健身活动中心分类配置要求",
    )
    d.h("3", "基本要求")
    d.p("健身房应依法取得营业执照，配备与经营规模相适应的服务人员，建立安全管理和应急救护制度。")
    d.h("4", "环境与卫生")
    d.p("运动区的环境与卫生指标应符合表1的规定。")
    env = [
        ("温度", "℃", "18～25", "range"),
        ("相对湿度", "%", "40～70", "range"),
        ("二氧化碳", "%", "≤0.15", "<="),
        ("甲醛", "mg/m<sup>3</sup>", "≤0.10", "<="),
        ("可吸入颗粒物（PM<sub>10</sub>）", "mg/m<sup>3</sup>", "≤0.15", "<="),
        ("新风量", "m<sup>3</sup>/(h·人)", "≥30", ">="),
        ("照度", "lx", "≥300", ">="),
        ("噪声", "dB(A)", "≤75", "<="),
    ]
    unit_gold = {"mg/m<sup>3</sup>": "mg/m³", "m<sup>3</sup>/(h·人)": "m³/(h·人)"}
    rows: list = [["项目", "单位", "指标"]]
    for name, unit, text, cmp in env:
        gname = name.replace("<sub>", "").replace("</sub>", "")
        rows.append(
            [C(name, align="l"), unit, g3(gname, unit_gold.get(unit, unit), [text], cmp, grades=[None])[0]]
        )
    d.table("1", "运动区环境与卫生指标", rows, widths=[60, 40, 50])
    d.cl("4.1", "更衣室、淋浴室应保持通风，地面防滑，淋浴室地面无积水。")
    d.cl("4.2", "公用毛巾、浴巾应一客一换一消毒；宜每日对器械把手、坐垫进行清洁消毒。")
    d.h("5", "服务质量等级")
    d.p("健身房服务质量分为三星级、四星级和五星级，各等级的要求应符合表2的规定。")
    q: list = [["项目", "单位", "要求", *GRADES]]
    q.append(
        [
            C("营业面积", align="l"),
            "m<sup>2</sup>",
            "≥",
            *g3("营业面积", "m²", ["500", "1 000", "2 000"], ">=", grades=GRADES),
        ]
    )
    q.append(
        [
            C("有氧训练器械", align="l"),
            "台",
            "≥",
            *g3("有氧训练器械", "台", ["20", "40", "60"], ">=", grades=GRADES),
        ]
    )
    q.append(
        [
            C("持证教练员", align="l"),
            "名",
            "≥",
            *g3("持证教练员", "名", ["3", "6", "10"], ">=", grades=GRADES),
        ]
    )
    q.append([C("淋浴位", align="l"), "个", "≥", *g3("淋浴位", "个", ["6", "10", "16"], ">=", grades=GRADES)])
    q.append(
        [
            C("顾客满意度", align="l"),
            "%",
            "≥",
            *g3("顾客满意度", "%", ["85", "90", "95"], ">=", grades=GRADES),
        ]
    )
    q.append(
        [
            C("急救设施", align="l"),
            "—",
            "—",
            ql("急救设施", "配备急救箱", grade="三星级"),
            C(qm("急救设施", "配备急救箱和自动体外除颤器（AED）", ["四星级", "五星级"]), cs=2),
        ]
    )
    q.append(
        [
            C("营业时间", align="l"),
            "h/d",
            "≥",
            *g3("营业时间", "h/d", ["12", "14", "16"], ">=", grades=GRADES),
        ]
    )
    d.table(
        "2",
        "服务质量等级要求",
        q,
        widths=[34, 20, 16, 30, 30, 30],
        notes=["注：营业面积不含停车场及对外经营的餐饮区域。"],
    )
    d.h("6", "服务人员")
    d.cl("6.1", "教练员应持有国家职业资格证书或行业认可的专业技能证书。")
    d.cl(
        "6.2",
        "营业期间，运动区每200 m²",
        V("应至少配备1名", R("巡场服务人员", ">=", 1, "名", cond=["运动区每200 m²", "营业期间"])),
        "巡场服务人员。",
    )
    d.cl(
        "6.3",
        "从业人员每年应接受急救培训，在岗人员中持有效急救证书的人员比例",
        V("不应低于30%", R("持有效急救证书的人员比例", ">=", 30, "%", cond=["在岗人员中"])),
        "。",
    )
    d.h("7", "投诉处理")
    d.cl(
        "7.1",
        "顾客投诉的回复时间",
        V("不应超过24 h", R("顾客投诉的回复时间", "<=", 24, "h")),
        "，处理结果的告知时间",
        V("不应超过7 d", R("处理结果的告知时间", "<=", 7, "d")),
        "。",
    )
    d.cl(
        "7.2",
        "器械故障报修后，修复时间",
        V("不应超过48 h", R("修复时间", "<=", 48, "h", cond=["器械故障报修后"])),
        "；修复前应设置停用标识。",
    )
    d.cl("7.3", "健身房宜每季度开展一次顾客满意度调查，调查样本宜不少于会员总数的5%。")
    return d
