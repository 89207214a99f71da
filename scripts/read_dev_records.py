"""Read the development documents with the std_extract on the path and keep its values, unlabelled.

    git worktree add --detach /tmp/old 32be180
    PYTHONPATH=/tmp/old/src python scripts/read_dev_records.py old32.jsonl
    python scripts/fit_confidence.py --reuse --extra old32.jsonl

An older extractor's values on the development documents are what scripts/fit_confidence.py
--extra adds to the fit: today's rules were written on those documents, so today's errors on them
are few, while an older extractor's errors there are of the kinds a product the rules have not met
produces.  This script uses only what every version since the dev/test splits has (load_corpus,
parse_pdf, process_document), so it runs against an old checkout; fit_confidence.py labels the rows
against today's gold and computes the evidence with today's confidence stage.  Only the DEV splits
of corpus/real-dev, ../shared/enterprise-dev, corpus/written, corpus/national, corpus/national-office,
corpus/typeset, corpus/typeset2, corpus/press, corpus/typst, corpus/weasy, corpus/fpdf, corpus/mupdf,
corpus/luatex, corpus/pdftex, corpus/docx and corpus/context are read (split.csv of THIS checkout; pass set
names after the output file to read only those).
"""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

from std_extract.evaluate.gold import load_corpus
from std_extract.parse import parse_pdf
from std_extract.parse.options import ParseOptions
from std_extract.pipeline import process_document

REPO = Path(__file__).resolve().parent.parent
SETS = {
    "real-dev": REPO / "corpus" / "real-dev",
    "enterprise-dev": REPO.parent / "shared" / "enterprise-dev",
    "written": REPO / "corpus" / "written",
    "national": REPO / "corpus" / "national",
    "national-office": REPO / "corpus" / "national-office",
    "typeset": REPO / "corpus" / "typeset",
    "typeset2": REPO / "corpus" / "typeset2",
    "press": REPO / "corpus" / "press",
    "typst": REPO / "corpus" / "typst",
    "weasy": REPO / "corpus" / "weasy",
    "fpdf": REPO / "corpus" / "fpdf",
    "mupdf": REPO / "corpus" / "mupdf",
    "luatex": REPO / "corpus" / "luatex",
    "pdftex": REPO / "corpus" / "pdftex",
    "docx": REPO / "corpus" / "docx",
    "context": REPO / "corpus" / "context",
}
# The confidence stage's test of a page's text layer (extract/confidence.py _SUSPECT and
# [limits].suspect_share), repeated because an old checkout may lack it.
_SUSPECT = re.compile(r"[\ufffd\ue000-\uf8ff\u2e80-\u2eff\u2f00-\u2fdf\x00-\x08\x0b-\x1f]")
SUSPECT_SHARE = 0.005


def suspect(text: str) -> bool:
    visible = sum(1 for ch in text if not ch.isspace())
    return visible > 0 and len(_SUSPECT.findall(text)) / visible > SUSPECT_SHARE


def dev_products(name: str) -> dict[str, str]:
    with (REPO / "corpus" / name / "split.csv").open(encoding="utf-8") as handle:
        return {row["stem"]: row["product"] for row in csv.DictReader(handle) if row["split"] == "dev"}


def rows(name: str, folder: Path):
    products = dev_products(name)
    for entry in load_corpus(folder):
        stem = entry.gold_path.name.removesuffix(".gold.json")
        if entry.pdf_path is None or stem not in products:
            continue
        pages = entry.gold.page_numbers  # a long document's gold covers a sample of its pages
        document = parse_pdf(entry.pdf_path, ParseOptions(pages=pages) if pages else None)
        record = process_document(document, classify=False)
        print(f"{name} {stem}: {len(record.indicators)} values", file=sys.stderr, flush=True)
        yield {
            "set": name,
            "stem": stem,
            "product": products[stem],
            "gold": len(entry.gold.indicators),
            "fallback_pages": [p.number for p in document.pages if getattr(p, "fallback", False)],
            "suspect_pages": [p.number for p in document.pages if suspect(p.text)],
            "clauses": {c.number: c.title for c in document.iter_clauses() if c.number},
            "title": document.metadata.title,
            "kind": getattr(document.metadata, "kind", None),
            "values": [i.model_dump(mode="json") for i in record.indicators],
        }


def main() -> None:
    out, only = Path(sys.argv[1]), set(sys.argv[2:]) or set(SETS)
    with out.open("w", encoding="utf-8") as handle:
        for name, folder in SETS.items():
            if folder.is_dir() and name in only:
                for row in rows(name, folder):
                    handle.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
