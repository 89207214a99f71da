"""What the print scripts of the hand-written sets share: loading a set's document modules and the
command line (print some or all documents, then check them; ``--check`` only checks).

The authoring model and the gold they write are std_extract_synth.authoring; the check is
std_extract.evaluate.goldcheck.  Each script keeps its own typesetter: scripts/print_national.py
(ReportLab), scripts/print_national_office.py (python-docx and LibreOffice), scripts/print_written.py
(HTML and Chromium), scripts/print_typst.py (Typst), scripts/print_weasy.py (WeasyPrint) and
scripts/print_fpdf.py (drawn with fpdf2); the last three mark every value in the typeset document and read
its page back (:func:`print_marked`).
"""

from __future__ import annotations

import argparse
import html
import importlib
import re
import shutil
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from std_extract.evaluate.goldcheck import check_gold_folder

REPO = Path(__file__).resolve().parent.parent


MARKUP_TAG = re.compile(r"<(/?)(sup|sub|b|br)\s*/?>")


def html_markup(text: str) -> str:
    """HTML for an authoring ``text``: its <sup>, <sub>, <b> and <br/> kept, every other character
    escaped (the HTML print routes: corpus/weasy, corpus/mupdf)."""
    out = []
    pos = 0
    depth: list[str] = []
    for match in MARKUP_TAG.finditer(text):
        out.append(html.escape(text[pos : match.start()], quote=False))
        closing, tag = match.group(1), match.group(2)
        if tag == "br":
            out.append("<br/>")
        elif not closing:
            depth.append(tag)
            out.append(f"<{tag}>")
        else:
            if not depth or depth.pop() != tag:
                raise ValueError(f"unbalanced markup in {text!r}")
            out.append(f"</{tag}>")
        pos = match.end()
    out.append(html.escape(text[pos:], quote=False))
    if depth:
        raise ValueError(f"unclosed markup in {text!r}")
    return "".join(out)


def document_stems(sources: Path, prefix: str) -> list[str]:
    """The stems of a set's document modules, ``<sources>/docs/<prefix>*.py``."""
    return sorted(p.stem for p in (sources / "docs").glob(f"{prefix}*.py"))


def load_document(sources: Path, stem: str) -> Any:
    """The document that ``<sources>/docs/<stem>.py`` builds (its kit is imported from ``sources``)."""
    if str(sources) not in sys.path:
        sys.path.insert(0, str(sources))
    doc = importlib.import_module(f"docs.{stem}").build()
    if doc.stem != stem:
        raise SystemExit(f"{sources / 'docs' / stem}.py builds a document named {doc.stem!r}")
    return doc


Typesetter = Callable[[Any, Path], tuple[Path, dict[str, int]]]  # (doc, folder) -> (PDF, mark -> page)


def print_marked(sources: Path, set_dir: Path, stems: list[str], typeset: Typesetter) -> Iterator[Path]:
    """Print each document with ``typeset(doc, folder)``, which writes the PDF into ``folder`` and
    returns it with the page of every mark (a value's mark is ``v<label>``), copy the PDF into the set
    and write its gold from those pages; yields each PDF written."""
    import tempfile

    from std_extract_synth.authoring import value_element, write_document_gold

    for stem in stems:
        doc = load_document(sources, stem)
        with tempfile.TemporaryDirectory() as tmp:
            pdf, pages = typeset(doc, Path(tmp))
            target = set_dir / f"{stem}.pdf"
            target.write_bytes(pdf.read_bytes())
        elements = []
        for value in doc.values:
            page = pages.get(f"v{value.label}")
            if page is None:
                raise SystemExit(f"{stem}: value {value.text!r} has no mark in the typeset document")
            elements.append(value_element(value, page))
        write_document_gold(set_dir, target, {**doc.gold_head(), "pages": None}, elements)
        yield target


def main(
    description: str, set_dir: Path, stems: list[str], print_all: Callable[[list[str]], Iterable[Path]]
) -> int:
    """Print the chosen documents (``print_all`` yields each PDF it wrote), then check the gold of
    every chosen document against its PDF; exit status 1 when a problem is found."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("stems", nargs="*")
    parser.add_argument("--check", action="store_true", help="only check the committed PDFs and gold")
    args = parser.parse_args()
    chosen = [s for s in stems if not args.stems or s in args.stems]
    if not args.check:
        for pdf in print_all(chosen):
            print(f"{pdf.relative_to(REPO)} {pdf.stat().st_size // 1024} KB")
    problems = check_gold_folder(set_dir, stems=chosen, require_printed=True, require_sha256=True)
    print(
        "\n".join(map(str, problems))
        or f"checked {len(chosen)} documents: every number is printed on its page"
    )
    return 1 if problems else 0


def soffice() -> str:
    """The LibreOffice program that prints the Word-document sets (national-office, docx)."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if not found:
        raise SystemExit("LibreOffice is needed to print (apt-get install -y libreoffice-writer)")
    return found


def destination_pages(pdf_path: Path) -> dict[str, int]:
    """Named destination -> 1-based page, from the PDF's /Dests dictionary (the bookmark a word
    processor writes at each value)."""
    import pdfplumber
    from pdfminer.pdftypes import resolve1

    with pdfplumber.open(pdf_path) as pdf:
        page_of = {page.page_obj.pageid: page.page_number for page in pdf.pages}
        dests = resolve1(pdf.doc.catalog.get("Dests")) or {}
        result = {}
        for name, dest in dests.items():
            dest = resolve1(dest)
            if isinstance(dest, dict):
                dest = resolve1(dest["D"])
            result[name] = page_of[dest[0].objid]
    return result
