"""The rule components one at a time: compounds, activity words, heads, near matches."""

from __future__ import annotations

import pytest

from std_extract.classify import classify_text
from std_extract.classify.classifier import load_classifier
from std_extract.classify.rules import ActivityWords, Compounds, FuzzyMatcher, LexiconMatcher, tail_head_ends
from std_extract.classify.signals import text_to_signals, title_product


def _component(kind):
    return next(c for c in load_classifier().components if isinstance(c, kind))


def _tokens(text: str) -> list[str]:
    return [t.text for t in load_classifier().nlp(text) if not t.is_space]


@pytest.mark.parametrize(
    "phrase, code",
    [
        ("给水用聚乙烯(PE)管材", "2922"),  # a plastic pipe, not polyethylene
        ("包装用聚乙烯吹塑薄膜", "2921"),
        ("铝合金建筑型材", "3252"),
        ("钛及钛合金板材", "3254"),
        ("皮革手套", "1923"),
        ("摩托车轮辋", "3752"),
        ("苎麻本色布", "1732"),
        ("ABS塑料安全帽", "2929"),  # a helmet goes by its material (注释 1830 不包括：安全帽的制作)
    ],
)
def test_compounds_material_and_form(phrase, code):
    found = _component(Compounds).match(_tokens(phrase))
    assert found is not None and found[0] == code, found


def test_compounds_need_both_words_whole():
    compounds = _component(Compounds)
    assert compounds.match(_tokens("塑料")) is None  # a material alone
    assert compounds.match(_tokens("管材")) is None  # a form alone
    assert compounds.match(_tokens("金属板")) is None  # 金 of 金属 is no precious metal
    assert compounds.match(_tokens("安全帽")) is None  # a helmet whose material is not said


def test_activity_word_inside_a_longer_term_is_no_activity():
    activity = _component(ActivityWords)
    assert activity.last_activity("出租汽车运营") is None  # a taxi, not renting cars
    assert activity.last_activity("户外运动装备租赁") == "租赁"
    assert activity.last_activity("手机维修") == "维修"  # the term names the activity itself


@pytest.mark.parametrize(
    "product, area, trade",
    [
        ("3712", "43", "4341"),  # 铁路机车车辆 + 修理 -> 铁路运输设备修理
        ("1512", "51", "5127"),  # 白酒 + 批发 -> 酒、饮料及茶叶批发
        ("2442", "71", "7122"),  # 运动器材 + 租赁 -> 体育用品设备出租
        ("3911", "81", "8121"),  # 计算机 + 维修 -> 计算机和辅助设备修理
        ("4430", "D", "4430"),  # 集中供热 + 运行维护: its own trade
    ],
)
def test_activity_carries_the_product_to_its_trade(product, area, trade):
    found = _component(ActivityWords).trade_class(product, area)
    assert found is not None and found[0] == trade, found


@pytest.mark.parametrize(
    "title, code",
    [
        ("铁路货车段修规程", "4341"),
        ("户外运动装备租赁服务规范", "7122"),
        ("出租汽车运营服务规范", "5413"),
        ("化学试剂 盐酸", "2661"),  # the series names the class
        ("模塑聚苯乙烯泡沫塑料（EPS）", "2924"),
        # review of 9165495: the use line of a GB 1886-style title names the class, not the salt's own
        ("食品安全国家标准 食品添加剂 六偏磷酸钠", "1495"),
        ("食品安全国家标准 食品添加剂 磷酸三钠", "1495"),
        ("工业磷酸三钠", "2613"),  # the twins: the salt as an industrial product
        ("洗涤剂用三聚磷酸钠", "2613"),
    ],
)
def test_classifier_activity_compound_and_head_cases(title, code):
    result = classify_text(title)
    assert result.code == code, [(c.code, c.name, c.score) for c in result.candidates]


def test_tail_words_leave_the_head_before_them():
    assert tail_head_ends("健康保险服务") == {4}
    assert tail_head_ends("模塑聚苯乙烯泡沫塑料(EPS)") == {10}
    assert tail_head_ends("服务") == set()


def test_title_product_strips_each_element():
    assert title_product("网络安全服务规范 安全托管服务") == "网络安全服务 安全托管服务"
    assert title_product("化学试剂 盐酸") == "化学试剂 盐酸"
    assert title_product("食品安全国家标准 发酵乳") == "发酵乳"
    # review of 9165495: a line naming the product's use after the series line stays (a food additive)
    assert title_product("食品安全国家标准 食品添加剂 六偏磷酸钠") == "食品添加剂 六偏磷酸钠"


def test_title_product_of_emission_and_labelling_standards_is_what_they_regulate():
    # Environmental standards name the source regulated, labelling standards the goods labelled.
    assert title_product("城镇污水处理厂污染物排放标准") == "城镇污水处理厂"
    assert title_product("火电厂大气污染物排放标准") == "火电厂"
    assert title_product("生活垃圾填埋场污染控制标准") == "生活垃圾填埋场"
    assert title_product("食品安全国家标准 预包装特殊膳食用食品标签") == "预包装特殊膳食用食品"
    assert title_product("电子标签") == "电子标签"  # a label of its own is a product
    assert title_product("汽车排放控制系统") == "汽车排放控制系统"
    assert classify_text("农用污泥污染物控制标准").code == "4620"  # sludge is sewage treatment's
    assert classify_text("食品安全国家标准 预包装特殊膳食用食品标签").code == "1491"


def test_fuzzy_match_on_generic_words_alone_is_dropped():
    fuzzy = _component(FuzzyMatcher)
    assert fuzzy.strip_generic
    assert fuzzy.placement("团体膳食服务", "服务器") is None  # only 服务 in common
    assert fuzzy.placement("电冰箱", "电冰箱") == 1.0
    assert fuzzy.placement("家用电冰箱", "电冰箱") == pytest.approx(0.8)  # coverage: 3 of 5 characters
    # negative twin: a term before the head is no head with modifiers (the words after it are not
    # its modifiers): no coverage discount
    assert fuzzy.placement("水泥胶砂强度", "水泥") == 1.0


def _lexicon_weight(phrase: str, term: str) -> float:
    classifier = load_classifier()
    votes = _component(LexiconMatcher)(classifier.tokenise(text_to_signals(phrase)))
    return max(v.weight for v in votes if v.evidence.term == term)


def test_lexicon_term_naming_part_of_the_phrase_counts_by_its_share():
    """coverage_floor: the modifier before a head term often makes it another class (改装客车 is
    3630, not the 3611 of 客车), so a term covering half the phrase keeps 0.3 + 0.7 / 2 of its vote."""
    matcher = _component(LexiconMatcher)
    assert matcher.coverage_floor == pytest.approx(0.3)
    assert _lexicon_weight("改装客车", "客车") == pytest.approx(0.65 * _lexicon_weight("客车", "客车"))
    # negative twin: a term that is the whole phrase keeps its whole vote
    whole = matcher._base_weight(matcher.by_text["客车"], "title")
    assert _lexicon_weight("客车", "客车") == pytest.approx(whole)
    assert classify_text("客车").code == "3611"
    assert classify_text("家用电冰箱").code == "3851"  # the lexicon still decides a known product
    # negative twin: a term before the head keeps the old floor 0.5 (words after it are no modifier)
    nonhead = matcher._base_weight(matcher.by_text["水泥"], "title") * matcher.non_head
    assert _lexicon_weight("水泥胶砂强度", "水泥") == pytest.approx(nonhead * (0.5 + 0.5 * 2 / 6))


@pytest.mark.parametrize(
    "title, code",
    [
        # review of e1609e9: titles whose product term stands before other words keep their class
        ("钢筋混凝土用钢 第2部分：热轧带肋钢筋", "3130"),
        ("室内装饰装修材料 人造板及其制品中甲醛释放限量", "2029"),
        ("轻型汽车污染物排放限值及测量方法", "3611"),
        ("水泥胶砂强度检验方法", "3011"),
        # twins: a head term with a modifier naming another class
        ("改装客车", "3630"),
        ("纺织面拖鞋", "1951"),
        ("电动牙刷", "3856"),
    ],
)
def test_coverage_discounts_only_a_head_term_with_modifiers(title, code):
    assert classify_text(title).code == code


def test_title_product_strips_grading_and_acceptance_words():
    assert title_product("猕猴桃质量等级") == "猕猴桃"
    assert title_product("旅游民宿基本要求与评价") == "旅游民宿"
    assert title_product("建筑电气工程施工质量验收规范") == "建筑电气工程施工"
    assert title_product("民用机场旅客服务质量") == "民用机场旅客服务"


def test_title_product_kind_of_standard_is_a_prefix_word_only():
    assert title_product("团体标准 茶叶") == "茶叶"
    assert title_product("团体标准化服务规范") == "团体标准化服务"


def test_title_product_drops_grades_and_sizes():
    # "X等级规格" (grades and sizes of a farm product) names X.
    assert title_product("鲜食玉米果穗等级规格") == "鲜食玉米果穗"
    assert title_product("干香菇等级规格") == "干香菇"
    assert title_product("规格") == "规格"  # twin: nothing left, the title stays


def test_title_product_of_an_industrys_standard_is_its_product():
    # "<industry>工业污染物排放标准" regulates the makers of the product the industry is named by
    assert title_product("稀土工业污染物排放标准") == "稀土"
    assert title_product("电池工业污染物排放标准") == "电池"
    assert classify_text("电池工业污染物排放标准").code.startswith("384")  # not 3462 工业风扇
    # twins: 工业 opening a name (a grade) or standing alone stays
    assert title_product("工业硅酸钠") == "工业硅酸钠"
    assert title_product("工业") == "工业"
    # corpus/pdftex dev pt_rareearth_01
    scope = (
        "本文件规定了稀土工业企业水污染物和大气污染物的排放限值、监测和监督管理要求。本文件适用于"
        "现有稀土工业企业的水污染物和大气污染物排放管理，以及稀土工业建设项目的环境影响评价、"
        "环境保护设施设计、竣工环境保护验收及其投产后的水污染物和大气污染物排放管理。\n"
        "本文件不适用于稀土金属材料加工企业的污染物排放管理。"
    )
    assert classify_text(f"稀土工业污染物排放标准\n1 范围\n{scope}").code == "3232"
