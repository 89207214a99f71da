"""The pipeline: wires the stages, nothing else.

    document   = parse_pdf(path)                               # pdfplumber: the only stage that reads files
    indicators = document_to_indicators(document, rules)       # requirement tables and clauses
    indicators = normalise_indicators(indicators, rules.lexicon)  # canonical names, units, values
    indicators = score_indicators(indicators, document, rules=rules)  # confidence, needs_review
    record     = to_record(document, indicators, classify_document(document))

The extraction rules reach the stages as one argument, an immutable :class:`~std_extract.rules.Rules`
(``process_file(path, rules=load_rules(folder))``); without one, the shipped rules.

Each stage is a plain function over typed models.  A stage that fails adds an error item to the
record and the record becomes ``partial``; the batch goes on (failures are data).  Under tests
(``STD_EXTRACT_RAISE_STAGE_ERRORS=1``, set by tests/conftest.py) the exception is raised instead,
so a crash inside extraction fails the test rather than passing as a ``partial`` record.
"""

from __future__ import annotations

import hashlib
import os
import time
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from std_extract import __version__
from std_extract.document import ParsedDocument
from std_extract.errors import ErrorCode, ErrorItem
from std_extract.record import Classification, DocumentRecord, Indicator, OcrPage, StandardInfo
from std_extract.resources import extractors_dir, models_dir

if TYPE_CHECKING:
    from std_extract.rules import Rules


@cache
def pipeline_version() -> str:
    """Package version plus a digest of the shipped rule and model data.

    A batch cache keyed by (file sha256, pipeline_version) is invalidated by any change to the
    code release or to the rules an agency edits under extractors/ or models/.
    """
    digest = hashlib.sha256()
    for root in (extractors_dir(), models_dir()):
        for path in sorted(_walk(root), key=lambda p: str(p)):
            digest.update(str(path).rsplit("/", 2)[-1].encode())
            digest.update(path.read_bytes())
    return f"{__version__}+data.{digest.hexdigest()[:12]}"


def _walk(root):
    for child in root.iterdir():
        if child.is_dir():
            if child.name != "__pycache__":
                yield from _walk(child)
        elif child.is_file():
            yield child


def to_standard_info(document: ParsedDocument) -> StandardInfo:
    meta = document.metadata
    return StandardInfo(
        number=meta.number,
        kind=meta.kind,
        title=meta.title,
        title_en=meta.title_en,
        enterprise=meta.enterprise,
        issued=meta.issued,
        effective=meta.effective,
        replaces=list(meta.replaces),
        ics=list(meta.ics),
        ccs=list(meta.ccs),
    )


def to_record(
    document: ParsedDocument,
    indicators: list[Indicator],
    classification: Classification | None,
    errors: list[ErrorItem],
) -> DocumentRecord:
    all_errors = [*document.errors, *errors]
    status = document.status
    if status == "ok" and errors:
        status = "partial"
    return DocumentRecord(
        structure=None if document.status == "failed" else document.structure,
        source=document.source,
        status=status,
        errors=all_errors,
        standard=to_standard_info(document),
        indicators=indicators,
        classification=classification,
        ocr_pages=_ocr_pages(document),
        pipeline_version=pipeline_version(),
    )


def _ocr_pages(document: ParsedDocument) -> list[OcrPage]:
    return [
        OcrPage(page=page.number, reason=page.ocr.reason, engine=page.ocr.engine, repairs=page.ocr.repairs)
        for page in document.pages
        if page.ocr is not None
    ]


RAISE_STAGE_ERRORS = "STD_EXTRACT_RAISE_STAGE_ERRORS"


def raise_stage_errors() -> bool:
    """Whether a stage's exception propagates (``STD_EXTRACT_RAISE_STAGE_ERRORS`` set and not "0")."""
    return os.environ.get(RAISE_STAGE_ERRORS, "").strip() not in ("", "0")


def _run_stage(stage: str, code: ErrorCode, errors: list[ErrorItem], func, *args):
    """Run one stage; an unexpected exception becomes an error item naming the stage and file
    (or is raised, under :func:`raise_stage_errors`)."""
    try:
        return func(*args)
    except Exception as exc:  # noqa: BLE001 - a batch must survive any one document
        if raise_stage_errors():
            raise
        path = next((a.source.path for a in args if isinstance(a, ParsedDocument)), "?")
        errors.append(
            ErrorItem(stage=stage, code=code, message=f"{path}: {stage} failed: {type(exc).__name__}: {exc}")
        )
        return None


def process_document(
    document: ParsedDocument, *, classify: bool = True, rules: Rules | None = None
) -> DocumentRecord:
    """Extract, normalise and classify an already parsed document, with ``rules`` (the shipped
    ones when None)."""
    from std_extract.extract import document_to_indicators
    from std_extract.rules import default_rules

    rules = rules or default_rules()
    errors: list[ErrorItem] = []
    if document.status == "failed":
        return to_record(document, [], None, errors)
    code = ErrorCode.EXTRACTION_FAILED
    indicators = _run_stage("extract", code, errors, document_to_indicators, document, rules) or []
    normalised = _run_stage("normalise", code, errors, _normalise, indicators, document, rules)
    indicators = indicators if normalised is None else normalised
    indicators = score_indicators(indicators, document, errors, rules)
    classification = None
    if classify:
        classification = _run_stage("classify", ErrorCode.CLASSIFICATION_FAILED, errors, _classify, document)
    return to_record(document, indicators, classification, errors)


def _normalise(indicators: list[Indicator], document: ParsedDocument, rules: Rules) -> list[Indicator]:
    from std_extract.extract.canonical import normalise_indicators

    return normalise_indicators(indicators, rules.lexicon, document)


def score_indicators(
    indicators: list[Indicator],
    document: ParsedDocument,
    errors: list[ErrorItem] | None = None,
    rules: Rules | None = None,
) -> list[Indicator]:
    """The confidence stage (:mod:`std_extract.extract.confidence`); should it fail, the values are
    kept, each marked for review with confidence 0 (nothing vouches for them)."""
    from std_extract.extract.confidence import score_confidence
    from std_extract.rules import default_rules

    rules = rules or default_rules()
    errors = errors if errors is not None else []
    code = ErrorCode.EXTRACTION_FAILED
    spec, lexicon = rules.confidence, rules.lexicon
    scored = _run_stage("confidence", code, errors, score_confidence, indicators, document, spec, lexicon)
    if scored is None:
        return [i.model_copy(update={"confidence": 0.0, "needs_review": True}) for i in indicators]
    return scored


def _classify(document: ParsedDocument) -> Classification:
    from std_extract.classify import classify_document

    return classify_document(document)


def parse(path: str | Path, *, pages: list[int] | None = None) -> ParsedDocument:
    """Parse one PDF, only ``pages`` (1-based) when given (never raises on bad input; see
    ParsedDocument.status and errors)."""
    from std_extract.parse import ParseOptions, parse_pdf

    return parse_pdf(path, ParseOptions(pages=pages) if pages is not None else None)


def process_file(
    path: str | Path, *, classify: bool = True, pages: list[int] | None = None, rules: Rules | None = None
) -> DocumentRecord:
    """The whole pipeline for one file: parse, extract, normalise, classify (only ``pages`` when
    given; ``rules``: :func:`std_extract.rules.load_rules`, the shipped ones when None)."""
    return process_document(parse(path, pages=pages), classify=classify, rules=rules)


def warm_up() -> dict[str, float]:
    """Load rule data and models now (once per process), so the first file is not slower.

    Returns the CPU seconds of each step, in order: the start-up profile benchmarks print (a step
    already done in this process costs nothing).  The classifier's derived state (its n-gram index,
    its segmentation of the lexicon) is read from the warm cache when there
    (:mod:`std_extract.warmcache`)."""
    steps: dict[str, float] = {}

    def step(name: str, load) -> None:
        start = time.process_time()
        load()
        steps[name] = time.process_time() - start

    step("imports", _import_stages)
    step("jieba dictionary", _jieba_dictionary)
    step("indicator lexicon and units", _normaliser)
    step("extraction rules", _rules)
    step("classifier", _classifier)  # spaCy, jieba with the lexicon, the table and the models (cached)
    return steps


def _import_stages() -> None:
    import std_extract.classify  # noqa: F401
    import std_extract.extract  # noqa: F401
    import std_extract.parse  # noqa: F401


def _jieba_dictionary() -> None:
    from std_extract.jiebadict import default_dictionary

    default_dictionary()


def _normaliser() -> None:
    from std_extract.extract.canonical import warm_up as warm_normaliser

    warm_normaliser()


def _rules() -> None:
    from std_extract.rules import default_rules

    default_rules()


def _classifier() -> None:
    from std_extract.classify import load_classifier

    load_classifier()
