"""Which event a passage points at: the events told in a sentence, the closest one before it.

Statements ("the ministry condemned these strikes") and tallies ("the 144th attack") both
hang on an event told elsewhere in the text, and both find it the same way: an event whose
evidence lies in the same sentence, else the closest one before whose evidence uses the
same event word. That shared reading lives here so the two components cannot drift apart,
with `by_sentence`, which files dates and numbers under the sentence they sit in.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import TypeVar

from watchfloor.models import Mention, Span
from watchfloor.resolve.dates import DateMention
from watchfloor.text.numbers import Quantity

_EVENT_REF = re.compile(
    r"\b(?:the|these|this|that|those|its|their)\s+(?:(?!to\b)\w+\s+){0,2}?"
    r"(?:strikes?|airstrikes?|attacks?|action|operation|raids?|incident|bombings?|assault|"
    r"killing|assassination)\b",
    re.IGNORECASE,
)


def events_in(sentences: Sequence[Span], events: Sequence[Mention], idx: int) -> list[Mention]:
    """Events whose evidence lies in sentence `idx`."""
    sent = sentences[idx]
    return [e for e in events if any(sp.start < sent.end and sp.end > sent.start for sp in e.spans)]


def nearest_event_before(
    text: str,
    sentences: Sequence[Span],
    events: Sequence[Mention],
    idx: int,
    noun: str | None = None,
) -> Mention | None:
    """The event with evidence closest before sentence `idx` (inclusive).

    With a `noun` ("strike", "attack"), the closest event whose evidence uses that word
    wins ("these strikes" points past a later-told attack to the strikes), else the closest.
    """
    closest: Mention | None = None
    for j in range(idx, -1, -1):
        for ev in reversed(events_in(sentences, events, j)):
            if closest is None:
                closest = ev
            if noun is None:
                return ev
            evidence = " ".join(text[sp.start : sp.end] for sp in ev.spans).lower()
            if re.search(_STEMS.get(noun, noun), evidence):
                return ev
    return closest


def event_about(
    text: str, sentences: Sequence[Span], idx: int, events: Sequence[Mention], content: str
) -> str | None:
    """The id of the event a statement is about: one told in its sentence, else the one
    "the strikes" or "this attack" in what was said points back to."""
    here = events_in(sentences, events, idx)
    if here:
        return here[0].id
    ref = _EVENT_REF.search(content) or _EVENT_REF.search(sentences[idx].text(text))
    if ref:
        ev = nearest_event_before(text, sentences, events, idx, event_noun(ref.group(0)))
        return ev.id if ev else None
    return None


_STEMS = {"strike": "stri|struck", "attack": "attack", "raid": "raid", "bomb": "bomb",
          "assault": "assault", "incident": "incident", "operation": "operation",
          "kill": "kill", "assassin": "kill|assassin"}  # fmt: skip


def event_noun(phrase: str) -> str | None:
    """The stem of the event word a phrase uses ("the US airstrikes" -> "strike")."""
    m = re.search(
        r"(strike|attack|raid|bomb|assault|incident|operation|kill|assassin)", phrase.lower()
    )
    return m.group(1) if m else None


def numbered_event(
    text: str,
    sentences: Sequence[Span],
    events: Sequence[Mention],
    idx: int,
    dates: Sequence[DateMention],
    claim: str,
) -> Mention | None:
    """The event an ordinal numbers: one told in its sentence, one on a date it names, or
    the closest before it."""
    here = events_in(sentences, events, idx)
    if here:
        return here[0]
    days = {d.date for d in dates if d.precision == "day" and d.kind == "point"}
    for ev in events:
        if ev.date in days:
            return ev
    return nearest_event_before(text, sentences, events, idx, event_noun(claim))


_T = TypeVar("_T", DateMention, Quantity)


def by_sentence(sentences: Sequence[Span], items: Sequence[_T]) -> list[list[_T]]:
    """Items grouped by the sentence their span starts in."""
    starts = [s.start for s in sentences]
    out: list[list[_T]] = [[] for _ in sentences]
    for item in items:
        i = bisect_right(starts, item.span.start) - 1
        if i >= 0 and item.span.start < sentences[i].end:
            out[i].append(item)
    return out
