"""SB/T service standard 农贸市场等级划分与服务规范 (test): a grade ladder 三星级 / 二星级 / 一星级 across
a table with a 单位 column and the comparator at the end of the label, values merged over grades, a
qualitative cell per grade, "—" cells, a parent label over two sub-labels (主通道 / 次通道); time limits
and a weighing tolerance in an ``fo:list-block`` with word comparators; a pass rate per grade in a clause;
an ``fo:footnote``; frequencies, 宜 sentences and sample sizes (not indicators).  The levels echo the
commerce sector standard for wet markets as remembered; the 2026 edition and every figure are invented."""

from kit import C, Doc, Foot, R, V, front, ladder, references

GRADES = ["三星级", "二星级", "一星级"]
COLUMNS = [(None, g) for g in GRADES]


def row(label, name: str, unit: str | None, cmp: str, texts: list[str], cond=()) -> list:
    return ladder(label, name, unit, cmp, texts, COLUMNS, cond=cond, unit_cell=unit or "—")


def build() -> Doc:
    d = Doc(
        stem="fo_market_01",
        category="农贸市场服务",
        code="7223",
        kind="SB/T",
        mark="SB",
        short="农贸市场等级划分与服务规范",
        number="SB/T 10395—2026",
        replaces=["SB/T 10395—2005"],
        title=["农贸市场等级划分与服务规范"],
        title_en="Classification and service specification for farmers' markets",
        ics="03.080.20",
        ccs="A 10",
        filing="80733—2026",
        issuers=["中华人民共和国商务部"],
        issued="2026-07-22",
        effective="2027-02-01",
    )
    front(
        d,
        "SB/T 10395—2005",
        "全国城市农贸中心联合会",
        "全国商业标准化技术委员会（SAC/TC 264）",
        "——增加了农产品快速检测的要求（见6.2）；",
        "——修改了通道宽度和照度的要求（见5.1）。",
    )
    d.h("1", "范围")
    d.p("本文件规定了农贸市场的等级划分、等级条件、服务要求和等级评定。")
    d.p("本文件适用于以零售食用农产品为主的室内农贸市场（菜市场）的等级划分和服务管理。")
    references(
        d,
        "2",
        "GB 31621　食品安全国家标准　食品经营过程卫生规范",
        "GB/T 7959　粪便无害化卫生要求",
        "JJG 539　数字指示秤检定规程",
    )
    d.h("3", "术语和定义")
    d.p("农贸市场：由市场开办者提供场地、设施和服务，经营者集中进行食用农产品零售交易的固定场所。")
    d.h("4", "等级划分")
    d.p("农贸市场分为三星级、二星级和一星级，三星级为最高等级。")
    d.h("5", "等级条件")
    d.cl("5.1", "各等级农贸市场的设施条件应符合表1的规定。")
    rows = [
        [C("项　目", cs=2, rs=2), C("单位", rs=2), C("等　级", cs=3)],
        GRADES,
        row(C("营业面积　≥", cs=2, align="l"), "营业面积", "m²", ">=", ["3 000", "2 000", "1 000"]),
        [
            C("通道宽度　≥", rs=2, align="l"),
            *row("主通道", "通道宽度", "m", ">=", ["3.0", "2.5", "2.0"], cond=["主通道"]),
        ],
        row("次通道", "通道宽度", "m", ">=", ["2.0", "1.8", "1.5"], cond=["次通道"]),
        row(C("室内净高　≥", cs=2, align="l"), "室内净高", "m", ">=", ["4.5", "4.0", "3.5"]),
        row(C("交易区照度　≥", cs=2, align="l"), "交易区照度", "lx", ">=", ["300", "200", "="]),
        row(C("检测室面积　≥", cs=2, align="l"), "检测室面积", "m²", ">=", ["20", "15", "10"]),
        row(C("机动车停车位　≥", cs=2, align="l"), "机动车停车位", "个", ">=", ["50", "20", "—"]),
        [
            C("公共厕所", cs=2, align="l"),
            "—",
            V(
                "设独立公共厕所，达到二类以上标准",
                R("公共厕所", "qualitative", grade="三星级", text="设独立公共厕所，达到二类以上标准"),
            ),
            C(
                V(
                    "设公共厕所",
                    R("公共厕所", "qualitative", grade="二星级", text="设公共厕所"),
                    R("公共厕所", "qualitative", grade="一星级", text="设公共厕所"),
                ),
                cs=2,
            ),
        ],
    ]
    d.table("1", "设施条件", rows, head=2, widths=[30, 20, 16, 34, 34, 34])
    d.cl("5.2", "市场宜设置公平秤和消费者服务台，三星级市场宜设置智慧信息屏。")
    d.h("6", "服务要求")
    d.cl("6.1", "计量与价格：")
    d.item(
        "a)",
        "市场内使用的电子计价秤应经检定合格，称量",
        V("5 kg以下商品的短缺量不应超过10 g", R("短缺量", "<=", 10, "g", cond=["称量5 kg以下商品"])),
        "；",
    )
    d.item("b)", "公平秤", V("不应少于2台", R("公平秤", ">=", 2, "台")), "，并设在显著位置；")
    d.item("c)", "商品应明码标价，一货一签。")
    d.cl("6.2", "质量安全：")
    d.item(
        "a)",
        "农药残留快速检测结果出具时间",
        V("不超过30 min", R("快速检测结果出具时间", "<=", 30, "min", cond=["农药残留"])),
        "，并在市场内公示；",
    )
    d.item(
        "b)",
        "快速检测合格率：三星级",
        V("不低于98%", R("快速检测合格率", ">=", 98, "%", grade="三星级")),
        "，二星级和一星级",
        V(
            "不低于95%",
            R("快速检测合格率", ">=", 95, "%", grade="二星级"),
            R("快速检测合格率", ">=", 95, "%", grade="一星级"),
        ),
        "；",
    )
    d.item(
        "c)",
        "冷鲜肉品销售区的冷藏柜温度应保持在",
        V("0 ℃～4 ℃", R("冷藏柜温度", "range", 0, "℃", vmax=4, cond=["冷鲜肉品销售区"])),
        Foot("1)", "冷藏柜温度每日至少记录2次，记录保存不少于6个月。"),
        "。",
    )
    d.cl(
        "6.3",
        "投诉处理：消费者投诉受理时间",
        V("不超过2 h", R("投诉受理时间", "<=", 2, "h")),
        "，一般投诉的投诉处理时间",
        V("不超过5 d", R("投诉处理时间", "<=", 5, "d", cond=["一般投诉"])),
        "。",
    )
    d.cl("6.4", "环境卫生：市场应实行每日闭市后全面清扫，每周至少进行1次全面消毒；垃圾应日产日清。")
    d.h("7", "等级评定")
    d.cl("7.1", "等级评定采用现场检查和消费者满意度调查相结合的方式，满意度调查样本量不少于200份。")
    d.cl("7.2", "评定结果有效期为3年。")
    return d
