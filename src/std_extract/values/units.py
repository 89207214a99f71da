"""Printed units to pint: one registry, one rewrite table (extractors/units.toml).

pint 0.25 misreads several units as printed in Chinese standards (measured, see units.toml):
``kWh/24h`` is kWh·h/24, ``dB(A)`` is decibel·ampere, ``Quantity("1 ℃")`` is silently
dimensionless, ``g/100g`` is g²/100, and ``m3/h``, ``r/min``, ``dBA`` are errors.  Every printed
unit therefore goes through :func:`rewrite_unit` before pint sees it, and nothing here raises on
an unknown unit: callers get ``None`` and flag the value.
"""

from __future__ import annotations

import math
import re
import unicodedata
from functools import cache, lru_cache
from pathlib import Path
from typing import cast

from pydantic import BaseModel, ConfigDict

from std_extract.errors import RuleFileError
from std_extract.importing import absent
from std_extract.rulefile import RuleSource, default_source, load_spec
from std_extract.textnorm import clean_text, protect_superscripts
from std_extract.warmcache import cache_dir

with absent("dask"):  # pint without Dask arrays: quantities here are floats (std_extract.importing)
    import pint

UNITS_FILE = "units.toml"


class UnitTableSpec(BaseModel):
    """extractors/units.toml, validated."""

    model_config = ConfigDict(extra="forbid")

    definitions: list[str]
    forms: dict[str, str]
    glyphs: dict[str, str]
    atoms: dict[str, str]
    dimensions: dict[str, str]


class ParsedUnit(BaseModel):
    """A printed unit as pint understands it."""

    model_config = ConfigDict(frozen=True)

    printed: str  # exactly as given
    expression: str  # the pint expression after the rewrite table ("kWh/(24*hour)")
    factor: float  # magnitude of the expression (1/24 for kWh/(24*h)); 1 for plain units
    units: str  # pint's spelling of the units ("kilowatt_hour / hour")
    dimensionality: str  # "[mass] * [length] ** 2 / [time] ** 3"; "dimensionless"


def _unit_key(printed: str) -> str:
    """Steps 1-3 of the rewrite: superscripts protected, width folded, spaces dropped."""
    return re.sub(r"\s+", "", clean_text(protect_superscripts(printed)))


def load_unit_table(source: RuleSource | None = None) -> UnitTableSpec:
    """Load units.toml (the shipped one unless ``source`` is given); keys of forms are normalised."""
    src, label = default_source(UNITS_FILE) if source is None else (source, str(source))
    spec = load_spec(UnitTableSpec, src, label)
    spec.forms = {_unit_key(k): v for k, v in spec.forms.items()}
    spec.glyphs = dict(
        sorted(((clean_text(k), v) for k, v in spec.glyphs.items()), key=lambda kv: -len(kv[0]))
    )
    return spec


@cache
def unit_table() -> UnitTableSpec:
    """The shipped unit table, loaded once."""
    return load_unit_table()


def build_registry(table: UnitTableSpec, label: str = "extractors/units.toml") -> pint.UnitRegistry:
    """A pint registry with the table's definitions added.

    pint parses its definitions file for every registry (0.18 s of each command's start-up); with
    ``cache_folder`` it keeps the parsed definitions, named by the file's digest, in the warm cache's
    folder (:mod:`std_extract.warmcache`) and reads them back (0.02 s)."""
    registry: pint.UnitRegistry = pint.UnitRegistry(
        autoconvert_offset_to_baseunit=False, cache_folder=_pint_cache()
    )
    for index, line in enumerate(table.definitions):
        try:
            registry.define(line)
        except Exception as exc:  # pint raises several unrelated types for a bad definition
            raise RuleFileError(label, f"definitions[{index}]", f"{line!r}: {exc}") from exc
    return registry


def _pint_cache() -> Path | None:
    """pint's own cache of parsed definitions, in the warm cache's folder when it can be made."""
    folder = cache_dir()
    if folder is None:
        return None
    try:
        (folder / "pint").mkdir(parents=True, exist_ok=True)
    except OSError:  # read-only or not a folder: pint parses its file, as without a cache
        return None
    return folder / "pint"


@cache
def unit_registry() -> pint.UnitRegistry:
    """The one registry every conversion uses (built once)."""
    return build_registry(unit_table())


# A parenthesised qualifier that is not part of a unit: "(以Pb计)", "(干基)", "(20℃)".
_QUALIFIER = re.compile(r"\((?:以[^()]*计|[^()]*[\u4e00-\u9fff][^()]*)\)")
_ENCLOSED = re.compile(r"^\((?P<inner>[^()]*)\)$")
# A whole unit in square brackets, "[L/(cycle·kg)]": the brackets only set the unit off.
_SQUARE_ENCLOSED = re.compile(r"^[\[【](?P<inner>[^\[\]【】]*)[\]】]$")
# Operators, a number with a unit glued to it ("100g", "24h"), or one atom.
_TOKEN = re.compile(
    r"(?P<exp>\*\*-?\d+(?:\.\d+)?)|(?P<op>[*/()])"
    r"|(?P<num>\d+(?:\.\d+)?)(?P<glued>[^\W\d_]+\d?)?"
    r"|(?P<atom>[^*/()\d]+\d?)"
)
_CJK = re.compile(r"[\u4e00-\u9fff]")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")


def _strip_wrapping(text: str) -> str:
    """ "(mg/kg)" -> "mg/kg", "[L/(cycle·kg)]" -> "L/(cycle·kg)"; "/%" (a row-label separator) -> "%"."""
    text = text.lstrip("/")
    match = _ENCLOSED.match(text) or _SQUARE_ENCLOSED.match(text)
    return match.group("inner") if match else text


def _rewrite_atom(atom: str, atoms: dict[str, str]) -> str:
    """One atom through the table, trying the printed form first and then its NFKC form."""
    if atom in atoms:
        return atoms[atom]
    folded = unicodedata.normalize("NFKC", atom)
    return atoms.get(folded, folded)


def _rewrite_tokens(text: str, atoms: dict[str, str]) -> str | None:
    """Cut at operators and rewrite each atom; a glued number becomes a factor: 24h -> (24*hour)."""
    out: list[str] = []
    tokens = list(_TOKEN.finditer(text))
    if "".join(t.group() for t in tokens) != text:
        return None  # characters the tokenizer cannot place
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.group("glued"):
            exponent = ""
            if index + 1 < len(tokens) and tokens[index + 1].group("exp"):
                exponent, index = tokens[index + 1].group(), index + 1
            unit = _rewrite_atom(token.group("glued"), atoms)
            out.append(f"({token.group('num')}*{unit}{exponent})")
        elif token.group("atom"):
            out.append(_rewrite_atom(token.group("atom"), atoms))
        else:
            out.append(token.group())
        index += 1
    expression = "".join(out)
    return expression if expression.isascii() else None


def rewrite_unit(printed: str) -> str | None:
    """The pint expression for a printed unit, or None when it cannot be written for pint."""
    table = unit_table()
    text = _strip_wrapping(_unit_key(printed))
    if text in table.forms:
        return table.forms[text]
    text = _drop_qualifiers(text, table.atoms)
    if text in table.forms:
        return table.forms[text]
    for glyph, replacement in table.glyphs.items():
        text = text.replace(glyph, replacement)
    if not text:
        return None
    return _rewrite_tokens(_denominator_product(text), table.atoms)


def _drop_qualifiers(text: str, atoms: dict[str, str]) -> str:
    """Brackets holding Chinese that qualify the unit ("(以Pb计)", "(干基)", "(标)") or gloss it with its
    Chinese name ("min(分钟)", "L(升)") are dropped; a bracket of unit words that is the denominator's
    group, right after the solidus or holding a product, is the unit's own ("次/(人·年)", "g/(袋)")."""

    def qualifier(match: re.Match[str]) -> str:
        words = _CJK_RUN.findall(match.group())
        group = text[: match.start()].endswith("/") or any(c in match.group() for c in "·•∙⋅*×")
        return match.group() if group and all(word in atoms for word in words) else ""

    previous = None
    while text != previous:
        previous, text = text, _QUALIFIER.sub(qualifier, text)
    return text


# A product after a solidus, printed without brackets ("W/m·K", "g/m²·d"): the whole product is the
# denominator, as GB 3101's W/(m·K) writes it; pint would read (W/m)·K.  "**" is a power, no product.
_PRODUCT = re.compile(r"(?<!\*)\*(?!\*)")


def _denominator_product(text: str) -> str:
    head, slash, tail = text.partition("/")
    if not slash or "/" in tail or "(" in tail or ")" in tail or not _PRODUCT.search(tail):
        return text
    return f"{head}/({tail})"


def _quantity(expression: str) -> pint.Quantity | None:
    """pint's reading of an expression, or None for anything pint rejects."""
    try:
        quantity = unit_registry().parse_expression(expression)
    except Exception:  # pint raises many types (UndefinedUnitError, SyntaxError, TokenError...)
        return None
    if not isinstance(quantity, pint.Quantity) or quantity.magnitude == 0:
        return None
    return quantity


@lru_cache(maxsize=4096)
def parse_unit(printed: str) -> ParsedUnit | None:
    """A printed unit ("kWh/24h", "dB(A)", "mg/m³", "℃") as pint units, or None if unknown."""
    if not printed or not printed.strip():
        return None
    expression = rewrite_unit(printed)
    quantity = _quantity(expression) if expression else None
    if quantity is None or expression is None:
        return None
    try:
        factor = float(quantity.magnitude)
    except (OverflowError, TypeError, ValueError):  # "999…9" (400 digits) is an int no float holds
        return None
    if not math.isfinite(factor):
        return None
    return ParsedUnit(
        printed=printed,
        expression=expression,
        factor=factor,
        units=str(quantity.units),
        dimensionality=str(quantity.dimensionality),
    )


def _difference_units(units: str) -> str:
    """Offset temperature units as differences: a temperature rise printed in ℃ is a K value."""
    return re.sub(r"\bdegree_(Celsius|Fahrenheit)\b", r"delta_degree_\1", units)


@lru_cache(maxsize=1024)
def _angle_power(units: str) -> float:
    """The power of the radian in a unit (degree 1, r/min 1, sr 2, % 0).  pint counts angles as
    dimensionless, so 10 度 would become 0.17 and 6000 r would become 37 699; convert() refuses to
    turn an angle into a plain number or the reverse."""
    registry = unit_registry()
    power = 0.0
    for name, exponent in registry.Quantity(1, units).unit_items():
        root = dict(registry.Quantity(1, name).to_root_units().unit_items())
        # pint's exponents are ints and floats (its signature allows any number type)
        power += cast(float, exponent) * cast(float, root.get("radian", 0))
    return power


def tidy(value: float) -> float:
    """Round away float noise (0.45000000000000007 -> 0.45) so golden files compare exactly."""
    return float(f"{value:.12g}")


def convert(
    value: float, printed_unit: str, canonical_unit: str, *, difference: bool = False
) -> float | None:
    """``value`` in ``printed_unit`` expressed in ``canonical_unit``; None if either is unknown or
    the dimensions differ.  ``difference`` reads offset temperatures (℃) as differences (温升)."""
    source, target = parse_unit(printed_unit), parse_unit(canonical_unit)
    if source is None or target is None:
        return None
    units = _difference_units(source.units) if difference else source.units
    try:
        if _angle_power(source.units) != _angle_power(target.units):
            return None
        registry = unit_registry()
        quantity = registry.Quantity(value * source.factor, registry.Unit(units))
        magnitude = quantity.to(registry.Unit(target.units)).magnitude
    except Exception:  # DimensionalityError, OffsetUnitCalculusError, LogarithmicUnitCalculusError
        return None
    try:
        result = tidy(float(magnitude) / target.factor)
    except (OverflowError, ZeroDivisionError):
        return None
    return result if math.isfinite(result) else None


def is_compatible(printed_unit: str, other_unit: str) -> bool:
    """Whether a value in one unit can be expressed in the other."""
    return convert(1.0, printed_unit, other_unit) is not None


def same_unit(printed_unit: str, other_unit: str) -> bool:
    """Whether two printed units are one unit written two ways (kWh/24h and kWh/d, μg/kg and ppb)."""
    factor = convert(1.0, printed_unit, other_unit)
    return factor is not None and abs(factor - 1.0) < 1e-9


@cache
def cjk_unit_words() -> tuple[str, ...]:
    """Unit words spelt in Chinese (次, 个工作日, 千瓦时 ...), longest first, for text scanning."""
    return unit_words(unit_table())


@cache
def basis_words() -> tuple[str, ...]:
    """Latin words a printed unit carries as its basis, which the unit table drops ([glyphs] rewritten to
    "": "TEQ" of ng TEQ/m³, "KOH" of mg KOH/g), longest first: a space before one does not end the unit."""
    glyphs = unit_table().glyphs
    words = {key for key, value in glyphs.items() if value == "" and re.fullmatch(r"[A-Za-z-]+", key)}
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


def unit_words(table: UnitTableSpec) -> tuple[str, ...]:
    """The Chinese unit words of one unit table ([atoms] keys spelt in Chinese), longest first."""
    words = {key for key in table.atoms if _CJK.fullmatch(key[0]) and all(_CJK.fullmatch(c) for c in key)}
    return tuple(sorted(words, key=lambda w: (-len(w), w)))
