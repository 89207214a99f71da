"""Q/-style 预包装螺蛳粉 (dev, enterprise standard): a boxed header over every page (number | title | 第 N 页
共 M 页); a physico-chemical table whose rows are grouped under the component they belong to (干米粉 / 汤料包
/ 酸笋包 / 配菜包, a cell spanning the group's rows), ruled only by horizontal lines of two weights, which the
author continues on the next page as 续表2 with its header repeated; a microbiological table with sampling
plans; net-content tolerances in a clause.  Every figure here is invented for this corpus."""

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
        stem="fp_snailnoodle_01",
        category="螺蛳粉",
        code="1439",
        kind="Q",
        number="Q/450200LXF 003—2026",
        mark="Q/LXF",
        header="box",
        title=["预包装螺蛳粉"],
        issuers=["柳州螺香坊食品有限公司"],
        issued="2026-03-02",
        effective="2026-03-15",
        replaces=["Q/450200LXF 003—2023"],
        ics="67.060",
        ccs="X 11",
    )
    d.preface(
        "本标准按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。",
        "本标准代替Q/450200LXF 003—2023，与Q/450200LXF 003—2023相比，主要变化如下："
        "增加了配菜包的要求；修改了酸笋包的亚硝酸盐指标。",
        "本标准由柳州螺香坊食品有限公司提出并起草。",
        "本标准主要起草人：韦明、覃丽、黄志强。",
    )
    d.h("1", "范围")
    d.p(
        "本标准规定了预包装螺蛳粉的原辅料要求、感官要求、理化指标、微生物限量、净含量、检验规则和标志、包装、运输、贮存。"
    )
    d.p("本标准适用于以干米粉为主料，配以汤料包、酸笋包、配菜包等组成的预包装螺蛳粉。")
    d.h("2", "规范性引用文件")
    d.p("GB 2713　食品安全国家标准　淀粉制品", indent=False)
    d.p("GB 2762　食品安全国家标准　食品中污染物限量", indent=False)
    d.p("GB 29921　食品安全国家标准　预包装食品中致病菌限量", indent=False)
    d.h("3", "要求")
    d.h("3.1", "原辅料要求")
    d.p("大米应符合GB/T 1354的规定；螺蛳应来自无污染水域，鲜活无异味。")
    d.h("3.2", "感官要求")
    d.p("感官要求应符合表1的规定。")
    d.table(
        "1",
        "感官要求",
        [
            ["项　目", "要　求"],
            ["干米粉", ql("干米粉", "呈白色或乳白色，粗细均匀，无霉变，无异味")],
            ["汤料包", ql("汤料包", "红褐色油状与汤汁混合物，具有螺蛳汤特有的鲜香味")],
            ["冲调后", ql("冲调后", "米粉爽滑有韧性，汤汁酸辣鲜香，无异味，无正常视力可见外来异物")],
        ],
        widths=[36, 120],
    )
    d.h("3.3", "理化指标")
    d.p("理化指标应符合表2的规定。")
    rows = [["组　分", "项　目", "指　标", "检验方法"]]
    rows += group(
        "干米粉",
        [
            ("水分/(g/100 g)　　≤", "水分", "g/100 g", "<=", "14.0", "GB 5009.3"),
            ("酸度/(°T)　　≤", "酸度", "°T", "<=", "12", "GB 5009.239"),
            ("断条率/%　　≤", "断条率", "%", "<=", "8", "附录A"),
            (
                "铝的残留量（以Al计）/(mg/kg)",
                "铝的残留量（以Al计）",
                None,
                "not_detected",
                "不得检出",
                "GB 5009.182",
            ),
        ],
    )
    rows += group(
        "汤料包",
        [
            (
                "酸价（以脂肪计）（KOH）/(mg/g)　　≤",
                "酸价（以脂肪计）（KOH）",
                "mg/g",
                "<=",
                "3.0",
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
            ("食盐（以NaCl计）/(g/100 g)", "食盐（以NaCl计）", "g/100 g", "range", "8.0～15.0", "GB 5009.44"),
        ],
    )
    rows += group(
        "酸笋包",
        [
            (
                "亚硝酸盐（以NaNO<sub>2</sub>计）/(mg/kg)　　≤",
                "亚硝酸盐（以NaNO2计）",
                "mg/kg",
                "<=",
                "10",
                "GB 5009.33",
            ),
            ("总酸（以乳酸计）/(g/kg)", "总酸（以乳酸计）", "g/kg", "range", "5.0～12.0", "GB 12456"),
            ("铅（以Pb计）/(mg/kg)　　≤", "铅（以Pb计）", "mg/kg", "<=", "0.3", "GB 5009.12"),
        ],
    )
    rows += group(
        "配菜包",
        [
            (
                "酸价（以脂肪计）（KOH）/(mg/g)　　≤",
                "酸价（以脂肪计）（KOH）",
                "mg/g",
                "<=",
                "3.0",
                "GB 5009.229",
            ),
            (
                "过氧化值（以脂肪计）/(g/100 g)　　≤",
                "过氧化值（以脂肪计）",
                "g/100 g",
                "<=",
                "0.50",
                "GB 5009.227",
            ),
        ],
    )
    d.table("2", "理化指标", rows, widths=[24, 72, 26, 34], split=7)
    d.h("3.4", "微生物限量")
    d.p("微生物限量应符合表3的规定；致病菌限量应符合GB 29921的规定。")
    d.table(
        "3",
        "微生物限量",
        [
            [C("项　目", rs=2), C("采样方案<sup>a</sup>及限量", cs=4), C("检验方法", rs=2)],
            ["n", "c", "m", "M"],
            [
                C("菌落总数（酸笋包）/(CFU/g)", align="l"),
                "5",
                "2",
                V("10<sup>4</sup>", R("菌落总数", "<=", 1e4, "CFU/g", cond=["酸笋包", PLAN])),
                V("10<sup>5</sup>", R("菌落总数", "<=", 1e5, "CFU/g", cond=["酸笋包", PLAN])),
                "GB 4789.2",
            ],
            [
                C("大肠菌群（汤料包、酸笋包）/(CFU/g)", align="l"),
                "5",
                "2",
                V("10", R("大肠菌群", "<=", 10, "CFU/g", cond=["汤料包、酸笋包", PLAN])),
                V("10<sup>2</sup>", R("大肠菌群", "<=", 100, "CFU/g", cond=["汤料包、酸笋包", PLAN])),
                "GB 4789.3",
            ],
            [
                C("霉菌（干米粉）/(CFU/g)　　≤", align="l"),
                C(V("100", R("霉菌", "<=", 100, "CFU/g", cond=["干米粉"])), cs=4),
                "GB 4789.15",
            ],
        ],
        head=2,
        widths=[56, 10, 10, 18, 18, 30],
        footnotes=["<sup>a</sup>　样品的采样及处理按GB 4789.1执行。"],
    )
    d.h("3.5", "净含量")
    d.cl(
        "3.5.1",
        fw("单件产品净含量应符合《定量包装商品计量监督管理办法》的规定，其中干米粉净含量不应低于标示值的"),
        V(fw("95%"), R("干米粉净含量", ">=", 95, "%", cond=["标示值的"])),
        "。",
    )
    d.cl("3.5.2", fw("同批产品的平均净含量不应低于标示值。"))
    d.h("4", "检验规则")
    d.cl("4.1", fw("同一班次、同一生产线生产的同一规格产品为一批。"))
    d.cl("4.2", fw("每批随机抽取12袋，其中6袋用于检验，6袋留样备查。"))
    d.cl("4.3", "出厂检验项目为感官要求、干米粉水分、汤料包酸价和过氧化值、菌落总数、大肠菌群和净含量。")
    d.h("5", "标志、包装、运输和贮存")
    d.cl("5.1", "标签应符合GB 7718和GB 28050的规定，并标示各组分的净含量。")
    d.cl("5.2", fw("产品应贮存在阴凉、干燥处，保质期为6个月。"))
    return d
