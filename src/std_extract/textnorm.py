"""Character-level normalisation tables for Chinese standard text, in one place.

Chinese text is data: these functions never drop ≤ ≥ ℃ ³ or other symbols silently.  Plain
``unicodedata.normalize("NFKC")`` is deliberately *not* used on whole strings: it turns m³ into
m3, ℃ into °C and ㎡ into m2, which loses the printed form.  Instead, :func:`fold_width` maps
only the full-width ASCII block, and callers that need NFKC (unit parsing) protect the
superscripts first with :func:`protect_superscripts`.
"""

from __future__ import annotations

import re
import unicodedata

# Full-width ASCII (U+FF01..U+FF5E) maps to ASCII by a fixed offset; U+3000 is the ideographic space.
_FULLWIDTH_OFFSET = 0xFEE0
_WIDTH_TABLE = {cp: cp - _FULLWIDTH_OFFSET for cp in range(0xFF01, 0xFF5F)}
_WIDTH_TABLE[0x3000] = 0x20  # ideographic space -> space

# Dash forms printed between a standard's number and its year, and in ranges.
DASHES = {
    "\u2014": "-",  # — EM DASH: "GB 19645—2010" (the GB/T 1.1 house style)
    "\u2013": "-",  # – EN DASH
    "\u2012": "-",  # ‒ FIGURE DASH
    "\u2010": "-",  # ‐ HYPHEN
    "\u2011": "-",  # ‑ NON-BREAKING HYPHEN
    "\uff0d": "-",  # － FULLWIDTH HYPHEN-MINUS
    "\u2212": "-",  # − MINUS SIGN
    "\u2500": "-",  # ─ BOX DRAWINGS LIGHT HORIZONTAL (seen as a dash in some CJK fonts)
}
_DASH_TABLE = str.maketrans(DASHES)

# Slash forms printed in units ("ｍｇ∕ｋｇ" with U+2215 in word-processor PDFs).
SLASHES = {
    "\u2215": "/",  # ∕ DIVISION SLASH
    "\u2044": "/",  # ⁄ FRACTION SLASH
}
_SLASH_TABLE = str.maketrans(SLASHES)

# Range separators: 6.0～8.5, 6.0~8.5, 6.0〜8.5 (the wave dash forms) all mean "from..to".
WAVE_DASHES = "～~〜\u301c\u223c"

# Superscripts that NFKC would flatten into plain digits (m³ -> m3, 10⁻⁶ -> 10-6).
SUPERSCRIPTS = {
    "⁰": "0",
    "¹": "1",
    "²": "2",
    "³": "3",
    "⁴": "4",
    "⁵": "5",
    "⁶": "6",
    "⁷": "7",
    "⁸": "8",
    "⁹": "9",
    "⁻": "-",
    "⁺": "+",
}
_SUPERSCRIPT_RUN = re.compile("[" + "".join(SUPERSCRIPTS) + "]+")

# Private-use code points some CJK fonts emit for punctuation.  GB 2763 prints the decimal point
# as U+1001B0 between full-width digits ("０\U001001b0０５" is 0.05).
PRIVATE_USE_PUNCTUATION = {
    "\U001001b0": ".",
}
_PUA_TABLE = str.maketrans(PRIVATE_USE_PUNCTUATION)


# CJK radical code points printed for ideographs: word processors and their PDF printers map the
# glyph of 老 or 水 to the Kangxi radical (⽼ U+2F7C, ⽔ U+2F54) or a CJK Radicals Supplement form
# (⻉ U+2EC9 for 贝), so "养⽼" does not equal "养老".  The page shows the ideograph, so the
# radical is read as it (one code point for one, offsets stay aligned).  Kangxi Radicals
# (U+2F00..U+2FD5): NFKC maps each to its ideograph, and for all 214 that is Unicode's
# Equivalent_Unified_Ideograph.  CJK Radicals Supplement (U+2E80..U+2EF3): NFKC maps only two, so
# the table below is Equivalent_Unified_Ideograph (Unicode 14.0, EquivalentUnifiedIdeograph.txt),
# generated with Perl's Unicode::UCD::prop_invmap; tests/test_textnorm.py checks both against it.
RADICAL_SUPPLEMENT = {
    "\u2e81": "\u5382",  # ⺁ -> 厂 CJK RADICAL CLIFF
    "\u2e82": "\u4e5b",  # ⺂ -> 乛 CJK RADICAL SECOND ONE
    "\u2e83": "\u4e5a",  # ⺃ -> 乚 CJK RADICAL SECOND TWO
    "\u2e84": "\u4e59",  # ⺄ -> 乙 CJK RADICAL SECOND THREE
    "\u2e85": "\u4ebb",  # ⺅ -> 亻 CJK RADICAL PERSON
    "\u2e86": "\u5182",  # ⺆ -> 冂 CJK RADICAL BOX
    "\u2e87": "\U00020628",  # ⺇ -> 𠘨 CJK RADICAL TABLE
    "\u2e88": "\u5200",  # ⺈ -> 刀 CJK RADICAL KNIFE ONE
    "\u2e89": "\u5202",  # ⺉ -> 刂 CJK RADICAL KNIFE TWO
    "\u2e8a": "\u535c",  # ⺊ -> 卜 CJK RADICAL DIVINATION
    "\u2e8b": "\u353e",  # ⺋ -> 㔾 CJK RADICAL SEAL
    "\u2e8c": "\u5c0f",  # ⺌ -> 小 CJK RADICAL SMALL ONE
    "\u2e8d": "\u5c0f",  # ⺍ -> 小 CJK RADICAL SMALL TWO
    "\u2e8e": "\u5140",  # ⺎ -> 兀 CJK RADICAL LAME ONE
    "\u2e8f": "\u5c23",  # ⺏ -> 尣 CJK RADICAL LAME TWO
    "\u2e90": "\u5c22",  # ⺐ -> 尢 CJK RADICAL LAME THREE
    "\u2e91": "\U00021bc2",  # ⺑ -> 𡯂 CJK RADICAL LAME FOUR
    "\u2e92": "\u5df3",  # ⺒ -> 巳 CJK RADICAL SNAKE
    "\u2e93": "\u5e7a",  # ⺓ -> 幺 CJK RADICAL THREAD
    "\u2e94": "\u5f51",  # ⺔ -> 彑 CJK RADICAL SNOUT ONE
    "\u2e95": "\u5f50",  # ⺕ -> 彐 CJK RADICAL SNOUT TWO
    "\u2e96": "\u5fc4",  # ⺖ -> 忄 CJK RADICAL HEART ONE
    "\u2e97": "\u5fc3",  # ⺗ -> 心 CJK RADICAL HEART TWO
    "\u2e98": "\u624c",  # ⺘ -> 扌 CJK RADICAL HAND
    "\u2e99": "\u6535",  # ⺙ -> 攵 CJK RADICAL RAP
    "\u2e9b": "\u65e1",  # ⺛ -> 旡 CJK RADICAL CHOKE
    "\u2e9c": "\u65e5",  # ⺜ -> 日 CJK RADICAL SUN
    "\u2e9d": "\u6708",  # ⺝ -> 月 CJK RADICAL MOON
    "\u2e9e": "\u6b7a",  # ⺞ -> 歺 CJK RADICAL DEATH
    "\u2e9f": "\u6bcd",  # ⺟ -> 母 CJK RADICAL MOTHER
    "\u2ea0": "\u6c11",  # ⺠ -> 民 CJK RADICAL CIVILIAN
    "\u2ea1": "\u6c35",  # ⺡ -> 氵 CJK RADICAL WATER ONE
    "\u2ea2": "\u6c3a",  # ⺢ -> 氺 CJK RADICAL WATER TWO
    "\u2ea3": "\u706c",  # ⺣ -> 灬 CJK RADICAL FIRE
    "\u2ea4": "\u722b",  # ⺤ -> 爫 CJK RADICAL PAW ONE
    "\u2ea5": "\u722b",  # ⺥ -> 爫 CJK RADICAL PAW TWO
    "\u2ea6": "\u4e2c",  # ⺦ -> 丬 CJK RADICAL SIMPLIFIED HALF TREE TRUNK
    "\u2ea7": "\u725b",  # ⺧ -> 牛 CJK RADICAL COW
    "\u2ea8": "\u72ad",  # ⺨ -> 犭 CJK RADICAL DOG
    "\u2ea9": "\u738b",  # ⺩ -> 王 CJK RADICAL JADE
    "\u2eaa": "\U00024d14",  # ⺪ -> 𤴔 CJK RADICAL BOLT OF CLOTH
    "\u2eab": "\u76ee",  # ⺫ -> 目 CJK RADICAL EYE
    "\u2eac": "\u793a",  # ⺬ -> 示 CJK RADICAL SPIRIT ONE
    "\u2ead": "\u793b",  # ⺭ -> 礻 CJK RADICAL SPIRIT TWO
    "\u2eae": "\U00025ad7",  # ⺮ -> 𥫗 CJK RADICAL BAMBOO
    "\u2eaf": "\u7cf9",  # ⺯ -> 糹 CJK RADICAL SILK
    "\u2eb0": "\u7e9f",  # ⺰ -> 纟 CJK RADICAL C-SIMPLIFIED SILK
    "\u2eb1": "\u7f53",  # ⺱ -> 罓 CJK RADICAL NET ONE
    "\u2eb2": "\u7f52",  # ⺲ -> 罒 CJK RADICAL NET TWO
    "\u2eb3": "\u34c1",  # ⺳ -> 㓁 CJK RADICAL NET THREE
    "\u2eb4": "\u5197",  # ⺴ -> 冗 CJK RADICAL NET FOUR
    "\u2eb5": "\U0002626b",  # ⺵ -> 𦉫 CJK RADICAL MESH
    "\u2eb6": "\u7f8a",  # ⺶ -> 羊 CJK RADICAL SHEEP
    "\u2eb7": "\U0002634c",  # ⺷ -> 𦍌 CJK RADICAL RAM
    "\u2eb8": "\U0002634b",  # ⺸ -> 𦍋 CJK RADICAL EWE
    "\u2eb9": "\u8002",  # ⺹ -> 耂 CJK RADICAL OLD
    "\u2eba": "\u8080",  # ⺺ -> 肀 CJK RADICAL BRUSH ONE
    "\u2ebb": "\u807f",  # ⺻ -> 聿 CJK RADICAL BRUSH TWO
    "\u2ebc": "\u8089",  # ⺼ -> 肉 CJK RADICAL MEAT
    "\u2ebd": "\U00026951",  # ⺽ -> 𦥑 CJK RADICAL MORTAR
    "\u2ebe": "\u8279",  # ⺾ -> 艹 CJK RADICAL GRASS ONE
    "\u2ebf": "\u8279",  # ⺿ -> 艹 CJK RADICAL GRASS TWO
    "\u2ec0": "\u8279",  # ⻀ -> 艹 CJK RADICAL GRASS THREE
    "\u2ec1": "\u864e",  # ⻁ -> 虎 CJK RADICAL TIGER
    "\u2ec2": "\u8864",  # ⻂ -> 衤 CJK RADICAL CLOTHES
    "\u2ec3": "\u8980",  # ⻃ -> 覀 CJK RADICAL WEST ONE
    "\u2ec4": "\u897f",  # ⻄ -> 西 CJK RADICAL WEST TWO
    "\u2ec5": "\u89c1",  # ⻅ -> 见 CJK RADICAL C-SIMPLIFIED SEE
    "\u2ec6": "\u89d2",  # ⻆ -> 角 CJK RADICAL SIMPLIFIED HORN
    "\u2ec7": "\U000278b2",  # ⻇ -> 𧢲 CJK RADICAL HORN
    "\u2ec8": "\u8ba0",  # ⻈ -> 讠 CJK RADICAL C-SIMPLIFIED SPEECH
    "\u2ec9": "\u8d1d",  # ⻉ -> 贝 CJK RADICAL C-SIMPLIFIED SHELL
    "\u2eca": "\U00027fb7",  # ⻊ -> 𧾷 CJK RADICAL FOOT
    "\u2ecb": "\u8f66",  # ⻋ -> 车 CJK RADICAL C-SIMPLIFIED CART
    "\u2ecc": "\u8fb6",  # ⻌ -> 辶 CJK RADICAL SIMPLIFIED WALK
    "\u2ecd": "\u8fb6",  # ⻍ -> 辶 CJK RADICAL WALK ONE
    "\u2ece": "\u8fb6",  # ⻎ -> 辶 CJK RADICAL WALK TWO
    "\u2ecf": "\u9091",  # ⻏ -> 邑 CJK RADICAL CITY
    "\u2ed0": "\u9485",  # ⻐ -> 钅 CJK RADICAL C-SIMPLIFIED GOLD
    "\u2ed1": "\u9577",  # ⻑ -> 長 CJK RADICAL LONG ONE
    "\u2ed2": "\u9578",  # ⻒ -> 镸 CJK RADICAL LONG TWO
    "\u2ed3": "\u957f",  # ⻓ -> 长 CJK RADICAL C-SIMPLIFIED LONG
    "\u2ed4": "\u95e8",  # ⻔ -> 门 CJK RADICAL C-SIMPLIFIED GATE
    "\u2ed5": "\U00028e0f",  # ⻕ -> 𨸏 CJK RADICAL MOUND ONE
    "\u2ed6": "\u961d",  # ⻖ -> 阝 CJK RADICAL MOUND TWO
    "\u2ed7": "\u96e8",  # ⻗ -> 雨 CJK RADICAL RAIN
    "\u2ed8": "\u9752",  # ⻘ -> 青 CJK RADICAL BLUE
    "\u2ed9": "\u97e6",  # ⻙ -> 韦 CJK RADICAL C-SIMPLIFIED TANNED LEATHER
    "\u2eda": "\u9875",  # ⻚ -> 页 CJK RADICAL C-SIMPLIFIED LEAF
    "\u2edb": "\u98ce",  # ⻛ -> 风 CJK RADICAL C-SIMPLIFIED WIND
    "\u2edc": "\u98de",  # ⻜ -> 飞 CJK RADICAL C-SIMPLIFIED FLY
    "\u2edd": "\u98df",  # ⻝ -> 食 CJK RADICAL EAT ONE
    "\u2ede": "\U0002967f",  # ⻞ -> 𩙿 CJK RADICAL EAT TWO
    "\u2edf": "\u98e0",  # ⻟ -> 飠 CJK RADICAL EAT THREE
    "\u2ee0": "\u9963",  # ⻠ -> 饣 CJK RADICAL C-SIMPLIFIED EAT
    "\u2ee1": "\U00029810",  # ⻡ -> 𩠐 CJK RADICAL HEAD
    "\u2ee2": "\u9a6c",  # ⻢ -> 马 CJK RADICAL C-SIMPLIFIED HORSE
    "\u2ee3": "\u9aa8",  # ⻣ -> 骨 CJK RADICAL BONE
    "\u2ee4": "\u9b3c",  # ⻤ -> 鬼 CJK RADICAL GHOST
    "\u2ee5": "\u9c7c",  # ⻥ -> 鱼 CJK RADICAL C-SIMPLIFIED FISH
    "\u2ee6": "\u9e1f",  # ⻦ -> 鸟 CJK RADICAL C-SIMPLIFIED BIRD
    "\u2ee7": "\u5364",  # ⻧ -> 卤 CJK RADICAL C-SIMPLIFIED SALT
    "\u2ee8": "\u9ea6",  # ⻨ -> 麦 CJK RADICAL SIMPLIFIED WHEAT
    "\u2ee9": "\u9ec4",  # ⻩ -> 黄 CJK RADICAL SIMPLIFIED YELLOW
    "\u2eea": "\u9efe",  # ⻪ -> 黾 CJK RADICAL C-SIMPLIFIED FROG
    "\u2eeb": "\u6589",  # ⻫ -> 斉 CJK RADICAL J-SIMPLIFIED EVEN
    "\u2eec": "\u9f50",  # ⻬ -> 齐 CJK RADICAL C-SIMPLIFIED EVEN
    "\u2eed": "\u6b6f",  # ⻭ -> 歯 CJK RADICAL J-SIMPLIFIED TOOTH
    "\u2eee": "\u9f7f",  # ⻮ -> 齿 CJK RADICAL C-SIMPLIFIED TOOTH
    "\u2eef": "\u7adc",  # ⻯ -> 竜 CJK RADICAL J-SIMPLIFIED DRAGON
    "\u2ef0": "\u9f99",  # ⻰ -> 龙 CJK RADICAL C-SIMPLIFIED DRAGON
    "\u2ef1": "\u9f9c",  # ⻱ -> 龜 CJK RADICAL TURTLE
    "\u2ef2": "\u4e80",  # ⻲ -> 亀 CJK RADICAL J-SIMPLIFIED TURTLE
    "\u2ef3": "\u9f9f",  # ⻳ -> 龟 CJK RADICAL C-SIMPLIFIED TURTLE
}
KANGXI_RADICALS = {
    chr(cp): unicodedata.normalize("NFKC", chr(cp))
    for cp in range(0x2F00, 0x2FE0)
    if unicodedata.name(chr(cp), "")  # U+2FD6..U+2FDF are unassigned
}
# Where a simplified-Chinese font draws a radical with the glyph of another ideograph than Unicode's
# equivalent, the page shows that one: Noto Serif CJK SC draws KANGXI RADICAL DOOR ⼾ as 户
# (U+6237), not 戶 (U+6236), and word-processor PDFs print "客⼾" for 客户 (enterprise-dev).
SIMPLIFIED_GLYPHS = {
    "\u2f3e": "\u6237",  # ⼾ KANGXI RADICAL DOOR -> 户 (Unicode's equivalent is 戶)
}
# A CJK Extension A ideograph that a simplified-Chinese font draws with the very glyph of a common
# (URO) ideograph: a PDF printer whose ToUnicode names the glyph by its lowest code point writes the
# rare one for the common one, and the page shows the common one (Chromium with Noto Sans CJK SC
# prints "拉伸㬵粘强度" for 拉伸胶粘强度, corpus/chromium).  The table is every such pair of Noto Sans CJK
# SC (Debian fonts-noto-cjk 20220127, glyphs shared by exactly one URO code point; Noto Serif CJK SC
# shares none); tests/test_textnorm.py recomputes it from the installed font.
SHARED_GLYPHS = {
    "\u3ada": "\u66f6",  # 㫚 -> 曶
    "\u3b35": "\u80f6",  # 㬵 -> 胶
    "\u3b3a": "\u5e50",  # 㬺 -> 幐
    "\u3ba3": "\u69e9",  # 㮣 -> 槩
}
# CJK Compatibility Ideographs (U+F900..U+FAFF, U+2F800..U+2FA1F) are canonical duplicates of
# unified ideographs: NFC maps each to it (the twelve unified ideographs of that block, such as 﨑
# U+FA11, map to themselves and stay).
COMPATIBILITY_IDEOGRAPHS = {
    chr(cp): unicodedata.normalize("NFC", chr(cp))
    for cp in [*range(0xF900, 0xFB00), *range(0x2F800, 0x2FA20)]
    if unicodedata.normalize("NFC", chr(cp)) != chr(cp)
}
_RADICAL_TABLE = str.maketrans(
    {
        **COMPATIBILITY_IDEOGRAPHS,
        **KANGXI_RADICALS,
        **RADICAL_SUPPLEMENT,
        **SIMPLIFIED_GLYPHS,
        **SHARED_GLYPHS,
    }
)


# Mathematical alphanumeric symbols (U+1D400..U+1D7FF) are the letters and digits of a formula's
# italic, bold or script face: TeX math fonts write 𝑄n, 𝑤, 𝜌 into the text layer for the Q, w, ρ a
# reader sees, so "1＜𝑄n≤10" must compare equal to "1＜Qn≤10".  NFKC maps each to its plain letter
# (one code point each); math italic h is U+210E PLANCK CONSTANT, outside the block.
MATH_LETTERS = {
    chr(cp): folded
    for cp in [*range(0x1D400, 0x1D800), 0x210E]
    if unicodedata.name(chr(cp), "") and len(folded := unicodedata.normalize("NFKC", chr(cp))) == 1
}
_GLYPH_TABLE = {**_RADICAL_TABLE, **str.maketrans(MATH_LETTERS)}


def fold_radicals(text: str) -> str:
    """CJK radical and compatibility code points to the ideographs they stand for ("养⽼" -> "养老",
    "⽔" -> "水", "客⼾" -> "客户")."""
    return text.translate(_RADICAL_TABLE)


def fold_width(text: str) -> str:
    """Full-width ASCII letters, digits and punctuation to ASCII; everything else unchanged."""
    return text.translate(_WIDTH_TABLE)


def normalize_dashes(text: str) -> str:
    """All dash forms to ASCII hyphen-minus (standard numbers, ranges)."""
    return text.translate(_DASH_TABLE)


def repair_private_use(text: str) -> str:
    """Known private-use punctuation code points to what they draw."""
    return text.translate(_PUA_TABLE)


def protect_superscripts(text: str) -> str:
    """Write superscript runs as ``**n`` so NFKC cannot turn m³ into m3 (m³ -> m**3, 10⁻⁶ -> 10**-6)."""
    return _SUPERSCRIPT_RUN.sub(lambda m: "**" + "".join(SUPERSCRIPTS[c] for c in m.group()), text)


def clean_text(text: str) -> str:
    """The canonical comparable form of printed text: width folded, dashes, slashes, PUA, CJK
    radicals and mathematical letters repaired, one character for one (a position in it is a
    position in the printed text).

    Symbols (≤ ≥ ℃ ³ ± ～) are kept as printed.
    """
    folded = normalize_dashes(repair_private_use(fold_width(text)))
    return folded.translate(_GLYPH_TABLE).translate(_SLASH_TABLE)


_SPACES = re.compile(r"\s+")


def squeeze_spaces(text: str) -> str:
    """Collapse runs of white space to one ASCII space and strip the ends."""
    return _SPACES.sub(" ", text).strip()


OPENING_BRACKETS, CLOSING_BRACKETS = "（([［{｛", "）)]］}｝"


def open_brackets(text: str) -> int:
    """How many brackets ``text`` opens and does not close (negative: closes more than it opens);
    a label wrapped inside a bracket ends with one still open."""
    return sum(text.count(c) for c in OPENING_BRACKETS) - sum(text.count(c) for c in CLOSING_BRACKETS)


def compact(text: str) -> str:
    """A key for matching names: clean_text without any white space ("水 分" == "水分")."""
    return _SPACES.sub("", clean_text(text))
