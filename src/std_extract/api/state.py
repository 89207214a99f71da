"""What the routes share: settings, the job store, the blob folder, the dispatcher, the plans."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Request

from std_extract.api.blobs import BlobStore
from std_extract.api.dispatcher import Dispatcher
from std_extract.api.jobs import JobStore
from std_extract.api.settings import ApiSettings
from std_extract.rank.plan import Plan


@dataclass
class ApiState:
    settings: ApiSettings
    store: JobStore
    blobs: BlobStore
    plans: list[Plan]
    dispatcher: Dispatcher | None = None

    def wake(self) -> None:
        if self.dispatcher is not None:
            self.dispatcher.wake()


def api_state(request: Request) -> ApiState:
    """The running app's state (a FastAPI dependency)."""
    return request.app.state.api
