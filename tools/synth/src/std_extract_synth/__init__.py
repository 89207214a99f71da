"""A deterministic generator of synthetic enterprise (Q/…) and group (T/…) standards with gold.

``generate_corpus(out, seed)`` writes ``<stem>.pdf`` + ``<stem>.gold.json`` per document and
``MANIFEST.csv``.  Modules, in pipeline order:

* ``catalog/*.json`` / ``categories`` -- categories and their requirements with national floors
  (data files), and the GB/T 4754-2017 class table;
* ``enterprises`` / ``levels`` -- fictitious enterprises and the level each sets per requirement;
* ``compose`` / ``requirements`` / ``wording`` -- document text (blocks) and gold indicators;
* ``textruns`` / ``layout`` / ``render`` -- layout (records each indicator's page) and reportlab;
* ``gold`` -- gold JSON and the manifest.

What counts as an indicator in this corpus: every requirement stated in the requirement chapter
(products: 4 要求; services: 5 服务要求 and 6 服务质量指标) or in a normative annex it points to,
that names an item -- numeric limits, ranges, tolerances, 不得检出, references to another
standard ("应符合GB 2762的规定") and named qualitative requirements ("色泽：…").  Not
indicators: test-method parameters (5 试验方法), sampling and inspection rules, storage and
transport conditions, scope limits, informative annexes, unnamed prose obligations.

Determinism: one ``random.Random`` per category and per document, seeded from strings
("42:大米:3"), so a document does not depend on which others are generated.
"""

from __future__ import annotations

from std_extract_synth.generate import DocumentResult, generate_corpus, generate_document, plan_category

__all__ = ["DocumentResult", "generate_corpus", "generate_document", "plan_category"]
