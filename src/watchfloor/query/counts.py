"""Counts, ordinals ("the 144th attack since"), ranks ("one of the largest since") and the
Nth use of a weapon ("the second using ballistic missiles"), over one `Query`.

Ordinals order the matching events by date, then by event id (events of one day keep the
order they entered the ledger in). Ranks order by a declared measure, largest first; events
with an equal measure share a rank.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from watchfloor.ledger.store_query import (
    EventRow,
    Measure,
    count_events,
    event_row,
    ordinal_of,
    rank_of,
)
from watchfloor.query.spec import Query

if TYPE_CHECKING:
    from watchfloor.ledger.store import Store

__all__ = ["CountAnswer", "OrdinalAnswer", "RankAnswer", "count", "nth_weapon", "ordinal", "rank"]


@dataclass(frozen=True)
class CountAnswer:
    query: str
    count: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class OrdinalAnswer:
    """`position` is None when the event itself does not match the query."""

    query: str
    event_id: int
    date: str | None
    position: int | None
    total: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class RankAnswer:
    query: str
    event_id: int
    by: str
    value: int
    rank: int | None
    total: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _date(ev: EventRow) -> str | None:
    return ev.date.isoformat() if ev.date else None


def count(store: Store, query: Query) -> CountAnswer:
    """How many live ledger events match."""
    return CountAnswer(query.describe(), count_events(store, query.to_filter()))


def ordinal(store: Store, query: Query, event_id: int) -> OrdinalAnswer:
    """Which number this event is among the matching events (1 = the first since `since`)."""
    ev = event_row(store, event_id)
    position, total = ordinal_of(store, query.to_filter(), ev.id)
    return OrdinalAnswer(query.describe(), ev.id, _date(ev), position, total)


def nth_weapon(store: Store, query: Query, event_id: int, weapon: str) -> OrdinalAnswer:
    """The ordinal of this event among matching events that used `weapon`."""
    narrowed = query.with_(weapons=(*query.weapons, weapon))
    return ordinal(store, narrowed, event_id)


def rank(store: Store, query: Query, event_id: int, by: Measure) -> RankAnswer:
    """Rank of this event among matching events by casualties, fatalities, injuries or the
    number of weapon kinds (1 = the largest)."""
    ev = event_row(store, event_id)
    position, total, value = rank_of(store, query.to_filter(), ev.id, by)
    return RankAnswer(query.describe(), ev.id, by, value, position, total)
