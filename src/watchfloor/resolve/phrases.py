"""A token-level phrase index: leftmost-longest, non-overlapping matches by dict lookup.

Why not one big regex: Python's `re` tries every alternative at every position, so a few
thousand aliases would crawl over a large corpus. Here each text token is normalised once and
looked up in a dict keyed by the first token of every phrase; only hits compare further tokens.

Normalisation makes matching robust to the forms news text takes: case ("Shia militias" /
"shia militias"), curly or straight apostrophes inside a word ("Kata’ib" = "Kata'ib" =
"Kataib"), hyphens ("Iran-backed" = "Iran backed"), possessives ("Hezbollah's"), dotted
acronyms ("U.S." = "US") and accents. Acronyms written in capitals in a phrase ("KH", "PMF",
"US") only match capitals in the text, so "us" the pronoun never matches "US".
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import lru_cache
from itertools import compress, count
from operator import itemgetter
from typing import Any, Final, Generic, TypeVar

T = TypeVar("T")

TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[^\W_]+(?:['’ʼʿʾ`´][^\W_]+)*")
_APOS = re.compile(r"['’ʼʿʾ`´.]")
_POSSESSIVE = ("'s", "’s", "'S", "’S", "ʼs")
_MAX_VARIANTS = 256


# A token: (start, end, key, cased). key is lower-cased with apostrophes, dots and accents
# removed; cased is the same with case kept (for acronym checks). A plain tuple, not a
# NamedTuple: a million of them are made per million words, and a literal is cheaper.
Token = tuple[int, int, str, str]
START: Final = 0
END: Final = 1
KEY: Final = 2
CASED: Final = 3
_KEY_OF = itemgetter(KEY)


def _fold(raw: str) -> str:
    s = _APOS.sub("", raw)
    if not s.isascii():
        s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return s


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word tokens of text[start:end] with absolute offsets; a possessive 's is cut off.
    Actors, weapons and places all read the same text: the tokens are cached (callers must
    not mutate the list they get)."""
    return _tokenize(text, start, end)


@lru_cache(maxsize=16)
def _tokenize(text: str, start: int, end: int | None) -> list[Token]:
    stop = len(text) if end is None else end
    out = []
    for m in TOKEN.finditer(text, start, stop):
        raw = m.group()
        s, e = m.span()
        if raw.isascii() and raw.isalnum():
            out.append((s, e, raw.lower(), raw))
            continue
        if raw.endswith(_POSSESSIVE) and len(raw) > 2:
            raw = raw[:-2]
            e -= 2
        cased = _fold(raw)
        out.append((s, e, cased.lower(), cased))
    return out


def phrase_keys(phrase: str) -> tuple[tuple[str, ...], tuple[str | None, ...]]:
    """(lower-cased keys, case constraints) for a phrase; None where any case is accepted."""
    keys, cases = [], []
    for tok in tokenize(phrase):
        cased = tok[CASED]
        keys.append(tok[KEY])
        acronym = cased.isupper() and cased.isalpha() and len(cased) >= 2
        cases.append(cased if acronym else None)
    return tuple(keys), tuple(cases)


def _case_ok(cased: str, want: str | None) -> bool:
    if want is None or cased == want:
        return True
    # long acronyms are also written in title case ("Centcom", "Unifil")
    return len(want) >= 5 and cased == want.capitalize()


_END = ""  # trie key under which a node keeps the phrases that end there (no token is empty)


class PhraseIndex(Generic[T]):
    """Phrases -> values in a token trie; `find` returns leftmost-longest non-overlapping matches.

    A trie, not a list per first word: the generic descriptions expand to hundreds of phrases
    starting with "Iran", and each occurrence must cost one walk, not one comparison each."""

    def __init__(self, variants: Mapping[str, Iterable[str]] | None = None) -> None:
        self._root: dict[str, Any] = {}
        self._size = 0
        self._groups: dict[str, tuple[str, ...]] = {}
        for word, others in (variants or {}).items():
            # single words as themselves, multi-word variants ("air base") joined by a space
            group = {" ".join(k) for k in (phrase_keys(w)[0] for w in [word, *others]) if k}
            for member in group:
                self._groups[member] = tuple(sorted(group | set(self._groups.get(member, ()))))

    def add(self, phrase: str, value: T, *, optional_al: bool = True) -> None:
        """Index a phrase, its spelling variants and (optionally) its forms without 'al-'.
        A phrase already indexed keeps its first value."""
        keys, cases = phrase_keys(phrase)
        if not keys:
            return
        for vkeys, vcases in self._expand(keys, cases, optional_al):
            node = self._root
            for k in vkeys:
                node = node.setdefault(k, {})
            ends: list[tuple[tuple[str | None, ...], T]] = node.setdefault(_END, [])
            if not any(c == vcases for c, _ in ends):
                ends.append((vcases, value))
                self._size += 1

    def _expand(
        self, keys: tuple[str, ...], cases: tuple[str | None, ...], optional_al: bool
    ) -> list[tuple[tuple[str, ...], tuple[str | None, ...]]]:
        slots: list[list[tuple[tuple[str, ...], tuple[str | None, ...]]]] = []
        for i, (k, c) in enumerate(zip(keys, cases, strict=True)):
            opts: list[tuple[tuple[str, ...], tuple[str | None, ...]]] = [((k,), (c,))]
            if c is None:
                for v in self._groups.get(k, ()):
                    vk = tuple(v.split())
                    if vk != (k,):
                        opts.append((vk, (None,) * len(vk)))
            if optional_al and k in ("al", "el") and len(keys) > 1 and i < len(keys) - 1:
                opts.append(((), ()))
            slots.append(opts)
        out = []
        for combo in itertools.islice(itertools.product(*slots), _MAX_VARIANTS):
            vk = tuple(x for part in combo for x in part[0])
            vc = tuple(x for part in combo for x in part[1])
            if vk:
                out.append((vk, vc))
        return out

    def __len__(self) -> int:
        return self._size

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, T]]:
        """(start, end, value) of leftmost-longest, non-overlapping matches, absolute offsets."""
        return self.find_tokens(tokenize(text, start, end))

    def find_tokens(self, toks: list[Token]) -> list[tuple[int, int, T]]:
        out: list[tuple[int, int, T]] = []
        root = self._root
        n = len(toks)
        after = 0  # tokens before this one belong to a match already made
        # only tokens that start some phrase are tried; they are picked out in C
        for i in compress(count(), map(root.__contains__, map(_KEY_OF, toks))):
            if i < after:
                continue
            node = root[toks[i][KEY]]
            best: tuple[int, T] | None = None
            j = i + 1
            while True:
                ends = node.get(_END)
                if ends:
                    for cases, value in ends:
                        if all(_case_ok(toks[i + m][CASED], c) for m, c in enumerate(cases) if c):
                            best = (j, value)
                            break
                if j >= n:
                    break
                node = node.get(toks[j][KEY])
                if node is None:
                    break
                j += 1
            if best is None:
                continue
            out.append((toks[i][START], toks[best[0] - 1][END], best[1]))
            after = best[0]
        return out

    def lookup(self, phrase: str) -> T | None:
        """The value of a phrase that the index matches whole (case rules applied)."""
        toks = tokenize(phrase)
        if toks and toks[0][KEY] == "the":
            toks = toks[1:]
        hits = self.find_tokens(toks)
        if len(hits) == 1 and toks and hits[0][0] == toks[0][START] and hits[0][1] == toks[-1][END]:
            return hits[0][2]
        return None
