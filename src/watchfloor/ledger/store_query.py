"""The SQL behind the analysts' questions: filters, counts, ordinals, ranks, series rows, links.

The query layer (`watchfloor.query`) resolves names (actor families, weapon spellings) into
an `EventFilter` of plain values; everything here filters in SQL on indexed columns so each
question answers in milliseconds on a large ledger. Retired (merged) events never count.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

import sqlalchemy as sa

from watchfloor.errors import InputError
from watchfloor.ledger import schema as t

if TYPE_CHECKING:
    from watchfloor.ledger.store import Store

__all__ = [
    "EventFilter",
    "EventRow",
    "Measure",
    "TallyRow",
    "count_events",
    "event_links",
    "event_row",
    "events_by_id",
    "links_of",
    "live_event_id",
    "mention_event",
    "ordinal_of",
    "rank_of",
    "series_rows",
    "tally_rows",
]

Measure = Literal["casualties", "fatalities", "injuries", "weapons"]


@dataclass(frozen=True)
class EventFilter:
    """Resolved filters: every name already expanded to the exact column values to match.

    `actor1_in`/`actor2_in` hold exact names (a family expanded to its members);
    `actor_like` a substring of actor1 or actor2; `weapons_like` folded weapon names, each of
    which must appear in the event's weapons.
    """

    since: dt.date | None = None
    until: dt.date | None = None
    countries: tuple[str, ...] = ()
    actor_like: str | None = None
    actor1_in: tuple[str, ...] | None = None
    actor2_in: tuple[str, ...] | None = None
    types: tuple[str, ...] = ()
    sub_types: tuple[str, ...] = ()
    weapons_like: tuple[str, ...] = ()
    status: tuple[str, ...] = ()


@dataclass(frozen=True)
class EventRow:
    """What the answers cite about one event."""

    id: int
    date: dt.date | None
    event_type: str | None
    sub_event_type: str | None
    actor1: str | None
    actor2: str | None
    country: str | None
    location: str | None
    weapons: tuple[str, ...]
    fatalities: int | None
    injuries: int | None
    status: str


@dataclass(frozen=True)
class TallyRow:
    id: int
    doc_name: str
    published: dt.date | None
    count: int | None
    bound: str | None
    since: dt.date | None
    until: dt.date | None
    payload: dict[str, Any]


def _where(f: EventFilter) -> list[Any]:
    c = t.events.c
    out: list[Any] = [c.merged_into.is_(None)]
    if f.since:
        out.append(c.date >= f.since)
    if f.until:
        out.append(c.date <= f.until)
    if f.countries:
        out.append(sa.func.lower(c.country).in_([x.lower() for x in f.countries]))
    if f.actor_like:
        p = f"%{f.actor_like.lower()}%"
        out.append(sa.or_(sa.func.lower(c.actor1).like(p), sa.func.lower(c.actor2).like(p)))
    if f.actor1_in is not None:
        out.append(c.actor1.in_(f.actor1_in))
    if f.actor2_in is not None:
        out.append(c.actor2.in_(f.actor2_in))
    if f.types:
        out.append(sa.func.lower(c.event_type).in_([x.lower() for x in f.types]))
    if f.sub_types:
        out.append(sa.func.lower(c.sub_event_type).in_([x.lower() for x in f.sub_types]))
    text = sa.func.lower(sa.cast(c.weapons, sa.Text))
    for w in f.weapons_like:
        out.append(text.like(f"%{w.lower()}%"))
    if f.status:
        out.append(c.status.in_(f.status))
    return out


def count_events(store: Store, f: EventFilter) -> int:
    q = sa.select(sa.func.count()).select_from(t.events).where(*_where(f))
    with store.engine.connect() as conn:
        return int(conn.execute(q).scalar_one())


def live_event_id(store: Store, event_id: int) -> int:
    """The live event an id stands for (a retired id resolves to what it was merged into)."""
    e = t.events
    with store.engine.connect() as conn:
        seen: set[int] = set()
        current = event_id
        while current not in seen:
            seen.add(current)
            row = conn.execute(sa.select(e.c.merged_into).where(e.c.id == current)).first()
            if row is None:
                raise InputError(
                    f"event {event_id}: no such event; list them with watchfloor events"
                )
            if row.merged_into is None:
                return current
            current = int(row.merged_into)
    return current


def event_row(store: Store, event_id: int) -> EventRow:
    """The live event an id stands for."""
    eid = live_event_id(store, event_id)
    return events_by_id(store, [eid])[eid]


def _matches(conn: sa.Connection, f: EventFilter, eid: int) -> bool:
    q = sa.select(t.events.c.id).where(t.events.c.id == eid, *_where(f))
    return conn.execute(q).first() is not None


def ordinal_of(store: Store, f: EventFilter, event_id: int) -> tuple[int | None, int]:
    """(position of the event among matching events by date then id, or None; total)."""
    c = t.events.c
    ev = event_row(store, event_id)
    with store.engine.connect() as conn:
        total = int(conn.execute(sa.select(sa.func.count()).where(*_where(f))).scalar_one())
        if ev.date is None or not _matches(conn, f, ev.id):
            return None, total
        before = sa.or_(c.date < ev.date, sa.and_(c.date == ev.date, c.id <= ev.id))
        q = sa.select(sa.func.count()).select_from(t.events).where(*_where(f), before)
        return int(conn.execute(q).scalar_one()), total


def _measure(measure: Measure) -> Any:
    c = t.events.c
    killed = sa.func.coalesce(c.fatalities_best, c.fatalities_low, 0)
    hurt = sa.func.coalesce(c.injuries_best, c.injuries_low, 0)
    if measure == "fatalities":
        return killed
    if measure == "injuries":
        return hurt
    if measure == "weapons":
        return sa.func.json_array_length(c.weapons)
    return killed + hurt


def rank_of(
    store: Store, f: EventFilter, event_id: int, measure: Measure
) -> tuple[int | None, int, int]:
    """(rank among matching events by the measure, 1 = largest, ties share; total; value)."""
    c = t.events.c
    eid = live_event_id(store, event_id)
    m = _measure(measure)
    with store.engine.connect() as conn:
        total = int(conn.execute(sa.select(sa.func.count()).where(*_where(f))).scalar_one())
        value = int(conn.execute(sa.select(m).where(c.id == eid)).scalar_one() or 0)
        if not _matches(conn, f, eid):
            return None, total, value
        q = sa.select(sa.func.count()).select_from(t.events).where(*_where(f), m > value)
        return int(conn.execute(q).scalar_one()) + 1, total, value


def series_rows(
    store: Store, f: EventFilter, by: Literal["type", "sub_type", "weapon", "actor", "none"]
) -> list[tuple[dt.date, Any, int]]:
    """(date, group value, events) grouped in SQL; the caller buckets dates into periods."""
    c = t.events.c
    col = {
        "type": c.event_type,
        "sub_type": c.sub_event_type,
        "weapon": c.weapons,
        "actor": c.actor1,
        "none": sa.literal("all"),
    }[by]
    key = sa.cast(c.weapons, sa.Text) if by == "weapon" else col
    q = (
        sa.select(c.date, key.label("g"), sa.func.count())
        .where(*_where(f), c.date.is_not(None))
        .group_by(c.date, key)
        .order_by(c.date)
    )
    with store.engine.connect() as conn:
        return [(r[0], r[1], int(r[2])) for r in conn.execute(q)]


def event_links(store: Store, f: EventFilter | None = None) -> list[tuple[int, int]]:
    """(event, event it responds to) from the mentions' responds_to, on current event ids."""
    m1, m2 = t.mentions.alias("m1"), t.mentions.alias("m2")
    q = (
        sa.select(m1.c.event_id, m2.c.event_id)
        .join(m2, sa.and_(m2.c.doc_id == m1.c.doc_id, m2.c.local_id == m1.c.responds_to))
        .where(m1.c.responds_to.is_not(None), m1.c.event_id != m2.c.event_id)
        .distinct()
    )
    if f is not None:
        ok = sa.select(t.events.c.id).where(*_where(f))
        q = q.where(m1.c.event_id.in_(ok), m2.c.event_id.in_(ok))
    with store.engine.connect() as conn:
        return sorted((int(a), int(b)) for a, b in conn.execute(q))


def links_of(store: Store, event_ids: Sequence[int]) -> list[tuple[int, int]]:
    """The responds_to links that touch these events (both directions), via indexed lookups."""
    m1, m2 = t.mentions.alias("m1"), t.mentions.alias("m2")
    ids = list(event_ids)
    on = sa.and_(m2.c.doc_id == m1.c.doc_id, m2.c.local_id == m1.c.responds_to)
    base = sa.select(m1.c.event_id, m2.c.event_id).where(m1.c.event_id != m2.c.event_id)
    out: set[tuple[int, int]] = set()
    with store.engine.connect() as conn:
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            outgoing = base.select_from(m1.join(m2, on)).where(
                m1.c.event_id.in_(chunk), m1.c.responds_to.is_not(None)
            )
            incoming = base.select_from(m2.join(m1, on)).where(m2.c.event_id.in_(chunk))
            for q in (outgoing, incoming):
                out.update((int(a), int(b)) for a, b in conn.execute(q))
    return sorted(out)


def events_by_id(store: Store, ids: Sequence[int]) -> dict[int, EventRow]:
    e = t.events
    out: dict[int, EventRow] = {}
    with store.engine.connect() as conn:
        for i in range(0, len(ids), 500):
            rows = conn.execute(sa.select(e).where(e.c.id.in_(list(ids[i : i + 500])))).mappings()
            for r in rows:
                out[int(r["id"])] = EventRow(
                    id=int(r["id"]),
                    date=r["date"],
                    event_type=r["event_type"],
                    sub_event_type=r["sub_event_type"],
                    actor1=r["actor1"],
                    actor2=r["actor2"],
                    country=r["country"],
                    location=r["location"],
                    weapons=tuple(r["weapons"] or ()),
                    fatalities=r["fatalities_best"],
                    injuries=r["injuries_best"],
                    status=str(r["status"]),
                )
    return out


def tally_rows(store: Store) -> list[TallyRow]:
    x, d = t.tallies, t.documents
    q = (
        sa.select(x.c.id, d.c.name, d.c.published, x.c.count.label("n"), x.c.bound, x.c.since)
        .add_columns(x.c.until, x.c.payload)
        .join(d, d.c.id == x.c.doc_id)
        .order_by(d.c.name, x.c.seq)
    )
    with store.engine.connect() as conn:
        return [
            TallyRow(int(r.id), r.name, r.published, r.n, r.bound, r.since, r.until, r.payload)
            for r in conn.execute(q)
        ]


def mention_event(store: Store, doc_name: str, local_id: str) -> int | None:
    """The live event a document's mention was merged into."""
    m, d = t.mentions, t.documents
    q = (
        sa.select(m.c.event_id)
        .join(d, d.c.id == m.c.doc_id)
        .where(d.c.name == doc_name, m.c.local_id == local_id)
    )
    with store.engine.connect() as conn:
        row = conn.execute(q).first()
    return int(row[0]) if row and row[0] is not None else None
