"""T/CMCHA-style 团体标准 母婴护理中心服务规范 (dev): a staffing table with service-level
columns 一级 / 二级 / 三级 (grades) and a 单位 column, comparators as words in the cells (不少于 /
不超过), a bare 100 merged across levels; a room-environment table with a condition column (夏季 /
冬季, 昼间 / 夜间), ranges with ～ and words; a quality table with units in brackets after the names;
clause time limits, a centred tolerance, 分别 pairs, 宜 sentences and frequencies (not counted).
Echoes the group standards on postpartum care centres; every figure here is invented for this corpus."""

from kit import C, Doc, R, V

LEVELS = ["一级", "二级", "三级"]


def build() -> Doc:
    d = Doc(
        stem="wp_confinement_01",
        category="母婴护理服务",
        code="8090",
        kind="T",
        mark="T/CMCHA",
        number="T/CMCHA 031—2026",
        title=["母婴护理中心服务规范"],
        title_en="Service specification for maternal and infant care centres",
        ics="03.080.30",
        ccs="A 12",
        issuers=["中国妇幼保健协会"],
        issued="2026-01-20",
        effective="2026-03-01",
    )
    d.preface(
        "本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。",
        "请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。",
        "本文件由中国妇幼保健协会母婴服务专业委员会提出。",
        "本文件由中国妇幼保健协会归口。",
        "本文件起草单位：中国妇幼保健协会、北京市妇幼保健院、上海市家庭服务业协会、杭州悦宁母婴护理有限公司。",
    )
    d.h("1", "范围")
    d.p("本文件规定了母婴护理中心的服务等级、人员配备、房间环境、服务内容与要求、服务质量评价与改进。")
    d.p(
        "本文件适用于为产妇和新生儿提供住宿、膳食及生活护理服务的母婴护理中心（月子中心），不适用于医疗机构的产科病房。"
    )
    d.h("2", "规范性引用文件")
    d.p("本文件没有规范性引用文件。")
    d.h("3", "术语和定义")
    d.cl("3.1", "<b>母婴护理中心</b>　为产妇及新生儿在产后42 d内提供专业生活照护和康复指导的服务机构。")
    d.cl("3.2", "<b>母婴护理员</b>　经培训合格，从事产妇和新生儿日常生活照护工作的人员。")
    d.h("4", "服务等级与人员配备")
    d.cl("4.1", "母婴护理中心的服务等级由高到低分为一级、二级和三级。")
    d.cl("4.2", "各服务等级的人员配备应符合表1的规定。")
    d.table(
        "1",
        "人员配备要求",
        [
            ["项目", "单位", *LEVELS],
            [
                C("每名母婴护理员同时护理的新生儿数", align="l"),
                "名",
                *[
                    V(f"不超过{n}", R("每名母婴护理员同时护理的新生儿数", "<=", n, "名", grade=g))
                    for n, g in zip((1, 2, 3), LEVELS, strict=False)
                ],
            ],
            [
                C("24 h在岗执业护士人数", align="l"),
                "人",
                *[
                    V(f"不少于{n}", R("24 h在岗执业护士人数", ">=", n, "人", grade=g))
                    for n, g in zip((3, 2, 1), LEVELS, strict=False)
                ],
            ],
            [
                C("母婴护理员持证上岗率", align="l"),
                "%",
                C(V("100", *[R("母婴护理员持证上岗率", "=", 100, "%", grade=g) for g in LEVELS]), cs=3),
            ],
            [
                C("护理人员年培训时间", align="l"),
                "h",
                *[
                    V(f"不少于{n}", R("护理人员年培训时间", ">=", n, "h", grade=g))
                    for n, g in zip((72, 48, 40), LEVELS, strict=False)
                ],
            ],
        ],
        widths=[62, 16, 29, 29, 29],
        style="zebra",
        notes=["注1：执业护士指取得护士执业证书并在本机构注册的人员。", "注2：年培训时间不含岗前培训。"],
    )
    d.cl("4.3", "母婴护理员应持有效健康证明上岗，每年进行一次健康检查。")
    d.h("5", "房间环境")
    d.cl("5.1", "母婴同室的房间环境应符合表2的规定。")

    def env(name, unit, cond, text, cmp, v, vmax=None):
        return V(text, R(name, cmp, v, unit, cond=[cond] if cond else [], vmax=vmax))

    d.table(
        "2",
        "房间环境要求",
        [
            ["项目", "条件", "要求"],
            [
                C("室内温度（℃）", rs=2, align="l"),
                "夏季",
                env("室内温度", "℃", "夏季", "24～26", "range", 24, 26),
            ],
            ["冬季", env("室内温度", "℃", "冬季", "22～24", "range", 22, 24)],
            [C("相对湿度（%）", align="l"), "—", env("相对湿度", "%", None, "45～65", "range", 45, 65)],
            [C("噪声［dB(A)］", rs=2, align="l"), "昼间", env("噪声", "dB(A)", "昼间", "不大于45", "<=", 45)],
            ["夜间", env("噪声", "dB(A)", "夜间", "不大于35", "<=", 35)],
            [
                C("甲醛（mg/m<sup>3</sup>）", align="l"),
                "—",
                env("甲醛", "mg/m³", None, "不大于0.08", "<=", 0.08),
            ],
            [
                C("空气细菌总数（CFU/m<sup>3</sup>）", align="l"),
                "—",
                env("空气细菌总数", "CFU/m³", None, "不大于2 500", "<=", 2500),
            ],
            [
                C("夜间护理照度（lx）", align="l"),
                "地面",
                env("夜间护理照度", "lx", "地面", "不低于50", ">=", 50),
            ],
        ],
        widths=[56, 30, 60],
        style="outer",
    )
    d.cl(
        "5.2",
        "每间母婴室的使用面积不应小于",
        V("15 m<sup>2</sup>", R("每间母婴室的使用面积", ">=", 15, "m²")),
        "，宜不小于20 m<sup>2</sup>；室内应有独立卫生间和新风或通风设施。",
    )
    d.cl("5.3", "房间应每日清洁，床单、被套每周至少更换2次。")
    d.h("6", "服务内容与要求")
    d.h("6.1", "入住评估")
    d.p(
        "入住健康评估完成时间自产妇及新生儿入住时起不应超过",
        V("2 h", R("入住健康评估完成时间", "<=", 2, "h", cond=["自产妇及新生儿入住时起"])),
        "，评估内容包括体温、血压、伤口、母乳喂养情况和新生儿黄疸等。",
    )
    d.h("6.2", "新生儿护理")
    d.cl(
        "6.2.1",
        "新生儿沐浴时，沐浴间室温应保持在",
        V("26 ℃～28 ℃", R("沐浴间室温", "range", 26, "℃", vmax=28, cond=["新生儿沐浴时"])),
        "，洗澡水温度应控制在",
        V("（38±1）℃", R("洗澡水温度", "tolerance", 38, "℃", tol=1, cond=["新生儿沐浴时"])),
        "。",
    )
    d.cl("6.2.2", "每日测量新生儿体温不少于2次，记录吃奶、大小便和睡眠情况。")
    d.cl("6.2.3", "新生儿抚触宜每日1次～2次，每次10 min～15 min。")
    d.h("6.3", "膳食服务")
    d.cl(
        "6.3.1",
        "每餐次的食品成品应留样，留样量和留样时间分别不少于",
        V("125 g", R("留样量", ">=", 125, "g")),
        "和",
        V("48 h", R("留样时间", ">=", 48, "h")),
        "，每个品种单独存放。",
    )
    d.cl("6.3.2", "每日提供正餐和加餐合计不少于5次。")
    d.h("6.4", "呼叫与投诉")
    d.cl(
        "6.4.1",
        "房间内应设置呼叫装置，护理人员的呼叫响应时间不应超过",
        V("3 min", R("呼叫响应时间", "<=", 3, "min")),
        "。",
    )
    d.cl(
        "6.4.2",
        "投诉响应时间不应超过",
        V("24 h", R("投诉响应时间", "<=", 24, "h")),
        "，投诉处理完结时间不应超过",
        V("7 d", R("投诉处理完结时间", "<=", 7, "d")),
        "。",
    )
    d.h("7", "服务质量评价")
    d.cl("7.1", "母婴护理中心应每季度开展一次客户满意度调查，有效问卷不少于在住客户的80%。")
    d.cl("7.2", "服务质量指标应符合表3的规定。")
    d.table(
        "3",
        "服务质量指标",
        [
            ["指标", *LEVELS],
            [
                C("客户满意度（%）", align="l"),
                *[
                    V(f"≥{n}", R("客户满意度", ">=", n, "%", grade=g))
                    for n, g in zip((95, 90, 85), LEVELS, strict=False)
                ],
            ],
            [
                C("服务记录完整率（%）", align="l"),
                C(V("100", *[R("服务记录完整率", "=", 100, "%", grade=g) for g in LEVELS]), cs=3),
            ],
            [
                C("有效投诉率（‰）", align="l"),
                *[
                    V(f"≤{n}", R("有效投诉率", "<=", float(n), "‰", grade=g))
                    for n, g in zip(("1", "2", "3"), LEVELS, strict=False)
                ],
            ],
        ],
        widths=[56, 34, 34, 34],
        style="zebra",
    )
    d.cl("7.3", "服务档案保存期限不应少于", V("3年", R("服务档案保存期限", ">=", 3, "年")), "。")
    return d
