"""The job store: uploaded documents, their processing jobs and results, in SQL.

Three tables (prefixed ``api_`` so they can share a database with the review workbench):

- ``api_documents``: one row per distinct upload (id = sha256 of the bytes), its current status
  and ``seq``, the update sequence incremental consumers page on;
- ``api_jobs``: the work done on a document (status, attempts, times, error);
- ``api_results``: the finished :class:`~std_extract.record.DocumentRecord` as JSON.

``seq`` comes from a counter row that every state change increments inside its transaction.  The
row lock is held to commit, so changes commit in ``seq`` order and a consumer paging with
``since`` never skips a change that commits late.

The engine is the one both web apps use (:func:`std_extract.web.database.make_engine`: WAL and a
busy timeout on SQLite, pre-ping on PostgreSQL); on SQLite this module also starts every
transaction with ``BEGIN IMMEDIATE``, because a deferred transaction that reads and then writes
fails at once with "database is locked" when another writer committed in between.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, DateTime, ForeignKey, Integer, String, Text, event, func, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from std_extract.web.database import as_utc, utc_now
from std_extract.web.database import make_engine as web_engine

PENDING = ("queued", "running")
_SEQ = "documents"


class Base(DeclarativeBase):
    pass


class DocumentRow(Base):
    __tablename__ = "api_documents"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # sha256 hex of the bytes
    filename: Mapped[str] = mapped_column(String(255))
    size_bytes: Mapped[int] = mapped_column(BigInteger)
    status: Mapped[str] = mapped_column(String(16), index=True)  # the current job's status
    seq: Mapped[int] = mapped_column(BigInteger, unique=True, index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class JobRow(Base):
    __tablename__ = "api_jobs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("api_documents.id"), index=True)
    status: Mapped[str] = mapped_column(String(16), index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(Text)  # JSON ErrorBody
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    started_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class ResultRow(Base):
    __tablename__ = "api_results"

    document_id: Mapped[str] = mapped_column(ForeignKey("api_documents.id"), primary_key=True)
    record: Mapped[str] = mapped_column(Text)  # DocumentRecord JSON
    record_status: Mapped[str] = mapped_column(String(16))
    indicators: Mapped[int] = mapped_column(Integer)
    pipeline_version: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class CounterRow(Base):
    __tablename__ = "api_counters"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger)


@dataclass(frozen=True)
class DocumentInfo:
    """A document as the routes show it (``record`` is the stored JSON, when there is one)."""

    id: str
    filename: str
    size_bytes: int
    status: str
    seq: int
    created_at: datetime
    updated_at: datetime
    attempts: int = 0
    error: dict[str, Any] | None = None
    record: str | None = None


@dataclass(frozen=True)
class Claimed:
    """A job the dispatcher took off the queue."""

    job_id: int
    document_id: str
    filename: str
    attempts: int


@dataclass(frozen=True)
class Outcome:
    """What a worker produced: a record (done, or failed by the parser) or only an error."""

    record: str | None = None
    record_status: str | None = None
    indicators: int = 0
    pipeline_version: str | None = None
    error: dict[str, Any] | None = None


class JobStore:
    """Repository over the API's tables (SQLite file or PostgreSQL URL)."""

    def __init__(self, url: str):
        self.url = url
        self.engine = make_engine(url)
        Base.metadata.create_all(self.engine)
        with Session(self.engine) as session, session.begin():
            if session.get(CounterRow, _SEQ) is None:
                session.add(CounterRow(name=_SEQ, value=0))

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    def ping(self) -> None:
        with Session(self.engine) as session:
            session.execute(select(1))

    # -- uploads ----------------------------------------------------------------------------

    def add(self, sha256: str, filename: str, size_bytes: int) -> tuple[DocumentInfo, bool]:
        """Queue a new document; for bytes seen before, the existing one and ``created=False``."""
        existing = self.get(sha256)
        if existing is not None:
            return existing, False
        now = utc_now()
        try:
            with Session(self.engine) as session, session.begin():
                seq = _next_seq(session)
                session.add(
                    DocumentRow(
                        id=sha256,
                        filename=filename,
                        size_bytes=size_bytes,
                        status="queued",
                        seq=seq,
                        created_at=now,
                        updated_at=now,
                    )
                )
                session.flush()
                session.add(JobRow(document_id=sha256, status="queued", attempts=0, created_at=now))
        except IntegrityError:  # the same bytes uploaded concurrently: the other request queued them
            found = self.get(sha256)
            assert found is not None
            return found, False
        info = self.get(sha256)
        assert info is not None
        return info, True

    def pending(self) -> int:
        """Documents queued or running (what the queue limit counts)."""
        with Session(self.engine) as session:
            return session.scalar(select(func.count()).where(DocumentRow.status.in_(PENDING))) or 0

    def counts(self) -> dict[str, int]:
        with Session(self.engine) as session:
            rows = session.execute(select(DocumentRow.status, func.count()).group_by(DocumentRow.status))
            found = {status: n for status, n in rows}
        return {status: found.get(status, 0) for status in ("queued", "running", "done", "failed")}

    # -- reading ----------------------------------------------------------------------------

    def get(self, document_id: str, *, with_record: bool = False) -> DocumentInfo | None:
        with Session(self.engine) as session:
            row = session.get(DocumentRow, document_id)
            return self._infos(session, [row], with_record)[0] if row is not None else None

    def page(self, since: int, limit: int, status: str | None, with_records: bool) -> list[DocumentInfo]:
        """Documents whose ``seq`` is above ``since``, in ``seq`` order."""
        query = select(DocumentRow).where(DocumentRow.seq > since)
        if status is not None:
            query = query.where(DocumentRow.status == status)
        with Session(self.engine) as session:
            rows = list(session.scalars(query.order_by(DocumentRow.seq).limit(limit)))
            return self._infos(session, rows, with_records)

    def done_records(self, ids: Iterable[str] | None) -> list[tuple[str, str]]:
        """(id, record JSON) of done documents (all of them when ids is None)."""
        query = (
            select(ResultRow.document_id, ResultRow.record)
            .join(DocumentRow, DocumentRow.id == ResultRow.document_id)
            .where(DocumentRow.status == "done")
        )
        wanted = None if ids is None else set(ids)
        with Session(self.engine) as session:
            rows = session.execute(query.order_by(ResultRow.document_id)).all()
        return [(i, r) for i, r in rows if wanted is None or i in wanted]

    def statuses(self, ids: Iterable[str]) -> dict[str, str]:
        wanted = sorted(set(ids))
        found: dict[str, str] = {}
        with Session(self.engine) as session:
            for start in range(0, len(wanted), 500):  # keep IN lists small
                chunk = wanted[start : start + 500]
                rows = session.execute(
                    select(DocumentRow.id, DocumentRow.status).where(DocumentRow.id.in_(chunk))
                )
                found.update({i: s for i, s in rows})
        return found

    def _infos(self, session: Session, rows: list[DocumentRow], with_records: bool) -> list[DocumentInfo]:
        """The documents with their latest job (and record): three queries, however many rows."""
        ids = [row.id for row in rows]
        jobs: dict[str, JobRow] = {}
        for job in session.scalars(select(JobRow).where(JobRow.document_id.in_(ids)).order_by(JobRow.id)):
            jobs[job.document_id] = job  # the latest job wins
        records: dict[str, str] = {}
        if with_records and ids:
            found = session.execute(
                select(ResultRow.document_id, ResultRow.record).where(ResultRow.document_id.in_(ids))
            )
            records = {document_id: record for document_id, record in found}
        return [_document_info(row, jobs.get(row.id), records.get(row.id)) for row in rows]

    # -- the dispatcher's side --------------------------------------------------------------

    def recover(self) -> int:
        """Put jobs left running by a stopped or killed server back on the queue."""
        with Session(self.engine) as session, session.begin():
            jobs = session.scalars(select(JobRow).where(JobRow.status == "running")).all()
            for job in jobs:
                job.status, job.started_at = "queued", None
                self._set_status(session, job.document_id, "queued")
        return len(jobs)

    def claim(self, limit: int) -> list[Claimed]:
        """Take up to ``limit`` queued jobs, oldest first, and mark them running.

        ``SKIP LOCKED`` keeps two dispatchers on one PostgreSQL database from taking the same job
        (SQLite ignores it; there the write lock serialises claims).
        """
        now, claimed = utc_now(), []
        with Session(self.engine) as session, session.begin():
            query = select(JobRow).where(JobRow.status == "queued").order_by(JobRow.id).limit(limit)
            for job in session.scalars(query.with_for_update(skip_locked=True)).all():
                job.status, job.started_at, job.attempts = "running", now, job.attempts + 1
                document = self._set_status(session, job.document_id, "running")
                claimed.append(Claimed(job.id, job.document_id, document.filename, job.attempts))
        return claimed

    def finish(self, job_id: int, outcome: Outcome) -> str:
        """Store a worker's outcome; returns the document's new status (done or failed)."""
        status = "done" if outcome.record is not None and outcome.record_status != "failed" else "failed"
        with Session(self.engine) as session, session.begin():
            job = session.get(JobRow, job_id)
            assert job is not None
            job.status, job.finished_at, job.error = status, utc_now(), _dumps(outcome.error)
            if outcome.record is not None:
                session.merge(
                    ResultRow(
                        document_id=job.document_id,
                        record=outcome.record,
                        record_status=outcome.record_status or "failed",
                        indicators=outcome.indicators,
                        pipeline_version=outcome.pipeline_version,
                        created_at=utc_now(),
                    )
                )
            self._set_status(session, job.document_id, status)
        return status

    def requeue(self, job_id: int) -> None:
        """Back on the queue (its worker died; the attempt stays counted)."""
        with Session(self.engine) as session, session.begin():
            job = session.get(JobRow, job_id)
            assert job is not None
            job.status, job.started_at = "queued", None
            self._set_status(session, job.document_id, "queued")

    def _set_status(self, session: Session, document_id: str, status: str) -> DocumentRow:
        document = session.get(DocumentRow, document_id)
        assert document is not None
        document.status, document.updated_at, document.seq = status, utc_now(), _next_seq(session)
        return document


def _document_info(row: DocumentRow, job: JobRow | None, record: str | None) -> DocumentInfo:
    return DocumentInfo(
        id=row.id,
        filename=row.filename,
        size_bytes=row.size_bytes,
        status=row.status,
        seq=row.seq,
        created_at=as_utc(row.created_at),
        updated_at=as_utc(row.updated_at),
        attempts=job.attempts if job else 0,
        error=_loads(job.error) if job else None,
        record=record,
    )


def make_engine(url: str) -> Engine:
    """The web apps' engine, with immediate transactions on SQLite (see the module doc)."""
    engine = web_engine(url)
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _driver_leaves_transactions_to_us(dbapi_connection, _record):
            dbapi_connection.isolation_level = None

        @event.listens_for(engine, "begin")
        def _begin_immediate(connection):
            connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def _next_seq(session: Session) -> int:
    session.execute(update(CounterRow).where(CounterRow.name == _SEQ).values(value=CounterRow.value + 1))
    value = session.scalar(select(CounterRow.value).where(CounterRow.name == _SEQ))
    assert value is not None
    return value


def _dumps(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def _loads(value: str | None) -> Any:
    return None if value is None else json.loads(value)
