"""Who did it, when the sentence does not say so with a plain subject.

A country named as the subject ("Iran launched ..."), a nationality on the weapon or the
force ("American drone strikes", "a U.S. drone targeted"), a group speaking for itself
("the Islamic Resistance in Iraq said its fighters attacked"), the owner of an intercepted
weapon ("intercepted Israeli missiles"), and the forces a base hosts (the target of an
attack on the base) are read here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from watchfloor import lexicon
from watchfloor.extract.candidate import ARMED_GROUP_KINDS, STATE_KINDS, Candidate
from watchfloor.extract.relations import RELATION_CUE, SOON_AFTER
from watchfloor.extract.roles import (
    AMOUNT_OF,
    COORDINATED_BEFORE,
    Window,
    not_a_location,
    role_marker,
    supporter,
)
from watchfloor.extract.triggers import Trigger
from watchfloor.models import Span
from watchfloor.resolve.actors import ActorMatch, compatible, state_force, state_force_match
from watchfloor.resolve.places import PlaceMatch, country_info
from watchfloor.resolve.weapons import WeaponMatch

_BLAMED_ON = re.compile(
    r"\b(?:attributed\s+to|blamed\s+on|carried\s+out\s+by|conducted\s+by)\s+(?:the\s+)?$", re.I
)


def forces_of(government: ActorMatch) -> ActorMatch | None:
    """The state forces of a government named as the side that acted."""
    force = state_force(government.country) if government.country else None
    if force is None:
        return None
    return replace(government, canonical=force, kind="state_force", families=(force,))


def state_of(p: PlaceMatch) -> ActorMatch | None:
    """A country named as a side: its state forces."""
    return state_force_match(p.country, p.span, p.surface) if p.country else None


# "struck military targets in Iran": sites a state's forces hold
_MILITARY_SITES = re.compile(
    r"\b(?:military|army|air[-\s]defen[cs]e|missile|radar)\s+(?:sites?|targets?|bases?|"
    r"facilities|installations|positions|cent(?:er|re)s|infrastructure|arrays?|batteries|"
    r"posts?)\b",
    re.I,
)
# "targeted the headquarters of the 769th Brigade at the Gibor barracks", "a Merkava tank":
# what is hit, told after the verb (the attacker's "tank fire" is no target)
_MILITARY_TARGETS = re.compile(
    r"\b(?:barracks|(?<!anti-)(?:Merkava\s+)?tanks?|brigade|battalion|garrison|command\s+(?:posts?|"
    r"cent(?:er|re)s?)|artillery\s+positions?|(?:gatherings?|concentrations?)\s+of\s+"
    r"(?:soldiers|troops))\b",
    re.I,
)


def state_sites_hit(
    text: str,
    win: Window,
    place: PlaceMatch | None,
    agent: ActorMatch | None,
    doc_actors: Sequence[ActorMatch],
) -> ActorMatch | None:
    """'Israeli warplanes struck military targets in Iran': the military sites of a country
    are its state's forces', unless the report names an armed group of that country (in
    Lebanon or Yemen "military sites" may be Hezbollah's or the Houthis')."""
    if (
        place is None
        or place.country is None
        or not (
            _MILITARY_SITES.search(text, win.whole.start, win.whole.end)
            or _MILITARY_TARGETS.search(text, win.right.start, win.right.end)
        )
    ):
        return None
    if agent is not None and agent.country == place.country:
        return None
    if _armed_groups_of(place.country, doc_actors):
        return None
    return state_of(place)


# "fired 180 ballistic missiles at Israel", "launched drones toward Israel", "struck Iran"
_AIMED_AT = re.compile(
    r"(?:\b(?:at|against|toward|towards|on|into)|\b(?:struck|attacked|bombed|hit|targeted|"
    r"pounded|raided))\s+(?:the\s+)?$",
    re.I,
)


def state_targeted(
    text: str,
    trig: Trigger,
    win: Window,
    places: Sequence[PlaceMatch],
    agent: ActorMatch,
    doc_actors: Sequence[ActorMatch],
) -> ActorMatch | None:
    """'Iran fired 180 ballistic missiles at Israel': a state the weapons were aimed at, named
    as a whole, is its forces, unless the report names an armed group of that country (a
    strike on Lebanon or Yemen is, in reporting, on Hezbollah or the Houthis)."""
    for p in places:
        if p.kind != "country" or not (trig.span.end <= p.span.start < win.right.end):
            continue
        if (
            "\n" in text[trig.span.end : p.span.start]
            or not (
                _AIMED_AT.search(text, max(trig.span.end, p.span.start - 20), p.span.start)
                # "Israel struck Iran": the verb's object
                or (trig.kind == "verb" and not text[trig.span.end : p.span.start].strip())
            )
            or not_a_location(text, p)  # "strikes on Iran-linked sites"
        ):
            continue
        if agent.country == p.country or agent.canonical.startswith("Unidentified"):
            return None
        if _armed_groups_of(p.country, doc_actors):
            return None
        return state_of(p)
    return None


def _armed_groups_of(country: str, doc_actors: Sequence[ActorMatch]) -> dict[str, ActorMatch]:
    """The armed groups of a country that the report names, by canonical name."""
    return {
        a.canonical: a for a in doc_actors if a.country == country and a.kind in ARMED_GROUP_KINDS
    }


def sole_armed_group(
    place: PlaceMatch | None, doc_actors: Sequence[ActorMatch]
) -> ActorMatch | None:
    """'The air defences shot down an American MQ-9 over Marib': over a country where the
    report names one armed group and no state force of its own, that group's."""
    if place is None:
        return None
    groups = _armed_groups_of(place.country, doc_actors)
    if len(groups) != 1 or any(
        a.country == place.country and a.kind == "state_force" for a in doc_actors
    ):
        return None
    return next(iter(groups.values()))


def country_agent(
    text: str, trig: Trigger, win: Window, places: Sequence[PlaceMatch]
) -> tuple[ActorMatch | None, PlaceMatch | None]:
    """'The United States carried out strikes', 'Iran launched missiles': a country named
    as the subject of the action is its state acting, not the place of the event."""
    for p in places:
        # "the April 1 strike, widely attributed to Israel": the country blamed did it
        if (
            p.kind == "country"
            and trig.span.end <= p.span.start < win.right.end
            and _BLAMED_ON.search(text, max(trig.span.end, p.span.start - 40), p.span.start)
        ):
            return state_of(p), p
    if trig.passive:
        return None, None
    for p in reversed(places):
        if p.kind != "country" or not (win.left.start <= p.span.start < trig.span.start):
            continue
        if supporter(text, p):
            continue
        if role_marker(text, win.left.start, p.span.start) is not None:
            continue
        # "Iran, in Operation True Promise II on October 1, fired": an aside is no distance,
        # and "launched a new wave of airstrikes" no more than "launched airstrikes"
        # "carried out a wave of air and missile strikes" no more than "carried out strikes"
        between = _MEANS_END.sub(" ", _ASIDE.sub(" ", text[p.span.end : trig.span.start]))
        between = AMOUNT_OF.sub(" ", between)
        if _PATRON_SUFFIX.match(between) or _REMARKS_ON.search(between):
            continue  # "Türkiye condemns the strike": a state speaking of it, not doing it
        if (len(between.split()) > 4 or re.search(r"\b(?:in|and|of|or|to)\b|,", between)) and not (
            _ANSWERED_WITH.fullmatch(between)
            or _KILLED_IN_A.fullmatch(between)
            or _CARRIED_OUT.fullmatch(between)
        ):
            continue
        if re.search(
            r"\b(?:in|into|across|inside|over|of|near|from|at|on|to(?:wards?)?)\s+(?:the\s+)?"
            # "troops operating in the Tasil area of southern Syria came under fire"
            r"(?:(?:north|south|east|west|central)\w*(?:-\w+)?\s+)?"
            # "fired from Houthi-controlled Yemen"
            r"(?:[\w’'-]+-(?:controlled|held|run|occupied)\s+)?$",
            text[max(0, p.span.start - 50) : p.span.start],
            re.I,
        ):
            continue
        first = [
            q
            for q in places
            if q.kind == "country"
            and q.span.end <= p.span.start
            and re.fullmatch(r"\s+and\s+(?:the\s+)?", text[q.span.end : p.span.start])
        ]
        if first:
            p = first[-1]  # "The United States and Britain struck": the first named leads
        actor = state_of(p)
        lead = COORDINATED_BEFORE.search(text, max(0, p.span.start - 20), p.span.start)
        info = country_info(lead.group(1)) if lead and not first else None
        force = state_force(info[0]) if info else None
        if force is not None and info is not None and lead is not None:
            # "The US and Britain struck": a first state the gazetteer does not place ("US")
            return ActorMatch(
                span=Span(lead.start(1), lead.end(1)),
                surface=lead.group(1),
                canonical=force,
                kind="state_force",
                country=info[0],
                families=(force,),
            ), p
        if actor is not None:
            return actor, p
    return None, None


_ASIDE = re.compile(r"^,[^,;]{1,80},")
# "Israel had carried out a limited strike", "Iran has launched its largest ever attack"
_CARRIED_OUT = re.compile(
    r"\s+(?:(?:had|has|have|also|then|later|reportedly|apparently|now)\s+)*"
    r"(?:carried\s+out|conducted|launched|staged|mounted)\s+"
    r"(?:an?|the|its|their|another|two|three|several)\s+(?:[\w-]+\s+){0,3}",
    re.I,
)
_MEANS_END = re.compile(
    r"\b(?:(?:air|drone|missile|rocket|naval|artillery|ground|sea)\s+(?:and|or)\s+)?"
    r"(?:air|drone|missile|rocket|naval|artillery|precision|retaliatory|ballistic|cruise)\s+$",
    re.I,
)
_REMARKS_ON = re.compile(
    r"\b(?:condemn|denounc|welcom|slam|critici[sz]|decr|deplor|prais|hail|reject|protest)\w*",
    re.I,
)
# "Israel answered with a wave of airstrikes", "Iran responded within hours with a barrage"
_ANSWERED_WITH = re.compile(
    r"\s+(?:(?:on|late|early)\s+\w+\s+)?(?:answered|responded|replied|retaliated|hit\s+back|"
    r"struck\s+back)"
    rf"\s+(?:{SOON_AFTER}\s+)?with\s+(?:an?\s+|its\s+|the\s+)?(?:(?:wave|series|round|barrage|salvo|"
    r"volley|string)s?\s+of\s+)?(?:[\w-]+\s+){0,2}",
    re.I,
)
# "Israel killed Hezbollah commander Fuad Shukr in a strike on Beirut": the killer struck
_KILLED_IN_A = re.compile(
    r"\s+(?:\w+ly\s+)?(?:killed|assassinated|wounded|targeted)\s+[^,;.]{1,80}?\s+in\s+"
    r"(?:an?|the|its|one)\s+(?:[\w-]+\s+){0,2}",
    re.I,
)
_DESCRIBED = re.compile(
    r"\b(?:the|these)\s+(?:[\w-]+\s+)?(?:rebels|group|militia|militants|insurgents|movement|"
    r"organi[sz]ation|faction)\s+(?:(?:had|has|have|also|then|later|reportedly|again)\s+)*$",
    re.I,
)
# "the armed forces fired a batch of missiles": the state's forces named last
_DESCRIBED_FORCES = re.compile(
    r"\b(?:the|its|their)\s+(?:armed\s+forces|army|military|navy|naval\s+forces|air\s+force)\s+"
    r"(?:(?:had|has|have|also|then|later|reportedly|again)\s+)*$",
    re.I,
)
_FORCES_NAME = re.compile(r"\b(?:forces|army|military|navy)\b", re.I)  # "Yemeni Armed Forces"
# "the Iran-backed rebels fired": the patron of the shooters, not the shooter
_PATRON_SUFFIX = re.compile(
    r"[\s-]+(?:backed|sponsored|supported|aligned|allied|funded|armed|trained|affiliated)\b", re.I
)
_NOT_ANTECEDENT = frozenset({"state_force", "government", "civilian", "generic", "coalition"})


def described_agent(
    text: str, trig: Trigger, win: Window, doc_actors: Sequence[ActorMatch]
) -> ActorMatch | None:
    """'the rebels launched 18 drones', 'the group fired a missile': a description of the
    armed group the report named last, standing as the subject."""
    if trig.kind != "verb" or trig.passive:
        return None
    lo = max(win.left.start, trig.span.start - 40)
    forces = None
    if _DESCRIBED.search(text, lo, trig.span.start):
        wanted = [a for a in doc_actors if a.kind not in _NOT_ANTECEDENT]
    elif forces := _DESCRIBED_FORCES.search(text, lo, trig.span.start):
        wanted = [
            a
            for a in doc_actors
            if a.kind == "state_force"
            or (a.kind not in _NOT_ANTECEDENT and _FORCES_NAME.search(a.surface))
        ]
    else:
        return None
    named = [a for a in wanted if a.span.end <= trig.span.start]
    if forces is not None:
        # "the armed forces" after "the Yemeni Armed Forces" and "the Zionist enemy": the
        # name with those words
        word = forces.group(0).lower().split()[1]  # "armed", "army", "naval"
        same = [a for a in named if word in a.surface.lower()]
        named = same or named
    return named[-1] if named else None


_LEAD = re.compile(
    r"\W*(?:(?:on|late|early|in|overnight|earlier|later)\b[^,]{0,30},\s*)?(?:the\s+)?", re.I
)


def participle_subject(
    text: str,
    trig: Trigger,
    sent: Span,
    actors: Sequence[ActorMatch],
    places: Sequence[PlaceMatch],
) -> tuple[ActorMatch | None, PlaceMatch | None]:
    """'Israel on Saturday carried out its response to Iran's attack, striking sites in
    Iran': a participle after a comma shares the subject that opens the sentence."""
    if not (trig.kind == "verb" and trig.surface.lower().endswith("ing")):
        return None, None
    if not re.search(r",\s*$", text[max(sent.start, trig.span.start - 4) : trig.span.start]):
        return None, None
    lead = _LEAD.match(text, sent.start, trig.span.start)
    at = lead.end() if lead else sent.start
    for a in actors:
        if a.span.start == at and a.kind not in ("civilian", "generic"):
            return a, None
    for p in places:
        if p.span.start == at and p.kind == "country":
            return state_of(p), p
    return None, None


_ARMED_NOUN = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:drones?|missiles?|rockets?|aircraft|jets?|warplanes?|planes?|gunships?|"
    r"helicopters?|forces|submarines?|frigates?|gunboats?|commandos?|soldiers?|"
    r"troops|militar(?:y|ies)|navy|navies|army|armies|destroyers?|warships?|bombers?|"
    r"fighter\s+jets?|artillery)\s+",
    re.I,
)


def nationality_agent(text: str, trig: Trigger, floor: int) -> ActorMatch | None:
    """'American drone strikes', 'an Israeli strike', 'Iran's missile attack', 'a U.S.
    drone targeted': the state whose adjective or name modifies the trigger (or, for a
    verb, its armed subject) is the perpetrator."""
    lo = max(floor, trig.span.start - 60)
    # "Iran's Oct. 1 ballistic missile attack": a date inside the noun phrase is blanked
    left = _DAY_IN_NP.sub(lambda d: " " * len(d.group(0)), text[lo : trig.span.start])
    for m in reversed(list(_CAPITAL.finditer(left))):
        tail = left[m.end() :]
        armed_list = trig.kind == "verb" and _ARMED_NOUN.match(tail) and len(tail.split()) <= 6
        if not (re.fullmatch(r"(?:[’']s)?\s+(?:[\w-]+\s+){0,2}", tail) or armed_list):
            break
        if re.search(r"\b(?:the|a|an|this|that|its|their|his|her)\b", tail, re.I):
            break  # "Iraq claimed the attack": not a modifier of the trigger noun
        if trig.kind == "verb" and (
            trig.passive
            or not (
                (_ARMED_NOUN.match(tail) and len(tail.split()) <= 6)
                or re.fullmatch(r"\s+(?:\w+ly\s+)?", tail)
            )
        ):
            continue
        word, at = m.group(0), m.start()
        if _PATRON_SUFFIX.match(tail):
            continue
        if trig.kind == "verb" and re.search(
            r"\b(?:from|in|at|of|near|inside|into|over|across|to)\s+(?:the\s+)?"
            r"(?:[\w’'-]+-(?:controlled|held|run|occupied)\s+)?$",
            left[: m.start()],
            re.I,
        ):
            continue  # "a missile fired from Lebanon hit ...": a place, not the subject
        coordinated = COORDINATED_BEFORE.search(left[: m.start()])
        partners: tuple[str, ...] = ()
        if coordinated and (
            country_info(coordinated.group(1)) or country_info(coordinated.group(1).rstrip("."))
        ):
            # "U.S. and British forces": the first named leads, the other acts with it
            second = country_info(word) or country_info(word.rstrip("."))
            partner = state_force(second[0]) if second else None
            partners = (partner,) if partner else ()
            word, at = coordinated.group(1), coordinated.start(1)
        info = country_info(word) or country_info(word.rstrip("."))
        if info is None and "-" in word:
            # "the American-British aggression": a joint action, the first named leads
            first = word.split("-")[0]
            if all(country_info(w) for w in word.split("-")):
                word, info = first, country_info(first)
        found = (
            state_force_match(info[0], Span(lo + at, lo + at + len(word)), word, partners)
            if info
            else None
        )
        if found is not None:
            return found
    return None


_CAPITAL = re.compile(r"[A-Z][\w.]*(?:-[\w]+)?")
_DAY_IN_NP = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b"
)


_CLAIM_VERB = re.compile(
    r"[’'s\s]*(?:\([^)]*\)\s*)?(?:,[^,]{0,90},\s*)?(?:(?:\w+ly|also|later|then)\s+)?"
    # "The Houthis claim to have targeted the USS Harry S. Truman"
    r"(?:claim(?:s|ed)?\s+to\s+have\b|"
    r"(?:said|says|claimed|claims|announced|announces|stated|confirmed)\b[^.;]{0,70}?"
    r"\b(?:it|its\s+(?:fighters|members|forces|drones|units|aircraft|jets|warplanes|troops|army|"
    r"mujahideen|militants|strikes?|raids?|attacks?|operations?)|they|their\s+(?:fighters|mujahideen)|"
    r"we|our\s+(?:fighters|mujahideen)|"
    r"responsibility\s+for|the\s+(?:attack|strike|bombing|assault|operation|raid))\b)",
    re.I,
)


_KILLED_IN_ITS = re.compile(
    r"\s+(?:(?:had|has|have|also|then)\s+)*(?:killed|eliminated|assassinated|targeted|hit)\s+"
    r"[^.;,]{1,80}?\s+in\s+(?:an?|the|its|their|one)\s+(?:[\w-]+\s+){0,2}",
    re.I,
)


_CLAIMED_INDEFINITE = re.compile(
    # "The Houthis claimed a drone attack on ...", "KH claimed two rocket attacks"
    r"\s+(?:(?:\w+ly|also|later|then)\s+)?(?:claimed|claims)\s+(?:responsibility\s+for\s+)?"
    r"(?:(?:an?|two|three|four|five|\d+)\s+)?(?:[\w-]+\s+){0,3}(?:attacks?|strikes?|operations?)\b",
    re.I,
)
_MILITARY_SAID = re.compile(
    # "The Israeli military said around 100 fighter jets struck ...": its own aircraft
    r"\s+(?:said|says|announced|stated|confirmed)\s+(?:that\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:fighter\s+jets|jets|warplanes|fighter\s+planes|aircraft|naval\s+forces|ground\s+troops)\b",
    re.I,
)


_SAID_THE_ATTACK = re.compile(
    r"^(?:(?!claim|responsib).)*\b(?:said|says|announced|stated|confirmed)\b(?:(?!claim).)*"
    r"\bthe\s+(?:attack|strike|bombing|assault|operation|raid)$",
    re.I | re.S,
)


_OWN_RESPONSE = re.compile(
    r"[^.;]{0,80}?\b(?:was|were|came)\s+(?:a\s+|in\s+|as\s+a\s+)?(?:direct\s+)?"
    r"(?:response|retaliation|revenge|reprisal|punishment)\b",
    re.I,
)


_GROUP_SAID = re.compile(
    r"\bthe\s+(?:[\w-]+\s+){0,2}?(?:group|militia|faction|movement|organi[sz]ation|coalition)"
    r"\s+(?:\w+ly\s+)?"
    r"(?:(?:said|says|claimed|announced)\b[^.;]{0,40}?\b(?:it|its\s+fighters|they)\b|"
    # "the group claimed that two drones struck ...", "the group claimed a drone attack"
    r"claim(?:ed|s)(?:\s+responsibility\s+for|\s+that)?(?=\s))",
    re.I,
)


_UNKNOWN_CLAIMANT = re.compile(
    r"(?:\b[Tt]he\s+)?(?P<name>(?:[A-Z][\w’'-]+|al-[\w’'-]+)"
    r"(?:\s+(?:[A-Z][\w’'-]+|al-[\w’'-]+|al|ad|ash|of|the)){0,5})"
    r"(?:,\s+(?:an?|the)\s+[^,]{3,60},)?\s+(?:later\s+)?claimed\s+(?:responsibility\s+for\s+)?"
    r"(?:the|this|that)\s+(?:\w+\s+)?(?:attack|strike|bombing|assault|operation|raid|blast|explosion)"
)


_ROLE_OF = re.compile(
    r"(?:[’']s)?\s+(?:[\w-]+\s+){0,2}?(?:spokes(?:man|woman|person)|leader|commander|chief|"
    r"official|head|secretary[\s-]general)\s+",
    re.I,
)


def claimant(
    text: str, trig: Trigger, sentence: Span, actors: Sequence[ActorMatch]
) -> ActorMatch | None:
    """'The Islamic Resistance in Iraq said its fighters attacked ...', 'X claimed
    responsibility for the attack', 'the group said it had also targeted ...': the
    speaker is the perpetrator. `actors` are the document's actors, in order."""
    if trig.passive or trig.family == "harm":
        return None  # "X said two of its fighters were killed": X is the victim's side
    # the nearest speaker first: "X confirmed Saturday, a day after Y said it had targeted"
    for a in reversed(actors):
        if not (sentence.start <= a.span.start and a.span.end <= trig.span.start):
            continue
        if a.kind == "civilian":
            continue
        m = _CLAIM_VERB.match(text, a.span.end, sentence.end)
        if (
            m is not None
            and _SAID_THE_ATTACK.search(m.group(0))
            and not _OWN_RESPONSE.match(text, trig.span.end, sentence.end)
        ):
            # "officials said that the attack took place at X": no claim; but "the IRGC said
            # the strike on X was a response to ..." owns the strike
            m = None
        if m is None:
            m = _CLAIMED_INDEFINITE.match(text, a.span.end, sentence.end)
        if m is None and a.kind == "state_force":
            m = _MILITARY_SAID.match(text, a.span.end, sentence.end)
        if (
            m
            and (
                m.end() == trig.span.end  # "X claimed the attack"
                or (
                    m.end() <= trig.span.start + 1
                    and (
                        len(text[m.end() : trig.span.start].split()) <= 4
                        # "the IDF said it had eliminated a Hezbollah commander in a strike"
                        or _KILLED_IN_ITS.fullmatch(text, m.end(), trig.span.start) is not None
                    )
                )
            )
        ):
            return _named_for(text, a, actors)
    for a in actors:
        # "The SDF blamed Iran-backed militias for the attack": the accused, as reported
        if not (sentence.start <= a.span.start and a.span.end <= trig.span.start):
            continue
        if (
            re.search(
                r"\b(?:blamed|accused)\s+(?:the\s+)?$",
                text[max(0, a.span.start - 20) : a.span.start],
                re.I,
            )
            and re.match(r"\s+(?:for|of)\b", text[a.span.end : a.span.end + 6], re.I)
            and trig.span.start - a.span.end <= 45
        ):
            return a
    unknown = _UNKNOWN_CLAIMANT.search(text, sentence.start, sentence.end)
    if unknown and trig.kind == "noun" and trig.definite and unknown.end() >= trig.span.end:
        # "Jaish al-Adl, a Sunni militant group, claimed the attack": a group the lexicon
        # does not know is kept as written (and so visible to the analyst)
        name = unknown.group("name")
        for a in actors:
            # "Houthi military spokesperson Yahya Saree claimed the attack": his group did
            if a.span.end <= unknown.start("name") and _ROLE_OF.fullmatch(
                text, a.span.end, unknown.start("name")
            ):
                return a
        if not any(a.span.start <= unknown.start("name") < a.span.end for a in actors):
            return ActorMatch(
                span=Span(unknown.start("name"), unknown.end("name")),
                surface=name,
                canonical=name,
                kind="unknown",
                country=None,
                families=(name,),
            )
    m = _GROUP_SAID.search(text, sentence.start, trig.span.start)
    if m and len(text[m.end() : trig.span.start].split()) <= 4:
        before = [a for a in actors if a.span.end <= m.start() and a.kind not in _STATE_SIDE]
        # "the Lebanese group": of the groups named before, one of that country
        described = [
            info[0]
            for w in re.findall(r"[A-Z][\w-]*", m.group(0))
            if (info := country_info(w)) is not None
        ]
        if described:
            before = [a for a in before if a.country in described] or before
        if before:
            return before[-1]
    return None


def _named_for(text: str, a: ActorMatch, actors: Sequence[ActorMatch]) -> ActorMatch:
    """'the Iran-backed group' after 'Hezbollah': a description with a definite article
    refers back to the group named before it that it describes."""
    if a.kind != "generic" or not re.search(
        r"\bthe\s+$", text[max(0, a.span.start - 5) : a.span.start], re.I
    ):
        return a
    named = [
        b
        for b in actors
        if b.span.end <= a.span.start
        and (a.canonical in b.families or b.kind in ("militia", "rebel", "terrorist"))
    ]
    return named[-1] if named else a


_STATE_SIDE = frozenset({"state_force", "government", "civilian", "coalition", "generic"})


@cache
def _garrisons() -> dict[str, str]:
    return {row["site"]: row["hosts"] for row in lexicon.load_tsv("garrisons.tsv")}


lexicon.on_reload(_garrisons.cache_clear)


def garrison(site_name: str) -> str | None:
    """The forces a military site hosts: the target of an attack on it that names none."""
    return _garrisons().get(site_name)


_OWNED_WEAPON = re.compile(
    r"\b(?P<word>[A-Z][\w.]*)(?:[’']s)?\s+(?:[\w-]+\s+){0,2}?(?:drones?|missiles?|rockets?|"
    r"projectiles?|UAVs?|shells?|mortars?|aircraft|jets?|warplanes?)\b"
)


def weapon_owner(text: str, win: Window) -> ActorMatch | None:
    """'intercepted Israeli missiles': the state whose adjective marks the weapon."""
    for m in _OWNED_WEAPON.finditer(
        text, win.right.start, min(win.right.end, win.right.start + 80)
    ):
        info = country_info(m.group("word")) or country_info(m.group("word").rstrip("."))
        force = state_force(info[0]) if info else None
        if info and force:
            return ActorMatch(
                span=Span(m.start("word"), m.end("word")),
                surface=m.group("word"),
                canonical=force,
                kind="state_force",
                country=info[0],
                families=(force,),
            )
    return None


@cache
def _operators() -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for row in lexicon.load_tsv("weapon_operators.tsv"):
        key = row["platform"].lower()
        out[key] = (*out.get(key, ()), row["operator"])
    return out


lexicon.on_reload(_operators.cache_clear)


# a warship by its navy's prefix: "USS Carney", "HMS Diamond" (prefixes in weapon_operators)
_SHIP = r"\b(?P<prefix>[A-Z]{2,5})\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})"
_SHIP_BEFORE = re.compile(_SHIP + r"\s+(?:(?:also|then|later|had|has|have)\s+)*$")


_SHIP_NAMED = re.compile(_SHIP)


def victims_group(
    text: str, sent: Span, trig: Trigger, actors: Sequence[ActorMatch], actor1: ActorMatch | None
) -> ActorMatch | None:
    """'..., killing three leaders of the PFLP', 'killing Khalil al-Maqdah, a leader in the
    Fatah movement', 'killed Abu Khadija and another ISIS operative': the group whose people
    the attack killed is its target."""
    # "... in retaliation for the strike that killed seven IRGC officers": the cause's dead
    cue = RELATION_CUE.search(text, trig.span.end, sent.end)
    stop = cue.start() if cue else sent.end
    kill = _KILLED_AFTER.search(text, trig.span.start, stop)
    if kill is None:
        return None
    for a in actors:
        if not kill.end() <= a.span.start < stop or a.kind not in _VICTIM_GROUP_KINDS:
            continue
        if actor1 is not None and a.canonical == actor1.canonical:
            continue
        if _MEMBERS_OF.search(text, max(sent.start, a.span.start - 40), a.span.start) or (
            _MEMBER_NOUN_AFTER.match(text, a.span.end)
        ):
            return a
    return None


_KILLED_AFTER = re.compile(r"\b(?:killing|killed|kills|assassinat(?:ed|ing))\b", re.I)
_VICTIM_GROUP_KINDS = frozenset({*ARMED_GROUP_KINDS, "state_force", "political"})
_PEOPLE_OF = (
    r"(?:members?|leaders?|commanders?|fighters?|operatives?|officials?|cadres?|militants?|"
    r"figures?|chiefs?|founders?|officers?|head)"
)
_MEMBERS_OF = re.compile(rf"\b{_PEOPLE_OF}\s+(?:in|of|from)\s+(?:the\s+|its\s+)?$", re.I)
_MEMBER_NOUN_AFTER = re.compile(rf"(?:[’']s)?\s+(?:[\w-]+\s+)?{_PEOPLE_OF}\b", re.I)


def navy_targeted(text: str, trig: Trigger, win: Window) -> ActorMatch | None:
    """'fired two missiles at the destroyer USS Carney': the warship's navy is the target."""
    if trig.passive:
        return None
    for m in _SHIP_NAMED.finditer(text, trig.span.end, win.right.end):
        navy = _operators().get(m.group("prefix").lower(), ())
        if len(navy) == 1:
            return ActorMatch(
                span=Span(m.start(), m.end()),
                surface=m.group(0),
                canonical=navy[0],
                kind="state_force",
                country=None,
                families=(navy[0],),
            )
    return None


def weapon_operator(
    text: str,
    trig: Trigger,
    win: Window,
    weapons: Sequence[WeaponMatch],
    doc_actors: Sequence[ActorMatch] = (),
) -> ActorMatch | None:
    """'An AC-130 gunship hits ...', 'B-1 bombers struck ...': a platform only one state
    flies names the perpetrator when it is the subject of the trigger; one several states
    fly ("F-16s bombed ...") names the one of them the document mentions, if only one; a
    warship's prefix ("USS Carney") names its navy."""
    mentioned = {a.canonical for a in doc_actors}
    ship = _SHIP_BEFORE.search(text, max(win.left.start, trig.span.start - 60), trig.span.start)
    if ship is not None:  # "the destroyer USS Carney fired Tomahawk missiles"
        navy = _operators().get(ship.group("prefix").lower(), ())
        if len(navy) == 1:
            return ActorMatch(
                span=Span(ship.start("prefix"), ship.end("name")),
                surface=text[ship.start("prefix") : ship.end("name")],
                canonical=navy[0],
                kind="state_force",
                country=None,
                families=(navy[0],),
            )
    for w in reversed(weapons):
        if not (win.left.start <= w.span.start and w.span.end <= trig.span.start):
            continue
        platform = re.match(r"[A-Za-z]+/?[A-Za-z]*-\d+[A-Za-z]?", w.surface)
        key = platform.group(0).lower() if platform else ""
        operators = _operators().get(key) or _operators().get(key.removesuffix("s"), ())
        if len(operators) > 1:
            operators = tuple(o for o in operators if o in mentioned)
        if len(operators) == 1:
            return ActorMatch(
                span=w.span,
                surface=w.surface,
                canonical=operators[0],
                kind="state_force",
                country=None,
                families=(operators[0],),
            )
    return None


_BETWEEN = re.compile(r"\bbetween\s+", re.I)


def parties(
    text: str,
    sent: Span,
    trig: Trigger,
    actors: Sequence[ActorMatch],
    places: Sequence[PlaceMatch],
) -> tuple[ActorMatch | None, ActorMatch | None, list[PlaceMatch]]:
    """'the ceasefire between Israel and Hezbollah', 'Iraq and Iran signed an agreement': the
    two sides of an agreement, named or by country. A country named as a side is no place of
    the event; the places left are returned."""
    between = _BETWEEN.search(text, sent.start, sent.end)
    if between is None and re.match(r"(?:mediat|broker)", trig.surface, re.I):
        return None, None, list(places)  # "Oman says it mediated an agreement": no party
    lo, hi = (between.end(), sent.end) if between else (sent.start, trig.span.start)
    # "The truce, brokered by the United States and France, ...": the brokers are no party
    brokers = [
        Span(
            m.end(),
            end.start() if (end := _CLAUSE_END.search(text, m.end(), sent.end)) else sent.end,
        )
        for m in _BROKERED_BY.finditer(text, sent.start, sent.end)
    ]

    def party(start: int, end: int) -> bool:
        return (
            lo <= start < hi
            and not _ITS_OFFICIAL.match(text, end)
            and not any(b.start <= start < b.end for b in brokers)
        )

    sides: list[tuple[int, ActorMatch, PlaceMatch | None]] = [
        (a.span.start, a, None) for a in actors if party(a.span.start, a.span.end)
    ]
    for p in places:
        state = state_of(p) if p.kind == "country" and party(p.span.start, p.span.end) else None
        if state is not None:
            sides.append((p.span.start, state, p))
    chosen: list[tuple[ActorMatch, PlaceMatch | None]] = []
    for _, side, place in sorted(sides, key=lambda s: s[0]):
        if len(chosen) < 2 and all(not compatible(side.canonical, c.canonical) for c, _ in chosen):
            chosen.append((side, place))
    # where it was signed or holds ("signed an agreement in Damascus", "a ceasefire in
    # Sweida"), not the places a clause after it tells of ("ending a year of fire on the Golan")
    named = [place for _, place in chosen if place is not None]
    rest = [
        p
        for p in places
        if all(p is not q for q in named)
        and _IN_PLACE.search(text, max(0, p.span.start - 8), p.span.start)
        and not any(b.start <= p.span.start < b.end for b in brokers)
    ]
    if len(chosen) == 1 and _WITH.search(
        text, max(sent.start, chosen[0][0].span.start - 8), chosen[0][0].span.start
    ):
        return None, chosen[0][0], rest  # "the ceasefire with Hezbollah": the other side
    first = chosen[0][0] if chosen else None
    second = chosen[1][0] if len(chosen) > 1 else None
    return first, second, rest


_IN_PLACE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$", re.I)
_BROKERED_BY = re.compile(
    r"\b(?:brokered|mediated|facilitated|sponsored|guaranteed)\s+by\s+|"
    r"\bwith\s+the\s+mediation\s+of\s+",
    re.I,
)
_CLAUSE_END = re.compile(r"[,;:.)]")
# "Oman's foreign minister announced that ...": who tells of the pact, not a party to it
_ITS_OFFICIAL = re.compile(
    r"[’']s\s+(?:[\w-]+\s+){0,2}(?:minister|ministry|president|spokes(?:man|woman|person)|"
    r"envoy|king|sultan|emir|mediators?|officials?)\b",
    re.I,
)
_WITH = re.compile(r"\bwith\s+(?:the\s+)?$", re.I)


# "the Security Media Cell announced the arrest", "security units had arrested": an arrest
# is made by the state forces that announce it, or by the home forces named without a country
_HOME_FORCE = re.compile(
    r"\b(?:(?P<police>police(?:men)?|police\s+(?:forces|units|officers))|security\s+(?:forces|"
    r"units|services|agencies|personnel)|its\s+forces|intelligence\s+(?:services|agents|"
    r"officers)|counter-?terrorism\s+(?:forces|units|service))\b",
    re.I,
)


def arresting_force(
    text: str, sent: Span, trig: Trigger, here: Sequence[ActorMatch]
) -> tuple[ActorMatch | None, str | None]:
    """Who made an arrest no agent was found for: the state forces announcing it in the same
    sentence, else "police" or "security" forces named without their country."""
    announcers = [a for a in here if a.kind in STATE_KINDS and a.span.end <= trig.span.start]
    if announcers:
        return announcers[-1], None
    forces = list(_HOME_FORCE.finditer(text, sent.start, trig.span.start))
    if not forces:
        return None, None
    return None, "police" if any(f.group("police") for f in forces) else "security"


# "the army announced that one of its soldiers was killed in a clash": the army fought
_ITS_SOLDIERS = re.compile(
    r"\b(?:its|their)\s+(?:own\s+)?(?:soldiers?|troops|personnel|members|guards|servicemen|"
    r"officers?|border\s+guards)\b",
    re.I,
)


def owner_of_its_soldiers(text: str, sent: Span, here: Sequence[ActorMatch]) -> ActorMatch | None:
    """The state forces whose soldiers a clash told by no side harmed: the forces named
    before "its soldiers" in the sentence (often the ones announcing it)."""
    its = _ITS_SOLDIERS.search(text, sent.start, sent.end)
    if its is None:
        return None
    owners = [a for a in here if a.kind in STATE_KINDS and a.span.end <= its.start()]
    return owners[-1] if owners else None


# "Israel's retaliation finally came on Saturday, when aircraft struck ...": whose answer
# it was, told before the clause that says how it came
_ANSWER_CAME = re.compile(
    r"[’']s?\s+(?:[\w-]+\s+){0,2}?(?:retaliation|response|answer|revenge|reprisal|"
    r"counter-?attack|counter-?strike)\b[^.;]{0,90}?\b(?:came|began|started|arrived|unfolded|"
    r"took\s+the\s+form)\b[^.;]*?\b(?:when|as|with)\b",
    re.I,
)


def answering_side(
    text: str, trig: Trigger, here: Sequence[ActorMatch], places: Sequence[PlaceMatch]
) -> ActorMatch | None:
    """The side whose answer a strike told with no subject was ("Iran's response came
    hours later, when missiles struck ..."): the possessor of the answer before it, a
    side or a country (whose forces answered)."""
    sides: list[tuple[int, ActorMatch | None]] = [
        (a.span.end, a) for a in here if a.kind in STATE_KINDS | ARMED_GROUP_KINDS
    ]
    sides += [(p.span.end, state_of(p)) for p in places if p.kind == "country"]
    for end, side in sorted(sides, key=lambda s: s[0]):
        if (
            side is not None
            and end <= trig.span.start
            and _ANSWER_CAME.match(text, end, trig.span.start)
        ):
            return side
    return None


# "..., according to the IDF", "..., Israel's military said": who tells of the strike after it
_ACCORDING_TO = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.I)
_SAID_AFTER = re.compile(r"[’']?s?\s+(?:said|says|announced|stated|reported)\b", re.I)


def reporting_air_force(
    text: str, trig: Trigger, sent: Span, here: Sequence[ActorMatch], where: str | None
) -> ActorMatch | None:
    """'Fighter jets struck some 1,600 Hezbollah targets ..., according to the IDF': a state's
    forces telling, after it, of an air strike abroad no side is named for tell of their own
    (no armed group flies jets); at home ("warplanes struck near Tyre, the Lebanese army
    said") they tell of someone else's."""
    for a in here:
        if a.kind not in ("state_force", "coalition"):
            continue
        if where is None or a.country in (None, where):
            continue
        if a.span.end <= trig.span.start:
            # "U.S. Central Command said the strikes Thursday night were meant to ...": a
            # force telling what its own strikes were for
            if _SAID_THE.fullmatch(text, a.span.end, trig.span.start):
                return a
            continue
        if a.span.start < trig.span.end:
            continue
        if _ACCORDING_TO.search(text, max(sent.start, a.span.start - 20), a.span.start) or (
            _SAID_AFTER.match(text, a.span.end, sent.end)
        ):
            return a
    return None


_SAID_THE = re.compile(
    r"\s+(?:said|says|announced|stated)\s+(?:that\s+)?(?:the|its|their)\s+(?:[\w-]+\s+){0,2}",
    re.I,
)


_FOUGHT_WITH = re.compile(r"\s+(?:with|against)\s+(?:the\s+)?", re.I)


def fought_with(
    text: str, trig: Trigger, here: Sequence[ActorMatch], side: ActorMatch
) -> ActorMatch | None:
    """'Eight soldiers were killed in clashes with Hezbollah': the side named right after
    a clash noun's 'with' fought the side already found (the soldiers')."""
    m = _FOUGHT_WITH.match(text, trig.span.end)
    if m is None:
        return None
    return next(
        (
            a
            for a in here
            if a.span.start == m.end()
            and a.kind not in ("civilian", "generic")
            and not compatible(a.canonical, side.canonical)
        ),
        None,
    )


# "..., an attack widely attributed to Israel", "..., which it blamed on Israel"
_BLAMED_TAIL = re.compile(
    r"\b(?:(?:widely|also|largely|generally|later)\s+)?(?:attributed\s+to|blamed\s+on)\s+"
    r"(?:the\s+)?",
    re.I,
)


def blamed_on(
    text: str,
    sent: Span,
    made: Sequence[Candidate],
    actors: Sequence[ActorMatch],
    places: Sequence[PlaceMatch],
) -> None:
    """'Pagers carried by Hezbollah members exploded across Lebanon, ..., an attack widely
    attributed to Israel': the side the text blames did what the sentence told before the
    blame, whoever else is named nearer the verb; not what a cause ('in retaliation for')
    told earlier in the sentence did."""
    for m in _BLAMED_TAIL.finditer(text, sent.start, sent.end):
        side = next(
            (
                a
                for a in actors
                if a.span.start == m.end() and a.kind not in ("civilian", "generic")
            ),
            None,
        )
        if side is None:
            country = next(
                (p for p in places if p.span.start == m.end() and p.kind == "country"), None
            )
            side = state_of(country) if country else None
        if side is None:
            continue
        for c in made:
            if c.trigger.span.end > m.start() or RELATION_CUE.search(
                text, c.trigger.span.end, m.start()
            ):
                continue
            if c.actor2 is not None and compatible(c.actor2.canonical, side.canonical):
                continue
            if c.actor1 is None or not compatible(c.actor1.canonical, side.canonical):
                c.actor1 = side


# "Israel, which is widely believed to be behind the operation, has not commented"
_BELIEVED_BEHIND = re.compile(
    r"(?:,\s*(?:which|who)\s+)?(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:(?:widely|long|also|generally|broadly|still)\s+)?(?:believed|thought|suspected|assumed|"
    r"presumed|understood|alleged|seen\s+as\s+likely)\s+to\s+(?:be|have\s+been)\s+"
    r"(?:behind|responsible\s+for)\b",
    re.I,
)


def believed_behind(
    text: str,
    sent: Span,
    out: list[Candidate],
    actors: Sequence[ActorMatch],
    places: Sequence[PlaceMatch],
) -> None:
    """A side the text says is believed to be behind what it just told is the perpetrator of
    those of its events (in the paragraph, no more than three) that name none."""
    states = [state_of(p) for p in places if p.kind == "country"]
    sides = [a for a in actors if a.kind not in ("civilian", "generic")]
    sides += [a for a in states if a is not None]
    side = next((a for a in sides if _BELIEVED_BEHIND.match(text, a.span.end, sent.end)), None)
    if side is None:
        return
    for c in out[-3:]:
        if "\n" in text[c.evidence.end : sent.start]:
            continue
        if c.actor1 is None and not (c.actor2 and c.actor2.canonical == side.canonical):
            c.actor1 = side
            c.spans.append(sent)
