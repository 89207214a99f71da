"""DB43/T-style 地方标准 足浴服务规范 (test): a provincial local service standard in a serif body;
premises and staffing in lettered lists (areas, a cleaner-to-seat ratio); a hygiene table of public
articles as a Word table with a shaded header (bacteria counts, 不得检出 cells, a "—" cell); water
temperature and indoor air in a list ① ② (a season pair, CO2 in per cent, formaldehyde, noise);
service time limits in clauses; quality commitments in a lettered list (rates, a bare 100 %, a reply
time, a record-keeping period).  Echoes local standards on foot bath services and GB 37488; every
figure here is invented for this corpus."""

from kit import Doc, R, V

ROWS = ["毛巾、浴巾", "足浴盆（套）", "拖鞋"]


def build() -> Doc:
    d = Doc(
        stem="mu_footbath_01",
        category="足浴服务",
        code="8052",
        kind="DB/T",
        mark="DB43",
        region="湖南省地方标准",
        number="DB43/T 3105—2026",
        title=["足浴服务规范"],
        title_en="Service specification for foot bath",
        ics="03.080.99",
        ccs="A 12",
        issuers=["湖南省市场监督管理局"],
        issued="2026-01-28",
        effective="2026-04-28",
        face="song",
        folio="plain",
    )
    d.preface(
        "本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。",
        "本文件由湖南省商务厅提出并归口。",
        "本文件起草单位：湖南省沐足行业协会、长沙市疾病预防控制中心、湖南足道堂健康管理有限公司。",
        "本文件主要起草人：曾志华、谭丽、欧阳剑。",
    )
    d.h("1", "范围")
    d.p("本文件规定了足浴服务的基本要求、卫生要求、服务要求和服务质量评价。")
    d.p("本文件适用于湖南省内提供足浴及足部保健服务的经营场所，不适用于医疗机构开展的足部治疗。")
    d.h("2", "规范性引用文件")
    d.p("GB 37488　公共场所卫生指标及限值要求", indent=False)
    d.p("GB/T 18204.1　公共场所卫生检验方法　第1部分：物理因素", indent=False)
    d.p("WS/T 368　医院空气净化管理规范", indent=False)
    d.h("3", "基本要求")
    d.h("3.1", "场所")
    d.item("a）", "营业面积", V("不小于100 m²", R("营业面积", ">=", 100.0, "m²")), "；")
    d.item("b）", "每个足浴位使用面积", V("不小于4 m²", R("每个足浴位使用面积", ">=", 4.0, "m²")), "；")
    d.item("c）", "应设置独立的用品用具清洗消毒间和布草间。")
    d.h("3.2", "人员")
    d.item("a）", "足疗师应取得有效健康证明并经岗位培训合格；")
    d.item(
        "b）",
        "每10个足浴位应配备保洁人员",
        V("不少于1名", R("保洁人员", ">=", 1.0, "名", cond=["每10个足浴位"])),
        "。",
    )
    d.h("4", "卫生要求")
    d.h("4.1", "公共用品用具")
    d.p("公共用品用具应一客一换一消毒，消毒后的卫生要求应符合表1的规定。")
    d.table(
        "1",
        "公共用品用具卫生要求",
        [
            ["用品用具", "细菌总数/（CFU/25 cm²）", "大肠菌群/（50 cm²）", "金黄色葡萄球菌/（50 cm²）"],
            [
                ROWS[0],
                V("≤200", R("细菌总数", "<=", 200.0, "CFU/25 cm²", cond=[ROWS[0]])),
                V("不得检出", R("大肠菌群", "not_detected", cond=[ROWS[0]])),
                V("不得检出", R("金黄色葡萄球菌", "not_detected", cond=[ROWS[0]])),
            ],
            [
                ROWS[1],
                V("≤300", R("细菌总数", "<=", 300.0, "CFU/25 cm²", cond=[ROWS[1]])),
                V("不得检出", R("大肠菌群", "not_detected", cond=[ROWS[1]])),
                V("不得检出", R("金黄色葡萄球菌", "not_detected", cond=[ROWS[1]])),
            ],
            [
                ROWS[2],
                V("≤300", R("细菌总数", "<=", 300.0, "CFU/25 cm²", cond=[ROWS[2]])),
                V("不得检出", R("大肠菌群", "not_detected", cond=[ROWS[2]])),
                "—",
            ],
        ],
        widths=[22, 28, 24, 26],
        style="grid",
    )
    d.h("4.2", "足浴用水与室内环境")
    d.item("①", "足浴用水温度应为", V("38 ℃～45 ℃", R("足浴用水温度", "range", 38.0, "℃", vmax=45.0)), "；")
    d.item(
        "②",
        "室温：冬季",
        V("不低于20 ℃", R("室温", ">=", 20.0, "℃", cond=["冬季"])),
        "，夏季",
        V("不高于26 ℃", R("室温", "<=", 26.0, "℃", cond=["夏季"])),
        "；",
    )
    d.item("③", "二氧化碳浓度", V("不大于0.15%", R("二氧化碳浓度", "<=", 0.15, "%")), "；")
    d.item("④", "甲醛", V("不大于0.10 mg/m³", R("甲醛", "<=", 0.10, "mg/m³")), "；")
    d.item("⑤", "噪声", V("不大于55 dB(A)", R("噪声", "<=", 55.0, "dB(A)")), "。")
    d.h("5", "服务要求")
    d.cl(
        "5.1",
        "顾客等候时间",
        V("不超过20 min", R("顾客等候时间", "<=", 20.0, "min")),
        "，超过时应告知原因并提供茶水。",
    )
    d.cl("5.2", "标准足浴项目服务时长", V("不少于60 min", R("标准足浴项目服务时长", ">=", 60.0, "min")), "。")
    d.cl(
        "5.3",
        "足浴位清洁消毒应在服务结束后",
        V("10 min内完成", R("足浴位清洁消毒", "<=", 10.0, "min", cond=["服务结束后"])),
        "。",
    )
    d.cl("5.4", "足疗师宜每日进行岗前自检，手部有伤口时不得上岗。")
    d.h("6", "服务质量评价")
    d.p("经营者应建立服务质量评价制度，并达到以下要求：")
    d.item("a）", "顾客满意率", V("不低于90%", R("顾客满意率", ">=", 90.0, "%")), "；")
    d.item("b）", "投诉处理率", V("100%", R("投诉处理率", "=", 100.0, "%")), "；")
    d.item("c）", "投诉回复时间", V("不超过24 h", R("投诉回复时间", "<=", 24.0, "h")), "；")
    d.item("d）", "消毒记录保存期", V("不少于2年", R("消毒记录保存期", ">=", 2.0, "年")), "。")
    d.p("经营者宜每半年开展一次顾客满意度调查。")
    return d
