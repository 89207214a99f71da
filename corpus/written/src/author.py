"""A small authoring kit for the written set: a document is built in Python, rendered to one HTML
file laid out like a word-processor document, and every printed value that is an indicator carries
its gold records in a ``data-g`` attribute (a JSON list) on the element that prints it.

The records, values and cells are the hand-written sets' shared model (std_extract_synth.authoring,
also behind corpus/national and corpus/national-office); the HTML is this set's own typesetting.  The
HTML is what gets printed (scripts/print_written.py); the gold is read back from the same HTML, so
what is printed and what is annotated cannot drift apart.  Document-level gold (cover fields, class,
category) sits in ``<script type="application/json" id="gold-head">``.

Nothing here reads the extractor: the records are the author's reading of the text, following the
conventions in corpus/written/README.md.
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from dataclasses import dataclass, field

from std_extract_synth.authoring import Cell as C
from std_extract_synth.authoring import Value as V
from std_extract_synth.authoring import gold_record as R
from std_extract_synth.authoring import standard_head

__all__ = ["C", "Doc", "R", "V"]


def value_html(value: V) -> str:
    """A value as printed: a span carrying its records (``data-g``) and the text of a neighbouring
    cell holding one of their numbers (``data-also``) for scripts/print_written.py to read back."""
    data = html.escape(json.dumps(value.records, ensure_ascii=False), quote=True)
    also = f' data-also="{html.escape(value.also, quote=True)}"' if value.also else ""
    return f'<span class="g" data-g="{data}"{also}>{value.text}</span>'


def _render(part: object) -> str:
    if isinstance(part, V):
        return value_html(part)
    if isinstance(part, list | tuple):
        return "".join(_render(p) for p in part)
    return str(part)


def _cell(tag: str, item: object) -> str:
    cell = item if isinstance(item, C) else C(item)
    attrs = ""
    if cell.cs > 1:
        attrs += f' colspan="{cell.cs}"'
    if cell.rs > 1:
        attrs += f' rowspan="{cell.rs}"'
    if cell.align != "c":  # the house styles centre a cell unless its class says otherwise
        attrs += f' class="{cell.align}"'
    return f"<{tag}{attrs}>{_render(cell.content)}</{tag}>"


COVER_KIND = {"Q": "企业标准", "T": "团体标准"}


@dataclass
class Doc:
    stem: str
    category: str
    code: str  # GB/T 4754-2017 小类
    number: str  # as printed on the cover
    title: str
    enterprise: str
    issued: str
    effective: str
    title_en: str | None = None
    replaces: list[str] = field(default_factory=list)  # as printed
    ics: str | None = None
    ccs: str | None = None
    filing: str | None = None  # 备案号
    logo: str | None = None  # short code over the kind line (Q or T/XXX)
    style: str = "a"  # a, b, c: three house styles
    header_number: str | None = None  # running header; defaults to the number
    front: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)

    # ---- gold head -------------------------------------------------------------------------
    def gold_head(self) -> dict:
        return standard_head(
            self.category,
            self.code,
            number=self.number,
            kind="Q" if self.number.startswith("Q/") else "T",
            title=self.title.replace("<br>", ""),
            title_en=self.title_en,
            enterprise=self.enterprise,
            issued=self.issued,
            effective=self.effective,
            replaces=self.replaces,
            ics=self.ics,
            ccs=self.ccs,
        )

    # ---- building ----------------------------------------------------------------------------
    def fw(self, *paras: object) -> None:
        """前言 paragraphs."""
        for para in paras:
            self.front.append(f"<p>{_render(para)}</p>")

    def chap(self, text: str) -> None:
        self.body.append(f'<h2 class="chap">{text}</h2>')

    def sec(self, text: str) -> None:
        self.body.append(f'<h3 class="sec">{text}</h3>')

    def p(self, *parts: object, cls: str = "") -> None:
        klass = f' class="{cls}"' if cls else ""
        self.body.append(f"<p{klass}>{_render(list(parts))}</p>")

    def li(self, *parts: object) -> None:
        self.body.append(f'<p class="li">{_render(list(parts))}</p>')

    def note(self, *parts: object) -> None:
        self.body.append(f'<p class="note">{_render(list(parts))}</p>')

    def brk(self) -> None:
        self.body.append('<div class="brk"></div>')

    def raw(self, text: str) -> None:
        self.body.append(text)

    def table(
        self,
        caption: str,
        head: Sequence[Sequence[object]],
        rows: Sequence[Sequence[object]],
        *,
        ruling: str = "grid",
        widths: list[int] | None = None,
        notes: Sequence[object] = (),
        unit_line: str | None = None,
        cont: int | None = None,
    ) -> None:
        """A table with its caption above; ``cont`` splits the body after that many rows into a
        続表 on the next page (caption "续表 N", header repeated), as a word processor does when the
        author breaks it by hand."""
        chunks = [rows] if cont is None else [rows[:cont], rows[cont:]]
        for i, chunk in enumerate(chunks):
            cap = caption if i == 0 else "续" + caption.split()[0]
            out = [f'<p class="cap">{cap}</p>']
            if unit_line and i == 0:
                out.append(f'<p class="unitline">{unit_line}</p>')
            cols = ""
            if widths:
                cols = "<colgroup>" + "".join(f'<col style="width:{w}%">' for w in widths) + "</colgroup>"
            out.append(f'<table class="{ruling}">{cols}<thead>')
            for hr in head:
                out.append("<tr>" + "".join(_cell("th", c) for c in hr) + "</tr>")
            out.append("</thead><tbody>")
            for row in chunk:
                out.append("<tr>" + "".join(_cell("td", c) for c in row) + "</tr>")
            out.append("</tbody></table>")
            if i == len(chunks) - 1:
                for n in notes:
                    out.append(f'<p class="tnote">{_render(n)}</p>')
            self.body.append("".join(out))
            if i == 0 and len(chunks) > 1:
                self.brk()

    # ---- HTML ------------------------------------------------------------------------------
    def cover_html(self) -> str:
        kind = COVER_KIND["Q" if self.number.startswith("Q/") else "T"]
        spaced = " ".join(kind)
        logo = self.logo or self.number.split()[0]
        replaces = "".join(f"<div>代替 {r}</div>" for r in self.replaces)
        en = f'<div class="title-en">{self.title_en}</div>' if self.title_en else ""
        filing = f"<div>备案号：{self.filing}</div>" if self.filing else ""
        ics = f"<div>ICS {self.ics}</div>" if self.ics else "<div>&nbsp;</div>"
        ccs = f"<div>CCS {self.ccs}</div>" if self.ccs else ""
        return f"""
<section class="cover">
  <div class="cover-top">{ics}{ccs}{filing}</div>
  <div class="logo">{logo}</div>
  <div class="kind">{spaced}</div>
  <div class="number">{self.number}{replaces}</div>
  <hr class="rule">
  <div class="title">{self.title}</div>
  {en}
  <div class="dates"><span>{self.issued} 发布</span><span>{self.effective} 实施</span></div>
  <hr class="rule">
  <div class="issuer">{self.enterprise}　　发 布</div>
</section>"""

    def html(self) -> str:
        head = json.dumps(self.gold_head(), ensure_ascii=False, indent=1)
        front = "".join(self.front)
        body = "".join(self.body)
        header = self.header_number or self.number
        return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>{self.number} {self.title.replace("<br>", "")}</title>
<meta name="running-header" content="{header}">
<link rel="stylesheet" href="style-{self.style}.css">
<script type="application/json" id="gold-head">
{head}
</script>
</head>
<body>
{self.cover_html()}
<section class="front">
<h1 class="fwtitle">前　　言</h1>
{front}
</section>
<section class="main">
<h1 class="maintitle">{self.title}</h1>
{body}
</section>
</body></html>
"""
