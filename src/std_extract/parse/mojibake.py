"""Font-encoding repairs: code points some fonts report for glyphs that draw something else.

Each table entry was seen in a real text layer (file named in the comment).  Repairs are applied
per character, keyed on the font that drew it, so an ordinary CJK character in an ordinary font is
never touched.  The characters that come out are what the page shows; lines keep them, and the
original code point is recoverable from the table.
"""

from __future__ import annotations

from functools import lru_cache

from std_extract.textnorm import fold_radicals, repair_private_use

# Founder (方正) "E-" fonts (E-HZ9, E-BX9, E-BZ9 in GB 29921-2021 and GB 10767-2021) encode ASCII
# letters in GBK row 0xA0: the glyph "G" comes out as 犌 (GBK A0C7; 0xC7 - 0x80 = 0x47 = "G"), so
# the number "GB 29921" reads "犌犅２９９２１".  Letters seen: 犃 A, 犅 B, 犌 G, 犕 M, 犮 c, 犿 m, 狀 n
# (犃１ is A₁ in a formula, 狀犮犿犕 the n c m M of a sampling plan).  The whole row follows one rule,
# so the table is built from it rather than typed out.
FOUNDER_LETTERS: dict[str, str] = {}
for _code in range(0x21, 0x7F):
    try:
        _char = bytes([0xA0, _code + 0x80]).decode("gbk")
    except UnicodeDecodeError:  # pragma: no cover - every byte of the row decodes
        continue
    if chr(_code).isalnum():
        FOUNDER_LETTERS[_char] = chr(_code)

# Other code points of the Founder E- fonts.
FOUNDER_PUNCTUATION = {
    "\ue011": "-",  # hyphen: "２０２１\ue011０２\ue011２２发布" (GB 29921, GB 10767), "α\ue011亚麻酸"
}

# In the E-BZ font of GB 2763-2021/2026 the full-width Ｇ draws a hyphen: "２,４Ｇ滴丁酸" is 2,4-滴丁酸,
# "SN/T０２１７ 气相色谱Ｇ质谱法".  (Real letters G in that font are ASCII: "GB/T".)
FONT_SPECIFIC = {
    "E-BZ": {"\uff27": "-"},
}

# Private-use code points in the E-BZ font of GB 2763 beyond textnorm's decimal point.
EXTRA_PRIVATE_USE = {
    "\U001001ba": "·",  # the dot leader of the table of contents ("前言······ⅩⅣ")
}

# Fonts named "Symbol" report Adobe Symbol-encoded glyphs in the private-use page U+F0xx
# (HJ 711-714, HJ 749-752, HJ 891, HJ 1222 ...): U+F072 is ρ, U+F0B1 is ±, U+F0B4 is ×.
SYMBOL_FONT = {
    "\uf020": " ", "\uf028": "(", "\uf029": ")", "\uf02b": "+", "\uf02c": ",",
    "\uf02d": "−", "\uf02e": ".", "\uf02f": "/", "\uf03c": "<", "\uf03d": "=", "\uf03e": ">",
    "\uf05b": "[", "\uf05d": "]", "\uf07e": "∼",
    "\uf061": "α", "\uf062": "β", "\uf063": "χ", "\uf064": "δ", "\uf065": "ε", "\uf066": "φ",
    "\uf067": "γ", "\uf068": "η", "\uf069": "ι", "\uf06a": "ϕ", "\uf06b": "κ", "\uf06c": "λ",
    "\uf06d": "μ", "\uf06e": "ν", "\uf06f": "ο", "\uf070": "π", "\uf071": "θ", "\uf072": "ρ",
    "\uf073": "σ", "\uf074": "τ", "\uf075": "υ", "\uf077": "ω", "\uf078": "ξ", "\uf079": "ψ",
    "\uf07a": "ζ", "\uf044": "Δ", "\uf046": "Φ", "\uf047": "Γ", "\uf04c": "Λ", "\uf050": "Π",
    "\uf051": "Θ", "\uf053": "Σ", "\uf057": "Ω", "\uf058": "Ξ", "\uf059": "Ψ",
    "\uf0a3": "≤", "\uf0a5": "∞", "\uf0ae": "→", "\uf0b0": "°", "\uf0b1": "±", "\uf0b3": "≥",
    "\uf0b4": "×", "\uf0b7": "•", "\uf0b8": "÷", "\uf0b9": "≠", "\uf0bb": "≈", "\uf0d6": "√",
    "\uf0d7": "⋅", "\uf0e5": "∑",
}  # fmt: skip

# Characters some fonts build from two overlapping glyphs.  HJ 77.3-2008 prints 噁 (二噁英, dioxin)
# as a small 口 drawn over the left side of 恶.
COMPOSED = {
    ("口", "恶"): "噁",
}


def base_font_name(fontname: str) -> str:
    """The font name without its subset tag: "PDCDEE+E-HZ" -> "E-HZ"."""
    return fontname.split("+", 1)[-1]


@lru_cache(maxsize=1 << 16)
def repair_char(text: str, fontname: str) -> str:
    """What a character drawn in ``fontname`` shows, for the known broken encodings (cached: a page
    has a few hundred distinct (char, font) pairs and thousands of chars)."""
    repaired = fold_radicals(repair_private_use(text))  # ⽔ (KANGXI RADICAL WATER) draws 水
    if repaired in EXTRA_PRIVATE_USE:
        return EXTRA_PRIVATE_USE[repaired]
    font = base_font_name(fontname)
    if font.startswith("E-"):
        repaired = FOUNDER_PUNCTUATION.get(repaired, repaired)
        repaired = FOUNDER_LETTERS.get(repaired, repaired)
        repaired = FONT_SPECIFIC.get(font, {}).get(repaired, repaired)
    elif "Symbol" in font:
        repaired = SYMBOL_FONT.get(repaired, repaired)
    return repaired


def repair_letter_runs(text: str) -> str:
    """Founder letters in any font, but only in runs of two or more ("犌犅" -> "GB").

    Used on cover text where the font is no longer known; a lone rare character is kept.
    """
    out = list(text)
    for i, char in enumerate(text):
        if char in FOUNDER_LETTERS and (
            (i > 0 and text[i - 1] in FOUNDER_LETTERS)
            or (i + 1 < len(text) and text[i + 1] in FOUNDER_LETTERS)
        ):
            out[i] = FOUNDER_LETTERS[char]
    return "".join(out)
