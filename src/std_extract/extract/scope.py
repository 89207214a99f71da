"""Which parts of a standard impose requirements (README: "What counts as an indicator").

Indicators are requirements or limits the standard imposes: the 要求 / 技术要求 chapter, limit
and grade tables, identification criteria (鉴别标准).  Test-method parameters (sample mass,
reagent concentrations, instrument settings) in 试验方法, sampling plans of 检验规则 and the
front matter are not.  GB/T 1.1-2020 fixes the chapter names, so the decision is made on the
chapter (level-1 clause) title.
"""

from __future__ import annotations

import re

from std_extract.document import Clause, ParsedDocument

# Chapter titles whose content is requirements.
REQUIREMENT_CHAPTER = re.compile(
    r"要求|指标|限量|限值|鉴别标准|判定标准|质量|等级|分级|技术条件|规格|性能|卫生|安全|售后|服务(?:内容|规范|标准|质量|承诺|提供|时限)"
)
# Chapter titles that never hold indicators, even if they also match the pattern above
# ("试验方法" may say "按表1要求", "检验规则" has 判定; "术语和定义" defines 等级).
NON_REQUIREMENT_CHAPTER = re.compile(
    r"范围|规范性引用|引用文件|术语|定义|缩略语|符号|试验方法|检验方法|测定方法|检测方法|分析方法|"
    r"实验方法|测试方法|检验规则|抽样|标志|标签|包装|运输|贮存|储存|质量控制和质量保证|"
    r"标准实施|实施与监督|附加说明|参考文献|前言|引言|目次|原理|试剂|仪器|设备|步骤|计算|结果"
)


def is_requirement_chapter(clause: Clause) -> bool:
    """True for a chapter whose title says it holds requirements."""
    title = clause.title.replace(" ", "")
    if clause.kind in ("foreword", "introduction", "toc"):
        return False
    if NON_REQUIREMENT_CHAPTER.search(title):
        return False
    return bool(REQUIREMENT_CHAPTER.search(title))


# "…浓度应符合表A.1的规定": a sentence that makes a table of the annex binding.
TABLE_REQUIRED = re.compile(r"应\s*(?:符合|满足|达到)\s*表\s*[A-Z]\.?\d")


def _binding_annex(clause: Clause) -> bool:
    """An annex that is not about methods and requires its own table ("附录A（规范性）室内环境
    污染物浓度 / A.1 …应符合表A.1的规定"): its limits are requirements, whatever its title."""
    if clause.kind != "annex" or NON_REQUIREMENT_CHAPTER.search(clause.title.replace(" ", "")):
        return False
    return any(TABLE_REQUIRED.search(c.text.replace("\n", "")) for c in clause.walk())


def requirement_chapters(document: ParsedDocument) -> list[Clause]:
    """The top-level clauses that hold requirements (annexes included when titled so, or when
    they require their own table)."""
    return [c for c in document.clauses if is_requirement_chapter(c) or _binding_annex(c)]


# Sub-clauses of a requirement chapter that describe inputs or the place of production rather than
# the product ("5.2 种植环境" of a geographical-indication standard, "3.1 原料要求"): their
# numbers (日照, 土壤 pH, 原料应符合 GB 19301) are not requirements on the product itself.
NOT_PRODUCT_CLAUSE = re.compile(r"原料|原辅材料|种植环境|产地环境|自然环境|地理环境|生产过程|生产加工|加工工艺|栽培|养殖|保护范围|产地范围")


# A requirement whose subject is an input or the process, not the product ("原料应符合GB 2715的规定",
# "生产过程中添加的水应符合GB 5749的规定"): the same rule as above, applied to the sentence.
INPUT_SUBJECT = re.compile(
    r"^(?:原料|原辅料|原辅材料|辅料|配料|生产过程|生产加工过程|加工过程|生产用水|加工用水|水|"
    r"生产环境|加工环境|产地环境|种植环境)$"
)


def is_input_subject(name: str) -> bool:
    """True when a requirement's subject is an input or the production, not the product."""
    return bool(INPUT_SUBJECT.match(name.replace(" ", "")))


def requirement_clauses(chapter: Clause):
    """The chapter and its sub-clauses, without the subtrees about inputs or production."""
    if chapter.kind != "chapter" and NOT_PRODUCT_CLAUSE.search(chapter.title.replace(" ", "")):
        return
    yield chapter
    for child in chapter.children:
        yield from requirement_clauses(child)
