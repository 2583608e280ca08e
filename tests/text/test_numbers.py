"""Numbers with their bounds, written as reporters write them."""

from __future__ import annotations

import pytest

from watchfloor.text.numbers import Quantity, find_ordinals, find_quantities, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("two", 2),
        ("Two", 2),
        ("2,500", 2500),
        ("twenty-five", 25),
        ("twenty five", 25),
        ("a dozen", 12),
        ("half a dozen", 6),
        ("1.5 million", 1_500_000),
        ("one", 1),
        ("a hundred", 100),
        ("three hundred and twelve", 312),
        ("four thousand two hundred", 4200),
        ("17", 17),
    ],
)
def test_parse_number(text: str, value: int) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["a", "an", "drone", "", "2.5", "hundredth"])
def test_parse_number_rejects_non_numbers(text: str) -> None:
    assert parse_number(text) is None


def _only(text: str) -> tuple[str, Quantity]:
    found = find_quantities(text)
    assert len(found) == 1, found
    q = found[0]
    return q.span.text(text), q


@pytest.mark.parametrize(
    ("text", "surface", "value", "low", "high", "bound"),
    [
        ("Officials counted at least 45 rocket launches.", "at least 45", 45, 45, None, "at_least"),
        ("There were a minimum of 33 raids.", "a minimum of 33", 33, 33, None, "at_least"),
        ("No fewer than nine sailors drowned.", "No fewer than nine", 9, 9, None, "at_least"),
        ("More than 120 shells landed.", "More than 120", 120, 120, None, "more_than"),
        ("The group fired over 30 missiles.", "over 30", 30, 30, None, "more_than"),
        ("About 400 marines arrived.", "About 400", 400, None, None, "approx"),
        ("It hit some 60 positions.", "some 60", 60, None, None, "approx"),
        ("Nearly forty homes burned.", "Nearly forty", 40, None, None, "approx"),
        ("roughly 1,200 personnel remain", "roughly 1,200", 1200, None, None, "approx"),
        ("Up to six boats approached.", "Up to six", 6, None, 6, "at_most"),
        ("as many as 14 fighters died", "as many as 14", 14, None, 14, "at_most"),
        ("the ship carried 19 crew", "19", 19, 19, 19, "exact"),
        ("a total of 52 or more launches", "52 or more", 52, 52, None, "at_least"),
    ],
)
def test_bounds(
    text: str, surface: str, value: int, low: int | None, high: int | None, bound: str
) -> None:
    got, q = _only(text)
    assert got == surface
    assert (q.value, q.low, q.high, q.bound) == (value, low, high, bound)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("two to three guards were hurt", 2, 3),
        ("between 12 and 18 drones", 12, 18),
        ("15-20 fighters", 15, 20),
        ("four or five vessels", 4, 5),
    ],
)
def test_ranges(text: str, low: int, high: int) -> None:
    _, q = _only(text)
    assert (q.value, q.low, q.high, q.bound) == (None, low, high, "approx")


@pytest.mark.parametrize(
    ("text", "low"),
    [
        ("dozens of protesters gathered", 24),
        ("hundreds of families fled", 200),
        ("tens of thousands of people", 20000),
        ("several launchers were destroyed", 2),
        ("a number of sites were struck", None),
    ],
)
def test_vague_amounts(text: str, low: int | None) -> None:
    _, q = _only(text)
    assert q.value is None and q.low == low and q.bound == "approx"


@pytest.mark.parametrize(
    "text",
    [
        "A drone hit a checkpoint.",
        "An explosion was heard.",
        "It was the 12th such raid.",
        "It was the third such raid.",
        "Guns of 155mm calibre fired.",
        "F-35 jets flew over Outpost 41.",
        "The blast came at 9:30 p.m. local time.",
        "The siren sounded at 6 a.m.",
        "A 19-year-old conscript died.",
        "The ceasefire broke down on 12 March.",
        "The ceasefire broke down on March 12.",
        "The group was founded in 2014.",
        "No one was hurt and they blamed one another.",
    ],
)
def test_not_quantities(text: str) -> None:
    assert find_quantities(text) == []


def test_several_numbers_in_order_and_window() -> None:
    text = "Two sailors died and 11 were hurt; three vessels sank."
    values = [q.value for q in find_quantities(text)]
    assert values == [2, 11, 3]
    window = find_quantities(text, start=text.index("11"), end=text.index(";"))
    assert [q.value for q in window] == [11]


def test_adjacent_number_words_stay_separate() -> None:
    text = "on days two three times"
    assert [q.value for q in find_quantities(text)] == [2, 3]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the 87th assault", 87),
        ("its 1,002nd launch", 1002),
        ("the second raid using cruise missiles", 2),
        ("for the first time", 1),
        ("the twenty-third convoy", 23),
        ("a third wave", 3),
    ],
)
def test_ordinals(text: str, value: int) -> None:
    found = find_ordinals(text)
    assert [(q.value, q.bound) for q in found] == [(value, "ordinal")]


def test_seconds_are_not_ordinals() -> None:
    assert find_ordinals("it lasted ten seconds") == []


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PIECES = st.sampled_from(
    ["at least ", "about ", "2,500", "twenty-five", " to ", "-", "dozens", "a ", "the 3rd",
     "second", "F-16", " troops", ".", "\n", "between ", " and ", "1.5 million", "one"]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=5)), max_size=12).map("".join))
def test_never_raises_and_spans_stay_inside(text: str) -> None:
    for q in find_quantities(text) + find_ordinals(text):
        assert 0 <= q.span.start < q.span.end <= len(text)
        assert q.value is None or q.value >= 0
        if q.low is not None and q.high is not None:
            assert q.low <= q.high


def test_spelled_alternation_matches_the_number_words_in_its_range() -> None:
    import re

    from watchfloor.text.number_words import spelled

    rx = re.compile(rf"^(?:{spelled(2, 5)})$")
    assert [w for w in ("one", "two", "three", "five", "six") if rx.match(w)] == [
        "two",
        "three",
        "five",
    ]


@pytest.mark.parametrize(
    "text", ["children between the ages of 10 and 16 were hurt", "a man aged 19 was killed"]
)
def test_ages_are_not_counts(text: str) -> None:
    assert [q.value for q in find_quantities(text)] == []
