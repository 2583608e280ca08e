"""Stored mention payloads turn back into the very Mention that was extracted."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.conftest import make_document

from watchfloor.ledger.records import mention_from_payload
from watchfloor.ledger.store import Store
from watchfloor.models import CasualtyClaim, Count, Extraction, Mention, Span

names = st.one_of(st.none(), st.text(min_size=1, max_size=30))
ints = st.one_of(st.none(), st.integers(min_value=0, max_value=10_000))
counts = st.builds(Count, ints, ints, ints)
spans = st.builds(Span, st.integers(0, 500), st.integers(501, 1000))
bounds = st.sampled_from(["exact", "at_least", "more_than", "approx", "ordinal", "at_most"])
claims = st.builds(
    CasualtyClaim,
    source=names,
    killed=ints,
    injured=ints,
    killed_bound=bounds,
    injured_bound=bounds,
    span=st.one_of(st.none(), spans),
)
coords = st.one_of(st.none(), st.floats(-90, 90, allow_nan=False))
mentions = st.builds(
    Mention,
    id=st.from_regex(r"e[0-9]{1,3}", fullmatch=True),
    date=st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2030, 1, 1))),
    date_precision=st.sampled_from(["day", "week", "month", "year"]),
    event_type=names,
    sub_event_type=names,
    actor1=names,
    actor1_aliases_in_text=st.lists(st.text(max_size=20), max_size=3).map(tuple),
    actor2=names,
    country=names,
    admin1=names,
    location=names,
    latitude=coords,
    longitude=coords,
    geo_precision=st.one_of(st.none(), st.sampled_from(["site", "town", "admin1", "country"])),
    weapons=st.lists(st.text(min_size=1, max_size=15), max_size=3).map(tuple),
    fatalities=counts,
    injuries=counts,
    casualty_claims=st.lists(claims, max_size=3).map(tuple),
    outcome=names,
    responds_to=st.one_of(st.none(), st.just("e1")),
    evidence=st.text(max_size=80),
    spans=st.lists(spans, max_size=3).map(tuple),
)


@given(mentions)
def test_payload_round_trip(mention: Mention) -> None:
    assert mention_from_payload(mention.to_dict()) == mention


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(mention=mentions)
def test_store_round_trip(tmp_path: Path, mention: Mention) -> None:
    text = f"document for {mention!r}"
    doc = make_document(text, name="rt")
    with Store.open(f"sqlite:///{tmp_path / 'rt.db'}") as store:
        store.add_extraction(doc, Extraction(doc_id="rt", events=(mention,)))
        stored = [m for m in store.mentions() if m.doc_id == doc.id]
    assert [m.mention() for m in stored] == [mention]
