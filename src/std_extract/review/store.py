"""The review store: reviewers, the append-only event log and the current review state.

Every change a reviewer makes is an :class:`~std_extract.review.events.ReviewEvent` row that is
never updated or deleted (database triggers refuse both).  Beside the log the store keeps one
*state* row per reviewed value (and per reviewed document) with a version number: a save names
the version it was made on, and a save made on an older version is refused
(:class:`VersionConflict`) so two reviewers never overwrite each other silently.

The same code runs on SQLite (the default, ``OUT_DIR/review.sqlite``) and PostgreSQL (by URL).
Corrections are keyed by ``(document sha256, indicator id)``: the stable ids of
``std_extract.extract.ids`` make them survive a re-extraction of the same file.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import (
    DateTime,
    Integer,
    String,
    Text,
    delete,
    func,
    insert,
    inspect,
    select,
    text,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from std_extract.review.auth import hash_password, verify_password
from std_extract.review.events import ReviewEvent
from std_extract.web.database import as_utc, database_url, make_engine, utc_now

DEFAULT_DB_NAME = "review.sqlite"
MIN_PASSWORD_LENGTH = 12  # NIST SP 800-63B asks at least 8; reviewers change what agencies publish


class Base(DeclarativeBase):
    pass


class ReviewerRow(Base):
    __tablename__ = "review_reviewers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class EventRow(Base):
    """One change; append-only (see ``_APPEND_ONLY_TRIGGERS``)."""

    __tablename__ = "review_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    reviewer: Mapped[str] = mapped_column(String(100))
    document_sha256: Mapped[str] = mapped_column(String(64), index=True)
    indicator_id: Mapped[str | None] = mapped_column(String(64), index=True)
    field: Mapped[str] = mapped_column(String(64))
    old_value: Mapped[str | None] = mapped_column(Text)  # JSON
    new_value: Mapped[str | None] = mapped_column(Text)  # JSON
    reason: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer)  # the value's version after this change


class IndicatorStateRow(Base):
    """The current review decision on one value: a projection of its events."""

    __tablename__ = "review_indicator_states"

    document_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    indicator_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    version: Mapped[int] = mapped_column(Integer)
    review_state: Mapped[str] = mapped_column(String(16))
    changes: Mapped[str] = mapped_column(Text)  # JSON: field -> corrected value
    base: Mapped[str | None] = mapped_column(Text)  # JSON: the extracted value the decision was made on
    latest: Mapped[str | None] = mapped_column(Text)  # JSON: the latest extraction a batch run saw
    added: Mapped[str | None] = mapped_column(Text)  # JSON: the whole Indicator, for added values
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_by: Mapped[str] = mapped_column(String(100))


class DocumentStateRow(Base):
    """Reviewers' decisions on the whole document: its GB/T 4754 class, corrected metadata and
    where it stands in the review (in review -> done -> approved, or sent back).

    One version for all of them, so document-level saves are ordered like a value's.  Columns
    after ``updated_by`` came later: :func:`_add_missing_columns` adds them to older stores.
    """

    __tablename__ = "review_document_states"

    document_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    version: Mapped[int] = mapped_column(Integer)
    class_code: Mapped[str | None] = mapped_column(String(8))
    class_name: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_by: Mapped[str] = mapped_column(String(100))
    standard: Mapped[str | None] = mapped_column(Text, nullable=True)  # JSON: field -> corrected value
    status: Mapped[str | None] = mapped_column(Text, nullable=True)  # JSON: see DocumentStatus


class SessionRow(Base):
    """A logged-in browser: the cookie carries the token, the store keeps its hash, so logout and
    an admin's revoke end it on the server (a copied cookie stops working)."""

    __tablename__ = "review_sessions"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    reviewer: Mapped[str] = mapped_column(String(100), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    ended_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class LoginFailureRow(Base):
    """One failed login, for throttling per account and per address."""

    __tablename__ = "review_login_failures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(100), index=True)
    address: Mapped[str] = mapped_column(String(64), index=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)


class SettingRow(Base):
    __tablename__ = "review_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


# The log is evidence: the database itself refuses to change or delete it.
_APPEND_ONLY_TRIGGERS = {
    "sqlite": [
        "CREATE TRIGGER IF NOT EXISTS review_events_no_update BEFORE UPDATE ON review_events "
        "BEGIN SELECT RAISE(ABORT, 'review_events is append-only'); END",
        "CREATE TRIGGER IF NOT EXISTS review_events_no_delete BEFORE DELETE ON review_events "
        "BEGIN SELECT RAISE(ABORT, 'review_events is append-only'); END",
    ],
    "postgresql": [
        "CREATE OR REPLACE FUNCTION review_events_append_only() RETURNS trigger AS $$ "
        "BEGIN RAISE EXCEPTION 'review_events is append-only'; END; $$ LANGUAGE plpgsql",
        "DROP TRIGGER IF EXISTS review_events_append_only ON review_events",
        "CREATE TRIGGER review_events_append_only BEFORE UPDATE OR DELETE ON review_events "
        "FOR EACH ROW EXECUTE FUNCTION review_events_append_only()",
    ],
}


@dataclass(frozen=True)
class IndicatorState:
    """The current decision on one value (see :class:`IndicatorStateRow`)."""

    document_sha256: str
    indicator_id: str
    version: int
    review_state: str
    changes: dict[str, Any] = field(default_factory=dict)
    base: dict[str, Any] | None = None
    added: dict[str, Any] | None = None
    latest: dict[str, Any] | None = None
    updated_at: datetime | None = None
    updated_by: str | None = None


# Where a document stands in the review.  No status row: "in_review" (or "todo" in the queue when
# nobody has decided anything on it yet).
IN_REVIEW, DONE, APPROVED, SENT_BACK = "in_review", "done", "approved", "sent_back"
DOCUMENT_STATUSES = (IN_REVIEW, DONE, APPROVED, SENT_BACK)


@dataclass(frozen=True)
class DocumentStatus:
    """The review status of a document, stored whole in each status event (so undo restores it)."""

    status: str = IN_REVIEW
    done_by: str | None = None  # who marked it done (a second reviewer approves or sends it back)
    approved_by: str | None = None
    reason: str | None = None  # why it was sent back

    def as_dict(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "done_by": self.done_by,
            "approved_by": self.approved_by,
            "reason": self.reason,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> DocumentStatus:
        if not data:
            return cls()
        return cls(
            status=data.get("status") or IN_REVIEW,
            done_by=data.get("done_by"),
            approved_by=data.get("approved_by"),
            reason=data.get("reason"),
        )


@dataclass(frozen=True)
class DocumentState:
    document_sha256: str
    version: int
    class_code: str | None
    class_name: str | None
    updated_at: datetime | None = None
    updated_by: str | None = None
    standard: dict[str, Any] = field(default_factory=dict)  # corrected metadata: field -> value
    status: DocumentStatus = field(default_factory=DocumentStatus)


class VersionConflict(Exception):
    """A save was made on an outdated version; carries what changed since."""

    def __init__(self, current_version: int, since: list[ReviewEvent]):
        super().__init__(f"the value was changed by someone else (now version {current_version})")
        self.current_version = current_version
        self.since = since


class ReviewStore:
    """Repository over the review database (SQLite file or PostgreSQL URL)."""

    def __init__(self, url: str):
        self.url = url
        self.engine = make_engine(url)
        Base.metadata.create_all(self.engine)
        _add_missing_columns(self.engine)
        self._install_triggers()

    def close(self) -> None:
        self.engine.dispose()

    @property
    def sqlite_path(self) -> Path | None:
        """The database file for SQLite URLs (page images are cached beside it)."""
        database = self.engine.url.database
        if self.engine.dialect.name == "sqlite" and database and database != ":memory:":
            return Path(database)
        return None

    def _install_triggers(self) -> None:
        statements = _APPEND_ONLY_TRIGGERS.get(self.engine.dialect.name, [])
        with self.engine.begin() as conn:
            for statement in statements:
                conn.execute(text(statement))

    # -- reviewers and settings -------------------------------------------------------------

    def add_reviewer(self, name: str, password: str) -> None:
        """Create an account (ValueError when the name is taken, empty, or the password short)."""
        if not name.strip() or not password:
            raise ValueError("a reviewer needs a name and a password")
        if len(password) < MIN_PASSWORD_LENGTH:
            raise ValueError(f"a password needs at least {MIN_PASSWORD_LENGTH} characters")
        row = ReviewerRow(name=name.strip(), password_hash=hash_password(password), created_at=utc_now())
        with Session(self.engine) as session:
            session.add(row)
            try:
                session.commit()
            except IntegrityError as exc:
                raise ValueError(f"reviewer '{name}' exists already") from exc

    def reviewers(self) -> list[str]:
        with Session(self.engine) as session:
            return list(session.scalars(select(ReviewerRow.name).order_by(ReviewerRow.name)))

    def check_password(self, name: str, password: str) -> bool:
        """True when ``name`` exists and ``password`` matches (constant-ish time either way)."""
        with Session(self.engine) as session:
            stored = session.scalar(select(ReviewerRow.password_hash).where(ReviewerRow.name == name))
        return verify_password(stored, password)

    # -- sessions and login throttling ------------------------------------------------------

    def start_session(self, name: str, hours: float) -> str:
        """A new session for ``name``; returns the token the cookie carries."""
        token, now = secrets.token_urlsafe(32), utc_now()
        row = SessionRow(
            token_hash=_token_hash(token),
            reviewer=name,
            created_at=now,
            expires_at=now + timedelta(hours=hours),
        )
        with Session(self.engine) as session:
            session.add(row)
            session.commit()
        return token

    def session_reviewer(self, token: str) -> str | None:
        """The reviewer of a live session (not ended, not expired), or None."""
        with Session(self.engine) as session:
            row = session.get(SessionRow, _token_hash(token))
            if row is None or row.ended_at is not None or as_utc(row.expires_at) <= utc_now():
                return None
            return row.reviewer

    def end_session(self, token: str) -> None:
        with Session(self.engine) as session:
            ended = update(SessionRow).where(SessionRow.token_hash == _token_hash(token))
            session.execute(ended.values(ended_at=utc_now()))
            session.commit()

    def revoke_sessions(self, name: str) -> int:
        """End every live session of ``name`` (an admin's revoke); returns how many."""
        with Session(self.engine) as session:
            result = session.execute(
                update(SessionRow)
                .where(SessionRow.reviewer == name, SessionRow.ended_at.is_(None))
                .values(ended_at=utc_now())
            )
            session.commit()
            return int(result.rowcount or 0)  # type: ignore[attr-defined]

    def note_login_failure(self, name: str, address: str) -> None:
        with Session(self.engine) as session:
            session.add(LoginFailureRow(name=name[:100], address=address[:64], at=utc_now()))
            session.commit()

    def login_failures(self, since: datetime, *, name: str | None = None, address: str | None = None) -> int:
        """Failed logins since ``since`` for an account or an address."""
        query = select(func.count()).select_from(LoginFailureRow).where(LoginFailureRow.at >= since)
        if name is not None:
            query = query.where(LoginFailureRow.name == name)
        if address is not None:
            query = query.where(LoginFailureRow.address == address)
        with Session(self.engine) as session:
            return int(session.scalar(query) or 0)

    def clear_login_failures(self, name: str) -> None:
        """After a successful login the account starts again from zero (the address does not)."""
        with Session(self.engine) as session:
            session.execute(delete(LoginFailureRow).where(LoginFailureRow.name == name))
            session.commit()

    def secret_key(self) -> str:
        """The session-signing key, made once per database (so restarts keep people logged in)."""
        with Session(self.engine) as session:
            row = session.get(SettingRow, "session_secret")
            if row is None:
                row = SettingRow(key="session_secret", value=secrets.token_urlsafe(48))
                session.add(row)
                try:
                    session.commit()
                except IntegrityError:  # another process made it first
                    session.rollback()
                    row = session.get(SettingRow, "session_secret")
            assert row is not None
            return row.value

    # -- reading state ----------------------------------------------------------------------

    def indicator_states(self, shas: Iterable[str] | None = None) -> dict[tuple[str, str], IndicatorState]:
        """Current value decisions keyed by (document sha256, indicator id)."""
        wanted = _wanted(shas)
        query = select(IndicatorStateRow)
        if wanted is not None and len(wanted) <= _IN_LIMIT:
            query = query.where(IndicatorStateRow.document_sha256.in_(sorted(wanted)))
        with Session(self.engine) as session:
            rows = session.scalars(query).all()
        return {
            (r.document_sha256, r.indicator_id): _state(r)
            for r in rows
            if wanted is None or r.document_sha256 in wanted
        }

    def indicator_state(self, sha: str, indicator_id: str) -> IndicatorState | None:
        with Session(self.engine) as session:
            row = session.get(IndicatorStateRow, (sha, indicator_id))
            return _state(row) if row else None

    def document_states(self, shas: Iterable[str] | None = None) -> dict[str, DocumentState]:
        wanted = _wanted(shas)
        query = select(DocumentStateRow)
        if wanted is not None and len(wanted) <= _IN_LIMIT:
            query = query.where(DocumentStateRow.document_sha256.in_(sorted(wanted)))
        with Session(self.engine) as session:
            return {
                r.document_sha256: _doc_state(r)
                for r in session.scalars(query)
                if wanted is None or r.document_sha256 in wanted
            }

    def history(self, sha: str | None = None, indicator_id: str | None = None) -> list[ReviewEvent]:
        """Events in the order they happened, for one document / value or for everything."""
        return list(self.iter_events(sha, indicator_id))

    def iter_events(self, sha: str | None = None, indicator_id: str | None = None) -> Iterator[ReviewEvent]:
        query = select(EventRow).order_by(EventRow.id)
        if sha is not None:
            query = query.where(EventRow.document_sha256 == sha)
        if indicator_id is not None:
            query = query.where(EventRow.indicator_id == indicator_id)
        with Session(self.engine) as session:
            for row in session.scalars(query):
                yield _event(row)

    # -- writing ----------------------------------------------------------------------------

    def save_indicator(
        self,
        sha: str,
        indicator_id: str,
        *,
        reviewer: str,
        expected_version: int,
        review_state: str,
        changes: dict[str, Any],
        base: dict[str, Any] | None,
        added: dict[str, Any] | None,
        events: list[tuple[str, Any, Any]],
        reason: str | None,
    ) -> IndicatorState:
        """Write a value's new state and its events in one transaction.

        ``events`` are ``(field, old, new)`` triples.  Raises :class:`VersionConflict` when the
        value is no longer at ``expected_version``.
        """
        now, version = utc_now(), expected_version + 1
        values = {
            "version": version,
            "review_state": review_state,
            "changes": _dumps(changes),
            "base": _dumps(base),
            "added": _dumps(added) if added is not None else None,
            "updated_at": now,
            "updated_by": reviewer,
        }
        key = {"document_sha256": sha, "indicator_id": indicator_id}
        with Session(self.engine) as session:
            try:
                if expected_version == 0:
                    session.execute(insert(IndicatorStateRow).values(**key, **values))
                else:
                    result = session.execute(
                        update(IndicatorStateRow)
                        .where(IndicatorStateRow.document_sha256 == sha)
                        .where(IndicatorStateRow.indicator_id == indicator_id)
                        .where(IndicatorStateRow.version == expected_version)
                        .values(**values)
                    )
                    if result.rowcount != 1:  # type: ignore[attr-defined]
                        raise _Stale
                self._append(session, sha, indicator_id, reviewer, now, version, events, reason)
                session.commit()
            except (IntegrityError, _Stale):
                session.rollback()
                raise self._conflict(sha, indicator_id, expected_version) from None
        state = self.indicator_state(sha, indicator_id)
        assert state is not None
        return state

    def note_extractions(self, seen: list[tuple[str, str, dict[str, Any]]]) -> None:
        """Remember what a batch run extracted under reviewed values: (sha, indicator id, snapshot).

        Not a reviewer's change, so no event: it lets the workbench show what the extractor reads
        now, and a reviewer who decides again decides on that reading.
        """
        if not seen:
            return
        with Session(self.engine) as session:
            for sha, indicator_id, snap in seen:
                session.execute(
                    update(IndicatorStateRow)
                    .where(IndicatorStateRow.document_sha256 == sha)
                    .where(IndicatorStateRow.indicator_id == indicator_id)
                    .values(latest=_dumps(snap))
                )
            session.commit()

    def save_classification(
        self,
        sha: str,
        *,
        reviewer: str,
        expected_version: int,
        code: str | None,
        name: str | None,
        old: tuple[str | None, str | None],
        reason: str | None,
        events: list[tuple[str, Any, Any]] | None = None,
    ) -> DocumentState:
        """Set the document's GB/T 4754 class (None: back to the classifier's, as an undo does)."""
        if events is None:
            events = [("classification.code", old[0], code), ("classification.name", old[1], name)]
        return self.save_document(
            sha,
            reviewer=reviewer,
            expected_version=expected_version,
            values={"class_code": code, "class_name": name},
            events=events,
            reason=reason,
        )

    def save_document(
        self,
        sha: str,
        *,
        reviewer: str,
        expected_version: int,
        values: dict[str, Any],
        events: list[tuple[str, Any, Any]],
        reason: str | None,
    ) -> DocumentState:
        """Write document-level decisions (``class_code``, ``class_name``, ``standard``: a dict,
        ``status``: a :class:`DocumentStatus`) and their events in one transaction; same versioning
        as values (:class:`VersionConflict` on a stale ``expected_version``)."""
        now, version = utc_now(), expected_version + 1
        columns: dict[str, Any] = {"version": version, "updated_at": now, "updated_by": reviewer}
        for key, value in values.items():
            if key == "standard":
                value = _dumps(value)
            elif key == "status":
                value = _dumps(value.as_dict())
            columns[key] = value
        with Session(self.engine) as session:
            try:
                if expected_version == 0:
                    session.execute(insert(DocumentStateRow).values(document_sha256=sha, **columns))
                else:
                    result = session.execute(
                        update(DocumentStateRow)
                        .where(DocumentStateRow.document_sha256 == sha)
                        .where(DocumentStateRow.version == expected_version)
                        .values(**columns)
                    )
                    if result.rowcount != 1:  # type: ignore[attr-defined]
                        raise _Stale
                self._append(session, sha, None, reviewer, now, version, events, reason)
                session.commit()
            except (IntegrityError, _Stale):
                session.rollback()
                raise self._conflict(sha, None, expected_version) from None
        return self.document_states([sha])[sha]

    def _append(self, session, sha, indicator_id, reviewer, now, version, events, reason) -> None:
        for field_name, old, new in events:
            session.add(
                EventRow(
                    at=now,
                    reviewer=reviewer,
                    document_sha256=sha,
                    indicator_id=indicator_id,
                    field=field_name,
                    old_value=_dumps(old),
                    new_value=_dumps(new),
                    reason=reason or None,
                    version=version,
                )
            )

    def _conflict(self, sha: str, indicator_id: str | None, expected_version: int) -> VersionConflict:
        since = [
            e
            for e in self.iter_events(sha, indicator_id)
            if e.indicator_id == indicator_id and e.version > expected_version
        ]
        current = max((e.version for e in since), default=expected_version)
        return VersionConflict(current, since)


class _Stale(Exception):
    pass


# A batch of 100,000 documents would make an IN list no database wants: past this many, read every
# decision (there are far fewer decisions than documents) and filter here.
_IN_LIMIT = 500


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogateescape")).hexdigest()


def _wanted(shas: Iterable[str] | None) -> set[str] | None:
    return None if shas is None else set(shas)


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _loads(value: str | None) -> Any:
    return json.loads(value) if value is not None else None


def _state(row: IndicatorStateRow) -> IndicatorState:
    return IndicatorState(
        document_sha256=row.document_sha256,
        indicator_id=row.indicator_id,
        version=row.version,
        review_state=row.review_state,
        changes=_loads(row.changes) or {},
        base=_loads(row.base),
        added=_loads(row.added),
        latest=_loads(row.latest),
        updated_at=as_utc(row.updated_at),
        updated_by=row.updated_by,
    )


def _doc_state(row: DocumentStateRow) -> DocumentState:
    return DocumentState(
        document_sha256=row.document_sha256,
        version=row.version,
        class_code=row.class_code,
        class_name=row.class_name,
        updated_at=as_utc(row.updated_at),
        updated_by=row.updated_by,
        standard=_loads(row.standard) or {},
        status=DocumentStatus.from_dict(_loads(row.status)),
    )


def _add_missing_columns(engine) -> None:
    """Bring a store made by an older std-extract up to date: add the columns its tables lack.

    Only nullable columns are ever added (an old row reads as "not decided"), and nothing is
    dropped or rewritten, so an older store keeps every event and decision it holds.
    """
    inspector = inspect(engine)
    with engine.begin() as conn:
        for table in Base.metadata.sorted_tables:
            present = {c["name"] for c in inspector.get_columns(table.name)}
            for column in table.columns:
                if column.name not in present and column.nullable:
                    kind = column.type.compile(dialect=engine.dialect)
                    conn.execute(text(f'ALTER TABLE {table.name} ADD COLUMN "{column.name}" {kind}'))


def _event(row: EventRow) -> ReviewEvent:
    return ReviewEvent(
        id=row.id,
        at=as_utc(row.at),
        reviewer=row.reviewer,
        document_sha256=row.document_sha256,
        indicator_id=row.indicator_id,
        field=row.field,
        old_value=_loads(row.old_value),
        new_value=_loads(row.new_value),
        reason=row.reason,
        version=row.version,
    )


def store_url(target: str | Path) -> str:
    """A database URL for ``target``: a URL as is, a folder -> ``folder/review.sqlite``."""
    if "://" in str(target):
        return str(target)
    path = Path(target)
    return database_url(path if path.suffix in {".sqlite", ".db", ".sqlite3"} else path / DEFAULT_DB_NAME)


def open_store(target: str | Path | None = None, *, out_dir: str | Path | None = None) -> ReviewStore:
    """Open (and create) the review store from a database URL or an OUT_DIR.

    ``open_store("postgresql://...")``, ``open_store(out_dir="out/")`` (``out/review.sqlite``),
    or ``open_store(db_url_or_none, out_dir=out)`` as the CLI does.
    """
    if target is None and out_dir is None:
        raise ValueError("open_store needs a database URL or an output folder")
    return ReviewStore(store_url(target if target is not None else out_dir))  # type: ignore[arg-type]
