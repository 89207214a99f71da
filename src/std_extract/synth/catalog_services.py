"""Catalog: service categories (供水, 住宅装饰装修, 快递, 餐饮, 物业, 家政).

Service standards carry indicators too (DOMAIN.md "Services"): response times, rates,
satisfaction.  Floors follow GB 5749-2022, CJJ 92, GB 50325-2020, GB 50210, GB/T 27917,
SB/T 10426, GB/T 20647.9 and GB/T 39597 closely enough to be realistic; nothing is normative.
Each category's ``methods`` are the 评价方法 (formulas and counting rules), which are not
indicators.
"""

from __future__ import annotations

from std_extract.synth.model import Category, Group
from std_extract.synth.model import Spec as S

_RATE_METHODS = (
    (
        "投诉处理率",
        "投诉处理率按公式 P＝N1/N×100% 计算，式中N1为统计期内已处理的有效投诉件数，"
        "N为有效投诉总件数，统计期为1个自然年。",
    ),
    (
        "满意度",
        "采用问卷调查方式，每年至少开展1次，样本量不少于服务对象总数的10%，满意度按满意与基本满意问卷数之和占有效问卷数的百分比计算。",
    ),
)

WATER = Category(
    key="城镇供水服务",
    service=True,
    titles=(("城镇供水服务",), ("城镇供水服务规范",), ("供水服务", "质量要求")),
    title_en=("Urban water supply service",),
    ics="13.060.20",
    ccs="P 41",
    business="水务",
    product="城镇公共供水服务",
    scope_tail="城镇公共供水企业向用户提供生活饮用水供应及相关服务",
    terms=(
        ("管网末梢水", "tap water at the end of network", "出厂水经输配水管网输送至用户水龙头的水。"),
        ("管网漏损率", "leakage rate", "管网漏损水量与供水总量之比。"),
    ),
    refs=(
        "GB 5749 生活饮用水卫生标准",
        "GB/T 5750 生活饮用水标准检验方法",
        "CJJ 92 城镇供水管网漏损控制及评定标准",
        "CJ/T 206 城市供水水质标准",
    ),
    groups=(
        Group(
            "水质要求",
            "numeric",
            (
                S(
                    "浑浊度",
                    "NTU",
                    "<=",
                    1.0,
                    step=0.3,
                    printed="浑浊度（散射浑浊度单位）",
                    method="GB/T 5750.4",
                ),
                S(
                    "色度",
                    "度",
                    "<=",
                    15,
                    step=5,
                    dec=0,
                    printed="色度（铂钴色度单位）",
                    method="GB/T 5750.4",
                ),
                S("臭和味", None, "qualitative", "无异臭、异味", method="GB/T 5750.4"),
                S("pH值", None, "range", (6.5, 8.5), step=0.2, method="GB/T 5750.4"),
                S("出厂水", "mg/L", ">=", 0.3, step=0.1, parent="游离氯", method="GB/T 5750.11"),
                S("管网末梢水", "mg/L", ">=", 0.05, step=0.05, dec=2, parent="游离氯", method="GB/T 5750.11"),
                S("总大肠菌群", "MPN/100mL", "not_detected", method="GB/T 5750.12"),
                S("菌落总数", "MPN/mL", "<=", 100, step=20, dec=0, method="GB/T 5750.12"),
                S(
                    "高锰酸盐指数",
                    "mg/L",
                    "<=",
                    3.0,
                    step=0.5,
                    printed="高锰酸盐指数（以O2计）",
                    method="GB/T 5750.7",
                ),
            ),
            annex_ok=True,
        ),
        Group(
            "供水服务",
            "inline",
            (
                S("管网末梢压力", "MPa", ">=", 0.14, step=0.02, dec=2),
                S("计划停水提前通知时间", "h", ">=", 24, step=12, dec=0, unit_cn="小时"),
                S("故障报修到达现场时间", "min", "<=", 60, step=15, dec=0, unit_cn="分钟"),
            ),
        ),
        Group(
            "服务质量指标",
            "numeric",
            (
                S("水质综合合格率", "%", ">=", 95, step=2, dec=0, cap=100),
                S("管网漏损率", "%", "<=", 10, step=1, dec=0),
                S("抄表准确率", "%", ">=", 99.0, step=0.3, cap=99.9),
                S("投诉处理率", "%", ">=", 98, step=1, dec=0, cap=100),
                S("用户满意度", "%", ">=", 85, step=3, dec=0),
            ),
        ),
    ),
    methods=(
        (
            "水质检测",
            "水样的采集与保存按GB/T 5750.2的规定执行，管网末梢水每月采样不少于2次，每次不少于10个点。",
        ),
        ("管网漏损率", "按CJJ 92规定的方法计算，统计周期为1年。"),
    )
    + _RATE_METHODS,
    lot_rule="",
    sample_rule="",
    marking=(),
    t_bodies=(("T/CUWA", "中国城镇供水排水协会"),),
    count=5,
)

DECORATION = Category(
    key="住宅装饰装修",
    service=True,
    titles=(("住宅装饰装修服务",), ("家庭装饰装修服务规范",), ("住宅全装修", "服务与质量要求")),
    title_en=("Residential decoration service",),
    ics="91.200",
    ccs="P 31",
    business="装饰",
    product="住宅装饰装修服务",
    scope_tail="住宅室内装饰装修工程的设计、施工、验收及售后",
    terms=(("基础装修", "basic decoration", "对住宅室内墙面、地面、顶面等进行的基本装饰装修。"),),
    refs=(
        "GB 50210 建筑装饰装修工程质量验收标准",
        "GB 50325 民用建筑工程室内环境污染控制标准",
        "GB 50327 住宅装饰装修工程施工规范",
        "GB/T 18883 室内空气质量标准",
    ),
    groups=(
        Group(
            "室内环境污染物浓度",
            "numeric",
            (
                S("甲醛", "mg/m³", "<=", 0.07, step=0.01, dec=2, method="GB 50325"),
                S("苯", "mg/m³", "<=", 0.06, step=0.01, dec=2, method="GB 50325"),
                S("甲苯", "mg/m³", "<=", 0.15, step=0.03, dec=2, method="GB 50325"),
                S("二甲苯", "mg/m³", "<=", 0.20, step=0.05, dec=2, method="GB 50325"),
                S("TVOC", "mg/m³", "<=", 0.45, step=0.05, dec=2, method="GB 50325"),
                S("氡", "Bq/m³", "<=", 150, step=20, dec=0, optional=0.5, method="GB 50325"),
                S("氨", "mg/m³", "<=", 0.15, step=0.03, dec=2, optional=0.3, method="GB 50325"),
            ),
            annex_ok=True,
        ),
        Group(
            "施工质量",
            "numeric",
            (
                S(
                    "立面垂直度",
                    "mm",
                    "<=",
                    3,
                    step=1,
                    dec=0,
                    parent="墙面抹灰允许偏差",
                    method="2 m垂直检测尺",
                ),
                S(
                    "表面平整度",
                    "mm",
                    "<=",
                    3,
                    step=1,
                    dec=0,
                    parent="墙面抹灰允许偏差",
                    method="2 m靠尺和塞尺",
                ),
                S("阴阳角方正", "mm", "<=", 3, step=1, dec=0, parent="墙面抹灰允许偏差", method="直角检测尺"),
                S("表面平整度", "mm", "<=", 2.0, step=0.5, parent="地面砖允许偏差", method="2 m靠尺和塞尺"),
                S("接缝高低差", "mm", "<=", 0.5, step=0.1, parent="地面砖允许偏差", method="钢直尺和塞尺"),
            ),
        ),
        Group(
            "售后服务",
            "inline",
            (
                S("基础装修工程保修期", "年", ">=", 2, step=1, dec=0, unit_cn="年"),
                S("防水工程保修期", "年", ">=", 5, step=1, dec=0, unit_cn="年"),
                S("投诉响应时间", "h", "<=", 24, step=12, dec=0, unit_cn="小时"),
                S("客户满意度", "%", ">=", 90, step=2, dec=0),
            ),
        ),
    ),
    methods=(
        (
            "室内环境检测",
            "应在工程完工至少7 d以后、交付使用前进行，检测时对外门窗关闭1 h后采样，"
            "采样点距地面0.8 m～1.5 m。",
        ),
        ("施工质量检测", "每个自然间抽查不少于3处，用2 m靠尺、塞尺和直角检测尺测量。"),
    )
    + _RATE_METHODS,
    lot_rule="",
    sample_rule="",
    marking=(),
    t_bodies=(("T/CBDA", "中国建筑装饰协会"),),
    count=5,
)

EXPRESS = Category(
    key="快递服务",
    service=True,
    titles=(("快递服务",), ("同城快递服务规范",), ("快递服务", "质量要求")),
    title_en=("Express service",),
    ics="03.240",
    ccs="A 18",
    business="快递",
    product="快递服务",
    scope_tail="快递企业在中华人民共和国境内提供的国内快递服务",
    terms=(
        ("全程时限", "time limit", "从快递服务组织收寄快件开始，到第一次投递时所用的时间。"),
        ("彻底延误", "complete delay", "快件的延误时限达到或超过快递服务组织承诺的彻底延误时限。"),
    ),
    refs=(
        "GB/T 27917.1 快递服务 第1部分：基本术语",
        "GB/T 27917.2 快递服务 第2部分：组织要求",
        "GB/T 27917.3 快递服务 第3部分：服务环节",
        "YZ/T 0128 快递服务质量评价",
    ),
    groups=(
        Group("收寄", "inline", (S("上门揽收时间", "h", "<=", 2, step=1, dec=0, unit_cn="小时"),)),
        Group(
            "服务时限",
            "numeric",
            (
                S("同城", "h", "<=", 24, step=6, dec=0, parent="全程时限"),
                S("省内异地", "h", "<=", 48, step=12, dec=0, parent="全程时限"),
                S("省际", "h", "<=", 72, step=12, dec=0, parent="全程时限"),
            ),
        ),
        Group(
            "服务质量指标",
            "numeric",
            (
                S("投递准时率", "%", ">=", 95, step=1, dec=0, cap=100),
                S("破损率", "%", "<=", 0.10, step=0.03, dec=2),
                S("丢失率", "%", "<=", 0.01, step=0.003, dec=3),
                S("投诉处理时限", "日", "<=", 7, step=2, dec=0, unit_cn="日"),
                S("有效投诉处理率", "%", ">=", 98, step=1, dec=0, cap=100),
                S("客户满意度", "%", ">=", 90, step=2, dec=0),
            ),
        ),
    ),
    methods=(
        ("全程时限", "从收寄快件的时间起算至第一次投递的时间止，以小时计，节假日不扣除。"),
        ("破损率", "破损率＝破损快件数/收寄快件总数×100%，统计周期为1个月。"),
    )
    + _RATE_METHODS,
    lot_rule="",
    sample_rule="",
    marking=(),
    t_bodies=(("T/CFLP", "中国物流与采购联合会"),),
    count=5,
)

CATERING = Category(
    key="餐饮服务",
    service=True,
    titles=(("餐饮服务规范",), ("中式正餐服务",), ("餐饮服务", "质量要求")),
    title_en=("Catering service specification",),
    ics="03.080.30",
    ccs="A 12",
    business="餐饮",
    product="中式正餐服务",
    scope_tail="提供中式正餐的餐饮服务企业的服务",
    terms=(
        (
            "正餐服务",
            "dinner service",
            "在一定场所内提供以中餐为主的各类中西式炒菜和主食，并由服务员送餐上桌的餐饮服务。",
        ),
    ),
    refs=(
        "GB 14934 食品安全国家标准 消毒餐（饮）具",
        "GB 31654 食品安全国家标准 餐饮服务通用卫生规范",
        "SB/T 10426 餐饮企业服务规范",
    ),
    groups=(
        Group(
            "出品服务",
            "inline",
            (
                S("首道菜上桌时间", "min", "<=", 15, step=3, dec=0, unit_cn="分钟"),
                S("菜品上齐时间", "min", "<=", 40, step=5, dec=0, unit_cn="分钟"),
                S("热菜上桌时中心温度", "℃", ">=", 60, step=5, dec=0),
            ),
        ),
        Group(
            "食品安全",
            "inline",
            (
                S("留样量", "g", ">=", 125, step=25, dec=0),
                S("留样时间", "h", ">=", 48, step=24, dec=0, unit_cn="小时"),
                S("餐饮具消毒", None, "reference", "GB 14934"),
            ),
        ),
        Group(
            "服务质量指标",
            "numeric",
            (
                S("顾客满意度", "%", ">=", 90, step=2, dec=0),
                S("投诉处理率", "%", "=", 100, dec=0),
                S("投诉响应时间", "h", "<=", 24, step=12, dec=0),
                S("餐饮具消毒合格率", "%", "=", 100, dec=0),
            ),
        ),
    ),
    methods=(("温度测量", "使用经校准的探针式温度计，插入菜品中心部位测量，读数稳定后记录。"),)
    + _RATE_METHODS,
    lot_rule="",
    sample_rule="",
    marking=(),
    t_bodies=(("T/CCA", "中国烹饪协会"),),
    count=5,
)

PROPERTY = Category(
    key="物业服务",
    service=True,
    titles=(("住宅物业服务",), ("物业服务规范",), ("住宅小区", "物业服务质量要求")),
    title_en=("Residential property management service",),
    ics="03.080.99",
    ccs="A 20",
    business="物业",
    product="住宅物业服务",
    scope_tail="物业服务企业在住宅小区提供的物业服务",
    terms=(("急修", "emergency repair", "因突发故障影响业主正常生活或危及人身财产安全，需立即处理的维修。"),),
    refs=(
        "GB/T 20647.9 社区服务指南 第9部分：物业服务",
        "GB 25201 建筑消防设施的维护管理",
        "TSG T5002 电梯维护保养规则",
    ),
    groups=(
        Group(
            "房屋及设施设备维修",
            "inline",
            (
                S("急修到达现场时间", "min", "<=", 30, step=10, dec=0, unit_cn="分钟"),
                S("一般维修完成时间", "h", "<=", 24, step=12, dec=0, unit_cn="小时"),
                S("电梯困人救援到达时间", "min", "<=", 30, step=10, dec=0, unit_cn="分钟", optional=0.3),
            ),
        ),
        Group(
            "服务质量指标",
            "numeric",
            (
                S("维修及时率", "%", ">=", 98, step=1, dec=0, cap=100),
                S("投诉处理率", "%", ">=", 98, step=1, dec=0, cap=100),
                S("投诉回访率", "%", "=", 100, dec=0),
                S("消防设施完好率", "%", "=", 100, dec=0),
                S("绿化完好率", "%", ">=", 95, step=2, dec=0, cap=100),
                S("业主满意度", "%", ">=", 85, step=3, dec=0),
            ),
        ),
    ),
    methods=(("维修及时率", "维修及时率＝按约定时限完成的维修次数/维修总次数×100%，按月统计。"),)
    + _RATE_METHODS,
    lot_rule="",
    sample_rule="",
    marking=(),
    t_bodies=(("T/CPMI", "中国物业管理协会"),),
    count=6,
)

HOUSEKEEPING = Category(
    key="家政服务",
    service=True,
    titles=(("家政服务",), ("家政服务规范",), ("家政服务", "母婴护理服务质量要求")),
    title_en=("Domestic service",),
    ics="03.080.30",
    ccs="A 12",
    business="家政",
    product="家政服务",
    scope_tail="家政服务机构提供的居家保洁、母婴护理、养老陪护等家政服务",
    terms=(
        ("家政服务员", "domestic helper", "根据要求为所服务的家庭操持家务、照顾儿童、老人、病人等的人员。"),
    ),
    refs=(
        "GB/T 39597 家政服务 母婴护理服务质量规范",
        "SB/T 10847 家政服务业通用术语",
        "GB/T 31771 家政服务 母婴生活护理服务质量规范",
    ),
    groups=(
        Group(
            "服务人员要求",
            "inline",
            (
                S("服务人员年龄", "周岁", ">=", 18, step=0, dec=0, unit_cn="周岁"),
                S("岗前培训时间", "学时", ">=", 40, step=20, dec=0, unit_cn="学时"),
            ),
        ),
        Group(
            "服务质量指标",
            "numeric",
            (
                S("上门服务准时率", "%", ">=", 95, step=2, dec=0, cap=100),
                S("投诉响应时间", "h", "<=", 24, step=12, dec=0),
                S("投诉处理率", "%", ">=", 95, step=2, dec=0, cap=100),
                S("更换服务人员时限", "日", "<=", 3, step=1, dec=0),
                S("合同履约率", "%", ">=", 98, step=1, dec=0, cap=100, optional=0.3),
                S("客户满意度", "%", ">=", 90, step=2, dec=0),
            ),
        ),
    ),
    methods=(("准时率", "上门服务准时率＝准时到达次数/服务总次数×100%，以服务记录为准，按季度统计。"),)
    + _RATE_METHODS,
    lot_rule="",
    sample_rule="",
    marking=(),
    t_bodies=(("T/CHSA", "中国家庭服务业协会"),),
    count=5,
)

SERVICE_CATEGORIES = (WATER, DECORATION, EXPRESS, CATERING, PROPERTY, HOUSEKEEPING)
