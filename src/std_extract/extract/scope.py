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
    r"要求|指标|限量|限值|鉴别标准|判定标准|质量|等级|分级|技术条件|规格|性能|卫生|安全|服务(?:内容|规范|标准|质量|承诺)"
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


def requirement_chapters(document: ParsedDocument) -> list[Clause]:
    """The top-level clauses that hold requirements (annexes included when titled so)."""
    return [c for c in document.clauses if is_requirement_chapter(c)]
