"""Facts: troop levels and aggregate losses, on sentences written for these tests."""

from __future__ import annotations

import pytest

from watchfloor.extract.facts import find_facts
from watchfloor.models import Fact
from watchfloor.text.segment import sentences


def _run(text: str) -> tuple[Fact, ...]:
    return find_facts(text, sentences(text))


def _tuples(text: str) -> list[tuple[str, str, str | None, float, bool]]:
    return [(f.subject, f.predicate, f.object, f.value, f.approx) for f in _run(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Around 1,800 US troops are deployed in Kuwait.",
            ("U.S. troops", "stationed_in", "Kuwait", 1800, True),
        ),
        (
            "Some 600 British soldiers remain stationed in Cyprus.",
            ("U.K. troops", "stationed_in", "Cyprus", 600, True),
        ),
        (
            "Exactly 350 French troops were based in Chad.",
            ("French troops", "stationed_in", "Chad", 350, False),
        ),
        (
            "The United States has roughly 1,100 troops in Qatar.",
            ("U.S. troops", "stationed_in", "Qatar", 1100, True),
        ),
        (
            "Nearly 4,000 American personnel are stationed across the Gulf of Oman.",
            ("U.S. troops", "stationed_in", "Gulf of Oman", 4000, True),
        ),
    ],
)
def test_stationed(text: str, expected: tuple[str, str, str, int, bool]) -> None:
    assert _tuples(text) == [expected]


def test_elliptical_second_figure_keeps_the_subject() -> None:
    text = "About 1,500 US troops are stationed in Kuwait and some 700 in Bahrain."
    assert [(f.object, f.value) for f in _run(text)] == [("Kuwait", 1500), ("Bahrain", 700)]
    assert {f.subject for f in _run(text)} == {"U.S. troops"}


def test_presence_takes_the_country_from_the_sentence() -> None:
    text = "Protesters in Niger reject the US presence, which consists of about 1,000 troops."
    assert _tuples(text) == [("U.S. troops", "stationed_in", "Niger", 1000, True)]


def test_aggregate_injuries_over_many_attacks() -> None:
    text = (
        "Militias attacked bases in Syria more than 90 times. "
        "In these attacks, roughly 60 US soldiers suffered minor injuries."
    )
    assert _tuples(text) == [("U.S. soldiers", "injured_in_attacks", "Syria", 60, True)]


def test_aggregate_deaths_since_a_date() -> None:
    text = "Since March, 14 coalition troops have been killed in the attacks in Iraq."
    assert _tuples(text) == [("coalition troops", "killed_in_attacks", "Iraq", 14, False)]


@pytest.mark.parametrize(
    "text",
    [
        "The blast killed 3 soldiers and wounded 25 others.",  # one event's casualties
        "Two US soldiers were injured when the rocket hit the base.",
        "The ship carried 300 sailors.",
        "About 900 troops in Syria would be isolated if the force left.",
        "The Iran-backed group has about 5,000 fighters.",
    ],
)
def test_not_facts(text: str) -> None:
    assert _run(text) == ()


def test_duplicates_collapse() -> None:
    text = "About 900 US troops are stationed in Syria. About 900 US troops are stationed in Syria."
    assert len(_run(text)) == 1


def test_never_raises_on_odd_input() -> None:
    for text in ["", "troops", "about troops stationed in", "and 5 in", "1,000,000,000,000"]:
        _run(text)


def test_host_country_has_the_troops() -> None:
    assert _tuples("Bahrain hosts about 9,000 US personnel.") == [
        ("U.S. troops", "stationed_in", "Bahrain", 9000, True)
    ]


def test_troops_in_a_country_without_a_verb() -> None:
    text = (
        "A pull-out would affect the roughly 2,000 US troops in Kuwait and the nearly 400 in Qatar."
    )
    assert [(f.object, f.value) for f in _run(text)] == [("Kuwait", 2000), ("Qatar", 400)]


def test_casualties_in_a_country_are_not_a_garrison() -> None:
    assert _run("The strike killed about 200 Syrian soldiers in Syria overnight.") == ()
