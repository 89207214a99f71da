"""Comparators a table's introducing clause states for classes of its rows, where the cells print
none ("服务质量指标应达到表2的要求，其中“率”类指标为不低于表中数值，时限类指标为不超过表中数值").

Service and enterprise standards often print bare numbers in a quality table and say in the clause
above which way each kind of indicator is bounded.  Each "X类指标为<comparator word>" gives X's
rows that comparator; when the clause states both directions, a row of no named class takes the
direction the lexicon knows for its indicator (满意度: higher is better) rather than whichever
word came last; a known indicator keeps its own direction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from std_extract.extract.requirements import word_comparator
from std_extract.textnorm import clean_text

_CLASS = re.compile(r"[“\"'‘]?([\u4e00-\u9fff]{1,4})[”\"'’]?类")
_PIECES = re.compile(r"[，,；;。]")
_BOUNDS = {"<=", ">=", "<", ">"}
_DIRECTION = {"higher": ">=", "lower": "<="}


@dataclass(frozen=True)
class StatedComparators:
    classes: tuple[tuple[str, str], ...] = ()  # (class word, comparator): ("率", ">=")
    both_ways: bool = False  # the clause bounds some rows from below and others from above
    named: tuple[tuple[str, str], ...] = ()  # (name, comparator): "效率应不低于表1的规定" -> ("效率", ">=")

    def for_named(self, name: str) -> str | None:
        """The comparator the clause gives the quantity ``name`` by its name ("各等级的效率应不低于表1的规定，
        待机功率和关机功率应不大于表1的规定"), or None."""
        return next((comparator for word, comparator in self.named if word == name), None)

    def for_name(self, name: str) -> str | None:
        """The comparator the clause gives a row named ``name``, or None.  Where the clause bounds
        rows both ways, the lexicon's direction for a known indicator comes first (返修率 is a
        "率" bounded from above: lower is better)."""
        if self.both_ways and (known := _lexicon_direction(name)):
            return known
        return next((comparator for word, comparator in self.classes if word in name), None)


def stated_comparators(text: str | None) -> StatedComparators:
    """Read "X类指标为不低于…" pieces of an introducing clause."""
    classes: list[tuple[str, str]] = []
    named: list[tuple[str, str]] = []
    seen: set[str] = set()
    for piece in _PIECES.split(clean_text(text or "")):
        comparator = word_comparator(piece)
        if comparator not in _BOUNDS:
            continue
        seen.add(comparator.rstrip("="))
        if m := _CLASS.search(piece):
            classes.append((m.group(1), comparator))
        elif m := _NAMED.match(piece.strip()):
            named += [(name, comparator) for name in _JOINS.split(m.group(1).rsplit("的", 1)[-1]) if name]
    return StatedComparators(tuple(classes), both_ways=len(seen) > 1 and bool(classes), named=tuple(named))


# "各等级的效率应不低于表1的规定": the quantities named before the shall word of a piece bounding the table by
# its values (the owner before 的 dropped), joined by 和 or 、.
_NAMED = re.compile(r"^([\u4e00-\u9fff、和]{2,30})应[^表]{0,6}表\s*[A-Z]?\.?\d")
_JOINS = re.compile(r"和|、")


def _lexicon_direction(name: str) -> str | None:
    from std_extract.indicator_lexicon import load_lexicon

    found = load_lexicon().match(name)
    spec = load_lexicon().get(found.canonical_id) if found else None
    return _DIRECTION.get(getattr(spec, "direction", None) or "") if spec else None
