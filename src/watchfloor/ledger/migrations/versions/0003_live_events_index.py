"""A covering index for questions over live events (counts answer from the index alone).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

COLUMNS = [
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
]


def upgrade() -> None:
    op.create_index("ix_events_live", "events", COLUMNS)


def downgrade() -> None:
    op.drop_index("ix_events_live", table_name="events")
