"""Paragraphs and sentences as character spans over the original text.

Rules rather than a model: a sentence ends at `.`, `!` or `?` (optionally followed by a
closing quote or bracket) before whitespace and an upper-case letter, digit or opening
quote, unless the word before the full stop is a known abbreviation ("U.S.", "Gen.",
"Dec.", "a.m."). A line break always ends a sentence when the text is laid out as lines
(bullets, headlines, infobox rows), so headlines never glue onto the first sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from watchfloor.models import Span

ABBREVIATIONS = frozenset(
    """
    u.s u.k u.n e.u u.a.e u.s.-led a.m p.m mr mrs ms dr gen lt col maj capt sgt cpl pvt adm
    brig cmdr cdr gov sen rep pres st mt ft no nos vol jan feb mar apr jun jul aug sep sept
    oct nov dec mon tue tues wed thu thur thurs fri sat sun etc vs approx est inc corp co
    ltd jr sr a.k.a a.ka i.e e.g rev hon amb dept
    """.split()
)

#: a list bullet opening a line: "-", "•", "*", "–", and the glyphs messaging channels use
#: ("▪️", "◾", "►"); not the emoji some channels open every paragraph with ("🔻")
BULLET = r"(?:[-•*–▪▫◦‣⁃●■□◆◇◾◽►▶➢➤]\ufe0f?)"

_BOUNDARY = re.compile(r"""[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9])""")
_LINE = re.compile(r"[^\n]+")
# "Why it matters: Iran answered within hours": a newsletter's run-in label is a sentence of
# its own, so the clause after it opens with its subject; not a speaker's colon before a quote
# ("Rubio: \"We are not involved\"") nor an upper-case dateline ("ISLAMABAD: Pakistan ...")
_LABEL = re.compile(r"[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,4}:(?=\s+[A-Z])")


def paragraphs(text: str) -> list[Span]:
    """Non-empty lines, each as a span (reports here are laid out one paragraph per line)."""
    spans = []
    for m in _LINE.finditer(text):
        start, end = _strip(text, m.start(), m.end())
        if start < end:
            spans.append(Span(start, end))
    return spans


def sentences(text: str) -> list[Span]:
    """Sentence spans, in order, covering every non-blank character of the text."""
    return list(_sentences(text))


@lru_cache(maxsize=64)
def _sentences(text: str) -> tuple[Span, ...]:
    out: list[Span] = []
    for para in paragraphs(text):
        start = para.start
        label = _LABEL.match(text, start, para.end)
        if label and not label.group().isupper():
            out.append(Span(start, label.end()))
            start = label.end()
        for m in _BOUNDARY.finditer(text, para.start, para.end):
            if _is_abbreviation(text, para.start, m.start()):
                continue
            end = m.end()
            s, e = _strip(text, start, end)
            if s < e:
                out.append(Span(s, e))
            start = end
        s, e = _strip(text, start, para.end)
        if s < e:
            out.append(Span(s, e))
    return tuple(out)


def _is_abbreviation(text: str, floor: int, dot: int) -> bool:
    if text[dot] != ".":
        return False
    i = dot
    while i > floor and not text[i - 1].isspace() and text[i - 1] not in "(“\"'":
        i -= 1
    word = text[i:dot].lower().rstrip(".")
    if word in ABBREVIATIONS:
        return True
    # single initials ("John F. Kennedy") and dotted acronyms ("U.S.", "a.m.")
    return (len(word) == 1 and word.isalpha()) or bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]", word))


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
