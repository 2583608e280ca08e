"""Weapon surface forms -> canonical weapon names and their category.

Data: `lexicon/data/weapons.json`. A specific weapon keeps its own canonical name ("B-1
bomber", "short-range ballistic missile") and lists the broader names it also counts as, so
a caller can report both ("B-1 bomber" and "airstrike") with `weapon_broader`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from watchfloor import lexicon
from watchfloor.errors import InputError
from watchfloor.models import Span
from watchfloor.resolve.actors import expand_pattern
from watchfloor.resolve.phrases import PhraseIndex

CATEGORIES = frozenset(
    ["air", "drone", "missile", "rocket", "artillery", "explosive", "small_arms", "naval"]
)


@dataclass(frozen=True)
class WeaponMatch:
    span: Span
    surface: str
    canonical: str
    category: str


@dataclass(frozen=True)
class _Weapons:
    category: dict[str, str]
    broader: dict[str, tuple[str, ...]]
    index: PhraseIndex[str]


@cache
def _weapons() -> _Weapons:
    data = lexicon.load_json("weapons.json")
    category: dict[str, str] = {}
    broader: dict[str, tuple[str, ...]] = {}
    index: PhraseIndex[str] = PhraseIndex(data.get("spelling_variants", {}))
    rows = data["weapons"]
    for row in rows:
        name = row["name"]
        if row.get("category") not in CATEGORIES:
            raise InputError(f"weapons.json: {name!r} has unknown category {row.get('category')!r}")
        category[name] = row["category"]
        broader[name] = tuple(row.get("broader", []))
    for row in rows:
        for parent in broader[row["name"]]:
            if parent not in category:
                raise InputError(f"weapons.json: {row['name']!r} refers to unknown {parent!r}")
        phrases = [row["name"], *row.get("aliases", [])]
        for pattern in row.get("alias_patterns", []):
            phrases.extend(expand_pattern(pattern))
        for phrase in phrases:
            index.add(phrase, row["name"], optional_al=False)
    return _Weapons(category, broader, index)


lexicon.on_reload(_weapons.cache_clear)


# "the vessel's water ballast tanks", "fuel tanks": containers, not armour
_CONTAINER = re.compile(r"\b(?:ballast|fuel|water|storage|oil|gas|septic|cargo|petrol)\s+$", re.I)


def find_weapons(text: str, start: int = 0, end: int | None = None) -> list[WeaponMatch]:
    """Weapon mentions in text[start:end]: longest match first, non-overlapping; "ballistic
    and cruise missiles" names both kinds."""
    w = _weapons()
    found = [
        WeaponMatch(Span(s, e), text[s:e], name, w.category[name])
        for s, e, name in w.index.find(text, start, end)
        if not (name == "tank fire" and _CONTAINER.search(text, max(0, s - 12), s))
    ]
    for m in _SHARED_NOUN.finditer(text, start, len(text) if end is None else end):
        name = f"{m.group('kind').lower()} {m.group('noun').lower()}"
        if name in w.category and not any(f.span.start <= m.start() < f.span.end for f in found):
            found.append(WeaponMatch(Span(m.start(), m.end("kind")), m.group("kind"), name,
                                     w.category[name]))  # fmt: skip
    return sorted(found, key=lambda f: f.span.start)


# "18 ballistic and cruise missiles": the first kind shares the noun of the second
_SHARED_NOUN = re.compile(
    r"\b(?P<kind>ballistic|cruise|anti-ship|surface-to-surface|surface-to-air)"
    r"(?=\s*(?:,|and|or|&)\s*(?:[\w-]+\s+){0,2}?(?P<noun>missile)s?\b)",
    re.I,
)


def canonical_weapon(surface: str) -> str | None:
    """The canonical name of a weapon phrase, or None."""
    return _weapons().index.lookup(surface)


def weapon_category(canonical: str) -> str | None:
    return _weapons().category.get(canonical)


def weapon_broader(canonical: str) -> tuple[str, ...]:
    """The canonical name followed by every broader name it counts as, nearest first."""
    w = _weapons()
    out = [canonical]
    for name in out:
        out.extend(p for p in w.broader.get(name, ()) if p not in out)
    return tuple(out)
