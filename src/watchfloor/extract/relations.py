"""Retaliation: which event answers which.

Explicit cues inside a sentence ("X in response to Y", "in retaliation for Y, X", "X after
Y" when the two are on opposite sides) give pairs of candidates; a retaliation whose cause
is not named ("retaliatory strikes") answers the latest earlier event in which the
responder was the target. A retaliation with no named target is aimed at whoever carried
out the attack it answers.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from watchfloor.extract.candidate import Candidate
from watchfloor.models import Mention, Span
from watchfloor.resolve.actors import compatible, state_force
from watchfloor.resolve.weapons import weapon_category
from watchfloor.text.number_words import parse_words, spelled

# "answered the same evening with strikes", "responded within hours": when a response came,
# not what it answered
SOON_AFTER = (
    r"(?:the\s+same\s+(?:day|night|evening|morning|afternoon)|within\s+(?:hours|minutes|days)|"
    r"(?:hours|minutes|days|weeks|(?:a|two|three|four|five)\s+(?:days?|weeks?))\s+later|"
    r"later|overnight|immediately|quickly|"
    r"swiftly|on\s+(?:the\s+(?:night|morning|evening)\s+of\s+)?(?:\d{1,2}\s+)?\w+\.?"
    r"(?:\s+\d{1,2}(?:[-–]\d{1,2})?\b)?)"
)
RELATION_CUE = re.compile(
    r"\b(?:in\s+response\s+to|in\s+retaliation\s+(?:for|against)|(?:as\s+)?retaliation\s+for|"
    # "was revenge for", "as payback for", "in retribution for"
    r"(?:in|as|was|were|is|are)\s+(?:an?\s+)?(?:revenge|retribution|payback|reprisal|vengeance)\s+for|"
    r"to\s+avenge|responsible\s+for|"
    r"(?:was|were|is|are)\s+responding\s+to|"
    r"(?:a|an|the|its|their|as\s+a|as\s+an)\s+(?:(?!in\s)[\w-]+\s+){0,2}?response\s+to|in\s+reply\s+to|"
    rf"answering|answered(?!\s+(?:with|by|{SOON_AFTER}))|avenging|avenged|"
    r"after|following|days\s+after|hours\s+after|which\s+(?:came|come)\s+after)\b"
    # "just after 9:30 p.m.", "shortly after midnight": a time of day, no event before it
    r"(?!\s+(?:\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\b\.?|GMT|UTC|local\s+time|hrs?\b)|\d{1,2}[:.]\d\d\b|"
    r"(?:midnight|dawn|daybreak|sunrise|sunset|nightfall|dusk|noon|midday)\b))",
    re.I,
)


RETALIATORY = re.compile(
    r"\b(?:retaliatory|retaliation|retaliated|retaliates|retaliating|reprisal|responded|responds|"
    r"responding|response|answered|answers|replied|replies|hit\s+back|hits\s+back|hitting\s+back|"
    r"struck\s+back|strikes\s+back)\b",
    re.I,
)

# "will not pass without response", "vowed a swift response", "warned of retaliation": a
# response promised or threatened answers nothing yet
_PROMISED = re.compile(
    r"\b(?:will|would|shall|could|might|vow(?:ed|s|ing)?|threat(?:en(?:ed|s|ing)?)?|"
    r"warn(?:ed|s|ing)?(?:\s+of)?|promis(?:ed|es|ing)|pledg(?:ed|es|ing)|without|"
    r"an?\s+(?:swift|harsh|severe|decisive|strong|crushing|appropriate)|"
    r"(?:right|reserves?)\s+to)\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)


def retaliatory(text: str, start: int, end: int) -> bool:
    """'retaliatory strikes', 'responded with strikes' between start and end; the cue that
    makes a trigger the cause of another ('in response to the attack') and a response only
    promised ('vowed a response') do not count."""
    window = RELATION_CUE.sub(" ", text[start:end])
    return any(not _PROMISED.search(window, 0, m.start()) for m in RETALIATORY.finditer(window))


# "Israel intercepted three rockets fired towards Metula, prompting its heaviest wave of
# strikes": what follows the cue answers what came before it
_PROMPTING = re.compile(r",\s+(?:prompting|provoking|sparking)\b", re.I)


def relations_in_sentence(
    text: str, sent: Span, made: list[tuple[int, Candidate]], relations: list[tuple[int, int]]
) -> None:
    """'X in response to Y' / 'in retaliation for Y, X' / 'X after Y' / 'Y, prompting X'."""
    for m in _PROMPTING.finditer(text, sent.start, sent.end):
        before = [(i, c) for i, c in made if c.trigger.span.start < m.start()]
        after = [(i, c) for i, c in made if c.trigger.span.start > m.end()]
        if before and after and after[0][1].family in ("attack", "strike"):
            (cause_i, cause), (resp_i, resp) = before[-1], after[0]
            if not (
                resp.actor1
                and cause.actor1
                and compatible(resp.actor1.canonical, cause.actor1.canonical)
            ):
                resp.responds = True
                relations.append((resp_i, cause_i))
    for m in RELATION_CUE.finditer(text, sent.start, sent.end):
        cue = m.group(0).lower()
        # "after", "days after", "which came after": a sequence, a response only between foes
        temporal = cue.split()[-1] in ("after", "following")
        before = [(i, c) for i, c in made if c.trigger.span.start < m.start()]
        after = [(i, c) for i, c in made if c.trigger.span.start > m.end()]
        if not after:
            for _, c in before:
                c.responds = c.responds or not temporal
                if not temporal:  # "in response to the Nabatieh massacre": a cause named by place
                    c.cause_hint = text[m.end() : min(sent.end, m.end() + 80)]
            if not before:
                for _, c in made:
                    c.responds = True
            continue
        cause_i, cause = after[0]
        lag = _LAG.search(text, max(sent.start, m.start() - 20), m.end())
        responses = [
            (i, c)
            for i, c in before
            # "The aggression came three weeks after Iran fired": a reference that is the
            # subject of "came after" is the response, however vague its word
            if c.family != "weak"
            or (c.trigger.definite and _CAME.match(text, c.trigger.span.end, m.start()))
        ]
        if not responses and m.start() - sent.start < 30:
            # sentence-initial cue: "In response to Y, X did Z"
            responses = [(i, c) for i, c in after[1:]]
        if lag and responses and cause.date is None and cause.lag is None:
            # the day holds whether or not the one answers the other
            cause.lag = (responses[0][0], lag_days(lag), Span(m.start(), m.end()))
        for resp_i, resp in responses:
            if temporal and not (_opposite(resp, cause) or _retold_after(resp, cause)):
                continue
            resp.responds = resp.responds or not temporal
            placed = cause.place is not None and not (
                cause.place.kind == "country" and cause.trigger.plural
            )  # "in response to the attacks on U.S. forces ... in Syria": a campaign, not one
            if placed or cause.actor1 or cause.date:
                cause.merge_only = False  # a cause the text places or names is an event
            relations.append((resp_i, cause_i))


_CAME = re.compile(r"\s+(?:came|comes|followed|follows)\b", re.I)


# "a day after", "two days after", "hours after": how long before a response its cause came
LAG = (
    rf"\b(?:(?P<n>an?|the|{spelled(1, 7)}|\d+)\s+days?|"
    r"(?P<hours>(?:a\s+few\s+|several\s+)?hours|minutes))\s+after"
)
_LAG = re.compile(LAG + r"$", re.I)


def lag_days(m: re.Match[str]) -> int:
    """The days a LAG match counts back ("hours after" counts none)."""
    if m.group("hours"):
        return 0
    n = m.group("n").lower()
    return int(n) if n.isdigit() else parse_words(n) or 1


def _retold_after(resp: Candidate, cause: Candidate) -> bool:
    """'The raids came two days after the rebels fired 18 drones': strikes told before,
    named again by reference, came after a named side's attack (whose sides coref and the
    linking step then check)."""
    return (
        resp.trigger.definite
        and resp.actor1 is None
        and cause.actor1 is not None
        and cause.actor1.kind not in ("generic", "civilian")
    )


def _opposite(a: Candidate, b: Candidate) -> bool:
    """The responder was hit by the cause, or hits back at the cause's perpetrator."""
    a1 = a.actor1.canonical if a.actor1 else None
    b2 = b.actor2.canonical if b.actor2 else None
    if a1 is not None and b2 is not None and compatible(a1, b2):
        return True
    a2 = a.actor2.canonical if a.actor2 else None
    b1 = b.actor1.canonical if b.actor1 else None
    # "Israel struck the Houthis' port a day after a Houthi drone killed a man in Tel Aviv"
    if (
        a2 is not None
        and b1 is not None
        and a1 is not None
        and compatible(a2, b1)
        and not compatible(a1, b1)
    ):
        return True
    # "Turkish jets pounded PKK positions a day after an attack near Ankara left five dead":
    # a state's forces answering what was done on their own soil, by someone else
    return (
        a.actor1 is not None
        and a.actor1.kind == "state_force"
        and a.actor1.country is not None
        and a.actor1.country == b.country
        and a.country != b.country
        and (b1 is None or not compatible(a1 or "", b1))
    )


def _named_cause(
    i: int, cand: Candidate, merged: Sequence[Candidate], mentions: Sequence[Mention]
) -> int | None:
    """The earlier event whose place the cue names ("in response to the Nabatieh and
    Sawwaneh massacres"), the first one named when several are."""
    hint = cand.cause_hint
    if not hint:
        return None
    found = [
        (hint.find(name), j)
        for j, (m, ev) in enumerate(zip(mentions, merged, strict=True))
        if j != i
        and ev.place is not None
        and ev.place.kind in ("town", "site")
        and len(name := ev.place.surface) > 3
        and hint.find(name) >= 0
        and not _later(m.date, mentions[i].date)
    ]
    if found:
        return min(found)[1]
    return _cause_by_victims(i, hint, mentions)


_KILLING_OF = re.compile(r"\b(?:killings?|assassinations?|deaths?|murders?|martyrdom)\s+of\b", re.I)
# a name in a cue ("retaliation for the killings of Haniyeh, Nasrallah and Nilforoushan")
_NAME = re.compile(r"\b[A-Z][a-z]{3,}(?:-[A-Z][a-z]+)?\b")
_NOT_A_NAME = frozenset(
    "January February March April June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)


def _cause_by_victims(i: int, hint: str, mentions: Sequence[Mention]) -> int | None:
    """The earlier event whose telling names the people the cue names; of several, the one
    naming most of them, then the latest."""
    killing = _KILLING_OF.search(hint)
    if killing is None:
        return None
    names = {n for n in _NAME.findall(hint, killing.end()) if n not in _NOT_A_NAME}
    if not names:
        return None
    scored = [
        (sum(n in m.evidence for n in names), m.date or dt.date.min, j)
        for j, m in enumerate(mentions)
        if j != i and not _later(m.date, mentions[i].date)
    ]
    best = max(scored, default=None)
    return best[2] if best is not None and best[0] > 0 else None


def _later(a: dt.date | None, b: dt.date | None) -> bool:
    return a is not None and b is not None and a > b


def _latest_cause(
    i: int, cand: Candidate, merged: Sequence[Candidate], mentions: Sequence[Mention]
) -> int | None:
    """The latest event, not after this one, in which the responder was the target; else
    the latest one carried out by the responder's target."""
    responder = cand.actor1.canonical if cand.actor1 else None
    target = cand.actor2.canonical if cand.actor2 else None

    def earlier(j: int) -> bool:
        d_i, d_j = mentions[i].date, mentions[j].date
        if j > i and merged[j].responds:
            return False  # a retaliation told after this one answers it, not the reverse
        if j > i and cand.answers_before and not (d_i and d_j and d_j < d_i):
            return False  # "In response, ..." answers what was told before it that day
        return not (d_i and d_j and d_j > d_i)

    def latest(js: list[int]) -> int | None:
        # on one day, what the report told before the response ("In response, ...") first
        best = max(js, key=lambda j: (mentions[j].date or dt.date.min, j < i, j), default=None)
        if best is None:
            return None
        # of one side's strikes that day, the first told ("struck two facilities ... F-15s
        # hit a training facility near X and a safe house near Y")
        wave = [
            j
            for j in js
            if mentions[j].date == mentions[best].date
            and (j < i) == (best < i)
            and mentions[j].actor1 == mentions[best].actor1
        ]
        return min(wave)

    hit = [
        j
        for j, other in enumerate(merged)
        if j != i
        and responder is not None
        and other.actor2 is not None
        and compatible(responder, other.actor2.canonical)
        and not (other.actor1 and compatible(responder, other.actor1.canonical))
        and earlier(j)
    ]
    if hit:
        return latest(hit)
    by_target = [
        j
        for j, other in enumerate(merged)
        if j != i
        and target is not None
        and other.actor1 is not None
        and compatible(target, other.actor1.canonical)
        and earlier(j)
    ]
    if by_target:
        return latest(by_target)
    home = cand.actor1.country if cand.actor1 else None
    hostile = [
        j
        for j, other in enumerate(merged)
        if j != i
        and home is not None
        and other.country == home
        # "two launches crossed from Syrian territory into Israel": an attack by no one named
        and (other.actor1 is not None or other.family in ("attack", "strike"))
        and not (other.actor1 and compatible(responder, other.actor1.canonical))
        and earlier(j)
    ]
    if hostile:
        return latest(hostile)  # "Israel responded with strikes": to the last attack on its soil
    if cand.actor1 is not None:
        return None
    # "jets struck the launchers used in the morning's attack" (in Lebanon), by no one named:
    # the last attack fired from that country into another
    from_there = [
        j
        for j, other in enumerate(merged)
        if j != i
        and cand.country is not None
        and cand.country
        in (other.origin, other.actor1.country if other.actor1 is not None else None)
        and other.country not in (None, cand.country)
        and earlier(j)
    ]
    return latest(from_there)


# "in response to the Houthis' continued attacks on international shipping": a campaign,
# not one event of it
_CAMPAIGN = re.compile(
    r"\W*(?:the\s+)?(?:[\w.-]+[’']s?\s+)?(?:continued|continuing|ongoing|repeated|persistent|"
    r"relentless|sustained|recent|escalating|months\s+of|weeks\s+of|years\s+of|"
    r"a\s+(?:wave|series|string|spate|campaign)\s+of)\b",
    re.I,
)


def _same_side(response: Mention, cause: Mention) -> bool:
    a, b = response.actor1, cause.actor1
    return not (_unnamed(a) or _unnamed(b)) and compatible(a or "", b or "")


def _unnamed(actor: str | None) -> bool:
    return actor is None or actor.startswith("Unidentified")


def _responder(m: Mention, cause: Mention, wave: Mention | None) -> str | None:
    """Who answered, when the text names no one: the side the wave it belongs to was told
    with, else, for jets answering an attack on a state's soil, that state's forces (no
    armed group here flies jets)."""
    if wave is not None and not _unnamed(wave.actor1):
        return wave.actor1
    if cause.country and any(weapon_category(w) == "air" for w in m.weapons):
        force = state_force(cause.country)
        if force is not None and not compatible(force, cause.actor1 or ""):
            return force
    return m.actor1


_WAVE_SENTENCES = 6  # how far a wave's strikes may be told after its first


def _waves(
    merged: Sequence[Candidate], mentions: Sequence[Mention], links: dict[int, int]
) -> dict[int, int]:
    """'Israel answered with a wave of airstrikes ... In Nabatieh, a strike killed ten ...
    a drone strike hit a house in al-Sawwaneh': the same side's strikes of that day, told
    right after a response, answer the same cause. Returns, per event so linked, the
    response it follows."""
    follows: dict[int, int] = {}
    for i, ev in enumerate(merged):
        if i in links or ev.separate or mentions[i].date is None:
            continue
        for j in range(i - 1, -1, -1):
            prev = merged[j]
            if ev.sentence - prev.last_seen > _WAVE_SENTENCES:
                break
            if j not in links or links[j] == i:
                continue
            # an unattributed strike told within the wave is the wave's ("In Nabatieh, a
            # strike killed ten", after "jets struck targets in several villages")
            same_side = (
                (ev.family == prev.family or {ev.family, prev.family} <= {"attack", "strike"})
                if ev.actor1 is None or prev.actor1 is None
                else compatible(prev.actor1.canonical, ev.actor1.canonical)
            )
            if mentions[j].date == mentions[i].date and same_side:
                links[i] = links[j]
                follows[i] = j
            break
    _told_before_the_cue(merged, mentions, links)
    return follows


def _told_before_the_cue(
    merged: Sequence[Candidate], mentions: Sequence[Mention], links: dict[int, int]
) -> None:
    """'Missiles hit Nevatim ... drones fell near Arad ... The IRGC said it launched the
    operation in response to the April 1 strike': the side's strikes of that day told before
    the cue answer the same cause."""
    for i, ev in enumerate(merged):
        if i in links or ev.actor1 is None or mentions[i].date is None:
            continue
        for j in range(i + 1, len(merged)):
            later = merged[j]
            if later.separate or later.sentence - ev.last_seen > _WAVE_SENTENCES:
                break
            if (
                j in links
                and links[j] != i
                and later.actor1 is not None
                and later.family == ev.family
                and mentions[j].date == mentions[i].date
                and compatible(later.actor1.canonical, ev.actor1.canonical)
            ):
                links[i] = links[j]
                break


def link(
    mentions: list[Mention],
    merged: Sequence[Candidate],
    owner: Sequence[int],
    relations: Sequence[tuple[int, int]],
    cands: Sequence[Candidate],
) -> list[Mention]:
    """Set responds_to from explicit cues, else for a retaliation with no cause named, the
    latest earlier event in which the responder was the target."""
    links: dict[int, int] = {}
    for resp, cause_i in relations:
        r, c = owner[resp], owner[cause_i]
        if r >= 0 and c >= 0 and r != c:
            links.setdefault(r, c)
    for i, cand in enumerate(merged):
        if i in links or not cand.responds or (cand.actor1 is None and cand.actor2 is None):
            continue
        best = _named_cause(i, cand, merged, mentions)
        if best is None and not _CAMPAIGN.match(cand.cause_hint):
            best = _latest_cause(i, cand, merged, mentions)
        if best is not None and links.get(best) != i:  # no event answers its own answer
            links[i] = best
    follows = _waves(merged, mentions, links)
    out: list[Mention] = []
    for i, m in enumerate(mentions):
        if i in links and _same_side(m, mentions[links[i]]):
            del links[i]  # a side does not retaliate against its own strike
        if i not in links:
            out.append(m)
            continue
        cause = mentions[links[i]]
        if _unnamed(m.actor1):
            m = replace(m, actor1=_responder(m, cause, out[follows[i]] if i in follows else None))
        target = m.actor2
        if target is None and cause.actor1 and not cause.actor1.startswith("Unidentified"):
            target = cause.actor1  # a retaliation is aimed at whoever carried out the attack
        if target is not None and target == m.actor1:
            target = None  # no side is its own target
        out.append(replace(m, responds_to=cause.id, actor2=target))
    return _causes_by_targets(out, links)


def _causes_by_targets(mentions: list[Mention], links: dict[int, int]) -> list[Mention]:
    """'Iran fired missiles at Israel in response to the strike on its consulate': a cause
    told with no perpetrator was carried out by the side the response is aimed at, and one
    told with no target hit the side that responds."""
    for i, c in links.items():
        response, cause = mentions[i], mentions[c]
        aimed_at = response.actor2
        if (
            _unnamed(cause.actor1)
            and not _unnamed(aimed_at)
            and aimed_at != response.actor1
            and not (aimed_at or "").startswith("Civilians")
        ):
            mentions[c] = cause = replace(cause, actor1=aimed_at)
        if (
            cause.actor2 is None
            and not _unnamed(response.actor1)
            and response.actor1 != cause.actor1
        ):
            mentions[c] = replace(cause, actor2=response.actor1)
    return mentions
