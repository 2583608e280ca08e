"""Who did what to whom, where and when, around one trigger.

A sentence is cut into segments at its triggers and at relation cues ("in response to"), so
each trigger sees the words between its neighbours. Within that window:
- an actor after "by" is the perpetrator; after "against", "on", "at", "targeting" it is
  the target; otherwise left of an active trigger it is the perpetrator and right of it the
  target (swapped for the passive: "the base was hit by rockets");
- actors that are the subject of a reporting verb ("the Pentagon said") are sources, not
  participants;
- the place is the most precise one in the window (site > town > admin1 > country);
- the date is the nearest point date in the window, else in the sentence.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from watchfloor.extract.candidate import STATE_KINDS
from watchfloor.extract.relations import RELATION_CUE
from watchfloor.extract.triggers import Trigger
from watchfloor.models import Span
from watchfloor.resolve.actors import ActorMatch, state_force_match
from watchfloor.resolve.dates import DateMention
from watchfloor.resolve.places import PlaceMatch, country_info
from watchfloor.resolve.weapons import WeaponMatch
from watchfloor.text.number_words import parse_words, spelled

_REPORT_VERB = re.compile(
    r"^[’'s\s,)]*(?:(?:office|spokes\w+|ministry|media|officials?|command|statement)\s+)?"
    # "IDF spokesperson Rear Adm. Daniel Hagari said": the title and name of its speaker
    r"(?:(?:Rear\s+|Vice\s+)?(?:Adm|Gen|Brig|Col|Lt|Maj|Capt|Sgt|Dr|Mr|Ms)\.?\s+(?:Gen\.?\s+)?)?"
    r"(?-i:[A-Z][\w’'-]+\s+){0,3}?"
    r"(?:\([^)]*\)\s*)?(?:,[^,]{0,90},\s*)?(?:(?:later|also|has|had|have|not|yet|\w+ly)\s+|[“\"]\s*)*"
    r"(?:(?:on|late\s+on|early\s+on)\s+\w+day\s+|in\s+a\s+statement\s+|yesterday\s+|today\s+)?"
    r"(?:said|says|say|told|reported|announced|stated|claimed|cited|confirmed|added|accused|"
    r"commented|"
    r"condemned|denounced|denied|warned|expressed|underscored|emphasi[sz]ed|asserted|insisted|"
    r"blamed|called|vowed|pledged|urged|demanded|rejected|described|identified)\b",
    re.I,
)
PLACE_RANK = {"site": 0, "town": 1, "sea": 2, "admin1": 3, "region": 4, "country": 5}
_TARGET_OBJECT = re.compile(
    r"\b(?:storage|facilit|depot|warehouse|site|launch|production|stockpile|weaponry|"
    r"infrastructure|cent(?:er|re)s?)\w*",
    re.I,
)


@dataclass(frozen=True)
class Window:
    """The words a trigger can claim: [left, trigger, right]."""

    left: Span
    right: Span

    @property
    def whole(self) -> Span:
        return Span(self.left.start, self.right.end)


_CLAUSE_CUT = re.compile(
    # "... exploded across Lebanon, and vowed that Israel would pay": another clause
    r",?\s+and\s+(?:said|says|vowed|warned|added|urged|pledged|threatened)\s+that\b|"
    r";|\s[—–-]\s|, which\b|\bwho\b|\bwhose\b|"
    r"\b(?:while|amid|despite|although|though|but|whereas)\b"
)


# what may come before a sentence's opening relation phrase: "On Monday, in its response to"
_OPENER = re.compile(r"\W*(?:[^,.;]{1,40},\s*)?(?:in\s+)?", re.I)


def windows(text: str, sentence: Span, triggers: Sequence[Trigger]) -> list[Window]:
    """One window per trigger, cut at neighbouring triggers and at relation cues."""
    cuts = []
    commas: list[int] = []
    for m in RELATION_CUE.finditer(text, sentence.start, sentence.end):
        cuts.append(m.start())
        comma = text.find(",", m.end(), sentence.end)
        if comma > 0 and _OPENER.fullmatch(text, sentence.start, m.start()):
            # "In response to the attack on Ben-Gurion, the IDF bombed ...": the opening
            # phrase ends at its comma, and the cause with it
            cuts.append(comma)
            commas.append(comma)
    cuts += [m.start() for m in _CLAUSE_CUT.finditer(text, sentence.start, sentence.end)]
    out = []
    for i, trig in enumerate(triggers):
        lo = triggers[i - 1].span.end if i else sentence.start
        hi = triggers[i + 1].span.start if i + 1 < len(triggers) else sentence.end
        lo = max([lo, *[c for c in cuts if c <= trig.span.start]])
        hi = min([hi, *[c for c in cuts if c > trig.span.end]])
        # "In response to the barrage, jets struck": the cause's phrase ends at its comma,
        # also when the comma closes the trigger itself
        hi = min([hi, *[c for c in commas if c == trig.span.end]])
        out.append(Window(Span(lo, trig.span.start), Span(trig.span.end, hi)))
    return out


def is_reporting_subject(text: str, actor: ActorMatch, sentence: Span) -> bool:
    """'The Pentagon said ...', 'The PMF (PMF), which ..., said', 'According to the IDF, ...':
    a source, not a party."""
    after = text[actor.span.end : min(sentence.end, actor.span.end + 120)]
    if _REPORT_VERB.match(after):
        return True
    return bool(
        _ACCORDING_TO.search(text, max(sentence.start, actor.span.start - 40), actor.span.start)
    )


_ACCORDING_TO = re.compile(
    r"\b(?:according\s+to|citing|cited\s+by|quoted\s+by)\s+(?:the\s+|an?\s+)?(?:[\w’'.-]+\s+){0,2}$",
    re.I,
)


_MARKERS = re.compile(
    r"\b(?P<patient>against|on|at|upon|targeting|targeted|hitting|toward|towards|into|killing|"
    r"killed|kills|martyring|wounding|injuring|struck|hit|attacked|attacking|belonging\s+to|"
    r"affiliated\s+with|linked\s+to|known\s+as|tied\s+to|attributed\s+to|housing|hosting|"
    # what a side uses, runs or holds is its: "a fuel port held by the Houthis"
    r"(?:used|run|operated|owned|held|controlled|occupied|manned)\s+by|"
    r"(?:members?|fighters?|commanders?|leaders?|positions?|headquarters|bases?|convoys?|"
    r"vehicles?|facilit(?:y|ies)|sites?|depots?|camps?|compounds?|posts?|checkpoints?|units?|"
    r"homes?|houses?|offices?|officials?)\s+of)\b|"
    # "gunmen backed by the Syrian government attacked": a patron, neither side of the event
    r"\b(?P<aside>(?:backed|supported|armed|funded|sponsored|trained|sent)\s+by|loyal\s+to|"
    r"allied\s+(?:to|with)|"
    # "according to a statement by the PMF": who told it, not who did it
    r"(?:statements?|announcements?)\s+(?:(?:issued|released|published|posted)\s+)?by)"
    r"\b|\b(?P<agent>by)\b",
    re.I,
)


# the subject of a statement's verb: "the fighters of the Islamic Resistance targeted"
_FIGHTERS_OF = re.compile(
    r"(?:^|[.;:,\n]\s*|\b(?:and|then)\s+)(?:the\s+)?(?:fighters|members|units|forces|"
    r"mujahideen|militants|commandos)\s+of\s+(?:the\s+)?$",
    re.I,
)
_LEFT_BLOCK = re.compile(
    r"\b(?:to|for|after|following|since|than|about|over|with|amid|as)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:[\w’'.-]+\s+){0,4}$",
    re.I,
)
_PARENTHETICAL = re.compile(r",[^,]{1,80},")
# "launched more than 30 raids", "fired over 100 rockets": a count, not a preposition
_APPROXIMATELY = re.compile(
    r"\b(?:(?:more|less|fewer)\s+than|over|about|around|some|nearly|almost|up\s+to)\s+(?=\d)", re.I
)
_ADDRESSEE = re.compile(
    r"\b(?:call(?:ed|s|ing)?\s+on|urg(?:ed|es|ing)|appeal(?:ed|s|ing)?\s+to)\s+"
    r"(?:the\s+)?(?:[\w’'-]+\s+){0,4}(?:and\s+(?:the\s+)?)?$",
    re.I,
)
_NAMES_A_PLACE = re.compile(
    r"(?:-(?:held|controlled|run|dominated)\b|\s+(?:stronghold|bastion|heartland|territory|"
    r"-?(?:held|controlled)\s+(?:area|territory|region|town|village|city|district)))s?\b",
    re.I,
)


# "launched a (new) series of airstrikes": a quantity, not a prepositional phrase
AMOUNT_OF = re.compile(
    r"(?:\b(?:an?|the|its|their|another)\s+(?:[\w-]+\s+)?)?"
    r"\b(?:series|waves?|rounds?|number|string|barrages?|volleys?|salvos?|dozens|hundreds|"
    r"scores)\s+of\s+$",
    re.I,
)
_HARMED = re.compile(
    r"\b(?:killed|wounded|injured|hurt|died|dead|slain|sustained|suffered|destroyed|damaged)\b",
    re.I,
)
_IN_PP = re.compile(
    r"\b(?:in|during|from|of|with|since|sustained|suffered)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|"
    r"[\w’']+[’']s\s+)?(?:[\w’'-]+\s+){0,3}$",
    re.I,
)


def role_marker(text: str, lo: int, at: int) -> str | None:
    """The nearest role-marking word before position `at` (within ~6 words): 'agent',
    'patient', 'aside' (a patron: "backed by X") or None. "facilities used by X" marks a
    target, not the attacker."""
    left = text[max(lo, at - 90) : at]
    last = None
    for m in _MARKERS.finditer(left):
        last = m
    if last is None:
        return None
    between = left[last.end() :]
    if _APPOSITION.fullmatch(between):
        return "agent" if last.group("agent") else "patient"  # "at M/V Star Nasia, a ... carrier"
    if len(between.split()) > 5 or re.search(
        r"[,;]\s|\b(?:and|which|who|that|when|while|where|because)\b", between
    ):
        return None
    if last.group("aside"):
        return "aside"
    return "agent" if last.group("agent") else "patient"


# "at M/V Star Nasia, a ... carrier" names the target twice; "On Tuesday, the Houthis" is a
# day before the subject, not an apposition
_APPOSITION = re.compile(
    r"\s*(?:the\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|"
    r"February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|"
    r"Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b)"
    r"(?:[A-Z][\w/.'’-]*\s*){1,4},\s+(?:an?|the)\s+[^;]{0,70}"
)


_VICTIMS = re.compile(
    r"\b(?:were|was|been)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|hurt|destroyed|damaged|martyred|slain)\b",
    re.I,
)


_HARM_LINK = re.compile(
    r"^\W*(?:\w+\W+){0,5}?(?:when|as|in|during|by|after|from)\b(?:\W+\w+){0,9}\W*$", re.I
)


_ANSWERED_WITH = re.compile(
    r"\s+(?:(?:was|were|is|are|has|have|had)\s+)?(?:\w+ly\s+)?(?:respond(?:ed|ing|s)?|"
    r"retaliat(?:ed|ing|es)|hit(?:ting)?\s+back|answer(?:ed|ing|s)?)\s+with\s+(?:[\w-]+\s+){0,2}",
    re.I,
)
_LIGHT_VERB = re.compile(
    r"\b(?:conducted|carried\s+out|launched|staged|mounted|began|begun|made|fired|ordered|"
    r"executed|conducts|launches|carries\s+out|claimed|announced|took|takes|waged)\b",
    re.I,
)


def _subject_of(text: str, actor: ActorMatch, trig: Trigger) -> bool:
    """Left of a trigger, an actor is its perpetrator when it is the subject of the trigger
    verb or of a light verb ("U.S. forces conducted strikes"), or modifies the noun ("Kataib
    Hezbollah's drone attack"); not when other clauses stand between ("18 people, including
    civilians, were wounded, and called the strikes ...")."""
    between = text[actor.span.end : trig.span.start]
    if trig.kind == "verb":
        return len(between.split()) <= 8 or bool(_LIGHT_VERB.search(between))
    possessive = re.match(r"[’']s?\s", between) is not None and len(between.split()) <= 7
    return len(between.split()) <= 3 or possessive or bool(_LIGHT_VERB.search(between))


_HARMS_RIGHT = re.compile(
    r"\b(?:killed|killing|wounded|wounding|injured|injuring)\s+(?:at\s+least\s+|some\s+|about\s+)?"
    r"(?:[\w-]+\s+){0,3}(?:(?:fighters?|members?|soldiers?|troops|personnel)\s+of\s+(?:the\s+)?"
    r"(?:[\w.-]+\s+){0,2})?$",
    re.I,
)


# "killed Hezbollah commander Taleb Abdullah in an airstrike": the group of the one killed
_KILLED_ONE_OF = re.compile(
    r"\b(?:killed|killing|kills|martyred|assassinated|assassinating|targeted|targeting|"
    r"eliminated)\s+"
    r"(?:(?:a|the|senior|top|prominent)\s+)*$",
    re.I,
)
_ONE_OF_THEM = re.compile(
    r"(?:[’']s)?\s+(?:(?:senior|top|field|military|political|deputy|local|former)\s+)*"
    r"(?:commander|leader|chief|official|operative|member|figure|adviser|advisor|head|"
    r"spokesman|fighter)s?\b",
    re.I,
)
_ACTIVE_HARM = re.compile(
    # an active verb with an object ("killed two gunmen in a raid"), not a reduced passive
    # ("troops wounded in Sunday's strike")
    r"\s+(?:\w+ly\s+)?(?:killed|wounded|injured|destroyed|hit|struck)\s+"
    r"(?!in\b|during\b|by\b|when\b|as\b|at\b|on\b|after\b)\w",
    re.I,
)


_BESIDE = re.compile(
    r"\b(?:close\s+to|near(?:\s+to)?|next\s+to|adjacent\s+to|not\s+far\s+from|beside|"
    r"a\s+few\s+(?:hundred\s+)?(?:metres|meters|yards)\s+from)\s+(?:the\s+|an?\s+)?(?:[\w.-]+\s+)?$",
    re.I,
)


def assign_roles(
    text: str, trig: Trigger, win: Window, actors: Sequence[ActorMatch]
) -> tuple[ActorMatch | None, ActorMatch | None]:
    """(perpetrator, target) for the trigger within its window."""
    agent: ActorMatch | None = None
    patient: ActorMatch | None = None
    # "Three U.S. soldiers were killed when a drone struck ...": the people harmed before
    # the trigger are its victims, never its perpetrators
    harmed = [
        m.start()
        for m in _VICTIMS.finditer(text, win.left.start, trig.span.start)
        # "... were killed when a drone struck", "wounded in an attack": harmed by this event;
        # not "... were wounded, and called the strikes a hostile act"
        if _HARM_LINK.search(text[m.end() : trig.span.start])
    ]
    if harmed:
        victims = [a for a in actors if win.left.start <= a.span.start and a.span.end <= harmed[-1]]
        if victims:
            patient = victims[-1]
        actors = [a for a in actors if a not in victims]
    # "called on the International Coalition and Russia to act": addressees, no side
    actors = [
        a for a in actors if not _ADDRESSEE.search(text, max(0, a.span.start - 60), a.span.start)
    ]
    left = [a for a in actors if win.left.start <= a.span.start and a.span.end <= win.left.end]
    right = [a for a in actors if win.right.start <= a.span.start and a.span.end <= win.right.end]
    by_agent: ActorMatch | None = None
    for a in right:
        beside = _BESIDE.search(text, trig.span.end, a.span.start)
        if beside and text[trig.span.end : beside.start()].split():
            # "struck a building close to a US embassy office": the object was hit, the
            # embassy is a landmark (but "rockets landed near the embassy" aimed at it)
            continue
        marker = role_marker(text, win.right.start, a.span.start)
        if marker == "agent":
            by_agent = by_agent or a
        elif (patient is None and (marker == "patient" or trig.family == "weak")) or (
            patient is None
            and marker is None
            and trig.kind == "verb"
            and not trig.passive
            and len(text[trig.span.end : a.span.start].split()) <= 6
        ):
            patient = a
    for a in reversed(left):
        between = text[a.span.end : trig.span.start]
        if trig.kind == "noun" and agent is None and _ANSWERED_WITH.fullmatch(between):
            agent = a  # "the IDF was responding with artillery fire"
            continue
        if _LEFT_BLOCK.search(_APPROXIMATELY.sub(" ", _PARENTHETICAL.sub(" ", between))):
            continue
        if trig.kind == "noun" and _IN_PP.search(between) and not AMOUNT_OF.search(between):
            if patient is None and _VICTIMS.search(between):
                patient = a  # "two members of X were wounded in an attack"
            elif (
                patient is None
                and _KILLED_ONE_OF.search(
                    text, max(win.left.start, a.span.start - 25), a.span.start
                )
                and _ONE_OF_THEM.match(between)
            ):
                patient = a  # "the IDF killed Hezbollah commander X in an airstrike"
            elif agent is None and a.kind != "civilian" and _ACTIVE_HARM.match(between):
                agent = a  # "Israeli forces killed two gunmen in a raid": one event, theirs
            continue
        if (
            agent is None
            and trig.kind == "verb"
            and not trig.passive
            and _FIGHTERS_OF.search(text, max(0, a.span.start - 60), a.span.start)
            and len(between.split()) <= 6
            and "," not in between
        ):
            agent = a  # "the fighters of the Islamic Resistance on Wednesday targeted ..."
            continue
        marker = role_marker(text, win.left.start, a.span.start)
        if marker == "aside":
            continue  # "gunmen backed by the government attacked": the patron
        if marker == "patient":
            if patient is None and trig.kind == "noun":
                patient = a
            continue
        if marker == "agent":
            agent = agent or a
            continue
        if trig.passive:
            patient = patient or a
        elif (
            agent is None
            and a.kind != "civilian"
            # "the Dahiyeh, a Hezbollah stronghold, was hit": a place's description
            and not _NAMES_A_PLACE.match(text, a.span.end)
            and _subject_of(text, a, trig)
        ):
            agent = a
    if agent is None:
        agent = _joined_by(text, left)
    if agent is not None and agent in left:
        agent = _first_conjunct(text, left, agent)
    # "... killing six fighters of the SDF": the people killed or wounded are the target,
    # before a base's garrison or a facility's owner named earlier in the window
    for a in right:
        if a.kind == "civilian" and patient is not None:
            continue
        if _HARMS_RIGHT.search(text[max(win.right.start, a.span.start - 60) : a.span.start]):
            patient = a
            break
    # "was hit by X", "an attack by X": the by-phrase names the perpetrator; an active
    # verb's subject comes first ("U.S. forces struck missiles ... launched by X")
    if by_agent is not None and (agent is None or trig.passive or trig.kind == "noun"):
        agent = by_agent
    if agent is not None and patient is not None and agent.canonical == patient.canonical:
        patient = None
    return agent, patient


_JOINED = re.compile(r"\b(?:joined|joining|backed|supported|alongside)\s+(?:the\s+)?$", re.I)


def _joined_by(text: str, left: Sequence[ActorMatch]) -> ActorMatch | None:
    """'RAF aircraft joined U.S. forces in a round of strikes': the subject who joined leads,
    else the force joined."""
    for k, a in enumerate(left):
        if a.kind in STATE_KINDS and _JOINED.search(text, max(0, a.span.start - 14), a.span.start):
            before = [b for b in left[:k] if b.kind in STATE_KINDS]
            return before[0] if before else a
    return None


_CONJUNCTION = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)")


def _first_conjunct(text: str, left: Sequence[ActorMatch], agent: ActorMatch) -> ActorMatch:
    """The first-named of coordinated perpetrators ("U.S. and British forces struck") is
    actor1, as ACLED codes joint operations (the others are associated actors)."""
    i = left.index(agent)
    while i > 0:
        prev = left[i - 1]
        if prev.kind == "civilian" or not _CONJUNCTION.fullmatch(
            text[prev.span.end : left[i].span.start]
        ):
            break
        i -= 1
    first = left[i]
    named = COORDINATED_BEFORE.search(text, max(0, first.span.start - 30), first.span.start)
    info = country_info(named.group(1)) if named and first.kind == "state_force" else None
    if named is None or info is None or info[0] == first.country:
        return first
    # "US and British jets": "British jets" is a name, "US" only a word; the first leads
    span = Span(named.start(1), named.end(1))
    lead = state_force_match(info[0], span, named.group(1), (first.canonical,))
    return lead or first


# "U.S. and British forces", "the US and Britain": the state named first, before "and"
COORDINATED_BEFORE = re.compile(r"\b([A-Z][\w.]*)\s+and\s+(?:the\s+)?$")


def choose_place(
    text: str,
    trig: Trigger,
    win: Window,
    places: Sequence[PlaceMatch],
    sentence: Span,
    others: Sequence[Window] = (),
    subjects: Sequence[ActorMatch] = (),
) -> list[PlaceMatch]:
    """The most precise places in the window; several countries when the text names
    several and nothing more precise ("strikes in Iraq and Syria")."""
    right = [p for p in places if win.right.start <= p.span.start < win.right.end]
    left = [p for p in places if win.left.start <= p.span.start < win.left.end]
    if trig.kind == "verb" and not trig.passive:
        # "... a post near Markaba, and IDF artillery struck ...": a place before the
        # subject of an active verb belongs to the clause before
        barrier = max(
            (a.span.end for a in subjects if win.left.start <= a.span.start < trig.span.start),
            default=win.left.start,
        )
        left = [p for p in left if p.span.start >= barrier]

    # the event's place follows an active trigger ("struck X in Y"); the subject of a
    # passive is its target ("X was hit"); words before an active trigger may belong to a
    # previous clause ("attacks on forces in Iraq and Syria, U.S. forces conducted strikes")
    # "In Nabatieh, a strike ... according to Lebanon's news agency": an owner, an origin
    # or a place the event did not touch leaves the place told on the other side
    def here(p: PlaceMatch) -> bool:
        return not (
            _negated(text, win.whole.start, p.span.start)
            or not_a_location(text, p)
            or is_origin(text, p)
            or _filed_from(text, p)
        )

    right, left = [p for p in right if here(p)], [p for p in left if here(p)]
    inside = (left + right) if trig.passive else (right or left)
    # a cause named after "in response to" lies where its own words place it, not where
    # the response does
    cue = RELATION_CUE.match(text, win.left.start)
    cause = cue is not None and (
        cue.group(0).split()[-1].lower() not in ("after", "following")
        or any(o.whole.end <= win.left.start for o in others)
    )  # "the ship sank in the Red Sea after an attack": no event told before "after"
    if not inside and not trig.definite and not cause:
        inside = [
            p
            for p in places
            if sentence.start <= p.span.start < sentence.end
            and not any(o.whole.start <= p.span.start < o.whole.end for o in others)
            and here(p)
        ]
    if not inside:
        return []
    # "Damascus's Mezzeh": the owner gives way to the place it owns
    inside = [
        p
        for p in inside
        if not (
            re.match(r"[’']s\s", text[p.span.end : p.span.end + 3])
            and any(0 < q.span.start - p.span.end <= 4 for q in inside)
        )
    ]
    # "al-Salif, a port town north of Hodeidah": Hodeidah only locates al-Salif; it is the
    # place only when nothing else is named ("the Shraga base north of Nahariya")
    free = [p for p in inside if not _LOCATOR.search(text, max(0, p.span.start - 30), p.span.start)]
    if free and min(_rank_of(p) for p in free) <= min(_rank_of(p) for p in inside):
        inside = free
    best_rank = min(PLACE_RANK.get(p.kind, 9) for p in inside)
    best = [p for p in inside if PLACE_RANK.get(p.kind, 9) == best_rank]
    if best_rank >= PLACE_RANK["country"]:
        seen: dict[str, PlaceMatch] = {}
        for p in best:
            seen.setdefault(p.country, p)
        return list(seen.values())
    # prefer the place in the target position, then the one nearest the trigger
    nearest = min(best, key=lambda p: abs(p.span.start - trig.span.start))
    listed = coordinated(text, [p for p in inside if PLACE_RANK.get(p.kind, 9) <= 1], nearest)
    areas = coordinated(
        text, [p for p in inside if PLACE_RANK.get(p.kind, 9) <= PLACE_RANK["admin1"]], nearest
    )
    if len(areas) > len(listed) and (
        _PLURAL_AREA.match(text, areas[-1].span.end)
        or all(_named_as_area(text, p) for p in areas if p not in listed)
    ):
        # "sites in Tehran, Khuzestan and Ilam provinces", "Sanaa and the province of
        # al-Jawf": every province listed is a place of its own, the ones that share a
        # city's name too
        listed = areas
    return listed if len(listed) > 1 else [nearest]


_PLURAL_AREA = re.compile(r"\s+(?:provinces|governorates|regions|districts)\b", re.I)
# "the northern province of", "governorate of": a province told as one
_PROVINCE_OF = r"(?:the\s+)?(?:[\w-]+\s+)?(?:province|governorate)\s+of\s+"
_AREA_OF = re.compile(r"\b" + _PROVINCE_OF + "$", re.I)
_AND_BEFORE = re.compile(
    r"\band\s+(?:in\s+)?(?:" + _PROVINCE_OF + r"|(?:the\s+)?(?:[\w-]+\s+)?)$", re.I
)


def _named_as_area(text: str, p: PlaceMatch) -> bool:
    """'... and Saada province', '... and the northern province of al-Jawf': a province
    listed as one ('Rask town, Sistan and Baluchestan province' only locates the town)."""
    return (
        p.kind == "admin1"
        and bool(_AND_BEFORE.search(text, max(0, p.span.start - 40), p.span.start))
        and bool(
            _AREA_WORD.match(text, p.span.end)
            or _AREA_WORD.search(text, p.span.start, p.span.end)
            or _AREA_OF.search(text, max(0, p.span.start - 40), p.span.start)
        )
    )


def _rank_of(p: PlaceMatch) -> int:
    return PLACE_RANK.get(p.kind, 9)


# "north", "southeastern", ...: a direction a place is told from
_DIRECTION = r"(?:north|south|east|west)(?:east|west)?(?:ern)?"
_LOCATOR = re.compile(r"\b" + _DIRECTION + r"\s+of\s+(?:the\s+)?$", re.I)
_LOCATES = re.compile(
    r"\s+(?:(?:base|camp|post|site|barracks|airbase|airport)\s+)?(?:near|outside|(?:north|south|east|"
    r"west)(?:east|west)?\s+of)\s+(?:the\s+(?:city|town|village)\s+of\s+)?",
    re.I,
)
_AREA_WORD = re.compile(
    r"\s+(?:district|province|governorate|region|qada|caza|county|municipality)\b", re.I
)
_COORDINATION = re.compile(r"(?:,|\band\b|\bor\b)", re.I)
# "the Hezyaz power station near the capital, as well as at the ports of Hodeidah"
_AS_WELL_AS = re.compile(
    r"(?:\s+(?:near|outside|in)\s+the\s+(?:capital|city|port|coast|border))?\s*,?\s+as\s+well\s+as\s+"
    r"(?:(?:at|in|on|near)\s+)?(?:the\s+)?(?:(?:ports?|towns?|city|cities|villages?|areas?|"
    r"provinces?|governorates?|districts?)\s+(?:of\s+)?)?",
    re.I,
)
# "Sanaa and the northern province of al-Jawf", "Sanaa, Yemen's capital, and in the
# province of Hajjah"
_AND_THE_AREA_OF = re.compile(
    r"(?:,\s+[^,;.()]{1,30},)?\s*,?\s+and\s+(?:in\s+)?" + _PROVINCE_OF, re.I
)


def coordinated(text: str, places: Sequence[PlaceMatch], anchor: PlaceMatch) -> list[PlaceMatch]:
    """'near Abu Kamal and near Mayadin', 'al-Shaddadi and al-Tanf in Syria, and al-Rukban':
    the sites or towns listed together with `anchor`, each a place of its own event."""
    ordered = sorted(places, key=lambda p: p.span.start)
    # "the Ein Zeitim base near Safed": a place that only locates the one before is no item
    ordered = [
        p
        for k, p in enumerate(ordered)
        if k == 0
        or p is anchor
        or not (
            _LOCATES.fullmatch(text, ordered[k - 1].span.end, p.span.start)
            # "in Jouaiya, Tyre District": the district holding the place before
            or (
                re.fullmatch(r",\s*", text[ordered[k - 1].span.end : p.span.start])
                and _AREA_WORD.match(text, p.span.end)
            )
        )
    ]
    if anchor not in ordered:
        return [anchor]
    i = ordered.index(anchor)
    lo = hi = i
    while lo > 0 and _joined(text, ordered[lo - 1], ordered[lo]):
        lo -= 1
    while hi + 1 < len(ordered) and _joined(text, ordered[hi], ordered[hi + 1]):
        hi += 1
    group: list[PlaceMatch] = []
    for p in ordered[lo : hi + 1]:
        if all(not _same_place(p, q) for q in group):
            group.append(p)
    return group


# "a compound in the area of Aitaroun and an observation post in the area of Markaba"
_EACH_ITS_PLACE = re.compile(
    # "... at Jurf al-Sakhar in Babil province and a location near al-Qaim"
    # "... the Ein Zeitim base near Safed, and IDF positions in Kiryat Shmona"
    r"(?:\s+(?:base|camp|post|site|barracks|position)s?)?"
    r"(?:\s+(?:in|near)\s+(?:[A-Z][\w'’-]*\s*){1,3}(?:province|governorate|district|region)?)?"
    r"\s*,?\s+and\s+(?:(?:an?|the|two|three|\d+)\s+)?(?:[\w-]+\s+){0,4}?(?:in|near|at|outside)\s+"
    r"(?:the\s+(?:area|vicinity|outskirts|town|village|city)\s+of\s+)?",
    re.I,
)


_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# "captured Aleppo on 30 November, Hama on 5 December and Homs on Saturday": each its day
_DATED_ITEM = re.compile(
    r"\s+on\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2}|"
    + _WEEKDAY
    + r")\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
)


def _joined(text: str, a: PlaceMatch, b: PlaceMatch) -> bool:
    between = text[a.span.end : b.span.start]
    if (
        _EACH_ITS_PLACE.fullmatch(between)
        or _DATED_ITEM.fullmatch(between)
        or _AND_THE_AREA_OF.fullmatch(between)
        or _AS_WELL_AS.fullmatch(between)
    ):
        return True
    words = between.split()
    if len(words) > 6 or not _COORDINATION.search(between):
        return False
    if re.search(r"[;.:()]|\b(?:of|from|to|between|before|after|west|east|north|south)\b", between):
        return False
    # "al-Tanf, in Syria's Homs desert" describes; "at X and at Y", "X, Y and Z" list
    locative = re.search(r"\b(?:in|near|at|outside|inside|on)\b", between, re.I)
    return not locative or bool(re.search(r"\b(?:and|or)\b", between, re.I))


def _same_place(a: PlaceMatch, b: PlaceMatch) -> bool:
    if a.name == b.name:
        return True
    if a.kind == b.kind == "town":
        return False  # "Houla and Markaba": villages 2 km apart are two places
    if a.latitude is None or a.longitude is None or b.latitude is None or b.longitude is None:
        return False
    return abs(a.latitude - b.latitude) + abs(a.longitude - b.longitude) < 0.05


def _negated(text: str, lo: int, at: int) -> bool:
    """'did not target any locations inside Iran': a place the event did not touch."""
    left = text[max(lo, at - 60) : at]
    return bool(re.search(r"\b(?:not|no|never|without|nor)\b(?:\s+[\w’'-]+){0,6}\s+$", left, re.I))


# "London and Washington had made clear", "Tehran said": a capital standing for its government
_BLAMED_SIDE = re.compile(
    r"\b(?:blam(?:e|es|ed|ing)\s+(?:it\s+|them\s+)?on|attributed\s+to)\s+(?:the\s+)?$", re.I
)
_SPEAKS = re.compile(
    r"(?:\s+and\s+[A-Z][\w-]+)?\s+(?:has\s+|have\s+|had\s+)?"
    # "Washington later said", "the U.S. initially denied"
    r"(?:(?:later|also|then|earlier|previously|again|itself|officially|publicly|initially|"
    r"separately|first|quickly|swiftly)\s+)?(?:said|says|warned|made\s+clear|"
    r"announced|condemned|denied|insisted|accused|urged|vowed|threatened|rejected|demanded|"
    r"responded|blamed|blames|called\s+for|described|characteri[sz]ed|acknowledged|confirmed|"
    # "how Washington is managing the campaign", "what Tehran wants": a government's mind
    r"(?:is|was)\s+(?:managing|handling|weighing|seeking|trying|hoping|signalling|signaling)|"
    # "Wednesday's strike shows Washington is not taking that pledge at face value"
    r"(?:is|was|has\s+been)\s+(?:not\s+|also\s+|now\s+|still\s+)?(?:taking|looking|pressing|"
    r"pushing|preparing|planning|considering|sending|working|waiting|betting|counting|leaning|"
    r"determined|committed|prepared|unwilling|willing|reluctant|keen|eager|wary|worried|"
    r"concerned|unlikely|likely|ready)|"
    r"wants|wanted|hopes|hoped|believes|believed|fears|feared|considers|considered|"
    # "as Britain and America stepped up their campaign": states acting, not places
    r"stepped\s+up|ramped\s+up|intensified|escalated|expanded|launched|carried\s+out)\b"
)
# "to denounce the war in Gaza", "in solidarity with Gaza", "Jordan's peace treaty with
# Israel": what the event is about
_TOPIC = re.compile(
    r"\b(?:(?:war|conflict|genocide|siege)\s+(?:in|on|against)|solidarity\s+with|"
    # "chanting slogans against the United States", "rallied against Israel": whom, not where
    r"(?:slogans|chant(?:s|ed|ing)?|anger|protest(?:s|ed|ing)?|rall(?:y|ies|ied)|march(?:ed|es)?|"
    r"demonstrat(?:ed|ions?))\s+(?:against|denouncing|condemning)|"
    r"in\s+support\s+of|(?:treaty|relations|ties|agreement|deal|talks|normali[sz]ation)\s+with)"
    r"\s+(?:the\s+)?(?:people\s+of\s+)?$",
    re.I,
)
# "Jerusalem Boulevard in Jaffa", "Haifa Street": a street named after a city
_STREET = re.compile(
    r"\s+(?:Boulevard|Blvd|Street|St\.|Road|Avenue|Ave\.|Square|Highway|Motorway|Bridge)\b"
)


# "Dubai - U.S. airstrikes ...", "BEIRUT (AA) - ...", "SANAA, April 18 (Reuters) - ...": where
# the report was filed (which still tells its country), not where anything happened
_AFTER_DATELINE_PLACE = re.compile(
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?,?\s*(?:\([^)\n]{1,30}\))?\s*[-–—]\s"
)


def _filed_from(text: str, place: PlaceMatch) -> bool:
    line_start = text.rfind("\n", 0, place.span.start) + 1
    return not text[line_start : place.span.start].strip() and bool(
        _AFTER_DATELINE_PLACE.match(text, place.span.end)
    )


# the states that helped: "with support from Australia, Bahrain and Canada"
_SUPPORTERS = re.compile(
    r"\b(?:support\s+from|supported\s+by|backing\s+from|help\s+(?:of|from)|assistance\s+from|"
    r"participation\s+(?:of|from)|contributions?\s+from|alongside|together\s+with|joined\s+by)"
    r"\s+(?:the\s+)?(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?,?\s+(?:and\s+)?(?:the\s+)?){0,6}$"
)


def supporter(text: str, p: PlaceMatch) -> bool:
    """'with support from Australia, Bahrain, Canada and the Netherlands': states that helped,
    neither a place of the event nor its side."""
    return p.kind == "country" and bool(
        _SUPPORTERS.search(text, max(0, p.span.start - 90), p.span.start)
    )


# an institution named after its country: "UK Maritime Trade Operations", "Iran International"
_INSTITUTION = re.compile(
    r"(?:\s+[A-Z][a-z]+){0,3}\s+(?:Operations|Command|Agency|Ministry|Embassy|Office|Department|"
    r"Authority|Commission|Centre|Center|Organi[sz]ation|Institute|Observatory|Network|"
    r"International|Television|Radio|News)\b"
)
_MODEL_BEFORE = re.compile(r"\b[A-Z]{1,3}-?\d+[A-Z]?\s*$")
_OPEN_QUOTES = frozenset({'"', "“", "'", "‘"})
_CLOSE_QUOTES = frozenset({'"', "”", "'", "’"})


def not_a_location(text: str, p: PlaceMatch) -> bool:
    """A possessive ("Iran's Revolutionary Guard"), a flag or an owner ("a Belize-flagged
    bulk carrier", "British-owned"), part of a ship's or a street's name ("the tanker Marlin
    Luanda", "Jerusalem Boulevard"), a capital speaking ("what Washington described as") or
    the subject of a protest ("to denounce the war in Gaza") names no place where the event
    happened."""
    if re.match(r"[’']s\b", text[p.span.end : p.span.end + 3]):
        # "Iran's Revolutionary Guard" owns; "Nabatieh's al-Bayad neighbourhood" locates
        return not _PART_OF_PLACE.match(text, p.span.end + 2)
    if re.match(
        r"-(?:flagged|registered|owned|operated|managed|linked|bound|affiliated|backed|aligned|"
        r"allied|sponsored|supported|funded|based|headquartered|area)\b",
        text[p.span.end : p.span.end + 16],
        re.I,
    ):
        return True
    if _SPEAKS.match(text, p.span.end) or _STREET.match(text, p.span.end):
        return True
    if p.kind == "country" and _INSTITUTION.match(text, p.span.end):
        return True  # "UK Maritime Trade Operations said": a name, not where anything happened
    if p.kind == "country" and _BORDER_WITH.search(text, max(0, p.span.start - 30), p.span.start):
        return True  # "on the Kingdom's northern border with Syria": the neighbour's side is not it
    if supporter(text, p):
        return True
    if (
        text[p.span.start - 1 : p.span.start] in _OPEN_QUOTES
        and text[p.span.end : p.span.end + 1] in _CLOSE_QUOTES
        and _MODEL_BEFORE.search(text, max(0, p.span.start - 12), p.span.start - 1)
    ):
        return True  # F-35I "Adir" fighters: an aircraft's name, not a place
    if p.kind == "sea" and _COASTAL.match(text, p.span.end):
        return True  # "a Red Sea fuel port", "the Red Sea city of Hodeidah": on land
    if (
        _WAR_OF.match(text, p.span.end)
        or _NAMED_WAR.match(text, p.span.end)
        or (_WAR_AFTER.match(text, p.span.end) and text[p.span.start - 1 : p.span.start] == "-")
    ):
        return True
    before = text[max(0, p.span.start - 40) : p.span.start]
    if _TOPIC.search(before) or _ADDRESSEE.search(text, max(0, p.span.start - 60), p.span.start):
        return True
    if p.kind == "country" and _BLAMED_SIDE.search(before):
        return True  # "an attack Iran blames on Israel": the side blamed, not the place
    # a ship's name is capitalised ("the tanker Marlin Luanda"), a distance is not ("a ship
    # 60 nautical miles southwest of Hodeidah")
    return p.surface[:1].isupper() and bool(
        re.search(
            r"(?:\b(?:tanker|vessel|ship|freighter|carrier|destroyer|frigate|USS|HMS|MV|MT)|"
            r"\bM/[VT])\s+"
            r"(?:[A-Z][\w-]*\s+)*$",
            before,
        )
    )


_BORDER_WITH = re.compile(r"\b(?:border|borders|frontier)\s+with\s+(?:the\s+)?$", re.I)
_COASTAL = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:port|ports|city|town|coast|coastline|island|province|governorate|"
    r"terminal|harbou?r|resort|village|airport|base)\b",
    re.I,
)
# "the Israel-Hamas war", "the Iran-Iraq war", "the Hamas-Israel truce": a name of a conflict
_CONFLICT = r"(?:war|conflict|ceasefire|truce|talks|hostilities|fighting|tensions|front|crisis)\b"
_WAR_OF = re.compile(r"-[A-Z][\w'’]*\s+" + _CONFLICT)
_WAR_AFTER = re.compile(r"\s+" + _CONFLICT)
# "since the Gaza war began": a war's name
_NAMED_WAR = re.compile(r"\s+(?:war|conflict)\b")

_PART_OF_PLACE = re.compile(
    r"\s+(?:(?:al-|el-)?[A-Z][\w'’-]*\s+){0,2}(?:neighbou?rhoods?|district|suburbs?|outskirts|"
    r"quarter|old\s+city|refugee\s+camp|camp|port|airport|countryside|southern\s+suburbs|"
    r"northern\s+suburbs|city\s+cent(?:er|re)|downtown|industrial\s+zone)\b",
    re.I,
)


_ORIGIN = re.compile(
    # "the Shraga base north of Nahariya" is near Nahariya; "30 km north of X" is not
    r"\b(?:from|to|via|for|opposite|(?:km|kilometers|kilometres|miles)\s+(?:"
    + _DIRECTION
    + r"\s+)?"
    r"(?:from|of)|"
    # "sites in Babil province south of Baghdad": Baghdad only locates the province
    r"(?:province|governorate|region|district|countryside|desert)\s+" + _DIRECTION + r"\s+of)"
    r"\s+(?:the\s+)?"
    # "fired from the direction of the occupied Golan Heights"
    r"(?:(?:direction|area|airspace|skies|territory|waters)\s+(?:of|over)\s+(?:the\s+)?)?"
    # "fired from southern Syria", "from the direction of the occupied Syrian Golan"
    r"(?:occupied\s+)?(?:" + _DIRECTION + r"\s+)?(?-i:[A-Z][a-z]+\s+)?$",
    re.I,
)


def is_origin(text: str, p: PlaceMatch) -> bool:
    """'fired from X', 'en route from X to Y', '64 km north of X', 'a province south of
    X': reference points and routes, not where the event happened."""
    return _ORIGIN.search(text[max(0, p.span.start - 50) : p.span.start]) is not None


def _opening_day_past_cause(
    text: str, trig: Trigger, points: Sequence[DateMention], sentence: Span
) -> list[DateMention]:
    """'On Monday, in response to the attack on X, the IDF bombed ...': the day that opens the
    sentence before a cue clause set off by commas is the main verb's too (the cause named
    in the clause, told with no day of its own, keeps it as well: it came shortly before)."""
    opening = [d for d in points if sentence.start <= d.span.start < sentence.start + 25]
    if not opening:
        return []
    between = text[opening[0].span.end : trig.span.start]
    if _CUE_CLAUSE.fullmatch(between):
        return opening[:1]
    return []


_CUE_CLAUSE = re.compile(
    r"\s*,\s*(?:in\s+(?:its|their|an?)\s+(?:\w+\s+)?(?:response|retaliation|reprisal)|"
    r"in\s+(?:response|retaliation|reprisal)|to\s+avenge|responding)\b[^;]{0,140}?,\s*"
    r"(?:[^,;]{0,60}?)$",
    re.I,
)


def choose_date(
    text: str,
    trig: Trigger,
    win: Window,
    dates: Sequence[DateMention],
    sentence: Span,
    others: Sequence[Window] = (),
) -> DateMention | None:
    points = [d for d in dates if d.kind == "point"]
    inside = [d for d in points if win.whole.start <= d.span.start < win.whole.end]
    if not inside:
        inside = _opening_day_past_cause(text, trig, points, sentence)
    if not inside:
        inside = [
            d
            for d in points
            if sentence.start <= d.span.start < sentence.end
            and not any(o.whole.start <= d.span.start < o.whole.end for o in others)
            and not any(_gap(o.left.end, d.span) < _gap(trig.span.start, d.span) for o in others)
        ]
    # "the deepest strike since the fighting began in October": the day of another thing
    inside = [
        d
        for d in inside
        if not (d.span.start > trig.span.end and _SINCE.search(text, trig.span.end, d.span.start))
        # "its largest operation since it opened the support front on October 8, firing ...":
        # the day the since-clause names is no day of the trigger outside it
        and not (
            (d.span.end <= trig.span.start or d.span.start >= trig.span.end)
            and _IN_SINCE_CLAUSE.search(text, max(sentence.start, d.span.start - 80), d.span.start)
            and not _IN_SINCE_CLAUSE.search(
                text, max(sentence.start, trig.span.start - 80), trig.span.start
            )
        )
        # "the rocket strike on Majdal Shams on Saturday, and the strike in Beirut came in
        # response": the day of the clause before, told after that clause's own event
        and not (
            d.span.end <= trig.span.start
            and any(o.left.end < d.span.start for o in others)
            and _AND_CLAUSE.search(text, d.span.end, trig.span.start)
        )
    ]
    if trig.definite:
        # "the government on Wednesday condemned the strike": that day is the statement's
        inside = [d for d in inside if not _STATEMENT_DAY.search(_around(text, d, trig))]
    # "the ministry said Friday that ... airstrikes ... on Thursday": Friday is when it spoke
    said = [
        d
        for d in inside
        if _SAID_ON.search(text, max(0, d.span.start - 20), d.span.start)
        or (d.span.end <= trig.span.start and _ON_DAY_SAID.match(text, d.span.end))
        or _STATEMENT_ON.search(text, max(0, d.span.start - 40), d.span.start)
    ]
    own = [d for d in inside if d not in said]
    earlier = _DAYS_EARLIER.search(text, trig.span.end, sentence.end)
    if said and earlier and not own:
        # "X said on Thursday they had pushed back fighters who attacked ... a day earlier"
        n = earlier.group("n")
        days = 1 if n is None else (int(n) if n.isdigit() else parse_words(n.lower()) or 1)
        spoke = said[0]
        return replace(spoke, date=spoke.date - dt.timedelta(days=days), precision="day")
    if own or trig.definite:
        # "the attack on the consulate", named in a statement issued on Sunday: an event
        # the report refers to did not happen on the day it was told
        inside = own
    else:
        inside = [
            d
            for d in said
            # "a drone struck the base ..., officials said Monday": the day it was told,
            # not the day it happened, when the attribution trails the event
            if not (
                d.span.start > trig.span.end
                and _TRAILING_SAID.search(text, trig.span.end, d.span.start)
            )
            # "media on Thursday said the building had been struck": told as done before then
            and not (
                d.span.end <= trig.span.start
                and _PAST_PERFECT.search(text, d.span.end, trig.span.start)
            )
        ]
    if not inside:
        return None
    calendar = [
        d
        for d in inside
        if d.precision == "day" and not _BARE_WEEKDAY.fullmatch(text, d.span.start, d.span.end)
    ]
    if calendar and len(calendar) < len(inside):
        # "On June 22, a suicide bomber blew himself up ... during Sunday mass": the weekday
        # only describes the day the calendar date names
        inside = calendar
    return min(inside, key=lambda d: abs(d.span.start - trig.span.start))


_BARE_WEEKDAY = re.compile(_WEEKDAY, re.I)
_IN_SINCE_CLAUSE = re.compile(r"\bsince\s+(?:it|they|the|its|their|he|she)\b[^,;.]*$", re.I)
_AND_CLAUSE = re.compile(r"[,;]\s+(?:and|but|while|whereas)\s", re.I)
_SINCE = re.compile(r"\bsince\b", re.I)
_PAST_PERFECT = re.compile(r"\bhad\b", re.I)
_DAYS_EARLIER = re.compile(
    rf"\b(?:(?P<n>an?|{spelled(1, 6)}|\d)\s+days?\s+(?:earlier|before)|"
    r"the\s+(?:day\s+before|previous\s+day))\b",
    re.I,
)
# The verbs that put a day on a telling rather than on an event ("said on Tuesday")
SPEECH_VERBS = r"(?:said|says|told|announced|reported|stated|added|confirmed|acknowledged)"
_SAID = SPEECH_VERBS + r"\s+(?:on\s+)?$"
_SAID_ON = re.compile(r"\b" + _SAID, re.I)
# "in a statement issued early on Sunday, the IRGC said ... the attack on the consulate"
_STATEMENT_ON = re.compile(
    r"\b(?:statement|communiqu[eé]|announcement)\s+(?:was\s+)?(?:issued|released|published|"
    r"posted|carried)\s+(?:early\s+|late\s+)?(?:on\s+)?$",
    re.I,
)
# "a statement carried by state media on Thursday said the building had been struck"
_ON_DAY_SAID = re.compile(r"\s+" + SPEECH_VERBS + r"\b", re.I)
# "..., the group confirmed Saturday": an attribution after the event it tells
_TRAILING_SAID = re.compile(r",\s+(?:[\w.'’-]+\s+){1,4}" + _SAID)
_STATEMENT_DAY = re.compile(
    r"\b(?:said|says|condemned|denounced|described|accused|called|told|announced|claimed|"
    r"denied|warned|blamed|phone\s+call|interview|speech|statement|press\s+conference|"
    r"briefing)\b",
    re.I,
)


def _around(text: str, d: DateMention, trig: Trigger) -> str:
    """The words right after a date that comes before the trigger ("on Wednesday condemned
    the strike"), or right before one that comes after it ("the strike, he said on Monday")."""
    if d.span.end <= trig.span.start:
        return text[d.span.end : min(trig.span.start, d.span.end + 25)]
    return text[max(trig.span.end, d.span.start - 25) : d.span.start]


def _gap(at: int, span: Span) -> int:
    return min(abs(span.start - at), abs(span.end - at))


_STOCK_OF = re.compile(
    r"\b(?:(?:sites?|facilit(?:y|ies)|depots?|storage|warehouses?|stockpiles?|stores|"
    r"capabilit(?:y|ies)|launchers?|production|components|factor(?:y|ies)|workshops?)\s+"
    r"(?:for|of)|(?:to\s+)?(?:store|stores|stored|storing|stockpile|stockpiled|hide|hid|hiding|"
    r"produce|produced|producing|manufacture|manufactured|manufacturing))\s+"
    r"(?:the\s+)?(?:[\w-]+,?\s+){0,8}$",
    re.I,
)
_DEFENDER = re.compile(
    # "intercepted by the Iron Dome system", "shot down by F/A-18s from the carrier and by
    # U.S. and British destroyers": the defence's means, up to the end of its clause
    r"\b(?:intercept(?:ed|ing)|shot\s+down|downed|down|repelled|engaged)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:by|with|using)\s+(?:[^;,]{0,80}?\s+and\s+by\s+)?(?:the\s+|an?\s+|its\s+|their\s+)?"
    r"(?:[\w./-]+\s+){0,6}$",
    re.I,
)


_NEW_CLAUSE = re.compile(r",\s+(?:and|while|as)\s+(?:the\s+)?[A-Z]")


_ABOUT_TO_LAUNCH = re.compile(
    r"\b(?:preparing|planning|about|poised|ready|trying|attempting)\s+to\s+(?:launch|fire|use)\s+"
    r"(?:[\w-]+\s+){0,3}$",
    re.I,
)


def weapons_for(
    text: str, trig: Trigger, win: Window, weapons: Sequence[WeaponMatch]
) -> list[WeaponMatch]:
    """Weapons used in the event, not weapons that were its targets ("drone storage
    facilities", "hit targets including rockets")."""
    out = []
    for w in weapons:
        if not (win.whole.start <= w.span.start < win.whole.end):
            continue
        if trig.family == "intercept" and not trig.passive and w.span.start < trig.span.start:
            continue  # "the destroyer shot down drones": the defender's, not the attack's
        after = text[w.span.end : w.span.end + 60]
        before = text[max(win.whole.start, w.span.start - 40) : w.span.start]
        stock = re.match(
            r"^[\s,\w-]{0,45}?\b(?:storage|facilit|depot|warehouse|production|"
            r"launch\s+sites?|launchers?|stockpile)",
            after,
            re.I,
        )
        # "drone storage facilities" is a target; "F-15E aircraft struck a facility" is not
        if stock and not w.span.end <= trig.span.start < w.span.end + stock.end():
            continue
        if re.search(r"\b(?:including|such\s+as)\b[^.]{0,40}$", before, re.I):
            continue
        if _ABOUT_TO_LAUNCH.search(before):
            continue  # "struck militants preparing to launch drones": the targets' weapons
        if w.span.start > trig.span.end and _NEW_CLAUSE.search(text, trig.span.end, w.span.start):
            continue  # "jets struck X, and Israeli artillery shelled Y": the next clause's
        if w.span.end <= trig.span.start and _NEW_CLAUSE.search(text, w.span.end, trig.span.start):
            continue  # "X was struck by a drone, and Y was hit by a missile": the clause before's
        if _STOCK_OF.search(text[max(win.whole.start, w.span.start - 90) : w.span.start]):
            continue  # "storage and launch sites for one-way attack drones, cruise missiles"
        if _DEFENDER.search(text, max(win.whole.start, w.span.start - 140), w.span.start):
            continue  # "most were intercepted by the Iron Dome system": the defence's
        if (
            w.span.start > trig.span.end
            and trig.family in ("strike", "attack")
            # "attacked the port with drones": the instrument, not the target
            and not re.search(r"\b(?:with|using)\s+(?:[\w-]+\s+){0,2}$", before, re.I)
            and re.search(
                r"\b(?:against|targeting|targeted|destroy(?:ed|ing)?|hit|hitting|struck|striking|"
                r"strikes?|bombed|attacked)\b\s+(?!by\b)(?:[\w-]+\s+){0,4}$",
                before,
                re.I,
            )
        ):
            continue
        out.append(w)
    return out
