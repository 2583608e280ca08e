"""Initial store: documents, mentions, events, statements, tallies, facts, revisions, merges.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

ID = sa.String(128)
NAME = sa.String(512)
TS = sa.DateTime(timezone=True)


def _fk(column: str, target: str, table: str, *, cascade: bool = False) -> sa.ForeignKeyConstraint:
    ref_table = target.split(".")[0]
    return sa.ForeignKeyConstraint(
        [column],
        [target],
        name=f"fk_{table}_{column}_{ref_table}",
        ondelete="CASCADE" if cascade else None,
    )


def _index(table: str, *columns: str) -> None:
    for column in columns:
        op.create_index(f"ix_{table}_{column}", table, [column])


def _doc_items(name: str, *extra: sa.Column[object]) -> None:
    op.create_table(
        name,
        sa.Column("id", sa.Integer, autoincrement=True, nullable=False),
        sa.Column("doc_id", ID, nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        *extra,
        sa.Column("payload", sa.JSON, nullable=False),
        sa.PrimaryKeyConstraint("id", name=f"pk_{name}"),
        _fk("doc_id", "documents.id", name, cascade=True),
    )
    _index(name, "doc_id")


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", ID, nullable=False),
        sa.Column("name", NAME, nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("source", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("published", sa.Date),
        sa.Column("language", sa.String(16), nullable=False, server_default="en"),
        sa.Column("origin", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("ingested_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_documents"),
    )
    _index("documents", "name", "published")

    op.create_table(
        "events",
        sa.Column("id", sa.Integer, autoincrement=True, nullable=False),
        sa.Column("date", sa.Date),
        sa.Column("date_precision", sa.String(16), nullable=False, server_default="day"),
        sa.Column("event_type", NAME),
        sa.Column("sub_event_type", NAME),
        sa.Column("actor1", NAME),
        sa.Column("actor2", NAME),
        sa.Column("country", NAME),
        sa.Column("admin1", NAME),
        sa.Column("location", NAME),
        sa.Column("latitude", sa.Float),
        sa.Column("longitude", sa.Float),
        sa.Column("weapons", sa.JSON, nullable=False),
        sa.Column("fatalities_low", sa.Integer),
        sa.Column("fatalities_best", sa.Integer),
        sa.Column("fatalities_high", sa.Integer),
        sa.Column("injuries_low", sa.Integer),
        sa.Column("injuries_best", sa.Integer),
        sa.Column("injuries_high", sa.Integer),
        sa.Column("status", sa.String(16), nullable=False, server_default="reported"),
        sa.Column("claims", sa.JSON, nullable=False),
        sa.Column("locked", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("payload", sa.JSON, nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_events"),
    )
    _index("events", "date", "event_type", "actor1", "actor2", "country")

    op.create_table(
        "mentions",
        sa.Column("id", sa.Integer, autoincrement=True, nullable=False),
        sa.Column("doc_id", ID, nullable=False),
        sa.Column("local_id", sa.String(64), nullable=False),
        sa.Column("event_id", sa.Integer),
        sa.Column("date", sa.Date),
        sa.Column("country", NAME),
        sa.Column("event_type", NAME),
        sa.Column("sub_event_type", NAME),
        sa.Column("actor1", NAME),
        sa.Column("actor2", NAME),
        sa.Column("payload", sa.JSON, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_mentions"),
        _fk("doc_id", "documents.id", "mentions", cascade=True),
        _fk("event_id", "events.id", "mentions"),
        sa.UniqueConstraint("doc_id", "local_id", name="uq_mentions_doc_id_local_id"),
    )
    _index("mentions", "doc_id", "event_id", "date", "country", "event_type", "actor1", "actor2")

    _doc_items(
        "statements",
        sa.Column("speaker", NAME),
        sa.Column("about_event", sa.String(64)),
    )
    _doc_items(
        "tallies",
        sa.Column("count", sa.Integer),
        sa.Column("bound", sa.String(16)),
        sa.Column("since", sa.Date),
        sa.Column("until", sa.Date),
    )
    _doc_items(
        "facts",
        sa.Column("subject", NAME),
        sa.Column("predicate", NAME),
        sa.Column("value", sa.Float),
    )

    op.create_table(
        "revisions",
        sa.Column("id", sa.Integer, autoincrement=True, nullable=False),
        sa.Column("event_id", sa.Integer, nullable=False),
        sa.Column("at", TS, nullable=False),
        sa.Column("who", NAME, nullable=False),
        sa.Column("why", sa.Text),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("before", sa.JSON),
        sa.Column("after", sa.JSON),
        sa.PrimaryKeyConstraint("id", name="pk_revisions"),
        _fk("event_id", "events.id", "revisions"),
    )
    _index("revisions", "event_id")

    op.create_table(
        "merge_reasons",
        sa.Column("id", sa.Integer, autoincrement=True, nullable=False),
        sa.Column("event_id", sa.Integer, nullable=False),
        sa.Column("mention_id", sa.Integer, nullable=False),
        sa.Column("reasons", sa.JSON, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_merge_reasons"),
        _fk("event_id", "events.id", "merge_reasons"),
        _fk("mention_id", "mentions.id", "merge_reasons"),
    )
    _index("merge_reasons", "event_id", "mention_id")


def downgrade() -> None:
    for table in (
        "merge_reasons",
        "revisions",
        "facts",
        "tallies",
        "statements",
        "mentions",
        "events",
        "documents",
    ):
        op.drop_table(table)
