"""Each query kind on the hand-built ledger of conftest.py, answers checked by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from watchfloor.errors import InputError
from watchfloor.flows import ledger as api
from watchfloor.ledger.store import Store
from watchfloor.query.spec import Query

Ledger = tuple[Store, dict[str, int]]
SINCE = dt.date(2023, 10, 15)
ON_US = Query(since=SINCE, target="U.S. forces")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (Query(), 6),
        (ON_US, 4),  # ev2 ev3 ev5 ev6
        (Query(since=SINCE, actor_family="Iran-backed militias"), 3),  # ev2 ev3 ev5
        (Query(countries=("farland",)), 1),
        (Query(weapons=("ballistic missiles",)), 2),
        (Query(sub_types=("Air/drone strike",), until=dt.date(2023, 10, 20)), 2),
        (Query(actor="kataib"), 3),  # either side: ev2 ev4 ev5
    ],
)
def test_count(ledger: Ledger, query: Query, expected: int) -> None:
    store, _ = ledger
    assert api.count(store, query).count == expected


def test_family_query_counts_members_of_the_family(ledger: Ledger) -> None:
    store, _ = ledger
    # Kataib Hezbollah is a member of the Islamic Resistance in Iraq in the lexicon.
    assert api.count(store, Query(actor_family="Islamic Resistance in Iraq")).count == 4


def test_ordinal_is_the_third_attack_since_the_date(ledger: Ledger) -> None:
    store, ids = ledger
    answer = api.ordinal(store, ON_US, ids["ev5"])
    assert (answer.position, answer.total) == (3, 4)
    assert api.ordinal(store, Query(target="U.S. forces"), ids["ev5"]).position == 4


def test_ordinal_of_an_event_outside_the_query_is_none(ledger: Ledger) -> None:
    store, ids = ledger
    assert api.ordinal(store, ON_US, ids["ev4"]).position is None


def test_nth_weapon_is_the_second_using_ballistic_missiles(ledger: Ledger) -> None:
    store, ids = ledger
    assert api.nth_weapon(store, ON_US, ids["ev5"], "ballistic missile").position == 2
    assert api.nth_weapon(store, ON_US, ids["ev3"], "ballistic missiles").position == 1


@pytest.mark.parametrize(("event", "rank"), [("ev4", 1), ("ev5", 2), ("ev3", 3)])
def test_rank_by_fatalities(ledger: Ledger, event: str, rank: int) -> None:
    store, ids = ledger
    answer = api.rank(store, Query(), ids[event], "fatalities")
    assert (answer.rank, answer.total) == (rank, 6)


def test_rank_among_attacks_on_us_forces_only(ledger: Ledger) -> None:
    store, ids = ledger
    answer = api.rank(store, ON_US, ids["ev5"], "casualties")
    assert (answer.rank, answer.value) == (1, 2)


def test_weekly_series_fills_quiet_weeks(ledger: Ledger) -> None:
    store, _ = ledger
    points = api.series(store, Query(), period="week")
    assert [(p.period.isoformat(), p.count) for p in points] == [
        ("2023-10-09", 1),
        ("2023-10-16", 2),
        ("2023-10-23", 2),
        ("2023-10-30", 1),
    ]
    quiet = api.series(store, Query(target="U.S. forces", sub_types=("Air/drone strike",)))
    assert [p.count for p in quiet] == [1, 1]  # ev1 then ev2, consecutive weeks


def test_monthly_series_by_weapon_and_by_family(ledger: Ledger) -> None:
    store, _ = ledger
    by_weapon = {
        (p.period.month, p.group): p.count
        for p in api.series(store, Query(), period="month", by="weapon")
    }
    assert by_weapon[(10, "ballistic missile")] == 2
    assert by_weapon[(10, "drone")] == 2
    assert by_weapon[(11, "rocket")] == 1
    by_family = {
        p.group: p.count
        for p in api.series(
            store, Query(until=dt.date(2023, 10, 31)), period="month", by="actor_family"
        )
    }
    assert sum(by_family.values()) == 5
    assert by_family.get("Military Forces of the United States", 0) == 1


def test_chain_follows_responses_attack_strike_attack(ledger: Ledger) -> None:
    store, ids = ledger
    (chain,) = api.retaliation_chains(store, event_id=ids["ev4"])
    assert [e.id for e in chain.events] == [ids["ev3"], ids["ev4"], ids["ev5"]]
    assert set(chain.links) == {(ids["ev4"], ids["ev3"]), (ids["ev5"], ids["ev4"])}
    assert len(api.retaliation_chains(store)) == 1
    assert api.retaliation_chains(store, event_id=ids["ev1"])[0].events[0].id == ids["ev1"]


def test_tally_check_flags_only_the_large_disagreement(ledger: Ledger) -> None:
    store, _ = ledger
    checks = api.tally_check(store)
    by_claim = {c.claim: c for c in checks}
    assert by_claim["the third attack on U.S. forces"].ledger == 3
    assert by_claim["the third attack on U.S. forces"].agrees
    ten = by_claim["at least ten attacks on U.S. forces"]
    assert (ten.ledger, ten.agrees) == (4, False)
    assert [c.claim for c in api.tally_check(store, only_disagreements=True)] == [ten.claim]


def test_unknown_event_and_bad_query_are_input_errors(ledger: Ledger) -> None:
    store, _ = ledger
    with pytest.raises(InputError, match="event 999"):
        api.ordinal(store, Query(), 999)
    with pytest.raises(InputError, match="since"):
        Query(since=dt.date(2024, 1, 2), until=dt.date(2024, 1, 1))
    with pytest.raises(InputError, match="status"):
        Query(status=("rumoured",))


def test_queries_follow_merges(ledger: Ledger) -> None:
    store, ids = ledger
    api.merge_events(store, [ids["ev2"], ids["ev1"]], why="test")
    assert api.count(store, Query()).count == 5
    assert api.ordinal(store, Query(), ids["ev1"]).event_id == ids["ev2"]


def test_tally_on_a_target_that_is_no_actor_is_not_checked(ledger: Ledger) -> None:
    from watchfloor.ledger.store_query import TallyRow
    from watchfloor.query.crosscheck import tally_check

    store, _ = ledger
    row = TallyRow(0, "timeline", None, 26, "ordinal", None, None, {"target": "merchant shipping"})
    (check,) = tally_check(store, [row])
    assert check.agrees is None and check.ledger is None
    assert "merchant shipping" in (check.note or "")
    assert tally_check(store, [row], only_disagreements=True) == []
