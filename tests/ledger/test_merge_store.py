"""Merging at ingest in the store: one event per real event, any ingest order, analysts' edits
that hold through later merging, and nothing ever deleted."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from tests.conftest import DEV_DIR, make_document

from watchfloor.flows import ledger as review
from watchfloor.ledger import schema as t
from watchfloor.ledger.store import Store
from watchfloor.ledger.store_query import live_event_id
from watchfloor.models import CasualtyClaim, Count, Document, Extraction, Mention, Span

US = "Military Forces of the United States"
KH = "Kataib Hezbollah"
IRI = "Islamic Resistance in Iraq"
BASES = {
    "north": ("Testland", "Upper Vale", "Camp North", 34.10, 43.20),
    "south": ("Testland", "Lower Vale", "Camp South", 31.40, 45.90),
    "east": ("Farland", "Coast", "East Pier", 15.30, 42.80),
}


def attack(
    local_id: str,
    day: str,
    base: str = "north",
    *,
    actor1: str | None = IRI,
    actor2: str | None = US,
    sub: str = "Air/drone strike",
    weapons: Sequence[str] = ("drone",),
    killed: int | None = None,
    claimant: str | None = None,
    responds_to: str | None = None,
    text: str = "",
) -> Mention:
    country, admin1, place, lat, lon = BASES[base]
    claims = (CasualtyClaim(source=claimant, killed=killed, span=Span(0, 4)),) if killed else ()
    return Mention(
        id=local_id,
        date=dt.date.fromisoformat(day),
        event_type="Explosions/Remote violence",
        sub_event_type=sub,
        actor1=actor1,
        actor2=actor2,
        country=country,
        admin1=admin1,
        location=place,
        latitude=lat,
        longitude=lon,
        geo_precision="site",
        weapons=tuple(weapons),
        fatalities=Count(killed, killed, killed) if killed is not None else Count(),
        casualty_claims=claims,
        responds_to=responds_to,
        evidence=text or f"{local_id} on {day}",
        spans=(Span(0, min(len(text), 20)),) if text else (),
    )


def doc(name: str, *mentions: Mention, source: str = "Test Wire") -> tuple[Document, Extraction]:
    text = f"Report {name}. " + " ".join(m.evidence for m in mentions)
    d = make_document(text, name=name, source=source, published=mentions[0].date)
    return d, Extraction(doc_id=name, events=mentions)


def partition(store: Store) -> set[frozenset[str]]:
    groups: dict[int | None, set[str]] = {}
    for m in store.mentions():
        groups.setdefault(m.event_id, set()).add(f"{m.doc_name}#{m.mention_id}")
    return {frozenset(g) for g in groups.values()}


def event_of(store: Store, name: str, local: str = "e1") -> int:
    found = [m.event_id for m in store.mentions() if (m.doc_name, m.mention_id) == (name, local)]
    assert found and found[0] is not None
    return found[0]


def corpus() -> list[tuple[Document, Extraction]]:
    """Three attacks told by several reports, plus a strike answering one of them."""
    return [
        doc("a", attack("e1", "2024-02-01", killed=2, claimant="Pentagon")),
        doc("b", attack("e1", "2024-02-01", actor1=KH, weapons=("one-way attack drone",))),
        doc(
            "c",
            attack("e1", "2024-02-02", actor1="Unidentified Armed Group (Testland)", killed=3),
            attack("e2", "2024-02-02", "south", weapons=("rocket",)),
        ),
        doc("d", attack("e1", "2024-02-02", "south", weapons=("rockets",))),
        doc(
            "e",
            attack("e1", "2024-02-02", "south", weapons=("rocket",)),
            attack("e2", "2024-02-04", "east", actor1=US, actor2=KH, responds_to="e1"),
        ),
        doc("f", attack("e1", "2024-02-04", "east", actor1=US, actor2=KH, weapons=("airstrike",))),
    ]


def test_retellings_merge_into_one_reconciled_event(store: Store) -> None:
    for d, x in corpus()[:3]:
        store.add_extraction(d, x)
    assert partition(store) == {frozenset({"a#e1", "b#e1", "c#e1"}), frozenset({"c#e2"})}
    ev = next(e for e in store.events() if len(e.mentions) == 3).to_dict()
    assert ev["actor1"] == KH  # the most specific of IRI, KH and an unidentified group
    assert ev["fatalities"] == {"low": 2, "best": 2, "high": 3}  # the official figure is best
    assert ev["status"] == "confirmed"
    assert {(c["doc_name"], c["killed"]) for c in ev["claims"]} == {("a", 2), ("c", 3)}
    assert sorted(m["doc_name"] for m in ev["mentions"]) == ["a", "b", "c"]
    with store.engine.connect() as conn:
        reasons = conn.execute(sa.select(t.merge_reasons.c.reasons)).scalars().all()
    assert any("same day" in str(r) for r in reasons)


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_any_ingest_order_gives_the_same_ledger(tmp_path: Path, seed: int) -> None:
    docs = corpus()
    with Store.open(f"sqlite:///{tmp_path / 'in-order.db'}") as s:
        for d, x in docs:
            s.add_extraction(d, x)
        expected = partition(s)
    random.Random(seed).shuffle(docs)
    with Store.open(f"sqlite:///{tmp_path / 'shuffled.db'}") as s:
        for d, x in docs:
            s.add_extraction(d, x)
        assert partition(s) == expected
    assert len(expected) == 3


def test_a_bridging_report_merges_two_events_and_retires_one(store: Store) -> None:
    # Two reports a day and a half apart that only a third, in between, ties together.
    first = doc("p", attack("e1", "2024-03-01", weapons=("drone",)))
    second = doc("q", attack("e1", "2024-03-02", actor1=KH, weapons=("rocket",)))
    store.add_extraction(*first)
    store.add_extraction(*second)
    before = {e.id for e in store.events()}
    store.add_extraction(*doc("r", attack("e1", "2024-03-01", actor1=KH, weapons=("drone",))))
    live = {e.id for e in store.events()}
    retired = before - live
    with store.engine.connect() as conn:
        all_ids = set(conn.execute(sa.select(t.events.c.id)).scalars())
    assert before <= all_ids  # nothing deleted
    for old in retired:
        assert live_event_id(store, old) in live
    assert all(m.event_id in live for m in store.mentions())


def test_an_edit_survives_later_merging(store: Store) -> None:
    store.add_extraction(*doc("a", attack("e1", "2024-02-01", killed=2, claimant="Pentagon")))
    eid = event_of(store, "a")
    review.edit_event(store, eid, ["fatalities=4", "location=Camp North gate"], why="update")
    store.add_extraction(*doc("b", attack("e1", "2024-02-01", actor1=KH, killed=1)))
    ev = next(e for e in store.events() if e.id == live_event_id(store, eid))
    assert len(ev.mentions) == 2
    assert ev.fatalities == (4, 4, 4)
    assert ev.location == "Camp North gate"
    assert ev.actor1 == KH  # unlocked fields still follow the evidence


def test_a_split_is_not_undone_by_new_reports(store: Store) -> None:
    for d, x in corpus()[:3]:
        store.add_extraction(d, x)
    eid = event_of(store, "a")
    rev = review.split_event(store, eid, ["b#e1"], who="ana", why="different drone")
    new = rev.after["new_event"]
    store.add_extraction(*doc("z", attack("e1", "2024-02-01", actor1=KH)))
    assert event_of(store, "b") == new
    assert event_of(store, "a") == eid
    assert event_of(store, "z") in (eid, new)


def test_a_manual_merge_holds_and_reverts(store: Store) -> None:
    for d, x in corpus():
        store.add_extraction(d, x)
    north, south = event_of(store, "a"), event_of(store, "d")
    assert north != south
    rev = review.merge_events(store, [north, south], who="ana", why="one barrage")
    store.add_extraction(*doc("y", attack("e1", "2024-02-02", "south", weapons=("rocket",))))
    # y is d's natural partner, but the analyst's merge keeps d with a (y cannot join a
    # group that spans two places 400 km apart, so it stands alone).
    assert event_of(store, "d") == event_of(store, "a") == north
    assert event_of(store, "y") != north
    assert live_event_id(store, south) == north
    review.revert_event(store, north, rev.id, why="two attacks after all")
    assert event_of(store, "a") == north
    assert event_of(store, "d") == south
    assert live_event_id(store, south) == south
    actions = [r.action for r in review.event_history(store, north)]
    assert actions[:1] == ["merge"] and actions[-1] == "revert"


def test_edit_history_and_revert_round_trip(store: Store) -> None:
    store.add_extraction(*doc("a", attack("e1", "2024-02-01", killed=2, claimant="Pentagon")))
    eid = event_of(store, "a")
    original = review.show_event(store, eid).fields
    rev = review.edit_event(store, eid, ["status=claimed", "weapons=drone,rocket"], who="ana")
    shown = review.show_event(store, eid)
    assert shown.fields["status"] == "claimed" and shown.fields["weapons"] == ["drone", "rocket"]
    assert set(shown.locked_fields) == {"status", "weapons"}
    review.revert_event(store, eid, rev.id, who="bo", why="mistake")
    back = review.show_event(store, eid)
    assert back.fields["status"] == original["status"]
    assert back.fields["weapons"] == original["weapons"]
    assert back.locked_fields == ()
    hist = review.event_history(store, eid)
    assert [(r.action, r.who) for r in hist] == [("edit", "ana"), ("revert", "bo")]
    assert hist[0].before["fields"]["status"] == original["status"]
    assert hist[0].after["fields"]["status"] == "claimed"


def test_show_quotes_the_evidence_from_each_document(store: Store) -> None:
    text = "Drones hit Camp North at dawn."
    d, x = doc("a", attack("e1", "2024-02-01", text=text))
    start = d.text.index(text)
    m = dataclasses.replace(
        x.events[0], spans=(Span(start, start + 10), Span(start + 11, len(d.text)))
    )
    store.add_extraction(d, dataclasses.replace(x, events=(m,)))
    detail = review.show_event(store, event_of(store, "a"))
    assert detail.mentions[0].quotes == ("Drones hit", "Camp North at dawn.")
    assert detail.mentions[0].doc_name == "a"


def _real_extractions(paths: list[Path]) -> list[tuple[Document, Extraction]]:
    from watchfloor.flows.run import default_extractor, extract_document
    from watchfloor.ingest import iter_documents

    out = []
    extract = default_extractor()
    for item in iter_documents([str(p) for p in paths]):
        assert isinstance(item, Document)
        x = extract_document(item, extract)
        assert isinstance(x, Extraction)
        out.append((item, x))
    return out


def _samples() -> list[Path]:
    import watchfloor

    return sorted((Path(watchfloor.__file__).parent / "samples").glob("*.txt"))


@pytest.mark.parametrize("which", ["dev", "samples"])
def test_real_reports_give_one_ledger_in_any_order(tmp_path: Path, which: str) -> None:
    paths = sorted(DEV_DIR.glob("*.txt")) if which == "dev" else _samples()
    if not paths:
        pytest.skip(f"no {which} reports found")
    items = _real_extractions(paths)
    seen: list[Any] = []
    for n, seed in enumerate((0, 11, 29)):
        random.Random(seed).shuffle(items)
        with Store.open(f"sqlite:///{tmp_path / f'{n}.db'}") as s:
            for d, x in items:
                s.add_extraction(d, x)
            seen.append(partition(s))
    assert seen[0] == seen[1] == seen[2]
    assert any(len(group) > 1 for group in seen[0])  # some reports did merge


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        (["fatalities=3"], {"fatalities_low": 3, "fatalities_best": 3, "fatalities_high": 3}),
        (
            ["injuries_best=12", "date=2024-01-28"],
            {"injuries_best": 12, "date": dt.date(2024, 1, 28)},
        ),
        (["weapons=drone, ballistic missile"], {"weapons": ["drone", "ballistic missile"]}),
        (["location=", "latitude=33.5"], {"location": None, "latitude": 33.5}),
        (["status=confirmed", "actor1=Kataib Hezbollah"], {"status": "confirmed", "actor1": KH}),
    ],
)
def test_parse_edits(items: list[str], expected: dict[str, Any]) -> None:
    from watchfloor.ledger.revisions import parse_edits

    assert parse_edits(items) == expected


@pytest.mark.parametrize(
    "items",
    [[], ["colour=red"], ["fatalities=some"], ["status=rumour"], ["novalue"], ["date=28/01"]],
)
def test_bad_edits_name_the_item(items: list[str]) -> None:
    from watchfloor.errors import InputError
    from watchfloor.ledger.revisions import parse_edits

    with pytest.raises(InputError, match="edit"):
        parse_edits(items)


def test_reverting_a_merge_restores_the_split_it_overrode(store: Store) -> None:
    for d, x in corpus()[:3]:
        store.add_extraction(d, x)
    eid = event_of(store, "a")
    new = review.split_event(store, eid, ["b#e1"], why="two drones").after["new_event"]
    merge = review.merge_events(store, [eid, new], why="one after all")
    assert event_of(store, "b") == eid
    review.revert_event(store, eid, merge.id, why="no, two")
    assert (event_of(store, "a"), event_of(store, "b")) == (eid, new)
    store.add_extraction(*doc("w", attack("e1", "2024-02-01", actor1=KH)))
    assert event_of(store, "b") == new and event_of(store, "a") == eid
