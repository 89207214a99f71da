"""Gates: a standard not drafted in conformance (GB/T 1.1 structure), or whose normative references
are malformed or withdrawn, enters no ranking (国市监标准〔2018〕84号 evaluation practice).

One function per gate kind, registered in :data:`GATE_CHECKS`; each returns a :class:`GateResult`.
"""

from __future__ import annotations

from collections.abc import Callable

from std_extract.document import DocumentStructure
from std_extract.parse.structure import clean_reference, looks_like_citation
from std_extract.rank.plan import Gate, RecordStatusGate, ReferencesGate, RequiredClausesGate
from std_extract.rank.result import GateResult, GateStatus
from std_extract.rank.structure import cited_number, reference_is_well_formed
from std_extract.record import DocumentRecord


def check_required_clauses(
    gate: RequiredClausesGate, record: DocumentRecord, signals: DocumentStructure | None
) -> GateResult:
    """Each required chapter title appears among the chapters ("技术要求" satisfies "要求")."""
    if signals is None or not signals.chapters:
        return _unknown(gate.kind, gate.if_unknown, "no clause structure in the record / 记录中无章条结构")
    titles = ["".join(t.split()) for t in signals.chapters]
    missing = [c for c in gate.clauses if not any(c in t for t in titles)]
    if missing:
        return GateResult(
            gate=gate.kind, status="fail", detail="missing chapters / 缺少章：" + "、".join(missing)
        )
    return GateResult(gate=gate.kind, status="pass", detail="required chapters present / 必备章齐全")


def check_references(
    gate: ReferencesGate, record: DocumentRecord, signals: DocumentStructure | None
) -> GateResult:
    """Normative references (and standards cited in requirements) are well formed and not withdrawn."""
    # Only entries that set out to cite a code are judged: wrapped lead-in text or a regulation
    # cited by name ("化妆品安全技术规范") is not a malformed standard number.
    entries = [e for e in (signals.references if signals else []) if looks_like_citation(e)]
    cited = [i.value_text for i in record.indicators if i.comparator == "reference" and i.value_text]
    if not entries and not cited:
        return _unknown(gate.kind, gate.if_unknown, "no references to check / 无可核查的引用文件")
    problems = [f"malformed / 格式不规范：{e}" for e in entries if not reference_is_well_formed(e)]
    withdrawn = {clean_reference(w) for w in gate.withdrawn}
    for text in entries + cited:
        number = cited_number(text)
        if number and _is_withdrawn(number, withdrawn):
            problems.append(f"withdrawn / 已废止：{number}")
    if problems:
        return GateResult(gate=gate.kind, status="fail", detail="; ".join(sorted(set(problems))))
    return GateResult(gate=gate.kind, status="pass", detail=f"{len(entries) + len(cited)} references checked")


def _is_withdrawn(number: str, withdrawn: set[str]) -> bool:
    # A withdrawn entry without a year withdraws every edition; with a year, that edition.
    undated = number.split("-")[0] if "-" in number else number
    return number in withdrawn or undated in withdrawn


def check_record_ok(
    gate: RecordStatusGate, record: DocumentRecord, signals: DocumentStructure | None
) -> GateResult:
    """The extraction did not fail (and, unless allowed, was not partial)."""
    bad = record.status == "failed" or (record.status == "partial" and not gate.allow_partial)
    if bad:
        first = record.errors[0].message if record.errors else record.status
        return GateResult(gate=gate.kind, status="fail", detail=f"extraction {record.status}: {first}")
    return GateResult(gate=gate.kind, status="pass", detail=f"extraction {record.status}")


def _unknown(kind: str, if_unknown: str, detail: str) -> GateResult:
    status: GateStatus = "fail" if if_unknown == "fail" else "not_checked"
    return GateResult(gate=kind, status=status, detail=detail)


GATE_CHECKS: dict[str, Callable[..., GateResult]] = {
    "required_clauses": check_required_clauses,
    "references_well_formed": check_references,
    "record_ok": check_record_ok,
}


def run_gates(
    gates: list[Gate], record: DocumentRecord, signals: DocumentStructure | None
) -> list[GateResult]:
    """Every gate of a plan on one record, in plan order."""
    return [GATE_CHECKS[g.kind](g, record, signals) for g in gates]
