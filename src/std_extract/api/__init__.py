"""The HTTP API (``std-extract serve``): upload standards, poll for records, rank, look up.

Library API::

    from std_extract.api import ApiSettings, create_app
    app = create_app(ApiSettings(db_url="postgresql://...", workers=4, api_keys=["..."]))

Modules: :mod:`.settings` (configuration), :mod:`.app` (the factory), :mod:`.routes` (one module
per resource), :mod:`.models` (request and response bodies), :mod:`.errors` (the one error
format), :mod:`.auth` (API keys), :mod:`.blobs` (uploaded bytes on disk), :mod:`.store`
(SQLAlchemy tables for documents, jobs and results), :mod:`.dispatcher` (queue -> process pool)
and :mod:`.worker` (what runs in a worker process).  The request size limit and the database
engine are shared with the review workbench (:mod:`std_extract.web`).
"""

from std_extract.api.app import create_app
from std_extract.api.settings import ApiSettings, api_keys_from_env, db_url

__all__ = ["ApiSettings", "api_keys_from_env", "create_app", "db_url"]
