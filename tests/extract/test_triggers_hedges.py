"""Triggers and hedges on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from watchfloor.extract.hedges import assertion_problem, is_generic_plural
from watchfloor.extract.pipeline import extract
from watchfloor.extract.triggers import event_type_of, find_triggers
from watchfloor.models import Document, Mention, Span


def _first(text: str, word: str):
    for t in find_triggers(text):
        if t.surface.lower() == word:
            return t
    raise AssertionError(f"no trigger {word!r} in {text!r}")


@pytest.mark.parametrize(
    ("text", "word", "passive", "plural", "definite"),
    [
        ("The outpost was hit by two rockets on Monday.", "hit", True, False, False),
        ("Militants attacked the convoy near the border.", "attacked", False, False, False),
        ("These strikes followed a week of rocket fire.", "strikes", False, True, True),
        ("An air strike destroyed a depot.", "air strike", False, False, False),
        ("The garrison came under attack overnight.", "attack", False, False, False),
        # "the" opens "the southern forces", not the shelling they answered by
        (
            "The southern forces responded by shelling Houthi positions.",
            "shelling",
            False,
            False,
            False,
        ),
    ],
)
def test_trigger_labels(text: str, word: str, passive: bool, plural: bool, definite: bool) -> None:
    t = _first(text, word)
    assert (t.passive, t.plural, t.definite) == (passive, plural, definite)


def test_trigger_words_inside_other_words_are_not_triggers() -> None:
    assert find_triggers("The strikers and counterattackers met in Attackville.") == []


@pytest.mark.parametrize(
    ("text", "word", "reason"),
    [
        ("If the militias attack again, Washington would respond.", "attack", "conditional"),
        ("Whether Tehran strikes back will decide what comes next.", "strikes", "conditional"),
        ("Turkey regularly carries out drone strikes in the region.", "drone strikes", "habitual"),
        ("Israel often launches raids on the outskirts of Damascus.", "raids", "habitual"),
        ("Nobody knows whether the attack was ordered from Tehran.", "attack", "conditional"),
        ("The group threatened to strike American bases.", "strike", "hedged"),
        ("Warships were rushed in, bracing for an Iranian attack.", "attack", "hedged"),
        ("Officials fear an Iranian attack on Israel within days.", "attack", "hedged"),
        ("Israel is awaiting a Hezbollah attack after the killing.", "attack", "hedged"),
        ("Officials said Iran could launch an attack within days.", "attack", "modal"),
        ("The armed group denied carrying out the attack.", "attack", "negated or denied"),
        (
            "There have been at least 60 attacks on the bases since mid-October.",
            "attacks",
            "aggregate",
        ),
        ("Militias have struck U.S. positions on 150 occasions.", "struck", "aggregate"),
        ("Since the October 7 attack, tension has risen.", "attack", "temporal anchor"),
        ("Much depends on the next U.S. strike.", "strike", "hypothetical"),
        ("Future attacks on shipping will be met with force.", "attacks", "hypothetical"),
        ("Israel has not claimed responsibility for either attack.", "attack", "negated or denied"),
        (
            "There were explosions, but nobody has confirmed a strike there.",
            "strike",
            "negated or denied",
        ),
        ("No one has claimed the attack on the convoy.", "attack", "negated or denied"),
        (
            "The president directed the authorities to swiftly arrest the perpetrators.",
            "arrest",
            "ordered",
        ),
        ("Netanyahu ordered the army to strike Hezbollah targets.", "strike", "ordered"),
        ("The rebels paused their attacks during the ceasefire in Gaza.", "attacks", "hedged"),
        ("There were no reports of Turkish strikes in the region.", "strikes", "negated or denied"),
        ("There is no sign of an imminent attack on the port.", "attack", "hedged"),
        ("Officials see no imminent attack on the port.", "attack", "hedged"),
        ("Analysts warn of an impending strike on the port.", "strike", "hedged"),
        (
            "UNIFIL protested through its liaison mechanism that the move endangered troops.",
            "protested",
            "diplomatic protest",
        ),
        (
            "Jordan protested to the Israeli ambassador on Sunday.",
            "protested",
            "diplomatic protest",
        ),
    ],
)
def test_unasserted_triggers(text: str, word: str, reason: str) -> None:
    t = _first(text, word)
    assert assertion_problem(text, Span(0, len(text)), t) == reason


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("A drone struck the base at dawn on Tuesday.", "struck"),
        ("U.S. aircraft conducted airstrikes on three facilities.", "airstrikes"),
        ("The attack wounded four soldiers.", "attack"),
        ("The next day, an Israeli strike killed two people in Tyre.", "strike"),
        ("Both attacks were claimed by the Islamic Resistance in Iraq.", "attacks"),
        ("Thousands joined protests that swept the capital on Friday.", "protests"),
    ],
)
def test_asserted_triggers(text: str, word: str) -> None:
    t = _first(text, word)
    assert assertion_problem(text, Span(0, len(text)), t) is None


def test_bare_plural_without_date_is_generic_but_not_after_an_action_verb() -> None:
    generic = "Militias have long carried weapons and mounted attacks on bases."
    t = _first(generic, "attacks")
    # "mounted attacks" is an action verb + plural: one wave, not a habit
    assert not is_generic_plural(generic, Span(0, len(generic)), t, has_date=False)
    habit = "The region saw attacks on convoys for years."
    t2 = _first(habit, "attacks")
    assert is_generic_plural(habit, Span(0, len(habit)), t2, has_date=False)
    assert not is_generic_plural(habit, Span(0, len(habit)), t2, has_date=True)


def test_event_type_of_subtypes() -> None:
    assert event_type_of("Air/drone strike") == "Explosions/Remote violence"
    assert event_type_of("Armed clash") == "Battles"
    assert event_type_of("Arrests") == "Strategic developments"


@pytest.mark.parametrize(
    "text",
    [
        "Police fired tear gas at the crowd.",
        "Soldiers fired warning shots into the air.",
        "Guards fired rubber bullets at protesters.",
    ],
)
def test_crowd_control_fire_is_not_an_attack(text: str) -> None:
    assert [t.surface for t in find_triggers(text) if t.family == "attack"] == []


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("It had sent drones against Ain al-Asad air base.", 1),
        ("Hezbollah launched drones at an Israeli base.", 1),
        ("Iran sent missiles to Russia last year.", 0),
    ],
)
def test_sending_or_launching_weapons_at_a_target_is_an_attack(text: str, n: int) -> None:
    assert len([t for t in find_triggers(text) if t.family == "attack"]) == n


def test_rounds_that_landed_are_an_attack() -> None:
    text = "Several mortar rounds landed near the embassy compound on Friday."
    assert [t.surface for t in find_triggers(text) if t.family == "attack"] == ["landed"]
    assert not [
        t for t in find_triggers("The delegation landed in Baghdad.") if t.family == "attack"
    ]


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Iran retaliated with more than 300 drones and missiles.", True),
        ("Iran answered on the night of April 13-14 with cruise and ballistic missiles.", True),
        ("The militia responds with mortars whenever it is hit.", True),
        # no weapons: an answer in words
        ("Hezbollah said it responded to the attack.", False),
        ("The ministry answered with a statement condemning the raid.", False),
        # an answer told by its own event word: that word is the trigger
        ("Israel responded with airstrikes across southern Lebanon.", False),
        ("The IDF responded with tank fire and an airstrike.", False),
        ("Iran answered with a barrage of drones and missiles.", False),
    ],
)
def test_an_answer_is_an_attack_only_when_the_weapons_follow(text: str, answer: bool) -> None:
    words = {t.surface.lower() for t in find_triggers(text)}
    assert bool(words & {"retaliated", "answered", "responds", "responded"}) is answer


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A drone hit the tower and three reservists died.", True),
        ("A contractor died of a cardiac episode while sheltering.", False),
        ("Two soldiers died from their wounds.", False),
        ("A wounded fighter died in hospital.", False),
    ],
)
def test_died_is_a_harm_unless_its_cause_is_told(text: str, found: bool) -> None:
    assert any(t.surface == "died" for t in find_triggers(text)) is found


def test_a_capitalised_verb_after_a_preposition_is_a_town() -> None:
    from watchfloor.extract.triggers import find_triggers

    text = "Police arrested three men in Hit. A drone hit the base."
    assert [t.surface for t in find_triggers(text)] == ["arrested", "hit"]


def test_a_count_of_demonstrations_is_an_aggregate_but_a_crowd_is_not() -> None:
    import datetime as dt

    from watchfloor.extract.pipeline import extract
    from watchfloor.models import Document

    def events(text: str) -> int:
        doc = Document(id="t", name="t", text=text, published=dt.date(2024, 3, 27))
        return len(extract(doc).events)

    assert events("Since October, Jordan has seen more than 6,000 demonstrations in solidarity "
                  "with Gaza, according to the Interior Ministry.") == 0  # fmt: skip
    assert events("Thousands of protesters rallied outside the embassy in Amman, Jordan, "
                  "on Tuesday.") == 1  # fmt: skip


def test_a_few_raids_on_a_named_place_are_no_aggregate() -> None:
    from watchfloor.extract.hedges import assertion_problem
    from watchfloor.extract.triggers import find_triggers
    from watchfloor.models import Span

    text = "The warplanes also launched two raids on the port of Ras Issa, a source said."
    trig = next(t for t in find_triggers(text) if t.surface == "raids")
    assert assertion_problem(text, Span(0, len(text)), trig) is None
    text2 = "The warplanes have launched dozens of raids on the province since January."
    trig2 = next(t for t in find_triggers(text2) if t.surface == "raids")
    assert assertion_problem(text2, Span(0, len(text2)), trig2) == "aggregate"
    # one day's wave on named places, the day told before them
    text3 = (
        "Warplanes carried out hundreds of raids on Monday on villages in the Nabatieh district."
    )
    trig3 = next(t for t in find_triggers(text3) if t.surface == "raids")
    assert assertion_problem(text3, Span(0, len(text3)), trig3) is None
    text4 = "Warplanes carried out hundreds of raids on villages in the south over the past month."
    trig4 = next(t for t in find_triggers(text4) if t.surface == "raids")
    assert assertion_problem(text4, Span(0, len(text4)), trig4) == "aggregate"


def test_what_happened_in_a_week_in_which_is_an_aggregate() -> None:
    from watchfloor.extract.hedges import assertion_problem
    from watchfloor.extract.triggers import find_triggers
    from watchfloor.models import Span

    text = "It caps a week in which Israel says it has struck 2,000 targets across Lebanon."
    trig = next(t for t in find_triggers(text) if t.surface == "struck")
    assert assertion_problem(text, Span(0, len(text)), trig) == "aggregate"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("Militia attacks on U.S. troops largely stopped in early February.", "trend"),
        ("Rocket attacks on northern Israel have intensified since the summer.", "trend"),
        # attacks that resumed on a day are that day's attacks
        ("Attacks on the ship resumed on 08 July and the vessel sank later that day.", None),
    ],
)
def test_attacks_that_stopped_or_grew_are_a_campaigns_course(
    text: str, problem: str | None
) -> None:
    trig = _first(text, "attacks")
    assert assertion_problem(text, Span(0, len(text)), trig) == problem


@pytest.mark.parametrize(
    ("text", "word", "problem"),
    [
        ("The field has repeatedly been targeted with rockets and drones.", "targeted", "ongoing"),
        (
            "The council calls on Baghdad to take steps to identify, arrest and prosecute them.",
            "arrest",
            "intended",
        ),
        # how it was done, not what one asked for
        ("The aircraft used Paveway IV bombs to hit two sites near Sanaa.", "hit", None),
    ],
)
def test_habits_demands_and_purposes(text: str, word: str, problem: str | None) -> None:
    trig = _first(text, word)
    assert assertion_problem(text, Span(0, len(text)), trig) == problem


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            "The Houthis attacked more than 100 merchant ships between November 2023 and "
            "January, sinking two vessels.",
            "aggregate",
        ),
        ("The rebels attacked dozens of ships since November.", "aggregate"),
        # one wave on many targets is one event
        ("American warplanes attacked more than 60 targets at 16 locations across Yemen.", None),
        # a running count in the perfect tense is a tally, a wave in it is not
        (
            "By the US count, the Houthis have now attacked more than 60 merchant vessels.",
            "aggregate",
        ),
        ("The group has so far attacked dozens of ships.", "aggregate"),
        ("The Houthis have attacked two merchant vessels in the Red Sea.", None),
        # one wave on many targets, told in the perfect tense, is still one event
        ("U.S. jets have attacked 36 targets across Yemen, the Pentagon said on Friday.", None),
        # a vessel that reports being attacked was attacked; a hypothetical is not
        ("On Dec. 30, the vessel reported being attacked by a missile.", None),
        ("A tanker being attacked would be a different story.", "hypothetical"),
    ],
)
def test_many_things_attacked_over_a_period_are_a_tally(text: str, problem: str | None) -> None:
    trig = _first(text, "attacked")
    assert assertion_problem(text, Span(0, len(text)), trig) == problem


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Israeli strikes on the Ras al-Nabaa and Basta neighborhoods of the Lebanese capital "
            "that evening killed 22 people.",
            "strikes",
        ),
        ("Airstrikes on the outskirts of the town killed two civilians.", "airstrikes"),
    ],
)
def test_a_plural_strike_with_its_toll_is_those_strikes(text: str, word: str) -> None:
    t = _first(text, word)
    assert not is_generic_plural(text, Span(0, len(text)), t, has_date=False)


def test_an_assassination_is_an_event_only_with_its_own_day_and_town() -> None:
    from watchfloor.extract.pipeline import extract
    from watchfloor.models import Document

    def events(text: str) -> list[str]:
        doc = Document(id="t", name="t", text=text, published=dt.date(2024, 6, 12))
        return [e.location or "" for e in extract(doc).events]

    anchored = (
        "Hezbollah fired rockets at Kiryat Shmona on Wednesday, in response to the "
        "assassination committed by Israel in the southern Lebanese town of Jouaiyya on Tuesday."
    )
    assert "Jwaya" in events(anchored)
    loose = (
        "Hezbollah fired rockets at Kiryat Shmona on Wednesday, in response to the "
        "assassination of its commanders."
    )
    assert events(loose) == ["Kiryat Shmona"]


@pytest.mark.parametrize(
    ("text", "word", "problem"),
    [
        ("Those who target the survival of our nation will never succeed.", "target", "generic"),
        ("Whoever attacks our forces will pay the heaviest price.", "attacks", "generic"),
        ("Those who attacked the base on Tuesday were arrested.", "attacked", None),
    ],
)
def test_whoever_does_it_is_no_event(text: str, word: str, problem: str | None) -> None:
    t = _first(text, word)
    assert assertion_problem(text, Span(0, len(text)), t) == problem


@pytest.mark.parametrize(
    ("text", "disrupted"),
    [
        ("Soldiers found a launch pad with four rockets primed to fire near the base.", True),
        ("The army located three makeshift rocket launchers and dismantled them.", True),
        ("Engineers defused an explosive device on the road.", True),
        ("Investigators found fragments of the missile near the base.", False),
        ("Police found the car near the market.", False),
    ],
)
def test_weapons_found_or_dismantled_are_disrupted_weapons_use(text: str, disrupted: bool) -> None:
    subs = {t.sub for t in find_triggers(text)}
    assert ("Disrupted weapons use" in subs) is disrupted


def _events(text: str) -> list[Mention]:
    from watchfloor.extract.pipeline import extract
    from watchfloor.models import Document

    return list(
        extract(Document(id="t", name="t", text=text, published=dt.date(2024, 3, 14))).events
    )


@pytest.mark.parametrize(
    "text",
    [
        "Were Israel to strike Iran's nuclear facilities on Monday, no theory would fit.",
        "Had the Houthis hit the carrier on Monday, the war would have widened.",
        "Should the militias attack U.S. forces again on Monday, Washington would respond.",
    ],
)
def test_an_inverted_condition_is_no_event(text: str) -> None:
    assert _events(text) == []


def test_a_verb_after_a_relative_clause_is_not_an_inverted_condition() -> None:
    text = (
        "Kataib Hezbollah fighters attacked a convoy near Rutba on Monday; the trucks, which "
        "officials said were hired locally, were destroyed in the attack."
    )
    assert len(_events(text)) == 1


def test_air_defences_opening_fire_are_no_clash() -> None:
    text = "Shortly before dawn on Monday, Iranian air defence batteries opened fire over Isfahan."
    assert _events(text) == []


def test_a_treatys_name_is_no_place() -> None:
    text = (
        "Israeli jets struck Damascus on Monday, in breach of the Vienna Conventions, Syria said."
    )
    assert [e.location for e in _events(text)] == ["Damascus"]


@pytest.mark.parametrize(
    "text",
    [
        "The Claw-Lock operation was launched in April 2022 to target PKK hideouts in Metina.",
        "The task force was set up in January to strike Houthi launchers in Yemen.",
        "Troops moved north on Monday in order to attack the militants near Rutba.",
    ],
)
def test_what_something_was_set_up_to_do_is_no_event(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "Israeli troops demolished houses in Kfar Kila, Lebanon, on Monday.",
            "Looting/property destruction",
        ),
        (
            "Israeli jets hammered Hezbollah positions in south Lebanon on Monday.",
            "Air/drone strike",
        ),
        (
            "Rockets rained down on Kiryat Shmona, Israel, on Monday.",
            "Shelling/artillery/missile attack",
        ),
        # the longer phrase wins: a bomber who blew himself up is a suicide bombing
        (
            "A suicide bomber blew himself up at a checkpoint in Kirkuk, Iraq, on Monday.",
            "Suicide bomb",
        ),
    ],
)
def test_more_words_for_strikes_and_destruction(text: str, sub: str) -> None:
    assert [e.sub_event_type for e in _events(text)] == [sub]


def test_a_trigger_form_may_list_alternatives() -> None:
    found = [t.surface for t in find_triggers("The sides agreed to a temporary truce on Friday.")]
    assert found == ["agreed to a temporary truce"]


@pytest.mark.parametrize(
    "text",
    [
        'Barzani urged Sudani to "take decisive action against those responsible."',
        "Hezbollah vowed to carry out attacks against Israel.",
        "Washington warned it was ready to launch strikes against the militias.",
    ],
)
def test_an_action_someone_was_urged_or_vowed_to_take_is_no_event(text: str) -> None:
    ev = extract(Document(id="t", name="t", text=text, published=dt.date(2024, 3, 14))).events
    assert ev == ()
