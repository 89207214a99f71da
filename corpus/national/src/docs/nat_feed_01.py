"""GB 13078-style 饲料卫生标准 (test): the substance in a cell spanning its product rows, products nested
in two levels, a long table continued on the next page, a table named only by its caption with feeds as
rows, microbiological limits with superscripts, a clause limit."""

from kit import C, Doc, R, V

MG = "mg/kg"


def substance(
    label: str,
    name: str,
    groups: list[tuple[str, list[tuple[str, str]]]],
    method: str,
    unit: str = MG,
    extra=(),
) -> list[list]:
    """Rows: substance (spanning) | group (spanning) | product | limit | method (spanning)."""
    total = sum(len(items) for _, items in groups)
    rows: list[list] = []
    first = True
    for group, items in groups:
        for i, (product, text) in enumerate(items):
            path = f"{group}/{product}" if group else product
            row: list = [C(label, rs=total)] if first else [""]
            if group:
                row += [C(group, rs=len(items), align="l")] if i == 0 else [""]
                row.append(C(product, align="l"))
            else:
                row.append(C(product, cs=2, align="l"))
            row.append(V(text, R(name, "<=", float(text), unit, cond=[path, *extra])))
            row += [C(method, rs=total)] if first else [""]
            first = False
            rows.append(row)
    return rows


def build() -> Doc:
    d = Doc(
        stem="nat_feed_01",
        category="饲料卫生",
        code=None,
        kind="GB",
        number="GB 13078—2026",
        replaces=["GB 13078—2017"],
        title=["饲料卫生标准"],
        title_en="Hygienical standard for feeds",
        ics="65.120",
        ccs="B 46",
        issuers=["国家市场监督管理总局", "国家标准化管理委员会"],
        issued="2026-07-18",
        effective="2027-08-01",
    )
    d.preface(
        "本文件按照GB/T 1.1—2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。",
        "本文件代替GB 13078—2017《饲料卫生标准》，与GB 13078—2017相比，主要技术变化如下："
        "——增加了藻类及其加工产品中"
        "总砷的限量；——更改了配合饲料中黄曲霉毒素B<sub>1</sub>的限量；——增加了三聚氰胺的限量。",
        "本文件由中华人民共和国农业农村部提出并归口。",
    )
    d.h("1", "范围")
    d.p("本文件规定了饲料原料和饲料产品中的有毒有害物质及微生物的限量及试验方法。")
    d.p("本文件适用于表1～表3中所列的饲料原料和饲料产品，不适用于宠物饲料产品和饲料添加剂产品。")
    d.h("2", "规范性引用文件")
    d.p("GB/T 13079　饲料中总砷的测定", indent=False)
    d.p("GB/T 13080　饲料中铅的测定　原子吸收光谱法", indent=False)
    d.p("GB/T 13082　饲料中镉的测定方法", indent=False)
    d.p("GB/T 13083　饲料中氟的测定　离子选择性电极法", indent=False)
    d.p("GB/T 36858　饲料中黄曲霉毒素B<sub>1</sub>的测定　高效液相色谱法", indent=False)
    d.h("3", "术语和定义")
    d.p("本文件没有需要界定的术语和定义。")
    d.h("4", "要求")
    d.cl(
        "4.1",
        "饲料原料和饲料产品中无机污染物的限量应符合表1的规定，其中限量值均以干物质含量88%的饲料为基础计算。",
    )
    d.table(
        "1",
        "饲料中无机污染物限量",
        [
            ["项　目", C("产品名称", cs=2), "限　量", "试验方法"],
            *substance(
                "总砷/(mg/kg)",
                "总砷",
                [
                    (
                        "饲料原料",
                        [
                            ("干草及其加工产品", "4"),
                            ("棕榈仁饼（粕）", "4"),
                            ("藻类及其加工产品", "40"),
                            ("其他饲料原料", "2"),
                        ],
                    ),
                    (
                        "饲料产品",
                        [
                            ("添加剂预混合饲料", "10"),
                            ("浓缩饲料", "4"),
                            ("精料补充料", "4"),
                            ("配合饲料", "2"),
                        ],
                    ),
                ],
                "GB/T 13079",
                extra=["以干物质含量88%为基础计算"],
            ),
            *substance(
                "铅/(mg/kg)",
                "铅",
                [
                    (
                        "饲料原料",
                        [("单细胞蛋白饲料原料", "5"), ("矿物质饲料原料", "15"), ("其他饲料原料", "10")],
                    ),
                    ("饲料产品", [("添加剂预混合饲料", "40"), ("浓缩饲料", "10"), ("配合饲料", "5")]),
                ],
                "GB/T 13080",
                extra=["以干物质含量88%为基础计算"],
            ),
            *substance(
                "镉/(mg/kg)",
                "镉",
                [
                    (
                        "饲料原料",
                        [
                            ("藻类及其加工产品", "2"),
                            ("鱼、其他水生生物及其副产品类饲料原料", "2"),
                            ("其他饲料原料", "1"),
                        ],
                    ),
                    ("饲料产品", [("添加剂预混合饲料", "5"), ("浓缩饲料", "1.25"), ("配合饲料", "0.5")]),
                ],
                "GB/T 13082",
                extra=["以干物质含量88%为基础计算"],
            ),
            *substance(
                "氟（以F计）/(mg/kg)",
                "氟（以F计）",
                [
                    ("饲料原料", [("甲壳类动物及其副产品", "3000"), ("其他饲料原料", "150")]),
                    (
                        "饲料产品",
                        [
                            ("猪配合饲料", "100"),
                            ("肉用仔鸡、生长鸡配合饲料", "250"),
                            ("产蛋鸡配合饲料", "350"),
                            ("其他配合饲料", "150"),
                        ],
                    ),
                ],
                "GB/T 13083",
                extra=["以干物质含量88%为基础计算"],
            ),
        ],
        widths=[30, 22, 52, 20, 36],
    )
    d.cl("4.2", "饲料原料和饲料产品中黄曲霉毒素B<sub>1</sub>的限量应符合表2的规定。")

    def afb(path, text):
        return [
            C(path.split("/")[-1], align="l"),
            V(text, R("黄曲霉毒素B1", "<=", float(text), "μg/kg", cond=[path])),
        ]

    d.table(
        "2",
        "饲料中黄曲霉毒素B<sub>1</sub>限量",
        [
            [C("产品名称", cs=2), "限量/(μg/kg)"],
            [C("饲料原料", rs=4), *afb("饲料原料/玉米加工产品、花生饼（粕）", "50")],
            ["", *afb("饲料原料/植物油脂（玉米油、花生油除外）", "10")],
            ["", *afb("饲料原料/玉米油、花生油", "20")],
            ["", *afb("饲料原料/其他植物性饲料原料", "30")],
            [C("饲料产品", rs=4), *afb("饲料产品/仔猪、雏禽浓缩饲料", "10")],
            ["", *afb("饲料产品/肉用仔鸭后期、生长鸭、产蛋鸭浓缩饲料", "15")],
            ["", *afb("饲料产品/犊牛、羔羊精料补充料", "20")],
            ["", *afb("饲料产品/其他配合饲料", "20")],
        ],
        widths=[40, 80, 40],
        notes=["注：试验方法按GB/T 36858执行。"],
    )
    d.cl("4.3", "饲料原料和饲料产品中微生物的限量应符合表3的规定。")
    d.table(
        "3",
        "饲料中微生物限量",
        [
            ["项　目", "产品名称", "限　量", "试验方法"],
            [
                C("霉菌总数<super>a</super>/(CFU/g)", rs=2),
                C("谷物及其加工产品", align="l"),
                V(
                    "＜4×10<super>4</super>",
                    R(
                        "霉菌总数",
                        "<",
                        40000,
                        "CFU/g",
                        cond=["谷物及其加工产品", "限量饲用：4×10⁴～10×10⁴，禁用：＞10×10⁴"],
                    ),
                ),
                C("GB/T 13092", rs=2),
            ],
            [
                "",
                C("饼粕类饲料原料（发酵产品除外）", align="l"),
                V(
                    "＜2×10<super>3</super>",
                    R("霉菌总数", "<", 2000, "CFU/g", cond=["饼粕类饲料原料（发酵产品除外）"]),
                ),
                "",
            ],
            [
                "沙门氏菌<super>b</super>（25 g中）",
                C("饲料原料和饲料产品", align="l"),
                V(
                    "不得检出",
                    R("沙门氏菌", "not_detected", cond=["饲料原料和饲料产品", "25 g中"], text="不得检出"),
                ),
                "GB/T 13091",
            ],
        ],
        widths=[40, 56, 32, 32],
        footnotes=[
            # the footnote prints the bounds of two further uses of grain (a limit under its own
            # condition, as cement's 表2 footnote a): two records (corpus/national/README.md
            # "Audit (second reading)")
            [
                "<super>a</super> 谷物及其加工产品限量饲用：",
                V(
                    "4×10<super>4</super>～10×10<super>4</super>",
                    R(
                        "霉菌总数",
                        "range",
                        40000,
                        "CFU/g",
                        cond=["谷物及其加工产品", "限量饲用"],
                        vmax=100000,
                    ),
                ),
                "，禁用：",
                V(
                    "＞10×10<super>4</super>",
                    R("霉菌总数", ">", 100000, "CFU/g", cond=["谷物及其加工产品", "禁用"]),
                ),
                "。",
            ],
            "<super>b</super> 采样及样品处理按GB/T 14699.1执行，每批至少采样5个。",
        ],
    )
    d.cl(
        "4.4",
        "饲料原料和饲料产品中三聚氰胺的含量应",
        V("不超过2.5 mg/kg", R("三聚氰胺", "<=", 2.5, MG, cond=["饲料原料和饲料产品"])),
        "；乳和乳制品类饲料原料中三聚氰胺的含量应",
        V("不超过1 mg/kg", R("三聚氰胺", "<=", 1, MG, cond=["乳和乳制品类饲料原料"])),
        "。",
    )
    d.h("5", "试验方法")
    d.p(
        "表1～表3所列项目的测定按其规定的试验方法执行；样品粉碎后全部通过0.42 mm孔径的试验筛，于（103±2）"
        "℃下测定干物质含量，"
        "结果按干物质含量88%折算。"
    )
    d.h("6", "判定规则")
    d.cl("6.1", "所检项目全部符合本文件要求时，判定为合格。")
    d.cl(
        "6.2",
        "检验结果中有任何一项不符合本文件要求时，可自同批产品中重新加倍取样进行复检，复检结果有一项不合格即判定为不合格。"
        "微生物指标不得复检。",
    )
    return d
