"""DB/T 地方标准 托育机构服务规范 (test): a provincial local standard for childcare centres with a class
table (班型 rows with their age bands, group sizes and carer ratios as counts), seasons in a table with a
merged label (冬季 / 夏季, conditions) over temperature ranges, an illuminance, areas, durations, a
retention period and sample mass in clauses and a Word-numbered list, and monitoring frequencies that are
not counted.  Echoes local standards for infant and toddler care services under the national guideline for
childcare centres; every figure here is invented for this corpus."""

from typing import Any

from kit import C, Doc, R, V, ql


def build() -> Doc:
    d = Doc(
        stem="wd_childcare_01",
        category="托育服务",
        code="8020",
        kind="DB/T",
        mark="DB32/T",
        kindline="江苏省地方标准",
        number="DB32/T 4890—2026",
        title=["托育机构服务规范"],
        title_en="Specification for services of childcare institutions",
        replaces=[],
        ics="03.080.99",
        ccs="A 12",
        filing="78215-2026",
        issuers=["江苏省市场监督管理局"],
        issued="2026-01-22",
        effective="2026-02-22",
        face="serif",
        folio="plain",
        drafters=[
            ("本文件起草单位：", "江苏省妇幼保健协会、南京市托育服务指导中心"),
            ("本文件主要起草人：", "孙静、潘玉梅、徐立"),
        ],
    )
    d.preface(
        "本文件按照GB/T 1.1—2020的规定起草。",
        "本文件由江苏省卫生健康委员会提出并组织实施。",
        "本文件由江苏省卫生健康标准化技术委员会归口。",
    )
    d.h("范围")
    d.p("本文件规定了托育机构的基本要求、设施环境、人员配备、保育照护、卫生保健、安全管理和服务评价。")
    d.p("本文件适用于为3岁以下婴幼儿提供全日托、半日托、计时托服务的托育机构。")
    d.h("规范性引用文件")
    for ref in ("GB 50034　建筑照明设计标准", "WS/T 821　托育机构婴幼儿喂养与营养指南"):
        d.p(ref, indent=False)
    d.h("基本要求")
    d.cl(2, "托育机构应依法登记，并向所在地卫生健康部门备案。")
    d.cl(2, "托育机构的收托规模不宜超过150人。")
    d.h("设施环境")
    d.cl(
        2,
        "托育机构建筑面积人均",
        V("不少于8 m<sup>2</sup>", R("建筑面积", ">=", 8.0, "m²", cond=["人均"])),
        "，室外活动场地人均",
        V("不少于3 m<sup>2</sup>", R("室外活动场地面积", ">=", 3.0, "m²", cond=["人均"])),
        "。",
    )
    d.cl(
        2,
        "婴幼儿生活用房应设在三层及以下，每班生活用房使用面积",
        V("不少于50 m<sup>2</sup>", R("生活用房使用面积", ">=", 50.0, "m²", cond=["每班"])),
        "。",
    )
    d.cl(2, "室内环境应符合表1的规定。")
    d.table(
        "1",
        "室内环境要求",
        [
            [C("项目", cs=2), "要求"],
            [
                C("室内温度/℃", rs=2),
                "冬季",
                V("18～22", R("室内温度", "range", 18.0, "℃", vmax=22.0, cond=["冬季"])),
            ],
            ["夏季", V("26～28", R("室内温度", "range", 26.0, "℃", vmax=28.0, cond=["夏季"]))],
            [C("相对湿度/%", cs=2), V("30～70", R("相对湿度", "range", 30.0, "%", vmax=70.0))],
            [C("活动室照度/lx", cs=2), V("≥300", R("活动室照度", ">=", 300.0, "lx"))],
            [C("睡眠室照度/lx", cs=2), V("≤100", R("睡眠室照度", "<=", 100.0, "lx"))],
            [C("噪声（昼间）/dB(A)", cs=2), V("≤45", R("噪声（昼间）", "<=", 45.0, "dB(A)"))],
        ],
        widths=[50, 30, 78],
    )
    d.h("人员配备")
    d.cl(2, "托育机构按婴幼儿月龄分班，各班型的规模和保育人员配备应符合表2的规定。")
    rows: list[list[Any]] = [["班型", "婴幼儿月龄", "班级规模/人", "每名保育人员照护婴幼儿数/人"]]
    for cls, age, size, ratio in (
        ("乳儿班", "6个月～12个月", "≤10", "≤3"),
        ("托小班", "12个月～24个月", "≤15", "≤5"),
        ("托大班", "24个月～36个月", "≤20", "≤7"),
    ):
        rows.append(
            [
                cls,
                age,
                V(size, R("班级规模", "<=", float(size[1:]), "人", cond=[cls])),
                V(ratio, R("每名保育人员照护婴幼儿数", "<=", float(ratio[1:]), "人", cond=[cls])),
            ]
        )
    rows.append(
        [
            C("混合编班", cs=2),
            V("≤18", R("班级规模", "<=", 18.0, "人", cond=["混合编班"])),
            V("≤5", R("每名保育人员照护婴幼儿数", "<=", 5.0, "人", cond=["混合编班"])),
        ]
    )
    d.table("2", "班级规模和保育人员配备", rows, widths=[30, 40, 34, 54])
    d.cl(
        2,
        "收托50人以上的机构应",
        V("至少配备1名", R("专职保健人员", ">=", 1.0, "名", cond=["收托50人以上的机构"])),
        "专职保健人员。",
    )
    d.h("保育照护")
    d.cl(
        2,
        "婴幼儿每日户外活动时间",
        V("不少于2 h", R("户外活动时间", ">=", 2.0, "h", cond=["每日"])),
        "，寒冷、炎热季节可酌情调整。",
    )
    d.cl(2, "全日托婴幼儿午睡时间宜为1.5 h～2.5 h。")
    d.cl(2, "婴幼儿进餐间隔时间", V("不少于3.5 h", R("进餐间隔时间", ">=", 3.5, "h")), "。")
    d.h("卫生保健")
    d.p("托育机构应做好以下卫生保健工作：")
    d.items(
        ["每日晨午检，检查内容：", ql("晨午检", "一摸、二看、三问、四查"), "；"],
        [
            "每餐次食品成品留样",
            V("不少于125 g", R("食品留样量", ">=", 125.0, "g", cond=["每餐次"])),
            "，留样保存",
            V("48 h以上", R("留样保存时间", ">=", 48.0, "h")),
            "；",
        ],
        [
            "餐饮具消毒采用煮沸法时，保持",
            V("100 ℃", R("煮沸消毒温度", "=", 100.0, "℃")),
            "作用",
            V("15 min以上", R("煮沸消毒时间", ">=", 15.0, "min")),
            "；",
        ],
        ["玩具每周清洗消毒一次。"],
    )
    d.h("安全管理")
    d.cl(
        2,
        "婴幼儿活动区域应实现视频监控全覆盖，监控录像保存期",
        V("不少于90 d", R("监控录像保存期", ">=", 90.0, "d")),
        "。",
    )
    d.cl(2, "托育机构每月组织一次消防安全检查，每季度开展一次应急疏散演练。")
    d.cl(2, "接到家长投诉后应在", V("1个工作日内", R("投诉响应时间", "<=", 1.0, "个工作日")), "回复。")
    return d
