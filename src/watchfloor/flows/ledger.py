"""Review and questions over the ledger: the plain functions the CLI, API and brief call.

Review: show, edit, merge, split, history, revert (each change an audited revision, see
`watchfloor.ledger.revisions`). Questions: count, ordinal, rank, Nth use of a weapon,
series, retaliation chains, tally check, all over one `Query`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from watchfloor.ledger import store_review
from watchfloor.ledger.revisions import Revision, parse_edits
from watchfloor.ledger.store_query import Measure, tally_rows
from watchfloor.ledger.store_review import EventDetail
from watchfloor.query import chains as _chains
from watchfloor.query import counts, crosscheck
from watchfloor.query import series as _series
from watchfloor.query.chains import Chain
from watchfloor.query.counts import CountAnswer, OrdinalAnswer, RankAnswer
from watchfloor.query.crosscheck import TallyCheck
from watchfloor.query.series import Grouping, Period, SeriesPoint
from watchfloor.query.spec import Query

if TYPE_CHECKING:
    from watchfloor.ledger.store import Store

__all__ = [
    "DEFAULT_WHO",
    "count",
    "edit_event",
    "event_history",
    "merge_events",
    "nth_weapon",
    "ordinal",
    "rank",
    "retaliation_chains",
    "revert_event",
    "series",
    "show_event",
    "split_event",
    "tally_check",
]

DEFAULT_WHO = "analyst"


def show_event(store: Store, event_id: int) -> EventDetail:
    """Fields, sources and evidence quotes of an event (a retired id shows its successor)."""
    return store_review.event_detail(store, event_id)


def edit_event(
    store: Store,
    event_id: int,
    assignments: Sequence[str],
    *,
    who: str = DEFAULT_WHO,
    why: str | None = None,
) -> Revision:
    """Apply `field=value` edits; the fields stay as set through later automatic merging."""
    return store_review.edit_event(
        store, event_id, parse_edits(list(assignments)), who=who, why=why
    )


def merge_events(
    store: Store, event_ids: Sequence[int], *, who: str = DEFAULT_WHO, why: str | None = None
) -> Revision:
    return store_review.merge_events(store, event_ids, who=who, why=why)


def split_event(
    store: Store,
    event_id: int,
    mentions: Sequence[str],
    *,
    who: str = DEFAULT_WHO,
    why: str | None = None,
) -> Revision:
    return store_review.split_event(store, event_id, mentions, who=who, why=why)


def event_history(store: Store, event_id: int) -> list[Revision]:
    return store_review.history(store, event_id)


def revert_event(
    store: Store,
    event_id: int,
    revision_id: int,
    *,
    who: str = DEFAULT_WHO,
    why: str | None = None,
) -> Revision:
    return store_review.revert(store, event_id, revision_id, who=who, why=why)


def count(store: Store, query: Query) -> CountAnswer:
    return counts.count(store, query)


def ordinal(store: Store, query: Query, event_id: int) -> OrdinalAnswer:
    return counts.ordinal(store, query, event_id)


def rank(store: Store, query: Query, event_id: int, by: Measure = "casualties") -> RankAnswer:
    return counts.rank(store, query, event_id, by)


def nth_weapon(store: Store, query: Query, event_id: int, weapon: str) -> OrdinalAnswer:
    return counts.nth_weapon(store, query, event_id, weapon)


def series(
    store: Store, query: Query, *, period: Period = "week", by: Grouping = "none"
) -> list[SeriesPoint]:
    return _series.series(store, query, period=period, by=by)


def retaliation_chains(
    store: Store, query: Query | None = None, *, event_id: int | None = None
) -> list[Chain]:
    return _chains.chains(store, query, event_id=event_id)


def tally_check(
    store: Store, query: Query | None = None, *, only_disagreements: bool = False
) -> list[TallyCheck]:
    """Every stored tally against the ledger's own count (disagreements first)."""
    return crosscheck.tally_check(
        store, tally_rows(store), query, only_disagreements=only_disagreements
    )
