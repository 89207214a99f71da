"""What the two web apps share: the HTTP API (:mod:`std_extract.api`) and the review workbench
(:mod:`std_extract.review`).

Modules: :mod:`.limits` (the request-body size limit, answering in each app's own error format)
and :mod:`.database` (database URLs, the SQLAlchemy engine, UTC timestamps).
"""
