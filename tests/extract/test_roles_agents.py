"""Roles, perpetrators read from context, and casualty counts, on sentences written here."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from watchfloor.extract import agents, roles
from watchfloor.extract.finalise import _count
from watchfloor.extract.pipeline import extract
from watchfloor.extract.triggers import find_triggers
from watchfloor.models import Count, Document, Span
from watchfloor.resolve.actors import find_actors
from watchfloor.resolve.places import find_places, resolve_place


def _roles(text: str, word: str) -> tuple[str | None, str | None]:
    sent = Span(0, len(text))
    trigs = find_triggers(text)
    wins = roles.windows(text, sent, trigs)
    for trig, win in zip(trigs, wins, strict=True):
        if trig.surface == word:
            actors = [a for a in find_actors(text) if not roles.is_reporting_subject(text, a, sent)]
            agent, patient = roles.assign_roles(text, trig, win, actors)
            return (agent.canonical if agent else None, patient.canonical if patient else None)
    raise AssertionError(word)


KH, US = "Kataib Hezbollah", "Military Forces of the United States"
ISRAEL = "Military Forces of Israel"


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Kataib Hezbollah attacked U.S. forces near Erbil.", "attacked", (KH, US)),
        ("U.S. forces were attacked by Kataib Hezbollah near Erbil.", "attacked", (KH, US)),
        ("U.S. forces struck facilities used by Kataib Hezbollah.", "struck", (US, KH)),
        ("The Pentagon said Kataib Hezbollah attacked U.S. troops.", "attacked", (KH, US)),
        ("Kataib Hezbollah's drone attack on U.S. troops", "drone attack", (KH, US)),
        # a count before the noun is no preposition cutting off its subject
        ("Kataib Hezbollah launched more than 30 attacks on U.S. forces.", "attacks", (KH, US)),
        ("Kataib Hezbollah fired over 100 drones at U.S. forces.", "fired", (KH, US)),
    ],
)
def test_who_did_what_to_whom(text: str, word: str, expected: tuple[str, str]) -> None:
    assert _roles(text, word) == expected


def test_windows_are_cut_at_relation_cues() -> None:
    text = "U.S. jets struck depots in response to an attack on Tower 22."
    trigs = find_triggers(text)
    wins = roles.windows(text, Span(0, len(text)), trigs)
    strike_window = wins[0]
    assert "Tower 22" not in text[strike_window.whole.start : strike_window.whole.end]


@pytest.mark.parametrize(
    ("text", "word", "state"),
    [
        ("American drone strikes hit the compound.", "drone strikes", "United States"),
        ("An Israeli strike killed two fighters.", "strike", "Israel"),
        ("A U.S. drone targeted a pickup truck.", "targeted", "United States"),
        ("Monitors said Israeli missiles hit a depot near Damascus.", "hit", "Israel"),
        ("Iranian rockets struck the consulate.", "struck", "Iran"),
    ],
)
def test_nationality_names_the_perpetrator(text: str, word: str, state: str) -> None:
    trig = next(t for t in find_triggers(text) if t.surface == word)
    actor = agents.nationality_agent(text, trig, 0)
    assert actor is not None and actor.country == state


def test_the_instrument_after_an_attack_verb_is_the_attacks_weapon() -> None:
    from watchfloor.resolve.weapons import find_weapons

    text = "The group said it attacked the port with drones; jets struck missile launchers."
    weapons = find_weapons(text)
    trigs = find_triggers(text)
    wins = roles.windows(text, Span(0, len(text)), trigs)
    used = [
        [w.canonical for w in roles.weapons_for(text, t, win, weapons)]
        for t, win in zip(trigs, wins, strict=True)
    ]
    assert used[0] == ["drone"]
    assert "missile" not in used[1]  # launchers struck are targets


def test_a_country_after_a_preposition_is_a_place_not_a_subject() -> None:
    text = "An anti-tank missile fired from Lebanon hit the post."
    trig = next(t for t in find_triggers(text) if t.surface == "hit")
    assert agents.nationality_agent(text, trig, 0) is None


def test_a_group_speaking_for_itself_is_the_perpetrator() -> None:
    text = "The Islamic Resistance in Iraq said its fighters targeted the base with drones."
    trig = next(t for t in find_triggers(text) if t.surface == "targeted")
    actor = agents.claimant(text, trig, Span(0, len(text)), find_actors(text))
    assert actor is not None and actor.canonical == "Islamic Resistance in Iraq"


def test_a_group_reporting_its_own_losses_is_not_the_perpetrator() -> None:
    text = "Hezbollah said two of its fighters were killed."
    trig = next(t for t in find_triggers(text) if t.surface == "killed")
    assert agents.claimant(text, trig, Span(0, len(text)), find_actors(text)) is None


def test_a_base_is_attacked_in_the_person_of_its_garrison() -> None:
    assert agents.garrison("Tower 22") == US
    assert agents.garrison("Nowhere Base") is None


@pytest.mark.parametrize(
    ("claims", "expected"),
    [
        ([], Count()),
        ([(3, "exact")], Count(3, 3, 3)),
        ([(1, "at_least")], Count(1, None, None)),
        ([(40, "approx")], Count(None, 40, None)),
        ([(1, "exact"), (2, "exact")], Count(1, 1, 2)),
        ([(25, "exact"), (40, "more_than"), (34, "exact")], Count(25, 25, 40)),
    ],
)
def test_low_best_high(claims: list[tuple[int, str]], expected: Count) -> None:
    assert _count(claims) == expected


def test_one_person_named_as_killed_is_no_toll_beside_one() -> None:
    # "killed a senior commander" (1) and "killing three people": the toll is the best count
    assert _count([(1, "exact"), (3, "exact")], named=[True, False]) == Count(1, 3, 3)
    # the name alone is still one dead
    assert _count([(1, "exact")], named=[True]) == Count(1, 1, 1)
    # two tolls: the smaller stays the best, as ACLED reads them
    assert _count([(1, "exact"), (2, "exact")], named=[False, False]) == Count(1, 1, 2)


def test_a_revised_toll_is_the_best_count() -> None:
    assert _count([(14, "exact"), (16, "exact")], revised=[False, True]) == Count(14, 16, 16)
    assert _count([(16, "exact")], revised=[True]) == Count(16, 16, 16)


def _fatalities(text: str, published: dt.date) -> Count:
    (event,) = extract(Document(id="t", name="t", published=published, text=text)).events
    return event.fatalities


def test_the_toll_as_it_rose_is_the_events_toll() -> None:
    text = (
        "Israeli airstrikes hit the port of Hodeidah on Saturday, killing three people, the "
        "Houthi health ministry said. By Sunday the death toll had risen to six, with 83 "
        "others injured."
    )
    assert _fatalities(text, dt.date(2024, 7, 21)).best == 6


def test_the_dead_counted_beside_a_commander_named_are_the_events_toll() -> None:
    text = (
        "A drone strike hit a vehicle in eastern Baghdad on Wednesday night, killing three "
        "people, security sources said. U.S. Central Command said the strike killed a "
        "senior Kataib Hezbollah commander."
    )
    assert _fatalities(text, dt.date(2024, 2, 8)) == Count(1, 3, 3)


def test_a_platform_one_state_flies_names_the_perpetrator() -> None:
    text = "An AC-130 gunship hit a vehicle near the highway."
    from watchfloor.resolve.weapons import find_weapons

    trig = next(t for t in find_triggers(text) if t.surface == "hit")
    win = roles.windows(text, Span(0, len(text)), [trig])[0]
    actor = agents.weapon_operator(text, trig, win, find_weapons(text))
    assert actor is not None and actor.canonical == US
    text2 = "F-16s hit a depot near the border."  # flown by many states: no guess
    trig2 = next(t for t in find_triggers(text2) if t.surface == "hit")
    win2 = roles.windows(text2, Span(0, len(text2)), [trig2])[0]
    assert agents.weapon_operator(text2, trig2, win2, find_weapons(text2)) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("U.S. forces are in Syria. F-16s hit a depot near the border.", US),
        ("Israeli forces are in Syria. F-16s hit a depot near the border.", ISRAEL),
        ("U.S. and Israeli forces are in Syria. F-16s hit a depot near the border.", None),
        ("The IRGC is in Syria. F-16s hit a depot near the border.", None),
    ],
)
def test_a_platform_several_states_fly_names_the_one_the_report_mentions(
    text: str, expected: str | None
) -> None:
    from watchfloor.resolve.weapons import find_weapons

    trig = next(t for t in find_triggers(text) if t.surface == "hit")
    start = text.index("F-16s")
    win = roles.windows(text, Span(start, len(text)), [trig])[0]
    actor = agents.weapon_operator(text, trig, win, find_weapons(text), find_actors(text))
    assert (actor.canonical if actor else None) == expected


def test_victims_named_before_the_trigger_are_its_target() -> None:
    import datetime as dt

    from watchfloor.extract.pipeline import extract
    from watchfloor.models import Document

    text = "Three U.S. soldiers were killed on Sunday when a drone struck the outpost."
    doc = Document(id="v", name="v", text=text, published=dt.date(2024, 1, 30))
    (ev,) = extract(doc).events
    assert ev.actor2 == US
    assert ev.actor1 != US


@pytest.mark.parametrize(
    ("text", "word", "day"),
    [
        # a definite reference, named in a statement: the statement's day is not its day
        (
            "In a statement issued early on Sunday, the IRGC Public Relations Department said the "
            "operation punished the attack on the consulate in Damascus.",
            "attack",
            None,
        ),
        # an announcement is the event: its day is the announcement's
        (
            "Kataib Hezbollah announced on Tuesday that it was suspending operations.",
            "suspending",
            "Tuesday",
        ),
    ],
)
def test_the_day_a_side_spoke(text: str, word: str, day: str | None) -> None:
    import datetime as dt

    from watchfloor.resolve.dates import find_dates

    sent = Span(0, len(text))
    trigs = find_triggers(text)
    wins = roles.windows(text, sent, trigs)
    trig, win = next((t, w) for t, w in zip(trigs, wins, strict=True) if t.surface == word)
    found = roles.choose_date(text, trig, win, find_dates(text, dt.date(2024, 4, 14)), sent)
    assert (found.span.text(text) if found else None) == day


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ('F-35I "Adir" stealth fighters flew over Jordan and struck Iran.', "Adir"),
        ("Iran-backed militias fired rockets.", "Iran"),
    ],
)
def test_names_that_are_no_place_of_the_event(text: str, surface: str) -> None:
    (place,) = [p for p in find_places(text) if p.surface == surface]
    assert roles.not_a_location(text, place)


@pytest.mark.parametrize(
    ("text", "word", "state"),
    [
        (
            "Israel launched a massive wave of strikes across Iran early Friday.",
            "strikes",
            "Israel",
        ),
        (
            "The United States launched a series of airstrikes on Houthi targets.",
            "airstrikes",
            "United States",
        ),
        ("Israel carried out a new wave of airstrikes on Beirut.", "airstrikes", "Israel"),
        ("Pakistan conducted another round of strikes in Iran.", "strikes", "Pakistan"),
    ],
)
def test_a_country_launching_a_quantity_of_strikes_is_their_perpetrator(
    text: str, word: str, state: str
) -> None:
    """'a wave of' is how many strikes, not a prepositional phrase cutting the subject off."""
    trig = next(t for t in find_triggers(text) if t.surface == word)
    win = roles.windows(text, Span(0, len(text)), [trig])[0]
    actor, _ = agents.country_agent(text, trig, win, find_places(text))
    assert actor is not None and actor.country == state


@pytest.mark.parametrize(
    ("text", "capital"),
    [
        ("The strike shows how Washington is managing the campaign.", "Washington"),
        ("The strike is not what Tehran wants, officials said.", "Tehran"),
        ("The strike shows Washington is not taking that pledge at face value.", "Washington"),
        ("Analysts said Moscow was unlikely to intervene.", "Moscow"),
    ],
)
def test_a_capital_minding_its_policy_is_no_place(text: str, capital: str) -> None:
    place = resolve_place(capital)
    assert place is not None
    at = text.index(capital)
    place = dataclasses.replace(place, span=Span(at, at + len(capital)))
    assert roles.not_a_location(text, place)


@pytest.mark.parametrize(
    "text", ["the UK-based Syrian Observatory said", "the Britain-headquartered monitor said"]
)
def test_where_an_organisation_is_based_is_no_place(text: str) -> None:
    place = find_places(text)[0]
    assert roles.not_a_location(text, place)


@pytest.mark.parametrize(
    "text", ["UK Maritime Trade Operations said on Tuesday", "Iran International reported"]
)
def test_an_institution_named_after_its_country_is_no_place(text: str) -> None:
    place = find_places(text)[0]
    assert place.kind == "country" and roles.not_a_location(text, place)


def test_states_that_supported_a_strike_are_neither_its_place_nor_its_side() -> None:
    text = (
        "The strikes, carried out overnight with support from Australia, Bahrain, Canada and "
        "the Netherlands, hit more than 60 targets in Yemen."
    )
    places = find_places(text)
    helpers = [p for p in places if p.name != "Yemen"]
    assert len(helpers) == 4 and all(roles.supporter(text, p) for p in helpers)
    assert not roles.supporter(text, next(p for p in places if p.name == "Yemen"))
    trig = next(t for t in find_triggers(text) if t.surface == "strikes")
    win = roles.windows(text, Span(0, len(text)), [trig])[0]
    assert agents.country_agent(text, trig, win, places) == (None, None)


def test_the_side_blamed_and_the_one_blaming_are_no_places() -> None:
    text = "Haniyeh was assassinated in Tehran in July in an attack Iran blames on Israel."
    where = {p.surface: roles.not_a_location(text, p) for p in find_places(text)}
    assert where == {"Tehran": False, "Iran": True, "Israel": True}


def test_a_landmark_near_what_was_hit_is_no_target() -> None:
    def actor2(text: str) -> str | None:
        doc = Document(id="t", name="t", text=text, published=dt.date(2024, 7, 21))
        (event,) = extract(doc).events
        return event.actor2

    assert (
        actor2(
            "A drone launched from Yemen struck an apartment building close to a US embassy "
            "branch office in central Tel Aviv on Friday, killing one man."
        )
        == "Civilians (Israel)"
    )
    # aimed at the embassy, and fell short of it
    assert (
        actor2("On Friday, several mortar rounds landed near the U.S. embassy in Baghdad.")
        == "Government of the United States"
    )
