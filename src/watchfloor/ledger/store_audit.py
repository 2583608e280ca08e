"""The audit trail in the store: revision rows, and retiring an event into another.

Shared by automatic merging (`store_events`) and review (`store_review`); runs inside the
caller's transaction. A retired event keeps its row and points at its successor.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa

from watchfloor.ledger import schema as t

__all__ = ["AUTO", "insert_revision", "retire_event"]

AUTO = "watchfloor"
"""The `who` of changes the ledger makes by itself."""


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def retire_event(conn: sa.Connection, eid: int, target: int, *, who: str, why: str) -> None:
    """Mark `eid` as merged into `target`; locked fields the target lacks move over."""
    e = t.events
    src = conn.execute(sa.select(e).where(e.c.id == eid)).mappings().one()
    dst = conn.execute(sa.select(e).where(e.c.id == target)).mappings().one()
    conn.execute(sa.update(e).where(e.c.id == eid).values(merged_into=target, updated_at=_now()))
    # Anything merged into eid before now resolves to target directly.
    conn.execute(sa.update(e).where(e.c.merged_into == eid).values(merged_into=target))
    carried = [f for f in src["locked_fields"] or [] if f not in (dst["locked_fields"] or [])]
    if carried:
        values = {f: src[f] for f in carried}
        locked = [*(dst["locked_fields"] or []), *carried]
        conn.execute(
            sa.update(e).where(e.c.id == target).values(**values, locked_fields=locked, locked=True)
        )
    insert_revision(
        conn,
        eid,
        who=who,
        why=why,
        action="retire",
        before={"merged_into": None},
        after={"merged_into": target, "carried_locked_fields": carried},
    )


def insert_revision(
    conn: sa.Connection,
    event_id: int,
    *,
    who: str,
    why: str | None,
    action: str,
    before: Any,
    after: Any,
) -> int:
    row = {
        "event_id": event_id,
        "at": _now(),
        "who": who,
        "why": why,
        "action": action,
        "before": before,
        "after": after,
    }
    return int(conn.execute(sa.insert(t.revisions).returning(t.revisions.c.id), row).scalar_one())
