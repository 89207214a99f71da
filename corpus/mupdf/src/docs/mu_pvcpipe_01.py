"""T/-style 团体标准 建筑排水用硬聚氯乙烯（PVC-U）管材 (test): a group standard for plastic pipes in a serif
body; a size table as a Word table with a shaded header, classes down the rows (dn50 / dn75 / dn110,
conditions), deviations 0～+0.3 as ranges and minimum wall thicknesses; a length deviation in a clause; a
physical and mechanical table with no rule at all, a 单位 column and the comparators as words (不低于 /
不高于), a thin-space thousands range, a pass / fail test cell (qualitative).  Echoes group standards on
PVC-U drainage pipes (GB/T 5836.1); every figure here is invented for this corpus."""

from kit import Doc, R, V, ql

DN = ["dn50", "dn75", "dn110"]


def build() -> Doc:
    d = Doc(
        stem="mu_pvcpipe_01",
        category="PVC-U排水管材",
        code="2922",
        kind="T",
        mark="T/SDSX",
        number="T/SDSX 018—2026",
        title=["建筑排水用硬聚氯乙烯（PVC-U）管材"],
        title_en="Unplasticized poly(vinyl chloride) (PVC-U) pipes for building drainage",
        ics="83.140.30",
        ccs="G 33",
        issuers=["山东省塑料协会"],
        issued="2026-02-25",
        effective="2026-03-25",
        face="song",
        folio="plain",
    )
    d.preface(
        "本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。",
        "请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。",
        "本文件由山东省塑料协会提出并归口。",
        "本文件起草单位：山东省产品质量检验研究院、潍坊宏大塑胶管业有限公司、临沂联通管业有限公司。",
    )
    d.h("1", "范围")
    d.p(
        "本文件规定了建筑排水用硬聚氯乙烯（PVC-U）管材的材料、规格尺寸、要求、试验方法、检验规则和标志、包装、运输、贮存。"
    )
    d.p("本文件适用于以聚氯乙烯树脂为主要原料，经挤出成型的建筑物内排水用实壁管材，不适用于埋地排水管材。")
    d.h("2", "规范性引用文件")
    for ref in (
        "GB/T 1033.1　塑料　非泡沫塑料密度的测定　第1部分：浸渍法、液体比重瓶法和滴定法",
        "GB/T 8802　热塑性塑料管材、管件　维卡软化温度的测定",
        "GB/T 6671　热塑性塑料管材　纵向回缩率的测定",
        "GB/T 14152　热塑性塑料管材耐外冲击性能试验方法　时针旋转法",
    ):
        d.p(ref, indent=False)
    d.h("3", "材料")
    d.p("生产管材所用的材料应以聚氯乙烯树脂为主，加入必需的添加剂，不得使用铅盐稳定剂。")
    d.h("4", "要求")
    d.h("4.1", "外观")
    d.p("管材内外壁应", ql("外观", "光滑，不允许有气泡、裂口和明显的痕纹、凹陷、色泽不均及分解变色线"), "。")
    d.h("4.2", "规格尺寸")
    d.p("管材的平均外径偏差和最小壁厚应符合表1的规定。")
    d.table(
        "1",
        "平均外径偏差和壁厚",
        [
            ["公称外径", "平均外径偏差/mm", "最小壁厚/mm"],
            *[
                [
                    dn,
                    V(f"0～+{dev}", R("平均外径偏差", "range", 0.0, "mm", cond=[dn], vmax=float(dev))),
                    V(e, R("最小壁厚", ">=", float(e), "mm", cond=[dn])),
                ]
                for dn, dev, e in zip(DN, ("0.3", "0.3", "0.4"), ("2.0", "2.3", "3.2"), strict=True)
            ],
        ],
        widths=[30, 35, 35],
        style="grid",
    )
    d.p(
        "管材长度一般为4 m或6 m，长度偏差为",
        V("0 mm～+10 mm", R("长度偏差", "range", 0.0, "mm", vmax=10.0)),
        "。",
    )
    d.h("4.3", "物理力学性能")
    d.p("管材的物理力学性能应符合表2的规定。")
    d.table(
        "2",
        "物理力学性能",
        [
            ["项目", "单位", "要求"],
            ["密度", "kg/m³", V("1 350～1 550", R("密度", "range", 1350.0, "kg/m³", vmax=1550.0))],
            ["维卡软化温度", "℃", V("不低于79", R("维卡软化温度", ">=", 79.0, "℃"))],
            ["纵向回缩率", "%", V("不高于5", R("纵向回缩率", "<=", 5.0, "%"))],
            ["拉伸屈服强度", "MPa", V("不低于40", R("拉伸屈服强度", ">=", 40.0, "MPa"))],
            ["断裂伸长率", "%", V("不低于80", R("断裂伸长率", ">=", 80.0, "%"))],
            ["落锤冲击试验TIR", "%", V("不高于10", R("落锤冲击试验TIR", "<=", 10.0, "%"))],
            ["二氯甲烷浸渍试验", "—", ql("二氯甲烷浸渍试验", "表面变化不劣于4L")],
        ],
        widths=[40, 20, 40],
        style="bare",
    )
    d.h("5", "试验方法")
    d.cl("5.1", "状态调节：试样在（23±2）℃下调节24 h后进行试验。")
    d.cl("5.2", "纵向回缩率按GB/T 6671测定，烘箱温度（150±2）℃。")
    d.cl("5.3", "落锤冲击试验按GB/T 14152测定，试验温度0 ℃。")
    d.h("6", "检验规则")
    d.p(
        "同一原料、配方和工艺连续生产的同一规格管材，每数量不超过50 t为一批。"
        "出厂检验项目为外观、规格尺寸、纵向回缩率和落锤冲击试验。"
    )
    d.h("7", "标志、包装、运输、贮存")
    d.p("管材应合理堆放，堆放高度不超过1.5 m，远离热源，不得暴晒。")
    return d
