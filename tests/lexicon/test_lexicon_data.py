"""The shipped lexicon data: sources documented, rows well-formed, coordinates plausible."""

from __future__ import annotations

import pytest

from watchfloor import lexicon
from watchfloor.errors import InputError

SITE_FILES = ("military_sites.tsv", "seas.tsv", "towns_extra.tsv")


def test_sources_md_names_every_data_file() -> None:
    sources = lexicon.read_text("SOURCES.md")
    missing = [n for n in lexicon.data_names() if n != "SOURCES.md" and f"`{n}`" not in sources]
    assert missing == []


def _countries() -> dict[str, dict[str, str]]:
    return {r["name"]: r for r in lexicon.load_tsv("countries.tsv")}


def _bbox(country: str, pad: float) -> tuple[float, float, float, float]:
    row = _countries()[country]
    if row["bbox_source"] != "natural-earth":
        pad = max(pad, 0.25)  # a box of populated places is narrower than the country
    return (
        float(row["min_lat"]) - pad,
        float(row["min_lon"]) - pad,
        float(row["max_lat"]) + pad,
        float(row["max_lon"]) + pad,
    )


@pytest.mark.parametrize(
    "row",
    lexicon.load_tsv("military_sites.tsv") + lexicon.load_tsv("towns_extra.tsv"),
    ids=lambda r: r["name"],
)
def test_site_lies_inside_its_country(row: dict[str, str]) -> None:
    """The box is the country's extent (Natural Earth for the theatres' countries, else its
    GeoNames populated places, widened by a quarter degree): independent of the site table, so
    a swapped lat/lon, a sign error or a wrong country falls outside."""
    lat, lon = float(row["lat"]), float(row["lon"])
    min_lat, min_lon, max_lat, max_lon = _bbox(row["country"], 0.05)
    assert min_lat <= lat <= max_lat and min_lon <= lon <= max_lon, row["name"]


@pytest.mark.parametrize("row", lexicon.load_tsv("seas.tsv"), ids=lambda r: r["name"])
def test_sea_point_lies_near_its_coast_country(row: dict[str, str]) -> None:
    lat, lon = float(row["lat"]), float(row["lon"])
    min_lat, min_lon, max_lat, max_lon = _bbox(row["country"], 3.0)
    assert min_lat <= lat <= max_lat and min_lon <= lon <= max_lon, row["name"]


@pytest.mark.parametrize("file", SITE_FILES)
def test_site_rows_are_complete(file: str) -> None:
    admin1 = {(r["cc"], r["name"]) for r in lexicon.load_tsv("admin1.tsv")}
    countries = _countries()
    kinds = {"site", "town", "sea", "region"}
    for row in lexicon.load_tsv(file):
        assert row["country"] in countries, row["name"]
        assert row["kind"] in kinds, row["name"]
        assert row["source"], f"{row['name']}: no source for its coordinates"
        assert row["aliases"], row["name"]
        if row["admin1"]:
            cc = countries[row["country"]]["iso2"]
            assert (cc, row["admin1"]) in admin1, f"{row['name']}: unknown admin1 {row['admin1']}"


def test_admin1_names_cover_the_theatres() -> None:
    by_cc: dict[str, set[str]] = {}
    for r in lexicon.load_tsv("admin1.tsv"):
        by_cc.setdefault(r["cc"], set()).add(r["name"])
    assert {"Al Anbar", "Baghdad", "Erbil", "Ninewa", "Salah al-Din"} <= by_cc["IQ"]
    assert {"Deir ez-Zor", "Al Hasakeh", "Homs", "Aleppo", "Rural Damascus"} <= by_cc["SY"]
    assert {"Mafraq", "Amman", "Zarqa"} <= by_cc["JO"]
    assert {"South", "Nabatieh", "Beirut"} <= by_cc["LB"]
    assert {"HaZafon", "HaDarom"} <= by_cc["IL"]
    assert {"Al Hudaydah", "Sanaa", "Amanat al Asimah", "Taizz"} <= by_cc["YE"]
    assert {"Tehran", "Isfahan", "Khuzestan"} <= by_cc["IR"]


def test_admin1_centroid_lies_in_its_country() -> None:
    by_iso = {r["iso2"]: r["name"] for r in lexicon.load_tsv("countries.tsv")}
    for r in lexicon.load_tsv("admin1.tsv"):
        min_lat, min_lon, max_lat, max_lon = _bbox(by_iso[r["cc"]], 0.01)
        assert min_lat <= float(r["lat"]) <= max_lat, r["name"]
        assert min_lon <= float(r["lon"]) <= max_lon, r["name"]


def test_json_lexicons_parse_and_have_rows() -> None:
    assert len(lexicon.load_json("actors.json")["actors"]) >= 50
    assert len(lexicon.load_json("weapons.json")["weapons"]) >= 20


def test_missing_file_is_an_input_error() -> None:
    with pytest.raises(InputError, match=r"no-such-file\.tsv"):
        lexicon.read_text("no-such-file.tsv")


def test_geonames_rows_are_read_from_the_installed_packages() -> None:
    rows = lexicon.geonames_cities1000()
    assert len(rows) > 100_000
    name, _admin1, _admin2, cc, lat, lon = rows[0]
    assert name and len(cc) == 2 and -90 <= lat <= 90 and -180 <= lon <= 180
    cities = lexicon.geonames_cities15000()
    assert any(c["name"] == "Baghdad" and c["population"] > 1_000_000 for c in cities.values())


def test_garrisons_refer_to_known_sites_and_actors() -> None:
    sites = {r["name"] for r in lexicon.load_tsv("military_sites.tsv")}
    actors = {a["name"] for a in lexicon.load_json("actors.json")["actors"]}
    for row in lexicon.load_tsv("garrisons.tsv"):
        assert row["site"] in sites, row["site"]
        assert row["hosts"] in actors, row["hosts"]
