"""The tables of the store (SQLAlchemy Core), the same on SQLite and PostgreSQL.

Indexed columns hold what filters and joins need; every row also keeps the full JSON
payload of its domain object (`Mention.to_dict()` etc.), so nothing extracted is lost
when the columns do not cover it. Migrations in `migrations/versions` create exactly
these tables (a test compares them).
"""

from __future__ import annotations

import sqlalchemy as sa

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = sa.MetaData(naming_convention=NAMING)

ID = sa.String(128)  # content hashes and short names
NAME = sa.String(512)

documents = sa.Table(
    "documents",
    metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("name", NAME, nullable=False, index=True),
    sa.Column("title", sa.Text),
    sa.Column("source", sa.Text),
    sa.Column("url", sa.Text),
    sa.Column("published", sa.Date, index=True),
    sa.Column("language", sa.String(16), nullable=False, server_default="en"),
    sa.Column("origin", sa.Text),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
)

events = sa.Table(
    "events",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("date", sa.Date, index=True),
    sa.Column("date_precision", sa.String(16), nullable=False, server_default="day"),
    sa.Column("event_type", NAME, index=True),
    sa.Column("sub_event_type", NAME),
    sa.Column("actor1", NAME, index=True),
    sa.Column("actor2", NAME, index=True),
    sa.Column("country", NAME, index=True),
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
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    # 0002: a retired event points at the event it was merged into (never deleted);
    # fields an analyst edited are listed so reconciliation leaves them alone.
    sa.Column("merged_into", sa.Integer, index=True),
    sa.Column("locked_fields", sa.JSON),
    sa.Index("ix_events_sub_event_type", "sub_event_type"),
    sa.Index("ix_events_status", "status"),
    # 0003: live events by date with the columns queries filter on (counts from the index).
    sa.Index(
        "ix_events_live",
        "merged_into",
        "date",
        "actor2",
        "actor1",
        "country",
        "sub_event_type",
        "status",
        "fatalities_best",
        "fatalities_low",
        "injuries_best",
        "injuries_low",
    ),
)

mentions = sa.Table(
    "mentions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column(
        "doc_id", ID, sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    sa.Column("local_id", sa.String(64), nullable=False),
    sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id"), index=True),
    sa.Column("date", sa.Date, index=True),
    sa.Column("country", NAME, index=True),
    sa.Column("event_type", NAME, index=True),
    sa.Column("sub_event_type", NAME),
    sa.Column("actor1", NAME, index=True),
    sa.Column("actor2", NAME, index=True),
    sa.Column("payload", sa.JSON, nullable=False),
    # 0002: a key that does not depend on ingest order (document hash + local id), the days
    # the date may stand for (blocking), and the local id of the mention it responds to.
    sa.Column("key", sa.String(200)),
    sa.Column("date_lo", sa.Date),
    sa.Column("date_hi", sa.Date),
    sa.Column("responds_to", sa.String(64)),
    sa.UniqueConstraint("doc_id", "local_id"),
    sa.Index("ix_mentions_key", "key", unique=True),
    sa.Index("ix_mentions_country_date_lo", "country", "date_lo"),
    sa.Index("ix_mentions_responds_to", "responds_to"),
)


def _doc_items(name: str, *extra: sa.Column[object]) -> sa.Table:
    """statements, tallies and facts: per-document items kept whole as JSON."""
    return sa.Table(
        name,
        metadata,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "doc_id",
            ID,
            sa.ForeignKey("documents.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("seq", sa.Integer, nullable=False),
        *extra,
        sa.Column("payload", sa.JSON, nullable=False),
    )


statements = _doc_items(
    "statements",
    sa.Column("speaker", NAME),
    sa.Column("about_event", sa.String(64)),
)
tallies = _doc_items(
    "tallies",
    sa.Column("count", sa.Integer),
    sa.Column("bound", sa.String(16)),
    sa.Column("since", sa.Date),
    sa.Column("until", sa.Date),
)
facts = _doc_items(
    "facts",
    sa.Column("subject", NAME),
    sa.Column("predicate", NAME),
    sa.Column("value", sa.Float),
)

revisions = sa.Table(
    "revisions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id"), nullable=False, index=True),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("who", NAME, nullable=False),
    sa.Column("why", sa.Text),
    sa.Column("action", sa.String(32), nullable=False),
    sa.Column("before", sa.JSON),
    sa.Column("after", sa.JSON),
)

merge_reasons = sa.Table(
    "merge_reasons",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id"), nullable=False, index=True),
    sa.Column("mention_id", sa.Integer, sa.ForeignKey("mentions.id"), nullable=False, index=True),
    sa.Column("reasons", sa.JSON, nullable=False),
)

constraints = sa.Table(
    "constraints",
    metadata,
    # 0002: analysts' merge/split decisions as constraints on the clustering: `pin` keeps
    # mention_a in event_id; `cannot_link` keeps mention_a and mention_b apart. A revert
    # sets active to false; rows are never deleted.
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("mention_a", sa.String(200), nullable=False, index=True),
    sa.Column("mention_b", sa.String(200)),
    sa.Column("event_id", sa.Integer),
    sa.Column("revision_id", sa.Integer, index=True),
    sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
)

ALL_TABLES = (
    documents,
    events,
    mentions,
    statements,
    tallies,
    facts,
    revisions,
    merge_reasons,
    constraints,
)
