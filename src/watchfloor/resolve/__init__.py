"""Names in text -> canonical actors, geocoded places and weapons, from the packaged lexicons.

Everything here is data-driven (`watchfloor/lexicon/data/`) and lazy: each lexicon is read and
indexed on first use, then cached for the process.
"""

from __future__ import annotations

from watchfloor.resolve.actors import (
    ActorMatch,
    actor_families,
    canonical_actor,
    compatible,
    find_actors,
)
from watchfloor.resolve.places import (
    PlaceMatch,
    country_info,
    distance_km,
    find_places,
    resolve_place,
)
from watchfloor.resolve.weapons import WeaponMatch, find_weapons

__all__ = [
    "ActorMatch",
    "PlaceMatch",
    "WeaponMatch",
    "actor_families",
    "canonical_actor",
    "compatible",
    "country_info",
    "distance_km",
    "find_actors",
    "find_places",
    "find_weapons",
    "resolve_place",
]
