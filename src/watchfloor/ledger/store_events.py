"""Ledger events in the store: incremental merging at ingest and reconciled event rows.

Runs inside the caller's transaction (store.py owns connections). When mentions are
written, the mentions they could join are found in SQL by blocking (same country, date
intervals within two days), then followed through every mention the pure dedupe would link
them to (and every co-member of those events) until nothing new turns up. The clustering
of such a closed group equals the clustering of the whole ledger restricted to it, because
dedupe only ever joins linked mentions: so the ledger is the same whatever the ingest order,
and a new document only touches the events around it. Touched events are re-reconciled;
fields an analyst edited (locked) are left alone. An event that loses all its mentions to
another is retired (`merged_into`), never deleted.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from watchfloor.ledger import schema as t
from watchfloor.ledger.dedupe import (
    Cluster,
    MentionRef,
    cluster_mentions,
    compare,
    date_interval,
    geo_rank,
    veto_reach,
)
from watchfloor.ledger.reconcile import ClaimRecord, Reconciled, reconcile
from watchfloor.ledger.records import mention_from_payload
from watchfloor.ledger.store_audit import AUTO, retire_event
from watchfloor.models import Document, Mention

__all__ = [
    "link_mentions",
    "mention_columns",
    "mention_key",
    "new_event",
    "new_events",
    "reconcile_events",
]

WINDOW_DAYS = 2  # dedupe never links intervals more than two days apart


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def mention_key(doc_id: str, local_id: str) -> str:
    """A mention's identity that does not depend on ingest order (document hash + local id)."""
    return f"{doc_id[:24]}:{local_id}"


def mention_columns(doc: Document, mention: Mention) -> dict[str, Any]:
    """The 0002 columns of a mention row: key, blocking interval, responds_to."""
    iv = date_interval(mention)
    return {
        "key": mention_key(doc.id, mention.id),
        "date_lo": iv[0] if iv else None,
        "date_hi": iv[1] if iv else None,
        "responds_to": mention.responds_to,
    }


@functools.cache
def _families(name: str | None) -> frozenset[str]:
    from watchfloor.resolve.actors import actor_families

    return actor_families(name)


@functools.cache
def _kind(name: str | None) -> str | None:
    from watchfloor.resolve.actors import actor_info

    info = actor_info(name) if name else None
    return info.kind if info else None


@dataclass
class _Row:
    id: int
    key: str
    event_id: int | None
    ref: MentionRef


def _rows(conn: sa.Connection, where: Any) -> list[_Row]:
    m, d = t.mentions, t.documents
    q = (
        sa.select(m.c.id, m.c.key, m.c.event_id, m.c.payload, m.c.doc_id)
        .add_columns(d.c.name, d.c.source, d.c.published)
        .join(d, d.c.id == m.c.doc_id)
        .where(where)
    )
    out = []
    for r in conn.execute(q):
        mention = mention_from_payload(r.payload)
        ref = MentionRef(r.key, r.doc_id, r.name, r.source, r.published, mention)
        out.append(_Row(int(r.id), str(r.key), r.event_id, ref))
    return out


def _windows(rows: Iterable[_Row]) -> dict[str, list[tuple[dt.date, dt.date]]]:
    """Per country, the merged date ranges a link could reach."""
    spans: dict[str, list[tuple[dt.date, dt.date]]] = {}
    pad = dt.timedelta(days=WINDOW_DAYS)
    for r in rows:
        iv = date_interval(r.ref.mention)
        if iv and r.ref.mention.country:
            spans.setdefault(r.ref.mention.country, []).append((iv[0] - pad, iv[1] + pad))
    merged: dict[str, list[tuple[dt.date, dt.date]]] = {}
    for country, ivs in spans.items():
        out: list[tuple[dt.date, dt.date]] = []
        for lo, hi in sorted(ivs):
            if out and lo <= out[-1][1]:
                out[-1] = (out[-1][0], max(out[-1][1], hi))
            else:
                out.append((lo, hi))
        merged[country] = out
    return merged


def _may_block(a: Mention, b: Mention) -> bool:
    """A cheap necessary condition for dedupe to link two mentions of one country."""
    ia, ib = date_interval(a), date_interval(b)
    if ia is None or ib is None:
        return False
    if max((ib[0] - ia[1]).days, (ia[0] - ib[1]).days) > 1:
        return False
    if a.date_precision != "day" or b.date_precision != "day":
        return True
    if geo_rank(a) > 1 or geo_rank(b) > 1 or None in (a.latitude, a.longitude, b.latitude):
        return True
    if b.longitude is None:
        return True
    reach = veto_reach(a, b)
    return (
        abs((a.latitude or 0) - (b.latitude or 0)) < 2 * reach
        and abs((a.longitude or 0) - (b.longitude or 0)) < 3 * reach
    )


def _closure(conn: sa.Connection, keys: Sequence[str]) -> dict[str, _Row]:
    """The new mentions plus everything a link or a shared event can reach from them."""
    m = t.mentions
    known = {r.key: r for r in _chunked_rows(conn, m.c.key, keys)}
    frontier = list(known.values())
    while frontier:
        found: list[_Row] = []
        events = sorted({r.event_id for r in frontier if r.event_id is not None})
        for r in _chunked_rows(conn, m.c.event_id, events):
            if r.key not in known:
                known[r.key] = r
                found.append(r)
        for country, ranges in _windows(frontier).items():
            for lo, hi in ranges:
                where = sa.and_(m.c.country == country, m.c.date_lo <= hi, m.c.date_hi >= lo)
                cands = [r for r in _rows(conn, where) if r.key not in known]
                for c in cands:
                    if any(_linked(f.ref, c.ref) for f in frontier):
                        known[c.key] = c
                        found.append(c)
        frontier = found
    return known


def _linked(a: MentionRef, b: MentionRef) -> bool:
    if a.mention.country != b.mention.country or not _may_block(a.mention, b.mention):
        return False
    return compare(a, b, actor_families=_families).same


def _chunked_rows(conn: sa.Connection, column: Any, values: Sequence[Any]) -> list[_Row]:
    out: list[_Row] = []
    for i in range(0, len(values), 500):
        out += _rows(conn, column.in_(values[i : i + 500]))
    return out


def _constraints(
    conn: sa.Connection, keys: Iterable[str]
) -> tuple[dict[str, str], list[tuple[str, str]]]:
    c = t.constraints
    wanted = sorted(set(keys))
    pins: dict[str, str] = {}
    apart: list[tuple[str, str]] = []
    for i in range(0, len(wanted), 500):
        q = sa.select(c.c.kind, c.c.mention_a, c.c.mention_b, c.c.event_id, c.c.id).where(
            c.c.active.is_(True), c.c.mention_a.in_(wanted[i : i + 500])
        )
        for r in conn.execute(q.order_by(c.c.id)):
            if r.kind == "pin":
                pins[r.mention_a] = str(r.event_id)  # the latest pin wins
            elif r.mention_b:
                apart.append((r.mention_a, r.mention_b))
    return pins, apart


def link_mentions(conn: sa.Connection, keys: Sequence[str]) -> set[int]:
    """Assign these (new or re-linked) mentions to events; returns the live events touched."""
    if not keys:
        return set()
    rows = _closure(conn, keys)
    pins, apart = _constraints(conn, rows)
    previous = {k: str(r.event_id) for k, r in rows.items() if r.event_id is not None}
    clusters = cluster_mentions(
        [r.ref for r in rows.values()],
        actor_families=_families,
        pinned=pins,
        cannot_link=apart,
        previous=previous,
    )
    return _apply(conn, clusters, rows)


def _apply(conn: sa.Connection, clusters: Sequence[Cluster], rows: Mapping[str, _Row]) -> set[int]:
    """Write the clustering: new events, moved mentions and their reasons, in bulk."""
    m = t.mentions
    old = {r.event_id for r in rows.values() if r.event_id is not None}
    # A pin may name an event that holds none of these mentions now: reuse it if it is live.
    named = {int(cl.key) for cl in clusters if cl.key.isdigit()} - old
    if named:
        e = t.events
        q = sa.select(e.c.id).where(e.c.id.in_(sorted(named)), e.c.merged_into.is_(None))
        old |= {int(x) for x in conn.execute(q).scalars()}
    kept = [cl for cl in clusters if cl.key.isdigit() and int(cl.key) in old]
    fresh = [cl for cl in clusters if not (cl.key.isdigit() and int(cl.key) in old)]
    ids = {cl.key: int(cl.key) for cl in kept}
    ids |= dict(zip((cl.key for cl in fresh), new_events(conn, len(fresh)), strict=True))
    touched: set[int] = set()
    moved_to: dict[int, Counter[int]] = {}
    moves: list[dict[str, Any]] = []
    reasons: list[dict[str, Any]] = []
    for cl in clusters:
        eid = ids[cl.key]
        for k in cl.members:
            before = rows[k].event_id
            if before == eid:
                continue
            touched.add(eid)
            if before is not None:
                touched.add(before)
                moved_to.setdefault(before, Counter())[eid] += 1
            moves.append({"k": k, "eid": eid})
            reasons.append({"event_id": eid, "mention_id": rows[k].id, "reasons": _reasons(k, cl)})
            rows[k].event_id = eid
    if moves:
        stmt = sa.update(m).where(m.c.key == sa.bindparam("k")).values(event_id=sa.bindparam("eid"))
        conn.execute(stmt, moves)
        conn.execute(sa.insert(t.merge_reasons), reasons)
    live = _retire_empty(conn, moved_to)
    return reconcile_events(conn, (touched - live[1]) | live[0])


def _reasons(key: str, cl: Cluster) -> dict[str, Any]:
    links = [
        {"with": d.b if d.a == key else d.a, "score": d.score, "reasons": list(d.reasons)}
        for d in cl.decisions
        if key in (d.a, d.b)
    ]
    return {"members": len(cl.members), "links": links}


def new_event(conn: sa.Connection) -> int:
    """An empty event row (reconciliation fills it)."""
    return new_events(conn, 1)[0]


def new_events(conn: sa.Connection, n: int) -> list[int]:
    if n == 0:
        return []
    now = _now()
    row = {"weapons": [], "claims": [], "payload": {}, "created_at": now, "updated_at": now}
    stmt = sa.insert(t.events).returning(t.events.c.id, sort_by_parameter_order=True)
    return [int(x) for x in conn.execute(stmt, [row] * n).scalars()]


def _retire_empty(
    conn: sa.Connection, moved_to: Mapping[int, Counter[int]]
) -> tuple[set[int], set[int]]:
    """Events left with no mention point at the event most of them went to."""
    m = t.mentions
    if not moved_to:
        return set(), set()
    ids = sorted(moved_to)
    alive = {
        int(r[0])
        for r in conn.execute(sa.select(m.c.event_id).where(m.c.event_id.in_(ids)).distinct())
    }
    survivors: set[int] = set()
    retired: set[int] = set()
    for eid in ids:
        if eid in alive:
            continue
        target = min(moved_to[eid], key=lambda x: (-moved_to[eid][x], x))
        retire_event(conn, eid, target, who=AUTO, why="its mentions merged into another event")
        survivors.add(target)
        retired.add(eid)
    return survivors, retired


def reconcile_events(conn: sa.Connection, event_ids: Iterable[int]) -> set[int]:
    """Rewrite the reconciled fields of these live events from their mentions."""
    e, m = t.events, t.mentions
    ids = sorted(set(event_ids))
    members: dict[int, list[_Row]] = {}
    for r in _chunked_rows(conn, m.c.event_id, ids):
        if r.event_id is not None:
            members.setdefault(r.event_id, []).append(r)
    locks: dict[int, list[str]] = {}
    for i in range(0, len(ids), 500):
        q = sa.select(e.c.id, e.c.locked_fields).where(e.c.id.in_(ids[i : i + 500]))
        locks.update({int(r.id): list(r.locked_fields or []) for r in conn.execute(q)})
    free: list[dict[str, Any]] = []
    for eid, rows in members.items():
        rec = reconcile([r.ref for r in rows], actor_kind=_kind, actor_families=_families)
        values = event_values(rec, rows)
        if locks.get(eid):
            values = {k: v for k, v in values.items() if k not in locks[eid]}
            conn.execute(sa.update(e).where(e.c.id == eid).values(**values))
        else:
            free.append({f"v_{k}": v for k, v in values.items()} | {"v_id": eid})
    if free:
        names = [k.removeprefix("v_") for k in free[0] if k != "v_id"]
        stmt = (
            sa.update(e)
            .where(e.c.id == sa.bindparam("v_id"))
            .values({n: sa.bindparam(f"v_{n}") for n in names})
        )
        conn.execute(stmt, free)
    return set(members)


def event_values(rec: Reconciled, rows: Sequence[_Row]) -> dict[str, Any]:
    """The event columns for a reconciled event."""
    local = {r.key: r.ref.mention.id for r in rows}
    return {
        "date": rec.date,
        "date_precision": rec.date_precision,
        "event_type": rec.event_type,
        "sub_event_type": rec.sub_event_type,
        "actor1": rec.actor1,
        "actor2": rec.actor2,
        "country": rec.country,
        "admin1": rec.admin1,
        "location": rec.location,
        "latitude": rec.latitude,
        "longitude": rec.longitude,
        "weapons": list(rec.weapons),
        "fatalities_low": rec.fatalities.low,
        "fatalities_best": rec.fatalities.best,
        "fatalities_high": rec.fatalities.high,
        "injuries_low": rec.injuries.low,
        "injuries_best": rec.injuries.best,
        "injuries_high": rec.injuries.high,
        "status": rec.status,
        "claims": [_claim(c, local) for c in rec.claims],
        "payload": {
            "mentions": sorted(local),
            "status_sources": list(rec.status_sources),
            "outcome": rec.outcome,
        },
        "updated_at": _now(),
    }


def _claim(c: ClaimRecord, local: Mapping[str, str]) -> dict[str, Any]:
    return {
        "doc_name": c.doc_name,
        "mention_id": local.get(c.mention_id, c.mention_id),
        "source": c.source,
        "killed": c.killed,
        "injured": c.injured,
        "killed_bound": c.killed_bound,
        "injured_bound": c.injured_bound,
        "span": [c.span.start, c.span.end] if c.span else None,
        "voice": c.voice,
    }
