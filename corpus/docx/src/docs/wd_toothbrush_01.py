"""Q/ 企业标准 声波电动牙刷 (dev): an appliance maker's standard with a per-model table (rows are models,
columns are indicators with units in the header lines, signs in the cells), a value merged down all the
model rows (vertical merge: one record per model), a centred tolerance, clause limits with word comparators,
electrical requirements in a Word-numbered list (a pass / fail item, qualitative), a protection grade, and
test conditions that are not indicators.  Echoes enterprise standards for sonic toothbrushes under
GB 4706.1 and QB/T 2737; every figure here is invented for this corpus."""

from typing import Any

from kit import C, Doc, R, V, ql

MODELS = ("BLK-S1", "BLK-S3", "BLK-S5")


def build() -> Doc:
    d = Doc(
        stem="wd_toothbrush_01",
        category="电动牙刷",
        code="3856",
        kind="Q",
        mark="Q/440306 BLK",
        kindline="深圳贝洁科技有限公司企业标准",
        number="Q/440306 BLK 002—2026",
        title=["声波电动牙刷"],
        replaces=[],
        ics="97.170",
        ccs="Y 64",
        filing=None,
        issuers=["深圳贝洁科技有限公司"],
        issued="2026-01-12",
        effective="2026-01-20",
        face="sans",
        folio="count",
        drafters=[("本文件起草单位：", "深圳贝洁科技有限公司"), ("本文件主要起草人：", "李俊、何颖、周涛")],
    )
    d.preface(
        "本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。",
        "本文件为首次发布。",
        "本文件由深圳贝洁科技有限公司提出并归口。",
    )
    d.h("范围")
    d.p("本文件规定了声波电动牙刷（以下简称牙刷）的型号、要求、试验方法、检验规则及标志、包装、运输和贮存。")
    d.p("本文件适用于本公司生产的、以内置锂离子电池供电、额定电压不超过5 V的声波电动牙刷。")
    d.h("规范性引用文件")
    for ref in (
        "GB 4706.1　家用和类似用途电器的安全　第1部分：通用要求",
        "GB/T 4208　外壳防护等级（IP代码）",
        "GB/T 4214.1　家用和类似用途电器噪声测试方法　通用要求",
        "QB/T 2737　电动牙刷",
    ):
        d.p(ref, indent=False)
    d.h("型号")
    d.p(
        "型号由企业代号BLK、系列代号S和序号组成，本文件包括BLK-S1、BLK-S3和BLK-S5三个型号，"
        "额定电压均为3.7 V。"
    )
    d.h("要求")
    d.h("外观", 2)
    d.p("外观：", ql("外观", "表面光洁，色泽均匀，无划痕、缩痕、飞边，标志清晰"), "。")
    d.h("主要性能", 2)
    d.p("各型号牙刷的主要性能应符合表1的规定。")
    rows: list[list[Any]] = [["型号", "摆动频率/（次/min）", "连续工作时间/min", "充电时间/h", "噪声/dB(A)"]]
    for i, (model, freq, run, noise) in enumerate(
        (
            (MODELS[0], "31 000±1 500", "≥90", "≤55"),
            (MODELS[1], "36 000±1 500", "≥120", "≤55"),
            (MODELS[2], "40 000±2 000", "≥150", "≤58"),
        )
    ):
        centre, tol = (float(x.replace(" ", "")) for x in freq.split("±"))
        row: list[Any] = [
            model,
            V(freq, R("摆动频率", "tolerance", centre, "次/min", tol=tol, cond=[model])),
            V(run, R("连续工作时间", ">=", float(run[1:]), "min", cond=[model])),
        ]
        if i == 0:
            row.append(C(V("≤4", *[R("充电时间", "<=", 4.0, "h", cond=[m]) for m in MODELS]), rs=3))
        row.append(V(noise, R("噪声", "<=", float(noise[1:]), "dB(A)", cond=[model])))
        rows.append(row)
    d.table("1", "主要性能", rows, widths=[28, 40, 32, 26, 32])
    d.h("刷头", 2)
    d.cl(3, "刷毛磨毛合格率应", V("不低于70%", R("刷毛磨毛合格率", ">=", 70.0, "%")), "。")
    d.cl(3, "刷毛束拉力应", V("不小于15 N", R("刷毛束拉力", ">=", 15.0, "N")), "。")
    d.cl(
        3,
        "刷头与刷柄连接的拔脱力应",
        V("不小于40 N", R("拔脱力", ">=", 40.0, "N", cond=["刷头与刷柄连接"])),
        "，试验后刷头无松脱。",
    )
    d.h("防水性能", 2)
    d.p("牙刷整机的防水性能应达到GB/T 4208规定的", V("IPX7", R("防水性能", "qualitative", text="IPX7")), "。")
    d.h("电气安全", 2)
    d.p("牙刷及充电座应符合GB 4706.1的规定，并满足下列要求：")
    d.items(
        ["充电座泄漏电流", V("不大于0.25 mA", R("充电座泄漏电流", "<=", 0.25, "mA")), "；"],
        ["电气强度：", ql("电气强度", "充电座施加1 250 V电压，持续1 min，无击穿或闪络"), "；"],
        [
            "电池过充保护电压：",
            V("4.25 V±0.05 V", R("电池过充保护电压", "tolerance", 4.25, "V", tol=0.05)),
            "；",
        ],
        ["充电座外壳温升", V("不超过25 K", R("充电座外壳温升", "<=", 25.0, "K")), "。"],
    )
    d.h("待机电流", 2)
    d.p(
        "牙刷关机状态下的静态电流应",
        V("不大于10 μA", R("静态电流", "<=", 10.0, "μA", cond=["关机状态下"])),
        "。",
    )
    d.h("试验方法")
    d.cl(2, "试验环境：温度（23±2）℃，相对湿度45%～75%。")
    d.cl(2, "摆动频率：用激光测振仪在刷头顶端测量，测量时间10 s。")
    d.cl(2, "连续工作时间：电池充满后以标准模式连续运行，至自动停机为止。")
    d.cl(2, "噪声：按GB/T 4214.1测定，测点距牙刷0.3 m。")
    d.h("检验规则")
    d.cl(2, "出厂检验项目：外观、摆动频率、充电座泄漏电流、电气强度。")
    d.cl(2, "型式检验每年进行一次，样品数量为每型号3支。")
    d.h("标志、包装、运输和贮存")
    d.p("产品应贮存在温度-10 ℃～40 ℃、相对湿度不大于80%的通风仓库内。")
    return d
