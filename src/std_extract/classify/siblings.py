"""Which sibling class a product phrase names: the modifiers the phrase shares with the class names.

The components find the right trade and family far more often than the right class within it: on
the annotation dev split most wrong first answers lie in the right 大类 (改装客车 goes to 3611
汽柴油车整车制造 by its head 客车, while 改装 names 3630 改装汽车制造; 其他非木竹纸浆 goes to 2211
木竹浆制造 by 纸浆, while 非木竹 names 2212 非木竹浆制造).  The class names of GB/T 4754 spell what
tells siblings apart, so among the candidates in the 大类 of the first one each gains, in
proportion, the share of its name's product words the phrase holds: the characters and character
pairs of the name with the activity and catch-all words taken off (制造, 加工, 批发, 施工, 其他,
专用, 设备…), each weighted by its rarity among the 小类 names (idf), so 非木竹 counts and 制品 does
not.  A candidate outside that 大类, a catch-all class (其他…), or a class no component proposed,
gains nothing.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import cache

from std_extract.classify.table import AreaTable
from std_extract.textnorm import compact

# Words of a class name that say what is done or how general the class is, not which product.
NOT_PRODUCT = re.compile(
    r"制造|加工|生产|服务|批发|零售|种植|养殖|修理|维修|施工|工程|安装|租赁|经营|开采|采选|活动"
    r"|及|和|、|其他|专用|设备|用品|制品"
)


# Only a candidate scoring at least this share of the first one's score is raised: the bonus breaks
# near ties, it does not pull a weak sibling over a clear first (陶瓷纤维毯 stays 3089).
NEAR = 0.7


def product_words(name: str) -> str:
    """A class name without its activity and catch-all words (改装汽车制造 -> 改装汽车)."""
    return NOT_PRODUCT.sub("", name)


def _grams(text: str) -> set[str]:
    return set(text) | {text[i : i + 2] for i in range(len(text) - 1)}


class ClassNames:
    """The product words of every 小类 name as weighted characters and character pairs."""

    def __init__(self, table: AreaTable):
        classes = table.at_level("class")
        # A catch-all class (其他…, …及其他…) gains nothing: the words of its name are its 大类's, not
        # a product's (陶瓷纤维毯 is no 3079 其他陶瓷制品 for sharing 陶瓷 with it).
        self.grams = {a.code: set() if "其他" in a.name else _grams(product_words(a.name)) for a in classes}
        counts = Counter(g for grams in self.grams.values() for g in grams)
        self.idf = {g: math.log(len(classes) / n) for g, n in counts.items()}
        self.total = {code: sum(self.idf[g] for g in grams) for code, grams in self.grams.items()}

    def share(self, phrase: str, code: str) -> float:
        """The idf-weighted share of ``code``'s name product words that ``phrase`` holds (0-1)."""
        grams, total = self.grams.get(code), self.total.get(code)
        if not grams or not total:
            return 0.0
        held = grams & _grams(compact(phrase))
        return sum(self.idf[g] for g in held) / total

    def bonus(self, phrase: str, scores: dict[str, float], top: str, weight: float) -> dict[str, float]:
        """``scores`` with each candidate in ``top``'s 大类 scoring at least ``NEAR`` times ``top``'s
        raised by ``weight`` times its share."""
        if not phrase or weight <= 0:
            return scores
        near = NEAR * scores.get(top, 0.0)
        return {
            code: score + weight * self.share(phrase, code)
            if code[:2] == top[:2] and score >= near
            else score
            for code, score in scores.items()
        }


@cache
def class_names(table: AreaTable) -> ClassNames:
    """One index per table (the table is loaded once per process)."""
    return ClassNames(table)
