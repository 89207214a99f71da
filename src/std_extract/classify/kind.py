"""Product standard or service standard: the kind of standard as a prior on the kind of trade.

A product standard (技术要求, 试验方法, 检验规则, 包装、运输和贮存) is about making a thing, so its
class is among the goods-producing sections (A 农林牧渔, B 采矿, C 制造, D 电力燃气水); a service
standard (服务规范, 服务流程, 服务人员, 投诉处理) is about doing something for someone, so its
class is among the others (E 建筑 … T), and 43 (repair of machinery, filed under C).  The two are
told apart by words of the title, the scope and the body (the body's chapter titles are the
clearest: a product standard has 检验规则, a service standard 服务流程).  The vote is a prior on
those sections: it decides between 3851 家用制冷电器具制造 and 5137 家用电器批发 for 电冰箱, not
between two products.
"""

from __future__ import annotations

import re

from std_extract.classify.component import SignalDoc, Vote, register
from std_extract.classify.rules import Resources
from std_extract.classify.signals import TITLE_PREFIXES, Signal
from std_extract.record import Evidence
from std_extract.textnorm import clean_text, squeeze_spaces

GOODS = ("A", "B", "C", "D")
SERVICES = ("E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T", "43")

# Words of a title or a scope sentence, with how much each says.
SERVICE_TITLE = re.compile(
    r"服务(?:规范|质量|要求|标准|指南|流程|等级|评价|管理)?$|服务[与和及]|运营|经营规范|管理规范|从业"
)
PRODUCT_TITLE = re.compile(r"技术条件|技术要求|产品|试验方法|检验方法|规格|型号|通用技术")
# Marks in the text of a standard (chapter titles mostly).
PRODUCT_TEXT = re.compile(
    r"检验规则|出厂检验|型式检验|理化指标|感官要求|试验方法|包装、运输|运输和贮存|贮存|标志"
)
SERVICE_TEXT = re.compile(
    r"服务流程|服务人员|服务提供|服务对象|服务质量|服务内容|投诉|顾客|客户满意|服务评价"
)
TITLE_WORDS = {"product": PRODUCT_TITLE, "service": SERVICE_TITLE}
TEXT_WORDS = {"product": PRODUCT_TEXT, "service": SERVICE_TEXT}


# Standards about no one product or service, by how their titles are written (GB/T 1.1 and HJ 168
# title forms: "<对象> <特性>的测定 <方法>", "食品中<物质>限量"): the gold convention gives them no class.
# * a substance across all foods or feeds: "食品中污染物限量", "食品中兽药最大残留限量", "饲料中…",
#   and the rules of using additives in any food: "食品添加剂使用标准", "食品营养强化剂使用标准";
# * the quality of an environmental medium: "环境空气质量标准", "地表水环境质量标准", "海水水质标准";
# * a measurement in an environmental medium: "水质 挥发酚的测定 …", "固体废物 总磷的测定 …",
#   "环境空气 PM10和PM2.5的测定 重量法", and a method of preparing its samples, the medium an element of
#   its own: "固体废物 浸出毒性浸出方法 水平振荡法", "固体废物 有机物的提取 加压流体萃取法".
# An element of a title is matched from its start (after a space or the title's start) and a limit, a
# quality or a measurement to its end; the medium is an element of its own or followed by 中 (土壤中…的
# 测定), so a product that merely holds the words keeps its class: "食品接触用塑料材料及制品" (2927),
# "饲料中使用的微生物菌剂", "环境空气质量监测服务" (a service), "土壤水分测定仪" (an instrument),
# "海水养殖鱼类中孔雀石绿的测定", "空气净化器甲醛净化效率的测定", "土壤调理剂中有效硅含量的测定" (a
# product's own test), "城镇污水处理厂污染物排放标准" (4620).
_MEDIA = (
    "水质|地表水|地下水|海水|废水|污水|环境空气和废气|环境空气|空气|固定污染源废气|固定污染源排气|废气|"
    "土壤和沉积物|土壤|沉积物|固体废物"
)
NO_CLASS_TITLES: dict[str, re.Pattern[str]] = {
    "所有食品或饲料中的物质": re.compile(
        r"(?:^|\s)(?:(?:动物性|植物性|植物源性)?食品|饲料)中[^\s]+?"
        r"(?:最大残留限量|残留限量|限量|限制浓度|允许量|的测定)(?:标准)?(?=\s|$)"
        r"|(?:^|\s)(?:食品|饲料)?(?:添加剂|营养强化剂|加工助剂)(?:安全)?使用(?:卫生)?(?:标准|规范|准则)"
    ),
    "环境介质的质量": re.compile(
        r"(?:^|\s)(?:环境空气|地表水|地下水|海水|土壤|声)(?:环境)?(?:质量|水质)(?:标准)?(?=\s|$)"
    ),
    "环境介质中的测定": re.compile(rf"(?:^|\s)(?:{_MEDIA})(?:\s+|中)[^\s]*的测定(?:方法)?(?=\s|$)"),
    # HJ 168's other method titles: "<介质> <对象>的提取|消解… <方法>", "<介质> <…>浸出|采样…方法 <方法名>";
    # a treatment of the medium is a trade's and keeps its class ("污水 处理方法", "土壤 修复方法")
    "环境介质的样品处理方法": re.compile(
        rf"(?:^|\s)(?:{_MEDIA})\s+[^\s]*"
        r"(?:的(?:提取|消解|萃取|制备|前处理)|(?:浸出|采样|制样|前处理|分析|测定)方法)(?=\s|$)"
    ),
}


def no_class_reason(signals: list[Signal]) -> str | None:
    """Why the standard of ``signals`` has no 小类 (its title names no one product or service, see
    :data:`NO_CLASS_TITLES`), with the title's words that say so; None for every other standard."""
    for signal in signals:
        if signal.source != "title":
            continue
        text = squeeze_spaces(clean_text(signal.text))
        text = TITLE_PREFIXES.sub("", text).strip()
        for reason, pattern in NO_CLASS_TITLES.items():
            found = pattern.search(text)
            if found:
                return f"{reason}：{found.group(0).strip()}"
    return None


def standard_kind(docs: list[SignalDoc]) -> tuple[str, str] | None:
    """("product" | "service", the words that said so), or None when nothing tells.

    Title words count 2 each, scope words 1, marks in the body 0.5 (at most six of a kind).
    """
    score = {"product": 0.0, "service": 0.0}
    words: dict[str, list[str]] = {"product": [], "service": []}
    for item in docs:
        signal = item.signal
        if signal.source == "title" or (signal.source == "scope" and signal.product is None):
            weight, patterns = (2.0 if signal.source == "title" else 1.0), TITLE_WORDS
        elif signal.source in ("body", "text"):
            weight, patterns = 0.5, TEXT_WORDS
        else:
            continue
        for kind, pattern in patterns.items():
            found = pattern.findall(signal.text)[:6]
            score[kind] += weight * len(found)
            words[kind] += found
    if score["product"] == score["service"]:
        return None
    kind = max(score, key=lambda k: score[k])
    return kind, "、".join(dict.fromkeys(words[kind]))


class StandardKind:
    """A prior for the goods sections on a product standard, for the service sections on a service one."""

    name = "standard_kind"

    def __init__(self, resources: Resources, weight: float = 0.1):
        self.resources, self.weight = resources, weight

    def __call__(self, docs: list[SignalDoc]) -> list[Vote]:
        found = standard_kind(docs)
        if found is None:
            return []
        kind, words = found
        evidence = Evidence(
            term=f"{'产品' if kind == 'product' else '服务'}标准: {words}"[:80], source="kind"
        )
        areas = GOODS if kind == "product" else SERVICES
        return [Vote(code=a, weight=self.weight, component=self.name, evidence=evidence) for a in areas]


@register("standard_kind.v1")
def make_standard_kind(resources: Resources, **settings: float) -> StandardKind:
    return StandardKind(resources, **settings)
