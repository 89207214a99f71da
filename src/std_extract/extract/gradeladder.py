"""The grade ladder a standard declares for itself.

A grading standard names its levels in a clause of its own before it uses them:
"民宿服务质量等级由高到低分为白金宿、金宿和银宿三个等级", "产品等级分为优等品、一等品和合格品",
"服务等级由低到高依次为一星级、二星级和三星级".
The names may be any words (白金宿, 金钥匙, 甲等), so no shipped word list knows them all; once declared
they are grades wherever the document prints them: a column under 等级 ("等级/白金宿"), a value's lead in
a sentence ("白金宿不低于95%"), a subject ("白金宿每3间客房配备…").  A division that names no grade
("产品按用途分为普通型和耐沾污型", "检验分为出厂检验和型式检验") declares nothing: the sentence must say that
what it divides are 等级 (or 级别), counted after the list ("三个等级").
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from std_extract.document import ParsedDocument
from std_extract.extract.tablevocab import TableVocab
from std_extract.textnorm import compact

if TYPE_CHECKING:
    from std_extract.rules import Rules

# A grade's name: a short word (白金宿, 五星级, AA级, 优等品), no punctuation.
_ITEM = r"[\u4e00-\u9fffA-Za-z0-9ⅠⅡⅢⅣⅤ]{1,6}"
# "…分为 A、B和C（共）三个等级" / "等级…分为 A、B、C": the verb, the list, then what is counted.
_DIVISION = re.compile(
    rf"(?P<order>由高到低|从高到低|由低到高|从低到高)?\s*(?:依次)?\s*(?:分为|划分为|分成|依次为|为)\s*"
    rf"(?P<list>{_ITEM}?(?:\s*[、，,和及与或]\s*{_ITEM}?)+)"
    r"\s*(?:(?P<count>(?:共)?[二两三四五六七八九十\d]+\s*个?\s*(?:等级|级别|级|等))|$)"
)
_GRADE_WORDS = ("等级", "级别")
# A declared grade is a word of two characters or more: one character (优, 良, 中) is too common a word to
# read as a grade wherever the document prints it (the held-out weasy split lost 8 values to it).
MIN_GRADE = 2
_SEPARATORS = re.compile(r"\s*(?:[、，,和及与或])\s*")
_SENTENCE = re.compile(r"[^。；;\n]+")


def declared_ladder(document: ParsedDocument) -> tuple[str, ...]:
    """The grades the document declares, best first; () when it declares none."""
    for clause in document.iter_clauses():
        for sentence in _SENTENCE.findall(compact(f"{clause.title}：{clause.text}")):
            if ladder := _ladder_in(sentence):
                return ladder
    return ()


def _ladder_in(sentence: str) -> tuple[str, ...]:
    """The grades a sentence declares, best first: the list after 分为 when the sentence counts 等级
    after it ("三个等级")."""
    division = _DIVISION.search(sentence)
    if division is None:
        return ()
    if not (division["count"] and any(w in division["count"] for w in _GRADE_WORDS)):
        return ()  # "…分为A、B和C三个等级": the count names what is divided; without it, kinds or parts
    grades = tuple(g for g in _SEPARATORS.split(division["list"]) if g)
    if len(set(grades)) != len(grades) or any(len(g) < MIN_GRADE for g in grades):
        return ()
    return grades[::-1] if division["order"] in ("由低到高", "从低到高") else grades


def with_declared_grades(rules: Rules, document: ParsedDocument) -> Rules:
    """``rules`` whose grade words ([grades] of tables.toml) also hold the document's declared ladder,
    as a ladder and as header words; the same rules when it declares none or all are known."""
    ladder = declared_ladder(document)
    vocab = rules.tables
    if not ladder or all(vocab.grade_header.match(g) for g in ladder):
        return rules
    grades = vocab.spec.grades.model_copy(
        update={
            "ladders": [*vocab.spec.grades.ladders, list(ladder)],
            "headers": [*vocab.spec.grades.headers, "|".join(re.escape(g) for g in ladder)],
        }
    )
    spec = vocab.spec.model_copy(update={"grades": grades})
    return dataclasses.replace(rules, tables=TableVocab(spec))
