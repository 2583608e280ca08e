"""Merging and review: retired events, locked fields, order-free mention keys, constraints.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("events", sa.Column("merged_into", sa.Integer))
    op.add_column("events", sa.Column("locked_fields", sa.JSON))
    op.create_index("ix_events_merged_into", "events", ["merged_into"])
    op.create_index("ix_events_sub_event_type", "events", ["sub_event_type"])
    op.create_index("ix_events_status", "events", ["status"])

    op.add_column("mentions", sa.Column("key", sa.String(200)))
    op.add_column("mentions", sa.Column("date_lo", sa.Date))
    op.add_column("mentions", sa.Column("date_hi", sa.Date))
    op.add_column("mentions", sa.Column("responds_to", sa.String(64)))
    op.execute(
        "UPDATE mentions SET key = doc_id || ':' || local_id, date_lo = date, date_hi = date"
    )
    op.create_index("ix_mentions_key", "mentions", ["key"], unique=True)
    op.create_index("ix_mentions_country_date_lo", "mentions", ["country", "date_lo"])
    op.create_index("ix_mentions_responds_to", "mentions", ["responds_to"])

    op.create_table(
        "constraints",
        sa.Column("id", sa.Integer, autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("mention_a", sa.String(200), nullable=False),
        sa.Column("mention_b", sa.String(200)),
        sa.Column("event_id", sa.Integer),
        sa.Column("revision_id", sa.Integer),
        sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
        sa.PrimaryKeyConstraint("id", name="pk_constraints"),
    )
    op.create_index("ix_constraints_mention_a", "constraints", ["mention_a"])
    op.create_index("ix_constraints_revision_id", "constraints", ["revision_id"])


def downgrade() -> None:
    op.drop_table("constraints")
    for name in ("ix_mentions_responds_to", "ix_mentions_country_date_lo", "ix_mentions_key"):
        op.drop_index(name, table_name="mentions")
    with op.batch_alter_table("mentions") as batch:
        for column in ("responds_to", "date_hi", "date_lo", "key"):
            batch.drop_column(column)
    for name in ("ix_events_status", "ix_events_sub_event_type", "ix_events_merged_into"):
        op.drop_index(name, table_name="events")
    with op.batch_alter_table("events") as batch:
        batch.drop_column("locked_fields")
        batch.drop_column("merged_into")
