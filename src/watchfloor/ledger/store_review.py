"""The SQL behind review: show, edit, merge, split, history and revert of ledger events.

Each change is one transaction that writes one revision row per event it changes (see
`revisions` for the rules). Rows are never deleted: retired events point at the event
they were merged into; constraints are deactivated, not removed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from watchfloor.errors import InputError
from watchfloor.ledger import schema as t
from watchfloor.ledger.revisions import LOCKABLE, Revision
from watchfloor.ledger.store_audit import insert_revision, retire_event
from watchfloor.ledger.store_events import new_event, reconcile_events
from watchfloor.ledger.store_query import live_event_id

if TYPE_CHECKING:
    from watchfloor.ledger.store import Store

__all__ = [
    "EventDetail",
    "MentionDetail",
    "edit_event",
    "event_detail",
    "history",
    "merge_events",
    "revert",
    "split_event",
]


@dataclass(frozen=True)
class MentionDetail:
    """One mention behind an event, with its evidence quoted from the stored document."""

    key: str
    doc_name: str
    mention_id: str
    source: str | None
    published: dt.date | None
    quotes: tuple[str, ...]
    reasons: Any

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_name": self.doc_name,
            "mention_id": self.mention_id,
            "source": self.source,
            "published": self.published.isoformat() if self.published else None,
            "quotes": list(self.quotes),
            "merge_reasons": self.reasons,
        }


@dataclass(frozen=True)
class EventDetail:
    id: int
    asked: int
    fields: dict[str, Any]
    locked_fields: tuple[str, ...]
    mentions: tuple[MentionDetail, ...]
    revisions: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "requested_id": self.asked,
            **self.fields,
            "locked_fields": list(self.locked_fields),
            "mentions": [m.to_dict() for m in self.mentions],
            "revisions": self.revisions,
        }


def _json(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date | dt.datetime) else value


def _snapshot(conn: sa.Connection, eid: int) -> dict[str, Any]:
    e, m = t.events, t.mentions
    row = conn.execute(sa.select(e).where(e.c.id == eid)).mappings().one()
    keys = conn.execute(sa.select(m.c.key).where(m.c.event_id == eid).order_by(m.c.key))
    return {
        "fields": {f: _json(row[f]) for f in LOCKABLE},
        "locked_fields": list(row["locked_fields"] or []),
        "merged_into": row["merged_into"],
        "mentions": [k for (k,) in keys],
    }


def _from_json(field: str, value: Any) -> Any:
    return dt.date.fromisoformat(value) if field == "date" and value else value


def event_detail(store: Store, event_id: int) -> EventDetail:
    """An event's fields and every mention behind it, evidence quoted from each document."""
    eid = live_event_id(store, event_id)
    e, m, d, r = t.events, t.mentions, t.documents, t.merge_reasons
    with store.engine.connect() as conn:
        row = conn.execute(sa.select(e).where(e.c.id == eid)).mappings().one()
        q = (
            sa.select(m.c.id, m.c.key, m.c.local_id, m.c.payload, d.c.name, d.c.source)
            .add_columns(d.c.published, d.c.text)
            .join(d, d.c.id == m.c.doc_id)
            .where(m.c.event_id == eid)
            .order_by(d.c.name, m.c.local_id)
        )
        mentions = []
        for x in conn.execute(q):
            why = conn.execute(
                sa.select(r.c.reasons).where(r.c.mention_id == x.id).order_by(r.c.id.desc())
            ).first()
            spans = [s for s in x.payload.get("spans") or [] if s]
            quotes = tuple(x.text[a:b] for a, b in spans) or (str(x.payload.get("evidence")),)
            mentions.append(
                MentionDetail(
                    x.key,
                    x.name,
                    x.local_id,
                    x.source,
                    x.published,
                    quotes,
                    why[0] if why else None,
                )
            )
        n = conn.execute(
            sa.select(sa.func.count()).select_from(t.revisions).where(t.revisions.c.event_id == eid)
        ).scalar_one()
    fields = {f: _json(row[f]) for f in LOCKABLE}
    fields["claims"] = list(row["claims"] or [])
    fields["status_sources"] = list((row["payload"] or {}).get("status_sources") or [])
    return EventDetail(
        eid, event_id, fields, tuple(row["locked_fields"] or ()), tuple(mentions), int(n)
    )


def edit_event(
    store: Store, event_id: int, values: dict[str, Any], *, who: str, why: str | None
) -> Revision:
    """Set fields and lock them against reconciliation."""
    eid = live_event_id(store, event_id)
    e = t.events
    with store.transaction() as conn:
        before = _snapshot(conn, eid)
        locked = sorted(set(before["locked_fields"]) | set(values))
        conn.execute(
            sa.update(e)
            .where(e.c.id == eid)
            .values(**values, locked_fields=locked, locked=True, updated_at=dt.datetime.now(dt.UTC))
        )
        rid = insert_revision(
            conn, eid, who=who, why=why, action="edit", before=before, after=_snapshot(conn, eid)
        )
    return _revision(store, rid)


def _pin(conn: sa.Connection, keys: Sequence[str], eid: int, rid: int) -> None:
    if keys:
        conn.execute(
            sa.insert(t.constraints),
            [
                {"kind": "pin", "mention_a": k, "event_id": eid, "revision_id": rid, "active": True}
                for k in keys
            ],
        )


def merge_events(store: Store, event_ids: Sequence[int], *, who: str, why: str | None) -> Revision:
    """Merge the events into the first: mentions move and are pinned, the rest retire."""
    ids = list(dict.fromkeys(live_event_id(store, i) for i in event_ids))
    if len(ids) < 2:
        raise InputError("event merge: name at least two different live events")
    target, others = ids[0], ids[1:]
    m, c = t.mentions, t.constraints
    with store.transaction() as conn:
        before = {str(i): _snapshot(conn, i) for i in ids}
        rid = insert_revision(
            conn, target, who=who, why=why, action="merge", before=before, after=None
        )
        keys = [k for i in ids for k in before[str(i)]["mentions"]]
        # Earlier splits that kept these apart no longer apply (a revert turns them back on).
        stale = (
            sa.select(c.c.id)
            .where(c.c.active.is_(True), c.c.mention_a.in_(keys))
            .where(sa.or_(c.c.kind == "pin", c.c.mention_b.in_(keys)))
        )
        off = [int(x) for x in conn.execute(stale).scalars()]
        if off:
            conn.execute(sa.update(c).where(c.c.id.in_(off)).values(active=False))
        conn.execute(sa.update(m).where(m.c.event_id.in_(others)).values(event_id=target))
        _pin(conn, keys, target, rid)
        for o in others:
            retire_event(conn, o, target, who=who, why=why or f"merged into {target}")
        reconcile_events(conn, [target])
        _set_after(conn, rid, {"target": target, "deactivated": off, **_snapshot(conn, target)})
    return _revision(store, rid)


def _set_after(conn: sa.Connection, rid: int, after: Any) -> None:
    conn.execute(sa.update(t.revisions).where(t.revisions.c.id == rid).values(after=after))


def _resolve_mentions(conn: sa.Connection, eid: int, names: Sequence[str]) -> list[str]:
    """Mention names as `doc_name#e1`, `doc_name:e1`, `e1` (if unique) or a mention key."""
    m, d = t.mentions, t.documents
    rows = conn.execute(
        sa.select(m.c.key, m.c.local_id, d.c.name)
        .join(d, d.c.id == m.c.doc_id)
        .where(m.c.event_id == eid)
    ).all()
    out: list[str] = []
    for name in names:
        hits = [
            r.key
            for r in rows
            if name in (r.key, r.local_id, f"{r.name}#{r.local_id}", f"{r.name}:{r.local_id}")
        ]
        if len(hits) != 1:
            shown = ", ".join(f"{r.name}#{r.local_id}" for r in rows)
            reason = "is ambiguous" if hits else "is not one of its mentions"
            raise InputError(f"event {eid}: mention {name!r} {reason}; its mentions: {shown}")
        out.append(hits[0])
    return list(dict.fromkeys(out))


def split_event(
    store: Store, event_id: int, mention_names: Sequence[str], *, who: str, why: str | None
) -> Revision:
    """Move the named mentions to a new event; both sides are pinned and kept apart."""
    eid = live_event_id(store, event_id)
    m = t.mentions
    with store.transaction() as conn:
        before = _snapshot(conn, eid)
        moving = _resolve_mentions(conn, eid, mention_names)
        staying = [k for k in before["mentions"] if k not in moving]
        if not staying:
            raise InputError(f"event {eid}: a split must leave at least one mention behind")
        new = new_event(conn)
        rid = insert_revision(
            conn, eid, who=who, why=why, action="split", before=before, after=None
        )
        conn.execute(sa.update(m).where(m.c.key.in_(moving)).values(event_id=new))
        _pin(conn, staying, eid, rid)
        _pin(conn, moving, new, rid)
        conn.execute(
            sa.insert(t.constraints),
            [
                {"kind": "cannot_link", "mention_a": a, "mention_b": b, "revision_id": rid}
                | {"active": True}
                for a in moving
                for b in staying
            ]
            + [
                {"kind": "cannot_link", "mention_a": b, "mention_b": a, "revision_id": rid}
                | {"active": True}
                for a in moving
                for b in staying
            ],
        )
        reconcile_events(conn, [eid, new])
        after = {"new_event": new, **_snapshot(conn, eid)}
        _set_after(conn, rid, after)
        insert_revision(
            conn,
            new,
            who=who,
            why=why,
            action="split-from",
            before={"split_from": eid},
            after=_snapshot(conn, new),
        )
    return _revision(store, rid)


def history(store: Store, event_id: int) -> list[Revision]:
    """Every revision of an event (and of the events merged into it), oldest first."""
    eid = live_event_id(store, event_id)
    e, r = t.events, t.revisions
    with store.engine.connect() as conn:
        ids = {eid, event_id}
        frontier = [eid]
        while frontier:
            rows = conn.execute(sa.select(e.c.id).where(e.c.merged_into.in_(frontier))).all()
            frontier = [int(x[0]) for x in rows if int(x[0]) not in ids]
            ids |= set(frontier)
        rows = conn.execute(sa.select(r).where(r.c.event_id.in_(ids)).order_by(r.c.id)).all()
    return [_as_revision(x) for x in rows]


def _as_revision(x: Any) -> Revision:
    at = x.at if x.at.tzinfo else x.at.replace(tzinfo=dt.UTC)
    return Revision(int(x.id), int(x.event_id), at, x.who, x.why, x.action, x.before, x.after)


def _revision(store: Store, rid: int) -> Revision:
    with store.engine.connect() as conn:
        x = conn.execute(sa.select(t.revisions).where(t.revisions.c.id == rid)).one()
    return _as_revision(x)


def revert(store: Store, event_id: int, revision_id: int, *, who: str, why: str | None) -> Revision:
    """Undo one edit, merge or split of this event; the revert is a revision too."""
    rev = next((r for r in history(store, event_id) if r.id == revision_id), None)
    if rev is None or rev.action not in ("edit", "merge", "split"):
        raise InputError(
            f"event {event_id}: revision {revision_id} is not an edit, merge or split of it; "
            "see watchfloor event history"
        )
    e, m, c = t.events, t.mentions, t.constraints
    with store.transaction() as conn:
        conn.execute(sa.update(c).where(c.c.revision_id == rev.id).values(active=False))
        if rev.action == "edit":
            eid = rev.event_id
            before = _snapshot(conn, eid)
            old = rev.before
            changed = [f for f in LOCKABLE if rev.before["fields"][f] != rev.after["fields"][f]]
            values = {f: _from_json(f, old["fields"][f]) for f in changed}
            conn.execute(
                sa.update(e)
                .where(e.c.id == eid)
                .values(
                    **values, locked_fields=old["locked_fields"], locked=bool(old["locked_fields"])
                )
            )
            reconcile_events(conn, [eid])
        else:
            snaps = rev.before if rev.action == "merge" else {str(rev.event_id): rev.before}
            eid = rev.event_id
            before = _snapshot(conn, eid)
            for sid, snap in snaps.items():
                conn.execute(sa.update(e).where(e.c.id == int(sid)).values(merged_into=None))
                conn.execute(
                    sa.update(m).where(m.c.key.in_(snap["mentions"])).values(event_id=int(sid))
                )
            if rev.action == "merge" and rev.after.get("deactivated"):
                ids = [int(x) for x in rev.after["deactivated"]]
                conn.execute(sa.update(c).where(c.c.id.in_(ids)).values(active=True))
            if rev.action == "split":
                new = int(rev.after["new_event"])
                retire_event(conn, new, eid, who=who, why=f"revert of split {rev.id}")
            reconcile_events(conn, [int(s) for s in snaps])
        rid = insert_revision(
            conn,
            eid,
            who=who,
            why=why,
            action="revert",
            before=before,
            after={"reverted": rev.id, **_snapshot(conn, eid)},
        )
    return _revision(store, rid)
