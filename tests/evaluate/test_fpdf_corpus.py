"""corpus/fpdf's house style is what its pages show (the shared checks of every authored set are in
test_authored_sets.py): the standard number in the OUTER top corner and the folio in the outer bottom
corner, alternating right and left; a table the author continues as 续表N repeats its header rows; a wide
table set on a landscape page of its own; an annex set in two columns; an enterprise standard's boxed
header with 第 N 页 共 M 页 over every page after the cover; a diagonal header cell drawn as a line; and the
printer's line breaking keeps numbers whole and closing punctuation off a line start.  Dev-split documents
only; nothing here runs the extractor."""

from __future__ import annotations

import pytest
from corpora import FPDF, print_script

from std_extract.evaluate.gold import read_split


def _open(stem: str):
    import pdfplumber

    assert read_split(FPDF / "split.csv")[stem] == "dev", f"{stem} is not in the dev split"
    path = FPDF / f"{stem}.pdf"
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    return pdfplumber.open(path)


def _texts(stem: str) -> list[str]:
    with _open(stem) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def test_fpdf_number_and_folio_sit_in_the_outer_corners_alternating():
    with _open("fp_vermicelli_01") as pdf:
        sides = []
        for page in pdf.pages[1:]:
            words = page.extract_words()
            number = next(w for w in words if w["text"] == "GB" and w["top"] < 60)
            folio = max(words, key=lambda w: w["bottom"])
            sides.append((number["x0"] > page.width / 2, folio["x0"] > page.width / 2))
    # 前言 I (odd: right), body 1 (odd: right), 2 (even: left), 3 (odd: right)
    assert sides == [(True, True), (True, True), (False, False), (True, True)]


def test_fpdf_author_continued_table_repeats_its_two_header_rows_under_xubiao():
    pages = _texts("fp_vermicelli_01")
    assert "表3 微生物限量\n采样方案a及限量\n产品类别 项 目 检验方法\nn c m M\n" in pages[3]
    assert "续表3\n采样方案a及限量\n产品类别 项 目 检验方法\nn c m M\n" in pages[4]
    assert "续表" not in pages[3]


def test_fpdf_wide_table_is_set_on_a_landscape_page_between_portrait_pages():
    with _open("fp_sodiumsilicate_01") as pdf:
        shapes = [page.width > page.height for page in pdf.pages]
        landscape = pdf.pages[3].extract_text()
    assert shapes == [False, False, False, True, False]
    assert landscape.startswith("HG/T 5987—2026\n表1 工业硅酸钠的要求\n")


def test_fpdf_annex_is_set_in_two_columns():
    with _open("fp_sweetcorn_01") as pdf:
        page = pdf.pages[4]
        words = page.extract_words()
        starts = sorted({round(w["x0"]) for w in words if w["text"].startswith("A.")})
    assert len(starts) == 2 and starts[1] - starts[0] > 70  # A.1 … in the left column, A.6 … in the right


def test_fpdf_enterprise_standard_has_a_boxed_header_counting_physical_pages():
    pages = _texts("fp_snailnoodle_01")
    assert [p.splitlines()[0] for p in pages[1:]] == [
        f"Q/450200LXF 003—2026 预包装螺蛳粉 第 {n} 页 共 4 页" for n in (2, 3, 4)
    ]
    assert "第 1 页" not in pages[0]  # the cover has no header box
    assert "续表2\n组 分 项 目 指 标 检验方法\n" in pages[3]


def test_fpdf_diagonal_header_cell_is_a_drawn_line_between_its_two_words():
    with _open("fp_sweetcorn_01") as pdf:
        page = pdf.pages[2]
        words = {w["text"]: w for w in page.extract_words()}
        diagonals = [
            ln for ln in page.lines if abs(ln["x1"] - ln["x0"]) > 5 and abs(ln["top"] - ln["bottom"]) > 5
        ]
    assert len(diagonals) == 1
    line = diagonals[0]
    assert words["等级"]["x0"] > words["项目"]["x0"] and words["等级"]["top"] < words["项目"]["top"]
    assert line["x0"] <= words["项目"]["x0"] and line["x1"] >= words["等级"]["x1"]


@pytest.fixture(scope="module")
def painter():
    pytest.importorskip("fpdf", reason="the fpdf2 package is needed to draw")
    pytest.importorskip("std_extract_synth.authoring")
    with print_script("print_fpdf") as module:
        yield module


def test_fpdf_markup_runs_keep_value_labels_and_styles(painter):
    value = painter.Value("10<sup>4</sup>", {})
    value.label = 7
    assert painter.runs(["铅", value]) == [("铅", "", None), ("10", "", 7), ("4", "sup", 7)]
    assert painter.runs("a<br/>b") == [("a", "", None), ("", "br", None), ("b", "", None)]
    assert painter.runs("plain") == [("plain", "", None)]  # the twin: nothing to split


def test_fpdf_segments_draw_a_character_missing_from_the_heading_face_in_the_ming_face(painter):
    assert painter.segments("温度/℃", "hei") == [("温度/", "hei"), ("℃", "ming")]
    assert painter.segments("温度/℃", "ming") == [("温度/℃", "ming")]  # the twin: the Ming face has it
