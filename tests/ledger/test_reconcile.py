"""Reconciliation of one event's mentions: fields, figures with every claim, and status."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from watchfloor.errors import InputError
from watchfloor.ledger.dedupe import MentionRef, cluster_mentions, date_interval
from watchfloor.ledger.reconcile import (
    ClaimRecord,
    figures,
    merge_weapons,
    pick_actor,
    reconcile,
)
from watchfloor.models import CasualtyClaim, Count, Mention, Span

US = "Military Forces of the United States"
IRI = "Islamic Resistance in Iraq"
Families = Callable[[str | None], frozenset[str]]
Kinds = Callable[[str | None], str | None]


def ref(mid: str, doc: str, source: str | None = "Wire Service", **fields: Any) -> MentionRef:
    """An attack on a base as document `doc` tells it; claims as (source, killed, injured)."""
    base: dict[str, Any] = {
        "date": "2024-05-02",
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Shelling/artillery/missile attack",
        "actor1": IRI,
        "actor2": US,
        "country": "Syria",
        "admin1": "Al Hasakah",
        "evidence": f"{doc} says a base was hit",
    }
    base.update(fields)
    base["date"] = date.fromisoformat(base["date"])
    for key in ("fatalities", "injuries"):
        if key in base:
            base[key] = Count(*base[key])
    base["casualty_claims"] = tuple(
        CasualtyClaim(s, k, i, span=Span(0, 5)) for s, k, i in base.get("casualty_claims", ())
    )
    return MentionRef(mid, doc, doc, source, None, Mention(id=mid, **base))


def test_conflicting_casualties_keep_every_claim_and_prefer_the_target_side(
    families: Families, kinds: Kinds
) -> None:
    members = [
        ref("a#1", "a", casualty_claims=[(IRI, 5, None)]),
        ref("b#1", "b", casualty_claims=[("Pentagon", 0, 3)]),
        ref("c#1", "c", fatalities=(2, 2, 2)),
    ]
    r = reconcile(members, actor_kind=kinds, actor_families=families)
    assert r.fatalities == Count(low=0, best=0, high=5)
    assert r.injuries == Count(low=3, best=3, high=3)
    assert [(c.doc_name, c.source, c.killed, c.voice) for c in r.claims] == [
        ("a", IRI, 5, "perpetrator"),
        ("b", "Pentagon", 0, "target"),
        ("c", "Wire Service", 2, "media"),
    ]
    assert r.claims[0].span == Span(0, 5)
    assert r.claims[0].to_dict()["span"] == [0, 5]
    assert r.status == "confirmed"
    assert r.status_sources == ("Pentagon",)


@pytest.mark.parametrize(
    ("per_doc", "expected"),
    [
        ([2, 2, 3], Count(2, 2, 3)),  # the most-cited figure
        ([3, 2], Count(2, 2, 3)),  # a tie takes the lower figure
        ([4, 1, 4, 1, 7], Count(1, 1, 7)),
        ([6], Count(6, 6, 6)),
    ],
)
def test_best_figure_without_a_confirming_source(
    families: Families, kinds: Kinds, per_doc: list[int], expected: Count
) -> None:
    members = [ref(f"d{n}#1", f"d{n}", fatalities=(k, k, k)) for n, k in enumerate(per_doc)]
    r = reconcile(members, actor_kind=kinds, actor_families=families)
    assert r.fatalities == expected
    assert r.status == "reported"


@pytest.mark.parametrize(
    ("count", "figure", "bound"),
    [
        ((3, 3, 3), 3, "exact"),
        ((2, None, None), 2, "at_least"),
        ((None, None, 5), 5, "at_most"),
        ((2, 3, 4), 3, "approx"),
        ((2, None, 4), 2, "approx"),
    ],
)
def test_a_reports_own_figure_keeps_its_bound(
    count: tuple[int | None, ...], figure: int, bound: str
) -> None:
    claim = reconcile([ref("a#1", "a", injuries=count)]).claims[0]
    assert (claim.source, claim.injured, claim.injured_bound) == ("Wire Service", figure, bound)


def test_a_figure_is_cited_once_per_document(families: Families, kinds: Kinds) -> None:
    members = [
        ref("a#1", "a", casualty_claims=[("medics", 4, None), ("residents", 4, None)]),
        ref("b#1", "b", fatalities=(1, 1, 1)),
        ref("c#1", "c", fatalities=(1, 1, 1)),
    ]
    assert reconcile(members, actor_kind=kinds, actor_families=families).fatalities.best == 1


def test_only_the_perpetrator_speaking_is_claimed(families: Families, kinds: Kinds) -> None:
    members = [
        ref("a#1", "a", casualty_claims=[(IRI, 4, None)]),
        ref("b#1", "b", source="Kataib Hezbollah"),
    ]
    r = reconcile(members, actor_kind=kinds, actor_families=families)
    assert r.status == "claimed"
    assert r.status_sources == (IRI, "Kataib Hezbollah")


def test_media_alone_is_reported(families: Families, kinds: Kinds) -> None:
    members = [ref("a#1", "a"), ref("b#1", "b", source="Daily Paper", injuries=(2, 2, 2))]
    r = reconcile(members, actor_kind=kinds, actor_families=families)
    assert (r.status, r.status_sources) == ("reported", ("Daily Paper", "Wire Service"))


def test_an_official_document_confirms_its_own_strike(families: Families, kinds: Kinds) -> None:
    strike = {"actor1": US, "actor2": "Kataib Hezbollah"}
    members = [ref("a#1", "a", **strike), ref("p#1", "p", source="U.S. Central Command", **strike)]
    r = reconcile(members, actor_kind=kinds, actor_families=families)
    assert (r.status, r.status_sources) == ("confirmed", ("U.S. Central Command",))


def test_target_side_statement_confirms(families: Families, kinds: Kinds) -> None:
    strike = {"actor1": US, "actor2": "Kataib Hezbollah"}
    members = [ref("a#1", "a", casualty_claims=[("Kataib Hezbollah", 2, None)], **strike)]
    r = reconcile(members, actor_kind=kinds, actor_families=families)
    assert r.claims[0].voice == "target"
    assert r.status == "confirmed"


@pytest.mark.parametrize(
    ("dates", "expected"),
    [
        ([("2024-05-01", "month"), ("2024-05-03", "day")], (date(2024, 5, 3), "day")),
        (
            [("2024-05-03", "day"), ("2024-05-02", "day"), ("2024-05-03", "day")],
            (date(2024, 5, 3), "day"),
        ),
        ([("2024-05-03", "day"), ("2024-05-02", "day")], (date(2024, 5, 2), "day")),
        ([("2024-05-01", "month"), ("2024-05-02", "week")], (date(2024, 5, 2), "week")),
    ],
)
def test_date_is_the_most_precise_then_most_frequent_then_earliest(
    dates: list[tuple[str, str]], expected: tuple[date, str]
) -> None:
    members = [ref(f"d{n}#1", f"d{n}", date=d, date_precision=p) for n, (d, p) in enumerate(dates)]
    r = reconcile(members)
    assert (r.date, r.date_precision) == expected


def test_place_is_the_most_precise_supported() -> None:
    members = [
        ref("a#1", "a"),  # the province only
        ref(
            "b#1", "b", location="Al Hasakah", latitude=36.5, longitude=40.75, geo_precision="town"
        ),
        ref(
            "c#1", "c", location="Qasrak base", latitude=36.7, longitude=41.0, geo_precision="site"
        ),
    ]
    r = reconcile(members)
    assert (r.location, r.latitude, r.longitude, r.admin1) == (
        "Qasrak base",
        36.7,
        41.0,
        "Al Hasakah",
    )


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["Iran-backed militias", "Kataib Hezbollah", "Iran-backed militias"], "Kataib Hezbollah"),
        (["Unidentified Armed Group (Syria)", "Iran-backed militias"], "Iran-backed militias"),
        (["Unidentified Armed Group (Syria)", None], "Unidentified Armed Group (Syria)"),
        ([None, None], None),
        (
            [IRI, "Kataib Hezbollah", "Harakat Hezbollah al-Nujaba", "Kataib Hezbollah"],
            "Kataib Hezbollah",
        ),
    ],
)
def test_actor_is_the_most_specific_compatible_name(
    families: Families, names: list[str | None], expected: str | None
) -> None:
    assert pick_actor(names, families) == expected


def test_weapons_are_a_folded_union_without_generic_duplicates() -> None:
    got = merge_weapons(
        ["Drones", "drone", "ballistic missile", "missile", "Air-strike", "air strike"]
    )
    assert got == ("air strike", "ballistic missile", "drone")


def test_claims_figures_ignore_unknowns() -> None:
    assert figures((), "killed") == Count()


def test_evidence_outcome_and_type_come_from_every_member() -> None:
    members = [
        ref("b#1", "b", outcome="two rockets hit", sub_event_type="Air/drone strike"),
        ref("a#1", "a", outcome="no damage"),
        ref("c#1", "c", outcome="no damage"),
    ]
    r = reconcile(members)
    assert [e.doc_name for e in r.evidence] == ["a", "b", "c"]
    assert r.evidence[1].text == "b says a base was hit"
    assert r.outcome == "no damage; two rockets hit"
    assert r.sub_event_type == "Shelling/artillery/missile attack"


def test_reconcile_does_not_depend_on_member_order(families: Families, kinds: Kinds) -> None:
    members = [
        ref("a#1", "a", casualty_claims=[(IRI, 5, None)], weapons=("rockets",)),
        ref("b#1", "b", date="2024-05-03", fatalities=(1, 1, 2), weapons=("drone",)),
        ref(
            "c#1",
            "c",
            actor1="Kataib Hezbollah",
            location="Qasrak base",
            latitude=36.7,
            longitude=41.0,
        ),
    ]
    expected = reconcile(members, actor_kind=kinds, actor_families=families)
    rng = random.Random(7)
    for _ in range(10):
        rng.shuffle(members)
        assert reconcile(members, actor_kind=kinds, actor_families=families) == expected
    assert expected.actor1 == "Kataib Hezbollah"
    assert expected.weapons == ("drone", "rocket")


def test_an_event_without_mentions_is_an_input_error() -> None:
    with pytest.raises(InputError, match="at least one mention"):
        reconcile([])


@given(
    st.lists(
        st.tuples(
            st.text("abc", min_size=1, max_size=2),
            st.integers(0, 500),
            st.sampled_from(["perpetrator", "target", "official", "media"]),
        ),
        min_size=1,
    )
)
def test_figures_are_ordered_and_taken_from_the_claims(
    rows: list[tuple[str, int, str]],
) -> None:
    claims = [ClaimRecord(doc, f"{doc}#1", "s", k, None, voice=v) for doc, k, v in rows]  # type: ignore[arg-type]
    c = figures(claims, "killed")
    assert c.low is not None and c.best is not None and c.high is not None
    assert c.low <= c.best <= c.high
    assert c.best in {k for _, k, _ in rows}
    assert c.low == min(k for _, k, _ in rows) and c.high == max(k for _, k, _ in rows)


def test_every_dev_event_reconciles_within_its_members(
    dev_refs: list[MentionRef], families: Families, kinds: Kinds
) -> None:
    by_id = {r.mention_id: r for r in dev_refs}
    for cluster in cluster_mentions(dev_refs, actor_families=families):
        members = [by_id[m] for m in cluster.members]
        r = reconcile(members, actor_kind=kinds, actor_families=families)
        assert r.date is not None
        for m in members:
            lo, hi = date_interval(m.mention) or (r.date, r.date)
            assert (lo - r.date).days <= 1 and (r.date - hi).days <= 1
        assert {c.doc_name for c in r.claims} <= {m.doc_name for m in members}
        for count in (r.fatalities, r.injuries):
            if count.best is not None:
                assert count.low is not None and count.high is not None
                assert count.low <= count.best <= count.high
        assert r.country in {m.mention.country for m in members}
        assert len(r.evidence) == len(members)


def test_a_distant_ally_speaking_is_not_the_perpetrator(families: Families, kinds: Kinds) -> None:
    members = [ref("a#1", "a", actor1="Kataib Hezbollah", casualty_claims=[("Hezbollah", 2, None)])]
    r = reconcile(members, actor_kind=kinds, actor_families=families)
    assert r.claims[0].voice == "media"
    assert r.status == "reported"
