"""Q/-style 自热火锅 (test, enterprise standard): a boxed header over every
page (number | title | 第 N 页 共 M 页); a physico-chemical table whose rows are grouped under the
component they belong to (底料包 / 蔬菜包 / 肉制品包 / 发热包, a cell spanning the group's rows), ruled
only by horizontal lines of two weights, which the author continues on the next page as 续表2 with its
header repeated; a heating-performance clause; a microbiological table with sampling plans; full-width
clause digits.  Every figure here is invented for this corpus."""

from kit import C, Doc, R, V, fw, ql

PLAN = "n=5,c=2"


def group(part, rows):
    out: list = []
    for n, (label, name, unit, cmp, text, method) in enumerate(rows):
        row: list = [C(part, rs=len(rows))] if n == 0 else []
        if cmp == "not_detected":
            value = V(text, R(name, "not_detected", text=text, cond=[part]))
        elif "～" in text:
            low, high = (float(x) for x in text.split("～"))
            value = V(text, R(name, "range", low, unit, cond=[part], vmax=high))
        else:
            value = V(text, R(name, cmp, float(text), unit, cond=[part]))
        row += [C(label, align="l"), value, method]
        out.append(row)
    return out


def build() -> Doc:
    d = Doc(
        stem="fp_hotpot_01",
        category="自热火锅",
        code="1439",
        kind="Q",
        number="Q/500112HWJ 006—2026",
        mark="Q/HWJ",
        header="box",
        title=["自热火锅"],
        issuers=["重庆火味居食品有限公司"],
        issued="2026-04-18",
        effective="2026-05-01",
        ics="67.060",
        ccs="X 11",
    )
    d.preface(
        "本标准按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。",
        "本标准由重庆火味居食品有限公司提出并起草。",
        "本标准主要起草人：刘洋、陈晓红、周建。",
    )
    d.h("1", "范围")
    d.p(
        "本标准规定了自热火锅的原辅料要求、感官要求、理化指标、加热性能、微生物限量、净含量、检验规则和标志、包装、运输、贮存。"
    )
    d.p(
        "本标准适用于由火锅底料包、脱水蔬菜包、肉制品包、粉丝包和食品用发热包组成，加冷水后利用发热包自行加热食用的自热火锅。"
    )
    d.h("2", "规范性引用文件")
    d.p("GB 2762　食品安全国家标准　食品中污染物限量", indent=False)
    d.p("GB 2726　食品安全国家标准　熟肉制品", indent=False)
    d.p("GB 29921　食品安全国家标准　预包装食品中致病菌限量", indent=False)
    d.h("3", "要求")
    d.h("3.1", "原辅料要求")
    d.p("牛油应符合GB 10146的规定；发热包应符合相关标准的规定并标明“不可食用”。")
    d.h("3.2", "感官要求")
    d.p("感官要求应符合表1的规定。")
    d.table(
        "1",
        "感官要求",
        [
            ["项　目", "要　求"],
            ["底料包", ql("底料包", "红褐色，油脂凝固呈块状或膏状，具有火锅底料特有的麻辣香味")],
            ["加热后", ql("加热后", "汤汁红亮，菜品熟透，具有麻辣鲜香味，无焦糊味及其他异味")],
        ],
        widths=[36, 120],
    )
    d.h("3.3", "理化指标")
    d.p("理化指标应符合表2的规定。")
    rows = [["组　分", "项　目", "指　标", "检验方法"]]
    rows += group(
        "底料包",
        [
            (
                "酸价（以脂肪计）（KOH）/(mg/g)　　≤",
                "酸价（以脂肪计）（KOH）",
                "mg/g",
                "<=",
                "2.5",
                "GB 5009.229",
            ),
            (
                "过氧化值（以脂肪计）/(g/100 g)　　≤",
                "过氧化值（以脂肪计）",
                "g/100 g",
                "<=",
                "0.25",
                "GB 5009.227",
            ),
            ("食盐（以NaCl计）/(g/100 g)", "食盐（以NaCl计）", "g/100 g", "range", "6.0～12.0", "GB 5009.44"),
        ],
    )
    rows += group(
        "蔬菜包",
        [
            ("水分/(g/100 g)　　≤", "水分", "g/100 g", "<=", "8.0", "GB 5009.3"),
            (
                "二氧化硫残留量（以SO<sub>2</sub>计）/(g/kg)",
                "二氧化硫残留量（以SO2计）",
                None,
                "not_detected",
                "不得检出",
                "GB 5009.34",
            ),
        ],
    )
    rows += group(
        "肉制品包",
        [
            ("蛋白质/(g/100 g)　　≥", "蛋白质", "g/100 g", ">=", "12.0", "GB 5009.5"),
            (
                "亚硝酸盐（以NaNO<sub>2</sub>计）/(mg/kg)　　≤",
                "亚硝酸盐（以NaNO2计）",
                "mg/kg",
                "<=",
                "30",
                "GB 5009.33",
            ),
            ("苯并[a]芘/(μg/kg)　　≤", "苯并[a]芘", "μg/kg", "<=", "5.0", "GB 5009.27"),
        ],
    )
    rows += group(
        "发热包",
        [
            ("发热剂质量/g", "发热剂质量", "g", "range", "40～60", "称量"),
            ("砷（以As计）/(mg/kg)　　≤", "砷（以As计）", "mg/kg", "<=", "10", "GB/T 13025.13"),
        ],
    )
    d.table("2", "理化指标", rows, widths=[24, 72, 26, 34], split=5)
    d.h("3.4", "加热性能")
    d.cl(
        "3.4.1",
        fw("按说明书加入常温饮用水后，汤汁中心温度升至85 ℃所需的升温时间不应超过"),
        V(fw("15 min"), R("升温时间", "<=", 15, "min", cond=["汤汁中心温度升至85 ℃"])),
        "，汤汁最高温度不应超过",
        V(fw("100 ℃"), R("汤汁最高温度", "<=", 100, "℃")),
        "。",
    )
    d.cl(
        "3.4.2",
        "加热过程中外盒表面温度不应超过",
        V(fw("60 ℃"), R("外盒表面温度", "<=", 60, "℃", cond=["加热过程中"])),
        fw("，蒸汽孔应通畅，无漏水。"),
    )
    d.h("3.5", "微生物限量")
    d.p("微生物限量应符合表3的规定；致病菌限量应符合GB 29921的规定。")
    d.table(
        "3",
        "微生物限量",
        [
            [C("项　目", rs=2), C("采样方案<sup>a</sup>及限量", cs=4), C("检验方法", rs=2)],
            ["n", "c", "m", "M"],
            [
                C("菌落总数（肉制品包）/(CFU/g)", align="l"),
                "5",
                "2",
                V("10<sup>4</sup>", R("菌落总数", "<=", 1e4, "CFU/g", cond=["肉制品包", PLAN])),
                V("10<sup>5</sup>", R("菌落总数", "<=", 1e5, "CFU/g", cond=["肉制品包", PLAN])),
                "GB 4789.2",
            ],
            [
                C("大肠菌群（肉制品包）/(CFU/g)", align="l"),
                "5",
                "2",
                V("10", R("大肠菌群", "<=", 10, "CFU/g", cond=["肉制品包", PLAN])),
                V("10<sup>2</sup>", R("大肠菌群", "<=", 100, "CFU/g", cond=["肉制品包", PLAN])),
                "GB 4789.3",
            ],
            [
                C("霉菌（蔬菜包）/(CFU/g)　　≤", align="l"),
                C(V("50", R("霉菌", "<=", 50, "CFU/g", cond=["蔬菜包"])), cs=4),
                "GB 4789.15",
            ],
        ],
        head=2,
        widths=[56, 10, 10, 18, 18, 30],
        footnotes=["<sup>a</sup>　样品的采样及处理按GB 4789.1执行。"],
    )
    d.h("3.6", "净含量")
    d.cl(
        "3.6.1",
        fw(
            "单件产品净含量负偏差应符合《定量包装商品计量监督管理办法》的规定，同批产品的平均净含量不应低于标示值。"
        ),
    )
    d.h("4", "检验规则")
    d.cl("4.1", fw("同一班次、同一生产线生产的同一规格产品为一批。"))
    d.cl("4.2", fw("每批随机抽取10盒，其中5盒用于检验，5盒留样备查。"))
    d.h("5", "标志、包装、运输和贮存")
    d.cl("5.1", "外包装应标示“使用时远离明火，加热过程中勿触碰外盒”等警示语。")
    d.cl("5.2", fw("产品应贮存在阴凉、干燥、通风处，保质期为9个月。"))
    return d
