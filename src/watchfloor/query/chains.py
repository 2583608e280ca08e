"""Retaliation chains: events linked by "in response to", attack -> strike -> attack.

A mention's `responds_to` names another mention of the same report; in the ledger that is a
link between the two events those mentions were merged into (looked up on the current event
ids, so links follow merges). A chain is a connected group of links, listed oldest first.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from watchfloor.ledger.store_query import (
    EventRow,
    event_links,
    events_by_id,
    links_of,
    live_event_id,
)
from watchfloor.query.spec import Query

if TYPE_CHECKING:
    from watchfloor.ledger.store import Store

__all__ = ["Chain", "chains"]


@dataclass(frozen=True)
class Chain:
    """Events in date order and the links between them (event, the event it answers)."""

    events: tuple[EventRow, ...]
    links: tuple[tuple[int, int], ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "events": [
                {
                    "id": e.id,
                    "date": e.date.isoformat() if e.date else None,
                    "sub_event_type": e.sub_event_type,
                    "actor1": e.actor1,
                    "actor2": e.actor2,
                    "country": e.country,
                    "location": e.location,
                }
                for e in self.events
            ],
            "links": [{"event": a, "responds_to": b} for a, b in self.links],
        }


def chains(store: Store, query: Query | None = None, *, event_id: int | None = None) -> list[Chain]:
    """Every chain among events matching `query`, or only the chain holding `event_id`
    (that one whatever the query: a chain is followed wherever it leads)."""
    if event_id is not None:
        return _chain_of(store, live_event_id(store, event_id))
    links = event_links(store, query.to_filter() if query else None)
    adj: dict[int, set[int]] = {}
    for a, b in links:
        adj.setdefault(a, set()).add(b)
        adj.setdefault(b, set()).add(a)
    start = sorted(adj)
    seen: set[int] = set()
    groups: list[set[int]] = []
    for s in start:
        if s in seen:
            continue
        group, todo = {s}, [s]
        while todo:
            for n in adj.get(todo.pop(), ()):
                if n not in group:
                    group.add(n)
                    todo.append(n)
        seen |= group
        groups.append(group)
    rows = events_by_id(store, sorted(seen))
    out = []
    for group in groups:
        evs = sorted((rows[i] for i in group), key=lambda e: (e.date is None, e.date, e.id))
        out.append(Chain(tuple(evs), tuple((a, b) for a, b in links if a in group)))
    return sorted(out, key=lambda c: (c.events[0].date is None, c.events[0].date, c.events[0].id))


def _chain_of(store: Store, start: int) -> list[Chain]:
    """The chain holding one event, followed link by link (no scan of the whole ledger)."""
    group, frontier = {start}, [start]
    links: set[tuple[int, int]] = set()
    while frontier:
        found = links_of(store, frontier)
        links.update(found)
        frontier = sorted({x for pair in found for x in pair} - group)
        group.update(frontier)
    rows = events_by_id(store, sorted(group))
    evs = sorted(rows.values(), key=lambda e: (e.date is None, e.date, e.id))
    return [Chain(tuple(evs), tuple(sorted(links)))]
