"""GB 食品安全国家标准 食品中氯丙醇及其酯和缩水甘油酯限量 (test): a full-grid limit table whose rows are
nested food categories, the indicator (3-氯-1,2-丙二醇) named only by the caption and the unit in the
header, footnote letters on rows; a second table with two indicators across (3-MCPD esters and glycidyl
esters, each with its basis in the header) over nested oil categories, a "—" cell where no limit is set,
running onto the next page as 表2（续）; a clause with 不应超过 and a 以…计 basis; notes 注1 / 注2; a
formula in the normative annex (not gold). The levels echo the limits and benchmark levels for 3-MCPD
and glycidyl esters in China and the European Union as remembered; the number and every figure are
invented."""

from kit import FOOD, C, Doc, R, V

MCPD = "3-氯-1,2-丙二醇"
ESTER = "3-氯-1,2-丙二醇酯"
GE = "缩水甘油酯"
FN = {"a": "以即食状态计", "b": "以干基计"}


def limit(label: str, text: str, path: str, mark: str = "") -> list:
    cond = [path] + ([FN[mark]] if mark else [])
    shown = label + (f"<sup>{mark}</sup>" if mark else "")
    return [C(shown, align="l"), V(text, R(MCPD, "<=", float(text), "mg/kg", cond=cond))]


def oil(label: str, ester: str, ge: str, path: str) -> list:
    row: list = [C(label, align="l")]
    for name, text, basis in ((ESTER, ester, "以3-氯-1,2-丙二醇计"), (GE, ge, "以缩水甘油计")):
        row.append(V(text, R(name, "<=", float(text), "μg/kg", cond=[path, basis])) if text != "—" else "—")
    return row


def build() -> Doc:
    d = Doc(
        stem="lu_chloropropanol_01",
        category="食品中氯丙醇及其酯限量",
        code=None,
        kind="GB",
        number="GB 31683—2026",
        title=["食品安全国家标准", "食品中氯丙醇及其脂肪酸酯和缩水甘油酯限量"],
        title_en=(
            "National food safety standard—Maximum le"
            "vels of chloropropanols, their fatty aci"
            "d esters and glycidyl esters in foods"
        ),
        issuers=FOOD,
        issued="2026-05-08",
        effective="2027-05-08",
    )
    d.preface(
        "本标准按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。",
        "本标准为首次发布。食品中3-氯-1,2-丙二醇的限量原列于食品中污染物限量标准中，本标准将其调整至本标准，"
        "并增加了3-氯-1,2-丙二醇酯和缩水甘油酯的限量。",
    )
    d.h("1", "范围")
    d.p("本标准规定了食品中3-氯-1,2-丙二醇（3-MCPD）、3-氯-1,2-丙二醇酯和缩水甘油酯的限量指标。")
    d.h("2", "术语和定义")
    d.cl("2.1", "<b>氯丙醇</b>　丙三醇上的羟基被氯取代所形成的一类化合物，本标准中指3-氯-1,2-丙二醇。")
    d.cl(
        "2.2",
        "<b>3-氯-1,2-丙二醇酯</b>　3-氯-1,2-丙二醇与脂肪酸形成的酯类化合物的总称，以3-氯-1,2-丙二醇计。",
    )
    d.cl("2.3", "<b>缩水甘油酯</b>　缩水甘油与脂肪酸形成的酯类化合物的总称，以缩水甘油计。")
    d.h("3", "应用原则")
    d.cl("3.1", "食品生产和加工者应采取控制措施，使食品中氯丙醇、氯丙醇酯和缩水甘油酯的含量达到最低水平。")
    d.cl("3.2", "限量指标以表中脚注所列的状态计；未注明的以食品原样计。")
    d.h("4", "指标要求")
    d.h("4.1", "3-氯-1,2-丙二醇")
    d.cl("4.1.1", "食品中3-氯-1,2-丙二醇限量指标见表1。")
    rows = [
        ["食品类别（名称）", "限量/（mg/kg）"],
        [C("调味品", align="l"), ""],
        [C("　　酱油", align="l"), ""],
        limit("　　　　液态酱油", "0.4", "调味品/酱油/液态酱油"),
        limit("　　　　固态酱油（酱油粉）", "1.0", "调味品/酱油/固态酱油（酱油粉）", "b"),
        limit("　　蚝油、虾油", "0.4", "调味品/蚝油、虾油"),
        limit("　　添加酸水解植物蛋白的液态调味品", "0.4", "调味品/添加酸水解植物蛋白的液态调味品"),
        limit("　　添加酸水解植物蛋白的固态调味品", "1.0", "调味品/添加酸水解植物蛋白的固态调味品"),
        limit("　　复合调味料（液态）", "0.2", "调味品/复合调味料（液态）"),
        [C("焙烤食品", align="l"), ""],
        limit("　　饼干", "0.3", "焙烤食品/饼干"),
        limit("　　面包", "0.2", "焙烤食品/面包"),
        [C("肉制品", align="l"), ""],
        limit("　　熏烧烤肉类", "0.1", "肉制品/熏烧烤肉类"),
        limit("　　腌腊肉制品", "0.2", "肉制品/腌腊肉制品"),
        [C("方便食品", align="l"), ""],
        limit("　　方便面调料包", "0.5", "方便食品/方便面调料包", "a"),
    ]
    d.table(
        "1",
        "食品中3-氯-1,2-丙二醇限量指标",
        rows,
        widths=[110, 45],
        notes=["注：表中未列出的食品不设3-氯-1,2-丙二醇限量，但应符合3.1的原则。"],
        footnotes=[f"{k}　{v}。" for k, v in FN.items()],
    )
    d.cl(
        "4.1.2",
        "用于生产酱油的酸水解植物蛋白调味液，其3-氯-1,2-丙二醇含量",
        V("不应超过0.1 mg/kg", R(MCPD, "<=", 0.1, "mg/kg", cond=["用于生产酱油的酸水解植物蛋白调味液"])),
        "。",
    )
    d.h("4.2", "3-氯-1,2-丙二醇酯和缩水甘油酯")
    d.cl("4.2.1", "食用油脂和含油脂食品中3-氯-1,2-丙二醇酯和缩水甘油酯限量指标见表2。")
    oils = [
        [C("食品类别（名称）", rs=2), C("限量/（μg/kg）", cs=2)],
        ["3-氯-1,2-丙二醇酯（以3-氯-1,2-丙二醇计）", "缩水甘油酯（以缩水甘油计）"],
        [C("食用植物油脂", align="l"), "", ""],
        oil(
            "　　植物油（椰子油、橄榄油、玉米油、菜籽油、大豆油等）",
            "1250",
            "1000",
            "食用植物油脂/植物油（椰子油、橄榄油、玉米油、菜籽油、大豆油等）",
        ),
        oil("　　棕榈油及其分提产品", "2500", "1000", "食用植物油脂/棕榈油及其分提产品"),
        oil("　　调和油", "2500", "1000", "食用植物油脂/调和油"),
        oil("　　植物原油", "—", "—", "食用植物油脂/植物原油"),
        [C("食用动物油脂", align="l"), "", ""],
        oil("　　鱼油及其他海洋生物油", "2500", "1000", "食用动物油脂/鱼油及其他海洋生物油"),
        oil("　　猪油、牛油、羊油", "1250", "500", "食用动物油脂/猪油、牛油、羊油"),
        [C("含油脂食品", align="l"), "", ""],
        oil("　　人造奶油、起酥油", "2500", "1000", "含油脂食品/人造奶油、起酥油"),
        oil("　　植脂末", "2000", "750", "含油脂食品/植脂末"),
        oil("　　代可可脂巧克力", "1500", "—", "含油脂食品/代可可脂巧克力"),
    ]
    d.table(
        "2",
        "食用油脂和含油脂食品中3-氯-1,2-丙二醇酯和缩水甘油酯限量指标",
        oils,
        head=2,
        widths=[75, 40, 40],
        notes=[
            "注1：“—”表示不设限量。植物原油应在精炼后符合相应产品的限量。",
            "注2：含油脂食品以产品中的油脂计时，限量应按产品中的脂肪含量折算。",
        ],
    )
    d.cl(
        "4.2.2",
        "以精炼植物油为原料生产的含油脂食品，3-氯-1,2-丙二醇酯和缩水甘油酯的含量之和",
        V(
            "应不高于3000 μg/kg",
            R(
                "3-氯-1,2-丙二醇酯和缩水甘油酯的含量之和",
                "<=",
                3000,
                "μg/kg",
                cond=["以精炼植物油为原料生产的含油脂食品"],
            ),
        ),
        "。",
    )
    d.h("5", "检验方法")
    d.cl("5.1", "3-氯-1,2-丙二醇按GB 5009.191规定的方法测定。")
    d.cl("5.2", "3-氯-1,2-丙二醇酯和缩水甘油酯按附录A规定的方法测定。")
    d.annex("A", "规范性", "食用油脂中3-氯-1,2-丙二醇酯和缩水甘油酯的测定　气相色谱-质谱法")
    d.cl(
        "A.1",
        (
            "试样经酯交换释放出3-氯-1,2-丙二醇和缩水甘油，缩水甘油转化"
            "为3-溴-1,2-丙二醇，经苯基硼酸衍生后用气相色谱-质谱测定，"
            "内标法定量。"
        ),
    )
    d.cl("A.2", "试样中缩水甘油酯的含量（以缩水甘油计）按公式（A.1）计算：")
    d.math(r"X_{\mathrm{GE}}=\frac{(c_{\mathrm{B}}-c_{\mathrm{A}}\times t)\times 0.67}{m}\times 1000", "A.1")
    d.where(
        "<m>X_{\\mathrm{GE}}</m>——试样中缩水甘油酯的含量，单位为微克每千克（μg/kg）；",
        "<m>c_{\\mathrm{B}}</m>、<m>c_{\\mathrm{A}}</m>——B组和A组测定的3-MCPD当量，单位为微克（μg）；",
        "<m>t</m>——转化系数；",
        "<m>0.67</m>——缩水甘油与3-氯-1,2-丙二醇的相对分子质量之比；",
        "<m>m</m>——试样质量，单位为克（g）。",
    )
    d.cl("A.3", "计算结果保留三位有效数字。方法的定量限为100 μg/kg。")
    return d
