"""Names in text -> canonical actors, geocoded places and weapons, from the packaged lexicons.

Everything here is data-driven (`watchfloor/lexicon/data/`) and lazy: each lexicon is read and
indexed on first use, then cached for the process (actors and weapons in ~0.1 s, the GeoNames
gazetteer in about a second).
"""

from __future__ import annotations

from watchfloor.resolve.actors import (
    ActorMatch,
    actor_families,
    canonical_actor,
    compatible,
    family_members,
    find_actors,
    qualified_name,
    state_force,
)
from watchfloor.resolve.places import (
    PlaceMatch,
    context_countries,
    country_info,
    distance_km,
    find_places,
    resolve_place,
)
from watchfloor.resolve.weapons import WeaponMatch, find_weapons, weapon_broader

__all__ = [
    "ActorMatch",
    "PlaceMatch",
    "WeaponMatch",
    "actor_families",
    "canonical_actor",
    "compatible",
    "context_countries",
    "country_info",
    "distance_km",
    "family_members",
    "find_actors",
    "find_places",
    "find_weapons",
    "qualified_name",
    "resolve_place",
    "state_force",
    "weapon_broader",
]
