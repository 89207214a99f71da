"""Classify a batch of inputs (text or PDF files) for the CLI; one bad file never stops a batch."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel

from std_extract.classify.classifier import explain_document, explain_text
from std_extract.classify.explain import Explanation
from std_extract.record import Classification


class ClassifyResult(BaseModel):
    """One input and its classification, or the error that prevented it."""

    input: str
    classification: Classification | None = None
    error: str | None = None
    explanation: Explanation | None = None  # each candidate's votes and the review estimate

    def to_json(self) -> dict[str, Any]:
        """The JSON line of ``std-extract classify --format json``."""
        c = self.classification or Classification()
        line: dict[str, Any] = {
            "input": self.input,
            "code": c.code,
            "name": c.name,
            "score": c.score,
            "needs_review": c.needs_review,
            "candidates": [candidate.model_dump() for candidate in c.candidates],
            "level_path": [node.model_dump() for node in c.level_path],
            "method": c.method,
        }
        if self.explanation is not None and self.explanation.no_class:
            line["no_class"] = self.explanation.no_class
        if self.explanation is not None:
            line["review"] = {
                "estimate": _rounded(self.explanation.estimate),
                "threshold": self.explanation.threshold,
                "agree": self.explanation.agree,
            }
            support = {c.code: c.support for c in self.explanation.candidates}
            for candidate in line["candidates"]:
                candidate["support"] = [
                    {**s.model_dump(exclude={"evidence"}), **s.evidence.model_dump()}
                    for s in support.get(candidate["code"], [])
                ]
        if self.error:
            line["error"] = self.error
        return line


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def read_inputs(inputs: list[str], file: Path | None = None) -> list[str]:
    """The command-line inputs, then the non-empty lines of ``file``."""
    items = [i for i in inputs if i.strip()]
    if file is not None:
        items += [line.strip() for line in file.read_text(encoding="utf-8").splitlines() if line.strip()]
    return items


def is_pdf_input(item: str) -> bool:
    """A file name ending in .pdf is a PDF input (a missing one is reported, not read as text)."""
    return item.lower().endswith(".pdf") and "\n" not in item


def classify_input(item: str) -> ClassifyResult:
    """Classify one input: a PDF file is parsed first, anything else is text."""
    if not is_pdf_input(item):
        return _explained(item, explain_text(item))
    from std_extract.parse import parse_pdf

    if not Path(item).is_file():
        return ClassifyResult(input=item, error="file not found")
    document = parse_pdf(Path(item))
    if document.status == "failed":
        message = "; ".join(e.message for e in document.errors) or "parse failed"
        return ClassifyResult(input=item, error=message)
    return _explained(item, explain_document(document))


def _explained(item: str, explanation: Explanation) -> ClassifyResult:
    return ClassifyResult(input=item, classification=explanation.classification, explanation=explanation)


def classify_inputs(items: list[str]) -> list[ClassifyResult]:
    results = []
    for item in items:
        try:
            results.append(classify_input(item))
        except Exception as exc:  # errors as data: report and go on with the batch
            results.append(ClassifyResult(input=item, error=f"{type(exc).__name__}: {exc}"))
    return results
