"""Q/ enterprise standard 竹制砧板 (dev), a web page printed as it is: typed clause numbers, a plain cover,
no running head and no folio, three-line tables in Noto Serif CJK.  A size-tolerance table with the unit in
the column header (``允许偏差/mm``), tolerances without a centre and a ≤ difference; a two-grade table
(优等品 / 合格品) with a 单位 column and the comparator at the end of the label, a range merged over both
grades, a qualitative cell merged; a migration table in a clause of its own with a qualitative 阴性.  The
levels echo the sector standard on bamboo cutting boards and the national standard on food-contact bamboo
and wood products as remembered; the company, number and every figure are invented."""

from kit import C, Doc, R, V, front, g3, gm, ql, qm, references

GR2 = ["优等品", "合格品"]


def build() -> Doc:
    d = Doc(
        stem="cr_chopboard_01",
        category="竹制砧板",
        code="2041",
        kind="Q",
        mark="Q/330782LFZ",
        line="浙江龙发竹业有限公司企业标准",
        short="竹制砧板",
        number="Q/330782LFZ 003—2026",
        title=["竹制砧板"],
        title_en="Bamboo chopping boards",
        ics="97.040.60",
        ccs="Y 21",
        issuers=["浙江龙发竹业有限公司"],
        issued="2026-01-08",
        effective="2026-01-20",
        numbering="literal",
        running="none",
        cover="plain",
        body_font="serif",
    )
    front(
        d,
        "本文件由浙江龙发竹业有限公司提出并起草。",
        "本文件主要起草人：吴国良、楼丽娟。",
        "本文件为首次发布。",
    )
    d.h("1", "范围")
    d.p("本文件规定了竹制砧板的分类、要求、试验方法、检验规则及标志、包装、运输和贮存。")
    d.p("本文件适用于以毛竹为原料，经竹条加工、胶合（或整竹）制成的家用及商用砧板。")
    references(
        d,
        "2",
        "GB 4806.1　食品安全国家标准　食品接触材料及制品通用安全要求",
        "GB 4806.12　食品安全国家标准　食品接触用竹木材料及制品",
        "GB/T 17657　人造板及饰面人造板理化性能试验方法",
    )
    d.h("3", "分类")
    d.p("按结构分为拼接砧板和整竹砧板；按质量分为优等品和合格品。")
    d.h("4", "要求")
    d.h("4.1", "规格尺寸")
    d.p("规格尺寸允许偏差应符合表1的规定。")
    tol = [("长度", "±2.0", 2.0), ("宽度", "±2.0", 2.0), ("厚度", "±0.5", 0.5)]
    rows: list = [["项目", "允许偏差/mm"]]
    for name, text, v in tol:
        rows.append([name, V(text, R(name, "range", -v, "mm", vmax=v, cond=["允许偏差"]))])
    rows.append(["对角线长度差", V("≤3.0", R("对角线长度差", "<=", 3.0, "mm"))])
    d.table("1", "规格尺寸允许偏差", rows, widths=[60, 60], style="three")
    d.h("4.2", "理化性能")
    d.p("理化性能应符合表2的规定。")
    rows2: list = [["项目", "单位", *GR2]]
    rows2 += [
        [C("含水率", align="l"), "%", gm("含水率", "%", "8～12", "range", grades=GR2)],
        [
            C("密度　　≥", align="l"),
            "g/cm<sup>3</sup>",
            *g3("密度", "g/cm³", ["0.65", "0.60"], ">=", grades=GR2),
        ],
        [C("静曲强度　　≥", align="l"), "MPa", *g3("静曲强度", "MPa", ["80", "60"], ">=", grades=GR2)],
        [C("浸渍剥离率　　≤", align="l"), "%", *g3("浸渍剥离率", "%", ["5", "10"], "<=", grades=GR2)],
        [C("甲醛释放量　　≤", align="l"), "mg/L", gm("甲醛释放量", "mg/L", "0.5", "<=", grades=GR2)],
        [C("防霉等级　　≤", align="l"), "级", *g3("防霉等级", "级", ["0", "1"], "<=", grades=GR2)],
        [C("耐冷热循环", align="l"), "—", C(qm("耐冷热循环", "无开裂、无脱胶", GR2), cs=2)],
    ]
    d.table(
        "2",
        "理化性能",
        rows2,
        widths=[46, 26, 40, 40],
        style="three",
        notes=["注：浸渍剥离率和甲醛释放量仅考核拼接砧板。"],
    )
    d.h("4.3", "卫生要求")
    d.p(
        "与食品接触面的总迁移量（4%乙酸）",
        V("不大于10 mg/dm²", R("总迁移量（4%乙酸）", "<=", 10, "mg/dm²")),
        "，高锰酸钾消耗量（水）",
        V("不大于10 mg/kg", R("高锰酸钾消耗量（水）", "<=", 10, "mg/kg")),
        "，重金属（以Pb计）（4%乙酸）",
        V("不大于1 mg/kg", R("重金属（以Pb计）（4%乙酸）", "<=", 1, "mg/kg")),
        "，脱色试验",
        ql("脱色试验", "阴性"),
        "。",
    )
    d.h("5", "试验方法")
    d.cl("5.1", "规格尺寸用分度值为0.5 mm的钢直尺和分度值为0.02 mm的游标卡尺测量。")
    d.cl("5.2", "含水率、密度、静曲强度、浸渍剥离率和甲醛释放量按GB/T 17657测定。")
    d.cl("5.3", "耐冷热循环：试件在（60±2）℃水中浸泡4 h后，于（−20±2）℃冷冻4 h，为一个循环，共进行3个循环。")
    d.h("6", "检验规则")
    d.cl("6.1", "同一原料、同一工艺连续生产的同一规格产品为一批，每批不超过5 000块。")
    d.cl("6.2", "每批随机抽取5块进行理化性能检验，2块进行卫生要求检验。")
    d.h("7", "标志、包装、运输和贮存")
    d.cl("7.1", "产品或包装上应标明产品名称、规格、等级、生产日期和“食品接触用”字样。")
    d.cl("7.2", "产品应贮存于通风、干燥处，避免阳光直射和雨淋。")
    return d
