"""From triggers to the document's events: build one candidate per asserted trigger, then
merge the candidates that tell the same event ("the strikes", "the attack", a later
sentence with the same place and day) and link retaliations.

A candidate only keeps what its own window says; merging fills the gaps, so an event gets
its date from one sentence, its place from another and its toll from a third, as readers
do. Two candidates never merge when they contradict on direction (who attacked whom),
country, explicit date or place.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from watchfloor.extract import casualties, hedges, roles, triggers
from watchfloor.extract.triggers import Trigger
from watchfloor.models import CasualtyClaim, Span
from watchfloor.resolve.actors import ActorMatch, compatible
from watchfloor.resolve.dates import DateMention
from watchfloor.resolve.places import PlaceMatch, distance_km
from watchfloor.resolve.weapons import WeaponMatch

REMOTE_FAMILIES = frozenset({"attack", "strike", "explosion", "intercept", "weak", "clash", "harm"})
STATE_KINDS = frozenset({"state_force", "coalition", "government"})


@dataclass
class Candidate:
    """A mutable working record for one event while the document is read."""

    sentence: int
    trigger: Trigger
    evidence: Span
    family: str
    actor1: ActorMatch | None = None
    actor2: ActorMatch | None = None
    place: PlaceMatch | None = None
    date: DateMention | None = None
    weapons: list[WeaponMatch] = field(default_factory=list)
    trigger_sub: str | None = None
    claims: list[CasualtyClaim] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    outcome: set[str] = field(default_factory=set)
    aliases1: set[str] = field(default_factory=set)
    aliases2: set[str] = field(default_factory=set)
    country: str | None = None
    cause_of: list[int] = field(default_factory=list)  # sentence-local relation hints
    responds: bool = False  # "retaliatory", "in response to" with no event named
    members: list[int] = field(default_factory=list)
    merge_only: bool = False  # told only as the object of a statement ("condemned the strikes")
    places_here: list[PlaceMatch] = field(default_factory=list)  # every place the window names

    @property
    def anaphoric(self) -> bool:
        # "the strikes", "they hit", and agentless passives ("sites were hit") tell again
        t = self.trigger
        return t.definite or (t.passive and self.actor1 is None and self.date is None)

    @property
    def weak(self) -> bool:
        return self.family == "weak"


_OUTCOMES = (
    (re.compile(r"\bintercept(?:ed|ion)|\bshot\s+down\b|\bdowned\b", re.I), "intercepted"),
    (re.compile(r"\bimpact(?:ed)?\b|\bhit\s+the\s+base\b", re.I), "impacted"),
    (
        re.compile(r"\bno\s+(?:damage|casualties|injuries)\b", re.I),
        "no damage or casualties reported",
    ),
    (re.compile(r"\bdestroy(?:ed|ing)\b", re.I), "destroyed"),
    (re.compile(r"\bsecondary\s+explosions?\b", re.I), "secondary explosions"),
)


def build_candidates(
    text: str,
    sentences: Sequence[Span],
    actors: Sequence[ActorMatch],
    places: Sequence[PlaceMatch],
    weapons: Sequence[WeaponMatch],
    dates: Sequence[DateMention],
) -> tuple[list[Candidate], list[tuple[int, int]], list[str]]:
    """Candidates in reading order, relation pairs (response index, cause index), notes."""
    out: list[Candidate] = []
    relations: list[tuple[int, int]] = []
    notes: list[str] = []
    last_sentence_with_event = -9
    for si, sent in enumerate(sentences):
        if is_heading(text, sent):
            continue
        trigs = triggers.find_triggers(text, sent.start, sent.end)
        wins = roles.windows(text, sent, trigs)
        trigs, wins = _fuse(text, trigs, wins)
        sent_actors = [
            a
            for a in actors
            if sent.start <= a.span.start < sent.end
            and not roles.is_reporting_subject(text, a, sent)
        ]
        made: list[tuple[int, Candidate]] = []
        for trig, win in zip(trigs, wins, strict=True):
            problem = hedges.assertion_problem(text, Span(sent.start, sent.end), trig)
            if problem:
                notes.append(f"skipped '{trig.surface}' at {trig.span.start}: {problem}")
                continue
            cand = _candidate(
                text, si, sent, trig, win, sent_actors, places, weapons, dates, wins, actors
            )
            if hedges.is_generic_plural(text, sent, trig, has_date=cand.date is not None) and not (
                cand.actor1 and cand.actor2
            ):
                notes.append(f"skipped '{trig.surface}' at {trig.span.start}: generic plural")
                continue
            for c in _split_by_country(cand):
                made.append((len(out), c))
                out.append(c)
        if made:
            last_sentence_with_event = si
            _relations_in_sentence(text, sent, made, relations)
            chunk_claims = casualties.claims_in(text, _claims_span(text, sent, made))
            if chunk_claims:
                _attach_claims(made, chunk_claims)
        elif out and si - last_sentence_with_event <= 2:
            chunk_claims = casualties.claims_in(text, sent)
            if chunk_claims:
                out[-1].claims.extend(chunk_claims)
                out[-1].spans.append(sent)
            _outcome(text, sent, out[-1])
    return out, relations, notes


_DEFINITE_SUBJECT = re.compile(
    r"\b(?:the|these|those)\s+(?:[\w-]+\s+){0,3}(?:gunships?|drones?|aircraft|jets?|missiles?|"
    r"rockets?|bombers?|warplanes?|helicopters?|AC-130)\s+$",
    re.I,
)
_PRONOUN_SUBJECT = re.compile(
    r"(?:\b(?:they|it|he|she|we|some|one|the\s+other|others|the\s+rest|the\s+first|the\s+second)|"
    r"\bthe\s+(?:group|militia|faction|movement|organi[sz]ation))\s+"
    r"(?:(?:have|has|had|also|then|later)\s+)?$",
    re.I,
)


def _fuse(
    text: str, trigs: list[Trigger], wins: list[roles.Window]
) -> tuple[list[Trigger], list[roles.Window]]:
    """'The strikes hit ...', 'the explosion killed ...': a verb whose subject is a trigger
    noun tells the same event; keep the noun and give it the verb's words. A verb whose
    subject is a pronoun ("They targeted ...") refers back like "the strikes"."""
    out_t: list[Trigger] = []
    out_w: list[roles.Window] = []
    pending: tuple[Trigger, roles.Window] | None = None  # "were wounded in an attack"
    for trig, win in zip(trigs, wins, strict=True):
        if trig.family == "harm":
            if out_t:
                # "... killing three", "the explosion killed three and injured 47": consequences
                prev = out_w[-1]
                out_w[-1] = roles.Window(
                    prev.left, Span(prev.right.start, max(prev.right.end, win.right.end))
                )
            elif pending is None:
                pending = (trig, win)
            continue
        if pending is not None:
            win = roles.Window(Span(pending[1].left.start, win.left.end), win.right)
            pending = None
        if trig.passive and out_t and out_t[-1].family == "intercept":
            # "shot down 18 drones ... fired by the Houthis": the attack being intercepted
            prev = out_w[-1]
            out_w[-1] = roles.Window(prev.left, Span(prev.right.start, win.right.end))
            continue
        if trig.kind == "verb" and out_t and out_t[-1].kind == "noun":
            between = text[out_t[-1].span.end : trig.span.start]
            adjacent = re.fullmatch(r"\s*(?:that|which)\s+(?:\w+\s+)?", between) is not None
            if adjacent or (
                len(between.split()) <= 3
                and not re.search(r"[,;]|\b(?:and|after|that|which)\b", between)
            ):
                prev = out_w[-1]
                out_w[-1] = roles.Window(prev.left, Span(prev.right.start, win.right.end))
                continue
        before = text[win.left.start : trig.span.start]
        if trig.kind == "verb" and (
            _PRONOUN_SUBJECT.search(before) or _DEFINITE_SUBJECT.search(before)
        ):
            trig = replace(trig, definite=True)
        out_t.append(trig)
        out_w.append(win)
    if pending is not None:
        out_t.append(pending[0])
        out_w.append(pending[1])
    return out_t, out_w


_STANCE = re.compile(
    r"\b(?:said|says|say|condemned|denounced|denied|accused|blamed|called|described|praised|"
    r"welcomed|criticized|criticised|defended|justified|warned|vowed|pledged|mark(?:s|ed)?|"
    r"reflects?|announced|confirmed)\b",
    re.I,
)
_HEADING_END = re.compile(r"[.!?\"”’)]\s*$")


def _weapon_subject(text: str, win: roles.Window, cand: Candidate) -> bool:
    """'A drone wounds three troops': the weapon is the subject, so this is the attack."""
    return (
        any(w.span.end <= cand.trigger.span.start for w in cand.weapons)
        and not cand.trigger.passive
    )


def _quoted(text: str, sent: Span, trig: Trigger) -> bool:
    """Inside quotation marks: a speaker's words, which name events told elsewhere."""
    left = text[sent.start : trig.span.start]
    opened = left.count("“") - left.count("”") + (left.count('"') % 2)
    return opened > 0


def is_heading(text: str, sent: Span) -> bool:
    """A title or section heading: a whole line without closing punctuation. Headlines
    repeat the story's events without dates, so they are not read for events."""
    line_start = text.rfind("\n", 0, sent.start) + 1
    line_end = text.find("\n", sent.end)
    line_end = len(text) if line_end < 0 else line_end
    row = re.match(r"\s*[-•*]?\s*[A-Z][\w ]{0,25}:\s", text[line_start:line_end])
    value = text[line_start + row.end() : line_end].strip() if row else ""
    if row and (len(value.split()) <= 12 or not value.endswith((".", "!", "?", '"', "”"))):
        return True  # an infobox or form row: "- Date: 28 January 2024"
    if text[line_start : sent.start].strip(" -•*") or text[sent.end : line_end].strip():
        return False
    chunk = text[sent.start : sent.end]
    return not _HEADING_END.search(chunk) and len(chunk.split()) <= 25


def _candidate(
    text: str,
    si: int,
    sent: Span,
    trig: Trigger,
    win: roles.Window,
    actors: Sequence[ActorMatch],
    places: Sequence[PlaceMatch],
    weapons: Sequence[WeaponMatch],
    dates: Sequence[DateMention],
    wins: Sequence[roles.Window],
    doc_actors: Sequence[ActorMatch],
) -> Candidate:
    agent, patient = roles.assign_roles(text, trig, win, actors)
    if agent is None:
        agent, as_place = roles.country_agent(text, trig, win, places)
        if as_place is not None:
            places = [p for p in places if p is not as_place]
    if patient is None and trig.family == "weak":
        later = [a for a in actors if a.span.start >= trig.span.end and a is not agent]
        patient = later[0] if later else None
    if agent is None:
        agent = roles.nationality_agent(text, trig, win.left.start)
    if agent is None:
        agent = roles.claimant(text, trig, sent, doc_actors)
    chosen = roles.choose_place(text, trig, win, places, sent)
    cand = Candidate(
        sentence=si,
        trigger=trig,
        evidence=sent,
        family=trig.family,
        actor1=agent,
        actor2=patient,
        place=chosen[0] if chosen else None,
        places_here=chosen,
        date=roles.choose_date(trig, win, dates, sent, [w for w in wins if w is not win]),
        weapons=roles.weapons_for(text, trig, win, weapons),
        trigger_sub=trig.sub,
        spans=[sent],
    )
    if trig.family == "intercept":
        # "the destroyer shot down drones launched by X": the attack is X's; "intercepted
        # Israeli missiles": the adjective names the attacker
        attacker = agent if _by_agent(text, win, agent) else None
        if attacker is None:
            attacker = roles.weapon_owner(text, win)
        cand.actor1, cand.actor2 = attacker, None
        cand.outcome.add("intercepted")
    cand.country = cand.place.country if cand.place else None
    if cand.actor2 is None and cand.place is not None and cand.place.kind == "site":
        hosts = roles.garrison(cand.place.name)
        if hosts and not (cand.actor1 and compatible(cand.actor1.canonical, hosts)):
            cand.actor2 = ActorMatch(
                span=cand.place.span,
                surface=cand.place.surface,
                canonical=hosts,
                kind="state_force",
                country=None,
                families=(hosts,),
            )
    if agent:
        cand.aliases1.add(agent.surface)
    if patient:
        cand.aliases2.add(patient.surface)
    cand.responds = bool(roles.RETALIATORY.search(text[win.left.start : win.right.end]))
    pure_anaphora = cand.date is None and (cand.place is None or cand.place.kind == "country")
    cand.merge_only = (
        (
            trig.definite
            and cand.date is None
            and _STANCE.search(text[sent.start : sent.end]) is not None
        )
        or (trig.family == "intercept" and cand.actor1 is None)
        or (pure_anaphora and cand.actor1 is None and _quoted(text, sent, trig))
        or (
            trig.family == "harm"
            and not _weapon_subject(text, win, cand)
            and not _by_agent(text, win, cand.actor1)
        )
    )
    _outcome(text, sent, cand)
    return cand


def _by_agent(text: str, win: roles.Window, agent: ActorMatch | None) -> bool:
    if agent is None:
        return False
    return bool(
        re.search(r"\bby\s+(?:the\s+)?$", text[max(0, agent.span.start - 12) : agent.span.start])
    )


def _split_by_country(cand: Candidate) -> list[Candidate]:
    """'strikes in Iraq and Syria' with no more precise place: one event per country."""
    countries = [p for p in cand.places_here if p.kind == "country"]
    if len(countries) < 2 or (cand.place and cand.place.kind != "country") or cand.merge_only:
        return [cand]
    out = []
    for p in countries:
        c = Candidate(**{**cand.__dict__})
        c.place, c.country = p, p.country
        c.weapons, c.claims, c.spans = list(cand.weapons), [], list(cand.spans)
        c.outcome, c.aliases1, c.aliases2 = (
            set(cand.outcome),
            set(cand.aliases1),
            set(cand.aliases2),
        )
        c.members, c.places_here = [], [p]
        out.append(c)
    return out


def _relations_in_sentence(
    text: str, sent: Span, made: list[tuple[int, Candidate]], relations: list[tuple[int, int]]
) -> None:
    """'X in response to Y' / 'in retaliation for Y, X' / 'X after Y'."""
    for m in roles.RELATION_CUE.finditer(text, sent.start, sent.end):
        cue = m.group(0).lower()
        before = [(i, c) for i, c in made if c.trigger.span.start < m.start()]
        after = [(i, c) for i, c in made if c.trigger.span.start > m.end()]
        if not after:
            for _, c in before:
                c.responds = c.responds or cue not in ("after", "following")
            if not before:
                for _, c in made:
                    c.responds = True
            continue
        cause_i, cause = after[0]
        responses = [(i, c) for i, c in before if c.family != "weak"]
        if not responses and m.start() - sent.start < 30:
            # sentence-initial cue: "In response to Y, X did Z"
            responses = [(i, c) for i, c in after[1:]]
        for resp_i, resp in responses:
            if cue in ("after", "following") and not _opposite(resp, cause):
                continue
            relations.append((resp_i, cause_i))


def _opposite(a: Candidate, b: Candidate) -> bool:
    a1 = a.actor1.canonical if a.actor1 else None
    b2 = b.actor2.canonical if b.actor2 else None
    return a1 is not None and b2 is not None and compatible(a1, b2)


def _claims_span(text: str, sent: Span, made: list[tuple[int, Candidate]]) -> Span:
    """The sentence up to a relation cue whose cause is no event of ours ("in response to
    the killing of one of its commanders"): that toll belongs to another event."""
    last = max(c.trigger.span.end for _, c in made)
    for m in roles.RELATION_CUE.finditer(text, last, sent.end):
        return Span(sent.start, m.start())
    return sent


def _attach_claims(made: list[tuple[int, Candidate]], claims: list[CasualtyClaim]) -> None:
    """Casualties in a sentence belong to the event of its last asserted clause that is
    not a cause ("strikes ... after an attack that killed three": the attack's toll)."""
    for claim in claims:
        target = made[-1][1]
        if claim.span is not None:
            before = [c for _, c in made if c.trigger.span.start <= claim.span.end]
            target = before[-1] if before else target
        target.claims.append(claim)


def _outcome(text: str, sent: Span, cand: Candidate) -> None:
    chunk = text[sent.start : sent.end]
    for pattern, label in _OUTCOMES:
        if pattern.search(chunk):
            cand.outcome.add(label)


# --- merging within the document -------------------------------------------------------


def merge_candidates(
    cands: list[Candidate], relations: Sequence[tuple[int, int]] = ()
) -> tuple[list[Candidate], list[int]]:
    """Fold candidates into events; returns the events and, per candidate, its event index.
    Two candidates linked as response and cause are never one event."""
    events: list[Candidate] = []
    owner: list[int] = []
    apart: dict[int, set[int]] = {}
    for a, b in relations:
        apart.setdefault(a, set()).add(b)
        apart.setdefault(b, set()).add(a)
    for ci, cand in enumerate(cands):
        banned = {owner[o] for o in apart.get(ci, ()) if o < len(owner)}
        target = _merge_target(events, cand, banned)
        if (
            target is None
            and cand.anaphoric
            and cand.place is not None
            and cand.place.kind == "country"
        ):
            # "these strikes were separate from the conflict between Israel and Hamas"
            loose = replace(cand, place=None, country=None)
            target = _merge_target(events, loose, banned)
        if target is None:
            if cand.merge_only or (cand.weak and not (cand.actor1 and cand.actor2)):
                owner.append(-1)
                continue
            cand.members = [len(owner)]
            events.append(cand)
            owner.append(len(events) - 1)
        else:
            _absorb(events[target], cand)
            events[target].members.append(len(owner))
            owner.append(target)
    return events, owner


def _merge_target(events: Sequence[Candidate], cand: Candidate, banned: set[int]) -> int | None:
    """The most recent compatible event, preferring one told with the same kind of word
    ("the strikes" refers back to strikes before attacks)."""
    found = [
        i
        for i in range(len(events) - 1, -1, -1)
        if i not in banned
        and _compatible(events[i], cand)
        and _positive_signal(events[i], cand, most_recent=i == len(events) - 1)
    ]
    if not found:
        return None
    if cand.anaphoric or cand.merge_only:
        same = [i for i in found if events[i].family == cand.family]
        if same:
            return same[0]
    return found[0]


def _compatible(ev: Candidate, c: Candidate) -> bool:
    if not (ev.family in REMOTE_FAMILIES and c.family in REMOTE_FAMILIES) and ev.family != c.family:
        return False
    if not (same_side(ev.actor1, c.actor1) and same_side(ev.actor2, c.actor2)):
        return False
    # an attacker of one is the target of the other: opposite directions
    if (
        c.actor1
        and ev.actor2
        and same_side(c.actor1, ev.actor2)
        and not (ev.actor1 and same_side(c.actor1, ev.actor1))
    ):
        return False
    if (
        c.actor2
        and ev.actor1
        and same_side(c.actor2, ev.actor1)
        and not (ev.actor2 and same_side(c.actor2, ev.actor2))
    ):
        return False
    if ev.country and c.country and ev.country != c.country:
        return False
    if ev.date and c.date and not _same_date(ev.date, c.date):
        return False
    return not (ev.place and c.place and not _near(ev.place, c.place))


def same_side(a: ActorMatch | None, b: ActorMatch | None) -> bool:
    """Compatible actors, counting a state's government and its forces as one side."""
    if a is None or b is None:
        return True
    if compatible(a.canonical, b.canonical):
        return True
    return (
        a.kind in STATE_KINDS
        and b.kind in STATE_KINDS
        and a.country is not None
        and a.country == b.country
    )


def _positive_signal(ev: Candidate, c: Candidate, *, most_recent: bool) -> bool:
    if c.sentence == ev.sentence or c.anaphoric or c.weak or c.merge_only:
        return True
    if c.date and ev.date and c.place and ev.place and _same_date(c.date, ev.date):
        return True
    if c.place and ev.place and c.place.kind in ("site", "town") and _near(ev.place, c.place):
        return c.date is None or ev.date is None or _same_date(c.date, ev.date)
    return most_recent and c.date is None and c.place is None and c.trigger.kind == "noun"


def _same_date(a: DateMention, b: DateMention) -> bool:
    if a.precision != b.precision:
        return False
    if a.precision == "day":
        return abs((a.date - b.date).days) <= 0
    return a.date == b.date


def _near(a: PlaceMatch, b: PlaceMatch) -> bool:
    if a.country != b.country:
        return False
    if a.kind == "country" or b.kind == "country":
        return True
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return a.name == b.name or a.admin1 == b.admin1
    return distance_km(a.latitude, a.longitude, b.latitude, b.longitude) <= 50  # type: ignore[arg-type]


def _absorb(ev: Candidate, c: Candidate) -> None:
    ev.actor1 = _more_specific(ev.actor1, c.actor1)
    ev.actor2 = _more_specific(ev.actor2, c.actor2)
    if c.place and (ev.place is None or _rank(c.place) < _rank(ev.place)):
        ev.place = c.place
        ev.country = c.place.country
    ev.country = ev.country or c.country
    if c.date and (ev.date is None or _precision_rank(c.date) < _precision_rank(ev.date)):
        ev.date = c.date
    ev.weapons.extend(c.weapons)
    ev.trigger_sub = ev.trigger_sub or c.trigger_sub
    ev.claims.extend(c.claims)
    ev.spans.extend(s for s in c.spans if s not in ev.spans)
    ev.outcome |= c.outcome
    ev.aliases1 |= c.aliases1
    ev.aliases2 |= c.aliases2
    ev.responds = ev.responds or c.responds


def _more_specific(a: ActorMatch | None, b: ActorMatch | None) -> ActorMatch | None:
    if a is None or b is None:
        return a or b
    if a.kind == "generic" and b.kind != "generic":
        return b
    return a


def _rank(p: PlaceMatch) -> int:
    return roles._PLACE_RANK.get(p.kind, 9)


def _precision_rank(d: DateMention) -> int:
    return {"day": 0, "week": 1, "month": 2, "year": 3}.get(d.precision, 4)


def default_date(published: dt.date | None) -> dt.date | None:
    return published
