"""GB-style 化学品安全标签编写规定 (test): a labelling standard with few numbers among many qualitative
requirements: a table of the minimum label sizes by container volume (width and height in columns of their
own, a first row that asks for a simplified label and gives no number), the pictogram's side in a clause
(its frame and area relative to other sizes, not counted), the character heights of the signal word and of
the text; the order of the label's elements, the colours, the hazard statements and the informative annex's
example are not counted. Echoes GB 15258 as remembered; the number and every figure are invented."""

from kit import SAMR, Doc, R, V, common_front, references

SIZES = [
    ("＞0.1～≤3", "50", "75"),
    ("＞3～≤50", "75", "100"),
    ("＞50～≤500", "100", "150"),
    ("＞500～≤1 000", "150", "200"),
    ("＞1 000", "200", "300"),
]


def build() -> Doc:
    d = Doc(
        stem="pt_chemlabel_01",
        category="化学品安全标签",
        code=None,
        kind="GB",
        number="GB 41322—2026",
        replaces=["GB 41322—2009"],
        title=["化学品安全标签编写规定"],
        title_en="General rules for preparation of precautionary label for chemicals",
        ics="13.300",
        ccs="A 80",
        issuers=SAMR,
        issued="2026-10-13",
        effective="2027-11-01",
    )
    common_front(
        d,
        "GB 41322—2009《化学品安全标签编写规定》",
        "中华人民共和国应急管理部",
        "全国危险化学品管理标准化技术委员会（SAC/TC 251）",
        ["——修改了标签的最小尺寸；", "——增加了象形图边长和边框宽度的要求；", "——增加了信号词字高的要求。"],
    )
    d.h("1", "范围")
    d.p("本文件规定了化学品安全标签的术语和定义、标签内容、制作和使用要求。")
    d.p("本文件适用于化学品安全标签的编写、制作和使用；不适用于化学品作业场所安全警示标志。")
    references(
        d,
        "2",
        "GB 13690　化学品分类和危险性公示　通则",
        "GB 30000（所有部分）　化学品分类和标签规范",
        "GB/T 16483　化学品安全技术说明书　内容和项目顺序",
    )
    d.h("3", "术语和定义")
    d.p("下列术语和定义适用于本文件。")
    d.cl("3.1", "化学品安全标签　用于标示化学品所具有的危险性和安全注意事项的一组文字、象形图和编码组合。")
    d.cl("3.2", "象形图　由图形符号及其他图形要素，如边框、背景图案和颜色组成，表述特定信息的图形组合。")
    d.cl(
        "3.3",
        "信号词　标签上用于表明化学品危险性相对严重程度和提醒接触者注意潜在危险的词语，分为“危险”和“警告”。",
    )
    d.h("4", "标签内容")
    d.cl(
        "4.1",
        "化学品标识：用中文和英文分别标明化学品的化学名称或通用名称，名称应与化学品安全技术说明书中的名称一"
        "致。",
    )
    d.cl("4.2", "象形图：采用GB 30000规定的象形图。")
    d.cl(
        "4.3",
        "信号词：根据化学品的危险程度和类别，用“危险”“警告”两个词分别进行危害程度的警示，信号词位于化学品名"
        "称的下方。",
    )
    d.cl("4.4", "危险性说明：简要概述化学品的危险特性，居信号词下方。")
    d.cl(
        "4.5",
        "防范说明：表述化学品在处置、搬运、储存和使用作业中所必须注意的事项和发生意外时简单有效的救护措施。",
    )
    d.cl("4.6", "供应商标识、应急咨询电话和资料参阅提示语。")
    d.h("5", "制作要求")
    d.h("5.1", "标签尺寸")
    d.p("标签的最小尺寸应符合表1的规定。")
    rows: list[list] = [
        ["容器或包装容积/L", "标签宽度/mm", "标签高度/mm"],
        ["≤0.1", "使用简化标签", "使用简化标签"],
    ]
    for volume, width, height in SIZES:
        rows.append(
            [
                volume,
                V(width, R("标签宽度", ">=", float(width), "mm", cond=[volume])),
                V(height, R("标签高度", ">=", float(height), "mm", cond=[volume])),
            ]
        )
    d.table(
        "1",
        "标签的最小尺寸",
        rows,
        widths=[56, 46, 46],
        notes=[
            "注：对于容积小于或等于0.1 L的容器，标签可以只标示化学品标识、象形图、信号词、危险性说明和供应"
            "商标识。"
        ],
        style="grid",
        inside=True,
    )
    d.h("5.2", "象形图")
    d.p(
        "象形图为正方形，以顶点竖立放置，其边长",
        V("不得小于10 mm", R("象形图边长", ">=", 10.0, "mm")),
        "，且不小于标签面积的1/15；象形图应有红色边框，边框宽度不小于边长的1/20。",
    )
    d.h("5.3", "文字")
    d.p(
        "信号词的字高",
        V("不应小于6 mm", R("字高", ">=", 6.0, "mm", cond=["信号词"])),
        "；危险性说明和防范说明的字高",
        V("不应小于1.6 mm", R("字高", ">=", 1.6, "mm", cond=["危险性说明和防范说明"])),
        "。标签的文字、图形应清晰，颜色与背景应形成鲜明对比。",
    )
    d.h("5.4", "颜色")
    d.p(
        "标签内象形图的颜色根据GB 30000的规定执行，一般使用黑色符号加白色背景，方块边框为红色。正文应使用与"
        "底色反差明显的颜色，一般采用黑白色。"
    )
    d.h("6", "使用要求")
    d.cl("6.1", "标签应粘贴、挂拴或喷印在化学品包装或容器的明显位置。")
    d.cl(
        "6.2",
        "多层包装运输，原则上要求内外包装都应加贴（挂）标签，但外包装上已加贴运输象形图的，内包装可不再加贴"
        "。",
    )
    d.cl(
        "6.3",
        "标签应由生产企业在货物出厂前粘贴、挂拴或喷印。若需要改换包装，则由改换包装单位重新粘贴、挂拴或喷印"
        "标签。",
    )
    d.cl(
        "6.4",
        "盛装危险化学品的容器或包装，在经过处理并确认其危险性完全消除之后，方可撕下标签，否则不能撕下相应的"
        "标签。",
    )
    d.h("7", "标签的维护和更新")
    d.cl("7.1", "在使用过程中，标签应始终保持清晰、完好无损。")
    d.cl("7.2", "生产企业应及时更新标签中的危险性信息，更新周期一般不超过5年。")
    d.annex("A", "资料性", "化学品安全标签样例")
    d.p(
        "样例：化学品名称　甲苯（Toluene）；信号词　危险；危险性说明　高度易燃液体和蒸气，吞咽及进入呼吸道"
        "可能致命；"
        "防范说明　远离热源、火花、明火、热表面，禁止吸烟；储存于通风良好处，保持容器密闭，储存温度不超过35"
        " ℃。",
        indent=False,
    )
    return d
