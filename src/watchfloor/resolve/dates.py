"""Date expressions found in text and resolved against the publication date.

Reports date events relative to when they were written ("on Sunday", "last week",
"earlier this month"), so every mention is anchored on `published` and never resolves into
its future. Each mention keeps a precision (day, week, month, year) and a kind: a point,
the start of a window ("since October 7"), its end ("until", "as of"), or a range
("between January 20 and 24", "20-21 January").

Conventions:
- a month and day without a year take the latest year that is not after `published`;
- a weekday is the most recent such day on or before `published` (the same day when the
  report is published on it); "last Tuesday" is strictly before `published`;
- "today", "this morning", "tonight" are `published`; "yesterday" and "last night" are the
  day before (wire copy written in the morning says "last night" of the previous evening);
- "last week" is the Monday of the previous week, precision week; "last weekend" the
  Saturday of the latest weekend that ended before `published`; "this week" its Monday;
- "earlier this month" / "this month" is the first day of the month, precision month;
  "last month" the first day of the previous one; "this year" / "last year" are 1 January;
- fixed holidays ("on Christmas Day", "New Year's Eve") are their day in the latest year
  that is not after `published`;
- without a publication date only expressions that carry their own year are resolved.
Clock times ("8:45 p.m."), calibres ("105mm") and names ("Tower 22") are not dates.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from watchfloor.errors import ExtractionError
from watchfloor.models import Span
from watchfloor.text.number_words import parse_words, spelled
from watchfloor.text.numbers import SCAN_WORDS, scan_tokens

_MONTH_NUM = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}  # fmt: skip
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# Month names must be capitalised ("may" and "march" are also ordinary words); timelines
# and factboxes also write them in capitals ("OCT. 17, 2023 - Drones target ...").
_MON = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?|"
    r"JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|"
    r"(?:JAN|FEB|MAR|APR|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)\.?)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# "on the third of this month", "the twenty-first of December"
_ORDINAL_DAYS = {
    w: n
    for n, w in enumerate(
        """first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
        thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth
        twenty-first twenty-second twenty-third twenty-fourth twenty-fifth twenty-sixth
        twenty-seventh twenty-eighth twenty-ninth thirtieth thirty-first""".split(),
        start=1,
    )
}
_ORD_WORD = "(?i:" + "|".join(sorted(_ORDINAL_DAYS, key=len, reverse=True)) + ")"
_WD_PREFIX = rf"(?:{_WD},?\s+(?:the\s+)?)?"

_PATTERNS: tuple[tuple[str, str], ...] = (
    ("iso", r"\b(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)\b"),
    # "12/06/2024", "24.12.2023", "12-06-2024": day first, as the region's outlets and armed
    # groups' statements write it (month first only when the day-first reading is impossible);
    # "2024/06/12"
    ("num", r"\b(?:(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<ny>(?:19|20)\d\d)|"
            r"(?P<y2>(?:19|20)\d\d)/(?P<m2>\d{1,2})/(?P<d2>\d{1,2}))\b(?![./-]\d)"),
    ("dom_word_mon", rf"\b(?i:the)\s+(?P<dw>{_ORD_WORD})\s+of\s+(?P<mon>{_MON})"
                     rf"(?:,?\s+(?P<y>{_YEAR})\b)?"),
    ("dom_word_rel", rf"\b(?i:the)\s+(?P<dw>{_ORD_WORD})\s+of\s+"
                     r"(?P<which>(?i:this|last|the\s+current|the\s+previous))\s+(?i:month)\b"),
    ("md_range", rf"{_WD_PREFIX}\b(?P<mon>{_MON})\s+(?P<d>{_DAY})\s*[-–]\s*(?P<d2>{_DAY})\b"
                 rf"(?:,?\s+(?P<y>{_YEAR})\b)?"),
    ("dm_range", rf"(?:(?i:(?P<btw>between))\s+)?\b(?P<d>{_DAY})\s*(?P<sep>[-–]|to|and)\s*"
                 rf"(?P<d2>{_DAY})\s+(?P<mon>{_MON})"
                 rf"(?:,?\s+(?P<y>{_YEAR})\b)?"),
    ("md", rf"{_WD_PREFIX}\b(?P<mon>{_MON})\s+(?P<d>{_DAY})\b(?!:\d|\s*[-–]\s*\d|,\d)"
           rf"(?:,?\s+(?P<y>{_YEAR})\b)?"),
    ("dm", rf"{_WD_PREFIX}\b(?P<d>{_DAY})\s+(?:of\s+)?(?P<mon>{_MON})(?![A-Za-z])"
           rf"(?:,?\s+(?P<y>{_YEAR})\b)?"),
    ("my", rf"\b(?P<mon>{_MON})\s+(?:of\s+)?(?P<y>{_YEAR})\b"),
    ("mon", r"\b(?i:(?:in|during|since|until|by|through|throughout|of|early|late|mid|"
            r"mid-|earlier\s+in|later\s+in|last|this|since\s+early|since\s+late)\s*|"
            # "Iran's April drone and missile attack", "the October barrage"
            r"(?:[’']s|(?i:the))\s+(?=(?:January|February|March|April|May|June|July|August|"
            r"September|October|November|December)\s+[a-z]))"
            r"(?P<mon>January|February|March|April|May|June|July|August|September|October|"
            r"November|December)\b(?!\s+\d)"),
    ("year", rf"\b(?i:in|during|since|until|by|through|throughout|early|late|mid-)\s*"
             rf"(?P<y>{_YEAR})\b(?![-–/]\d|\s*(?:troops|soldiers|people|attacks|[a-z]))"),
    ("dom", rf"\b(?i:on|by|since|until)\s+the\s+(?P<d>(?:[12]\d|3[01]|[1-9])(?:st|nd|rd|th))"
            rf"(?=\s|[,.;)]|$)(?!\s+(?:of\s+)?{_MON})"
            r"(?!\s+(?!(?:and|at|in|when|to|before|after|of|with|as|morning|night|evening)\b)"
            r"[a-z])"),
    ("rel_day", r"\b(?P<rel>earlier\s+today|today|tonight|this\s+(?:morning|afternoon|"
                r"evening)|yesterday|last\s+night|the\s+day\s+before\s+yesterday)\b"),
    ("ago", r"\b(?P<n>\d{1,2}|an?|" + spelled(1, 10) + r")\s+"
            r"(?P<unit>days?|weeks?|months?)\s+ago\b"),
    ("rel_period", r"\b(?P<rel>(?:earlier\s+|later\s+|since\s+the\s+start\s+of\s+)?this\s+"
                   r"(?:week|weekend|month|year)|last\s+(?:week|weekend|month|year)|"
                   r"(?:over|at)\s+the\s+weekend|(?:this\s+)?past\s+weekend|"
                   r"the\s+previous\s+(?:week|month|year)|the\s+past\s+week|"
                   # "the missiles Iran fired at the start of the month", "late last month"
                   r"at\s+the\s+(?:start|beginning|end)\s+of\s+(?:the|this|last)\s+month|"
                   r"(?:early|late)\s+(?:this|last)\s+month)\b"),
    ("weekday", rf"\b(?P<last>(?i:last)\s+)?(?P<wd>{_WD})\b"),
    ("holiday", r"\b(?P<hol>Christmas\s+(?:Day|Eve)|New\s+Year[’']s\s+(?:Day|Eve)|Boxing\s+Day)\b"),
)  # fmt: skip
# Holidays on a fixed day of the year: (month, day).
_HOLIDAYS = {
    "christmas day": (12, 25), "christmas eve": (12, 24), "boxing day": (12, 26),
    "new year's day": (1, 1), "new year's eve": (12, 31),
}  # fmt: skip
_CASELESS = {"rel_day", "ago", "rel_period"}
_LAST_WEEKDAY_SKIPS = 2  # "last X" that would fall this many days back or fewer means last week
# What each pattern's first character can be. The lookahead only filters (the pattern
# itself demands as much) but lets the engine skip most positions cheaply.
_FIRST = {
    "iso": r"\d", "num": r"\d", "md_range": "[ADFJMNOSTW]", "dm_range": r"[0-9]|(?i:b)",
    "md": "[ADFJMNOSTW]",
    "dm": "[0-9FMSTW]", "my": "[ADFJMNOS]", "mon": "(?i:[bdeilmostu'’])",
    "year": "(?i:[bdeilmstu])", "dom": "(?i:[bosu])", "rel_day": "[elty]",
    "ago": r"\d|[aefnost]", "rel_period": "[aelopst]", "weekday": "[FMSTWLl]",
    "holiday": "[BCN]", "dom_word_mon": "(?i:t)", "dom_word_rel": "(?i:t)",
}  # fmt: skip
_COMPILED = tuple(
    (name, re.compile(rf"(?={_FIRST[name]})(?:{p})", re.IGNORECASE if name in _CASELESS else 0))
    for name, p in _PATTERNS
)

_SINCE_RE = re.compile(r"\b(?:since|from|starting|beginning|as\s+of\s+the\s+start\s+of)"
                       r"(?:\s+the\s+start\s+of)?\s+(?:on\s+)?$", re.IGNORECASE)  # fmt: skip
_UNTIL_RE = re.compile(r"\b(?:until|till|through|up\s+to|as\s+of|by)\s+(?:on\s+)?$", re.IGNORECASE)


@dataclass(frozen=True)
class DateMention:
    """A date expression in the text, resolved to a calendar date."""

    span: Span
    date: dt.date
    precision: str  # "day" | "week" | "month" | "year"
    kind: str  # "point" | "since" | "until" | "between"
    end_date: dt.date | None = None


def find_dates(
    text: str, published: dt.date | None, start: int = 0, end: int | None = None
) -> list[DateMention]:
    """Date mentions in text[start:end], resolved against `published`, in text order.

    The whole text is read once per publication date and kept (a few texts at a time), so
    components that ask sentence by sentence share one pass.
    """
    hi = len(text) if end is None else min(end, len(text))
    found = _all_dates(text, published)
    lo = bisect_left([d.span.start for d in found], start)
    return [d for d in found[lo:] if d.span.start < hi and d.span.end <= hi]


@lru_cache(maxsize=8)
def _all_dates(text: str, published: dt.date | None) -> tuple[DateMention, ...]:
    return tuple(_scan_dates(text, published))


# "at around 2:30 am (2330 GMT Thursday)": the same moment told in another time zone, whose
# day may be the day before; the day of the event is the local one
_IN_ANOTHER_ZONE = re.compile(r"\b(?:GMT|UTC|Zulu)\s+(?:on\s+)?$")

# "overnight Saturday to Sunday": the night is dated by the morning it ran into
_ANY_SUCH_DAY = re.compile(r"\b(?:a|every|each|any)\s+$", re.I)
# "late Saturday and early Sunday", "Saturday night into Sunday": so is a late evening
_NIGHT_INTO = re.compile(
    rf"\s+(?P<night>(?:night|evening)\s+)?(?:to|into|and)\s+(?:early\s+)?(?:on\s+)?"
    rf"(?:{'|'.join(_WEEKDAYS)})\b",
    re.I,
)
_NIGHT_OF = re.compile(r"\b(?:overnight|night|late)\s+(?:of\s+|from\s+|between\s+|on\s+)?$", re.I)


def _scan_dates(text: str, published: dt.date | None) -> list[DateMention]:
    start = 0
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for ws, we, kinds in _hint_windows(text):
        for name, rx in _COMPILED:
            if _NEEDS[name] not in kinds:
                continue
            for m in rx.finditer(text, ws, we):
                s, e = _trim(text, m.start(), m.end(), name)
                if any(s < b and e > a for a, b in taken):
                    continue
                if _IN_ANOTHER_ZONE.search(text, max(0, s - 12), s):
                    continue
                night = _NIGHT_INTO.match(text, e) if name == "weekday" else None
                if name == "weekday" and (
                    (
                        night is not None
                        and (night.group("night") or _NIGHT_OF.search(text, max(0, s - 24), s))
                    )
                    # "on a Sunday evening", "every Friday": a kind of day, not one day
                    or _ANY_SUCH_DAY.search(text, max(0, s - 8), s)
                ):
                    continue
                mention = _resolve(name, m, published, Span(s, e))
                if mention is None:
                    continue
                found.append(mention)
                taken.append((s, e))
    found.sort(key=lambda d: d.span.start)
    return _windows(text, found, start)


_HINT_WORDS = frozenset(
    [*_MONTH_NUM, *_WEEKDAYS, "today", "tonight", "yesterday", "ago", "week", "weekend",
     "month", "year", "morning", "afternoon", "evening", "night", "christmas", "boxing"]
)  # fmt: skip
if not _HINT_WORDS <= SCAN_WORDS:  # pragma: no cover  (scan_tokens must keep every hint)
    raise ExtractionError(f"date hint words missing from SCAN_WORDS: {_HINT_WORDS - SCAN_WORDS}")
_MARGIN = 48  # characters around a hint word that a date expression may span


_NEEDS = {
    "iso": "digit", "num": "digit", "md_range": "month", "dm_range": "month", "md": "month",
    "dm": "month",
    "my": "month", "mon": "month", "year": "digit", "dom": "digit", "rel_day": "rel",
    "ago": "rel", "rel_period": "rel", "weekday": "weekday", "holiday": "holiday",
    "dom_word_mon": "month", "dom_word_rel": "rel",
}  # fmt: skip
_KIND = {
    **{m: "month" for m in _MONTH_NUM},
    **{w: "weekday" for w in _WEEKDAYS},
    "christmas": "holiday",
    "boxing": "holiday",
}


def _hint_windows(text: str) -> list[tuple[int, int, set[str]]]:
    """Stretches of text around words every date expression contains (a digit, a month,
    a weekday, "today", "week", ...), cut at spaces; the patterns run only there.

    Running a dozen patterns over every character of a long report is the slow part of
    date finding; most of a report holds no date at all.
    """
    start, hi = 0, len(text)
    windows: list[tuple[int, int, set[str]]] = []
    for t_start, t_end, tok in scan_tokens(text):  # the hint words are among its words
        if tok[0].isdigit():
            kind = "digit"
        elif tok.lower() in _HINT_WORDS:
            kind = _KIND.get(tok.lower(), "rel")
        else:
            continue
        kinds = {kind, "holiday"} if tok.lower() == "year" else {kind}  # "New Year's Day"
        ws = max(start, t_start - _MARGIN)
        we = min(hi, t_end + _MARGIN)
        while ws > start and not text[ws - 1].isspace():
            ws -= 1
        while we < hi and not text[we].isspace():
            we += 1
        if windows and ws <= windows[-1][1]:
            windows[-1][2].update(kinds)
            windows[-1] = (windows[-1][0], max(we, windows[-1][1]), windows[-1][2])
        else:
            windows.append((ws, we, kinds))
    return windows


def resolve_date_text(s: str, published: dt.date | None) -> DateMention | None:
    """The first date expression in a short string ("Jan. 24", "last week"), or None."""
    found = find_dates(s, published)
    return found[0] if found else None


_CONNECTIVE = re.compile(
    r"(?:(?:in|during|since|until|by|through|throughout|of|on|earlier\s+in|"
    r"later\s+in|between)\s+)",
    re.IGNORECASE,
)
_NON_DIGIT = re.compile(r"\D")


def _trim(text: str, s: int, e: int, name: str) -> tuple[int, int]:
    """Drop leading connective words from the span so it covers the date itself."""
    if name in ("mon", "year", "dom", "dm_range"):
        m = _CONNECTIVE.match(text[s:e])
        if m:
            s += m.end()
    return s, e


def _day_num(s: str) -> int:
    return int(_NON_DIGIT.sub("", s))


def _safe(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _year_for(month: int, day: int, published: dt.date | None) -> int | None:
    """The latest year that keeps month/day on or before the publication date."""
    if published is None:
        return None
    y = published.year
    if (month, day) > (published.month, published.day):
        y -= 1
    return y


_OVERNIGHT = re.compile(r"\b(?:overnight|night\s+of)\s+(?:the\s+)?$", re.I)


def _resolve(name: str, m: re.Match[str], pub: dt.date | None, span: Span) -> DateMention | None:
    g = m.groupdict()
    if name == "iso":
        d = _safe(int(g["y"]), int(g["m"]), int(g["d"]))
        return DateMention(span, d, "day", "point") if d else None
    if name == "num":
        if g["y2"]:
            d = _safe(int(g["y2"]), int(g["m2"]), int(g["d2"]))
        else:
            a, b = int(g["a"]), int(g["b"])
            day, month = (b, a) if a <= 12 < b else (a, b)
            d = _safe(int(g["ny"]), month, day)
        return DateMention(span, d, "day", "point") if d and (pub is None or d <= pub) else None
    if name in ("md", "dm", "md_range", "dm_range"):
        month = _MONTH_NUM[g["mon"].rstrip(".").lower()]
        day = _day_num(g["d"])
        year = int(g["y"]) if g.get("y") else _year_for(month, day, pub)
        if year is None:
            return None
        d = _safe(year, month, day)
        if d is None:
            return None
        if g.get("sep") == "and" and not g.get("btw"):
            return None
        if name.endswith("range"):
            d2 = _safe(year, month, _day_num(g["d2"]))
            if d2 is None or d2 <= d:
                return None
            if d2 - d == dt.timedelta(days=1) and _OVERNIGHT.search(
                m.string, max(0, span.start - 24), span.start
            ):
                # "overnight 06-07 July", "the night of July 6-7": the day the night ended
                return DateMention(span, d2, "day", "point")
            return DateMention(span, d, "day", "between", d2)
        return DateMention(span, d, "day", "point")
    if name == "dom_word_mon":
        month = _MONTH_NUM[g["mon"].rstrip(".").lower()]
        day = _ORDINAL_DAYS[g["dw"].lower()]
        year = int(g["y"]) if g.get("y") else _year_for(month, day, pub)
        d = _safe(year, month, day) if year else None
        return DateMention(span, d, "day", "point") if d else None
    if name in ("my", "mon"):
        month = _MONTH_NUM[g["mon"].rstrip(".").lower()]
        year = int(g["y"]) if g.get("y") else _year_for(month, 1, pub)
        if year is None:
            return None
        return DateMention(span, dt.date(year, month, 1), "month", "point")
    if name == "year":
        return DateMention(span, dt.date(int(g["y"]), 1, 1), "year", "point")
    if name == "holiday":
        month, day = _HOLIDAYS[" ".join(g["hol"].lower().replace("’", "'").split())]
        year = _year_for(month, day, pub)
        return DateMention(span, dt.date(year, month, day), "day", "point") if year else None
    if pub is None:
        return None
    if name in ("dom", "dom_word_rel"):
        day = _day_num(g["d"]) if name == "dom" else _ORDINAL_DAYS[g["dw"].lower()]
        which = _OF_WHICH_MONTH.match(m.string, m.end()) if name == "dom" else m
        back = 1 if which and which.group("which").lower().endswith(("last", "previous")) else 0
        if which is None and day > pub.day:
            back = 1  # "on the 25th", written on the 10th: last month's
        y, mo = divmod(pub.year * 12 + pub.month - 1 - back, 12)
        d = _safe(y, mo + 1, day)
        return DateMention(span, d, "day", "point") if d and d <= pub else None
    if name == "rel_day":
        rel = " ".join(g["rel"].lower().split())
        back = {"yesterday": 1, "last night": 1, "the day before yesterday": 2}.get(rel, 0)
        return DateMention(span, pub - dt.timedelta(days=back), "day", "point")
    if name == "ago":
        n = g["n"].lower()
        count = int(n) if n.isdigit() else (parse_words(n) or 1)  # "a week ago": one
        unit = g["unit"].lower().rstrip("s")
        if unit == "day":
            return DateMention(span, pub - dt.timedelta(days=count), "day", "point")
        if unit == "week":
            d = pub - dt.timedelta(weeks=count)
            return DateMention(span, d - dt.timedelta(days=d.weekday()), "week", "point")
        return DateMention(span, _month_back(pub, count), "month", "point")
    if name == "rel_period":
        return _period(" ".join(g["rel"].lower().split()), pub, span)
    if name == "weekday":
        target = _WEEKDAYS.index(g["wd"].lower())
        nth = _NTH_AFTER.match(m.string, m.end())
        if nth is not None:
            # "Friday the 13th": the latest such Friday, months back if need be
            day = int(nth.group(1))
            for back_months in range(14):
                y, mo = divmod(pub.year * 12 + pub.month - 1 - back_months, 12)
                d = _safe(y, mo + 1, day)
                if d is not None and d <= pub and d.weekday() == target:
                    return DateMention(Span(span.start, nth.end()), d, "day", "point")
            return None
        back = (pub.weekday() - target) % 7
        if g["last"] and back <= _LAST_WEEKDAY_SKIPS:
            # "last Wednesday" written on a Thursday is the week before, not yesterday (one
            # would say "on Wednesday" or "yesterday"); written on a Monday it is five days ago
            back += 7
        return DateMention(span, pub - dt.timedelta(days=back), "day", "point")
    return None  # pragma: no cover


_NTH_AFTER = re.compile(r",?\s+the\s+([12]\d|3[01]|[1-9])(?:st|nd|rd|th)\b")
_OF_WHICH_MONTH = re.compile(
    r"\s+of\s+(?P<which>this|last|the\s+current|the\s+previous)\s+month\b", re.I
)


def _month_back(pub: dt.date, n: int) -> dt.date:
    idx = pub.year * 12 + pub.month - 1 - n
    return dt.date(idx // 12, idx % 12 + 1, 1)


def _period(rel: str, pub: dt.date, span: Span) -> DateMention | None:
    monday = pub - dt.timedelta(days=pub.weekday())
    kind = "since" if rel.startswith("since") else "point"
    if rel.endswith("weekend"):
        sat = pub - dt.timedelta(days=(pub.weekday() - 5) % 7)
        if rel.startswith(("last", "this past", "past")) and sat + dt.timedelta(days=1) >= pub:
            sat -= dt.timedelta(days=7)
        return DateMention(span, sat, "week", kind)
    if rel.endswith("week"):
        past = rel.startswith(("last", "the previous", "the past"))
        d = monday - dt.timedelta(days=7) if past and rel != "the past week" else monday
        if rel == "the past week":
            d = pub - dt.timedelta(days=7)
        return DateMention(span, d, "week", kind)
    if rel.endswith("month"):
        back = 1 if rel.startswith(("last", "the previous")) or " last month" in rel else 0
        return DateMention(span, _month_back(pub, back), "month", kind)
    if rel.endswith("year"):
        back = 1 if rel.startswith(("last", "the previous")) else 0
        return DateMention(span, dt.date(pub.year - back, 1, 1), "year", kind)
    return None  # pragma: no cover


_OPENER = re.compile(r"\b(between|from)\s+(?:on\s+)?$", re.IGNORECASE)
_JOINER = re.compile(r"\s*(?:and|to|until|through|till|[-–])\s*", re.IGNORECASE)


def _windows(text: str, found: list[DateMention], lo: int) -> list[DateMention]:
    """Set since/until kinds from the words before a date, and join "between X and Y"."""
    out: list[DateMention] = []
    i = 0
    while i < len(found):
        cur = found[i]
        before = text[max(lo, cur.span.start - 40) : cur.span.start]
        nxt = found[i + 1] if i + 1 < len(found) else None
        if nxt is not None:
            gap = text[cur.span.end : nxt.span.start]
            opener = _OPENER.search(before)
            joiner = _JOINER.fullmatch(gap)
            if (
                opener
                and joiner
                and nxt.date >= cur.date
                and (opener.group(1).lower() == "between" or "and" not in gap)
            ):
                span = Span(cur.span.start, nxt.span.end)
                last = nxt.end_date or nxt.date
                out.append(DateMention(span, cur.date, cur.precision, "between", last))
                i += 2
                continue
        if cur.kind == "point":
            if _SINCE_RE.search(before):
                cur = DateMention(cur.span, cur.date, cur.precision, "since", cur.end_date)
            elif _UNTIL_RE.search(before):
                cur = DateMention(cur.span, cur.date, cur.precision, "until", cur.end_date)
        out.append(cur)
        i += 1
    return out
