"""The one query object the CLI, the Python API and the brief share.

A `Query` holds what an analyst says ("attacks on U.S. forces in Iraq and Syria since
2023-10-07 using ballistic missiles"); `to_filter` turns names into exact column values
through the actor lexicon, so the store can filter in SQL:

- `actor`: a substring of actor1 or actor2 (as in every listing);
- `actor_family`: actor1 (the one who acts) is the family or one of its members
  ("Iran-backed militias" finds Kataib Hezbollah); an unknown name matches itself only;
- `target`: actor2 is the target or one of its members ("U.S. forces");
- `weapons`: each must appear among the event's weapons (spelling folded, so "ballistic
  missiles" finds "ballistic missile");
- dates are inclusive; countries, types, sub-types and status match any listed, any case.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

from watchfloor.errors import InputError
from watchfloor.ledger.dedupe import weapon_key
from watchfloor.ledger.store_query import EventFilter

__all__ = ["STATUSES", "Query", "family_names"]

STATUSES = ("claimed", "reported", "confirmed")


def family_names(name: str) -> tuple[str, ...]:
    """Every actor name that belongs to `name`'s family, `name` itself included."""
    from watchfloor.resolve.actors import canonical_actor, family_members, qualified_name

    canonical = canonical_actor(name)
    if canonical is None:
        return (name,)
    members = set(family_members(canonical)) | {canonical, name}
    # ACLED qualifies some names by country ("Civilians (Iraq)"): keep those spellings too.
    from watchfloor.resolve.actors import actor_info

    out = set(members)
    for member in members:
        info = actor_info(member)
        if info and info.qualified_by_country and info.country:
            out.add(qualified_name(member, info.country))
    return tuple(sorted(out))


@dataclass(frozen=True)
class Query:
    """What to count. Every field narrows the set; an empty Query is the whole ledger."""

    since: dt.date | None = None
    until: dt.date | None = None
    countries: tuple[str, ...] = ()
    actor: str | None = None
    actor_family: str | None = None
    target: str | None = None
    types: tuple[str, ...] = ()
    sub_types: tuple[str, ...] = ()
    weapons: tuple[str, ...] = ()
    status: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.since and self.until and self.since > self.until:
            raise InputError(
                f"query: --since {self.since} is after --until {self.until}; swap them"
            )
        bad = [s for s in self.status if s not in STATUSES]
        if bad:
            raise InputError(f"query: unknown status {bad[0]!r}; use one of {', '.join(STATUSES)}")

    def with_(self, **changes: Any) -> Query:
        """A copy with some fields changed (the tally check narrows one query per tally)."""
        return replace(self, **changes)

    def to_filter(self) -> EventFilter:
        """The store filter: names resolved to the exact values the columns hold."""
        return EventFilter(
            since=self.since,
            until=self.until,
            countries=self.countries,
            actor_like=self.actor,
            actor1_in=family_names(self.actor_family) if self.actor_family else None,
            actor2_in=family_names(self.target) if self.target else None,
            types=self.types,
            sub_types=self.sub_types,
            weapons_like=tuple(weapon_key(w) for w in self.weapons),
            status=self.status,
        )

    def describe(self) -> str:
        """The query in words, for table captions and briefs."""
        parts = ["events"]
        if self.types or self.sub_types:
            parts = [" / ".join((*self.types, *self.sub_types))]
        if self.actor_family:
            parts.append(f"by {self.actor_family}")
        if self.target:
            parts.append(f"on {self.target}")
        if self.actor:
            parts.append(f"involving {self.actor}")
        if self.weapons:
            parts.append(f"using {', '.join(self.weapons)}")
        if self.countries:
            parts.append(f"in {', '.join(self.countries)}")
        if self.status:
            parts.append(f"({'/'.join(self.status)})")
        if self.since:
            parts.append(f"since {self.since.isoformat()}")
        if self.until:
            parts.append(f"until {self.until.isoformat()}")
        return " ".join(parts)
