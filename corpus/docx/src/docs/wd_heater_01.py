"""Q/ 企业标准 充油式电暖器 (test): an appliance maker's standard with a long per-model table (eight models
down the rows, fin counts and rated powers beside them that are not indicators) whose header row Word
repeats on the next page, an asymmetric deviation merged down every row (+5～−10, a range), a
tolerance without a centre merged down every row (±2, a range), a column split in two by power (vertical
merges over four rows each), electrical limits in a Word-numbered list, a tilt switch (qualitative), a
standby power and noise in clauses.  Echoes enterprise standards for oil-filled radiators under
GB 4706.23 and GB/T 36410; every figure here is invented for this corpus."""

from typing import Any

from kit import C, Doc, R, V, ql

MODELS = [
    ("NFD-7", "7", "1 500"),
    ("NFD-9", "9", "2 000"),
    ("NFD-9W", "9", "2 000"),
    ("NFD-11", "11", "2 200"),
    ("NFD-11W", "11", "2 200"),
    ("NFD-13", "13", "2 500"),
    ("NFD-13W", "13", "2 500"),
    ("NFD-15W", "15", "2 800"),
]


def build() -> Doc:
    d = Doc(
        stem="wd_heater_01",
        category="电暖器",
        code="3859",
        kind="Q",
        mark="Q/330681 NFD",
        kindline="诸暨暖风达电器有限公司企业标准",
        number="Q/330681 NFD 005—2026",
        title=["充油式电暖器"],
        replaces=["Q/330681 NFD 005—2021"],
        ics="97.100.10",
        ccs="Y 68",
        filing=None,
        issuers=["诸暨暖风达电器有限公司"],
        issued="2026-01-05",
        effective="2026-02-01",
        face="sans",
        folio="plain",
        drafters=[("本文件起草单位：", "诸暨暖风达电器有限公司"), ("本文件主要起草人：", "宣国良、何晓东")],
    )
    d.preface(
        "本文件按照GB/T 1.1—2020的规定起草。",
        "本文件代替Q/330681 NFD 005—2021，与前版相比主要变化为：增加了NFD-15W型号；修改了表面温升要求。",
    )
    d.h("范围")
    d.p(
        "本文件规定了充油式电暖器（以下简称电暖器）的型号、要求、试验方法、检验规则、标志、包装、运输和贮存。"
    )
    d.p("本文件适用于本公司生产的额定电压220 V、额定功率不大于3 000 W的充油式电暖器。")
    d.h("规范性引用文件")
    for ref in (
        "GB 4706.1　家用和类似用途电器的安全　第1部分：通用要求",
        "GB 4706.23　家用和类似用途电器的安全　第2部分：室内加热器的特殊要求",
        "GB/T 4214.1　家用和类似用途电器噪声测试方法　通用要求",
    ):
        d.p(ref, indent=False)
    d.h("术语和定义")
    d.p("下列术语和定义适用于本文件。")
    d.cl(
        2,
        "充油式电暖器　oil-filled radiator：以导热油为传热介质，由电热管加热导热油，"
        "经散热片向室内散热的房间加热器。",
    )
    d.cl(2, "升温时间　heating-up time：电暖器从冷态起以额定功率工作，至散热片表面温度达到稳定所需的时间。")
    d.cl(2, "温控精度　accuracy of temperature control：温控器设定温度与室内实测温度稳定后的最大偏差。")
    d.h("型号")
    d.p("型号由企业代号NFD、散热片数和功能代号组成，W表示带暖风机和遥控功能。")
    d.p("示例：NFD-11W表示散热片数为11片、带暖风机和遥控功能的充油式电暖器。")
    d.h("要求")
    d.h("外观", 2)
    d.p(ql("外观", "散热片喷涂均匀，无漏喷、流挂、锈蚀，焊缝无渗油"), "。")
    d.h("主要性能", 2)
    d.p("各型号电暖器的主要性能应符合表1的规定。")
    rows: list[list[Any]] = [
        ["型号", "散热片数/片", "额定功率/W", "输入功率偏差/%", "升温时间/min", "温控精度/℃"]
    ]
    for i, (model, fins, power) in enumerate(MODELS):
        row: list[Any] = [model, fins, power]
        if i == 0:
            row.append(
                C(
                    V(
                        "+5～−10",
                        *[R("输入功率偏差", "range", -10.0, "%", vmax=5.0, cond=[m[0]]) for m in MODELS],
                    ),
                    rs=8,
                )
            )
        if i % 4 == 0:
            limit = "≤25" if i == 0 else "≤30"
            row.append(
                C(
                    V(
                        limit,
                        *[
                            R("升温时间", "<=", float(limit[1:]), "min", cond=[m[0]])
                            for m in MODELS[i : i + 4]
                        ],
                    ),
                    rs=4,
                )
            )
        if i == 0:
            row.append(
                C(V("±2", *[R("温控精度", "range", -2.0, "℃", vmax=2.0, cond=[m[0]]) for m in MODELS]), rs=8)
            )
        rows.append(row)
    d.table("1", "主要性能", rows, widths=[26, 24, 24, 30, 26, 28])
    d.note("注：升温时间为电暖器在（20±2）℃环境中以额定功率工作，从冷态至散热片表面温度达到稳定所需的时间。")
    d.h("表面温升", 2)
    d.cl(3, "散热片表面温升应", V("不大于150 K", R("散热片表面温升", "<=", 150.0, "K")), "。")
    d.cl(3, "操作旋钮表面温升应", V("不大于35 K", R("操作旋钮表面温升", "<=", 35.0, "K")), "。")
    d.h("电气安全", 2)
    d.p("电暖器应符合GB 4706.1和GB 4706.23的规定，并满足下列要求：")
    d.items(
        [
            "工作温度下的泄漏电流应",
            V("不大于0.75 mA", R("泄漏电流", "<=", 0.75, "mA", cond=["工作温度下"])),
            "；",
        ],
        ["接地电阻应", V("不大于0.1 Ω", R("接地电阻", "<=", 0.1, "Ω")), "；"],
        ["电气强度：", ql("电气强度", "施加1 250 V电压，历时1 min，无击穿或闪络"), "；"],
        ["倾倒开关：", ql("倾倒开关", "电暖器倾斜至45°时应自动断电"), "。"],
    )
    d.h("待机功率和噪声", 2)
    d.cl(
        3,
        "带遥控功能（W型）的电暖器待机功率应",
        V("不大于0.5 W", R("待机功率", "<=", 0.5, "W", cond=["带遥控功能（W型）"])),
        "。",
    )
    d.cl(
        3,
        "暖风机工作时的噪声（A计权声功率级）应",
        V("不大于50 dB(A)", R("噪声（A计权声功率级）", "<=", 50.0, "dB(A)", cond=["暖风机工作时"])),
        "。",
    )
    d.h("试验方法")
    d.cl(2, "输入功率：在额定电压下工作1 h后测量。")
    d.cl(2, "温控精度：将温控器设定在20 ℃，在试验室内测量室温的波动。")
    d.cl(2, "噪声：按GB/T 4214.1测定。")
    d.h("检验规则")
    d.cl(2, "出厂检验：每台进行外观、接地电阻、电气强度和输入功率检验。")
    d.cl(2, "型式检验：每两年进行一次，每型号抽取2台。")
    d.h("标志、包装、运输和贮存")
    d.p("包装箱上应标明“向上”“怕湿”等图示标志，堆码层数不超过6层。")
    return d
