"""Cross-source deduplication: measured on the development gold, and hand-written cases."""

from __future__ import annotations

import itertools
import json
import random
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from watchfloor.errors import InputError
from watchfloor.ledger.dedupe import (
    Cluster,
    MentionRef,
    block_window,
    cluster_mentions,
    compare,
)
from watchfloor.models import Count, Mention

US = "Military Forces of the United States"
Families = Callable[[str | None], frozenset[str]]


def ref(mid: str, doc: str, **fields: Any) -> MentionRef:
    """A mention of document `doc` (dates as ISO strings, counts as (low, best, high))."""
    fields["date"] = date.fromisoformat(fields["date"])
    for key in ("fatalities", "injuries"):
        if key in fields:
            fields[key] = Count(*fields[key])
    return MentionRef(mid, doc, doc, "Wire Service", None, Mention(id=mid, **fields))


def pairwise(clusters: list[Cluster], truth: dict[str, str]) -> tuple[float, float]:
    pred = {m: c.key for c in clusters for m in c.members}
    tp = merged = same = 0
    for a, b in itertools.combinations(sorted(truth), 2):
        p, t = pred[a] == pred[b], truth[a] == truth[b]
        tp, merged, same = tp + (p and t), merged + p, same + t
    return (tp / merged if merged else 1.0), (tp / same if same else 1.0)


def _dev_pairwise(dev_dir: Path, refs: list[MentionRef], families: Families) -> None:
    truth = {
        m: c["id"]
        for c in json.loads((dev_dir / "ledger.json").read_text())["clusters"]
        for m in c["members"]
    }
    assert set(truth) <= {r.mention_id for r in refs}
    precision, recall = pairwise(cluster_mentions(refs, actor_families=families), truth)
    print(f"dev pairwise P {precision:.3f} R {recall:.3f}")
    assert precision >= 0.95
    assert recall >= 0.9


def test_dev_gold_pairwise_precision_and_recall(
    dev_dir: Path, dev_refs: list[MentionRef], families: Families
) -> None:
    _dev_pairwise(dev_dir, dev_refs, families)


def test_dev_gold_with_the_lexicon_families(
    dev_dir: Path, dev_refs: list[MentionRef], lexicon_families: Families
) -> None:
    _dev_pairwise(dev_dir, dev_refs, lexicon_families)


def _retold(r: MentionRef, rng: random.Random, n: int) -> MentionRef:
    """The same event as a noisier extraction from another outlet might give it."""
    m, changes = r.mention, dict[str, Any]()
    if rng.random() < 0.3:
        changes["actor1"] = None
    if rng.random() < 0.3 and m.date and m.date_precision == "day":
        changes["date"] = m.date + timedelta(days=rng.choice([-1, 1]))
    if rng.random() < 0.3:
        changes.update(location=None, latitude=None, longitude=None)
    elif rng.random() < 0.2 and m.latitude is not None:
        changes.update(latitude=m.latitude + rng.uniform(-0.15, 0.15), location="near the site")
    if rng.random() < 0.3:
        changes["weapons"] = ()
    if rng.random() < 0.2:
        changes["sub_event_type"] = None
    if rng.random() < 0.3:
        changes.update(fatalities=Count(), injuries=Count())
    doc = f"{r.doc_id}-retold{n}"
    new_id = f"{doc}#{m.id}"
    return MentionRef(new_id, doc, doc, "Other Outlet", None, replace(m, id=new_id, **changes))


def test_noisy_retellings_of_the_dev_events_still_cluster(
    dev_dir: Path, dev_refs: list[MentionRef], families: Families
) -> None:
    truth0 = {
        m: c["id"]
        for c in json.loads((dev_dir / "ledger.json").read_text())["clusters"]
        for m in c["members"]
    }
    scores = []
    for seed in range(20):
        rng = random.Random(seed)
        refs, truth = list(dev_refs), dict(truth0)
        for r in dev_refs:
            for n in range(2):
                copy = _retold(r, rng, n)
                refs.append(copy)
                truth[copy.mention_id] = truth0[r.mention_id]
        scores.append(pairwise(cluster_mentions(refs, actor_families=families), truth))
    precision = sum(p for p, _ in scores) / len(scores)
    recall = sum(r for _, r in scores) / len(scores)
    print(f"noisy retellings: pairwise P {precision:.3f} R {recall:.3f}")
    assert precision >= 0.95
    assert recall >= 0.85


@settings(max_examples=30, deadline=None)
@given(data=st.data())
def test_dev_clusters_do_not_depend_on_input_order(
    dev_refs: list[MentionRef], families: Families, data: st.DataObject
) -> None:
    shuffled = data.draw(st.permutations(dev_refs))
    expected = cluster_mentions(dev_refs, actor_families=families)
    assert cluster_mentions(shuffled, actor_families=families) == expected


# -- hand-written cases (a fictional drone attack on a base in eastern Syria) ------------------


def attack(mid: str, doc: str, **over: Any) -> MentionRef:
    fields: dict[str, Any] = {
        "date": "2024-03-10",
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Air/drone strike",
        "actor1": "Islamic Resistance in Iraq",
        "actor2": US,
        "country": "Syria",
        "admin1": "Deir ez-Zor",
        "location": "Conoco gas field",
        "latitude": 35.35,
        "longitude": 40.30,
        "geo_precision": "site",
        "weapons": ("one-way attack drone",),
    }
    fields.update(over)
    return ref(mid, doc, **fields)


def strike(mid: str, doc: str, **over: Any) -> MentionRef:
    over = {"actor1": US, "actor2": "Kataib Hezbollah", "weapons": ("airstrike",), **over}
    return attack(mid, doc, **over)


THREE_TELLINGS = [
    # a wire story: the site, one wounded, the coalition of militias
    attack("wire#1", "wire", injuries=(1, 1, 1)),
    # a local outlet the next day: the nearby city, "drones", an umbrella name
    attack(
        "local#1",
        "local",
        date="2024-03-11",
        actor1="Iran-backed militias",
        location="Deir ez-Zor",
        latitude=35.336,
        longitude=40.14,
        geo_precision="town",
        weapons=("drones",),
    ),
    # an official tally line: the province only, no perpetrator named, no weapon
    attack(
        "official#1",
        "official",
        actor1=None,
        location=None,
        latitude=None,
        longitude=None,
        geo_precision="admin1",
        weapons=(),
        fatalities=(0, 0, 0),
    ),
]


def test_one_attack_told_three_ways_is_one_event(families: Families) -> None:
    clusters = cluster_mentions(THREE_TELLINGS, actor_families=families)
    assert [c.members for c in clusters] == [("local#1", "official#1", "wire#1")]
    reasons = " | ".join(r for d in clusters[0].decisions for r in d.reasons)
    assert "km apart (Deir ez-Zor / Conoco gas field)" in reasons
    assert "actor1 compatible (Iran-backed militias ~ Islamic Resistance in Iraq)" in reasons
    assert len(clusters[0].decisions) == 2
    assert all(d.to_dict()["same"] for d in clusters[0].decisions)


def test_strike_answering_an_attack_same_day_same_place_is_not_merged(
    families: Families,
) -> None:
    pair = [attack("a#1", "a"), strike("b#1", "b")]
    clusters = cluster_mentions(pair, actor_families=families)
    assert len(clusters) == 2
    decision = compare(*pair, actor_families=families)
    assert not decision.same
    assert decision.veto is not None and "roles reversed" in decision.veto


@pytest.mark.parametrize(
    ("killed_a", "killed_b"), [((2, 2, 2), (3, 3, 3)), ((1, 1, 1), (None, 2, None))]
)
def test_conflicting_but_close_casualties_still_merge(
    families: Families, killed_a: tuple[int | None, ...], killed_b: tuple[int | None, ...]
) -> None:
    pair = [strike("a#1", "a", fatalities=killed_a), strike("b#1", "b", fatalities=killed_b)]
    assert len(cluster_mentions(pair, actor_families=families)) == 1


def test_a_strike_on_a_militia_and_on_civilians_told_apart_is_one_strike(
    families: Families,
) -> None:
    a = strike("a#1", "a", location=None, latitude=None, longitude=None, geo_precision="admin1")
    b = strike("b#1", "b", actor2="Civilians (Syria)")
    decision = compare(a, b, actor_families=families)
    assert "actor2 related (Kataib Hezbollah / Civilians (Syria))" in decision.reasons
    assert len(cluster_mentions([a, b], actor_families=families)) == 1


def test_zero_against_several_casualties_counts_against_a_merge(families: Families) -> None:
    a = attack("a#1", "a", injuries=(0, 0, 0), weapons=("rocket",))
    b = attack("b#1", "b", date="2024-03-11", injuries=(6, 6, 6), weapons=("ballistic missile",))
    decision = compare(a, b, actor_families=families)
    assert "injuries contradict (0 / 6)" in decision.reasons
    assert not decision.same


@pytest.mark.parametrize(
    ("over", "veto"),
    [
        ({"date": "2024-03-13"}, "3 days apart"),
        ({"country": "Iraq"}, "different countries"),
        ({"latitude": 34.45, "longitude": 40.92, "location": "Al-Bukamal"}, "km apart"),
        ({"event_type": "Protests", "sub_event_type": "Peaceful protest"}, "incompatible"),
    ],
)
def test_contradictions_veto_a_merge(families: Families, over: dict[str, Any], veto: str) -> None:
    decision = compare(attack("a#1", "a"), attack("b#1", "b", **over), actor_families=families)
    assert decision.veto is not None and veto in decision.veto
    assert (
        len(
            cluster_mentions(
                [attack("a#1", "a"), attack("b#1", "b", **over)], actor_families=families
            )
        )
        == 2
    )


def test_two_named_sites_some_km_apart_are_two_attacks(families: Families) -> None:
    other_site = {"location": "Omar oil field", "latitude": 35.26, "longitude": 40.43}
    pair = [attack("a#1", "a"), attack("b#1", "b", **other_site)]
    decision = compare(*pair, actor_families=families)
    assert any(r.startswith("different sites") for r in decision.reasons)
    assert len(cluster_mentions(pair, actor_families=families)) == 2
    same_site = {"location": "the Conoco gas field base", "latitude": 35.36, "longitude": 40.31}
    pair = [attack("a#1", "a"), attack("b#1", "b", **same_site)]
    assert len(cluster_mentions(pair, actor_families=families)) == 1


def test_two_days_apart_never_links_directly_but_is_no_veto(families: Families) -> None:
    decision = compare(
        attack("a#1", "a"), attack("b#1", "b", date="2024-03-12"), actor_families=families
    )
    assert (decision.same, decision.veto) == (False, None)
    retellings = [
        attack("a#1", "a", date="2024-03-09"),
        attack("b#1", "b"),
        attack("c#1", "c", date="2024-03-11"),
    ]
    clusters = cluster_mentions(retellings, actor_families=families)
    assert [c.members for c in clusters] == [("a#1", "b#1", "c#1")]


def test_complete_link_keeps_far_places_apart_through_a_vague_bridge(families: Families) -> None:
    near = attack("a#1", "a")
    far = attack("c#1", "c", location="Al-Bukamal", latitude=34.45, longitude=40.92)
    bridge = attack(
        "b#1",
        "b",
        location=None,
        latitude=None,
        longitude=None,
        admin1=None,
        geo_precision="country",
    )
    clusters = cluster_mentions([near, far, bridge], actor_families=families)
    assert not any({"a#1", "c#1"} <= set(c.members) for c in clusters)
    assert any(
        {"a#1", "b#1"} <= set(c.members) or {"b#1", "c#1"} <= set(c.members) for c in clusters
    )


def test_two_events_of_one_document_are_never_merged(families: Families) -> None:
    pair = [attack("doc#1", "doc"), attack("doc#2", "doc", weapons=("drone",))]
    assert len(cluster_mentions(pair, actor_families=families)) == 2
    twins = [attack("doc#1", "doc"), attack("doc#2", "doc")]
    assert len(cluster_mentions(twins, actor_families=families)) == 1


def test_anonymous_events_on_one_day_do_not_merge_on_date_and_type_alone(
    families: Families,
) -> None:
    bare = {
        "actor1": None,
        "actor2": None,
        "location": None,
        "latitude": None,
        "longitude": None,
        "admin1": None,
        "weapons": (),
    }
    pair = [attack("a#1", "a", **bare), attack("b#1", "b", **bare)]
    assert len(cluster_mentions(pair, actor_families=families)) == 2


def _month(mid: str, doc: str) -> MentionRef:
    return attack(
        mid,
        doc,
        date="2024-03-01",
        date_precision="month",
        location=None,
        latitude=None,
        longitude=None,
        geo_precision="admin1",
        injuries=(1, 1, 1),
    )


def test_month_precision_mention_joins_its_only_candidate(families: Families) -> None:
    refs = [attack("a#1", "a", injuries=(1, 1, 1)), _month("m#1", "m")]
    assert [c.members for c in cluster_mentions(refs, actor_families=families)] == [("a#1", "m#1")]


def test_month_precision_mention_with_no_attacker_joins_on_its_target(
    families: Families,
) -> None:
    """'A drone attack on a US outpost in Jordan in late January': no attacker named, but
    the target, the place and the harm agree; with no target either it stays alone."""
    told = attack("a#1", "a", injuries=(1, 1, 1))
    no_attacker = replace(
        _month("m#1", "m"), mention=replace(_month("m#1", "m").mention, actor1=None)
    )
    clusters = cluster_mentions([told, no_attacker], actor_families=families)
    assert [c.members for c in clusters] == [("a#1", "m#1")]
    nobody = replace(no_attacker, mention=replace(no_attacker.mention, actor2=None))
    assert len(cluster_mentions([told, nobody], actor_families=families)) == 2


def test_month_precision_mention_stays_alone_when_two_events_fit(families: Families) -> None:
    refs = [
        attack("a#1", "a", injuries=(1, 1, 1)),
        attack("b#1", "b", date="2024-03-20", injuries=(1, 1, 1)),
        _month("m#1", "m"),
    ]
    clusters = cluster_mentions(refs, actor_families=families)
    assert ("m#1",) in [c.members for c in clusters]
    assert len(clusters) == 3


def test_month_precision_mention_joins_the_event_most_reports_tell(families: Families) -> None:
    """'Iran's April attack' in a later report means the attack everyone reported: of two
    events that fit, it joins the one told by at least half again as many reports."""
    told_twice = [
        attack("a#1", "a", injuries=(1, 1, 1)),
        attack("c#1", "c", injuries=(1, 1, 1)),
    ]
    once = attack("b#1", "b", date="2024-03-20", injuries=(1, 1, 1))
    clusters = cluster_mentions([*told_twice, once, _month("m#1", "m")], actor_families=families)
    assert [c.members for c in clusters] == [("a#1", "c#1", "m#1"), ("b#1",)]
    # two against two gives no choice
    twice_more = [
        attack("b#1", "b", date="2024-03-20", injuries=(1, 1, 1)),
        attack("d#1", "d", date="2024-03-20", injuries=(1, 1, 1)),
    ]
    clusters = cluster_mentions(
        [*told_twice, *twice_more, _month("m#1", "m")], actor_families=families
    )
    assert [c.members for c in clusters] == [("a#1", "c#1"), ("b#1", "d#1"), ("m#1",)]


def test_pinned_and_cannot_link_survive_re_merging(families: Families) -> None:
    refs = [*THREE_TELLINGS, strike("s#1", "s")]
    clusters = cluster_mentions(
        refs,
        actor_families=families,
        pinned={"official#1": "EV-7", "s#1": "EV-7"},
        cannot_link=[("wire#1", "local#1")],
    )
    by_member = {m: c for c in clusters for m in c.members}
    assert by_member["official#1"].key == "EV-7"
    assert by_member["s#1"] is by_member["official#1"]
    assert by_member["wire#1"] is not by_member["local#1"]


def test_previous_keys_survive_a_new_mention_and_a_split(families: Families) -> None:
    first = cluster_mentions(THREE_TELLINGS, actor_families=families)
    previous = {m: c.key for c in first for m in c.members}
    newcomer = attack("aaa#1", "aaa", weapons=("drone",))  # sorts before every other id
    again = cluster_mentions(
        [*THREE_TELLINGS, newcomer], actor_families=families, previous=previous
    )
    assert [(c.key, c.members) for c in again] == [
        (first[0].key, ("aaa#1", "local#1", "official#1", "wire#1"))
    ]
    split = cluster_mentions(
        THREE_TELLINGS,
        actor_families=families,
        previous=previous,
        cannot_link=[("wire#1", "local#1"), ("wire#1", "official#1")],
    )
    keys = [c.key for c in split]
    assert len(split) == 2 and len(set(keys)) == 2 and first[0].key in keys


def test_incremental_window_covers_every_mention_a_newcomer_can_join(
    families: Families,
) -> None:
    newcomer = attack("new#1", "new", date="2024-03-11")
    country, start, end = block_window(newcomer) or ("", date.min, date.max)
    assert country == "Syria"
    joined_days = []
    for n, day in enumerate(range(5, 18)):
        other = attack(f"o{n}#1", f"o{n}", date=f"2024-03-{day:02d}")
        if len(cluster_mentions([newcomer, other], actor_families=families)) == 1:
            joined_days.append(other.mention.date)
    assert joined_days == [date(2024, 3, d) for d in (10, 11, 12)]
    assert all(start <= d <= end for d in joined_days)
    assert block_window(attack("x#1", "x", country=None)) is None
    month = block_window(attack("m#1", "m", date="2024-02-01", date_precision="month"))
    assert month == ("Syria", date(2024, 1, 30), date(2024, 3, 2))


def test_no_mentions_no_clusters(families: Families) -> None:
    assert cluster_mentions([], actor_families=families) == []


def test_duplicate_mention_ids_are_an_input_error(families: Families) -> None:
    with pytest.raises(InputError, match="wire#1"):
        cluster_mentions([THREE_TELLINGS[0], THREE_TELLINGS[0]], actor_families=families)


@settings(max_examples=40, deadline=None)
@given(
    order=st.permutations(
        [
            *THREE_TELLINGS,
            strike("s#1", "s"),
            _month("m#1", "m"),
            attack("x#1", "x", date="2024-03-25", injuries=(4, 4, 4)),
        ]
    )
)
def test_shuffled_input_gives_identical_clusters(
    families: Families, order: list[MentionRef]
) -> None:
    expected = cluster_mentions(sorted(order, key=lambda r: r.mention_id), actor_families=families)
    assert cluster_mentions(order, actor_families=families) == expected
    # the three tellings and the month line, which fits them and the later attack but joins
    # the event three reports tell; the strike; the later attack
    assert [c.members for c in expected] == [
        ("local#1", "m#1", "official#1", "wire#1"),
        ("s#1",),
        ("x#1",),
    ]


def test_a_weapon_name_that_folds_to_nothing_is_no_evidence(families: Families) -> None:
    a = ref("a#1", "a", date="2024-01-20", country="Iraq", weapons=("-",))
    b = ref("b#1", "b", date="2024-01-20", country="Iraq", weapons=("rocket",))
    decision = compare(a, b, actor_families=families)
    assert not any("weapons" in r for r in decision.reasons)


def test_a_sea_basin_is_no_point_but_a_point_off_a_coast_is(families: Families) -> None:
    at_sea = {"country": "Yemen", "actor1": "Houthis", "actor2": "Civilians (International)"}
    basin = attack("a#1", "a", **at_sea, admin1=None, location="Gulf of Aden", latitude=12.8,
                   longitude=47.0, geo_precision="sea")  # fmt: skip
    off_aden = attack("b#1", "b", **at_sea, admin1="Aden", location="50 nm southwest of Aden",
                      latitude=12.19, longitude=44.43, geo_precision="sea")  # fmt: skip
    decision = compare(basin, off_aden, actor_families=families)
    assert decision.veto is None and decision.same, decision
    far_off = attack("c#1", "c", **at_sea, admin1="Al Hudaydah", location="50 nm west of Hodeidah",
                     latitude=14.8, longitude=42.1, geo_precision="sea")  # fmt: skip
    assert compare(off_aden, far_off, actor_families=families).veto is not None


def test_an_air_strike_and_a_missile_attack_told_of_one_strike_score_nearly_as_one_type() -> None:
    import datetime as dt

    from watchfloor.ledger.features import _type_feature
    from watchfloor.models import Mention

    base = dict(id="e1", date=dt.date(2024, 2, 2), date_precision="day")
    air = Mention(
        **base, event_type="Explosions/Remote violence", sub_event_type="Air/drone strike"
    )
    shell = Mention(
        **base,
        event_type="Explosions/Remote violence",
        sub_event_type="Shelling/artillery/missile attack",
    )
    ied = Mention(
        **base,
        event_type="Explosions/Remote violence",
        sub_event_type="Remote explosive/landmine/IED",
    )
    assert _type_feature(air, shell)[0] == 1.0
    assert _type_feature(air, ied)[0] == 0.5
    assert _type_feature(air, air)[0] == 1.5


def test_a_ship_hit_far_offshore_is_the_attack_told_off_the_coast(families: Families) -> None:
    """'68 nm southwest of Hodeidah' (a point at sea, 126 km out) and 'off Hodeidah' (the
    coastal town): one attack on one ship, however far offshore it was."""
    at_sea = {
        "country": "Yemen",
        "admin1": "Al Hudaydah",
        "location": "68 nm southwest of Al Hudaydah",
        "latitude": 13.998,
        "longitude": 42.127,
        "geo_precision": "sea",
        "actor2": "Civilians (International)",
    }
    coast = {**at_sea, "location": "Al Hudaydah", "latitude": 14.798, "longitude": 42.954}
    coast["geo_precision"] = "town"
    pair = [attack("a#1", "a", **at_sea), attack("b#1", "b", **coast)]
    assert len(cluster_mentions(pair, actor_families=families)) == 1
    # two points at sea that far apart are two attacks
    other_ship = {**at_sea, "latitude": 14.9, "longitude": 41.1}
    pair = [attack("a#1", "a", **at_sea), attack("c#1", "c", **other_ship)]
    assert len(cluster_mentions(pair, actor_families=families)) == 2
    # and a coast a whole sea away is no such coast
    far = {**coast, "latitude": 12.8, "longitude": 45.03, "location": "Aden", "admin1": "Aden"}
    pair = [attack("a#1", "a", **at_sea), attack("d#1", "d", **far)]
    assert len(cluster_mentions(pair, actor_families=families)) == 2


def test_a_sea_named_with_its_coasts_province_is_still_a_basin() -> None:
    """'the Red Sea' with admin1 Al Hudaydah (the coast facing it, as ACLED codes it) says
    nothing of where in the sea a ship was hit: no place veto or admin1 penalty against a
    point told from another province's port."""
    from watchfloor.ledger.features import compare, geo_rank

    sides = {
        "date": "2024-06-12",
        "country": "Yemen",
        "sub_event_type": "Air/drone strike",
        "actor1": "Military Forces of Yemen (2017-) Houthi",
    }
    basin = ref(
        "m1",
        "a",
        location="Red Sea",
        geo_precision="sea",
        admin1="Al Hudaydah",
        latitude=15.0,
        longitude=41.8,
        **sides,
    )
    point = ref(
        "m2",
        "b",
        location="60 nm southwest of Aden",
        geo_precision="sea",
        admin1="Aden",
        latitude=12.1,
        longitude=44.3,
        **sides,
    )
    assert (geo_rank(basin.mention), geo_rank(point.mention)) == (3, 1)
    decision = compare(basin, point, actor_families=lambda name: frozenset({name or ""}))
    assert decision.veto is None
    assert not any("admin1" in r or "km apart" in r for r in decision.reasons), decision.reasons


def test_two_agreements_in_one_country_on_one_day_are_one() -> None:
    """'The ceasefire took effect on Wednesday' (no parties named) and 'Israel and Hezbollah's
    truce began on Wednesday', in another report: a country sees few agreements a day."""
    from watchfloor.ledger.features import compare

    told = {
        "country": "Lebanon",
        "event_type": "Strategic developments",
        "sub_event_type": "Agreement",
    }
    named = ref(
        "m1", "a", date="2024-11-27", actor1="Military Forces of Israel", actor2="Hezbollah", **told
    )
    bare = ref("m2", "b", date="2024-11-27", **told)
    same = compare(named, bare, actor_families=lambda name: frozenset({name or ""}))
    assert same.same, same.reasons
    strike = ref(
        "m3",
        "b",
        date="2024-11-27",
        country="Lebanon",
        event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike",
    )
    other = ref(
        "m4",
        "c",
        date="2024-11-27",
        country="Lebanon",
        event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike",
    )
    assert not compare(strike, other, actor_families=lambda name: frozenset({name or ""})).same


def test_an_inferred_target_neither_confirms_nor_contradicts_a_named_one(
    families: Families,
) -> None:
    isis = {"actor2": "Islamic State", "actor2_aliases_in_text": ("ISIS",)}
    a = strike("a#1", "a", **isis, actor2_inferred=True)
    b = strike("b#1", "b", actor2_aliases_in_text=("Kataib Hezbollah",))
    decision = compare(a, b, actor_families=families)
    assert not any("actor2" in r for r in decision.reasons)
    assert len(cluster_mentions([a, b], actor_families=families)) == 1
    named = strike("c#1", "c", **isis)
    assert any("actor2 differ" in r for r in compare(named, b, actor_families=families).reasons)


def test_a_target_no_words_name_does_not_contradict_a_named_one(families: Families) -> None:
    a = strike("a#1", "a", actor2="Islamic State")
    b = strike("b#1", "b", actor2_aliases_in_text=("Kataib Hezbollah",))
    reasons = compare(a, b, actor_families=families).reasons
    assert "actor2 related (Islamic State / Kataib Hezbollah)" in reasons
