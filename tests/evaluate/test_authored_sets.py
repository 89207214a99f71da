"""The typeset hand-written sets (corpus/typeset, corpus/typeset2, corpus/press by XeLaTeX; corpus/typst by
Typst; corpus/weasy by WeasyPrint; corpus/fpdf drawn with fpdf2; corpus/mupdf by MuPDF's HTML engine;
corpus/pdftex by pdfLaTeX with the CJK package; corpus/docx written as .docx and printed by LibreOffice;
corpus/context by ConTeXt MkIV; corpus/chromium as HTML printed by headless Chromium;
corpus/fop as XSL-FO by Apache FOP) are
whole and
their gold is what the PDFs print: every gold file loads with the evaluator's own model, names a PDF
beside it whose sha256 it records, sits in exactly one split of split.csv (six and six, one source each),
every gold page exists, every page of every PDF has a text layer, and every number of every record is
printed on its page in pdfplumber's text layer (std_extract.evaluate.goldcheck; no TeX or Typst needed), a
check shown to fail on a wrong value and a wrong page.  Where XeLaTeX (or the typst package and the set's
fonts) is installed, a reprint from the sources gives the committed PDFs byte for byte.
Nothing here runs the extractor.  What is particular to one set (its house style, its continued tables)
is tested in that set's own module."""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from corpora import (
    CHROMIUM,
    CONTEXT,
    DOCX,
    FOP,
    FPDF,
    LUATEX,
    MUPDF,
    PDFTEX,
    PRESS,
    REPO,
    TYPESET,
    TYPESET2,
    TYPST,
    WEASY,
)

from std_extract.digest import file_sha256
from std_extract.evaluate.gold import Gold, find_gold_files, load_entry, read_split
from std_extract.evaluate.goldcheck import check_gold_file

# set folder, the stem prefix of its sources
SETS = {
    "typeset": (TYPESET, "ts_"),
    "typeset2": (TYPESET2, "ts2_"),
    "press": (PRESS, "pr_"),
    "typst": (TYPST, "ty_"),
    "weasy": (WEASY, "wp_"),
    "fpdf": (FPDF, "fp_"),
    "mupdf": (MUPDF, "mu_"),
    "pdftex": (PDFTEX, "pt_"),
    "luatex": (LUATEX, "lu_"),
    "docx": (DOCX, "wd_"),
    "context": (CONTEXT, "cx_"),
    "chromium": (CHROMIUM, "cr_"),
    "fop": (FOP, "fo_"),
}
GOLD_FILES = [
    pytest.param(
        folder, path.name.removesuffix(".gold.json"), id=f"{name}/{path.name.removesuffix('.gold.json')}"
    )
    for name, (folder, _) in SETS.items()
    for path in sorted(folder.glob("*.gold.json"))
]


def _entries(folder: Path):
    paths = find_gold_files(folder)
    if not paths:
        pytest.skip(f"no gold files in {folder}")
    return [load_entry(path) for path in paths]


@pytest.mark.parametrize("name", SETS)
def test_authored_set_every_gold_has_its_pdf_unchanged(name):
    folder, _ = SETS[name]
    entries = _entries(folder)
    assert len(entries) == 12
    assert [e.skip_reason for e in entries if e.skip_reason] == []
    assert all(e.pdf_path is not None and e.pdf_path.parent == folder for e in entries)


@pytest.mark.parametrize("name", SETS)
def test_authored_set_split_covers_every_stem_six_and_six(name):
    folder, prefix = SETS[name]
    stems = sorted(e.stem for e in _entries(folder))
    split = read_split(folder / "split.csv")
    assert sorted(split) == stems
    halves = list(split.values())
    assert halves.count("dev") == halves.count("test") == 6
    assert sorted(p.stem for p in (folder / "src" / "docs").glob(f"{prefix}*.py")) == stems


@pytest.mark.parametrize(("folder", "stem"), GOLD_FILES)
def test_authored_set_gold_validates_and_its_pages_exist(folder, stem):
    """The gold validates against the gold format (the evaluator's Gold model), its sha256 is the PDF's,
    and every record's page is a page of the PDF."""
    import pdfplumber

    data = json.loads((folder / f"{stem}.gold.json").read_text(encoding="utf-8"))
    assert Gold.model_validate(data).indicators
    assert data["file"] == f"{stem}.pdf"
    assert data["sha256"] == file_sha256(folder / f"{stem}.pdf")
    with pdfplumber.open(folder / f"{stem}.pdf") as pdf:
        pages = len(pdf.pages)
    assert all(1 <= record["page"] <= pages for record in data["indicators"])


@pytest.mark.parametrize(("folder", "stem"), GOLD_FILES)
def test_authored_set_every_page_has_a_text_layer(folder, stem):
    """No page is an image only: every page of the PDF gives text to pdfplumber."""
    import pdfplumber

    with pdfplumber.open(folder / f"{stem}.pdf") as pdf:
        empty = [n for n, page in enumerate(pdf.pages, 1) if not (page.extract_text() or "").strip()]
    assert empty == []


@pytest.mark.parametrize(("folder", "stem"), GOLD_FILES)
def test_authored_set_every_gold_number_is_printed_on_its_page(folder, stem):
    problems = check_gold_file(folder / f"{stem}.gold.json", require_printed=True, require_sha256=True)
    assert [str(p) for p in problems] == []


@pytest.mark.parametrize(
    ("folder", "stem", "wrong"),
    [
        (TYPESET, "ts_hclmethod_01", 0.99),  # ≥0.999 does not print 0.99
        (TYPESET2, "ts2_waterheater_01", 56.0),  # ≥55 does not print 56
        (PRESS, "pr_fan_01", 14.0),  # ≥13 does not print 14
        (TYPST, "ty_phosphate_01", 99.0),  # ≥98.0 does not print 99
        (WEASY, "wp_dehumidifier_01", 96.0),  # ９５％ does not print 96
        (FPDF, "fp_toiletseat_01", 260.0),  # 250～1 000 does not print 260
        (MUPDF, "mu_downquilt_01", 61.0),  # a worded requirement prints no 61; "≥90" is not on the cover
        (PDFTEX, "pt_sodaash_01", 99.0),  # 99.4 does not print 99.0
        (LUATEX, "lu_superplasticizer_01", 26.0),  # a 25 merged over three types does not print 26
        (DOCX, "wd_housekeeping_01", 31.0),  # 不少于30 m² does not print 31
        (CONTEXT, "cx_socks_01", 76.0),  # a fibre content of 75 does not print 76
        (CHROMIUM, "cr_pillow_01", 4.0),  # a −3.0 lower bound does not print 4
        (FOP, "fo_hairdryer_01", 9.0),  # an air speed of 8.0 does not print 9
    ],
)
def test_authored_set_check_catches_a_wrong_value_and_a_wrong_page(folder, stem, wrong, tmp_path):
    """The check is not vacuous on these files: a gold number its value does not print, or a page the
    value is not on (the cover), fails."""
    (tmp_path / "src" / "printed").mkdir(parents=True)
    for name in (f"{stem}.pdf", f"{stem}.gold.json", f"src/printed/{stem}.json"):
        shutil.copy(folder / name, tmp_path / name)
    gold = tmp_path / f"{stem}.gold.json"
    assert check_gold_file(gold, require_printed=True) == []
    printed_path = tmp_path / "src" / "printed" / f"{stem}.json"
    printed = json.loads(printed_path.read_text(encoding="utf-8"))
    printed[0]["records"][0]["value"] = wrong
    printed[1]["page"] = 1
    printed_path.write_text(json.dumps(printed, ensure_ascii=False), encoding="utf-8")
    problems = [str(p) for p in check_gold_file(gold, require_printed=True)]
    assert any(f"{wrong:g}" in p for p in problems), problems
    assert any(p.startswith(f"{stem} p1") for p in problems), problems


def _forget_documents() -> None:
    # every hand-written set names its document package docs and its kit kit
    for name in [n for n in sys.modules if n in ("docs", "kit") or n.startswith("docs.")]:
        del sys.modules[name]


@pytest.fixture(
    scope="module",
    params=[
        ("print_typeset", "typeset2"),
        ("print_press", None),
        ("print_typst", None),
        ("print_weasy", None),
        ("print_fpdf", None),
        ("print_pdftex", None),
        ("print_docx", None),
        ("print_context", None),
        ("print_chromium", None),
        ("print_fop", None),
    ],
    ids=str,
)
def printer(request):
    """A print script pointed at its set, loaded fresh (the set's kit and documents forgotten after)."""
    script, set_name = request.param
    if script == "print_typst":
        pytest.importorskip("typst", reason="the typst package is needed to reprint corpus/typst")
        fonts = ("arphic-gbsn00lp", "droid", "arphic-gkai00mp")
        if not all((Path("/usr/share/fonts/truetype") / name).is_dir() for name in fonts):
            pytest.skip("the Debian fonts of corpus/typst are needed to reprint it")
    elif script == "print_weasy":
        pytest.importorskip("weasyprint", reason="the weasyprint package is needed to reprint corpus/weasy")
        fonts = ("opentype/noto/NotoSansCJK-Regular.ttc", "truetype/arphic/ukai.ttc")
        if not all((Path("/usr/share/fonts") / name).is_file() for name in fonts):
            pytest.skip("the Debian fonts of corpus/weasy are needed to reprint it")
    elif script == "print_fpdf":
        pytest.importorskip("fpdf", reason="the fpdf2 package is needed to redraw corpus/fpdf")
        fonts = ("hanazono/HanaMinA.ttf", "wqy/wqy-microhei.ttc", "lxgw-wenkai/LXGWWenKai-Regular.ttf")
        if not all((Path("/usr/share/fonts/truetype") / name).is_file() for name in fonts):
            pytest.skip("the Debian fonts of corpus/fpdf are needed to redraw it")
    elif script == "print_pdftex":
        if not shutil.which("pdflatex") or not shutil.which("kpsewhich"):
            pytest.skip("pdfLaTeX is needed to reprint corpus/pdftex")
        found = subprocess.run(["kpsewhich", "c70gbsn.fd", "gbsnu4e.pfb", "gkaiu4e.pfb"], capture_output=True)
        if len(found.stdout.split()) < 3:
            pytest.skip("the CJK package and its Arphic Type1 fonts are needed to reprint corpus/pdftex")
    elif script == "print_docx":
        pytest.importorskip("docx", reason="python-docx is needed to reprint corpus/docx")
        if not (shutil.which("soffice") or shutil.which("libreoffice")):
            pytest.skip("LibreOffice Writer is needed to reprint corpus/docx")
        fonts = ("NotoSerifCJK-Regular.ttc", "NotoSansCJK-Regular.ttc", "NotoSansCJK-Bold.ttc")
        if not all((Path("/usr/share/fonts/opentype/noto") / name).is_file() for name in fonts):
            pytest.skip("the Noto CJK faces (fonts-noto-cjk) are needed to reprint corpus/docx")
    elif script == "print_context":
        if not shutil.which("context") or not shutil.which("mtxrun"):
            pytest.skip("ConTeXt is needed to reprint corpus/context")
        fonts = (
            "opentype/noto/NotoSerifCJK-Regular.ttc",
            "opentype/noto/NotoSansCJK-Bold.ttc",
            "truetype/arphic/ukai.ttc",
        )
        if not all((Path("/usr/share/fonts") / name).is_file() for name in fonts):
            pytest.skip("the Debian fonts of corpus/context are needed to reprint it")
    elif script == "print_chromium":
        if not Path("/usr/bin/chromium").is_file() and not shutil.which("chromium"):
            pytest.skip("Chromium is needed to reprint corpus/chromium")
        fonts = (
            "opentype/noto/NotoSerifCJK-Regular.ttc",
            "opentype/noto/NotoSansCJK-Regular.ttc",
            "truetype/wqy/wqy-microhei.ttc",
            "truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf",
            "truetype/arphic/uming.ttc",
        )
        if not all((Path("/usr/share/fonts") / name).is_file() for name in fonts):
            pytest.skip("the Debian fonts of corpus/chromium are needed to reprint it")
    elif script == "print_fop":
        if not shutil.which("fop") or not shutil.which("java"):
            pytest.skip("Apache FOP is needed to reprint corpus/fop")
        fonts = (
            "truetype/arphic/uming.ttc",
            "truetype/arphic/ukai.ttc",
            "truetype/wqy/wqy-zenhei.ttc",
            "truetype/dejavu/DejaVuSerif.ttf",
        )
        if not all((Path("/usr/share/fonts") / name).is_file() for name in fonts):
            pytest.skip("the Debian fonts of corpus/fop are needed to reprint it")
    elif not shutil.which("xelatex"):
        pytest.skip("XeLaTeX is needed to reprint")
    pytest.importorskip("std_extract_synth.authoring")
    path = sys.path[:]
    sys.path.insert(0, str(REPO / "scripts"))
    _forget_documents()
    spec = importlib.util.spec_from_file_location(script, REPO / "scripts" / f"{script}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if set_name:
        module._choose_set(["--set", set_name])
    try:
        yield module
    finally:
        sys.path[:] = path
        _forget_documents()


REPRINTED = {
    "print_typeset": (TYPESET2, ["ts2_towel_01", "ts2_mealreplace_01", "ts2_coolant_01"]),
    "print_press": (PRESS, ["pr_alumsulfate_01", "pr_fan_01", "pr_applianceservice_01"]),
    "print_typst": (TYPST, ["ty_noodle_01", "ty_phosphate_01", "ty_salon_01"]),
    "print_weasy": (WEASY, ["wp_wolfberry_01", "wp_jeans_01", "wp_facemask_01"]),
    "print_fpdf": (FPDF, ["fp_vermicelli_01", "fp_sodiumsilicate_01", "fp_snailnoodle_01"]),
    "print_pdftex": (PDFTEX, ["pt_sodaash_01", "pt_microwave_01", "pt_feedlabel_01"]),
    "print_docx": (DOCX, ["wd_greentea_01", "wd_tableware_01", "wd_housekeeping_01"]),
    "print_context": (CONTEXT, ["cx_pump_01", "cx_homestay_01", "cx_seaweed_01"]),
    "print_chromium": (CHROMIUM, ["cr_sesame_01", "cr_pillow_01", "cr_gym_01"]),
    "print_fop": (FOP, ["fo_salt_01", "fo_suit_01", "fo_airammonia_01"]),
}


def test_authored_set_reprints_byte_identical(printer, tmp_path):
    """A reprint from the sources (XeLaTeX: SOURCE_DATE_EPOCH, three passes; Typst: no date; WeasyPrint: no
    date, a fixed identifier; fpdf2: the creation date fixed from the issue date; pdfLaTeX: SOURCE_DATE_EPOCH,
    no dates, an empty trailer identifier; LibreOffice: one run per document, the dates and identifier
    overwritten with constants; ConTeXt: its time stamps fixed in Lua, the identifier hashed from the stem, no
    XMP packet; Chromium: the print time overwritten with a fixed date of the same length; FOP: the XMP
    packet's dates fixed in the FO, the clock's MetadataDate and the /ID overwritten with same-length
    constants) gives the committed PDFs byte for byte, and every value label lands on the page the gold
    records."""
    import printkit

    folder, stems = REPRINTED[printer.__name__]
    for stem in stems:
        doc = printkit.load_document(printer.SOURCES, stem)
        (tmp_path / stem).mkdir()
        pdf, pages = printer.typeset(doc, tmp_path / stem)
        assert pdf.read_bytes() == (folder / f"{stem}.pdf").read_bytes(), stem
        gold = json.loads((folder / f"src/printed/{stem}.json").read_text(encoding="utf-8"))
        assert [e["page"] for e in gold] == [pages[f"v{v.label}"] for v in doc.values], stem


@pytest.mark.parametrize(
    "folder", [TYPST, WEASY, FPDF, DOCX, CHROMIUM], ids=["typst", "weasy", "fpdf", "docx", "chromium"]
)
def test_a_marking_kit_refuses_a_value_in_a_repeated_header_row(folder):
    """The kits whose printers repeat a table's header rows on every page refuse a value there (it
    would be printed, and marked, twice)."""
    pytest.importorskip("std_extract_synth.authoring")
    sys.path.insert(0, str(folder / "src"))
    try:
        sys.modules.pop("kit", None)
        import kit

        doc = kit.Doc(
            stem="x",
            category="x",
            code=None,
            kind="GB",
            number="GB 1—2026",
            title=["x"],
            issuers=["x"],
            issued="2026-01-01",
            effective="2026-01-02",
        )
        with pytest.raises(ValueError):
            doc.table("1", "x", [["项目", kit.V("1", kit.R("x", "<=", 1.0))], ["a", "b"]])
        doc.table("1", "x", [["项目", "指标"], ["a", kit.V("1", kit.R("x", "<=", 1.0))]])  # the twin
        assert len(doc.values) == 1
    finally:
        sys.path.remove(str(folder / "src"))
        sys.modules.pop("kit", None)
