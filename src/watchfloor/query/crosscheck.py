"""Tallies the documents claim ("the 144th attack", "at least 70 attacks") against the ledger.

Each stored tally becomes a `Query` for its own scope: since/until (until defaults to the
report's publication date), countries in `scope`, the `target` (actor2's family), the `actor`
(actor1's family) and the `weapon`. An ordinal naming its event is checked as that event's
ordinal; other tallies as a count. The bound decides what agrees: "at least 70" agrees with
any count from 70, "up to 5" with any count to 5, an exact or approximate figure within the
tolerance (`max(abs_tol, rel_tol * claimed)`). The rest are disagreements, largest first.
A tally whose target or actor names no actor the lexicon knows ("shipping") cannot be
scoped in the ledger: it is listed as not checked (with the reason), never as a disagreement.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from watchfloor.ledger.store_query import (
    EventFilter,
    TallyRow,
    count_events,
    mention_event,
    ordinal_of,
)
from watchfloor.query.spec import Query

if TYPE_CHECKING:
    from watchfloor.ledger.store import Store

__all__ = ["TallyCheck", "tally_check", "tally_query"]


@dataclass(frozen=True)
class TallyCheck:
    doc_name: str
    claim: str
    bound: str
    claimed: int
    ledger: int | None
    query: str
    agrees: bool | None  # None: not checked (see note)
    gap: int | None
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def tally_query(tally: TallyRow, base: Query | None = None) -> Query:
    """The ledger question a tally answers, narrowed by `base` where the tally says nothing."""
    p = tally.payload
    base = base or Query()
    scope = p.get("scope") or ()
    if isinstance(scope, str):
        scope = (scope,)
    until = tally.until or tally.published or base.until
    since = tally.since or base.since
    if since and until and since > until:
        since = None
    return base.with_(
        since=since,
        until=until,
        countries=tuple(scope) or base.countries,
        target=p.get("target") or base.target,
        actor_family=p.get("actor") or base.actor_family,
        weapons=(p["weapon"],) if p.get("weapon") else base.weapons,
    )


def _agrees(bound: str, claimed: int, ledger: int, abs_tol: int, rel_tol: float) -> bool:
    if bound in ("at_least", "more_than"):
        return ledger >= claimed - abs_tol
    if bound == "at_most":
        return ledger <= claimed + abs_tol
    return abs(ledger - claimed) <= max(abs_tol, rel_tol * claimed)


def _check(
    tally: TallyRow, q: Query, ledger: int | None, agrees: bool | None, note: str | None
) -> TallyCheck:
    return TallyCheck(
        doc_name=tally.doc_name,
        claim=str(tally.payload.get("claim") or ""),
        bound=tally.bound or "exact",
        claimed=tally.count or 0,
        ledger=ledger,
        query=q.describe(),
        agrees=agrees,
        gap=None if ledger is None else ledger - (tally.count or 0),
        note=note,
    )


def tally_check(
    store: Store,
    tallies: list[TallyRow],
    base: Query | None = None,
    *,
    abs_tol: int = 2,
    rel_tol: float = 0.25,
    only_disagreements: bool = False,
) -> list[TallyCheck]:
    """Compare every tally with the ledger's own count for the same scope and window."""
    from watchfloor.resolve.actors import canonical_actor

    out: list[TallyCheck] = []
    todo: list[tuple[TallyRow, Query, EventFilter, int | None]] = []
    for tally in tallies:
        if tally.count is None:
            continue
        q = tally_query(tally, base)
        unknown = [n for n in (q.target, q.actor_family) if n and canonical_actor(n) is None]
        if unknown:
            note = f"{unknown[0]!r} is not an actor the lexicon knows; not checked"
            out.append(_check(tally, q, None, None, note))
            continue
        target = tally.payload.get("ordinal_of")
        eid = mention_event(store, tally.doc_name, target) if target else None
        todo.append((tally, q, q.to_filter(), eid if tally.bound == "ordinal" else None))
    # One indexed count per distinct scope (reports often repeat one): faster than one pass
    # with a CASE per tally, which evaluates every tally on every event.
    plain = list(dict.fromkeys(flt for _, _, flt, eid in todo if eid is None))
    counted = {flt: count_events(store, flt) for flt in plain}
    for tally, q, flt, eid in todo:
        ledger = ordinal_of(store, flt, eid)[0] if eid is not None else counted[flt]
        ok = ledger is not None and _agrees(
            tally.bound or "exact", tally.count or 0, ledger, abs_tol, rel_tol
        )
        out.append(_check(tally, q, ledger, ok, None))
    if only_disagreements:
        out = [c for c in out if c.agrees is False]
    return sorted(
        out,
        key=lambda c: (
            c.agrees is not False,
            c.note is not None,
            -abs(c.gap or 0),
            c.doc_name,
            c.claim,
        ),
    )
