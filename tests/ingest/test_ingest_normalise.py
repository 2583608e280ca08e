"""Normalisation and the content-hash id: the same report always gets the same id."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from watchfloor.ingest.document import ID_LENGTH, decode, doc_id, normalise

REPORT = (
    "Militants fired two rockets at the airfield on Sunday.\n"
    "\n"
    "The garrison said nobody was hurt, a spokesman added."
)


@pytest.mark.parametrize(
    "variant",
    [
        REPORT + "\n",
        REPORT + "   \n\n\n",
        REPORT.replace("\n", "\r\n"),
        REPORT.replace("\n", "\r"),
        "\n\n" + REPORT,
        REPORT.replace(" ", "  "),
        REPORT.replace(" ", "\t"),
        REPORT.replace(" ", "\u00a0"),
        REPORT.replace("\n\n", "\n   \n\n \t\n"),
        "\ufeff" + REPORT,
        REPORT.replace("airfield", "air\u200bfield"),
    ],
)
def test_trivial_variants_normalise_to_the_same_text_and_id(variant: str) -> None:
    assert normalise(variant) == REPORT
    assert doc_id(normalise(variant)) == doc_id(REPORT)


def test_decomposed_accents_compose() -> None:
    composed = "Strikes hit Deir ez-Zor and Hawl\u00e9 on Monday."
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    assert normalise(decomposed) == composed


@pytest.mark.parametrize(
    "other",
    [
        REPORT.replace("two", "three"),
        REPORT.replace("Sunday", "Monday"),
        REPORT.replace("\n\n", " "),  # paragraph break is part of the text
        REPORT + "\nA second line.",
    ],
)
def test_different_text_gives_a_different_id(other: str) -> None:
    assert doc_id(normalise(other)) != doc_id(normalise(REPORT))


def test_paragraphs_stay_lines_and_blank_runs_collapse() -> None:
    text = "Headline\n\n\n\nFirst paragraph.\nSecond   line.\n\n\nLast."
    assert normalise(text) == "Headline\n\nFirst paragraph.\nSecond line.\n\nLast."


def test_unicode_line_separators_become_newlines() -> None:
    assert normalise("one\u2028two\u2029three\x85four") == "one\ntwo\nthree\nfour"


def test_control_characters_are_dropped_but_zero_width_joiners_kept() -> None:
    # ZWNJ is meaningful in Persian spelling; a bell character is not text.
    assert normalise("a\x07b") == "ab"
    persian = "\u0645\u06cc\u200c\u0634\u0648\u062f"
    assert normalise(persian) == persian


def test_id_is_a_hex_prefix_of_sha256() -> None:
    ident = doc_id(REPORT)
    assert len(ident) == ID_LENGTH
    int(ident, 16)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"plain words", "plain words"),
        (b"\xef\xbb\xbfwith a bom", "with a bom"),
        ("utf-16 text".encode("utf-16"), "utf-16 text"),
    ],
)
def test_decode_accepts_utf8_and_bom_marked_text(data: bytes, expected: str) -> None:
    assert decode(data) == expected


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"abc\x00def", "binary"),
        (bytes(range(1, 9)) * 50, "binary"),
        ("caf\u00e9".encode("latin-1"), "not valid UTF-8 (byte 0xe9 at offset 3)"),
    ],
)
def test_decode_rejects_binary_and_undecodable(data: bytes, reason: str) -> None:
    with pytest.raises(ValueError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        decode(data)


_TEXTISH = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from(list(" \t\r\n\u00a0\u2028\u200b\u00ad\ufeff\u0301\u0308e")),
    ),
    max_size=200,
)


@given(_TEXTISH)
def test_normalise_is_idempotent(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once


@given(_TEXTISH)
def test_normalised_text_has_no_edge_whitespace_or_crlf(text: str) -> None:
    out = normalise(text)
    assert "\r" not in out
    assert "\n\n\n" not in out
    assert out == out.strip()
    assert all(line == line.strip() for line in out.split("\n"))
