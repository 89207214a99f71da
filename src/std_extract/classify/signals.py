"""What a standard says about its own product, strongest signal first.

A standard names its product in the title and again in 1 范围 ("本标准规定了XX的要求…",
"本标准适用于以…为原料…制成的XX"); product words also occur anywhere in the body; the cover
carries CCS and ICS codes; the issuing enterprise's name often says its trade
("…电器有限公司").  Each becomes a :class:`Signal` with its source, so every vote a classifier
casts can say where its evidence came from.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel

from std_extract.document import ParsedDocument
from std_extract.textnorm import clean_text, squeeze_spaces

Source = Literal["title", "scope", "body", "ccs", "ics", "enterprise", "text"]

# How much one piece of evidence from each source counts (title strongest).
SOURCE_RANK: dict[str, int] = {
    "title": 0,
    "scope": 1,
    "text": 2,
    "body": 3,
    "enterprise": 4,
    "ccs": 5,
    "ics": 6,
}

# Characters of body text scanned for product words.  Body evidence is weak (the title and the
# scope decide), and jieba cuts real standard text at about 150-300 characters a millisecond:
# 3,000 keeps one document well under the 50 ms budget (benchmarks/classify_speed.py).
BODY_LIMIT = 3_000


class Signal(BaseModel):
    """One piece of text (or a cover code) that tells what the standard is about."""

    source: Source
    text: str
    clause: str | None = None
    product: str | None = None  # the product phrase cut out of a title or scope sentence


# Words around the product in titles, removed to leave the product phrase.  Order matters: the
# longer forms come first.  ("食品安全国家标准 发酵乳" -> 发酵乳; "物业服务规范" -> 物业服务)
# The kinds of standard (国家标准, 团体标准…) only when a space or the end follows: "团体标准化服务"
# is a service of standardisation, not a 团体标准 of 化服务.
TITLE_PREFIXES = re.compile(
    r"^(?:(?:食品安全国家标准|地理标志产品|绿色食品|有机产品|无公害食品|无公害农产品|农产品质量安全)\s*|"
    r"(?:国家标准|行业标准|团体标准|企业标准|产品标准)(?:\s+|$))"
)
TITLE_SUFFIXES = re.compile(
    r"(?:[与和及]?(?:通用技术条件|通用技术要求|技术条件|技术要求|技术规范|技术规程|质量要求|质量标准|质量规范|"
    r"安全要求|安全规范|性能要求|卫生要求|卫生规范|卫生标准|规范|规程|要求|标准|条件|通则|"
    r"及其?试验方法|和试验方法|试验方法|检验方法|评价指南|评价规范|评价|指南|分级|等级|"
    r"能效限定值及能效等级|能效限定值|能效等级|的安全|安全|"
    # "猕猴桃质量等级", "民用机场旅客服务质量", "…工程施工质量验收规范": grading and acceptance
    # words around the product, and a trailing 质量 once they are gone.
    r"等级划分与评定|等级划分|划分与评定|质量等级|质量分级|基本标准|基本要求|操作规程|"
    # "鲜食玉米果穗等级规格", "干香菇等级规格": the grades and sizes of a farm product.
    r"规格|"
    r"质量验收|验收|质量|"
    # Environmental standards name the source regulated before what is controlled: "城镇污水处理厂
    # 污染物排放标准", "农用污泥污染物控制标准", "生活垃圾填埋场污染控制标准".
    r"(?:大气|水)?污染物(?:排放|控制)|污染控制|排放控制|"
    # "稀土工业污染物排放标准", "电池工业…": the industry names its product (工业 alone voted for
    # industrial equipment, 3462 工业风扇 for 电池工业).
    r"(?<=[\u4e00-\u9fff]{2})工业|"
    # Labelling standards name the goods labelled: "预包装特殊膳食用食品标签", "饲料标签" (a 标签 of
    # its own, "电子标签", stays a product).
    r"(?<=食品|产品|饲料)(?:营养)?标签))+$"
)
# "第1部分：通用要求" names a part of a series, not the product.
TITLE_PART = re.compile(r"\s*第[0-9一二三四五六七八九十]+部分\s*[:：].*$")
# The product in a scope sentence (GB/T 1.1-2020 7.2 / 1.1-2009 6.2.2 phrasing).
SCOPE_DEFINES = re.compile(r"本(?:标准|文件|部分|规范)(?:规定|确立|界定)了(.{1,60}?)的")
# Not after 不 ("本文件不适用于…饮料" names what the standard leaves out).
SCOPE_APPLIES = re.compile(r"(?:本(?:标准|文件|部分|规范))?(?<!不)适用于(.{1,120}?)(?:[。；;]|$)")
# "适用于XX，不适用于YY" / "…，也适用于其浓缩液": the clause after the comma says what is left out
# (or added to) the product, which the phrase before it names.
APPLIES_LIMIT = re.compile(r"[，,]\s*(?:但|而|并)?(?:不|也|亦|还|同时)适用于.*$")
# "适用于以…为原料…制成的XX": the product is the noun phrase after the last 的.
PRODUCT_AFTER_DE = re.compile(r"的([^的，,、。；;（(]{2,30})$")
# What is done with the product, listed after it: "…的生产、检验和销售", "…工程的设计、施工、验收及售后".
_ACTS = (
    "生产|加工|检验|销售|设计|制造|使用|流通|经营|管理|提供|评价|运营|贮存|运输|施工|验收|售后|安装|维护|"
    "服务质量"
)
ACTIVITY_LIST = re.compile(rf"(?:{_ACTS})(?:[、，,和及与以]+(?:{_ACTS}))*(?:等)?(?:活动|工作|过程)?")
APPLIES_TAIL = re.compile(rf"的(?:{_ACTS})(?:[、，,和及与以]+(?:{_ACTS}))*(?:等)?(?:活动|工作|过程)?$")
ICS_CODE = re.compile(r"ICS\s*[:：]?\s*(\d{2}(?:\.\d{2,3}){0,2})")
CCS_CODE = re.compile(r"(?:CCS|中国标准文献分类号)\s*[:：]?\s*([A-Z]\s?\d{2})")
ENTERPRISE = re.compile(r"([\u4e00-\u9fff（）()]{2,30}?(?:有限公司|有限责任公司|股份公司|集团公司|厂))")


def title_product(title: str) -> str:
    """The product phrase of a title: generic prefixes and "…技术要求" suffixes removed."""
    text = squeeze_spaces(clean_text(title))
    head, _, tail = text.rpartition(" ")
    # a series line alone before the product ("食品安全国家标准 发酵乳"); a line after it that names the
    # product's use stays ("食品安全国家标准 食品添加剂 六偏磷酸钠": a food additive, 1495)
    text = tail if head and TITLE_PREFIXES.fullmatch(head + " ") else text
    text = TITLE_PREFIXES.sub("", text).strip()
    text = TITLE_PART.sub("", text).strip() or text
    stripped = TITLE_SUFFIXES.sub("", text).rstrip("的及和与 ")
    if len(stripped) < 2:
        return text
    # "网络安全服务规范 安全托管服务": each element of a two-element title loses its own suffix.
    head, _, last = stripped.rpartition(" ")
    if head:
        parts = []
        for part in head.split(" "):
            short = TITLE_SUFFIXES.sub("", part).rstrip("的及和与")
            parts.append(short if len(short) >= 2 else part)
        stripped = " ".join([*parts, last])
    return stripped


def scope_products(text: str) -> list[str]:
    """The product phrases a 范围 clause names ("规定了XX的…", "适用于…的XX")."""
    text = squeeze_spaces(clean_text(text)).replace(" ", "")
    products = [m.group(1) for m in SCOPE_DEFINES.finditer(text)]
    for match in SCOPE_APPLIES.finditer(text):
        products.append(_applies_product(match.group(1)))
    return [p for p in dict.fromkeys(products) if len(p) >= 2]


def fuller_names(products: list[str], title: str | None = None) -> list[str]:
    """The scope's product phrases less those ending another one or the title's product phrase: a
    scope names its product in full once and shorter after ("儿童自行车" … "自行车", "通用仓储服务" …
    "仓储服务"); the shorter name says nothing more and, counted again, outweighed the fuller one
    (自行车 3761 over 儿童自行车 2456)."""
    names = [*products, *(title.split(" ")[-1:] if title else [])]
    return [p for p in products if not any(n != p and n.endswith(p) for n in names)]


def _title_product(signals: list[Signal]) -> str | None:
    return next((s.product for s in signals if s.source == "title"), None)


def _applies_product(phrase: str) -> str:
    """ "以生乳为原料…制成的液体产品的生产、检验和销售" -> "液体产品"."""
    phrase = APPLIES_TAIL.sub("", APPLIES_LIMIT.sub("", phrase))
    head, de, tail = phrase.rpartition("的")
    if de and ACTIVITY_LIST.fullmatch(tail):
        phrase = head
    after_de = PRODUCT_AFTER_DE.search(phrase)
    return after_de.group(1) if after_de else phrase


def document_to_signals(document: ParsedDocument) -> list[Signal]:
    """The signals of a parsed standard: title, scope, cover codes, enterprise, body."""
    meta = document.metadata
    signals: list[Signal] = []
    if meta.title:
        signals.append(Signal(source="title", text=meta.title, product=title_product(meta.title)))
    scope = _scope_text(document)
    if scope:
        products = fuller_names(scope_products(scope), _title_product(signals))
        signals += [Signal(source="scope", text=scope, clause="1", product=p) for p in products]
        signals.append(Signal(source="scope", text=scope, clause="1"))
    signals += [Signal(source="ccs", text=code) for code in meta.ccs]
    signals += [Signal(source="ics", text=code) for code in meta.ics]
    if meta.enterprise:
        signals.append(Signal(source="enterprise", text=meta.enterprise))
    body = _body_text(document)
    if body:
        signals.append(Signal(source="body", text=body))
    return signals


def text_to_signals(text: str) -> list[Signal]:
    """The signals of free text: a product name, a title, or the text of a whole standard.

    One short line is read as a title.  Longer text is searched for a first line that looks like
    a title, scope sentences, ICS/CCS codes and an enterprise name; the rest is body.
    """
    text = clean_text(text).strip()
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        return []
    if len(lines) == 1 and len(text) <= 60:
        return [Signal(source="title", text=text, product=title_product(text))]
    signals: list[Signal] = []
    if len(lines[0]) <= 60 and not SCOPE_APPLIES.search(lines[0]):
        signals.append(Signal(source="title", text=lines[0], product=title_product(lines[0])))
    products = fuller_names(scope_products(text), _title_product(signals))
    signals += [Signal(source="scope", text=_sentence_with(text, p), product=p) for p in products]
    signals += [Signal(source="ccs", text=c.replace(" ", "")) for c in CCS_CODE.findall(text)]
    signals += [Signal(source="ics", text=c) for c in ICS_CODE.findall(text)]
    signals += [Signal(source="enterprise", text=e) for e in dict.fromkeys(ENTERPRISE.findall(text))][:1]
    signals.append(Signal(source="text", text=text[:BODY_LIMIT]))
    return signals


def _sentence_with(text: str, phrase: str) -> str:
    """The sentence of ``text`` that holds ``phrase`` (for evidence snippets)."""
    index = text.find(phrase)
    if index < 0:
        return phrase
    start = max(text.rfind("。", 0, index) + 1, text.rfind("\n", 0, index) + 1)
    end = min(i for i in (text.find("。", index), text.find("\n", index), len(text)) if i >= 0)
    return text[start : end + 1].strip()


def _scope_text(document: ParsedDocument) -> str:
    chapter = document.clause_by_number("1")
    if chapter is None:
        chapter = next((c for c in document.clauses if "范围" in c.title), None)
    if chapter is None:
        return ""
    return "\n".join(c.text for c in chapter.walk() if c.text)


def _body_text(document: ParsedDocument) -> str:
    parts = [c.text for c in document.iter_clauses() if c.text and c.number != "1" and c.kind != "toc"]
    text = "\n".join(parts) or "\n".join(page.text for page in document.pages)
    return text[:BODY_LIMIT]
