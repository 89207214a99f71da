"""The HTML report: everything escaped, links that cannot run code."""

from __future__ import annotations

from std_extract.rank import rank, render_report
from std_extract.rank.report import evidence_href

from .builders import indicator, make_plan, record


def test_report_escapes_untrusted_text():
    evil = "<script>alert(1)</script>电冰箱"
    recs = [
        record(
            f"Q/A {i}",
            [indicator("energy", v, text=f"≤{v}<img src=x onerror=alert(1)>")],
            title=evil,
            path='javascript:alert(1)//"><b>x.pdf',
        )
        for i, v in enumerate([0.5, 0.6, 0.7])
    ]
    html = render_report(rank(recs, [make_plan()]).plans[0])
    assert "<script>alert" not in html and "&lt;script&gt;" in html
    assert "<img src=x" not in html and 'href="javascript:' not in html and "<b>x.pdf" not in html


def test_report_evidence_href_forms():
    assert evidence_href("corpus/a b.pdf", 4) == "corpus/a%20b.pdf#page=4"
    assert evidence_href("/data/std.pdf", 2) == "file:///data/std.pdf#page=2"
    assert evidence_href("javascript:alert(1)").startswith("javascript%3A")
    assert evidence_href("x.pdf", 1, "../../") == "../../x.pdf#page=1"
