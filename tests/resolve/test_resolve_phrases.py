"""The token phrase index under every lexicon: normalisation, variants, case, longest match."""

from __future__ import annotations

from watchfloor.resolve.phrases import PhraseIndex, phrase_keys, tokenize


def test_tokenize_normalises_apostrophes_dots_and_possessives() -> None:
    text = "Kata’ib U.S. Hezbollah's Hamas’s"
    assert [t[2] for t in tokenize(text)] == ["kataib", "us", "hezbollah", "hamas"]
    assert [text[t[0] : t[1]] for t in tokenize(text)] == ["Kata’ib", "U.S.", "Hezbollah", "Hamas"]


def test_phrase_keys_mark_acronyms_case_sensitive() -> None:
    assert phrase_keys("U.S. forces") == (("us", "forces"), ("US", None))
    assert phrase_keys("Iran-backed groups") == (("iran", "backed", "groups"), (None, None, None))


def test_multiword_variant_does_not_leak_its_first_word() -> None:
    index: PhraseIndex[str] = PhraseIndex({"taji": ["al-taji"], "airbase": ["air base"]})
    index.add("At Taji", "taji")
    index.add("Erbil airbase", "erbil")
    hits = index.find("at al and at al taji, Erbil air base")
    assert [(v, s, e) for s, e, v in hits] == [("taji", 10, 20), ("erbil", 22, 36)]


def test_longest_match_and_first_value_kept() -> None:
    index: PhraseIndex[str] = PhraseIndex()
    index.add("Hezbollah", "short")
    index.add("Kataib Hezbollah", "long")
    index.add("Hezbollah", "other")  # a phrase already indexed keeps its first value
    assert [v for _s, _e, v in index.find("Kataib Hezbollah and Hezbollah")] == ["long", "short"]
    assert len(index) == 2


def test_optional_al_and_lookup() -> None:
    index: PhraseIndex[int] = PhraseIndex()
    index.add("Harakat al-Nujaba", 1)
    assert index.lookup("Harakat Nujaba") == 1
    assert index.lookup("the Harakat al Nujaba") == 1
    assert index.lookup("Harakat al-Nujaba fighters") is None


def test_long_acronyms_accept_title_case_only() -> None:
    index: PhraseIndex[str] = PhraseIndex()
    index.add("CENTCOM", "c")
    index.add("KH", "k")
    assert [v for *_, v in index.find("Centcom and CENTCOM and centcom")] == ["c", "c"]
    assert [v for *_, v in index.find("KH and Kh and kh")] == ["k"]
