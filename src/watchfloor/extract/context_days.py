"""The day of an event its own words do not name, from what the report told around it.

"The next day, U.S. aircraft struck ...", "At 4:30 p.m., three missiles were fired",
"... and its aircraft then struck the cell", a sentence going on with the story of the one
before it, "a day after a Houthi drone attack": each counts from a day the report named, never
from the publication date (the last resort, taken in finalise).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from watchfloor.extract import relations, roles
from watchfloor.extract.candidate import Candidate
from watchfloor.extract.triggers import Trigger
from watchfloor.models import Span
from watchfloor.resolve.dates import DateMention
from watchfloor.text.number_words import parse_words, spelled
from watchfloor.text.spans import SpanIndex

_DAYS_AFTER = re.compile(relations.LAG + r"\s+(?:an?\s+|the\s+)?(?:[\w’'-]+\s+){0,4}$", re.I)


def days_before(
    text: str, trig: Trigger, sent: Span, dates: Sequence[DateMention]
) -> DateMention | None:
    """The earlier event's date, counted back from the date its sentence gives ("Israeli
    jets struck Hodeidah on Saturday, a day after a Houthi drone attack ...")."""
    m = _DAYS_AFTER.search(text, max(sent.start, trig.span.start - 60), trig.span.start)
    if m is None:
        return None
    # "since October 8th last year, a day after Hamas's attack": the day the window opens
    ref = [d for d in dates if d.kind in ("point", "since") and d.precision == "day"]
    ref = [d for d in ref if sent.start <= d.span.start < m.start()]
    if not ref:
        return None
    back = dt.timedelta(days=relations.lag_days(m))
    return replace(ref[-1], date=ref[-1].date - back)


# "the governor told reporters on Tuesday": the day someone spoke
_SPOKE_ON = re.compile(r"\b(?:" + roles.SPEECH_VERBS + r"(?:\s+[\w-]+){0,2}?)\s+(?:on\s+)?$", re.I)
_SHORTLY_AFTER = re.compile(
    r"\b(?:shortly|soon|just|moments|minutes|hours|within\s+(?:an\s+)?hours?\s+of|an\s+hour)\s+"
    r"(?:after|before)\s+(?:the|this|that|these)\s+",
    re.I,
)
# "Two days after the attack, Turkish jets hit 32 targets": days counted from the event told
_DAYS_AFTER_THE = re.compile(
    r"\b(?P<n>a|one|" + spelled(2, 6) + r"|[2-6])\s+days?\s+after\s+(?:the|this|that|these)\s+",
    re.I,
)
_ANAPHORIC_DAY = re.compile(
    r"\b(?:(?:the\s+)?(?P<next>next|following)\s+(?:day|morning|night)|"
    r"(?P<n>a|" + spelled(1, 6) + r")\s+days?\s+(?P<dir>later|earlier)|"
    r"the\s+(?P<prev>previous|preceding)\s+(?:day|night|evening)|"
    r"the\s+(?:day|night)\s+before(?!\s+(?:yesterday|last))(?=[\s,.;])(?!\s+(?:a|an|the|its|his)\b)|"
    r"(?P<same>the\s+same\s+(?:day|night|evening|morning|afternoon)|at\s+the\s+same\s+time|"
    # "Later that day, rockets struck Kiryat Shmona", "That evening, a strike hit Naqoura"
    r"(?:(?:later|earlier)\s+)?that\s+(?:same\s+)?(?:day|night|evening|morning|afternoon)\b(?![’']s)|"
    r"(?:(?:a\s+few|several|some|a\s+couple\s+of|" + spelled(2, 6) + r")\s+)?"
    r"(?:hours|minutes|moments)\s+(?:later|earlier)|an\s+hour\s+(?:later|earlier)))",
    re.I,
)


def anaphoric_day(text: str, clause: Span, doc_dates: Sequence[DateMention]) -> DateMention | None:
    """'The next day, U.S. aircraft struck ...', 'had launched a drone the previous day':
    a day counted from the last day the report named before, not from its publication."""
    m = _ANAPHORIC_DAY.search(text, clause.start, clause.end)
    if m is None:
        return None
    ref = [
        d
        for d in doc_dates
        if d.kind == "point"
        and d.precision == "day"
        and d.span.end <= m.start()
        # "the governor told reporters on Tuesday": the day he spoke counts no events
        and not _SPOKE_ON.search(text, max(0, d.span.start - 40), d.span.start)
    ]
    if not ref:
        return None
    if m.group("same"):
        if m.group(0).lower().endswith("later") and re.search(
            r"\b(?:night|evening)\b", text[ref[-1].span.start : ref[-1].span.end + 8], re.I
        ):
            return None  # "hours later" after "Monday night" may be Tuesday
        return replace(ref[-1], span=Span(m.start(), m.end()))  # "on the same night"
    n = m.group("n")
    days = (parse_words(n.lower()) or 1) if n else 1
    if (
        m.group("prev")
        or (m.group("dir") or "").lower() == "earlier"
        or not (m.group("next") or m.group("dir"))
    ):
        days = -days
    return replace(ref[-1], span=Span(m.start(), m.end()), date=ref[-1].date + dt.timedelta(days))


def date_from_context(
    text: str,
    sentences: Sequence[Span],
    si: int,
    trig: Trigger,
    win: roles.Window,
    out: Sequence[Candidate],
    cues: Sequence[tuple[int, int]],
    doc_dates: Sequence[DateMention],
    date_index: SpanIndex[DateMention],
    told_before: Sequence[DateMention],
) -> DateMention | None:
    """A day for a trigger whose own words name none, from what the report told before, in
    this order: "the next day", a clock time, "then struck", the sentence before."""
    sent = sentences[si]
    found = anaphoric_day(text, win.whole, doc_dates)
    opening = re.match(r"\W*", text[sent.start : sent.end])
    cue = relations.RELATION_CUE.search(text, sent.start, trig.span.start)
    if (
        found is None
        and _ANAPHORIC_DAY.match(text, sent.start + (opening.end() if opening else 0))
        and (cue is None or "," in text[cue.end() : trig.span.start])
    ):
        # "Later that day, rockets fired from Lebanon struck ...", "Hours later, in response
        # to the barrage, jets struck ...": the sentence's day (not the day of a cause named
        # after "in response to", whose phrase holds the trigger)
        found = anaphoric_day(text, sent, doc_dates)
    found = found or _clock_day(text, sent, doc_dates)
    if found is None and (
        _THEN.search(text, win.left.start, trig.span.start)
        # "Shortly after the missile strikes, air defences shot down three drones"
        or _SHORTLY_AFTER.search(text, sent.start, trig.span.start)
        # "Israel answered with a wave of airstrikes in the afternoon": the answer to what
        # was just told, on its day
        or _ANSWERED_WITH.search(text, sent.start, trig.span.start)
    ):
        # "... and said its aircraft then struck the cell": the day of what came before
        causes = {k for _, k in cues}
        found = _last_day(c for k, c in enumerate(out) if k not in causes)
    days_after = (
        None if found is not None else _DAYS_AFTER_THE.search(text, sent.start, trig.span.start)
    )
    if days_after is not None and "," in text[days_after.end() : trig.span.start]:
        told = _last_day(c for c in out if c.sentence < si)
        if told is not None:
            n = days_after.group("n").lower()
            lag = 1 if n in ("a", "one") else int(n) if n.isdigit() else parse_words(n) or 1
            found = replace(told, date=told.date + dt.timedelta(days=lag))
    if (
        found is None
        and si > 0
        # "the strikes" may tell again an event of any day; "It launched" goes on the story
        and (not trig.definite or trig.kind == "verb")
        # "... in retaliation for Abdullah's killing": the cause is of another day
        and not relations.RELATION_CUE.search(text, sent.start, trig.span.start)
    ):
        found = _day_before_in_paragraph(text, sentences[si - 1], sent, date_index, told_before)
    if found is None and _ALSO_HIT.search(text, win.left.start, trig.span.start):
        # "The Natanz facility was also attacked", a paragraph on: another target of the
        # event told last (not of a cause named on the way), on its day if it has one
        causes = {k for _, k in cues}
        last = next(
            (c for k, c in reversed(list(enumerate(out))) if k not in causes and not c.merge_only),
            None,
        )
        found = last.date if last is not None else None
    return found


def _last_day(told: Iterable[Candidate]) -> DateMention | None:
    """The day of the last of these events told with one (a month or a week is no day)."""
    day = None
    for c in told:
        if c.date is not None and c.date.precision == "day":
            day = c.date
    return day


_ANSWERED_WITH = re.compile(
    r"\b(?:answered|responded|retaliated|hit\s+back|struck\s+back)\s+with\s+(?:[\w’'-]+\s+){0,4}$",
    re.I,
)
_ALSO_HIT = re.compile(r"\b(?:was|were)\s+also\s+$", re.I)


_CLOCK = re.compile(r"\b\d{1,2}(?::\d\d)?\s*[ap]\.?m\b\.?|\b\d{1,2}:\d\d\b", re.I)
_THEN = re.compile(
    r"\b(?:then|shortly\s+(?:after|afterwards?)|soon\s+after(?:wards?)?|subsequently|"
    r"moments\s+later|later\s+that\s+(?:day|night|evening)|"
    # "The military said it also hit IRGC missile bases": more of the same operation
    r"(?<=\bit\s)also|(?<=\bthey\s)also)\s+(?:\w+\s+){0,2}$",
    re.I,
)


def _day_before_in_paragraph(
    text: str,
    prev: Span,
    sent: Span,
    dates: SpanIndex[DateMention],
    told_before: Sequence[DateMention] = (),
) -> DateMention | None:
    """'X claimed three attacks on November 12. The group said it targeted ...': a sentence
    that goes on with the story of the one before, in the same paragraph, is of its day (the
    day written there, or the one its events were dated: "the next day")."""
    if "\n" in text[prev.end : sent.start] or dates.within(sent.start, sent.end):
        return None
    days = [
        d for d in dates.within(prev.start, prev.end) if d.kind == "point" and d.precision == "day"
    ] or [d for d in told_before if d.precision == "day"]
    return days[-1] if len({d.date for d in days}) == 1 else None


def _clock_day(text: str, sent: Span, doc_dates: Sequence[DateMention]) -> DateMention | None:
    """'At approximately 4:30 p.m., three missiles were fired ...': a time of day with no
    day told goes on the day the report named last."""
    m = _CLOCK.search(text, sent.start, sent.end)
    if m is None:
        return None
    ref = [
        d
        for d in doc_dates
        if d.kind in ("point", "between")
        and d.precision == "day"
        and d.span.end <= m.start()
        and not _day_of_a_cause(text, d)
    ]
    return replace(ref[-1], span=Span(m.start(), m.end())) if ref else None


def _day_of_a_cause(text: str, d: DateMention) -> bool:
    """'... a response to attacks by Iran, including the firing of missiles on October 1':
    the day of what was answered, not of what the report tells next; 'the heaviest day since
    the front opened on October 8, 2023': the day a period began."""
    lo = max(text.rfind(". ", 0, d.span.start), text.rfind("\n", 0, d.span.start)) + 1
    return (
        relations.RELATION_CUE.search(text, lo, d.span.start) is not None
        or _SINCE_CLAUSE.search(text, lo, d.span.start) is not None
    )


_SINCE_CLAUSE = re.compile(r"\bsince\b[^.;,\n]{0,60}$", re.I)
