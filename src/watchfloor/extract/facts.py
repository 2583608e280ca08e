"""Facts: standing quantities the text states, chiefly force posture and aggregate losses.

"approximately 2,500 US troops are stationed in Iraq" and "about 70 soldiers sustained
injuries in these attacks" are not events; they are the background an analyst weighs events
against. A fact is (subject, predicate, object, value, approx):

- stationed_in: "<N> <nationality> troops are stationed/deployed/based in <place>",
  "<country> has <N> troops in <place>", the elliptical "... and roughly 900 in Syria"
  (same subject), and "the <nationality> presence, which consists of <N> troops" (the
  place is the country the sentence names);
- injured_in_attacks / killed_in_attacks: a casualty figure that sums many attacks ("in
  these attacks", "since October", "so far"), with the place the count is about.
Per-event casualties are not facts (the casualty component keeps them).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from watchfloor.extract.tallies import place_names, places_in
from watchfloor.models import Fact, Span
from watchfloor.text.numbers import Quantity, find_quantities

_NAT = (
    r"(?P<nat>(?:U\.S\.|US|American|British|UK|U\.K\.|French|German|Italian|Spanish|Dutch|"
    r"Canadian|Australian|Turkish|Russian|Iranian|Israeli|coalition|NATO|foreign|allied|"
    r"international|[A-Z][a-z]+(?:an|ian|ish|ese|i))(?:[\s-]+(?:and|or)\s+(?:coalition|allied|"
    r"[A-Z][a-z]+(?:an|ian|ish|ese|i)|U\.S\.|US))?)"
)
_TROOP = r"(?P<noun>troops|soldiers|service\s*members|servicemembers|personnel|marines|sailors)"
_STATIONED = (
    rf"^\s+(?:{_NAT}\s+)?{_TROOP}\s+(?:(?:are|were|is|was|remain|remained|have\s+been|"
    r"had\s+been|currently|still|now|permanently)\s+)*(?:stationed|deployed|based|present|"
    r"garrisoned)\s+(?:in|at|across)\s+(?:the\s+)?"
)
_HAS = (
    rf"^\s+(?:{_NAT}\s+)?{_TROOP}\s+(?:stationed\s+|deployed\s+|based\s+)?(?:in|across)\s+"
    r"(?:the\s+)?"
)
_BARE = rf"^\s+(?:{_NAT}\s+){_TROOP}\s+(?:currently\s+|still\s+)?(?:in|across)\s+(?:the\s+)?"
_HOSTS = re.compile(
    r"(?P<host>\b[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2})\s+(?:hosts|hosted|houses|housed|"
    r"is\s+home\s+to|has|had)\s+$"
)
_HARMED_NEAR = re.compile(r"\b(?:killed|killing|wounded|wounding|injured|injuring|died|hurt)\b")
_HAS_BEFORE = re.compile(
    r"(?P<owner>\b[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+(?:has|have|had|keeps|kept|maintains|"
    r"maintained|deploys|deployed)\s+$"
)
_ELLIPSIS = re.compile(r"\s+and\s+(?:the\s+)?$")
_PRESENCE = re.compile(
    r"\b(?:the\s+)?(?P<owner>U\.S\.|US|American|[A-Z][a-z]+(?:an|ish))\s+(?:military\s+)?"
    r"presence\b[^.;]{0,40}?\b(?:consists?\s+of|numbers|of|totals?|comprising)\s+$"
)
_HARM = re.compile(
    rf"^\s+(?:{_NAT}\s+)?{_TROOP}\s+(?:(?:have|had|were|have\s+been|had\s+been)\s+)?"
    r"(?P<verb>sustained|suffered|received|injured|wounded|killed|died)\b"
    r"(?P<rest>[^.;]{0,40})"
)
_AGGREGATE = re.compile(
    r"\b(?:these|the|those|such|all|several|multiple|repeated)\s+(?:\w+\s+)?attacks\b"
    r"|\bsince\b|\bso\s+far\b|\bto\s+date\b|\bin\s+total\b|\baltogether\b|\bcumulative",
    re.IGNORECASE,
)


_HINTS = ("troop", "soldier", "personnel", "service", "marine", "sailor", "presence")


def find_facts(text: str, sentences: Sequence[Span]) -> tuple[Fact, ...]:
    """Troop levels and aggregate casualty figures stated in the text."""
    out: list[Fact] = []
    last_subject: str | None = None
    prev_place: str | None = None
    for idx, sent in enumerate(sentences):
        low = text[sent.start : sent.end].lower()
        if not any(h in low for h in _HINTS):
            continue  # cheap test first: most sentences state no force figures
        places = places_in(text, sent.start, sent.end)
        if idx:
            earlier = places_in(text, sentences[idx - 1].start, sentences[idx - 1].end)
            prev_place = earlier[-1][2] if earlier else prev_place
        for q in find_quantities(text, sent.start, sent.end):
            if q.value is None:
                continue
            approx = q.bound != "exact"
            after = text[q.span.end : sent.end]
            before = text[sent.start : q.span.start]
            fact = _stationed(text, q, after, before, sent, last_subject)
            if fact is None:
                fact = _presence(q, before, places, prev_place)
            if fact is None:
                ctx = text[sentences[idx - 1].start : sent.end] if idx else before + after
                fact = _harm(q, after, ctx, places, prev_place)
            if fact is None:
                continue
            fact = Fact(fact.subject, fact.predicate, fact.object, q.value, approx, fact.span)
            if fact.predicate == "stationed_in":
                last_subject = fact.subject
            if not any(_same(fact, f) for f in out):
                out.append(fact)
        if places:
            prev_place = places[-1][2]
    return tuple(out)


def _same(a: Fact, b: Fact) -> bool:
    return (a.subject, a.predicate, a.object, a.value) == (
        b.subject,
        b.predicate,
        b.object,
        b.value,
    )


def _subject(nat: str | None, noun: str, owner: str | None = None) -> str:
    side = nat or owner
    if side is None:
        return "troops"
    side = re.sub(r"\b(?:US|American|United\s+States)\b", "U.S.", side)
    side = re.sub(r"\b(?:UK|British|United\s+Kingdom)\b", "U.K.", side)
    return f"{side} {noun}"


def _stationed(
    text: str, q: Quantity, after: str, before: str, sent: Span, last_subject: str | None
) -> Fact | None:
    for rx, needs_owner in ((_stationed_re(), False), (_has_re(), True)):
        m = rx.match(after)
        if m is None:
            continue
        owner = None
        if needs_owner:
            h = _HAS_BEFORE.search(before)
            if h is None:
                continue  # no "X has/keeps ..."; the bare pattern below, with its guards
            owner = h.group("owner")
            if owner and owner.startswith("The "):
                owner = owner[4:]
        subject = _subject(m.group("nat"), "troops", owner)
        place = place_names().get(m.group("place").lower(), m.group("place"))
        span = Span(q.span.start, q.span.end + m.end())
        return Fact(subject, "stationed_in", place, 0, False, span)
    bare = _bare_re().match(after)
    if bare and (q.bound != "exact" or (q.value is not None and q.value >= 100)):
        clause = text[max(sent.start, q.span.start - 40) : q.span.end + bare.end() + 40]
        if not _HARMED_NEAR.search(clause):  # "killed three U.S. soldiers in Jordan"
            place = place_names().get(bare.group("place").lower(), bare.group("place"))
            span = Span(q.span.start, q.span.end + bare.end())
            return Fact(
                _subject(bare.group("nat"), "troops"), "stationed_in", place, 0, False, span
            )
    host = _HOSTS.search(before)
    troops = re.match(rf"\s+(?:{_NAT}\s+)?{_TROOP}\b", after)
    if host and troops and host.group("host") in place_names().values():
        span = Span(sent.start + host.start(), q.span.end + troops.end())
        subject = _subject(troops.group("nat"), "troops")
        return Fact(subject, "stationed_in", host.group("host"), 0, False, span)
    if last_subject and _ELLIPSIS.search(before):
        m2 = _elliptic_re().match(after)
        if m2:
            place = place_names().get(m2.group("place").lower(), m2.group("place"))
            span = Span(q.span.start, q.span.end + m2.end())
            return Fact(last_subject, "stationed_in", place, 0, False, span)
    return None


@lru_cache(maxsize=1)
def _stationed_re() -> re.Pattern[str]:
    return re.compile(_STATIONED + _place_group())


@lru_cache(maxsize=1)
def _has_re() -> re.Pattern[str]:
    return re.compile(_HAS + _place_group())


@lru_cache(maxsize=1)
def _bare_re() -> re.Pattern[str]:
    return re.compile(_BARE + _place_group())


@lru_cache(maxsize=1)
def _elliptic_re() -> re.Pattern[str]:
    return re.compile(r"^\s+(?:in|at)\s+(?:the\s+)?" + _place_group())


def _place_group() -> str:
    names = sorted(place_names().values(), key=len, reverse=True)
    return r"(?P<place>" + "|".join(re.escape(n) for n in names) + r")\b(?!-)"


def _presence(
    q: Quantity, before: str, places: list[tuple[int, int, str]], prev_place: str | None
) -> Fact | None:
    m = _PRESENCE.search(before)
    if m is None:
        return None
    earlier = [p for p in places if p[0] < q.span.start]
    obj = earlier[-1][2] if earlier else (places[0][2] if places else prev_place)
    if obj is None:
        return None
    return Fact(_subject(None, "troops", m.group("owner")), "stationed_in", obj, 0, False, q.span)


def _harm(
    q: Quantity,
    after: str,
    ctx: str,
    places: list[tuple[int, int, str]],
    prev_place: str | None,
) -> Fact | None:
    m = _HARM.match(after)
    if m is None or not _AGGREGATE.search(ctx):
        return None
    verb, rest = m.group("verb"), m.group("rest")
    if verb in ("sustained", "suffered", "received"):
        if re.search(r"\b(?:injur|wound)", rest):
            pred = "injured_in_attacks"
        elif re.search(r"\b(?:fatal|death)", rest):
            pred = "killed_in_attacks"
        else:
            return None
    else:
        pred = "killed_in_attacks" if verb in ("killed", "died") else "injured_in_attacks"
    obj = places[-1][2] if places else prev_place
    subject = _subject(m.group("nat"), m.group("noun"))
    span = Span(q.span.start, q.span.end + m.end())
    return Fact(subject, pred, obj, 0, False, span)
