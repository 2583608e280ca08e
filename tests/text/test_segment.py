"""Sentence spans on text written for the tests."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from watchfloor.text.segment import paragraphs, sentences


def _texts(text: str) -> list[str]:
    return [s.text(text) for s in sentences(text)]


def test_abbreviations_and_initials_do_not_end_sentences() -> None:
    text = "U.S. Gen. Smith met Lt. Col. Jones at 9 a.m. on Jan. 3. The meeting ended."
    assert _texts(text) == [
        "U.S. Gen. Smith met Lt. Col. Jones at 9 a.m. on Jan. 3.",
        "The meeting ended.",
    ]


def test_quotes_close_the_sentence_they_end() -> None:
    text = 'He said the base was "impacted." Two drones were shot down.'
    assert _texts(text) == ['He said the base was "impacted."', "Two drones were shot down."]


def test_lines_are_never_glued_together() -> None:
    text = "Strikes in Iraq\n- Drones hit the base\n- No casualties"
    assert _texts(text) == ["Strikes in Iraq", "- Drones hit the base", "- No casualties"]
    assert len(paragraphs(text)) == 3


@given(st.text(alphabet="ab .\n?!US", max_size=80))
def test_spans_are_ordered_stripped_and_cover_every_word(text: str) -> None:
    spans = sentences(text)
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))
    for s in spans:
        piece = s.text(text)
        assert piece and piece == piece.strip()
    covered = "".join(s.text(text) for s in spans)
    assert sorted(covered.replace(" ", "").replace("\n", "")) == sorted(
        text.replace(" ", "").replace("\n", "").replace("\t", "")
    )


def test_a_run_in_label_is_a_sentence_of_its_own() -> None:
    text = "Why it matters: Iran answered within hours.\nISLAMABAD: Pakistan struck back."
    assert _texts(text) == ["Why it matters:", "Iran answered within hours.",
                            "ISLAMABAD: Pakistan struck back."]  # fmt: skip
    quoted = 'Secretary of State Marco Rubio: "We are not involved."'
    assert _texts(quoted) == [quoted]
