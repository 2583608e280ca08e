"""A small hand-built ledger whose answers are checked by hand in the tests.

Six events told by one timeline report (so none merge), on a made-up map:

    ev1 2023-10-10 IRI -> US  drone             north
    ev2 2023-10-17 KH  -> US  drone             north   0 killed
    ev3 2023-10-20 IRI -> US  ballistic missile south   1 killed
    ev4 2023-10-25 US  -> KH  airstrike         east    5 killed   responds to ev3
    ev5 2023-10-28 KH  -> US  ballistic missiles north  2 killed   responds to ev4
    ev6 2023-11-02 unidentified -> US rocket    south
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from tests.conftest import make_document

from watchfloor.ledger.store import Store
from watchfloor.models import Count, Extraction, Mention, Tally

US = "Military Forces of the United States"
KH = "Kataib Hezbollah"
IRI = "Islamic Resistance in Iraq"
PLACES = {
    "north": ("Testland", "Upper Vale", "Camp North", 34.10, 43.20),
    "south": ("Testland", "Lower Vale", "Camp South", 31.40, 45.90),
    "east": ("Farland", "Coast", "East Pier", 15.30, 42.80),
}
ROWS = [
    ("ev1", "2023-10-10", IRI, US, "Air/drone strike", ("drone",), "north", None, None),
    ("ev2", "2023-10-17", KH, US, "Air/drone strike", ("drone",), "north", 0, None),
    (
        "ev3",
        "2023-10-20",
        IRI,
        US,
        "Shelling/artillery/missile attack",
        ("ballistic missile",),
        "south",
        1,
        None,
    ),
    ("ev4", "2023-10-25", US, KH, "Air/drone strike", ("airstrike",), "east", 5, "ev3"),
    (
        "ev5",
        "2023-10-28",
        KH,
        US,
        "Shelling/artillery/missile attack",
        ("ballistic missiles",),
        "north",
        2,
        "ev4",
    ),
    (
        "ev6",
        "2023-11-02",
        "Unidentified Armed Group (Testland)",
        US,
        "Shelling/artillery/missile attack",
        ("rocket",),
        "south",
        None,
        None,
    ),
]


def timeline() -> tuple[object, Extraction]:
    mentions = []
    for local, day, a1, a2, sub, weapons, place, killed, responds in ROWS:
        country, admin1, location, lat, lon = PLACES[place]
        mentions.append(
            Mention(
                id=local,
                date=dt.date.fromisoformat(day),
                event_type="Explosions/Remote violence",
                sub_event_type=sub,
                actor1=a1,
                actor2=a2,
                country=country,
                admin1=admin1,
                location=location,
                latitude=lat,
                longitude=lon,
                geo_precision="site",
                weapons=weapons,
                fatalities=Count(killed, killed, killed) if killed is not None else Count(),
                responds_to=responds,
                evidence=f"{local}: {a1} hit {location} on {day}.",
            )
        )
    tallies = (
        Tally(
            claim="the third attack on U.S. forces",
            count=3,
            bound="ordinal",
            target="U.S. forces",
            since=dt.date(2023, 10, 15),
            ordinal_of="ev5",
        ),
        Tally(
            claim="at least ten attacks on U.S. forces",
            count=10,
            bound="at_least",
            target="U.S. forces",
            since=dt.date(2023, 10, 15),
        ),
    )
    doc = make_document(
        "\n".join(m.evidence for m in mentions), name="timeline", published=dt.date(2023, 11, 5)
    )
    return doc, Extraction(doc_id="timeline", events=tuple(mentions), tallies=tallies)


@pytest.fixture
def ledger(store: Store) -> Iterator[tuple[Store, dict[str, int]]]:
    doc, extraction = timeline()
    store.add_extraction(doc, extraction)  # type: ignore[arg-type]
    ids = {m.mention_id: m.event_id for m in store.mentions()}
    assert len(set(ids.values())) == 6
    yield store, {k: v for k, v in ids.items() if v is not None}
