"""GB 14748-style 儿童推车 (test): requirements in prose in every modal form, 不大于…且不小于, 以上 / 以下, a
tolerance without a centre (±1.5 mm as a range), a sum limit over three substances (总含量), a 分别 list,
word comparators; a fully boxed table whose columns are elements over a unit line with one row of
maxima, and the stability formula with its 式中 list.  The structure echoes GB 14748 as remembered; every
figure is invented."""

from kit import SAMR, C, Doc, R, V, common_front, references

ELEMENTS = [
    ("锑", "60"),
    ("砷", "25"),
    ("钡", "1 000"),
    ("镉", "75"),
    ("铬", "60"),
    ("铅", "90"),
    ("汞", "60"),
    ("硒", "500"),
]


def build() -> Doc:
    d = Doc(
        stem="pr_stroller_01",
        category="儿童推车",
        code="2456",
        kind="GB",
        number="GB 14748—2026",
        replaces=["GB 14748—2006"],
        title=["儿童推车安全要求"],
        title_en="Safety requirements for wheeled child conveyances",
        ics="97.190",
        ccs="Y 57",
        issuers=SAMR,
        issued="2026-07-20",
        effective="2027-08-01",
    )
    common_front(
        d,
        "GB 14748—2006《儿童推车安全要求》",
        "中国轻工业联合会",
        "全国玩具标准化技术委员会（SAC/TC 253）",
        ["——增加了增塑剂的要求（见4.8）；", "——修改了驻车制动的要求（见4.2）。"],
    )
    d.h("1", "范围")
    d.p("本文件规定了儿童推车的安全要求，描述了相应的试验方法。")
    d.p("本文件适用于乘坐一名或多名体重在15 kg以下儿童的推车，不适用于电动推车。")
    references(
        d, "2", "GB 6675.2　玩具安全　第2部分：机械与物理性能", "GB 6675.4　玩具安全　第4部分：特定元素的迁移"
    )
    d.h("3", "术语和定义")
    d.cl("3.1", "<b>座兜</b>　推车上供儿童乘坐或躺卧的部分。")
    d.h("4", "要求")
    d.cl(
        "4.1",
        "靠背：靠背角度可调的推车，靠背与座面的夹角应",
        V(
            "不大于170°且不小于90°",
            R("靠背与座面的夹角", "range", 90, "°", vmax=170, cond=["靠背角度可调的推车"]),
        ),
        "。",
    )
    d.cl(
        "4.2",
        "驻车制动：推车在坡度为12°的斜面上，驻车制动装置锁定后推车的位移必须",
        V("不超过5 mm", R("推车的位移", "<=", 5, "mm", cond=["在坡度为12°的斜面上", "驻车制动装置锁定后"])),
        "；制动装置的操作力须",
        V("不大于50 N", R("制动装置的操作力", "<=", 50, "N")),
        "。",
    )
    d.cl(
        "4.3",
        "束缚系统：推车应装有肩带、腰带和裆带，束缚带的宽度应为",
        V("20 mm以上", R("束缚带的宽度", ">=", 20, "mm")),
        "，扣具的开启力应为",
        V("（50±10）N", R("扣具的开启力", "tolerance", 50, "N", tol=10)),
        "，束缚带与推车的连接强度应当",
        V("不低于150 N", R("束缚带与推车的连接强度", ">=", 150, "N")),
        "。",
    )
    d.cl(
        "4.4",
        "座兜：座兜的深度和宽度",
        V("分别不小于180 mm", R("座兜的深度", ">=", 180, "mm")),
        "和",
        V("250 mm", R("座兜的宽度", ">=", 250, "mm")),
        "；躺卧式座兜的内部长度不应",
        V("小于700 mm", R("内部长度", ">=", 700, "mm", cond=["躺卧式座兜"])),
        "。",
    )
    d.cl(
        "4.5",
        "车轮：车轮直径的允许偏差为",
        V("±1.5 mm", R("车轮直径的允许偏差", "range", -1.5, "mm", vmax=1.5)),
        "；车轮与车架之间的间隙应",
        V("小于5 mm", R("车轮与车架之间的间隙", "<", 5, "mm")),
        "，以免夹伤手指。",
    )
    d.cl(
        "4.6",
        "稳定性：推车在倾角为15°的斜面上不得翻倒；扶手的高度不应",
        V("低于850 mm", R("扶手的高度", ">=", 850, "mm")),
        "。",
    )
    d.cl("4.7", "可迁移元素：推车可触及的涂层中可迁移元素的含量应符合表1的规定。")
    rows: list[list] = [
        ["元素", *[e for e, _v in ELEMENTS]],
        ["单位", C("mg/kg", cs=len(ELEMENTS))],
        ["最大限量"]
        + [V(v, R(e, "<=", float(v.replace(" ", "")), "mg/kg", cond=["涂层"])) for e, v in ELEMENTS],
    ]
    d.table("1", "可迁移元素的最大限量", rows, head=2, widths=[24] + [16] * len(ELEMENTS), style="grid")
    d.cl(
        "4.8",
        "增塑剂：儿童可触及的塑料部件中邻苯二甲酸二异壬酯（DINP）、邻苯二甲酸二异癸酯（DIDP）和邻苯二甲酸二正辛酯（DNOP）的总含量",
        V(
            "不得超过0.1%",
            R(
                "邻苯二甲酸二异壬酯（DINP）、邻苯二甲酸二异癸酯（DIDP）和邻苯二甲酸二正辛酯（DNOP）的总含量",
                "<=",
                0.1,
                "%",
                cond=["儿童可触及的塑料部件中"],
            ),
        ),
        "。",
    )
    d.cl("4.9", "折叠机构：推车应装有防止意外折叠的锁定装置，锁定装置应至少需要两个独立的动作才能打开。")
    d.h("5", "试验方法")
    d.cl("5.1", "稳定性试验：在座兜中放置质量为15 kg的试验负载，将推车置于倾斜试验平台上。")
    d.cl("5.2", "推车的倾翻力矩按式（1）计算：")
    d.math(r"M = F \cdot h", "1")
    d.where(
        "<m>M</m>——倾翻力矩，单位为牛米（N·m）；",
        "<m>F</m>——施加的水平力，单位为牛（N）；",
        "<m>h</m>——施力点的高度，单位为米（m）。",
    )
    d.h("6", "标志和说明书")
    d.cl("6.1", "推车上应有永久性的警示：“警告：不要让儿童无人看管”。")
    return d
