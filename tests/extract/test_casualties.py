"""Casualty claims, each with its figure, bound and source, on sentences written for the tests."""

from __future__ import annotations

import pytest

from watchfloor.extract.casualties import claims_in
from watchfloor.models import Span


def _claims(text: str) -> list[tuple[str | None, int | None, str, int | None]]:
    return [
        (c.source, c.killed, c.killed_bound, c.injured) for c in claims_in(text, Span(0, len(text)))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Pentagon said eight US troops were wounded in the attack.",
            [("Pentagon", None, "exact", 8)],
        ),
        (
            "The militia said the strikes killed one of its fighters.",
            [("militia", 1, "exact", None)],
        ),
        (
            "Other sources cited two fatalities and four injuries.",
            [("Other sources", 2, "exact", 4)],
        ),
        ("The explosion killed three soldiers and injured 47 others.", [(None, 3, "exact", 47)]),
        ("A member of the group has been killed in an airstrike.", [(None, 1, "exact", None)]),
        ("There were no reported casualties.", [(None, 0, "exact", 0)]),
        (
            "A U.S. official told reporters the raid killed at least one commander.",
            [("U.S. official", 1, "at_least", None)],
        ),
        (
            "Another member of the group was also killed during the strike.",
            [(None, 2, "exact", None)],
        ),
        ("Two fighters lost their lives in the shelling.", [(None, 2, "exact", None)]),
        ("Ahmad Salem, a local commander, was killed in the raid.", [(None, 1, "exact", None)]),
        (
            "Drone strikes caused the fatalities of two members of the militia.",
            [(None, 2, "exact", None)],
        ),
    ],
)
def test_claims(text: str, expected: list[tuple[str | None, int | None, str, int | None]]) -> None:
    assert _claims(text) == expected


def test_approximate_injuries_keep_their_bound_and_source() -> None:
    (claim,) = claims_in(
        t := "The attack left some 40 people injured, according to local medics.", Span(0, len(t))
    )
    assert (claim.source, claim.injured, claim.injured_bound) == ("local medics", 40, "approx")


@pytest.mark.parametrize(
    "text",
    [
        "The strikes were taken knowing there would likely be casualties.",
        "The base lies 64 kilometers from the border.",
        "The drone flew for 3 hours before it was seen.",
    ],
)
def test_no_claim(text: str) -> None:
    assert _claims(text) == []


@pytest.mark.parametrize("unit", ["nautical miles", "nm", "feet", "tonnes"])
def test_a_distance_or_a_weight_is_no_toll(unit: str) -> None:
    text = f"A drone boat rammed the ship 68 {unit} off Hodeidah, killing a sailor."
    assert _claims(text) == [(None, 1, "exact", None)]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("The strike killed Saleh al-Arouri, the deputy leader of Hamas, and six other people.", 7),
        ("The strike killed Brig. Gen. Mohammad Reza Zahedi and six other officers.", 7),
        ("A drone strike killing commander Abu Taqwa and one other member of the group.", 2),
        ("The strike killed Abu Taqwa, a commander of the group.", 1),
        ("Israel assassinated Hamas deputy leader Saleh al-Arouri in Beirut.", 1),
        ("Saleh al-Arouri was assassinated in a drone strike in Beirut.", 1),
        (
            "Saleh al-Arouri was assassinated in a drone strike on an office in Beirut's "
            "southern suburbs, along with six others.",
            7,
        ),
        (
            "A drone strike killed the deputy head of the Hamas political bureau, Saleh "
            "al-Arouri, along with six other members of the movement.",
            7,
        ),
        ("A drone struck their car, killing journalists Gulistan Tara and Hero Bahadin.", 2),
        ("The drone hit the car, killing reporters Ana Ruiz and Omar Haddad and wounding six.", 2),
        ("The strike killed fighters in Deir ez-Zor and Abu Kamal provinces.", None),
    ],
)
def test_a_named_victim_and_others_count_together(text: str, killed: int | None) -> None:
    assert [c.killed for c in claims_in(text, Span(0, len(text)))] == (
        [killed] if killed is not None else []
    )


def test_contrasted_clauses_are_claims_of_their_own() -> None:
    text = (
        "Hezbollah announced the deaths of two of its fighters, while a Lebanese security "
        "source said that three people were killed in the strikes."
    )
    assert _claims(text) == [
        ("Hezbollah", 2, "exact", None),
        ("Lebanese security source", 3, "exact", None),
    ]


def test_bodies_received_are_dead() -> None:
    assert _claims("A hospital said five bodies had been received.")[0][1] == 5


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        (
            "Airstrikes near Aleppo killed 36 Syrian soldiers and six members of Hezbollah.",
            42,
            None,
        ),
        ("The attack killed three soldiers and two civilians.", 5, None),
        ("The strike killed 36 soldiers and wounded 12 civilians.", 36, 12),
        ("It killed two people and destroyed three houses.", 2, None),
    ],
)
def test_groups_counted_after_one_kill_verb_add_up(
    text: str, killed: int, injured: int | None
) -> None:
    assert [(c.killed, c.injured) for c in claims_in(text, Span(0, len(text)))] == [
        (killed, injured)
    ]


def test_a_toll_before_a_colon_counts() -> None:
    text = "The monitor put the death toll at 11: eight Iranians, two Syrians and one Lebanese."
    assert [c.killed for c in claims_in(text, Span(0, len(text)))] == [11]


def test_boats_counted_are_not_people_killed() -> None:
    text = "Officials said the crews of the three boats were killed."
    assert 3 not in [c.killed for c in claims_in(text, Span(0, len(text)))]


@pytest.mark.parametrize(
    "text",
    [
        "The other drone crashed inside the base without causing injuries.",
        "None of the 23 seafarers on board was injured.",
        "None of the crew were hurt.",
    ],
)
def test_nobody_harmed_is_a_claim_of_zero(text: str) -> None:
    got = [(c.killed, c.injured) for c in claims_in(text, Span(0, len(text)))]
    assert got == [(0, 0)]


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("An Israeli drone struck a house, killing a woman and her two children.", 3, None),
        ("A woman and her three children were killed when a drone hit their home.", 4, None),
        ("A drone hit a car on the Amuda road, killing the driver and his son.", 2, None),
        (
            "A drone targeted an army team in Taybeh, leading to the martyrdom of a soldier and "
            "the injury of another.",
            1,
            1,
        ),
        (
            "Seven advisers, including General Ali Rezaei and General Hadi Rahimi, were killed "
            "in the strike.",
            7,
            None,
        ),
        # a family that fled is not counted with the dead
        ("A man and his children fled before the strike killed two fighters.", 2, None),
        # an anniversary of a death is no death in the attack
        (
            "The bombing on the anniversary of the martyrdom of the general killed 95 people.",
            95,
            None,
        ),
    ],
)
def test_families_led_to_deaths_and_lists_of_the_named_dead(
    text: str, killed: int, injured: int | None
) -> None:
    [claim] = claims_in(text, Span(0, len(text)))
    assert (claim.killed, claim.injured) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("A drone strike killed a senior commander, his driver and a bodyguard.", 3),
        (
            "The strike killed Harakat al-Nujaba commander Mushtaq al-Jawari and another "
            "member of the group.",
            2,
        ),
        ("The drone hit a car, killing a 57-year-old grandmother and her three granddaughters.", 4),
        (
            "Hajj Abu Taleb and three of his fellow fighters were martyred when jets struck a "
            "house.",
            4,
        ),
        ("The strike killed a senior commander, Abu Baqir al-Saadi, and two others.", 3),
        # a name and its description are one man; a list with a plural of no number is not counted
        ("The strike killed Wissam al-Tawil, a senior commander in the Radwan unit.", 1),
        ("The strike killed two soldiers and a civilian.", 3),
    ],
)
def test_victims_named_one_by_one_are_counted(text: str, dead: int) -> None:
    (claim,) = claims_in(text, Span(0, len(text)))
    assert claim.killed == dead


@pytest.mark.parametrize(
    "text",
    [
        "The strikes on al-Qaim hit a brigade's headquarters, leaving fourteen martyrs, among them "
        "civilians, and twenty-one wounded.",
        "The toll of the aggression rose to 14 martyrs and 21 wounded.",
    ],
)
def test_martyrs_are_the_dead(text: str) -> None:
    (claim,) = claims_in(text, Span(0, len(text)))
    assert (claim.killed, claim.injured) == (14, 21)


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("The strike claimed the lives of 12 people.", 12),
        ("The bombardment took the lives of nine civilians.", 9),
        ("Two soldiers succumbed to their wounds on Tuesday.", 2),
        ("A paramedic was fatally wounded in the strike.", 1),
    ],
)
def test_other_words_for_the_dead(text: str, dead: int) -> None:
    (claim,) = claims_in(text, Span(0, len(text)))
    assert claim.killed == dead and claim.injured is None


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Tawil, known as Hajj Jawad, was killed Monday along with another Hezbollah fighter.", 2),
        ("Abu Taleb was martyred along with three of his comrades late Tuesday.", 4),
        ("Hamas political bureau chief Ismail Haniyeh was killed along with a bodyguard.", 2),
        ("Al-Mashhari was shot dead on Thursday afternoon when gunmen opened fire.", 1),
        ("Israel killed senior Hezbollah commander Fuad Shukr in an airstrike on July 30.", 1),
        ("The strike killed Hezbollah's top military commander Haytham Ali Tabatabai.", 1),
        # "along with" the strikes is no one else dead
        ("Haniyeh was killed along with the strikes on Hodeidah, officials said.", 1),
    ],
)
def test_named_dead_and_those_killed_along_with_them(text: str, killed: int) -> None:
    assert [c[1] for c in _claims(text)] == [killed]


def test_nobody_named_is_no_one_dead() -> None:
    assert _claims("Nobody was killed in the attack, the army said.") == [("army", 0, "exact", 0)]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Twelve children and teenagers were killed when a rocket struck a football pitch.", 12),
        ("The attack on the consulate on April 1 led to the martyrdom of seven commanders.", 7),
        (
            "An Israeli strike in Sayyida Zeinab kills senior Iranian Revolutionary Guards adviser "
            "Razi Mousavi.",
            1,
        ),
        ("A U.S. drone strike in Baghdad kills Mushtaq Jawad Kazim al-Jawari.", 1),
        # one number for two kinds of victim, not for one kind and then another
        ("Three soldiers and one civilian were killed.", 4),
    ],
)
def test_victims_told_in_more_ways(text: str, killed: int) -> None:
    assert [c[1] for c in _claims(text)] == [killed]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "A U.S. drone hit a headquarters, killing Nujaba commander Mushtaq al-Saidi, "
            "known as Abu Taqwa, and one of his aides.",
            2,
        ),
        ("Hamas leader Ismail Haniyeh was killed, along with his bodyguard, in a blast.", 2),
        (
            "A strike hit a car, killing Wissam al-Tawil, known as Hajj Jawad, and another "
            "fighter.",
            2,
        ),
        # his bodyguards are not counted, nor the people a strike wounded
        ("Israel killed commander Fuad Shukr and his bodyguards in Beirut.", 1),
        ("Israel killed senior commander Fuad Shukr and wounded 70 people in Beirut.", 1),
    ],
)
def test_the_named_dead_and_one_more_told_after_them(text: str, killed: int) -> None:
    assert [c[1] for c in _claims(text)] == [killed]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "That attack killed Staff Sgt. William Rivers, Sgt. Kennedy Sanders and Spc. Breonna "
            "Moffett.",
            3,
        ),
        ("The strike killed Hassan Nasrallah, Abbas Nilforoushan and Ali Karaki.", 3),
    ],
)
def test_a_list_of_the_named_dead_counts_each(text: str, killed: int) -> None:
    assert [c[1] for c in _claims(text)] == [killed]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("A Houthi sniper shot dead a woman in the al-Hawban area east of Taiz.", 1),
        ("Israeli troops shot dead a Palestinian teenager near Jenin.", 1),
        ("Troops shot dead two gunmen near the border.", 2),
    ],
)
def test_shot_dead_with_its_victims_after_it(text: str, killed: int) -> None:
    assert [c.killed for c in claims_in(text, Span(0, len(text)))] == [killed]


@pytest.mark.parametrize(
    "text",
    [
        "One person was killed and another seriously wounded.",
        "A soldier was killed and another was lightly injured.",
    ],
)
def test_another_hurt_with_an_adverb_is_one_injured(text: str) -> None:
    assert [(c.killed, c.injured) for c in claims_in(text, Span(0, len(text)))] == [(1, 1)]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("The death toll from the strikes has risen to six, with 83 others injured.", 6),
        ("By Monday the toll was nine, officials said.", 9),
        ("The toll of wounded rose to 40.", None),
        ("The toll is expected to rise.", None),
    ],
)
def test_a_toll_that_rose_counts_the_dead(text: str, killed: int | None) -> None:
    found = claims_in(text, Span(0, len(text)))
    assert (found[0].killed if found else None) == killed
