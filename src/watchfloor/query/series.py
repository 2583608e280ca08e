"""Weekly or monthly counts of events, split by type, weapon or actor family.

Weeks start on Monday (ISO); months on the 1st. Periods with no events inside the covered
range are listed with zero, so lulls show. An event with several weapons counts once per
weapon in a by-weapon series. The actor family of an event is the outermost family of its
actor1 in the lexicon (Kataib Hezbollah -> Iran-backed militias); unknown actors stand alone.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from watchfloor.errors import InputError
from watchfloor.ledger.reconcile import merge_weapons
from watchfloor.ledger.store_query import series_rows
from watchfloor.query.spec import Query

if TYPE_CHECKING:
    from watchfloor.ledger.store import Store

__all__ = ["GROUPINGS", "PERIODS", "SeriesPoint", "period_start", "series", "umbrella"]

Period = Literal["week", "month"]
Grouping = Literal["none", "type", "sub_type", "weapon", "actor_family"]
PERIODS = ("week", "month")
GROUPINGS = ("none", "type", "sub_type", "weapon", "actor_family")


@dataclass(frozen=True)
class SeriesPoint:
    period: dt.date
    group: str
    count: int

    def to_dict(self) -> dict[str, Any]:
        return {"period": self.period.isoformat(), "group": self.group, "count": self.count}


def period_start(day: dt.date, period: Period) -> dt.date:
    if period == "week":
        return day - dt.timedelta(days=day.weekday())
    return day.replace(day=1)


def _next(day: dt.date, period: Period) -> dt.date:
    if period == "week":
        return day + dt.timedelta(days=7)
    return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


@functools.cache
def umbrella(actor: str | None) -> str:
    """The outermost family of an actor (its own name when the lexicon does not know it)."""
    from watchfloor.resolve.actors import actor_families, actor_info

    if not actor:
        return "unknown"
    fams = actor_families(actor)
    roots = sorted(f for f in fams if (info := actor_info(f)) is not None and not info.member_of)
    return roots[0] if roots else actor


def series(
    store: Store, query: Query, *, period: Period = "week", by: Grouping = "none"
) -> list[SeriesPoint]:
    """Counts per period (and group), zero-filled between the first and last period."""
    if period not in PERIODS or by not in GROUPINGS:
        raise InputError(
            f"series: unknown period {period!r} or grouping {by!r}; "
            f"periods {', '.join(PERIODS)}, groupings {', '.join(GROUPINGS)}"
        )
    sql_by = {"actor_family": "actor"}.get(by, by)
    rows = series_rows(store, query.to_filter(), sql_by)  # type: ignore[arg-type]
    counts: Counter[tuple[dt.date, str]] = Counter()
    for day, value, n in rows:
        start = period_start(day, period)
        for group in _groups(value, by):
            counts[(start, group)] += n
    if not counts:
        return []
    groups = sorted({g for _, g in counts})
    first, last = min(p for p, _ in counts), max(p for p, _ in counts)
    out: list[SeriesPoint] = []
    cur = first
    while cur <= last:
        out += [SeriesPoint(cur, g, counts.get((cur, g), 0)) for g in groups]
        cur = _next(cur, period)
    return out


def _groups(value: Any, by: Grouping) -> list[str]:
    if by == "weapon":
        names = json.loads(value) if isinstance(value, str) else list(value or [])
        return list(merge_weapons(names)) or ["none"]
    if by == "actor_family":
        return [umbrella(value)]
    return [str(value) if value else "unknown"]
