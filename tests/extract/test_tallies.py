"""Tallies: counts and ordinals of events, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from watchfloor.extract.pipeline import extract
from watchfloor.extract.tallies import find_tallies
from watchfloor.models import Document, Mention, Tally
from watchfloor.text.segment import sentences

PUB = dt.date(2024, 6, 10)


def _run(text: str, events: tuple[Mention, ...] = ()) -> tuple[Tally, ...]:
    return find_tallies(text, sentences(text), events, PUB)


def _one(text: str, events: tuple[Mention, ...] = ()) -> Tally:
    found = _run(text, events)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "count", "bound"),
    [
        ("Rebels have launched at least 45 attacks on army posts since March 3.", 45, "at_least"),
        ("Gunmen carried out a minimum of 30 raids on the camps since April.", 30, "at_least"),
        ("There have been more than 120 drone strikes on the city so far.", 120, "more_than"),
        ("Insurgents mounted some 60 assaults on the garrison this year.", 60, "approx"),
        ("Ships in the strait have come under attack 17 times since May 1.", 17, "exact"),
        ("The convoy route was hit on 40 occasions.", 40, "exact"),
        ("The navy retaliated for the raids nine times.", 9, "exact"),
        ("Allied jets conducted four rounds of airstrikes on the ridge.", 4, "exact"),
        ("The base has been attacked nearly two dozen times since January.", 24, "approx"),
        ("Troops have clashed with infiltrators at least five times since October.", 5, "at_least"),
        ("U.S. forces killed 37 militants in two strikes in Syria this month.", 2, "exact"),
        ("The navy carried out five further rounds of strikes on the coast.", 5, "exact"),
        ("Iran fired six waves of missiles at Israel before the truce.", 6, "exact"),
        (
            "The Houthis say they have targeted more than 170 ships since November.",
            170,
            "more_than",
        ),
        (
            "The group has attacked more than 100 merchant vessels over that period.",
            100,
            "more_than",
        ),
        (
            "Israel says it has struck more than 2,000 Hezbollah targets since Monday.",
            2000,
            "more_than",
        ),
        # bringing a number to a figure, a window opening the sentence, "of its kind", a total put
        # at a figure, incursions and violations
        (
            "Both ships were hit, bringing the number of ships targeted since the start of the "
            "battle to 112 ships.",
            112,
            "exact",
        ),
        (
            "Since November, the Houthis have attacked more than 80 merchant vessels, sinking two.",
            80,
            "more_than",
        ),
        (
            "Air defences shot down an American MQ-9 drone over Marib on Wednesday, the seventh "
            "of its kind since the beginning of the battle.",
            7,
            "ordinal",
        ),
        ("The Pentagon put the total since Oct. 17 at roughly 170.", 170, "approx"),
        (
            "There have been at least 17 Israeli incursions into Daraa since December 8.",
            17,
            "at_least",
        ),
        (
            "The fronts recorded more than 3,000 Houthi violations since the truce.",
            3000,
            "more_than",
        ),
        (
            "The rebels have fired more than 220 missiles and drones at the port since October.",
            220,
            "more_than",
        ),
        (
            "Some 9,000 rockets, missiles and drones have been fired at the north since May 8.",
            9000,
            "approx",
        ),
        (
            "The group said the army had violated the truce more than 54 times since it began.",
            54,
            "more_than",
        ),
        (
            "It was at least the fourth attack on bases hosting the troops since mid-July.",
            4,
            "at_least",
        ),
        ("The rebels have now attacked more than 60 merchant vessels.", 60, "more_than"),
        ("By then, the group had attacked more than 100 merchant vessels.", 100, "more_than"),
        (
            "Between November 2023 and December 2024, the Houthis attacked more than 100 "
            "merchant vessels.",
            100,
            "more_than",
        ),
        (
            "From November 2023 until January, the rebels targeted some 120 ships with "
            "missiles and drones.",
            120,
            "approx",
        ),
    ],
)
def test_counts(text: str, count: int, bound: str) -> None:
    t = _one(text)
    assert (t.count, t.bound) == (count, bound)
    assert t.span is not None and t.claim in text


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The ambush was the 87th attack on the patrols since the truce.", 87),
        ("Sunday's raid marked the third on the airport in a month.", 3),
        ("The blast was the twenty-first attack on the pipeline.", 21),
        ("It was the first time soldiers were killed at the outpost.", 1),
        ("The strike was the second using cruise missiles.", 2),
        ("The raids, the first that the navy has openly acknowledged, hit the port.", 1),
        ("The MQ-9 was the 19th such drone downed since October 2023.", 19),
        ("The Tutor is the second vessel the group has sunk since it began targeting ships.", 2),
        ("Jets bombed the suburbs for the first time since the truce.", 1),
        ("It was the first such launch since the ceasefire took effect.", 1),
        ("It was the first time a navy frigate has engaged incoming fire since the war began.", 1),
        ("It was the fifth anti-ship missile the rebels had fired in two days.", 5),
        ("It was the second armed infiltration attempt foiled since January.", 2),
        ("It was the first such fire since the truce began.", 1),
        ("It marked the group's first attacks on merchant ships since December.", 1),
        ("It was the German Navy's first such engagement.", 1),
        ("It was the first combat use of the 30,000-pound bomb.", 1),
    ],
)
def test_ordinals(text: str, count: int) -> None:
    t = _one(text)
    assert (t.count, t.bound) == (count, "ordinal")


def test_weapon_of_an_ordinal() -> None:
    t = _one("The barrage was the fourth using ballistic missiles.")
    assert (t.count, t.weapon) == (4, "ballistic missile")


@pytest.mark.parametrize(
    "text",
    [
        "Three rockets hit the base on Monday.",
        "On Tuesday the Houthis attacked 12 ships in the Red Sea.",
        "From Monday, the ministry had counted 12 ships in the port.",
        "The attack killed 12 soldiers and wounded 30.",
        "About 2,000 troops are deployed in the region.",
        "Prices rose three times as fast as wages.",
        "It was his second visit to the capital.",
        "The second-largest city was quiet.",
        "The strikes are the first in a wider response.",
        "Officials held 14 meetings since March.",
        "Several attacks were reported.",
        "The minister visited the port for the first time since the war.",
        "The army counted about 40 launches from across the border.",
        "It was the army's first use of the word.",
        "The fire was the first in the building.",
    ],
)
def test_not_tallies(text: str) -> None:
    assert _run(text) == ()


def test_window_scope_and_target() -> None:
    t = _one("Militias have staged at least 58 attacks on U.S. forces in Syria since 4 February.")
    assert t.target == "U.S. forces"
    assert t.scope == ("Syria",)
    assert t.since == dt.date(2024, 2, 4)
    assert t.until == PUB  # no events: the window runs to publication


def test_between_window() -> None:
    text = "Between 3 March and 20 May, gunmen attacked the checkpoints on 25 occasions."
    t = _one(text)
    assert (t.since, t.until) == (dt.date(2024, 3, 3), dt.date(2024, 5, 20))


def test_window_carries_over_from_an_earlier_sentence() -> None:
    text = (
        "Since 2 April, the frontier has been tense. "
        "Raiders have crossed it and attacked outposts at least 11 times."
    )
    t = _one(text)
    assert (t.count, t.since) == (11, dt.date(2024, 4, 2))


def test_ordinal_points_at_the_event_on_the_named_date() -> None:
    text = (
        "A drone hit the depot on 5 June. "
        "Mortars struck the harbour on 7 June. "
        "The 5 June attack was the 30th attack on the depot."
    )
    sents = sentences(text)
    e1 = Mention(id="e1", date=dt.date(2024, 6, 5), spans=(sents[0],))
    e2 = Mention(id="e2", date=dt.date(2024, 6, 7), spans=(sents[1],))
    t = _one(text, (e1, e2))
    assert (t.count, t.ordinal_of, t.until) == (30, "e1", dt.date(2024, 6, 5))


def test_ordinal_points_at_the_nearest_earlier_event() -> None:
    text = "Mortars struck the harbour on 7 June. This attack was the fifth on the harbour."
    sents = sentences(text)
    e1 = Mention(id="e1", date=dt.date(2024, 6, 7), spans=(sents[0],))
    t = _one(text, (e1,))
    assert t.ordinal_of == "e1"


def test_never_raises_on_odd_input() -> None:
    for text in ["", "the", "the 1st", "on 5 occasions", "at least times", "the first time."]:
        _run(text)
    assert _run("x" * 5) == ()


def test_running_total_reached_a_number() -> None:
    text = "The shelling took the number of attacks on the harbour since May to more than 90."
    t = _one(text)
    assert (t.count, t.bound) == (90, "more_than")


def test_ordinal_round_of_strikes() -> None:
    t = _one("Jets hit a depot on Monday, the third round of strikes on the valley.")
    assert (t.count, t.bound) == (3, "ordinal")


def test_timeline_line_with_a_leading_ordinal() -> None:
    text = "4 May 2024 - First cruise missile attack on the port: two cranes hit."
    t = _one(text)
    assert (t.count, t.weapon, t.target) == (1, "cruise missile", "port")


def test_weapon_of_a_first_time_claim() -> None:
    t = _one("It was the first time that rebels used anti-ship missiles against the navy.")
    assert (t.count, t.weapon) == (1, "anti-ship missile")


@pytest.mark.parametrize(
    "text",
    [
        "The attack on the 20th at the depot was the worst.",  # a date, not an ordinal tally
        "The first attack came on Tuesday at the airport.",  # narrative order
        "Observers counted about 40 launches from the ridge.",  # munitions, not attacks
    ],
)
def test_not_tallies_either(text: str) -> None:
    assert _run(text) == ()


@pytest.mark.parametrize(
    ("text", "count", "bound"),
    [
        ("It is Iran's first ever direct military attack on Israel.", 1, "ordinal"),
        ("The drone attack was the first to wound U.S. personnel since January.", 1, "ordinal"),
        (
            "The Islamic Resistance in Iraq claimed three attacks on U.S. forces on Sunday.",
            3,
            "exact",
        ),
    ],
)
def test_ordinals_after_a_possessive_and_counts_a_group_claims(
    text: str, count: int, bound: str
) -> None:
    found = extract(Document(id="t", name="t", text=text, published=dt.date(2024, 4, 15))).tallies
    assert [(t.count, t.bound) for t in found] == [(count, bound)]


def test_the_parts_of_a_count_after_a_colon_are_counts_of_their_places() -> None:
    found = _run(
        "A drone was launched at U.S. forces in Syria this morning. That brings us to 165 "
        "attacks on U.S. forces since Oct. 17: 66 in Iraq, 98 in Syria, and now one in Jordan."
    )
    assert [(t.count, t.bound, t.scope, t.since) for t in found] == [
        (165, "exact", ("Iraq", "Syria", "Jordan"), dt.date(2023, 10, 17)),
        (66, "exact", ("Iraq",), dt.date(2023, 10, 17)),
        (98, "exact", ("Syria",), dt.date(2023, 10, 17)),
        (1, "exact", ("Jordan",), dt.date(2023, 10, 17)),
    ]


def test_counts_of_mixed_weapons_kept_by_someone_and_their_parts() -> None:
    found = _run(
        "Since October 17, militias have claimed at least 16 drone and rocket attacks on U.S. "
        "bases in Iraq and Syria. The Pentagon's own count is lower: as of October 24, it "
        "listed 13 attacks, ten of them in Iraq and three in Syria."
    )
    assert [(t.count, t.bound, t.scope) for t in found] == [
        (16, "at_least", ("Iraq", "Syria")),
        (13, "exact", ("Iraq", "Syria")),
        (10, "exact", ("Iraq",)),
        (3, "exact", ("Syria",)),
    ]


def test_an_aggression_numbered_in_state_media_style_is_an_ordinal() -> None:
    tally = _one("It was the fifth Israeli aggression on Syrian territory since the start of May.")
    assert (tally.count, tally.bound) == (5, "ordinal")


def test_targets_of_one_wave_are_no_tally() -> None:
    assert (
        _run("The strikes hit more than 85 targets spanning seven locations, the military said.")
        == ()
    )
    assert _run("The group fired more than 40 rockets at the border towns on Sunday.") == ()


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Eternity C is the fourth merchant vessel sunk by the Houthis since November 2023.", 4),
        ("It was the fifth oil field hit in three days.", 5),
        ("The IRGC launched the 20th wave of Operation True Promise III on Sunday.", 20),
        ("It was the second time this year the two countries had traded blows directly.", 2),
        ("The strike was Iran's third cross-border strike in two days.", 3),
        ("It was the first time Israel has openly acknowledged striking Iranian territory.", 1),
        ("It was Iran's first-ever direct military attack on the country.", 1),
        ("The raid was the sixth announced operation against the occupying entity.", 6),
        ("The Rubymar was the first vessel lost in the campaign.", 1),
        ("The Isfahan strike was the third direct blow between Israel and Iran.", 3),
        ("It was the second air campaign against the Houthis this year.", 2),
    ],
)
def test_ordinals_of_ships_fields_waves_exchanges_and_campaigns(text: str, count: int) -> None:
    tally = _one(text)
    assert (tally.count, tally.bound) == (count, "ordinal")


@pytest.mark.parametrize(
    "text",
    [
        "There have been 151 attacks on U.S. forces since October — 66 in Iraq and 85 in Syria.",
        "At least 151 attacks have hit U.S. forces since October (66 in Iraq and 85 in Syria).",
    ],
)
def test_a_count_broken_down_after_a_dash_or_in_brackets(text: str) -> None:
    parts = [(t.count, t.scope) for t in _run(text) if t.bound == "exact" and t.count < 100]
    assert parts == [(66, ("Iraq",)), (85, ("Syria",))]


@pytest.mark.parametrize(
    "text",
    [
        "They were the first deaths among merchant seafarers since the Houthis began targeting "
        "shipping in November.",
        "The strikes were the first US military action against the Houthis since January.",
        "They were the first U.S. troops killed by hostile fire in the region since the war began.",
    ],
)
def test_the_first_harm_or_action_over_a_window_is_an_ordinal(text: str) -> None:
    t = _one(text)
    assert (t.count, t.bound) == (1, "ordinal")


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Our count of attacks claimed by the group since Oct. 17 now stands at nine.", 9),
        ("By the start of this week the tally of attacks had passed two dozen.", 24),
        ("It was the second deadly exchange in southern Syria in just over a week.", 2),
    ],
)
def test_a_count_that_stands_at_or_passed_a_figure_and_exchanges(text: str, count: int) -> None:
    assert _one(text).count == count


def test_two_ordinals_joined_by_and_are_two_tallies() -> None:
    found = _run("The two bulk carriers were the third and fourth vessels the rebels have sunk.")
    assert sorted((t.count, t.bound) for t in found) == [(3, "ordinal"), (4, "ordinal")]


def test_many_ships_attacked_between_two_dates_is_a_running_count() -> None:
    t = _one("The rebels attacked more than 100 merchant ships between November 2023 and May.")
    assert (t.count, t.bound) == (100, "more_than")


@pytest.mark.parametrize(
    ("text", "count", "bound"),
    [
        (
            "By the group's count, its operations since October 8 now exceed 2,100.",
            2100,
            "more_than",
        ),
        ("By Friday the tally of attacks had passed two dozen.", 24, "more_than"),
        (
            "The raids bring to 112 the number of ships targeted since the start of the war.",
            112,
            "exact",
        ),
    ],
)
def test_running_totals_told_after_the_count_noun(text: str, count: int, bound: str) -> None:
    t = _one(text)
    assert (t.count, t.bound) == (count, bound)


def test_a_price_that_exceeds_a_number_is_no_tally() -> None:
    assert _run("Oil prices exceeded 90 dollars a barrel after the strikes.") == ()


@pytest.mark.parametrize(
    ("text", "count", "bound"),
    [
        ("Washington has struck the Houthis 12 times since January 12.", 12, "exact"),
        ("Israel has struck Syria 30 times this year.", 30, "exact"),
        ("The strike was the second in a week to hit the Yarmouk camp.", 2, "ordinal"),
        ("It was the third this month on Ain al-Asad.", 3, "ordinal"),
    ],
)
def test_counts_after_a_name_and_ordinals_over_a_span_of_time(
    text: str, count: int, bound: str
) -> None:
    found = [(t.count, t.bound) for t in _run(text)]
    assert (count, bound) in found
