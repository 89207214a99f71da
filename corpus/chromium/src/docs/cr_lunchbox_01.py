"""T/ group standard 电热饭盒 (dev), from an online standard editor: clause numbers by CSS counters, a plain
cover, running heads in @page margin boxes, three-line tables, body in WenQuanYi Micro Hei.  A per-model
transposed table (models down the rows, quantities across, units on a header row of their own, the
comparator on a third header row), rated data not counted, a value merged over the models; an asymmetric
power tolerance, a volume tolerance without a centre, electrical safety limits in clauses with word
comparators, a pass / fail strength test, a sealing test; a hygiene table of the inner pot.  The levels
echo the household-appliance safety standards and the sector standard on electric food warmers as
remembered; the association, number and every figure are invented."""

from kit import C, Doc, R, V, front, ql, references

MODELS = [
    ("DFH-08", "0.8", "200", "35", "15"),
    ("DFH-12", "1.2", "250", "40", "18"),
    ("DFH-15S", "1.5", "300", "45", "20"),
]


def build() -> Doc:
    d = Doc(
        stem="cr_lunchbox_01",
        category="电热饭盒",
        code="3854",
        kind="T",
        mark="T/GDSEA",
        line="团体标准",
        short="电热饭盒",
        number="T/GDSEA 027—2026",
        title=["电热饭盒"],
        title_en="Electric lunch boxes",
        ics="97.040.50",
        ccs="Y 68",
        issuers=["广东省小家电行业协会"],
        issued="2026-05-12",
        effective="2026-06-12",
        numbering="counter",
        running="margin",
        cover="plain",
        body_font="hei",
    )
    front(
        d,
        "本文件由广东省小家电行业协会提出并归口。",
        "本文件起草单位：佛山顺德宜厨电器有限公司、中山市乐膳电器科技有限公司。",
        "本文件主要起草人：何伟东、梁嘉欣。",
    )
    d.h("1", "范围")
    d.p("本文件规定了电热饭盒的型号、要求、试验方法、检验规则及标志、包装、运输和贮存。")
    d.p("本文件适用于额定电压不超过250 V、额定容积不超过2.0 L的家用电热饭盒。")
    references(
        d,
        "2",
        "GB 4706.1　家用和类似用途电器的安全　第1部分：通用要求",
        "GB 4706.19　家用和类似用途电器的安全　液体加热器的特殊要求",
        "GB 4806.9　食品安全国家标准　食品接触用金属材料及制品",
    )
    d.h("3", "型号和基本参数")
    d.p("产品的型号、基本参数和加热性能应符合表1的规定。")
    rows: list = [
        [C("型号", rs=3), "额定容积", "额定功率", "加热时间", "保温功率", "饭菜中心温度"],
        ["L", "W", "min", "W", "℃"],
        [C("", cs=2), "≤", "≤", "≥"],
    ]
    for n, (model, vol, power, heat, keep) in enumerate(MODELS):
        row = [
            model,
            vol,
            power,
            V(heat, R("加热时间", "<=", float(heat), "min", cond=[model])),
            V(keep, R("保温功率", "<=", float(keep), "W", cond=[model])),
        ]
        if n == 0:
            row.append(C(V("65", *[R("饭菜中心温度", ">=", 65, "℃", cond=[m[0]]) for m in MODELS]), rs=3))
        rows.append(row)
    d.table("1", "型号、基本参数和加热性能", rows, head=3, widths=[28, 24, 24, 26, 26, 32], style="three")
    d.note("注：加热时间为从冷态（23±2）℃的试验负载加热至饭菜中心温度达到规定值的时间。")
    d.h("4", "要求")
    d.cl(
        "4.1",
        "输入功率偏差：在额定电压下，输入功率偏差应在",
        V("+5%～−10%", R("输入功率偏差", "range", -10, "%", vmax=5)),
        "范围内。",
    )
    d.cl(
        "4.2",
        "容积：实际容积与额定容积的偏差应不超过",
        V("±5%", R("容积", "range", -5, "%", vmax=5, cond=["实际容积与额定容积的偏差"])),
        "。",
    )
    d.cl(
        "4.3",
        "泄漏电流：工作温度下的泄漏电流",
        V("不应大于0.25 mA", R("泄漏电流", "<=", 0.25, "mA", cond=["工作温度下"])),
        "。",
    )
    d.cl(
        "4.4",
        "电气强度：",
        ql("电气强度", "施加1 250 V试验电压1 min，应无击穿"),
        "。",
    )
    d.cl(
        "4.5",
        "绝缘电阻：潮湿试验后的绝缘电阻",
        V("不应小于7 MΩ", R("绝缘电阻", ">=", 7, "MΩ", cond=["潮湿试验后"])),
        "。",
    )
    d.cl(
        "4.6",
        "温升：手柄温升",
        V("不应超过30 K", R("手柄温升", "<=", 30, "K")),
        "，外壳可触及表面温升",
        V("不应超过60 K", R("外壳可触及表面温升", "<=", 60, "K")),
        "。",
    )
    d.cl("4.7", "密封性：", ql("密封性", "内胆注满水、盖好饭盒盖后倒置5 min，应无渗漏"), "。")
    d.cl(
        "4.8",
        "电源线：电源软线的长度",
        V("不应小于1.0 m", R("电源软线的长度", ">=", 1.0, "m")),
        "。",
    )
    d.cl("4.9", "卫生要求：与食品接触的不锈钢内胆应符合GB 4806.9的规定，其迁移指标应符合表2的规定。")
    d.table(
        "2",
        "内胆迁移指标",
        [
            ["项目", "单位", "指标"],
            ["高锰酸钾消耗量", "mg/kg", V("≤10", R("高锰酸钾消耗量", "<=", 10, "mg/kg"))],
            ["重金属（以Pb计）", "mg/kg", V("≤1", R("重金属（以Pb计）", "<=", 1, "mg/kg"))],
            ["铬（以Cr计）", "mg/kg", V("≤2.0", R("铬（以Cr计）", "<=", 2.0, "mg/kg"))],
            ["镍（以Ni计）", "mg/kg", V("≤0.5", R("镍（以Ni计）", "<=", 0.5, "mg/kg"))],
        ],
        widths=[60, 40, 50],
        style="three",
        notes=["注：浸泡条件为4%乙酸，煮沸30 min后室温放置24 h。"],
    )
    d.h("5", "试验方法")
    d.cl("5.1", "试验环境温度为（23±2）℃，相对湿度45%～75%，无强制对流。")
    d.cl("5.2", "加热时间：内胆装入额定容积80%的米饭与菜肴混合负载，测定中心温度达到规定值的时间。")
    d.cl("5.3", "电气安全试验按GB 4706.1和GB 4706.19进行。")
    d.h("6", "检验规则")
    d.cl("6.1", "出厂检验逐台进行电气强度和接地试验。")
    d.cl("6.2", "型式检验每年进行一次，样品从出厂检验合格的产品中随机抽取3台。")
    d.h("7", "标志、包装、运输和贮存")
    d.cl("7.1", "产品铭牌应标明型号、额定电压、额定功率和额定容积。")
    d.cl("7.2", "包装件应能承受高度为0.8 m的跌落试验。")
    return d
