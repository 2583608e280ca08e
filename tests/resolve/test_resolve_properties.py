"""Invariants of the resolvers on arbitrary text: never raise, spans always point at the text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from watchfloor.resolve import find_actors, find_places, find_weapons

WORDS = st.sampled_from(
    [
        "Kataib",
        "Hezbollah's",
        "KH",
        "U.S.",
        "forces",
        "Iran-backed",
        "militias",
        "al-Asad",
        "Ain",
        "Erbil",
        "air",
        "base",
        "Tower",
        "22",
        "drone",
        "one-way",
        "attack",
        "rockets",
        "Baghdad",
        "the",
        "in",
        "Iraq",
        "Syria",
        "Mission",
        "Lloyd",
        "Austin",
        "said",
        ".",
        ",",
        "’s",
        "Kata’ib",
        "Hizballah",
        "PMF",
        "pmf",
        "Deir",
        "ez-Zor",
        "province",
        "\n",
        "—",
    ]
)
TEXT = st.one_of(st.text(max_size=200), st.lists(WORDS, max_size=40).map(" ".join))


@settings(max_examples=200, deadline=None)
@given(text=TEXT, a=st.integers(0, 250), b=st.integers(0, 250))
def test_spans_point_into_the_window(text: str, a: int, b: int) -> None:
    start, end = min(a, b, len(text)), min(max(a, b), len(text))
    for finder in (find_actors, find_places, find_weapons):
        previous_end = start
        for m in finder(text, start, end):
            assert start <= m.span.start < m.span.end <= end
            assert text[m.span.start : m.span.end] == m.surface
            assert m.span.start >= previous_end  # sorted, non-overlapping
            previous_end = m.span.end
