"""The one module that opens database sessions and runs SQL.

`Store.open(url)` connects (SQLite with WAL and foreign keys, or PostgreSQL), migrates the
schema to head with the packaged Alembic scripts, and hands back a store whose writes are
each one transaction: a document with everything extracted from it goes in whole or not at
all, so a crash or Ctrl-C mid-batch leaves the database consistent.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from watchfloor.errors import StoreError
from watchfloor.ledger import schema as t
from watchfloor.ledger.records import (
    DocumentRecord,
    EventRecord,
    ListFilter,
    MentionRecord,
    MentionRef,
)
from watchfloor.ledger.store_events import link_mentions, mention_columns, mention_key
from watchfloor.models import Document, Extraction, Mention

__all__ = ["Store", "assign_events"]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _safe(url: str) -> str:
    try:
        return sa.make_url(url).render_as_string(hide_password=True)
    except sa.exc.ArgumentError:
        return url


_WRITE = "watchfloor_write"


def _sqlite_connect(dbapi_conn: Any, _record: Any) -> None:
    # Take transaction control from the driver (it would otherwise BEGIN late and commit
    # before DDL), so _sqlite_begin decides: BEGIN IMMEDIATE for writes, which waits for
    # the write lock up front instead of failing on a read-to-write upgrade.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def _sqlite_begin(conn: sa.Connection) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(_WRITE) else "BEGIN")


def _migrations_dir() -> Path:
    return Path(str(resources.files("watchfloor.ledger") / "migrations"))


def migrate(connection: sa.Connection, revision: str = "head") -> None:
    """Bring the schema to `revision` with the packaged Alembic scripts."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(_migrations_dir()))
    cfg.attributes["connection"] = connection
    command.upgrade(cfg, revision)


class Store:
    """A ledger database: documents, mentions, events and what hangs off them."""

    def __init__(self, engine: sa.Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, url: str, *, migrate_schema: bool = True) -> Store:
        """Connect to `url` (any SQLAlchemy URL) and migrate it to the current schema."""
        try:
            engine = sa.create_engine(url)
        except (sa.exc.ArgumentError, ImportError) as e:
            raise StoreError(f"{_safe(url)}: not a usable database URL ({e})", code="E201") from e
        if engine.dialect.name == "sqlite":
            sa.event.listen(engine, "connect", _sqlite_connect)
            sa.event.listen(engine, "begin", _sqlite_begin)
        try:
            if migrate_schema:
                with engine.connect() as conn:
                    conn.execution_options(**{_WRITE: True})
                    with conn.begin():
                        migrate(conn)
            else:
                with engine.connect():
                    pass
        except sa.exc.SQLAlchemyError as e:
            engine.dispose()
            reason = str(getattr(e, "orig", None) or e).strip().splitlines()[0]
            raise StoreError(
                f"{_safe(url)}: cannot open the database ({reason}); check --db or WATCHFLOOR_DB",
                code="E202",
            ) from e
        return cls(engine)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sa.Connection]:
        """One write transaction: committed when the block ends, rolled back on any exception."""
        with self.engine.connect() as conn:
            conn.execution_options(**{_WRITE: True})
            with conn.begin():
                yield conn

    # -- writes ---------------------------------------------------------------------------

    def existing_ids(self, doc_ids: Iterable[str]) -> set[str]:
        """Which of these document ids are stored already."""
        ids = list(doc_ids)
        found: set[str] = set()
        with self.engine.connect() as conn:
            for i in range(0, len(ids), 500):
                chunk = ids[i : i + 500]
                rows = conn.execute(sa.select(t.documents.c.id).where(t.documents.c.id.in_(chunk)))
                found.update(r[0] for r in rows)
        return found

    def add_extraction(self, doc: Document, extraction: Extraction) -> bool:
        """Store a document and all it yielded in ONE transaction; False if it was there already."""
        try:
            with self.transaction() as conn:
                if conn.execute(
                    sa.select(t.documents.c.id).where(t.documents.c.id == doc.id)
                ).first():
                    return False
                write_extraction(conn, doc, extraction)
        except sa.exc.IntegrityError:
            # Another writer stored the same document between our check and our insert.
            if doc.id in self.existing_ids([doc.id]):
                return False
            raise
        return True

    def add_extractions(self, items: Sequence[tuple[Document, Extraction]]) -> int:
        """Store a batch of new documents and merge their mentions in ONE transaction.

        Bulk loads (benchmarks, rebuilds) pay for the event search once per batch instead
        of once per document. Documents already stored are skipped; returns how many were added.
        """
        have = self.existing_ids(d.id for d, _ in items)
        fresh = []
        for doc, extraction in items:
            if doc.id not in have:
                have.add(doc.id)
                fresh.append((doc, extraction))
        with self.transaction() as conn:
            for doc, extraction in fresh:
                write_extraction(conn, doc, extraction, link=False)
            keys = [mention_key(d.id, m.id) for d, x in fresh for m in x.events]
            link_mentions(conn, keys)
        return len(fresh)

    # -- reads ----------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """Rows per table, for summaries."""
        with self.engine.connect() as conn:
            return {
                table.name: int(
                    conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()
                )
                for table in t.ALL_TABLES
            }

    def documents(self, flt: ListFilter | None = None) -> list[DocumentRecord]:
        flt = flt or ListFilter()
        d = t.documents
        q = sa.select(d.c.id, d.c.name, d.c.title, d.c.source, d.c.url, d.c.published)
        if flt.since:
            q = q.where(d.c.published >= flt.since)
        if flt.until:
            q = q.where(d.c.published <= flt.until)
        if flt.country or flt.actor or flt.type:
            m = t.mentions
            sub = sa.select(m.c.id).where(m.c.doc_id == d.c.id)
            sub = _mention_like_filter(
                sub, m, ListFilter(None, None, flt.country, flt.actor, flt.type)
            )
            q = q.where(sub.exists())
        q = q.order_by(sa.nulls_last(d.c.published), d.c.name, d.c.id)
        with self.engine.connect() as conn:
            return [DocumentRecord(**r._asdict()) for r in conn.execute(q)]

    def document_text(self, doc_id: str) -> str | None:
        with self.engine.connect() as conn:
            return conn.execute(
                sa.select(t.documents.c.text).where(t.documents.c.id == doc_id)
            ).scalar_one_or_none()

    def mentions(self, flt: ListFilter | None = None) -> list[MentionRecord]:
        m, d = t.mentions, t.documents
        q = sa.select(
            m.c.id, m.c.doc_id, d.c.name, d.c.title, m.c.local_id, m.c.event_id, m.c.payload
        ).add_columns(d.c.source, d.c.published)
        q = q.join(d, d.c.id == m.c.doc_id)
        q = _mention_like_filter(q, m, flt or ListFilter())
        q = q.order_by(sa.nulls_last(m.c.date), d.c.name, m.c.id)
        with self.engine.connect() as conn:
            return [
                MentionRecord(
                    id=r.id,
                    doc_id=r.doc_id,
                    doc_name=r.name,
                    doc_title=r.title,
                    mention_id=r.local_id,
                    event_id=r.event_id,
                    payload=dict(r.payload),
                    doc_source=r.source,
                    doc_published=r.published,
                )
                for r in conn.execute(q)
            ]

    def events(self, flt: ListFilter | None = None) -> list[EventRecord]:
        e, m, d = t.events, t.mentions, t.documents
        q = _mention_like_filter(sa.select(e), e, flt or ListFilter())
        q = q.where(e.c.merged_into.is_(None))
        q = q.order_by(sa.nulls_last(e.c.date), e.c.id)
        with self.engine.connect() as conn:
            rows = list(conn.execute(q))
            ids = sa.select(q.subquery().c.id)
            refs: dict[int, list[MentionRef]] = {}
            mq = (
                sa.select(m.c.event_id, m.c.id, d.c.id.label("doc_id"), d.c.name, d.c.title)
                .add_columns(m.c.local_id, m.c.payload)
                .join(d, d.c.id == m.c.doc_id)
                .where(m.c.event_id.in_(ids))
                .order_by(d.c.name, m.c.id)
            )
            for r in conn.execute(mq):
                refs.setdefault(r.event_id, []).append(
                    MentionRef(
                        doc_id=r.doc_id,
                        doc_name=r.name,
                        doc_title=r.title,
                        mention_id=r.local_id,
                        evidence=str(r.payload.get("evidence") or ""),
                    )
                )
        return [EventRecord.from_row(r._asdict(), refs.get(r.id, [])) for r in rows]


def _mention_like_filter(q: Any, table: sa.Table, flt: ListFilter) -> Any:
    """Apply since/until/country/actor/type to a table with mention-like columns."""
    c = table.c
    if flt.since:
        q = q.where(c.date >= flt.since)
    if flt.until:
        q = q.where(c.date <= flt.until)
    if flt.country:
        q = q.where(sa.func.lower(c.country) == flt.country.lower())
    if flt.actor:
        pattern = f"%{flt.actor.lower()}%"
        q = q.where(
            sa.or_(sa.func.lower(c.actor1).like(pattern), sa.func.lower(c.actor2).like(pattern))
        )
    if flt.type:
        wanted = flt.type.lower()
        q = q.where(
            sa.or_(sa.func.lower(c.event_type) == wanted, sa.func.lower(c.sub_event_type) == wanted)
        )
    return q


def write_extraction(
    conn: sa.Connection, doc: Document, extraction: Extraction, *, link: bool = True
) -> None:
    """Insert a document and its mentions, events, statements, tallies and facts.

    With link=False the mentions are left for one `link_mentions` over a whole batch.
    """
    conn.execute(
        sa.insert(t.documents),
        {
            "id": doc.id,
            "name": doc.name,
            "title": doc.title,
            "source": doc.source,
            "url": doc.url,
            "published": doc.published,
            "language": doc.language,
            "origin": doc.origin,
            "text": doc.text,
            "ingested_at": _now(),
        },
    )
    mention_ids: list[int] = []
    for mention in extraction.events:
        row = conn.execute(
            sa.insert(t.mentions).returning(t.mentions.c.id),
            {
                "doc_id": doc.id,
                "local_id": mention.id,
                "date": mention.date,
                "country": mention.country,
                "event_type": mention.event_type,
                "sub_event_type": mention.sub_event_type,
                "actor1": mention.actor1,
                "actor2": mention.actor2,
                "payload": mention.to_dict(),
            }
            | mention_columns(doc, mention),
        ).scalar_one()
        mention_ids.append(int(row))
    if mention_ids and link:
        assign_events(conn, doc, list(zip(mention_ids, extraction.events, strict=True)))
    _insert_items(
        conn,
        t.statements,
        doc.id,
        [
            {"speaker": s.speaker, "about_event": s.about_event, "payload": s.to_dict()}
            for s in extraction.statements
        ],
    )
    _insert_items(
        conn,
        t.tallies,
        doc.id,
        [
            {"count": x.count, "bound": x.bound, "since": x.since, "until": x.until}
            | {"payload": x.to_dict()}
            for x in extraction.tallies
        ],
    )
    _insert_items(
        conn,
        t.facts,
        doc.id,
        [
            {"subject": f.subject, "predicate": f.predicate, "value": f.value}
            | {"payload": f.to_dict()}
            for f in extraction.facts
        ],
    )


def _insert_items(
    conn: sa.Connection, table: sa.Table, doc_id: str, rows: Sequence[dict[str, Any]]
) -> None:
    if rows:
        conn.execute(
            sa.insert(table), [{"doc_id": doc_id, "seq": i} | r for i, r in enumerate(rows)]
        )


def assign_events(
    conn: sa.Connection, doc: Document, new_mentions: Sequence[tuple[int, Mention]]
) -> None:
    """Attach a document's new mentions to ledger events (merging across sources).

    Runs inside the document's transaction; the merging itself is `store_events`.
    """
    link_mentions(conn, [mention_key(doc.id, m.id) for _, m in new_mentions])
