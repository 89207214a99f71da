"""GB 31650-style 食品安全国家标准 食品中兽药最大残留限量 (excerpt, dev): a clause per drug, the drug named
in the heading and the caption, rows nested animal / tissue, stacked values, a 续表, not-detected rows."""

from kit import C, Doc, R, V

UG = "μg/kg"


def mrl_rows(drug: str, groups: list[tuple[str, list[tuple[str, str]]]], extra=()) -> list[list]:
    """Rows 动物种类 | 靶组织 | 限量 with the animal spanning its tissues."""
    rows = []
    for animal, tissues in groups:
        plain_animal = animal.split("<super>")[0]
        for i, (tissue, value) in enumerate(tissues):
            cell = [C(animal, rs=len(tissues))] if i == 0 else [""]
            cond = [f"{plain_animal}/{tissue}", *extra]
            if "\n" in value:  # stacked: "100（鲑科鱼类）\n500（其他鱼类）"
                parts: list[object] = []
                for line in value.split("\n"):
                    number, qual = line.split("（")
                    parts.append(V(line, R(drug, "<=", float(number), UG, cond=[*cond, qual.rstrip("）")])))
                    parts.append("<br/>")
                rows.append([*cell, tissue, parts[:-1]])
            else:
                rows.append([*cell, tissue, V(value, R(drug, "<=", float(value), UG, cond=cond))])
    return rows


def build() -> Doc:
    d = Doc(
        stem="nat_vetdrug_01",
        category="兽药残留限量",
        code=None,
        kind="GB",
        number="GB 31650.3—2026",
        title=["食品安全国家标准", "食品中兽药最大残留限量", "第3部分：抗菌药和抗寄生虫药（一）"],
        title_en="National food safety standard—Maximum residue limits for veterinary drugs in foods—"
        "Part 3: Antibacterial and antiparasitic drugs (I)",
        issuers=["中华人民共和国国家卫生健康委员会", "中华人民共和国农业农村部", "国家市场监督管理总局"],
        issued="2026-03-20",
        effective="2026-09-20",
    )
    d.preface(
        "本文件按照GB/T 1.1—2020《标准化工作导则 第1部分：标准化文件的结构和起草规则》的规定起草。",
        "本文件是GB 31650《食品安全国家标准 食品中兽药最大残留限量》的第3部分。",
        "本文件规定了5种兽药在动物性食品中的最大残留限量，其中2种为首次制定。",
    )
    d.h("1", "范围")
    d.p("本文件规定了动物性食品中阿莫西林等5种兽药的最大残留限量和不得检出的兽药。")
    d.p("本文件适用于与最大残留限量相关的动物性食品。")
    d.h("2", "规范性引用文件")
    d.p(
        "下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其中，注日期的引用文件，仅该日期对应的版本"
        "适用于本文件；不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。"
    )
    d.p("GB 31650　食品安全国家标准　食品中兽药最大残留限量", indent=False)
    d.p(
        "GB 31658.17　食品安全国家标准　动物性食品中四环素类、"
        "磺胺类和喹诺酮类药物多残留的测定　液相色谱-串联质谱法",
        indent=False,
    )
    d.h("3", "术语和定义")
    d.h("3.1", "最大残留限量　maximum residue limit；MRL")
    d.p("对食品动物用药后，允许存在于食物表面或内部的该兽药残留的最高量/浓度（以鲜重计，单位为μg/kg）。")
    d.h("3.2", "每日允许摄入量　acceptable daily intake；ADI")
    d.p(
        "人一生中每日从食物或饮水中摄取某种物质而对健康没有明显危害的量，"
        "以人体体重为基础计算，单位为μg/kg bw。"
    )
    d.h("4", "技术要求")
    d.h("4.1", "阿莫西林（amoxicillin）")
    d.cl("4.1.1", "兽药分类：β-内酰胺类抗菌药。")
    d.cl("4.1.2", "ADI：0 μg/kg bw～2 μg/kg bw，微生物学ADI。")
    d.cl("4.1.3", "残留标志物：阿莫西林（amoxicillin）。")
    d.cl("4.1.4", "最大残留限量：应符合表1的规定。")
    d.table(
        "1",
        "阿莫西林最大残留限量",
        [
            ["动物种类", "靶组织", "残留限量/(μg/kg)"],
            *mrl_rows(
                "阿莫西林",
                [
                    (
                        "所有食品动物<super>a</super>",
                        [("肌肉", "50"), ("脂肪", "50"), ("肝", "50"), ("肾", "50"), ("奶", "4")],
                    )
                ],
                extra=["产蛋期禁用"],
            ),
        ],
        widths=[50, 50, 60],
        footnotes=["<super>a</super> 产蛋期禁用。"],
    )
    d.h("4.2", "恩诺沙星（enrofloxacin）")
    d.cl("4.2.1", "兽药分类：喹诺酮类抗菌药。")
    d.cl("4.2.2", "ADI：0 μg/kg bw～6.2 μg/kg bw。")
    d.cl("4.2.3", "残留标志物：恩诺沙星与环丙沙星之和。")
    d.cl("4.2.4", "最大残留限量：应符合表2的规定。")
    d.table(
        "2",
        "恩诺沙星最大残留限量",
        [
            ["动物种类", "靶组织", "残留限量/(μg/kg)"],
            *mrl_rows(
                "恩诺沙星",
                [
                    (
                        "牛、羊",
                        [("肌肉", "100"), ("脂肪", "100"), ("肝", "300"), ("肾", "200"), ("奶", "100")],
                    ),
                    ("猪、兔", [("肌肉", "100"), ("脂肪", "100"), ("肝", "200"), ("肾", "300")]),
                    (
                        "家禽<super>b</super>",
                        [("肌肉", "100"), ("皮+脂", "100"), ("肝", "200"), ("肾", "300")],
                    ),
                    ("鱼", [("皮+肉", "100")]),
                    ("其他动物", [("肌肉", "100"), ("脂肪", "100"), ("肝", "200"), ("肾", "200")]),
                ],
            ),
        ],
        widths=[50, 50, 60],
        footnotes=["<super>b</super> 产蛋期禁用。"],
    )
    for v in d.values:
        for r in v.records:
            if r["name"] == "恩诺沙星" and r["conditions"][0].startswith("家禽"):
                r["conditions"].append("产蛋期禁用")
    d.h("4.3", "氟苯尼考（florfenicol）")
    d.cl("4.3.1", "兽药分类：酰胺醇类抗菌药。")
    d.cl("4.3.2", "ADI：0 μg/kg bw～3 μg/kg bw。")
    d.cl("4.3.3", "残留标志物：氟苯尼考与氟苯尼考胺之和，以氟苯尼考表示。")
    d.cl("4.3.4", "最大残留限量：应符合表3的规定。")
    d.table(
        "3",
        "氟苯尼考最大残留限量",
        [
            ["动物种类", "靶组织", "残留限量/(μg/kg)"],
            *mrl_rows(
                "氟苯尼考",
                [
                    ("牛、羊<super>c</super>", [("肌肉", "200"), ("肝", "3000"), ("肾", "300")]),
                    ("猪", [("肌肉", "300"), ("皮+脂", "500"), ("肝", "2000"), ("肾", "500")]),
                    (
                        "家禽<super>c</super>",
                        [("肌肉", "100"), ("皮+脂", "200"), ("肝", "2500"), ("肾", "750")],
                    ),
                    ("鱼", [("皮+肉", "1000（鲑科鱼类）\n800（其他鱼类）")]),
                ],
            ),
        ],
        widths=[50, 50, 60],
        footnotes=["<super>c</super> 泌乳期和产蛋期禁用。"],
    )
    for v in d.values:
        for r in v.records:
            if r["name"] == "氟苯尼考" and r["conditions"][0].split("/")[0] in ("牛、羊", "家禽"):
                r["conditions"].append("泌乳期和产蛋期禁用")
    d.h("4.4", "伊维菌素（ivermectin）")
    d.cl("4.4.1", "兽药分类：大环内酯类抗寄生虫药。")
    d.cl("4.4.2", "ADI：0 μg/kg bw～10 μg/kg bw。")
    d.cl("4.4.3", "残留标志物：22,23-二氢阿维菌素B<sub>1a</sub>（H<sub>2</sub>B<sub>1a</sub>）。")
    d.cl("4.4.4", "最大残留限量：应符合表4的规定。")
    d.table(
        "4",
        "伊维菌素最大残留限量",
        [
            ["动物种类", "靶组织", "残留限量/(μg/kg)"],
            *mrl_rows(
                "伊维菌素",
                [
                    ("牛", [("肌肉", "30"), ("脂肪", "100"), ("肝", "100"), ("奶", "10")]),
                    ("猪、羊", [("肌肉", "30"), ("脂肪", "100"), ("肝", "100")]),
                ],
            ),
        ],
        widths=[50, 50, 60],
    )
    d.h("4.5", "地克珠利（diclazuril）")
    d.cl("4.5.1", "兽药分类：抗球虫药。")
    d.cl("4.5.2", "ADI：0 μg/kg bw～30 μg/kg bw。")
    d.cl(
        "4.5.3",
        "最大残留限量：家禽（产蛋期禁用）的肌肉中地克珠利的残留量应",
        V("不超过500 μg/kg", R("地克珠利", "<=", 500, UG, cond=["家禽/肌肉", "产蛋期禁用"])),
        "，皮+脂中应",
        V("不超过1000 μg/kg", R("地克珠利", "<=", 1000, UG, cond=["家禽/皮+脂", "产蛋期禁用"])),
        "，肝中应",
        V("不超过3000 μg/kg", R("地克珠利", "<=", 3000, UG, cond=["家禽/肝", "产蛋期禁用"])),
        "；兔的肌肉中应不超过",
        V("500 μg/kg", R("地克珠利", "<=", 500, UG, cond=["兔/肌肉"])),
        "。",
    )
    d.h("4.6", "允许作治疗用，但不得在动物性食品中检出的兽药")
    d.cl(
        "4.6.1", "表5所列兽药允许作治疗用，但在动物性食品中不得检出；检测方法按农业农村部公告规定的方法执行。"
    )

    def nd(drug, marker, animal, tissue):
        return [
            drug,
            marker,
            animal,
            tissue,
            V("不得检出", R(drug, "not_detected", cond=[f"{animal}/{tissue}"], text="不得检出")),
        ]

    d.table(
        "5",
        "允许作治疗用，但不得在动物性食品中检出的兽药",
        [
            ["兽药名称", "残留标志物", "动物种类", "靶组织", "限量要求"],
            nd("氯丙嗪", "氯丙嗪", "所有食品动物", "所有可食组织"),
            nd("地西泮", "地西泮", "所有食品动物", "所有可食组织"),
            nd("甲硝唑", "甲硝唑", "所有食品动物", "所有可食组织"),
            nd("苯甲酸雌二醇", "雌二醇", "所有食品动物", "所有可食组织"),
            nd("硝酸亚汞", "汞", "所有食品动物", "所有可食组织"),
        ],
        widths=[32, 30, 34, 34, 30],
    )
    d.h("5", "检测方法")
    d.p(
        "各兽药残留量的测定按GB 31658.17或农业农村部公告规定的方法执行；测定结果以鲜重计，保留三位有效数字。"
        "样品应在－18 ℃以下保存，并在30 d内完成测定。"
    )
    return d
