"""Catalog: household appliances and lighting (电冰箱, 房间空调器, 洗衣机, LED平板灯).

Floors follow GB/T 8059, GB 12021.2, GB 21455-2019, GB/T 7725, GB 12021.4, GB/T 4288 and
GB 30255 closely enough to be realistic; nothing here is normative.
"""

from __future__ import annotations

from std_extract.synth.model import Category, Group
from std_extract.synth.model import Spec as S

FRIDGE = Category(
    key="家用电冰箱",
    service=False,
    titles=(("家用电冰箱",), ("风冷无霜家用电冰箱",), ("家用和类似用途电器", "多门冷藏冷冻箱")),
    title_en=("Household refrigerators", "Household refrigerating appliances"),
    ics="97.040.30",
    ccs="Y 61",
    business="电器",
    product="家用电冰箱",
    scope_tail="采用压缩式制冷、总有效容积不大于500 L",
    terms=(
        ("能效指数", "energy efficiency index", "电冰箱实测耗电量与耗电量限定值之比，以百分数表示。"),
        (
            "负载温度回升时间",
            "temperature rise time",
            "切断电源后冷冻室负载温度从-18℃上升至-9℃所经历的时间。",
        ),
    ),
    refs=(
        "GB 4706.1 家用和类似用途电器的安全 第1部分：通用要求",
        "GB 4706.13 家用和类似用途电器的安全 制冷器具、冰淇淋机和制冰机的特殊要求",
        "GB 12021.2 家用电冰箱耗电量限定值及能效等级",
        "GB/T 8059 家用和类似用途制冷器具",
        "GB/T 4214.1 家用和类似用途电器噪声测试方法 通用要求",
    ),
    groups=(
        Group(
            "外观",
            "sensory",
            (S("外观", None, "qualitative", "表面应平整光亮，无划痕、凹陷和锈蚀", method="目测"),),
        ),
        Group(
            "性能",
            "numeric",
            (
                S("冷藏室温度", "℃", "range", (0, 8), step=1, dec=0, method="GB/T 8059"),
                S("冷冻室温度", "℃", "<=", -18, step=2, dec=0, method="GB/T 8059"),
                S(
                    "耗电量",
                    "kWh/24h",
                    "<=",
                    0.52,
                    step=0.04,
                    dec=2,
                    method="GB 12021.2",
                    cond="环境温度25℃时",
                ),
                S("冷冻能力", "kg/12h", ">=", 4.5, step=0.5, method="GB/T 8059"),
                S("负载温度回升时间", "h", ">=", 10, step=2, dec=0, method="GB/T 8059", unit_cn="小时"),
                S("噪声", "dB(A)", "<=", 40, step=1, dec=0, method="GB/T 4214.1", printed="噪声（声功率级）"),
                S(
                    "有效容积",
                    "%",
                    ">=",
                    97,
                    step=1,
                    dec=0,
                    cap=100,
                    optional=0.3,
                    method="GB/T 8059",
                    foot="实测值与额定值之比",
                ),
            ),
        ),
        Group(
            "能效等级",
            "graded",
            (S("能效指数", "%", "<=", grades=(40, 50, 60), step=3, dec=0, method="GB 12021.2"),),
            grades=("1级", "2级", "3级"),
            table_title="能效等级",
            annex_ok=True,
        ),
        Group("安全", "numeric", (S("电气安全", None, "reference", "GB 4706.1和GB 4706.13"),)),
    ),
    methods=(
        (
            "试验条件",
            "除另有规定外，试验应在环境温度(25±1)℃、相对湿度45%～75%的试验室内进行，"
            "电源电压220 V±1%、频率(50±0.5)Hz。",
        ),
        ("耗电量", "按GB 12021.2附录规定的方法测定，稳定运行24 h后连续测量不少于24 h。"),
        ("噪声", "按GB/T 4214.1的规定在半消声室内测定，背景噪声应比被测噪声低10 dB(A)以上。"),
    ),
    lot_rule="同一型号、同一工艺连续生产的产品为一批。",
    sample_rule="出厂检验按GB/T 2828.1的规定采用正常检验一次抽样方案，一般检查水平Ⅱ，AQL=0.65。",
    marking=(
        "产品铭牌应标明型号、额定电压、额定频率、耗电量、有效容积和能效等级。",
        "产品应贮存在通风良好、无腐蚀性气体的仓库中，堆码层数不超过6层。",
    ),
    t_bodies=(("T/CHEAA", "中国家用电器协会"),),
    count=6,
)

AIRCON = Category(
    key="房间空调器",
    service=False,
    titles=(("房间空气调节器",), ("变频房间空气调节器",), ("家用和类似用途电器", "分体式房间空调器")),
    title_en=("Room air conditioners", "Inverter room air conditioners"),
    ics="27.200",
    ccs="J 73",
    business="电器",
    product="房间空气调节器",
    scope_tail="采用空气冷却冷凝器、全封闭型电动机-压缩机，额定制冷量在14000 W以下",
    terms=(
        (
            "全年能源消耗效率",
            "annual performance factor; APF",
            "空调器在制冷季节和制热季节期间，从室内空气中除去的冷量与送入室内的热量的总和与同期间内消耗的总电量之比。",
        ),
    ),
    refs=(
        "GB 4706.1 家用和类似用途电器的安全 第1部分：通用要求",
        "GB 4706.32 家用和类似用途电器的安全 热泵、空调器和除湿机的特殊要求",
        "GB 21455 房间空气调节器能效限定值及能效等级",
        "GB/T 7725 房间空气调节器",
    ),
    groups=(
        Group(
            "性能要求",
            "numeric",
            (
                S(
                    "制冷量",
                    "%",
                    ">=",
                    95,
                    step=1,
                    dec=0,
                    cap=100,
                    foot="实测制冷量与额定制冷量之比",
                    method="GB/T 7725",
                ),
                S(
                    "制冷消耗功率",
                    "%",
                    "<=",
                    110,
                    step=2,
                    dec=0,
                    foot="实测功率与额定功率之比",
                    method="GB/T 7725",
                ),
                S("制热量", "%", ">=", 95, step=1, dec=0, cap=100, optional=0.3, method="GB/T 7725"),
                S("室内机噪声", "dB(A)", "<=", 40, step=1, dec=0, method="GB/T 7725"),
                S("室外机噪声", "dB(A)", "<=", 52, step=1, dec=0, method="GB/T 7725"),
                S("待机功率", "W", "<=", 1.0, step=0.2, optional=0.4, method="GB 21455"),
                S(
                    "凝露",
                    None,
                    "qualitative",
                    "室内机箱体外表面凝露不应滴下，室内送风不应带有水滴",
                    method="GB/T 7725",
                ),
            ),
        ),
        Group(
            "能效等级",
            "graded",
            (
                S(
                    "全年能源消耗效率（APF）",
                    "W·h/(W·h)",
                    ">=",
                    grades=(5.00, 4.50, 4.00),
                    step=0.10,
                    dec=2,
                    method="GB 21455",
                    foot="适用于额定制冷量不大于4500 W的热泵型分体式空调器",
                ),
            ),
            grades=("1级", "2级", "3级"),
            table_title="能效等级指标",
            annex_ok=True,
        ),
        Group("安全要求", "numeric", (S("电气安全", None, "reference", "GB 4706.1和GB 4706.32"),)),
    ),
    methods=(
        ("试验工况", "名义制冷工况：室内侧干球温度27℃、湿球温度19℃，室外侧干球温度35℃、湿球温度24℃。"),
        ("制冷量", "按GB/T 7725附录规定的空气焓值法测定，试验电压为额定电压，频率偏差不超过±1%。"),
        ("噪声", "在半消声室内测定，室内机测点位于机组前方1 m处，室外机测点距机组1 m。"),
    ),
    lot_rule="同一型号、同一工艺连续生产的产品为一批。",
    sample_rule="型式检验从出厂检验合格的产品中随机抽取2台。",
    marking=(
        "铭牌应标明型号、制冷量、制热量、额定电压、能效等级和制冷剂名称及充注量。",
        "产品在运输和贮存过程中不应倒置，堆码层数应符合包装箱上的规定。",
    ),
    t_bodies=(("T/CHEAA", "中国家用电器协会"),),
    count=5,
)

WASHER = Category(
    key="洗衣机",
    service=False,
    titles=(("滚筒洗衣机",), ("家用电动洗衣机",), ("家用和类似用途电器", "滚筒式洗衣机")),
    title_en=("Drum washing machines", "Household electric washing machines"),
    ics="97.060",
    ccs="Y 62",
    business="电器",
    product="滚筒式洗衣机",
    scope_tail="额定洗涤容量不大于13 kg、带或不带烘干功能",
    terms=(("洗净比", "washing ratio", "被测洗衣机洗净率与参比洗衣机洗净率之比。"),),
    refs=(
        "GB 4706.1 家用和类似用途电器的安全 第1部分：通用要求",
        "GB 4706.24 家用和类似用途电器的安全 洗衣机的特殊要求",
        "GB 12021.4 电动洗衣机能效水效限定值及等级",
        "GB/T 4288 家用和类似用途电动洗衣机",
    ),
    groups=(
        Group(
            "性能要求",
            "numeric",
            (
                S("含水率", "%", "<=", 53, step=3, dec=0, foot="额定脱水转速下测定", method="GB/T 4288"),
                S("磨损率", "%", "<=", 0.20, step=0.02, dec=2, method="GB/T 4288"),
                S("洗涤", "dB(A)", "<=", 62, step=1, dec=0, parent="噪声", method="GB/T 4288"),
                S("脱水", "dB(A)", "<=", 72, step=2, dec=0, parent="噪声", method="GB/T 4288"),
                S("待机功率", "W", "<=", 1.00, step=0.20, dec=2, optional=0.3, method="GB/T 4288"),
            ),
        ),
        Group(
            "能效水效等级",
            "graded",
            (
                S(
                    "单位功效耗电量",
                    "kWh/(cycle·kg)",
                    "<=",
                    grades=(0.110, 0.140, 0.170),
                    step=0.010,
                    dec=3,
                    method="GB 12021.4",
                ),
                S(
                    "单位功效用水量",
                    "L/(cycle·kg)",
                    "<=",
                    grades=(7.0, 8.0, 10.0),
                    step=0.5,
                    method="GB 12021.4",
                ),
                S(
                    "洗净比",
                    None,
                    ">=",
                    grades=(1.03, 0.98, 0.90),
                    step=0.02,
                    dec=2,
                    cap=1.10,
                    method="GB 12021.4",
                ),
            ),
            grades=("1级", "2级", "3级"),
            table_title="能效水效等级指标",
            annex_ok=True,
        ),
        Group("安全要求", "numeric", (S("电气安全", None, "reference", "GB 4706.1和GB 4706.24"),)),
    ),
    methods=(
        ("试验条件", "试验用水温度(20±2)℃，水的硬度为(2.5±0.2)mmol/L，环境温度(23±2)℃。"),
        ("洗净比", "按GB/T 4288规定的方法测定，采用标准污染布，额定洗涤容量下运行标准程序，测量反射率。"),
        ("含水率", "额定负载洗涤并脱水后立即称量负载质量，按公式计算含水率，重复试验3次取平均值。"),
    ),
    lot_rule="同一型号、同一工艺连续生产的产品为一批。",
    sample_rule="出厂检验按GB/T 2828.1的规定抽样，一般检查水平Ⅱ。",
    marking=(
        "产品铭牌应标明额定洗涤容量、额定电压、额定输入功率、能效等级。",
        "运输前应安装运输固定螺栓，防止滚筒晃动。",
    ),
    t_bodies=(("T/CHEAA", "中国家用电器协会"),),
    count=5,
)

LED_PANEL = Category(
    key="LED平板灯",
    service=False,
    titles=(("LED平板灯",), ("LED平板灯具",), ("室内照明用", "LED平板灯")),
    title_en=("LED panel luminaires", "LED panel lights"),
    ics="29.140.40",
    ccs="K 74",
    business="照明",
    product="LED平板灯",
    scope_tail="采用发光二极管作光源、额定电压220 V、频率50 Hz，用于室内一般照明",
    terms=(
        ("初始光效", "initial luminous efficacy", "灯具初始光通量与初始输入功率之比，单位为流明每瓦。"),
        ("色容差", "colour tolerance", "光源颜色与标准色坐标之间的偏离程度，以SDCM表示。"),
    ),
    refs=(
        "GB 7000.1 灯具 第1部分：一般要求与试验",
        "GB 17625.1 电磁兼容 限值 第1部分：谐波电流发射限值",
        "GB/T 17743 电气照明和类似设备的无线电骚扰特性的限值和测量方法",
        "GB 30255 室内照明用LED产品能效限定值及能效等级",
        "GB/T 29294 LED平板灯具性能要求",
    ),
    groups=(
        Group(
            "能效等级",
            "graded",
            (
                S(
                    "初始光效",
                    "lm/W",
                    ">=",
                    grades=(120, 105, 90),
                    step=5,
                    dec=0,
                    method="GB 30255",
                    foot="适用于色温不高于3500 K的灯具",
                ),
            ),
            grades=("1级", "2级", "3级"),
            table_title="初始光效",
            annex_ok=True,
        ),
        Group(
            "光电性能",
            "numeric",
            (
                S("一般显色指数Ra", None, ">=", 80, step=2, dec=0, cap=98, method="GB/T 29294"),
                S(
                    "功率因数",
                    None,
                    ">=",
                    0.90,
                    step=0.02,
                    dec=2,
                    cap=0.99,
                    method="GB/T 29294",
                    foot="适用于额定功率大于25 W的灯具",
                ),
                S("色容差", "SDCM", "<=", 5, step=1, dec=0, method="GB/T 29294"),
                S(
                    "光通维持率",
                    "%",
                    ">=",
                    96,
                    step=1,
                    dec=0,
                    cap=99,
                    method="GB/T 29294",
                    cond="燃点3000 h时",
                ),
                S("额定寿命", "h", ">=", 25000, step=5000, dec=0, optional=0.3, method="GB/T 29294"),
                S("光生物安全", None, "qualitative", "应为RG0或RG1类", method="GB/T 20145"),
            ),
        ),
        Group(
            "安全和电磁兼容",
            "numeric",
            (
                S("安全要求", None, "reference", "GB 7000.1"),
                S("谐波电流", None, "reference", "GB 17625.1"),
                S("无线电骚扰特性", None, "reference", "GB/T 17743", optional=0.3),
            ),
        ),
    ),
    methods=(
        (
            "试验条件",
            "试验应在无对流风、环境温度(25±1)℃的条件下进行，试验电压为220 V，稳定时间不少于30 min。",
        ),
        ("初始光效", "用积分球光谱辐射计测量灯具光通量，用数字功率计测量输入功率，计算二者之比。"),
        ("光通维持率", "灯具在(25±5)℃环境下连续燃点3000 h后测量光通量，计算与初始光通量之比。"),
    ),
    lot_rule="同一型号、同一规格连续生产的产品为一批。",
    sample_rule="型式检验每次随机抽取样品10只，其中安全试验3只。",
    marking=(
        "产品上应标明额定电压、额定功率、额定频率、色温和制造商名称。",
        "产品应贮存在相对湿度不超过80%的仓库内，不得受潮。",
    ),
    t_bodies=(("T/CALI", "中国照明电器协会"),),
    count=5,
)

APPLIANCE_CATEGORIES = (FRIDGE, AIRCON, WASHER, LED_PANEL)
