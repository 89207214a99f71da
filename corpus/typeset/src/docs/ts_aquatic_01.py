"""NY 5073-style 水产品中有毒有害物质限量 (test): limit tables whose caption names the substance and whose
rows are nested aquatic categories (parent rows without values, children indented), with 鲜品 | 干制品
columns (several values per row), a — cell, footnotes a, b that restrict a row; a full-grid table of 组胺 by
fish group with the units on a second header line; a 不得检出 clause for three fishery-drug residues and a
clause with 不超过. The structure echoes the old NY 5073-2006 as remembered; every figure is invented."""

from kit import C, Doc, R, V, common_front, references

MOA = ["中华人民共和国农业农村部"]
FORMS = ["鲜品", "干制品"]


def limit_table(
    d: Doc, number: str, substance: str, caption: str, rows: list, unit_line: str, footnotes=()
) -> None:
    """rows: (label, path or None, [鲜品 text, 干制品 text], extra conditions)."""
    out: list = [["水产品类别", *FORMS]]
    for label, path, texts, extra in rows:
        if path is None:
            out.append([C(label, align="l"), "", ""])
            continue
        cells: list = [C(label, align="l")]
        for form, text in zip(FORMS, texts, strict=True):
            if text == "—":
                cells.append("—")
            else:
                cells.append(V(text, R(substance, "<=", float(text), "mg/kg", cond=[path, form, *extra])))
        out.append(cells)
    d.table(number, caption, out, widths=[70, 40, 40], unit_line=unit_line, footnotes=list(footnotes))


def build() -> Doc:
    d = Doc(
        stem="ts_aquatic_01",
        category="水产品中有毒有害物质",
        code=None,
        kind="NY",
        number="NY 5073—2026",
        replaces=["NY 5073—2006"],
        title=["水产品中有毒有害物质限量"],
        title_en="Limits of toxic and harmful substances in aquatic products",
        ics="67.120.30",
        ccs="B 50",
        issuers=MOA,
        issued="2026-07-08",
        effective="2026-11-01",
    )
    common_front(
        d,
        "NY 5073—2006《无公害食品　水产品中有毒有害物质限量》",
        "中华人民共和国农业农村部渔业渔政管理局",
        "全国水产标准化技术委员会（SAC/TC 156）",
        [
            "——标准名称修改为《水产品中有毒有害物质限量》；",
            "——增加了干制品的限量（见表1、表2）；",
            "——删除了麻痹性贝类毒素的限量。",
        ],
    )
    d.h("1", "范围")
    d.p("本文件规定了水产品中甲基汞、无机砷、多氯联苯、组胺和渔药残留等有毒有害物质的限量。")
    d.p("本文件适用于鲜、活及冷冻水产品和水产干制品。")
    references(
        d,
        "2",
        "GB 5009.17　食品安全国家标准　食品中总汞及有机汞的测定",
        "GB 5009.11　食品安全国家标准　食品中总砷及无机砷的测定",
        "GB 5009.190　食品安全国家标准　食品中指示性多氯联苯含量的测定",
        "GB 5009.208　食品安全国家标准　食品中生物胺的测定",
        "GB/T 20361　水产品中孔雀石绿和结晶紫残留量的测定　高效液相色谱荧光检测法",
    )
    d.h("3", "术语和定义")
    d.cl("3.1", "<b>肉食性鱼类</b>　以其他鱼类和动物为主要食物的鱼类，如鲨鱼、旗鱼、金枪鱼、梭子鱼等。")
    d.cl("3.2", "<b>干制品</b>　经干燥工艺加工，水分含量不高于25%的水产制品。")
    d.h("4", "要求")
    d.cl("4.1", "甲基汞：水产品中甲基汞的含量应符合表1的规定。")
    limit_table(
        d,
        "1",
        "甲基汞",
        "水产品中甲基汞限量",
        [
            ("鱼类", None, None, []),
            ("　肉食性鱼类", "鱼类/肉食性鱼类", ["1.0", "2.5"], []),
            ("　其他鱼类", "鱼类/其他鱼类", ["0.5", "1.2"], []),
            ("甲壳类", "甲壳类", ["0.5", "—"], []),
            ("贝类<sup>a</sup>", "贝类", ["0.5", "1.5"], ["不包括鲍鱼"]),
            ("头足类", "头足类", ["0.5", "1.0"], []),
        ],
        "单位为毫克每千克",
        ["<sup>a</sup>　不包括鲍鱼。"],
    )
    d.cl("4.2", "无机砷：水产品中无机砷的含量应符合表2的规定。")
    limit_table(
        d,
        "2",
        "无机砷",
        "水产品中无机砷限量",
        [
            ("鱼类", "鱼类", ["0.1", "0.3"], []),
            ("甲壳类和贝类", None, None, []),
            ("　甲壳类", "甲壳类和贝类/甲壳类", ["0.5", "1.0"], []),
            ("　贝类<sup>b</sup>", "甲壳类和贝类/贝类", ["0.5", "1.0"], ["以可食部分计"]),
            ("藻类", "藻类", ["1.5", "3.0"], []),
        ],
        "单位为毫克每千克",
        ["<sup>b</sup>　以可食部分计。"],
    )
    d.cl(
        "4.3",
        "多氯联苯：海产品中多氯联苯（以PCB28、PCB52、PCB101、PCB118、PCB138、PCB153和PCB180总和计）的含量",
        V(
            "不超过0.5 mg/kg",
            R(
                "多氯联苯",
                "<=",
                0.5,
                "mg/kg",
                cond=["海产品", "以PCB28、PCB52、PCB101、PCB118、PCB138、PCB153和PCB180总和计"],
            ),
        ),
        "，其中PCB138和PCB153的含量均",
        V(
            "不超过0.05 mg/kg",
            R("PCB138", "<=", 0.05, "mg/kg", cond=["海产品"]),
            R("PCB153", "<=", 0.05, "mg/kg", cond=["海产品"]),
        ),
        "。",
    )
    d.cl("4.4", "组胺：鱼类中组胺的含量应符合表3的规定。")
    d.table(
        "3",
        "鱼类中组胺限量",
        [
            [C("鱼类", rs=2), C("组胺", cs=2)],
            ["鲜品\nmg/100 g", "干制品、腌制品\nmg/100 g"],
            [
                C("高组胺鱼类<sup>c</sup>", align="l"),
                V("40", R("组胺", "<=", 40, "mg/100 g", cond=["高组胺鱼类", "鲜品"])),
                V("60", R("组胺", "<=", 60, "mg/100 g", cond=["高组胺鱼类", "干制品、腌制品"])),
            ],
            [
                C("其他海水鱼类", align="l"),
                C(
                    V(
                        "20",
                        R("组胺", "<=", 20, "mg/100 g", cond=["其他海水鱼类", "鲜品"]),
                        R("组胺", "<=", 20, "mg/100 g", cond=["其他海水鱼类", "干制品、腌制品"]),
                    ),
                    cs=2,
                ),
            ],
        ],
        head=2,
        widths=[60, 45, 45],
        style="grid",
        inside=True,
        footnotes=[
            (
                "<sup>c</sup>　高组胺鱼类指鲐鱼、鲹鱼、竹荚鱼、鲭鱼、鲣鱼、金枪鱼、秋刀鱼、马鲛鱼"
                "、青占鱼、沙丁鱼等青皮红肉海水鱼。"
            )
        ],
    )
    d.cl("4.5", "渔药残留")
    d.cl(
        "4.5.1",
        "水产品中氯霉素、孔雀石绿（以孔雀石绿和隐色孔雀石绿之和计）和硝基呋喃类代谢物",
        V(
            "不得检出",
            R("氯霉素", "not_detected", text="不得检出"),
            R("孔雀石绿", "not_detected", cond=["以孔雀石绿和隐色孔雀石绿之和计"], text="不得检出"),
            R("硝基呋喃类代谢物", "not_detected", text="不得检出"),
        ),
        "。",
    )
    d.cl("4.5.2", "其他渔药的残留限量应符合GB 31650的规定。")
    d.note("注：“不得检出”指低于所用检测方法的检出限。孔雀石绿的检出限为0.5 μg/kg。")
    d.h("5", "检验方法")
    d.cl("5.1", "甲基汞按GB 5009.17中液相色谱-原子荧光光谱联用法测定。")
    d.cl("5.2", "无机砷按GB 5009.11中液相色谱-原子荧光光谱法测定。")
    d.cl("5.3", "多氯联苯按GB 5009.190测定；组胺按GB 5009.208测定。")
    d.cl("5.4", "孔雀石绿按GB/T 20361测定；氯霉素和硝基呋喃类代谢物按相应的国家标准方法测定。")
    d.h("6", "判定规则")
    d.cl("6.1", "检验结果以可食部分计，干制品以干重计。")
    d.cl(
        "6.2",
        (
            "检验结果全部符合本文件要求的，判该批次产品合格；有一项不符合的，可在同批产品中加倍抽"
            "样复检，以复检结果为准。"
        ),
    )
    return d
