"""Body lines -> clause tree: numbered headings in sequence, front matter, annexes; TOC lines,
table rows, cross-references and list items are not headings."""

from __future__ import annotations

from std_extract.parse.clauses import lines_to_clauses

from .builders import page


def _outline(clauses) -> list[tuple]:
    return [(c.number, c.title, c.kind, c.level) for root in clauses for c in root.walk()]


def test_clauses_numbered_tree_with_text_and_pages():
    pages = [
        page(2, [("前 言", 80, 270), ("本标准代替GB 19645-2005。", 110, 92)]),
        page(3, [
            ("食品安全国家标准 巴氏杀菌乳", 80, 200),  # the body starts with the title
            ("1 范围", 110), ("本标准适用于巴氏杀菌乳。", 130, 92),
            ("2 技术要求", 160), ("2.1 原料要求：生乳应符合GB 19301的要求。", 180),
            ("2.2 感官要求", 200), ("2.2.1 色泽应为乳白色。", 220), ("2.2.2 无异味。", 240),
        ]),
        page(4, [("续写2.2.2的文字。", 80, 92), ("3 其他", 110), ("3.1 应标示“鲜牛奶”。", 130)]),
    ]  # fmt: skip
    clauses = lines_to_clauses(pages, title="食品安全国家标准 巴氏杀菌乳")
    assert _outline(clauses) == [
        (None, "前 言", "foreword", 1),
        ("1", "范围", "chapter", 1),
        ("2", "技术要求", "chapter", 1),
        ("2.1", "原料要求", "clause", 2),
        ("2.2", "感官要求", "clause", 2),
        ("2.2.1", "", "clause", 3),
        ("2.2.2", "", "clause", 3),
        ("3", "其他", "chapter", 1),
        ("3.1", "", "clause", 2),
    ]
    foreword, scope, requirements = clauses[0], clauses[1], clauses[2]
    assert foreword.text == "本标准代替GB 19645-2005。"  # the body title is not foreword text
    assert scope.text == "本标准适用于巴氏杀菌乳。"
    assert requirements.children[0].text == "生乳应符合GB 19301的要求。"
    last = requirements.children[1].children[1]
    assert last.text == "无异味。\n续写2.2.2的文字。"
    assert (last.page_start, last.page_end) == (3, 4)
    assert (requirements.page_start, requirements.page_end) == (3, 4)
    assert last.line_refs == [(3, 7), (4, 0)]


def test_clauses_toc_entries_are_not_headings():
    pages = [
        page(2, [("目 次", 80, 270), ("前言..................II", 110), ("1 范围....................1", 130),
                 ("2 要求····················2", 150), ("附录A （规范性附录） 检验方法 ......5", 170)]),
        page(3, [("前 言", 80, 270), ("本标准按照GB/T 1.1给出的规则起草。", 110, 92)]),
        page(4, [("1 范围", 80), ("本标准规定了……", 100, 92)]),
    ]  # fmt: skip
    assert _outline(lines_to_clauses(pages)) == [
        (None, "目 次", "toc", 1), (None, "前 言", "foreword", 1), ("1", "范围", "chapter", 1),
    ]  # fmt: skip


def test_clauses_numbers_must_follow_in_sequence():
    pages = [page(3, [
        ("1 范围", 80), ("本标准适用于大米。", 100, 92),
        ("2 要求", 120),
        ("2.1 水分含量不大于15.5%。", 140),
        ("3.5 g 样品加入水中", 160),  # a wrapped line starting with a quantity
        ("7.3 规定的方法执行。", 180),  # a cross-reference, not clause 7.3 in chapter 2
        ("10 种农药的测定", 200),  # a count at the start of a line, not chapter 10
        ("2.3 不能跳过2.2太远", 220),  # 2.3 after 2.1: one skipped number is allowed
        ("2.9 跳得太远", 240),
        ("3 检验方法", 260),
    ])]  # fmt: skip
    numbers = [n for n, *_ in _outline(lines_to_clauses(pages))]
    assert numbers == ["1", "2", "2.1", "2.3", "3"]


def test_clauses_wrapped_reference_is_not_a_heading():
    # "……按照" runs to the right margin, so "7.3.3 a）步骤进行。" continues it (HJ 1025).
    long = "如需净化，将提取液浓缩至5.0 ml～10.0 ml，按照"
    pages = [page(8, [
        ("1 样品", 60), ("1.1 试样的制备", 80), ("1.1.1 提取", 100), ("1.1.2 浓缩", 120),
        ("用浓缩装置将提取液浓缩、用甲醇定容至5.0 ml～10", 140, 93), (long, 160, 72),
        ("1.1.3 a）步骤进行。", 180), ("1.1.3 净化", 200),
    ])]  # fmt: skip
    page_ = pages[0]
    right = max(ln.bbox[2] for ln in page_.lines)
    assert page_.lines[5].bbox[2] == right  # the wrapped line reaches the margin
    titles = {c.number: c.title for root in lines_to_clauses(pages) for c in root.walk()}
    assert titles["1.1.3"] == "净化"


def test_clauses_list_items_and_table_rows_are_not_headings():
    table_box = (60.0, 195.0, 540.0, 260.0)
    pages = [page(5, [
        ("1 范围", 60), ("2 规范性引用文件", 70), ("3 鉴别标准", 80), ("按照下列规定：", 100, 92),
        ("1) 第一项；", 120, 92), ("a) 第二项；", 140, 92),
        ("1 铜（以总铜计） 100 附录A", 200), ("2 锌（以总锌计） 100 附录A", 220),  # rows of a table
        ("4 实验方法", 280),
    ])]  # fmt: skip
    clauses = lines_to_clauses(pages, {5: [table_box]})
    assert [c.number for root in clauses for c in root.walk()] == ["1", "2", "3", "4"]
    assert "1 铜" not in clauses[2].text  # table lines are the table's, not the clause's


def test_clauses_annexes_and_annex_clauses():
    pages = [
        page(6, [("1 范围", 80), ("2 包装", 100)]),
        page(7, [
            ("附 录 A", 80, 270), ("（规范性附录）", 100, 250), ("检验方法", 120, 265),
            ("A.1 原理", 150), ("A.1.1 本方法用于测定水分。", 170), ("A.2 试剂", 190),
            ("附录B （资料性附录） 精密度数据", 230, 200), ("B.1 实验室间精密度。", 260),
        ]),
    ]  # fmt: skip
    outline = _outline(lines_to_clauses(pages))
    assert outline[2:] == [
        ("A", "检验方法", "annex", 1), ("A.1", "原理", "annex_clause", 2),
        ("A.1.1", "", "annex_clause", 3), ("A.2", "试剂", "annex_clause", 2),
        ("B", "精密度数据", "annex", 1), ("B.1", "", "annex_clause", 2),
    ]  # fmt: skip
    annexes = [c for c in lines_to_clauses(pages) if c.kind == "annex"]
    # （规范性附录） on a line of its own, （资料性附录） on the heading line
    assert [(c.number, c.normative) for c in annexes] == [("A", True), ("B", False)]


def test_clauses_term_number_alone_takes_the_next_line_as_title():
    pages = [
        page(
            4,
            [
                ("1 术语和定义", 80),
                ("1.1", 100),
                ("射阳大米 sheyang rice", 120),
                ("在……范围内加工的大米。", 140, 92),
            ],
        )
    ]
    [terms] = lines_to_clauses(pages)
    assert (terms.children[0].number, terms.children[0].title) == ("1.1", "射阳大米 sheyang rice")
    assert terms.children[0].text == "在……范围内加工的大米。"


def test_clauses_full_width_numbers():
    pages = [page(3, [("１ 范围", 80), ("２ 术语和定义", 100), ("２．１ 幼儿配方食品", 120)])]
    assert [c.number for root in lines_to_clauses(pages) for c in root.walk()] == ["1", "2", "2.1"]
