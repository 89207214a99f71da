"""T/CAS-style 家用电器安装维修服务规范 (dev, a group standard): a fully boxed table
项目 | 单位 | 一级 | 二级 | 三级 of service quality grades with comparators at the end of the row
labels and a value merged across the grades; service requirements in prose with full-width digits
(响应时间不应超过３０ ｍｉｎ, 达到１００％, 上门服务时间 by area), 分别 lists; the satisfaction formula
with its 式中 list.  No real standard of this number exists; the structure follows the genre of group
service standards as remembered and every figure is invented."""

from kit import CAS, C, Doc, R, V, fw, references

GRADES = ["一级", "二级", "三级"]


def graded(name, cmp, unit, texts, cond=()):
    if isinstance(texts, str):
        return [C(V(texts, *[R(name, cmp, float(texts), unit, grade=g, cond=cond) for g in GRADES]), cs=3)]
    return [
        V(t, R(name, cmp, float(t), unit, grade=g, cond=cond)) for g, t in zip(GRADES, texts, strict=True)
    ]


def build() -> Doc:
    d = Doc(
        stem="pr_applianceservice_01",
        category="家用电器安装维修服务",
        code="8132",
        kind="T",
        mark="T/CAS",
        number="T/CAS 812—2026",
        title=["家用电器安装维修服务规范"],
        title_en="Service specification for installation and repair of household appliances",
        ics="03.080.30",
        ccs="A 12",
        issuers=CAS,
        issued="2026-09-10",
        effective="2026-10-10",
    )
    d.preface(
        "本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。",
        "请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。",
        "本文件由中国标准化协会提出并归口。",
    )
    d.h("1", "范围")
    d.p("本文件规定了家用电器安装维修服务的基本要求、服务流程、服务质量要求和服务评价与改进。")
    d.p("本文件适用于家用电器生产企业、销售企业及其授权的服务网点提供的安装、维修服务。")
    references(d, "2", "GB/T 19012　质量管理　顾客满意　组织投诉处理指南", "GB/T 36733　服务质量评价通则")
    d.h("3", "术语和定义")
    d.cl("3.1", "<b>一次修复率</b>　统计期内一次上门即修复的维修单数占维修单总数的百分比。")
    d.cl("3.2", "<b>返修率</b>　统计期内维修后３０ ｄ内因同一故障再次维修的维修单数占维修单总数的百分比。")
    d.h("4", "基本要求")
    d.cl(
        "4.1",
        fw("服务网点应有固定的经营场所，维修场地的面积"),
        V(fw("不应小于30 m<sup>2</sup>"), R("维修场地的面积", ">=", 30, "m²")),
        fw("，并配备与所维修产品相适应的检测仪器和工具。"),
    )
    d.cl(
        "4.2",
        fw("服务人员应经培训合格后上岗，持证上岗率应达到"),
        V(fw("100%"), R("持证上岗率", ">=", 100, "%")),
        fw("；每个服务网点的专职维修人员不得"),
        V(fw("少于3人"), R("专职维修人员", ">=", 3, "人", cond=["每个服务网点的"])),
        "。",
    )
    d.p(fw("注：网点人员数量按服务区域内的保有量配置，宜每1 000台产品配置1名。"))
    d.cl(
        "4.3",
        fw("服务网点应配备常用备件，常用备件的库存满足率须"),
        V(fw("≥90%"), R("常用备件的库存满足率", ">=", 90, "%")),
        fw("；非常用备件的供应周期"),
        V(fw("不应超过7 d"), R("非常用备件的供应周期", "<=", 7, "d")),
        "。",
    )
    d.h("5", "服务流程")
    d.cl(
        "5.1",
        fw("受理：服务热线应提供人工接听服务；客户报修后，服务商的响应时间"),
        V(fw("不应超过30 min"), R("响应时间", "<=", 30, "min", cond=["客户报修后"])),
        "。",
    )
    d.cl(
        "5.2",
        fw("上门：城区和郊区的上门服务时间"),
        V(fw("分别不超过24 h"), R("上门服务时间", "<=", 24, "h", cond=["城区"])),
        "和",
        V(fw("48 h"), R("上门服务时间", "<=", 48, "h", cond=["郊区"])),
        fw("；农村地区的上门服务时间由双方约定，但"),
        V(fw("不得超过72 h"), R("上门服务时间", "<=", 72, "h", cond=["农村地区"])),
        "。",
    )
    d.cl(
        "5.3",
        fw("维修：上门后，一般故障的修复时间应当"),
        V(fw("不超过2 h"), R("一般故障的修复时间", "<=", 2, "h", cond=["上门后"])),
        fw("；需返厂维修的，维修周期"),
        V(fw("不超过15 d"), R("维修周期", "<=", 15, "d", cond=["需返厂维修的"])),
        "。",
    )
    d.cl(
        "5.4",
        fw("保修：维修部位的保修期必须"),
        V(fw("不少于90 d"), R("维修部位的保修期", ">=", 90, "d")),
        fw("，更换的零部件按原厂保修期执行。"),
    )
    d.h("6", "服务质量要求")
    d.cl("6.1", "服务质量按服务能力分为一级、二级和三级，各级的服务质量指标应符合表1的规定。")
    rows: list[list] = [
        [C("项目", rs=2), C("单位", rs=2), C("指标", cs=3)],
        GRADES,
        ["电话接通率　≥", "%", *graded("电话接通率", ">=", "%", ["95", "90", "85"])],
        ["预约上门准时率　≥", "%", *graded("预约上门准时率", ">=", "%", ["98", "95", "90"])],
        ["一次修复率　≥", "%", *graded("一次修复率", ">=", "%", ["95", "90", "85"])],
        ["返修率　≤", "%", *graded("返修率", "<=", "%", ["2", "3", "5"])],
        ["客户满意度　≥", "%", *graded("客户满意度", ">=", "%", ["95", "90", "85"])],
        ["投诉处理率", "%", *graded("投诉处理率", "=", "%", "100")],
        ["投诉处理时限　≤", "工作日", *graded("投诉处理时限", "<=", "工作日", ["3", "5", "7"])],
    ]
    d.table(
        "1",
        "服务质量指标",
        rows,
        head=2,
        widths=[50, 22, 26, 26, 26],
        style="grid",
        notes=["注1：统计期为一个自然年。", "注2：投诉处理时限自受理投诉之日起计算。"],
    )
    d.h("7", "服务评价与改进")
    d.cl("7.1", fw("服务商应每季度对不少于5%的维修单进行回访，回访结果作为评价依据。"))
    d.cl("7.2", "客户满意度按式（1）计算：")
    d.math(r"S = \frac{n_1}{n} \times 100\%", "1")
    d.where(
        "<m>S</m>——客户满意度；",
        "<m>n_1</m>——回访中评价为满意和基本满意的客户数；",
        "<m>n</m>——回访的客户总数。",
    )
    d.cl("7.3", "对评价中发现的问题，服务商应制定纠正措施并跟踪验证其有效性。")
    return d
