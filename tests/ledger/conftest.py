"""Fixtures for the pure ledger core: a small affiliation table, the dev gold.

The real lexicon (`watchfloor.resolve.actors.actor_families`) replaces the table when present;
the table here only knows the handful of actors the tests use.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from watchfloor.ledger.dedupe import MentionRef
from watchfloor.models import CasualtyClaim, Count, Mention

DEV = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "dev"

_AXIS = "Iran-backed militias"
_US = "Military Forces of the United States"
FAMILIES: dict[str, frozenset[str]] = {
    _AXIS: frozenset({_AXIS}),
    "Islamic Resistance in Iraq": frozenset({_AXIS}),
    "Kataib Hezbollah": frozenset({_AXIS, "Islamic Resistance in Iraq", "PMF"}),
    "Harakat Hezbollah al-Nujaba": frozenset({_AXIS, "Islamic Resistance in Iraq", "PMF"}),
    "Asaib Ahl al-Haq": frozenset({_AXIS, "PMF"}),
    "Popular Mobilization Forces": frozenset({"PMF"}),
    "Islamic Revolutionary Guard Corps": frozenset({_AXIS, "Iran"}),
    "Military Forces of Yemen (2017-) Houthi": frozenset({_AXIS, "Houthi"}),
    _US: frozenset({"United States"}),
    "Pentagon": frozenset({_US, "United States"}),
    "CENTCOM": frozenset({_US, "United States"}),
    "Military Forces of Israel": frozenset({"Israel"}),
    "Hezbollah": frozenset({_AXIS, "Hezbollah"}),
}
KINDS = {
    _US: "state_force",
    "Pentagon": "government",
    "CENTCOM": "state_force",
    "U.S. Central Command": "state_force",
    "Military Forces of Israel": "state_force",
    "Ministry of Health": "government",
}


def fixture_families(name: str | None) -> frozenset[str]:
    if name is None:
        return frozenset()
    return FAMILIES.get(name, frozenset()) | {name}


def fixture_kind(name: str | None) -> str | None:
    return KINDS.get(name or "")


@pytest.fixture(scope="session")
def families() -> Callable[[str | None], frozenset[str]]:
    return fixture_families


@pytest.fixture(scope="session")
def lexicon_families() -> Callable[[str | None], frozenset[str]]:
    """The real affiliation lexicon, once another helper has written it."""
    actors = pytest.importorskip("watchfloor.resolve.actors")
    if not hasattr(actors, "actor_families"):
        pytest.skip("watchfloor.resolve.actors.actor_families not written yet")
    fn: Callable[[str | None], frozenset[str]] = actors.actor_families
    return fn


@pytest.fixture(scope="session")
def kinds() -> Callable[[str | None], str | None]:
    return fixture_kind


def gold_refs(directory: Path) -> list[MentionRef]:
    """Every gold event of a directory as a MentionRef (id `<doc>#<event id>`)."""
    out = []
    for path in sorted(directory.glob("*.gold.json")):
        doc = path.name.removesuffix(".gold.json")
        meta_path = path.with_name(f"{doc}.meta.json")
        meta = json.loads(meta_path.read_text()) if meta_path.exists() else {}
        published = date.fromisoformat(meta["published"]) if meta.get("published") else None
        for e in json.loads(path.read_text())["events"]:
            m = Mention(
                id=f"{doc}#{e['id']}",
                date=date.fromisoformat(e["date"]) if e.get("date") else None,
                date_precision=e.get("date_precision") or "day",
                event_type=e.get("event_type"),
                sub_event_type=e.get("sub_event_type"),
                actor1=e.get("actor1"),
                actor2=e.get("actor2"),
                country=e.get("country"),
                admin1=e.get("admin1"),
                location=e.get("location"),
                latitude=e.get("latitude"),
                longitude=e.get("longitude"),
                geo_precision=e.get("geo_precision"),
                weapons=tuple(e.get("weapons") or ()),
                fatalities=Count(**_count(e.get("fatalities"))),
                injuries=Count(**_count(e.get("injuries"))),
                casualty_claims=tuple(
                    CasualtyClaim(c.get("source"), c.get("killed"), c.get("injured"))
                    for c in e.get("casualty_claims") or ()
                ),
                outcome=e.get("outcome"),
                evidence=e.get("evidence") or "",
            )
            out.append(MentionRef(m.id, doc, doc, meta.get("source"), published, m))
    return out


def _count(d: dict[str, int | None] | None) -> dict[str, int | None]:
    d = d or {}
    return {k: d.get(k) for k in ("low", "best", "high")}


@pytest.fixture(scope="session")
def dev_dir() -> Path:
    if not (DEV / "ledger.json").exists():
        pytest.skip(f"development set not found at {DEV}")
    return DEV


@pytest.fixture(scope="session")
def dev_refs(dev_dir: Path) -> list[MentionRef]:
    return gold_refs(dev_dir)
