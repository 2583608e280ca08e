"""Killed and injured figures, each with who said so.

"The PMF said the strikes killed one of their fighters. Alternative sources cited two
fatalities and four injuries." gives two claims: (PMF, killed 1) and (alternative sources,
killed 2, injured 4). Figures in hedged clauses ("there would likely be casualties") are
not claims. The source of a claim is the subject of the reporting verb of its sentence
("X said ...", "according to X"), or None when the narrator states it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from watchfloor.models import Bound, CasualtyClaim, Span
from watchfloor.text.number_words import parse_words, spelled
from watchfloor.text.numbers import Quantity, find_quantities
from watchfloor.text.segment import BULLET

_KILL_WORDS = (
    r"killed|killing|kills|dead|died|dies|deaths?|fatalities|fatality|perished|lost\s+their\s+lives|"
    # "leaving fourteen martyrs", "the toll rose to 16 martyrs": the dead, in Arabic media's word
    r"lost\s+his\s+life|lost\s+her\s+life|slain|martyred|martyrs|martyrdom|"
    r"confirmed\s+(?:to\s+be\s+)?dead|"
    r"loss\s+of|bodies|corpses|"
    # "claimed the lives of 12", "succumbed to his wounds", "a paramedic was fatally wounded"
    r"(?:claimed|took|cost)\s+the\s+lives?\s+of|succumbed\s+to\s+(?:his|her|their)\s+(?:wounds|"
    r"injuries)|(?:fatally|mortally)\s+(?:wounded|injured)"
)
_INJURE_WORDS = r"wounded|wounding|injured|injuring|injuries|injury|hurt|casualties"
_KILL = re.compile(rf"\b(?:{_KILL_WORDS})\b", re.I)
_INJURE = re.compile(rf"\b(?:{_INJURE_WORDS})\b", re.I)
CASUALTY_WORD = re.compile(
    rf"\b(?:{_KILL_WORDS}|{_INJURE_WORDS}|assassinated|no\s+one|harmed|unharmed|unhurt|safe)\b",
    re.I,
)
_NONE = re.compile(
    r"\b(?:no|without|zero)\s+(?:reported\s+|immediate\s+|known\s+)?(?:casualties|injuries|"
    r"deaths|fatalities|damage\s+or\s+(?:casualties|injuries)|one\s+(?:was\s+)?(?:hurt|injured|killed))\b|"
    r"\b(?:no\s+(?:one|personnel|troops|service\s+members)|nobody|no-one)\s+(?:was|were)\s+"
    r"(?:hurt|injured|killed|wounded)|"
    # "without causing injuries", "none of the 23 seafarers on board was injured"
    r"\bwithout\s+causing\s+(?:any\s+)?(?:casualties|injuries|damage\s+or\s+(?:casualties|injuries))\b|"
    r"\bnone\s+of\s+(?:the\s+|its\s+|their\s+)?(?:\d+\s+|[a-z]+\s+){0,3}(?:[\w-]+\s+){0,3}?"
    r"(?:was|were|had\s+been)\s+(?:hurt|injured|killed|harmed|wounded)\b|"
    # "the crew was unharmed", "all crew members are safe"
    r"\b(?:crew|crew\s+members|seafarers|sailors|personnel|troops)\s+(?:was|were|are|is|remained)\s+"
    r"(?:all\s+)?(?:unharmed|unhurt|safe)\b",
    re.I,
)
_HEDGE = re.compile(r"\b(?:would|could|might|may|likely|possible|feared|risk)\b", re.I)
_REPORT_WORD = re.compile(
    r"\b(?:said|says|told|reported|cited|claimed|stated|announced|confirmed|added|estimated|"
    r"put\s+the\s+toll|counted)\b",
    re.I,
)
_ACCORDING = re.compile(r"\baccording\s+to\s+(?P<src>[^,.;]{2,60})", re.I)
_ANOTHER = re.compile(r"\banother\b[^.;]{0,60}\balso\b", re.I)
_CIVILIAN_ONLY = re.compile(r"\bno\s+civilian", re.I)
_PERSON_DEAD = re.compile(
    r"(?:^|[,.;]\s*|\b(?:that|and)\s+|"
    # "Hamas political bureau chief Ismail Haniyeh was killed": a title before the name
    r"\b(?:chief|commander|leader|adviser|advisor|official|spokesman|founder|cleric)\s+)"
    r"(?P<name>(?!(?:No|Nobody|None|Everyone|Anyone|Someone|It|They|This|That)\b)"
    r"(?:[A-Z][\w’'-]+\s+){0,3}(?:[ae]l-)?[A-Z][\w’'-]+)"
    r"(?:,[^,]{1,60},)?\s+(?:was|has\s+been|had\s+been)\s+(?:also\s+)?(?:confirmed\s+(?:to\s+be\s+)?)?"
    r"(?:killed|dead|slain|assassinated|martyred|shot\s+dead)",
)
# "was killed along with another fighter", "martyred along with three of his comrades"
_ALONG_WITH = re.compile(
    # "killing commander X, known as Abu Taqwa, and one of his aides", "and another fighter",
    # "was killed, along with his bodyguard"
    r",?\s+(?:(?:\w+\s+){0,3}?along\s+with|and)\s+"
    r"(?:(?P<one>an?|one|another|(?:his|her|their)(?=\s+[a-z]+[^s\s](?:\s|[,.;]|$)))|"
    rf"(?P<n>\d+|{spelled(2, 20)}))\b"
    r"(?!\s+(?:of\s+)?(?:the\s+)?(?:other\s+)?(?:attacks?|strikes?|raids?|wounded|injured)\b)",
    re.I,
)
_KILLED_NAME = re.compile(
    r"\b(?:killed|killing|kills|assassinated|assassinating)\s+(?:[A-Z][\w’'-]+\s+)?(?:[a-z]+\s+){0,2}"
    r"[A-Z][\w’'-]+(?:\s+(?:al-|bin\s+|abu\s+)?[A-Z][\w’'-]+)+"
)
_NAME = r"[A-Z][\w’'-]+(?:\s+(?:al-|bin\s+|abu\s+)?[A-Z][\w’'-]+)+"
# "killed senior Hezbollah commander Fuad Shukr", "killed Hezbollah's top military commander
# Haytham Ali Tabatabai": a titled person by name
_TITLE_WORDS = r"(?:(?:senior|top|prominent|veteran|deputy|military|political|field|former)\s+)*"
_KILLED_TITLED = re.compile(
    r"\b(?:killed|killing|kills|assassinated|assassinating|martyred)\s+"
    rf"{_TITLE_WORDS}(?:[A-Z][\w’'.-]+\s+){{0,3}}{_TITLE_WORDS}"
    r"(?:commander|leader|official|adviser|advisor|operative|spokesman|cleric|general|colonel|"
    rf"chief|head|founder)\s+{_NAME}"
)
# "killed Staff Sgt. William Rivers, Sgt. Kennedy Sanders and Spc. Breonna Moffett"
_RANK = (
    r"(?:(?:Staff|Master|First|Sergeant|Command)\s+)?"
    r"(?:Sgt|Spc|Pvt|Pfc|Cpl|Lt|Capt|Maj|Col|Gen|Cmdr)\.\s+"
)
_KILLED_NAMES = re.compile(
    rf"\b(?:killed|killing|kills)\s+(?P<names>{_RANK}?{_NAME}(?:,\s+{_RANK}?{_NAME})+,?\s+and\s+"
    rf"{_RANK}?{_NAME})"
)
_KILLED_TWO_NAMES = re.compile(
    rf"\b(?:killed|killing|assassinated)\s+(?:[a-z]+\s+){{0,2}}{_NAME}\s+and\s+{_NAME}"
    r"(?!\s+(?:province|governorate|district|region|city|town|village)s?\b)"
)
_PERISHED = re.compile(r"(?P<name>(?:[A-Z][\w’'-]+[\s-]+){0,3}[A-Z][\w’'-]+)\s+perished")


@dataclass(frozen=True)
class Figure:
    kind: str  # "killed" | "injured"
    quantity: Quantity


def claims_in(text: str, span: Span, *, source: str | None = None) -> list[CasualtyClaim]:
    """Casualty claims stated in `span` (a sentence or clause), attributed to `source` or to
    the reporting subject found in the span."""
    chunk = text[span.start : span.end]
    toll = _TOLL_NOW.search(chunk)
    if not CASUALTY_WORD.search(chunk) and toll is None:
        return []
    if source is None:
        parts = _contrasted(text, span)
        if parts:
            return [c for part in parts for c in claims_in(text, part)]
    hedged = bool(_HEDGE.search(chunk)) and not re.search(r"\b(?:said|says|told)\b", chunk)
    if _NONE.search(chunk) and not _CIVILIAN_ONLY.search(chunk):
        return [
            CasualtyClaim(source=source or reporter(text, span), killed=0, injured=0, span=span)
        ]
    if hedged:
        return []
    killed = _figure(text, span, _KILL) or _led_to(text, span, _LED_TO_DEATH)
    if killed is None and toll is not None:
        # "the death toll has risen to six", "by Monday the toll was nine": the dead
        n = _number(toll.group("n"))
        at = Span(span.start + toll.start("n"), span.start + toll.end("n"))
        if n is not None:
            killed = Quantity(span=at, value=n, low=n, high=n, bound="exact")
    injured = _figure(text, span, _INJURE) or _led_to(text, span, _LED_TO_INJURY)
    kin = _WITH_KIN.search(text, span.start, span.end)
    if (
        kin is not None
        and _count_killed(text, kin)
        and (killed is None or kin.start() <= killed.span.start < kin.end() or killed.value == 1)
    ):
        n = 1 + _kin_count(kin)  # "killing a woman and her two children": three dead
        killed = Quantity(span=Span(kin.start(), kin.end()), value=n, low=n, high=n, bound="exact")
    who = source or reporter(text, span)
    # "killed a senior commander of X": one person by rank
    by_name = killed is not None and any(
        _A_RANK.match(text, at) for at in (killed.span.start, killed.span.end)
    )
    if killed is None and _named_and_others(text, span) is None:
        name = (
            _PERSON_DEAD.search(chunk)
            or _PERISHED.search(chunk)
            or _KILLED_NAME.search(chunk)
            or _KILLED_TITLED.search(chunk)
        )
        if name:
            # "killing journalists Gulistan Tara and Hero Bahadin and wounding six": two dead
            n = 2 if _KILLED_TWO_NAMES.search(chunk) else 1
            listed_names = _KILLED_NAMES.search(chunk)
            if listed_names is not None:
                n = max(n, len(re.split(r",\s+(?:and\s+)?|\s+and\s+", listed_names.group("names"))))
            stop = min(len(chunk), name.end() + 110)
            along = _ALONG_WITH.search(chunk, name.end(), stop)
            if along is not None and re.search(r"[;.]", chunk[name.end() : along.start()]):
                along = None
            if along is not None:
                more = along.group("n") or "1"
                n += int(more) if more.isdigit() else (parse_words(more.lower()) or 0)
            at = Span(span.start + name.start(), span.start + name.end())
            killed = Quantity(span=at, value=n, low=n, high=n, bound="exact")
            by_name = True
        elif injured is None:
            return []
    k_val, k_bound = _value(killed)
    i_val, i_bound = _value(injured)
    more = _and_more(text, killed, span) if killed is not None and k_val is not None else None
    if more is not None and k_val is not None:
        k_val += more  # "killed 36 Syrian soldiers and six members of Hezbollah"
    listed = victims_listed(text, span)
    if listed is not None and (k_val is None or listed > k_val):
        # "killing a commander, his driver and a bodyguard": three people counted one by one
        k_val, k_bound = listed, "exact"
        killed = None
    named = _named_and_others(text, span)
    if named is not None and (killed is None or killed.span.start >= named[0]):
        k_val, k_bound = named[1] + 1, "exact"  # the named one and the others with him
        killed = None
    if k_val is not None and _ANOTHER.search(chunk):
        k_val, k_bound = k_val + 1, "exact"
    elif (
        killed is not None
        and k_val is not None
        and re.match(r"\s+(?:other|others)\b", text[killed.span.end : killed.span.end + 8])
    ):
        k_val += 1  # "killing X and six others", "six other people died with him"
    return [
        CasualtyClaim(
            source=who,
            killed=k_val,
            injured=i_val,
            killed_bound=k_bound,
            injured_bound=i_bound,
            span=span,
            named=by_name and k_val == 1,
            revised=killed is not None
            and _REVISED.search(text, max(span.start, killed.span.start - 40), killed.span.start)
            is not None,
        )
    ]


_TOLL_NOW = re.compile(
    r"\btoll\b(?!\s+of\s+(?:the\s+)?(?:wounded|injured|injuries))[^.;]{0,80}?\b(?:(?:rose|risen|climbed|increased|jumped|grew|mounted|reached)\s+to|"
    r"(?:was|is|stood\s+at|stands\s+at)(?:\s+now)?)\s+(?P<n>\d[\d,]*|"
    + spelled(1, 99)
    + r")\b(?!\s*(?:%|per\s*cent|wounded|injured|hurt))",
    re.I,
)


def _number(word: str) -> int | None:
    digits = word.replace(",", "")
    return int(digits) if digits.isdigit() else parse_words(word.lower())


# "the death toll rose to 16", "has risen to six", "by Monday the toll was nine"
_REVISED = re.compile(
    r"\b(?:rose|risen|climbed|increased|jumped|grew|mounted|reached)\s+to\s+(?:at\s+least\s+)?$|"
    r"\btoll\s+(?:was|is|stood\s+at|stands\s+at|had\s+reached)\s+(?:now\s+)?(?:at\s+least\s+)?$",
    re.I,
)
_A_RANK = re.compile(
    r"\s*an?\s+(?:[\w'’-]+\s+){0,3}?(?:commander|leader|official|chief|operative|adviser|advisor|"
    r"general|colonel|founder|cleric|head)\b",
    re.I,
)
_CONTRAST = re.compile(r"(?:,\s*|\s+)(?:while|whereas|but)\s+|;\s*")


def _contrasted(text: str, span: Span) -> list[Span]:
    """'Hezbollah announced the deaths of two fighters, while a security source said three
    people were killed': clauses with their own source and figure, each a claim."""
    cuts = [m for m in _CONTRAST.finditer(text, span.start, span.end)]
    if not cuts:
        return []
    bounds = [span.start, *(m.start() for m in cuts), span.end]
    starts = [span.start, *(m.end() for m in cuts)]
    parts = [Span(s, e) for s, e in zip(starts, bounds[1:], strict=True)]
    with_figures = [
        p
        for p in parts
        if CASUALTY_WORD.search(text, p.start, p.end) or _TOLL_NOW.search(text, p.start, p.end)
    ]
    if len(with_figures) < 2 or not all(
        _REPORT_WORD.search(text, p.start, p.end) or _ACCORDING.search(text, p.start, p.end)
        for p in with_figures
    ):
        return []
    return with_figures


_NAMED_AND_OTHERS = re.compile(
    r"\b(?:killed|killing|assassinated)\s+(?:[a-z]+\s+){0,6}[A-Z][^;\d]{2,100}?,?\s+"
    r"(?:and|along\s+with|together\s+with)\s+"
    r"(?=[\w-]+\s+(?:other|others|more)\b)|"
    # "X was assassinated in a strike on his office, along with six others"
    r"\b(?:was|were)\s+(?:killed|assassinated)\b[^;\d]{0,120}?,?\s+(?:along|together)\s+with\s+"
    r"(?=[\w-]+\s+(?:other|others|more)\b)"
)


_PEOPLE = (
    r"(?:soldiers|troops|fighters|members|people|civilians|officers|militants|guards|"
    r"personnel|children|women|men|commanders|operatives|servicemen|service\s+members|"
    r"Iranians|Syrians|Iraqis|Lebanese|Israelis|Palestinians|Yemenis|Americans)"
)
_AND_MORE = re.compile(
    rf"\s+(?:[\w’'-]+\s+){{0,3}}?{_PEOPLE}\b(?:\s+of\s+(?:[\w’'-]+\s+){{0,3}}?[\w’'-]+)?,?\s+and\s+",
    re.I,
)


def _and_more(text: str, killed: Quantity, span: Span) -> int | None:
    """A second group counted with the first after one kill verb: "killed 36 Syrian
    soldiers and six members of Lebanon's Hezbollah" is 42 dead."""
    m = _AND_MORE.match(text, killed.span.end, span.end)
    if m is None:
        return None
    for q in find_quantities(text, m.end(), span.end):
        if q.span.start == m.end() and q.value is not None and q.bound == "exact":
            rest = text[q.span.end : min(span.end, q.span.end + 40)]
            if re.match(rf"\s+(?:other\s+)?(?:[\w’'-]+\s+){{0,2}}?{_PEOPLE}\b", rest, re.I):
                return q.value
        break
    return None


# "killing a woman and her two children", "the driver and his son were killed"
_WITH_KIN = re.compile(
    r"\b(?:a|an|one|the)\s+(?:[\w-]+\s+){0,2}?(?:woman|man|mother|father|driver|farmer|"
    r"shepherd|civilian|girl|boy|fisherman|worker)\s+and\s+(?:her|his|their)\s+"
    rf"(?:(?P<n>\d+|{spelled(2, 9)})\s+)?(?P<kin>children|sons|daughters|son|daughter|child|"
    r"wife|husband|brother|sister|mother|father|grandson|granddaughter)\b",
    re.I,
)


def _count_killed(text: str, kin: re.Match[str]) -> bool:
    """The family named is the dead: right after a kill verb or right before one."""
    before = text[max(0, kin.start() - 12) : kin.start()]
    after = text[kin.end() : kin.end() + 30]
    return bool(
        re.search(r"\b(?:killing|killed|kills)\s+$", before)
        or re.match(
            r"\s+(?:were|was|have\s+been|had\s+been)\s+(?:all\s+)?(?:killed|martyred)\b", after
        )
    )


def _kin_count(m: re.Match[str]) -> int:
    n = m.group("n")
    if n is None:
        return 1 if not m.group("kin").lower().endswith(("ren", "s")) else 0
    return int(n) if n.isdigit() else parse_words(n.lower()) or 0


# "leading to the martyrdom of a soldier and the injury of another"
_LED_TO = r"\b(?:leading\s+to|led\s+to|resulting\s+in|resulted\s+in|causing|caused)\s+the\s+"
_LED_TO_RX = re.compile(_LED_TO, re.I)
_HARM_OF = rf"\s+of\s+(?P<n>an?|one|another|\d+|{spelled(2, 20)})\b"
_LED_TO_DEATH = re.compile(
    rf"(?:{_LED_TO}|\band\s+the\s+)(?:martyrdom|death|deaths|killing){_HARM_OF}", re.I
)
_LED_TO_INJURY = re.compile(
    rf"(?:{_LED_TO}|\band\s+the\s+)(?:injury|injuries|wounding){_HARM_OF}", re.I
)


def _led_to(text: str, span: Span, pattern: re.Pattern[str]) -> Quantity | None:
    m = pattern.search(text, span.start, span.end)
    if m is None or (
        m.group(0).lower().startswith("and") and not _LED_TO_RX.search(text, span.start, m.start())
    ):
        return None
    n = m.group("n").lower()
    value = 1 if n in ("a", "an", "one", "another") else int(n) if n.isdigit() else parse_words(n)
    if value is None:
        return None
    return Quantity(
        span=Span(m.start("n"), m.end("n")), value=value, low=value, high=value, bound="exact"
    )


def _named_and_others(text: str, span: Span) -> tuple[int, int] | None:
    """(Where the named victim starts, how many others): "killing Brig. Gen. Zahedi and six
    other officers", "killed al-Arouri, the deputy leader of Hamas, and six other people"."""
    m = _NAMED_AND_OTHERS.search(text, span.start, span.end)
    if m is None:
        return None
    for q in find_quantities(text, m.end(), min(span.end, m.end() + 30)):
        if q.span.start == m.end() and q.value is not None:
            return m.start(), q.value
    return None


def _value(q: Quantity | None) -> tuple[int | None, Bound]:
    if q is None:
        return None, "exact"
    value = q.value if q.value is not None else q.low
    bound: Bound = q.bound if q.bound in ("exact", "at_least", "more_than", "approx") else "exact"  # type: ignore[assignment]
    return value, bound


_INCLUDING = re.compile(r",\s+(?:including|among\s+them)\b[^,;]{0,120},")


# "Twelve children and teenagers were killed": two nouns for one count of victims
_PAIRED_VICTIMS = re.compile(
    r"\s+(?:[a-z-]+\s+)?[a-z]+(?:s|ren|men|people)\s+and\s+[a-z]+(?:s|ren|men|people)\s+"
    r"(?:were|had\s+been|have\s+been)\s+(?:\w+ly\s+)?"
)


_SHOT_BEFORE = re.compile(r"\b(?:shot|shoots|shooting)\s+$", re.I)


def _figure(text: str, span: Span, words: re.Pattern[str]) -> Quantity | None:
    """The quantity attached to the nearest casualty word: "eight troops were wounded",
    "killed at least one member", "two fatalities", "the fatalities of two members"."""
    quantities = [
        q for q in find_quantities(text, span.start, span.end) if not _is_measure(text, q)
    ]
    best: tuple[int, Quantity] | None = None
    for m in words.finditer(text, span.start, span.end):
        for q in quantities:
            if q.span.end <= m.start():
                # "Seven advisers, including General X and General Y, were martyred"
                gap = _INCLUDING.sub(",", text[q.span.end : m.start()])
                if (
                    re.search(r"[;]|\b(?:and|but|while|after|when)\b", gap)
                    and len(gap) > 12
                    and not _PAIRED_VICTIMS.fullmatch(gap)
                ):
                    continue
                if len(gap) > 70:
                    continue
                dist = len(gap)
            elif q.span.start >= m.end():
                gap = text[m.end() : q.span.start]
                # "another injured during a clash with dozens of smugglers": not the injured
                if len(gap) > 40 or re.search(
                    r"[;,]|\b(?:when|after|and|during|with|by|near|from|among|in)\b", gap
                ):
                    continue
                dist = len(gap) + 5
            else:
                continue
            if best is None or dist < best[0]:
                best = (dist, q)
        if best is None:
            # "A member of X has been killed", "one of their fighters"
            left = text[max(span.start, m.start() - 80) : m.start()]
            if re.search(
                r"(?:^|[\s,])(?:an?|one|another)\s+(?:[\w’'-]+\s+){0,6}$", left, re.I
            ) and re.search(
                # "one soldier was killed and another injured": the aux is the first verb's
                r"\b(?:was|has\s+been|had\s+been|were)\s+(?:also\s+|(?!fatally|mortally)\w+ly\s+)?$"
                r"|\banother\s+(?:(?!fatally|mortally)\w+ly\s+)?$",
                left,
                re.I,
            ):
                return Quantity(
                    span=Span(m.start(), m.end()), value=1, low=1, high=1, bound="exact"
                )
            if (
                (
                    re.match(
                        r"(?:killed|killing|kills|wounded|wounding|injured|injuring)\b",
                        m.group(0),
                        re.I,
                    )
                    # "a sniper shot dead a woman"
                    or (m.group(0).lower() == "dead" and _SHOT_BEFORE.search(text, 0, m.start()))
                )
                and re.match(
                    r"\s+(?:a|an|one)\s+(?!number\b|few\b|dozen\b|total\b|handful\b)",
                    text[m.end() : m.end() + 20],
                    re.I,
                )
            ):
                # "killed a senior adviser", "killing a female soldier"
                return Quantity(
                    span=Span(m.start(), m.end()), value=1, low=1, high=1, bound="exact"
                )
    return best[1] if best else None


def _is_measure(text: str, q: Quantity) -> bool:
    """Numbers that are measures, times or ordinals, not people: "64 kilometers", "3:30"."""
    after = text[q.span.end : q.span.end + 14].lower()
    before = text[max(0, q.span.start - 2) : q.span.start]
    return bool(
        re.match(
            r"\s*(?:km|kilomet|miles?|nautical|nm\b|nmi\b|feet|ft\b|tonnes?|tons?|kg\b|"
            r"meters?|metres?|mm\b|hours?|days?|weeks?|months?|"
            r"years?|percent|%|targets?|locations?|sites?|facilities|times|attacks?|"
            r"strikes?|rockets?|missiles?|drones?|a\.m|p\.m|:\d|boats?|vessels?|ships?|"
            r"vehicles?|cars?|trucks?|houses?|homes?|buildings?|launchers?|tanks?|aircraft|"
            r"planes?|helicopters?|positions?|depots?)",
            after,
        )
        or before.endswith(":")
    )


def reporter(text: str, span: Span) -> str | None:
    """Who the sentence attributes its content to ("The Pentagon said ...")."""
    chunk = text[span.start : span.end]
    m = _ACCORDING.search(chunk)
    if m:
        return _clean_source(m.group("src"))
    m = _REPORT_WORD.search(chunk)
    if not m or m.start() >= 160:
        return None
    subject = re.sub(r",[^,]{0,80},\s*$", " ", chunk[: m.start()])
    subject = re.sub(r"\b(?:later|also|earlier)\s*$", "", subject.rstrip())
    subject = re.split(r"[,;:“\"]", subject)[-1]
    return _clean_source(subject) if len(subject.strip()) >= 2 else None


_LEADING_BULLETS = re.compile(rf"^(?:\s|{BULLET})+")


def _clean_source(s: str) -> str | None:
    s = _LEADING_BULLETS.sub("", s)
    s = re.sub(r"\([^)]*\)", "", s)
    s = re.sub(r"^(?:the|a|an)\s+", "", s.strip(), flags=re.I)
    s = re.sub(r"\s+(?:on|in)\s+\w+day$", "", s)
    s = " ".join(s.split())
    if not s or len(s.split()) > 10 or re.match(r"(?:there|it|no|this|that)\b", s, re.I):
        return None
    return s


# the victims a kill verb names one by one: "killing X and another member of the group",
# "killed a senior commander, his driver and a bodyguard", "X and three of his fellow
# fighters were martyred"
_KILLING_OBJECT = re.compile(
    r"(?<!was\s)(?<!were\s)(?<!been\s)\b(?:killing|killed|martyring)\s+", re.I
)
_KILLED_SUBJECT_AFTER = re.compile(
    r"\s+(?:were|have\s+been|had\s+been)\s+(?:all\s+)?(?:killed|martyred)\b", re.I
)
_LIST_END = re.compile(
    r"[.;:(]|,\s+(?:according|including|among|the|who|which|while|as|after|when|in|on|at|said|"
    r"officials?|a\s+source)\b|\s+(?:in|on|at|near|during|after|when|while|as|from|inside|"
    r"outside|by|with|according|who|which|that|before|for|since)\b|\s+and\s+\w+ing\b",
    re.I,
)
_ITEM_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+|\s+(?:along|together)\s+with\s+", re.I)
_COUNTED = re.compile(
    rf"^(?:(?:his|her|their|its)\s+)?(?P<n>\d+|{spelled(2, 20)})\b(?:\s+(?:of|other|others|more)\b|"
    r"\s+[a-z])",
    re.I,
)
_ONE = re.compile(
    r"^(?:a|an|one|another|the|his|her|their|its)\s+(?:[\w’'-]+\s+){0,4}?"
    r"(?:commander|member|leader|officer|fighter|soldier|civilian|man|woman|boy|girl|child|son|"
    r"daughter|wife|husband|brother|sister|mother|father|grandmother|grandfather|grandson|"
    r"granddaughter|nephew|niece|cousin|driver|bodyguard|guard|aide|companion|associate|deputy|"
    r"official|journalist|photographer|paramedic|medic|nurse|doctor|teacher|student|farmer|"
    r"shepherd|worker|contractor|sailor|seafarer|crew\s+member|person|resident|police(?:man|"
    r"woman)|officer|operative|militant)\b",
    re.I,
)
_PROPER = re.compile(
    r"^(?:[A-Z][\w’'.-]*|al-[A-Z][\w’'-]*|bin|ibn|abu|Abu)(?:\s+(?:[A-Z][\w’'.-]*|al-[A-Z][\w’'-]*|bin|ibn|al|abu|Abu|de))*$"
)


# "Harakat al-Nujaba commander Mushtaq al-Jawari": a titled name is one person
_TITLED = re.compile(
    r"^(?:(?:[A-Z][\w’'-]*|al-[A-Z][\w’'-]*)\s+){1,4}(?:commander|leader|chief|official|"
    r"spokesman|member)\s+(?:[A-Z]|al-)"
)


def victims_listed(text: str, span: Span) -> int | None:
    """How many dead a kill verb's list names, counted item by item; None unless the list
    has two items or more and each can be counted (a plural with no number cannot)."""
    for m in _KILLING_OBJECT.finditer(text, span.start, span.end):
        end = _LIST_END.search(text, m.end(), span.end)
        n = _count_items(text[m.end() : end.start() if end else span.end])
        if n is not None:
            return n
    for m in _KILLED_SUBJECT_AFTER.finditer(text, span.start, span.end):
        clause_start = max(text.rfind(c, span.start, m.start()) for c in ".;,\n")
        start = span.start if clause_start < span.start else clause_start + 1
        n = _count_items(text[start : m.start()].strip())
        if n is not None:
            return n
    return None


def _count_items(phrase: str) -> int | None:
    parts = _ITEM_SPLIT.split(phrase.strip())
    seps = [m.group(0) for m in _ITEM_SPLIT.finditer(phrase.strip())]
    items = [(i.strip(), seps[k - 1] if k else "") for k, i in enumerate(parts)]
    if len([i for i, _ in items if i]) < 2:
        return None
    total, prev = 0, ""
    for item, sep in items:
        if not item:
            return None
        counted = _COUNTED.match(item)
        if counted:
            n = counted.group("n").lower()
            total += int(n) if n.isdigit() else parse_words(n) or 0
            prev = "counted"
            continue
        if _PROPER.match(item):
            kind = "name"
        elif _TITLED.match(item):
            kind = "titled"
        elif _ONE.match(item):
            kind = "common"
        else:
            return None
        # "a senior commander, Abu Baqir al-Saadi" and "Wissam al-Tawil, a senior commander":
        # a name and its description, set off by a comma, are one man
        appositive = "and" not in sep and {prev, kind} == {"name", "common"}
        if not appositive:
            total += 1
        prev = kind
    return total if total >= 2 else None
