"""Print the written set (corpus/written/src/*.html) to PDF with Chromium and write its gold.

    python scripts/print_written.py              # every document
    python scripts/print_written.py wr_kettle_01  # some documents
    python scripts/print_written.py --check      # only check the committed PDFs against their gold

Each document is printed as a word processor would export it: the cover without running header
or page number, the 前言 with a roman page number, the body with the standard's number as running
header and arabic page numbers; the three parts are merged into one PDF (PDFium).

The gold is read from the HTML (``data-g`` records on the elements that print values,
``#gold-head`` for the cover, class and category; see corpus/written/src/author.py).  The page of
each record comes from a probe print of the same layout in which every annotated element is a
link: the link annotations say on which page each element landed.  The gold file, the
printed-elements file and the command line are the three hand-written sets' shared ones
(std_extract_synth.authoring, scripts/printkit.py); the check (std_extract.evaluate.goldcheck)
then confirms, from pdfplumber's text layer alone, that every number of every record is printed on
its page; it never runs the extractor.
"""

from __future__ import annotations

import io
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pdfplumber
import printkit
import pypdfium2 as pdfium
from playwright.sync_api import sync_playwright

from std_extract_synth.authoring import write_document_gold

REPO = Path(__file__).resolve().parent.parent
WRITTEN = REPO / "corpus" / "written"
SOURCES = WRITTEN / "src"
PARTS = ("cover", "front", "main")
CHROMIUM = "/usr/bin/chromium"  # Debian's chromium (scripts/setup-test-env.sh), as the tests use
SHOW_ONLY = ".cover, .front, .main {{ display: none !important; }} .{part} {{ display: block !important; }}"
HEADER = (
    '<div style="width:100%;margin:0 20mm 0 25mm;font-size:9pt;text-align:right;'
    'font-family:WenQuanYi Zen Hei;border-bottom:0.6pt solid #000;padding-bottom:1mm">{number}</div>'
)
FOOTER = '<div style="width:100%;font-size:9pt;text-align:center;font-family:WenQuanYi Zen Hei">{page}</div>'
EMPTY = "<div></div>"
LINKS_JS = """() => {
  const els = Array.from(document.querySelectorAll('.g'));
  els.forEach((el, i) => {
    const a = document.createElement('a');
    a.href = 'https://gold.invalid/' + i;
    a.style.color = 'inherit'; a.style.textDecoration = 'none';
    el.parentNode.insertBefore(a, el); a.appendChild(el);
  });
  return els.length;
}"""
RECORDS_JS = """() => Array.from(document.querySelectorAll('.g')).map(el => {
  const c = el.cloneNode(true);
  c.querySelectorAll('sup').forEach(s => { s.textContent = '^' + s.textContent; });
  const also = el.dataset.also ? '|' + el.dataset.also : '';
  return {records: JSON.parse(el.dataset.g), text: c.textContent + also};
})"""


def _pdf(page, part: str, number: str) -> bytes:
    page.add_style_tag(content=SHOW_ONLY.format(part=part))
    options: dict = {"prefer_css_page_size": True, "print_background": True}
    if part != "cover":
        options.update(
            display_header_footer=True,
            header_template=HEADER.format(number=number) if part == "main" else EMPTY,
            footer_template=FOOTER.format(
                page="Ⅰ" if part == "front" else '<span class="pageNumber"></span>'
            ),
        )
    return page.pdf(**options)


def _print_parts(browser, html: Path, probe: bool) -> list[bytes]:
    parts = []
    for part in PARTS:
        page = browser.new_page()
        page.goto(html.as_uri())
        page.evaluate("document.fonts.ready")
        if probe:
            page.evaluate(LINKS_JS)
        number = page.get_attribute('meta[name="running-header"]', "content") or ""
        parts.append(_pdf(page, part, number))
        page.close()
    return parts


def _merge(parts: list[bytes], out: Path) -> None:
    merged = pdfium.PdfDocument.new()
    for data in parts:
        merged.import_pages(pdfium.PdfDocument(data))
    merged.save(out)


def _link_pages(parts: list[bytes]) -> dict[int, int]:
    """Annotated element index -> first 1-based page of the merged document it is printed on."""
    pages: dict[int, int] = {}
    offset = 0
    for data in parts:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for number, page in enumerate(pdf.pages, start=offset + 1):
                for link in page.hyperlinks:
                    match = re.search(r"gold\.invalid/(\d+)", link.get("uri") or "")
                    if match:
                        pages.setdefault(int(match[1]), number)
            offset += len(pdf.pages)
    return pages


def print_document(browser, html: Path) -> Path:
    stem = html.stem
    probe = _print_parts(browser, html, probe=True)
    final = _print_parts(browser, html, probe=False)
    pdf = WRITTEN / f"{stem}.pdf"
    _merge(final, pdf)
    pages = _link_pages(probe)
    page = browser.new_page()
    page.goto(html.as_uri())
    elements = page.evaluate(RECORDS_JS)
    head = json.loads(
        page.inner_text("#gold-head") or page.evaluate("document.getElementById('gold-head').text")
    )
    page.close()
    printed = []
    for index, element in enumerate(elements):
        if index not in pages:
            raise SystemExit(
                f"{html.name}: annotated element {index} ({element['text']!r}) printed on no page"
            )
        printed.append({"text": element["text"], "page": pages[index], "records": element["records"]})
    write_document_gold(WRITTEN, pdf, head, printed)
    return pdf


def print_documents(stems: list[str]) -> Iterator[Path]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        for stem in stems:
            yield print_document(browser, SOURCES / f"{stem}.html")
        browser.close()


def main() -> int:
    stems = sorted(html.stem for html in SOURCES.glob("*.html"))
    return printkit.main(__doc__.splitlines()[0], WRITTEN, stems, print_documents)


if __name__ == "__main__":
    sys.exit(main())
