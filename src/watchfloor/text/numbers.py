"""Numbers in report text: "two", "2,500", "at least 70", "dozens", "25-40", "the 144th".

Counts drive casualty figures, tallies and force-posture facts, so every quantity keeps its
bound ("at least 70" is not "70") and its character span. Rules, not a model:

- cardinals in digits ("2,500", "1.5 million") or words ("twenty-five", "a dozen",
  "two hundred and fifty"); "a"/"an" alone and ordinals are not quantities;
- a modifier before the number sets the bound: at_least ("at least", "a minimum of",
  "no fewer than"), more_than ("more than", "over"), approx ("about", "some", "nearly"),
  at_most ("up to", "as many as", "fewer than"); "or more" / "-plus" after it mean at_least;
- ranges ("two to three", "25-40", "between 25 and 40", "two or three") keep low and high
  with value None and bound approx; a bare approximate number ("about 40") keeps value 40
  with low and high None, at_least/more_than set only low, at_most only high;
- vague amounts keep a floor and value None, bound approx: "dozens" (24), "scores of" (40),
  "hundreds" (200), "thousands" (2000), "tens of thousands" (20000), "several"/"multiple"/
  "a few"/"a handful of" (2), "a number of" (no floor);
- numbers that are names, measures or clock times are skipped: "Tower 22", "F-16", "105mm",
  "15-year-old", "8:45 p.m.", "24 January", and years such as "in 2023".
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from watchfloor.models import Bound, Span
from watchfloor.text.number_words import (
    ORDINAL_WORDS,
    SCALES,
    TENS,
    UNITS,
    parse_words,
    valid_sequence,
)

_MONTHS = (
    "jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|"
    "september|oct|october|nov|november|dec|december"
)

_NUMWORD = "|".join(sorted([*UNITS, *TENS, *SCALES, "dozen"], key=len, reverse=True))
_WORDNUM = rf"(?:(?:a|an|half\s+a)\s+)?(?:{_NUMWORD})(?:(?:\s+and\s+|[\s-]+)(?:{_NUMWORD}))*"
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE_SUFFIX = r"(?:\s*(?:million|billion|thousand|bn|m)\b)"
_NUMBER = rf"(?:(?:{_DIGITS}){_SCALE_SUFFIX}?|\b{_WORDNUM}\b)"
_NUMBER_RE = re.compile(_NUMBER, re.IGNORECASE)

_VAGUE: tuple[tuple[str, int | None], ...] = (
    (r"tens\s+of\s+thousands", 20000),
    (r"hundreds\s+of\s+thousands", 200000),
    (r"dozens", 24),
    (r"scores\s+of", 40),
    (r"hundreds", 200),
    (r"thousands", 2000),
    (r"several", 2),
    (r"multiple", 2),
    (r"numerous", 2),
    (r"a\s+few", 2),
    (r"a\s+handful\s+of", 2),
    (r"a\s+couple\s+of", 2),
    (r"a\s+number\s+of", None),
)
_VAGUE_RE = re.compile(
    "|".join(rf"(?P<v{i}>\b{pat}\b)" for i, (pat, _) in enumerate(_VAGUE)), re.IGNORECASE
)
_PREFIXES: tuple[tuple[str, Bound], ...] = (
    (r"at\s+least|a\s+minimum\s+of|at\s+a\s+minimum|no\s+(?:fewer|less)\s+than|"
     r"not\s+(?:fewer|less)\s+than", "at_least"),
    (r"more\s+than|over|upwards\s+of|in\s+excess\s+of|greater\s+than", "more_than"),
    (r"about|some|nearly|almost|approximately|approx\.|roughly|around|close\s+to|"
     r"an\s+estimated|estimated|circa|c\.|just\s+under|just\s+over|an\s+approximate", "approx"),
    (r"up\s+to|as\s+many\s+as|at\s+most|no\s+more\s+than|fewer\s+than|less\s+than|"
     r"a\s+maximum\s+of|at\s+a\s+maximum", "at_most"),
)  # fmt: skip
# (the lookahead on the modifiers' first letters only filters; it lets `search` skip ahead)
_PREFIX_RE = re.compile(
    r"(?=[acefgijlmnorsu])(?:^|(?<=[\s(\"“—–-]))(?:"
    + "|".join(rf"(?P<p{i}>{pat})" for i, (pat, _) in enumerate(_PREFIXES))
    + r")\s+$",
    re.IGNORECASE,
)
# matched at a position (`.match(text, pos)`), so no "^": the rest of the text is not copied
_SUFFIX_RE = re.compile(r"(?:\s+or\s+more\b|\s*-?\s*plus\b|\+|\s+or\s+so\b)", re.IGNORECASE)
# Patterns of the per-number tests, compiled once (they run for every number in the text).
_DECIMAL_RE = re.compile(r"(\d+(?:\.\d+)?)\s*(million|billion|thousand|bn|m)?")
_SCALE_WORD = {"million": 10**6, "m": 10**6, "billion": 10**9, "bn": 10**9, "thousand": 1000}
_LETTERS_RE = re.compile(r"[A-Za-z]+")
_CODE_BEFORE_RE = re.compile(r"[A-Za-z]-$")
_MEASURE_AFTER_RE = re.compile(r"[A-Za-z]|:\d|-[A-Za-z]|\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|UTC)")
_MONTH_AFTER_RE = re.compile(rf"\s+(?:{_MONTHS})\b\.?", re.IGNORECASE)
_MONTH_BEFORE_RE = re.compile(
    rf"(?=[adfjmnos])\b(?:{_MONTHS})\.?\s+(?:\d{{1,2}},\s*)?$", re.IGNORECASE
)
_CAP_WORD_BEFORE_RE = re.compile(r"([A-Z][A-Za-z]*)\s+$")
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
_YEAR_WORDS_RE = re.compile(
    r"\b(?:in|since|until|by|of|early|late|mid|from|to|during)\s+$", re.IGNORECASE
)
_YEAR_END_RE = re.compile(r"\s*(?:[,.;)]|$)")
_OF_THOUSANDS_RE = re.compile(r"\s+of\s+thousands", re.IGNORECASE)
_OPENER_RE = re.compile(r"\b(between|from)\s+$", re.IGNORECASE)
_PRONOUN_BEFORE_RE = re.compile(r"\b(?:no|any|every|some|the|this|that)\s+$")
_ANOTHER_RE = re.compile(r"\s+another\b")
_PLURAL_S_RE = re.compile(r"s\b")


_VAGUE_HEADS = ["dozens", "scores", "hundreds", "thousands", "tens", "several", "multiple",
                "numerous", "few", "handful", "couple", "number"]  # fmt: skip
# Scanning walks word tokens and looks each up in a set: far faster on long text than
# running a big alternation (or an IGNORECASE pattern) at every character.
_TOKEN_RE = re.compile(r"[A-Za-z]+|[0-9]+")
_CAND_WORDS = frozenset([*UNITS, *TENS, *SCALES, "dozen", *_VAGUE_HEADS])
_ORD_WORDS = frozenset([*ORDINAL_WORDS, *TENS])
# The words every date expression holds (`resolve.dates` scans for them too).
_DATE_WORDS = frozenset(
    """jan january feb february mar march apr april may jun june jul july aug august sep sept
    september oct october nov november dec december monday tuesday wednesday thursday friday
    saturday sunday today tonight yesterday ago week weekend month year morning afternoon
    evening night christmas boxing""".split()
)
#: lower-cased words `scan_tokens` keeps, besides digit runs
SCAN_WORDS = _CAND_WORDS | _ORD_WORDS | _DATE_WORDS
_LEAD_RE = re.compile(r"(?:\b(?:a|an|A|An|half\s+a|Half\s+a)\s+)$")
_ORDINAL_RE = re.compile(
    r"\b(?P<digits>\d{1,3}(?:,\d{3})*|\d+)(?:st|nd|rd|th)\b"
    rf"|\b(?:(?P<tens>{'|'.join(TENS)})[\s-])?(?P<word>{'|'.join(ORDINAL_WORDS)})\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Quantity:
    """A number in the text with its bound; `value` is None for ranges and vague amounts."""

    span: Span
    value: int | None
    low: int | None
    high: int | None
    bound: Bound  # "exact" | "at_least" | "more_than" | "approx" | "at_most" | "ordinal"


@lru_cache(maxsize=8)
def scan_tokens(text: str) -> tuple[tuple[int, int, str], ...]:
    """The tokens of `[A-Za-z]+|[0-9]+` in the text that are digit runs or whose lower case
    is in SCAN_WORDS, as (start, end, token), in order. One walk over every token of the
    text, shared by the quantity, ordinal and date scans (a few texts are kept)."""
    out = []
    for m in _TOKEN_RE.finditer(text):
        tok = m.group()
        if tok[0].isdigit() or tok.lower() in SCAN_WORDS:
            out.append((m.start(), m.end(), tok))
    return tuple(out)


def parse_number(s: str) -> int | None:
    """The integer a number expression denotes, or None when it is not one."""
    t = " ".join(s.strip().lower().replace(",", "").split())
    if not t:
        return None
    m = _DECIMAL_RE.fullmatch(t)
    if m:
        num = float(m.group(1))
        if m.group(2):
            return round(num * _SCALE_WORD[m.group(2)])
        return int(num) if num.is_integer() else None
    return parse_words(t)


def _split_word_number(text: str, start: int, end: int) -> int:
    """The end of the longest valid number-word prefix of text[start:end]."""
    tokens = list(_LETTERS_RE.finditer(text[start:end]))
    best = start
    for k in range(len(tokens), 0, -1):
        words = [t.group(0).lower() for t in tokens[:k]]
        if words[-1] in ("and", "a", "an", "half"):
            continue
        if valid_sequence(words) and parse_number(" ".join(words)) is not None:
            return start + tokens[k - 1].end()
    return best


_AGE_BEFORE_RE = re.compile(r"\b(?:aged|ages?\s+of)\s+(?:\d{1,3}\s+(?:and|to|-)\s+)?$", re.I)


# "struck the Houthis 12 times", "hit Syria 30 times": a count after a name, not a name's number
_COUNTED_AFTER_RE = re.compile(r"\s+(?:more\s+)?(?:times|occasions)\b", re.I)


def _excluded(text: str, s: int, e: int, lo: int) -> bool:
    """Numbers that are names, measures, times, dates or parts of words."""
    before = text[max(lo, s - 25) : s]
    after = text[e : e + 20]
    if s > 0 and (text[s - 1].isalnum() or text[s - 1] in "$£€#/."):
        return True
    if _CODE_BEFORE_RE.search(before):  # F-16, MQ-9
        return True
    if _MEASURE_AFTER_RE.match(after):
        return True  # 105mm, 8:45, 15-year-old, 5 p.m.
    if _MONTH_AFTER_RE.match(after):
        return True  # 24 January
    if _MONTH_BEFORE_RE.search(before):
        return True  # January 24 / January 24, 2024
    if _AGE_BEFORE_RE.search(text, max(lo, s - 40), s):
        return True  # "children between the ages of 10 and 16", "aged 19"
    word_before = _CAP_WORD_BEFORE_RE.search(before)
    if word_before and text[s].isdigit() and not _COUNTED_AFTER_RE.match(after):
        w = word_before.group(1)
        sentence_start = re.search(r"(?:^|[.!?]\s+|\n\s*)" + re.escape(w) + r"\s+$", before)
        if not sentence_start and not _PREFIX_RE.search(before):
            return True  # Tower 22, Resolution 2334
    return bool(
        _YEAR_RE.fullmatch(text, s, e)
        and (_YEAR_WORDS_RE.search(before) or _YEAR_END_RE.match(after))
    )


def _bound_before(text: str, s: int, lo: int) -> tuple[Bound, int]:
    window = text[max(lo, s - 30) : s]
    m = _PREFIX_RE.search(window)
    if not m:
        return "exact", s
    for i, (_, bound) in enumerate(_PREFIXES):
        if m.group(f"p{i}"):
            return bound, s - len(window) + m.start()
    return "exact", s  # pragma: no cover


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Cardinal quantities in text[start:end], in order, each with its bound and span.

    The whole text is scanned once and kept (a few texts at a time), so components that ask
    sentence by sentence share one pass.
    """
    return _within(_all_quantities(text), start, len(text) if end is None else end)


def _within(found: tuple[Quantity, ...], start: int, end: int) -> list[Quantity]:
    lo = bisect_left([q.span.start for q in found], start)
    return [q for q in found[lo:] if q.span.start < end and q.span.end <= end]


@lru_cache(maxsize=8)
def _all_quantities(text: str) -> tuple[Quantity, ...]:
    return tuple(_scan_quantities(text))


def _scan_quantities(text: str) -> list[Quantity]:
    start, hi = 0, len(text)
    out: list[Quantity] = []
    pos = start
    for c_start, c_end, tok in scan_tokens(text):
        s = c_start
        if s < pos:
            continue
        if not (tok[0].isdigit() or tok.lower() in _CAND_WORDS):
            continue
        pos = c_end
        if s > 0 and text[s - 1].isalnum():  # a code such as "A320"
            continue
        lead = _LEAD_RE.search(text, max(start, s - 8), s)
        if lead:
            s = lead.start()
        vague = _VAGUE_RE.match(text, s, hi)
        if vague:
            q = _vague(text, vague)
            pos = vague.end()
            if q is not None:
                out.append(q)
            continue
        found = _NUMBER_RE.match(text, c_start, hi)
        if found is None:
            continue
        s, e = found.start(), found.end()
        if not text[s].isdigit():
            e = _split_word_number(text, s, e)
            if e == s:
                continue
            if lead and parse_number(text[lead.start() : e]) is not None:
                s = lead.start()
        pos = e
        q = _cardinal(text, s, e, start, hi)
        if q is not None:
            out.append(q)
    return _ranges(text, out, start)


def _vague(text: str, m: re.Match[str]) -> Quantity | None:
    if _OF_THOUSANDS_RE.match(text[m.end() : m.end() + 14]):
        return None
    floor = next(v for i, (_, v) in enumerate(_VAGUE) if m.group(f"v{i}"))
    return Quantity(Span(m.start(), m.end()), None, floor, None, "approx")


def _cardinal(text: str, s: int, e: int, start: int, hi: int) -> Quantity | None:
    if _excluded(text, s, e, start) or _not_a_count(text, s, e):
        return None
    value = parse_number(text[s:e])
    if value is None:
        return None
    bound, qs = _bound_before(text, s, start)
    suffix = _SUFFIX_RE.match(text, e, hi)
    qe = e
    if suffix and bound == "exact":
        bound = "approx" if "so" in suffix.group(0).lower() else "at_least"
        qe = suffix.end()
    low = value if bound in ("exact", "at_least", "more_than") else None
    high = value if bound in ("exact", "at_most") else None
    return Quantity(Span(qs, qe), value, low, high, bound)


_RANGE_GAP = re.compile(r"\s*(?:-|–|—|to\b|or\b)\s*|\s+and\s+")


def _ranges(text: str, found: list[Quantity], lo: int) -> list[Quantity]:
    """Join "two to three", "25-40", "between 12 and 18" into one range quantity."""
    out: list[Quantity] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        if b is not None and a.value is not None and b.value is not None and b.bound == "exact":
            gap = _RANGE_GAP.fullmatch(text, a.span.end, b.span.start)
            before = text[max(lo, a.span.start - 10) : a.span.start]
            opener = _OPENER_RE.search(before)
            between = opener is not None and opener.group(1).lower() == "between"
            year = _YEAR_RE.fullmatch(a.span.text(text))
            if (
                gap
                and (between or "and" not in gap.group(0))
                and b.value > a.value
                and not year
                and (a.bound == "exact" or between)
            ):
                s = a.span.start - len(before) + opener.start() if opener else a.span.start
                out.append(Quantity(Span(s, b.span.end), None, a.value, b.value, "approx"))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _not_a_count(text: str, s: int, e: int) -> bool:
    """Pronoun uses of "one" ("no one", "one another") are not counts."""
    tok = text[s:e].lower()
    if tok != "one":
        return False
    before = text[max(0, s - 12) : s].lower()
    after = text[e : e + 10].lower()
    return bool(_PRONOUN_BEFORE_RE.search(before)) or bool(_ANOTHER_RE.match(after))


def find_ordinals(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Ordinals ("144th", "second", "twenty-first") with bound "ordinal"."""
    return _within(_all_ordinals(text), start, len(text) if end is None else end)


@lru_cache(maxsize=8)
def _all_ordinals(text: str) -> tuple[Quantity, ...]:
    start, hi = 0, len(text)
    out: list[Quantity] = []
    pos = start
    for c_start, c_end, tok in scan_tokens(text):
        if c_start < pos or not (tok[0].isdigit() or tok.lower() in _ORD_WORDS):
            continue
        pos = c_end
        if c_start > 0 and text[c_start - 1].isalnum():
            continue
        m = _ORDINAL_RE.match(text, c_start, hi)
        if m is None:
            continue
        pos = m.end()
        if m.group("digits"):
            value = int(m.group("digits").replace(",", ""))
        else:
            word = m.group("word").lower()
            value = ORDINAL_WORDS[word]
            if m.group("tens"):
                if value >= 10:
                    continue
                value += TENS[m.group("tens").lower()]
            if word == "second" and _PLURAL_S_RE.match(text[m.end() : m.end() + 2]):
                continue
        out.append(Quantity(Span(m.start(), m.end()), value, value, value, "ordinal"))
    return tuple(out)
