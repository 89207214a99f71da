"""GB/T 4754-2017 《国民经济行业分类》 classification of standards.

Public API::

    classify_text(text) -> Classification          # a product name, a title or a whole text
    classify_document(document) -> Classification  # a ParsedDocument (used by the pipeline)
    load_table() -> AreaTable                      # the 门类/大类/中类/小类 table
    evaluate_names(split="heldout") -> dict        # accuracy on corpus/classification/product_names.csv
"""

from std_extract.classify.classifier import Classifier, classify_document, classify_text, load_classifier
from std_extract.classify.table import LEVELS, Area, AreaTable, load_table


def evaluate_names(split: str = "heldout") -> dict:
    """Top-1 and top-3 accuracy at each level on the labelled product names (see evaluate)."""
    from std_extract.classify.accuracy import evaluate_names as _evaluate

    return _evaluate(split)


__all__ = [
    "LEVELS",
    "Area",
    "AreaTable",
    "Classifier",
    "classify_document",
    "classify_text",
    "evaluate_names",
    "load_classifier",
    "load_table",
]
