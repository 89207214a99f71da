"""The message catalogue: both languages for every message, every message the pages use."""

from __future__ import annotations

import re
import string
from typing import get_args

from corpora import REPO

from std_extract.errors import ErrorCode
from std_extract.record import ReviewState
from std_extract.review.corrections import EDITABLE_FIELDS
from std_extract.review.messages import catalogue, messages, pick_language, translate
from std_extract.review.service import STANDARD_FIELDS
from std_extract.review.workflow import QUEUE_STATES

REVIEW = REPO / "src" / "std_extract" / "review"
# t("key") in the templates and the page script (keys built at run time are checked below).
_USED = re.compile(r"""\bt\(\s*["']([a-z_]+\.[a-z_.]+)["']""")


def _slots(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_messages_have_both_languages_with_the_same_slots():
    for key, entry in catalogue().items():
        assert set(entry) == {"zh", "en"}, key
        assert entry["zh"].strip() and entry["en"].strip(), key
        assert _slots(entry["zh"]) == _slots(entry["en"]), key


def test_messages_cover_every_key_the_pages_use():
    sources = [*(REVIEW / "templates").glob("*.html"), REVIEW / "static" / "review.js"]
    used = {key for path in sources for key in _USED.findall(path.read_text(encoding="utf-8"))}
    assert len(used) > 80
    built = (
        [f"state.{s}" for s in QUEUE_STATES]
        + [f"status.{s}" for s in ("ok", "partial", "failed")]
        + [f"error.{code.value}" for code in ErrorCode]
        + [f"value_state.{s}" for s in get_args(ReviewState)]
        + [f"field.{f}" for f in EDITABLE_FIELDS]
        + [f"field.standard.{f}" for f in STANDARD_FIELDS]
    )
    missing = sorted((used | set(built)) - set(catalogue()))
    assert missing == []


def test_messages_chinese_by_default_english_on_request():
    assert pick_language(None, None) == "zh"
    assert pick_language("en", None) == "en"
    assert pick_language(None, "en") == "en"
    assert pick_language("zh", "en") == "zh"  # the link wins over the cookie
    assert pick_language("fr", "<script>") == "zh"
    assert translate("zh", "doc.page", page=2, pages=9) == "第 2 / 9 页"
    assert translate("en", "doc.page", page=2, pages=9) == "page 2 / 9"
    assert messages("xx") == messages("zh")
    assert translate("en", "no.such.key") == "no.such.key"


# ReviewError(status, "English text", "code", ...) in the workbench's modules
_REFUSAL = re.compile(r"""ReviewError\(\s*\d+,\s*(?:f?"[^"]*"|[a-z_.()]+),\s*"([a-z_]+)\"""")


def test_every_coded_refusal_has_a_message_in_both_languages():
    """The page shows a refusal in the reviewer's language when its code is in the catalogue, else
    the server's English text: every refusal the workbench raises carries a code that is."""
    sources = "\n".join(path.read_text(encoding="utf-8") for path in REVIEW.glob("*.py"))
    codes = set(_REFUSAL.findall(sources))
    assert {"no_document", "login_required", "not_a_class", "unit_unreadable"} <= codes
    uncoded = re.findall(r"ReviewError\(\s*\d+,\s*(?:f?\"[^\"]*\"|_first_error\(exc\))\s*\)", sources)
    assert uncoded == [_FIRST_ERROR] * len(uncoded)
    assert sorted(c for c in codes if f"refused.{c}" not in catalogue()) == []


_FIRST_ERROR = "ReviewError(422, _first_error(exc))"  # pydantic's own message, field by field
