"""Evaluate extraction and classification against gold annotations (``std-extract eval``).

    entries = load_corpus(Path("corpus/real-dev"))       # gold files, PDFs resolved or skipped
    report  = evaluate_entries(entries)                   # runs std_extract.pipeline.process_file
    report  = score_documents([(gold, record), ...])      # pure scoring of hand-made records

Modules: ``gold`` (format and loading), ``goldcheck`` (hand-written gold checked against its PDF's
text layer), ``keys`` (normalised comparison forms), ``indicators`` (pairing and field scores),
``metadata``, ``classification`` and ``gbt4754`` (class levels), ``report`` (the figures as pydantic
models), ``score``, ``runner`` and ``render`` (rich tables).
"""

from std_extract.evaluate.gold import Gold, GoldEntry, GoldIndicator, load_corpus, load_entry, read_gold
from std_extract.evaluate.goldcheck import GoldProblem, check_gold_file, check_gold_folder
from std_extract.evaluate.report import EvalReport
from std_extract.evaluate.runner import evaluate_corpus, evaluate_entries
from std_extract.evaluate.score import score_document, score_documents

__all__ = [
    "EvalReport",
    "Gold",
    "GoldEntry",
    "GoldIndicator",
    "GoldProblem",
    "check_gold_file",
    "check_gold_folder",
    "evaluate_corpus",
    "evaluate_entries",
    "load_corpus",
    "load_entry",
    "read_gold",
    "score_document",
    "score_documents",
]
