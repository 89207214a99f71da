"""The reviewer's workbench: review extracted values against the page, store every decision.

Library API (what the batch run calls)::

    from std_extract.review import apply_corrections, open_store
    records = apply_corrections(records, open_store(out_dir=out_dir))   # or open_store("postgresql://...")
    records = apply_corrections_from(records, url_or_out_dir)           # opens and closes the store

The web app is :func:`std_extract.review.app.create_app`; ``std-extract review OUT_DIR`` serves
it.  Modules: :mod:`.store` (SQLAlchemy models and repository), :mod:`.events` (audit log),
:mod:`.corrections` (applying decisions to records), :mod:`.service` (what the app does),
:mod:`.checks` (as-you-type checks), :mod:`.render` (page images, text under a box),
:mod:`.auth` (passwords, sessions, CSRF) and :mod:`.app` (HTTP).
"""

from std_extract.review.corrections import apply_corrections, apply_corrections_from
from std_extract.review.events import ReviewEvent
from std_extract.review.store import ReviewStore, VersionConflict, open_store, store_url

__all__ = [
    "ReviewEvent",
    "ReviewStore",
    "VersionConflict",
    "apply_corrections",
    "apply_corrections_from",
    "open_store",
    "store_url",
]
