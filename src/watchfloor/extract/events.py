"""From triggers to candidate events, sentence by sentence.

For each asserted trigger (hedges.py decides) a `Candidate` keeps only what its own window
says: perpetrator and target (roles.py, agents.py), place, date, weapons, casualty claims
and outcome. Merging the candidates that tell the same event is coref.py's job; linking
retaliations is relations.py's.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from watchfloor.extract import (
    agents,
    casualties,
    context_days,
    hedges,
    relations,
    roles,
    split,
    triggers,
)
from watchfloor.extract.candidate import ARMED_GROUP_KINDS, STATE_KINDS, Candidate
from watchfloor.extract.triggers import Trigger
from watchfloor.models import CasualtyClaim, Span
from watchfloor.resolve.actors import ActorMatch, compatible
from watchfloor.resolve.dates import DateMention
from watchfloor.resolve.places import PlaceMatch, country_info
from watchfloor.resolve.weapons import WeaponMatch
from watchfloor.text.number_words import parse_words, spelled
from watchfloor.text.segment import BULLET
from watchfloor.text.spans import SpanIndex

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


# "launched the operation in response to the April 1 strike", "operations to avenge ..."
_ANSWERED = re.compile(
    r"[^.;]{0,40}?(?:" + relations.RELATION_CUE.pattern + "|" + relations.RETALIATORY.pattern + ")",
    re.I,
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
    cues: list[tuple[int, int]] = []
    notes: list[str] = []
    last_sentence_with_event = -9
    actor_index, place_index = SpanIndex(actors), SpanIndex(places)
    weapon_index, date_index = SpanIndex(weapons), SpanIndex(dates)
    doc_dates = dates
    separate_from = -1  # where a paragraph turned to another incident ("Separately, ...")
    told_before: list[DateMention] = []  # the days of the previous sentence's events
    told_in: list[DateMention] = []
    summary: tuple[ActorMatch, int, int] | None = None  # (side, its cause, sentence)
    heading_day: DateMention | None = None  # "April 1 - Damascus": a timeline entry's day
    for si, sent in enumerate(sentences):
        told_before, told_in = told_in, []
        if is_heading(text, sent):
            heading_day = _heading_day(text, sent, date_index.within(sent.start, sent.end))
            # "**Yemen & Red Sea**": what follows a heading adds nothing to the event before it
            last_sentence_with_event = -9
            continue
        if _SEPARATELY.match(text, sent.start, sent.end):
            separate_from = sent.start
        refuted = _REFUTED.search(text, sent.start, sent.end)
        trigs = triggers.find_triggers(text, sent.start, sent.end)
        # "the operation" joins an event only when it ties it to its cause
        trigs = [t for t in trigs if not t.refers or _ANSWERED.match(text, t.span.end, sent.end)]
        # "seized the car carrier Galaxy Leader", "hijacked a tanker": a ship taken with its crew
        trigs = [_defences_firing(text, _ship_taken(text, t)) for t in trigs]
        if any(t.family == "territory" for t in trigs):
            # "captured two soldiers": no territory taken, no word of an event
            in_sentence = place_index.within(sent.start, sent.end)
            trigs = [
                t for t in trigs if t.family != "territory" or _place_taken(text, t, in_sentence)
            ]
        if not trigs:
            if refuted is not None:
                _refute(text, out, sentences, si, refuted.start())
            # only a sentence with no event word adds to the last event; one whose event
            # words are not events ("most of the attacks caused no injuries") does not
            if out and si - last_sentence_with_event <= 2:
                _follow_up(text, sent, out[-1], actor_index.within(sent.start, sent.end))
                agents.believed_behind(
                    text,
                    sent,
                    out,
                    actor_index.within(sent.start, sent.end),
                    place_index.within(sent.start, sent.end),
                )
                out[-1:] = _targets_listed(
                    text, sent, out[-1], place_index.within(sent.start, sent.end)
                )
            continue
        wins = roles.windows(text, sent, trigs)
        trigs, wins = _fuse(text, trigs, wins)
        # "the operation answered the April 1 strike": what follows is the cause's
        wins = [
            roles.Window(w.left, Span(t.span.end, t.span.end)) if t.refers else w
            for t, w in zip(trigs, wins, strict=True)
        ]
        here = actor_index.within(sent.start, sent.end)
        sent_actors = [a for a in here if not roles.is_reporting_subject(text, a, sent)]
        places = place_index.within(sent.start, sent.end)
        weapons = weapon_index.within(sent.start, sent.end)
        dates = date_index.within(sent.start, sent.end)
        made: list[tuple[int, Candidate]] = []
        unasserted: list[Trigger] = []
        problems = [hedges.assertion_problem(text, Span(sent.start, sent.end), t) for t in trigs]
        # "On Thursday, hours before the strikes, the Houthis fired ...": an event named only
        # to time another claims none of the sentence's days, nor does one only spoken of
        # ("the army would strike ...": a threat, an aim, a forecast)
        timed = [w for w, pr in zip(wins, problems, strict=True) if pr not in _UNTIMED]
        for trig, win, problem in zip(trigs, wins, problems, strict=True):
            if problem:
                notes.append(f"skipped '{trig.surface}' at {trig.span.start}: {problem}")
                unasserted.append(trig)
                continue
            cand = _candidate(
                text, si, sent, trig, win, sent_actors, places, weapons, dates, timed, actors
            )
            if trig.anchored and not (
                cand.date and cand.place and cand.place.kind in ("town", "site")
            ):
                # "in response to the assassination of X": the killing, if told, is told
                # elsewhere; the word alone neither makes nor joins an event
                notes.append(f"skipped '{trig.surface}' at {trig.span.start}: no day and place")
                continue
            if cand.date is None:
                cand.date = context_days.date_from_context(
                    text, sentences, si, trig, win, out, cues, doc_dates, date_index, told_before
                ) or (heading_day if not trig.definite else None)
            if cand.place is None or cand.place.kind in ("country", "region"):
                label = _item_label_place(text, sentences, si, place_index)
                if label is not None:
                    cand.place, cand.country = label, label.country
                    cand.place_votes = {label.name: 1}
            if cand.actor2 is None:
                cand.actor2 = _shooters_told_before(text, sent, trig, cand, out)
            if cand.actor1 is None and not trig.passive:
                cand.actor1 = _subject_before_relative_clause(
                    text, sent, trig, sent_actors, cand.actor2
                )
            if cand.actor1 is None and not trig.passive:
                cand.actor1 = _list_subject(text, sent, actor_index, cand.actor2)
            if cand.actor1 is None:
                # "Iran's answer came on the night of April 13-14, when drones were launched"
                answering = agents.answering_side(text, trig, here, places)
                if answering is not None:  # "Israel's retaliation came ..., when jets struck"
                    cand.actor1, cand.responds = answering, True
            if cand.actor1 is None and not trig.passive:
                # "It launched 14 missiles": taken only if nothing told names the side
                cand.pronoun_side = _pronoun_antecedent(
                    text, sentences, si, trig, actor_index, place_index, cand.actor2
                )
            if (
                trig.definite
                and not trig.plural
                and any(c.family == cand.family for c in out)
                and _TOOK_PLACE.match(text, trig.span.end)
            ):
                # "officials said the attack took place outside Jordan, at al-Tanf": where
                # the attack told before happened, by another account, not a second attack
                cand.merge_only = True
            if _QUESTION.search(text, sent.start, sent.end):
                # "Will Hezbollah retaliate for the strike on Beirut?": a question tells no
                # event; what it names joins one told elsewhere, or is none
                cand.merge_only = True
            if cand.family == "clash" and cand.actor2 is None:
                _sides_between(cand, *_fought_between(text, trig, win, sent_actors))
            if cand.family == "clash" and cand.actor2 is None and trig.kind == "verb":
                _sides_between(cand, *_fought_each_other(text, trig, win, sent_actors))
            if cand.family == "clash" and cand.actor1 is None and cand.actor2 is None:
                cand.actor1 = agents.owner_of_its_soldiers(text, sent, here)
            if (
                cand.actor1 is None
                and not trig.passive
                and cand.family in ("strike", "attack")
                and any(w.category == "air" for w in cand.weapons)
            ):
                cand.actor1 = agents.reporting_air_force(text, trig, sent, here, cand.country)
            if cand.family == "clash" and cand.actor1 is None and cand.actor2 is not None:
                # "soldiers were killed in clashes with Hezbollah": the side they fought
                cand.actor1 = agents.fought_with(text, trig, here, cand.actor2)
            if cand.family == "arrest" and cand.actor1 is None and trig.sub == "Arrests":
                cand.actor1, cand.home_force = agents.arresting_force(text, sent, trig, here)
            if cand.family == "arrest" and cand.actor1 is None and cand.home_force is None:
                # "condemned the arrests", "more than 30 people were detained": arrests by no
                # one of no one join an arrest told with its sides, or are none
                cand.merge_only = True
            if trig.surface.lower() == "retaliation against" and not _CARRIED_OUT.search(
                text, max(sent.start, trig.span.start - 60), trig.span.start
            ):
                # "vowed retaliation against Israel", "Iran's retaliation against Israel would":
                # only a retaliation carried out is one
                notes.append(f"skipped '{trig.surface}' at {trig.span.start}: not carried out")
                continue
            if cand.family == "change" and cand.actor1 is None:
                # "the company suspended all operations": no armed side changed course
                notes.append(f"skipped '{trig.surface}' at {trig.span.start}: no side changed")
                continue
            if hedges.is_generic_plural(text, sent, trig, has_date=cand.date is not None) and not (
                cand.actor1 and cand.actor2
            ):
                notes.append(f"skipped '{trig.surface}' at {trig.span.start}: generic plural")
                continue
            if cand.actor2 is None:
                cand.actor2 = agents.navy_targeted(text, trig, win) or _shipping(text, sent, cand)
            if cand.actor2 is None:
                cand.victims = agents.victims_group(text, sent, trig, here, cand.actor1)
            if made and trig.kind == "noun" and _RANKED.search(text, sent.start, trig.span.start):
                # "struck Hodeidah on Saturday ..., in the first Israeli strike acknowledged
                # in Yemen": the strike told before in the sentence, ranked; it joins that
                # one and no other ("... in first attack on embassy since Gaza war began")
                ranked = made[-1][1]
                ranked.spans.append(trig.span)
                if ranked.actor1 is None and cand.actor1 is not None:
                    ranked.actor1 = cand.actor1
                notes.append(
                    f"skipped '{trig.surface}' at {trig.span.start}: ranks the event before"
                )
                continue
            cand.separate = separate_from >= 0 and "\n" not in text[separate_from : sent.start]
            for c in split.split_by_place(cand, text):
                made.append((len(out), c))
                out.append(c)
        if refuted is not None:
            _refute(text, out, sentences, si, refuted.start())
        unconfirmed = _UNCONFIRMED.search(text, sent.start, sent.end)
        if unconfirmed is not None:
            # "X said it had targeted Y. The U.S. did not confirm any attack": the claim
            # told in this sentence, else the one just before it
            _refute(text, [c for _, c in made] or out, sentences, si, unconfirmed.start())
        if _UNCLAIMED.search(text, sent.start, sent.end) and not _ATTRIBUTED.search(
            text, sent.start, sent.end
        ):
            for c in [c for _, c in made] or out[-1:]:
                c.unclaimed = True
        told_in = [c.date for _, c in made if c.date is not None]
        if made:
            last_sentence_with_event = si
            if _IN_RESPONSE.match(text, sent.start, sent.end):
                for _, c in made:  # "In response, jets struck X, and artillery shelled Y"
                    c.responds = c.answers_before = True
            agents.blamed_on(text, sent, [c for _, c in made], here, places)
            relations.relations_in_sentence(text, sent, made, cues)
            _restated_by_relative_clause(text, made, cues)
            if summary is not None and si - summary[2] <= _SUMMARY_SENTENCES:
                _detail_answers(made, summary, cues)
            summary = _summary_of_responses(text, sent, si, made, unasserted, here) or summary
            for part, owners in _claim_parts(text, sent, made, unasserted):
                chunk_claims = casualties.claims_in(text, part)
                if chunk_claims:
                    _attach_claims(text, owners, chunk_claims)
    _headline_striker(text, sentences, actors, out)
    return out, cues, notes


_UNTIMED = frozenset(
    {"temporal anchor", "modal", "conditional", "purpose", "intended", "hypothetical", "forecast"}
)


# "seven weeks of US strikes", "Israeli airstrikes hit Yemen's Sanaa": a headline naming whose
# strikes the report is about
_STRIKES_AFTER = re.compile(
    r"\s+(?:air\s*strikes|strikes|raids|bombing|bombardment|air\s+campaign)\b", re.I
)


def _headline_striker(
    text: str, sentences: Sequence[Span], actors: Sequence[ActorMatch], out: list[Candidate]
) -> None:
    """Air strikes the report tells with no one named are those of the state its headline
    names as striking, when that state strikes abroad and the headline names no other."""
    heads = [s for s in sentences[:3] if is_heading(text, s)]
    strikers = {
        a.canonical: a
        for h in heads
        for a in actors
        if h.start <= a.span.start < h.end
        and a.kind == "state_force"
        and (
            _STRIKES_AFTER.match(text, a.span.end)
            or _STRIKES_AFTER.search(" " + a.surface) is not None
        )
    }
    if len(strikers) != 1:
        return
    (striker,) = strikers.values()
    for c in out:
        if (
            c.actor1 is None
            and not c.unclaimed
            and not c.ground
            and c.family in ("strike", "attack")
            and all(w.category in ("air", "drone", "missile") for w in c.weapons)
            and c.country is not None
            and c.country != striker.country
            and not (c.actor2 is not None and compatible(c.actor2.canonical, striker.canonical))
        ):
            c.actor1 = striker


_OPERATIONS = re.compile(r"\b(?:operations|attacks|strikes|raids|series|wave|barrages?)\b", re.I)
_SUMMARY_SENTENCES = 12  # how far the operations a summary answers for may be listed


def _summary_of_responses(
    text: str,
    sent: Span,
    si: int,
    made: Sequence[tuple[int, Candidate]],
    unasserted: Sequence[Trigger],
    here: Sequence[ActorMatch],
) -> tuple[ActorMatch, int, int] | None:
    """'The Islamic Resistance carried out a series of operations on Wednesday ... in
    response to the assassination in Jouaiyya': a summary of a side's operations (no event
    of its own) answering a cause told after the cue. Returns the side, the cause's index
    and the sentence."""
    cue = relations.RELATION_CUE.search(text, sent.start, sent.end)
    if cue is None or cue.group(0).lower().split()[-1] in ("after", "following"):
        return None
    causes = [(i, c) for i, c in made if c.trigger.span.start > cue.end()]
    if not causes or any(c.trigger.span.start < cue.start() for _, c in made):
        return None
    side = next((a for a in here if a.span.end <= cue.start() and a.kind in _SUBJECT_KINDS), None)
    if side is None or not (
        any(side.span.end <= t.span.start < cue.start() for t in unasserted)
        or _OPERATIONS.search(text, side.span.end, cue.start())
    ):
        return None
    return side, causes[0][0], si


def _detail_answers(
    made: Sequence[tuple[int, Candidate]],
    summary: tuple[ActorMatch, int, int],
    cues: list[tuple[int, int]],
) -> None:
    """The operations of the summarised side, listed after it, answer its cause."""
    side, cause, _ = summary
    for i, c in made:
        if (
            i != cause
            and c.actor1 is not None
            and compatible(c.actor1.canonical, side.canonical)
            and not any(r == i for r, _ in cues)
        ):
            c.responds = True
            cues.append((i, cause))


_LEADING_PARTICIPLE = re.compile(r"\W*(?:after|before|while|since|upon|following)\s+", re.I)
_TAKEN_GAP = re.compile(r"\s+(?:[\w’'-]+\s+){0,4}")
_NOT_TAKEN = re.compile(r"\b(?:from|by|to|with|near|airspace|waters)\b", re.I)


_SHIP_OBJECT = re.compile(
    r"\s+(?:an?|the|another|two|three)\s+(?:[\w’'-]+\s+){0,4}?(?:ship|vessel|tanker|freighter|"
    r"(?:car|bulk|cargo|container)\s+(?:carrier|ship)|carrier|boat|dhow)s?\b",
    re.I,
)
_CREW = re.compile(r"\b(?:surviving\s+)?crew(?:\s+members)?\b|\bseafarers\b", re.I)
_SEIZING = frozenset({"seized", "seizing", "captured", "capturing", "hijacked", "took over"})


def _ship_taken(text: str, trig: Trigger) -> Trigger:
    """ACLED codes a ship seized with its crew as an abduction, not territory taken."""
    if (
        trig.family != "territory"
        or trig.surface.lower() not in _SEIZING
        or not _SHIP_OBJECT.match(text, trig.span.end)
    ):
        return trig
    return replace(trig, family="abduction", sub="Abduction/forced disappearance")


_AIR_DEFENCES_BEFORE = re.compile(
    r"\bair[-\s]defen[cs]es?(?:\s+(?:batter(?:y|ies)|systems?|units?|crews?))?\s+"
    r"(?:(?:had|have|also|then|reportedly)\s+)*$",
    re.I,
)


def _defences_firing(text: str, trig: Trigger) -> Trigger:
    """'Air defence batteries opened fire over Isfahan': a side defending against an attack,
    told as such; the attack is the event, not a clash."""
    if trig.family != "clash" or not trig.surface.lower().startswith("opened fire"):
        return trig
    if not _AIR_DEFENCES_BEFORE.search(text, max(0, trig.span.start - 60), trig.span.start):
        return trig
    return replace(trig, family="intercept", sub=None)


_IT_BEFORE = re.compile(r"\b(?:it|they)\s+(?:(?:have|has|had|also|then|later|quickly)\s+)*$", re.I)
# where a sentence's or clause's subject starts: "Iran's answer ...", "Tehran's retaliation"
_OPENS_CLAUSE = re.compile(r"(?:^|[.;:]\s+|\n)\W*(?:the\s+)?$", re.I)


def _pronoun_antecedent(
    text: str,
    sentences: Sequence[Span],
    si: int,
    trig: Trigger,
    actors: SpanIndex[ActorMatch],
    places: SpanIndex[PlaceMatch],
    target: ActorMatch | None,
) -> ActorMatch | None:
    """'Iran's answer, on 23 June, was bounded. It launched 14 missiles': the side a
    pronoun subject stands for is the one that opens its sentence, or the sentence before
    in the paragraph."""
    sent = sentences[si]
    if not _IT_BEFORE.search(text, max(sent.start, trig.span.start - 40), trig.span.start):
        return None
    spans = [Span(sent.start, trig.span.start)]
    if si > 0 and "\n" not in text[sentences[si - 1].end : sent.start]:
        spans.append(sentences[si - 1])
    for span in spans:
        sides: list[ActorMatch] = [
            a for a in actors.within(span.start, span.end) if a.kind not in ("civilian", "generic")
        ]
        sides += [
            a
            for p in places.within(span.start, span.end)
            if p.kind == "country" and (a := agents.state_of(p)) is not None
        ]
        for a in sorted(sides, key=lambda a: a.span.start):
            if _OPENS_CLAUSE.search(text[max(span.start - 2, 0) : a.span.start]) and not (
                target and compatible(a.canonical, target.canonical)
            ):
                return a
    return None


def _place_taken(text: str, trig: Trigger, places: Sequence[PlaceMatch]) -> bool:
    """'captured Hama', 'took control of the Syrian peak of Mount Hermon', 'entered Damascus':
    a territory verb is an event only with a place for its object."""
    for p in places:
        if p.span.start < trig.span.end or p.kind not in ("town", "site", "admin1", "region"):
            continue
        gap = text[trig.span.end : p.span.start]
        return bool(_TAKEN_GAP.fullmatch(gap)) and not _NOT_TAKEN.search(gap)
    return False


# "the barrage of some 180 ballistic missiles that Iran fired at Israel"
_RELATIVE_VERB = re.compile(r"[^.;:,]{0,80}?\b(?:that|which)\s+(?:[\w’'-]+\s+){0,4}")


def _restated_by_relative_clause(
    text: str, made: Sequence[tuple[int, Candidate]], cues: list[tuple[int, int]]
) -> None:
    """A noun told again by the verb of its relative clause ("the barrage ... that Iran
    fired at Israel") is that verb's event: the verb's candidate, with its own sides, place
    and day, takes the noun's relation links, and the noun makes no event of its own."""
    for (ia, a), (ib, b) in itertools.pairwise(made):
        if (
            a.trigger.kind != "noun"
            or b.trigger.kind != "verb"
            or b.trigger.passive
            or a.family not in ("attack", "strike")
            or b.family not in ("attack", "strike")
            or not _RELATIVE_VERB.fullmatch(text, a.trigger.span.end, b.trigger.span.start)
        ):
            continue
        a.restated = True
        cues[:] = [(ib if r == ia else r, ib if c == ia else c) for r, c in cues]


_RANKED = re.compile(
    # (telegraphic digests drop the article: "..., in first attack on embassy since ...")
    r"\b(?:in|as|marking|was|is|making\s+(?:it|them|this))\s+(?:(?:the|its|their)\s+)?"
    r"(?:first|second|third|fourth|fifth|"
    r"\d+(?:st|nd|rd|th)|latest|largest|biggest|deadliest|heaviest|most\s+\w+)\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.I,
)
_UNCLAIMED = re.compile(
    r"\b(?:no\s+(?:party|group|one|faction|organi[sz]ation)\s+(?:has\s+|had\s+)?(?:yet\s+|immediately\s+)?"
    r"claimed|(?:was|were|went|remains?|remained)\s+unclaimed|unclaimed\s+(?:attack|strike|"
    r"rocket|drone))",
    re.I,
)
# "No group claimed the attack, but the army said it held Hezbollah responsible"
_ATTRIBUTED = re.compile(
    r"\b(?:blam(?:ed|es|ing)|held\s+[\w\s-]{1,40}?responsible|attribut(?:ed|es))\b"
)
# ("the IDF said fighter jets struck": the article is the speaker's, the jets are new)
_DEFINITE_SUBJECT = re.compile(
    r"\b(?:the|these|those)\s+(?:(?!(?:said|says|told|tells|claimed|claims|announced|"
    r"reported|reports|stated|added|confirmed)\b)[\w-]+\s+){0,3}"
    r"(?:gunships?|drones?|aircraft|jets?|missiles?|"
    r"rockets?|bombers?|warplanes?|helicopters?|AC-130)\s+$",
    re.I,
)
# "the group said it fired ...": the pronoun is the speaker, the event is new
_SPEAKER_PRONOUN = re.compile(
    r"\b(?:said|says|claimed|claims|announced|stated|confirmed|added)\s+(?:that\s+)?"
    # "said that on the same night they also struck"
    r"(?:(?:on|in|at|during|overnight)\s+(?:[\w-]+\s+){0,3}?)?"
    # "said its fighters had fired": the speaker's own men
    r"(?:it|they|we|(?:its|their|our)\s+(?:fighters|forces|units|members|men|drones|"
    r"missiles|air\s+defen[cs]es|troops|navy|naval\s+forces))\s+"
    r"(?:(?:had|has|have|also|then|later)\s+)*$",
    re.I,
)
_PRONOUN_SUBJECT = re.compile(
    r"(?:\b(?:they|it|he|she|we|some|one|the\s+other|others|the\s+rest|the\s+first|the\s+second)|"
    r"\bthe\s+(?:group|militia|faction|movement|organi[sz]ation))\s+"
    r"(?:(?:have|has|had|also|then|later)\s+)?$",
    re.I,
)


# "Separately, three drones were shot down near the airport": another incident
_SEPARATELY = re.compile(
    r"\s*(?:separately|elsewhere|additionally|meanwhile|in\s+addition|"
    r"in\s+(?:a\s+)?separate\s+(?:incidents?|attacks?|developments?)|"
    r"in\s+another\s+(?:incident|attack))\b",
    re.I,
)


_NEW_PLACE_AHEAD = re.compile(r"[^.;]{0,60}?\b(?:at|in|near|on|against)\s+(?:the\s+)?[A-Z]")


_TOOK_PLACE = re.compile(
    r"\s+(?:had\s+|has\s+)?(?:took\s+place|taken\s+place|happened|occurred)\b", re.I
)


_WITH_INSTRUMENT = re.compile(
    r"[^,;]{0,80}?\bwith\s+(?:an?\s+|the\s+)?(?:(?!who\b|that\b|which\b)[\w-]+\s+){0,2}"
)
_RELATIVE_SUBJECT = re.compile(r",\s*(?:which|who)\s+(?:had\s+|have\s+|has\s+)?(?:\w+ly\s+)?$")
_OWN_REPORT = re.compile(
    r"\b(?:said|says|announced|confirmed|stated)\s+(?:that\s+)?(?:it|they|its\s+(?:[\w-]+\s+)?"
    r"(?:jets|aircraft|warplanes|forces|troops|fighters|drones|navy|artillery)|their\s+"
    r"(?:jets|aircraft|warplanes|forces|troops|fighters|drones)|"
    # "CENTCOM said US forces had struck two mobile anti-ship missiles"
    r"(?:the\s+)?(?:(?-i:[A-Z])[\w.-]*\s+){1,2}(?:jets|aircraft|warplanes|forces|troops|navy))\s+"
    r"(?:had\s+|has\s+|have\s+)?"
    r"(?:also\s+)?(?:\w+ly\s+)?$",
    re.I,
)
_VIOLENT = frozenset({"attack", "strike", "explosion", "intercept"})
_LIST_ITEM = re.compile(rf"[ \t]*(?:{BULLET}|\d{{1,2}}[.)])\s+")
_SUBJECT_KINDS = ARMED_GROUP_KINDS | {"state_force", "coalition"}


def _item_label_place(
    text: str, sentences: Sequence[Span], si: int, place_index: SpanIndex[PlaceMatch]
) -> PlaceMatch | None:
    """'- April 28, Saada. A strike on a detention centre killed 68': a short label that
    opens the line, naming a day and a place and telling no event, places the events told
    after it on that line."""
    sent = sentences[si]
    line = text.rfind("\n", 0, sent.start) + 1
    if not _LIST_ITEM.match(text, line):
        return None
    label = next((s for s in sentences[:si] if s.start >= line), None)
    if label is None or len(text[label.start : label.end].split()) > 12:
        return None
    if triggers.find_triggers(text, label.start, label.end):
        return None
    named = [p for p in place_index.within(label.start, label.end) if p.kind in ("site", "town")]
    return min(named, key=lambda p: roles.PLACE_RANK[p.kind]) if named else None


# ", which has traded fire with Israel since October 8, fired": a relative clause that closes
# with a comma right before the verb
_RELATIVE_CLAUSE = re.compile(r",\s*(?:which|who)\b[^,;:()]*,\s*(?:[\w-]+\s+){0,2}\Z")
_SUBJECT_GAP = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?")


def _subject_before_relative_clause(
    text: str,
    sent: Span,
    trig: Trigger,
    actors: Sequence[ActorMatch],
    target: ActorMatch | None,
) -> ActorMatch | None:
    """'Hezbollah, which has fought Israel since October, fired rockets at Kiryat Shmona': the
    side just before a relative clause that ends right before the verb is its subject."""
    clause = _RELATIVE_CLAUSE.search(text, sent.start, trig.span.start)
    if clause is None:
        return None
    for a in actors:
        if (
            a.span.end <= clause.start()
            and _SUBJECT_GAP.fullmatch(text, a.span.end, clause.start())
            and a.kind in _SUBJECT_KINDS
            and not (target is not None and compatible(a.canonical, target.canonical))
        ):
            return a
    return None


# "clashes between the Turkish-backed Syrian National Army and the SDF": the two sides of a
# fight, named after it
_BETWEEN_FIRST = re.compile(r"\s+(?:[\w-]+\s+){0,3}?between\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}")
_AND_SECOND = re.compile(r"(?:\s*\([^()]{1,40}\))?\s+and\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}")
_AND_SOMEONE = re.compile(r"\s+and\s+(?:the\s+)?[\w-]")
_BETWEEN_UNNAMED_AND = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?between\s+[^,;()]{1,40}?\s+and\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}"
)


def _fought_between(
    text: str, trig: Trigger, win: roles.Window, actors: Sequence[ActorMatch]
) -> tuple[ActorMatch | None, ActorMatch | None]:
    """'Clashes between the SNA and the SDF around the Tishrin dam': the first side named and
    the second; 'clashes between gunmen and the SDF': the SDF, against someone unnamed."""
    sides: list[ActorMatch] = []
    for a in actors:  # "the Syrian National Army (SNA)" is one side
        if trig.span.end <= a.span.start < win.right.end and all(
            a.canonical != s.canonical for s in sides
        ):
            sides.append(a)
    if not sides:
        return None, None
    first = sides[0]
    if _BETWEEN_FIRST.fullmatch(text, trig.span.end, first.span.start):
        if len(sides) > 1 and _AND_SECOND.fullmatch(text, first.span.end, sides[1].span.start):
            return first, sides[1]
        # "clashes between Druze gunmen and pro-government fighters": one side named
        return (first, None) if _AND_SOMEONE.match(text, first.span.end) else (None, None)
    if _BETWEEN_UNNAMED_AND.fullmatch(text, trig.span.end, first.span.start):
        return None, first
    return None, None


# "Israeli troops and Hezbollah fighters clashed": two sides as one subject
_AND_BETWEEN_SIDES = re.compile(r"(?:\s+[\w-]+){0,2}?\s+and\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}")
_TO_THE_VERB = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:\w+ly\s+)?")


def _fought_each_other(
    text: str, trig: Trigger, win: roles.Window, actors: Sequence[ActorMatch]
) -> tuple[ActorMatch | None, ActorMatch | None]:
    before = [a for a in actors if win.left.start <= a.span.start and a.span.end <= trig.span.start]
    if len(before) < 2:
        return None, None
    first, second = before[-2], before[-1]
    if (
        first.canonical != second.canonical
        and _AND_BETWEEN_SIDES.fullmatch(text, first.span.end, second.span.start)
        and _TO_THE_VERB.fullmatch(text, second.span.end, trig.span.start)
    ):
        return first, second
    return None, None


def _sides_between(cand: Candidate, first: ActorMatch | None, second: ActorMatch | None) -> None:
    if second is None:
        if cand.actor1 is None:
            cand.actor1 = first
        return
    if cand.actor1 is None:
        cand.actor1, cand.actor2 = first, second
    elif compatible(cand.actor1.canonical, second.canonical):
        cand.actor2 = first
    elif first is None or compatible(cand.actor1.canonical, first.canonical):
        cand.actor2 = second


def _list_subject(
    text: str, sent: Span, actor_index: SpanIndex[ActorMatch], target: ActorMatch | None
) -> ActorMatch | None:
    """'The Islamic Resistance said its fighters:' then '- At 9:15 a.m., targeted the
    barracks in Kiryat Shmona': an item of a list with no subject of its own is done by
    the side that introduces the list."""
    line = text.rfind("\n", 0, sent.start) + 1
    if not _LIST_ITEM.match(text, line):
        return None
    end = line - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        head = text[start:end].strip()
        if head and not _LIST_ITEM.match(text, start):
            if not head.endswith(":"):
                return None
            # the sentence that opens the list: "ANHA documented the following attacks:"
            # after a paragraph on the war names no side
            opens = max(start, text.rfind(". ", start, end) + 2)
            # not the side the list's items hit ("in resisting the American occupation
            # forces ..., the mujahideen carried out the following operations:")
            sides = [
                a
                for a in actor_index.within(opens, end)
                if a.kind in _SUBJECT_KINDS
                and not _in_a_cause(text, opens, a)
                and not (target is not None and compatible(a.canonical, target.canonical))
            ]
            return sides[0] if sides else None
        end = start - 1
    return None


def _in_a_cause(text: str, start: int, actor: ActorMatch) -> bool:
    """'in response to the massacres committed by the Zionist enemy, the mujahideen ...':
    a side named in the clause of what is answered is not the one answering."""
    clause = text.rfind(",", start, actor.span.start) + 1 or start
    return relations.RELATION_CUE.search(text, clause, actor.span.start) is not None


_IN_RESPONSE = re.compile(r"\W*(?:in\s+(?:response|retaliation|reply)|in\s+return)\s*,", re.I)
# "jets struck the launcher that was used", "struck the Hezbollah launchers used in the
# morning's attack", "responded to the sources of fire": a strike at the source of an
# attack told before answers it
_AT_ITS_SOURCE = re.compile(
    r"\W*(?:to\s+|at\s+)?the\s+(?:[\w’'-]+\s+){0,2}?(?:(?:launchers?|launch\s+(?:sites?|pads?|"
    r"points?|positions?))(?:\s+(?:that|which)\s+(?:was|were|had\s+been))?\s+(?:used|from\s+which)|"
    r"sources?\s+of\s+(?:the\s+)?(?:fire|launch(?:es)?|shooting))\b",
    re.I,
)


# "crossed the river and attacked SDF checkpoints", "stormed the post", "clashes lasted hours",
# "repelled an attack on their positions", "battled smugglers for 14 hours"
_GROUND_FIGHT = re.compile(
    r"\b(?:clash(?:es|ed)?|stormed|storming|firefights?|gunfights?|gun\s+battles?|"
    r"checkpoints?|crossed\s+the\s+(?:river|border)|infiltrat\w+|ground\s+assault|"
    r"repelled|repulsed|foiled|thwarted|battled|fought|fighting\s+(?:with|between|against)|"
    r"(?:joint|ground|commando|special\s+forces)\s+raids?)\b",
    re.I,
)


_AS_CLAUSE = re.compile(r",?\s+(?:as|while|amid|even\s+as)\s+", re.I)


def _before_an_as_clause(text: str, start: int, end: int) -> int:
    """Where a clause on something else ("..., as fighting raged in Sweida") opens, or end."""
    m = _AS_CLAUSE.search(text, start, end)
    return m.start() if m else end


# "Israeli soldiers fired on the UN position", "a sniper shot": troops on the ground, no aircraft
_GROUND_AGENT = re.compile(
    r"\b(?:soldiers|troops|infantry|snipers?|commandos?|paratroopers|tanks?|gunmen)\s+"
    r"(?:(?:also|then|later|reportedly|again|had|have|has)\s+)*$",
    re.I,
)
_COVERS = re.compile(
    r"\b(?:(?P<both>both)|(?:all\s+|the\s+|these\s+|those\s+)(?P<n>two|three|four|five))\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.I,
)
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5}


def _covers(text: str, sent: Span, trig: Trigger) -> int:
    """'both strikes', 'all three attacks', 'the two drone attacks': the events told before
    that one later mention names together."""
    m = _COVERS.search(text, max(sent.start, trig.span.start - 40), trig.span.start)
    if m is None:
        return 1
    return 2 if m.group("both") else _NUMBER_WORDS[m.group("n").lower()]


_SENT_FROM = r"\b(?:fired|launched|crossed|crossing|coming|came|sent)\s+(?:in\s+)?from\s+"
_FIRED_FROM = re.compile(_SENT_FROM + r"(?:southern\s+|northern\s+)?$", re.I)
# "launches were identified crossing from Lebanese territory"
_FROM_TERRITORY = re.compile(_SENT_FROM + r"(?P<adj>[A-Z][a-z]+)\s+(?:territory|soil|airspace)\b")


def _territory_fired_from(text: str, span: Span) -> str | None:
    m = _FROM_TERRITORY.search(text, span.start, span.end)
    info = country_info(m.group("adj")) if m else None
    return info[0] if info else None


_BLAMED = re.compile(r"\b(?:blamed|blames|blaming|pinned)\b", re.I)
_ON_BEFORE = re.compile(r"\bon\s+(?:the\s+)?$", re.I)


# "... but Kurdish officials said no such attack took place", "the claim was false"
_REFUTED = re.compile(
    r"\b(?:no|denied\s+that\s+(?:any|an|the|such\s+an?))\s+(?:such\s+)?(?:attack|strike|incident)\s+"
    r"(?:had\s+|has\s+)?(?:taken\s+place|took\s+place|occurred|happened)\b|"
    r"\b(?:did\s+not|never)\s+(?:take\s+place|happen|occur)\b|"
    r"\bclaims?\s+(?:was|were|is|are)\s+[“\"]?(?:false|baseless|untrue|fabricated)\b|"
    # "Pentagon officials said the carrier was never hit and called the claim false"
    r"\bcalled\s+(?:the|that|this|those|these)\s+claims?\s+[“\"]?(?:false|baseless|untrue|"
    r"fabricated|lies)\b|\b(?:was|were|had\s+been|has\s+been)\s+never\s+(?:hit|struck|attacked|"
    r"targeted|damaged)\b|"
    r"\bdenied\s+(?:the\s+)?(?:claim|report)s?\b|"
    # "..., a claim US officials denied"
    r"\ba\s+claim\s+(?:that\s+)?(?:[\w.-]+\s+){0,3}(?:denied|rejected|dismissed|disputed)\b|"
    r"\bno\s+(?:sign|evidence)\s+of\s+(?:an?\s+)?(?:attack|strike)\b|"
    # "I'm not aware of any attacks on al-Tanf": an official who would know says no
    r"\b(?:not\s+|un)aware\s+of\s+(?:any\s+)?(?:such\s+)?(?:attacks?|strikes?|incidents?)\b|"
    # "US officials have repeatedly denied that the carrier has been targeted or hit"
    r"\bdenied\s+that\s+(?:the\s+|its\s+|any\s+)?(?:[\w-]+\s+){0,3}(?:had|has|have|was|were)\s+"
    r"(?:been\s+)?(?:targeted|hit|attacked|struck|damaged)\b|"
    # "... but an official said the carrier had not been attacked"
    r"\b(?:said|told\s+[\w .]{1,40}?)\s+that\s+(?:the|its|any)\s+(?:[\w-]+\s+){0,3}"
    r"(?:had|has|have)\s+not\s+been\s+(?:targeted|hit|attacked|struck|damaged)\b|"
    # "Some news sites reported a second strike ... X could not verify the report"
    r"\bcould\s+not\s+(?:independently\s+)?(?:verify|confirm)\s+(?:the|these|those|that|this|"
    r"such)\s+(?:reports?|claims?)\b|"
    # "That claim could not be independently verified"
    r"\b(?:the|these|those|that|this|such)\s+(?:reports?|claims?)\s+(?:could|can)\s*not\s+be\s+"
    r"(?:independently\s+)?(?:verified|confirmed)\b",
    re.I,
)
# "Reports on social media that solar systems had exploded were not confirmed by the army":
# refutes the hearsay of its own sentence only
_UNCONFIRMED = re.compile(
    r"\b(?:were|was|have|has)\s+not\s+(?:been\s+)?(?:confirmed|verified)\b|"
    # "The U.S. military did not confirm any attack on its ships"
    r"\b(?:did|does|could)\s+not\s+(?:immediately\s+)?(?:confirm|verify)\s+(?:any|the|such)\s+"
    r"(?:attacks?|strikes?|claims?|hits?)\b|"
    r"\bremain(?:s|ed)?\s+unconfirmed\b",
    re.I,
)
_CLAIMED_BY_ITS_AUTHOR = re.compile(
    r"\b(?:claimed|claims|said\s+(?:(?:on\s+)?\w+day\s+)?(?:that\s+)?(?:it|they|the\s+group)\s+had|"
    r"said\s+(?:it|they)\s+(?:targeted|"
    r"attacked|struck|hit|retaliated|launched|fired))\b"
    # "Reports circulated on social media of a new strike": hearsay a monitor can refute
    r"|\breports?\s+(?:circulated|emerged|surfaced|spread)\b|\brumou?rs?\b|\bsocial\s+media\b"
    r"|\b(?:news\s+sites?|media|outlets?|channels?|websites?)\s+(?:had\s+)?(?:reported|said|claimed)\b",
    re.I,
)


def _refute(text: str, out: list[Candidate], sentences: Sequence[Span], si: int, at: int) -> None:
    """A claimed attack that the next words say never happened is no event: the claims made
    in this sentence before the refutation, or in the one before, are dropped."""
    claims = [
        c
        for c in out
        # the claim told in this sentence, or up to two before ("Q: X claimed attacks on Y.
        # Were those bases hit? A: I'm not aware of any attacks on Y.")
        if si - 2 <= c.sentence <= si
        and c.trigger.span.start < at
        and _CLAIMED_BY_ITS_AUTHOR.search(text, sentences[c.sentence].start, c.trigger.span.start)
    ]
    if any(c.sentence == si for c in claims):
        # "X also claimed to have targeted Y; officials said no such attack occurred": this
        # sentence's claim, not the ones before it
        claims = [c for c in claims if c.sentence == si]
    for c in claims:
        c.merge_only, c.refuted = True, True


_WHEN_ITS = re.compile(r",\s+when\s+(?:its|their|his|her)\s+[^,;.]{0,30}$", re.I)


def _goes_on_telling(text: str, prev: Trigger, trig: Trigger) -> bool:
    """The trigger tells more of the event its predecessor names, not a second one."""
    between = text[prev.span.end : trig.span.start]
    remote = {prev.family, trig.family} <= {"attack", "strike"}
    return bool(
        # "shelled the Ramot Naftali barracks with artillery shells": how, not a second event
        (
            (trig.kind == "noun" or trig.surface.lower().endswith("s"))  # "artillery shells"
            and prev.kind == "verb"
            and _WITH_INSTRUMENT.fullmatch(between)
        )
        # "responded with artillery fire and airstrikes across southern Lebanon": one answer
        # told by its two arms
        or (trig.kind == prev.kind == "noun" and remote and re.fullmatch(r"\s+and\s+", between))
        # "Israel last struck Houthi targets on Jan. 10, when its jets hit the port of
        # Hodeidah": the when-clause tells where the same strike fell
        or (
            trig.kind == prev.kind == "verb"
            and not trig.passive
            and remote
            and _WHEN_ITS.search(between)
        )
        # "shot down 18 drones ... fired by the Houthis": the attack being intercepted
        or (trig.passive and prev.family == "intercept")
        # "the rebels attacked and sank two ships": one attack told by its two verbs
        or (
            trig.kind == prev.kind == "verb"
            and remote
            and not trig.passive
            and re.fullmatch(r"\s+and\s+", between) is not None
        )
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
            if out_t and not relations.RELATION_CUE.search(
                text, out_t[-1].span.end, trig.span.start
            ):
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
        if out_t and _goes_on_telling(text, out_t[-1], trig):
            prev = out_w[-1]
            out_w[-1] = roles.Window(prev.left, Span(prev.right.start, win.right.end))
            continue
        if trig.kind == "verb" and out_t and out_t[-1].kind == "noun":
            between = text[out_t[-1].span.end : trig.span.start]
            adjacent = (
                re.fullmatch(r"\s*(?:that|which)\s+(?:\w+\s+)?", between) is not None
                # "strikes on 2 February, hitting sites in Iraq": a participle elaborates;
                # not a cause's noun ("a response to Iran's attack, striking sites in Iran")
                or (
                    trig.surface.endswith("ing")
                    and re.search(r",\s*$", between) is not None
                    and not relations.RELATION_CUE.search(
                        text,
                        max(out_w[-1].left.start, out_t[-1].span.start - 90),
                        out_t[-1].span.start,
                    )
                )
            )
            if _OBJECT_RELATIVE.fullmatch(between):
                # "the barrage of ballistic missiles Iran fired at Israel": the noun is what
                # the verb's subject did; keep the verb, which names who did it
                prev = out_w[-1]
                out_t[-1] = trig
                out_w[-1] = roles.Window(Span(prev.left.start, win.left.end), win.right)
                continue
            if adjacent or (
                len(between.split()) <= 3
                and not re.search(r"[,;]|\b(?:and|after|that|which)\b", between)
            ):
                prev = out_w[-1]
                out_w[-1] = roles.Window(prev.left, Span(prev.right.start, win.right.end))
                continue
        before = text[win.left.start : trig.span.start]
        after = text[trig.span.end : trig.span.end + 30]
        speaker_pronoun = _SPEAKER_PRONOUN.search(before) is not None
        if trig.kind == "verb" and (
            (_PRONOUN_SUBJECT.search(before) and not speaker_pronoun)
            or _DEFINITE_SUBJECT.search(before)
            # "fighters who had just launched a missile": a past event told again
            or (re.search(r"\bhad\s+(?:just\s+|already\s+)?$", before) and not speaker_pronoun)
            # "the gunship had tracked the militants ... and struck them": the subject
            # (and so the event) was introduced before
            or (
                re.search(r"\band\s+(?:then\s+|later\s+|\w+ly\s+)?$", before)
                # "... and launched two drones at Ain al-Asad": a new place, a new event
                and not _NEW_PLACE_AHEAD.match(
                    text, trig.span.end, min(len(text), trig.span.end + 70)
                )
            )
            # "blamed militias for launching the drone": the weapon already told
            or re.match(r"\s+the\s+(?:[\w-]+\s+)?(?:drones?|missiles?|rockets?|attack)\b", after)
        ):
            trig = replace(trig, definite=True)
        out_t.append(trig)
        out_w.append(win)
    if pending is not None:
        out_t.append(pending[0])
        out_w.append(pending[1])
    return out_t, out_w


_STANCE = re.compile(
    r"\b(?:said|says|say|condemn(?:s|ed)?|denounce[sd]?|denie[sd]|accuse[sd]|blame[sd]|"
    r"call(?:s|ed)|describe[sd]|praise[sd]|welcome[sd]|critici[sz]e[sd]|defend(?:s|ed)|"
    r"justifie[sd]|warn(?:s|ed)|vow(?:s|ed)|pledge[sd]|mark(?:s|ed)?|"
    r"reflects?|announced|confirmed)\b",
    re.I,
)
# "[the barrage] of ballistic missiles Iran [fired]": an object relative clause
_OBJECT_RELATIVE = re.compile(
    r"\s+of\s+(?:[\w-]+\s+){1,3}(?:that\s+|which\s+)?(?:[A-Z][\w’'-]*\s+){1,3}(?:had\s+|has\s+)?"
)
_OWNS_THE_SHIP = re.compile(
    r"\b(?:ships?|vessels?|tankers?|carriers?|freighters?)\s+(?:that\s+(?:were|was)\s+)?"
    r"(?:belonging|linked|tied|connected|affiliated|bound|heading|owned\s+by|operated\s+by)"
    r"(?:\s+to)?\s+(?:the\s+)?$",
    re.I,
)
_QUESTION = re.compile(r"\?[\"”’')\]]*\s*$")
# "carried out its long-anticipated retaliation against Iran": done, not promised
_CARRIED_OUT = re.compile(
    r"\b(?:carried\s+out|launched|conducted|began|delivered|executed)\s+(?:its|their|a|the)\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.I,
)


# "arrested suspects involved in launching rockets": the attack is named, not told
_INVOLVED_IN_DOING = re.compile(
    r"\b(?:involved|implicated|suspected|accused|charged|convicted)\s+(?:of|in|with)\s+"
    r"(?:(?:carrying|having)\s+(?:out\s+)?)?$",
    re.I,
)
_IN_CONNECTION = re.compile(
    r"\b(?:in\s+connection\s+with|suspected\s+(?:of|in)(?:\s+(?:carrying\s+out|involvement\s+in))?|"
    r"involved\s+in|behind|over)\s+(?:the|this|that|these|those|its|their)\s+(?:[\w-]+\s+){0,2}$",
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


_ENTRY_AFTER_DAY = re.compile(r"\s*[-–—:|,]\s*\S")
# "Incident 3 — 5 November, Aynata", "Day 2: April 14 - Nevatim": a numbered label before the day
_HEADING_LABEL = re.compile(r"[A-Z][a-z]+\s+\d{1,3}\s*[-–—:.|]\s*")


def _heading_day(text: str, sent: Span, dates: Sequence[DateMention]) -> DateMention | None:
    """The day a timeline heading gives the entry under it ("April 1 - Damascus"; "April
    13-14 - 'True Promise'": the night's last day). A heading that opens with no day, or
    is a day alone (the report's own date line), gives none."""
    days = [d for d in dates if d.precision == "day" and d.kind in ("point", "between")]
    if len(days) != 1:
        return None
    day = days[0]
    opening = text[sent.start : day.span.start]
    if (opening.strip() and not _HEADING_LABEL.fullmatch(opening)) or not _ENTRY_AFTER_DAY.match(
        text, day.span.end, sent.end
    ):
        return None
    if day.kind == "between" and day.end_date is not None:
        return replace(day, date=day.end_date, kind="point", end_date=None)
    return day if day.kind == "point" else None


def is_heading(text: str, sent: Span) -> bool:
    """A title or section heading: a whole line without closing punctuation. Headlines
    repeat the story's events without dates, so they are not read for events."""
    line_start = text.rfind("\n", 0, sent.start) + 1
    line_end = text.find("\n", sent.end)
    line_end = len(text) if line_end < 0 else line_end
    row = _ROW.match(text[line_start:line_end])
    value = text[line_start + row.end() : line_end].strip() if row else ""
    told = value.endswith((".", "!", "?", '"', "”"))
    if row and _WHEN_KEY.fullmatch(row.group(1)) and told:
        return False  # a dated list item: "- Friday: Turkish drones struck a car ..."
    if row and (len(value.split()) <= 12 or not told):
        return True  # an infobox or form row: "- Date: 28 January 2024"
    if _BULLET_ONLY.sub("", text[line_start : sent.start]) or text[sent.end : line_end].strip():
        return False
    chunk = text[sent.start : sent.end]
    return not _HEADING_END.search(chunk) and len(chunk.split()) <= 25


_ROW = re.compile(rf"\s*{BULLET}?\s*([A-Z][\w ]{{0,25}}):\s")
_BULLET_ONLY = re.compile(rf"^[\s]*(?:{BULLET}[\s]*)*$")
_WHEN_KEY = re.compile(
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Today|Yesterday|Overnight|Tonight|"
    r"(?:This\s+)?(?:Morning|Afternoon|Evening|Night))(?:\s+\w+){0,2}"
    # "- November 21: Militants fire a missile at the base": a timeline's dated entry
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+\d{1,2}(?:\s+\d{4})?",
    re.I,
)
_CLAIMED_RESPONSIBILITY = re.compile(r"[^.;]{0,120}?\bclaimed\s+(?:responsibility|credit)\b", re.I)


_TARGETS_WERE = re.compile(
    r"\b(?:targets?|sites?|locations?|facilities|positions)\s+(?:hit\s+|struck\s+|targeted\s+)?"
    r"(?:included|include|were|was|are|is|comprised|spanned)\b",
    re.I,
)


def _targets_listed(
    text: str, sent: Span, last: Candidate, places: Sequence[PlaceMatch]
) -> list[Candidate]:
    """'The targets included a KH site at Jurf al-Sakhar and a location near al-Qaim': the
    places of strikes told just before without one, each an event of its own."""
    area = last.place.admin1 if last.place is not None and last.place.kind == "admin1" else None
    if (
        last.place is not None and last.place.kind != "country" and area is None
    ) or not _TARGETS_WERE.search(text, sent.start, sent.end):
        return [last]
    found = [
        p
        for p in places
        if p.kind in ("town", "site")
        and (last.country is None or p.country == last.country)
        # "two sites in Deir Ezzor governorate ... the targets were near Albu Kamal and Mayadin"
        and (area is None or p.admin1 == area)
        and not roles.not_a_location(text, p)
    ]
    if not found:
        return [last]
    if area is not None:
        # every named place of the province the strikes were told in is one of the targets
        listed = list({p.name: p for p in found}.values())
    else:
        listed = roles.coordinated(text, found, found[0]) if len(found) > 1 else found
    last.place, last.country, last.places_here = listed[0], listed[0].country, listed
    last.spans.append(sent)
    return split.split_by_place(last, text)


_PERIOD_TOLL = re.compile(
    r"\b(?:over|during|throughout|in)\s+the\s+(?:past\s+|last\s+|previous\s+)?(?:week|month|year|"
    r"weekend|\w+\s+(?:days|weeks|months))\b|\bsince\s+(?:the\s+start|the\s+beginning|October|"
    r"the\s+war|the\s+fighting|hostilities)\b|\bso\s+far\b|\bto\s+date\b|\bin\s+total\b|"
    # "has waged a campaign for more than 40 years, responsible for the deaths of 40,000"
    r"\bfor\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+)?(?:\d+|\w+)\s+"
    r"(?:decades|years)\b|\bdeaths\s+of\s+(?:more\s+than\s+|over\s+|nearly\s+|some\s+)?"
    r"\d[\d,]{3,}",
    re.I,
)


def _follow_up(text: str, sent: Span, last: Candidate, actors: Sequence[ActorMatch] = ()) -> None:
    """A sentence with no event of its own may still add to the last one ("Alternative
    sources cited two fatalities", "Most were intercepted", "Kataib Hezbollah claimed
    responsibility")."""
    # "Hezbollah announced the deaths of 15 of its fighters over the week": a period's toll
    chunk_claims = (
        [] if _PERIOD_TOLL.search(text, sent.start, sent.end) else casualties.claims_in(text, sent)
    )
    if chunk_claims:
        last.claims.extend(chunk_claims)
        last.spans.append(sent)
    _outcome(text, sent, last)
    claimers = [
        a
        for a in actors
        if a.kind not in ("civilian", "generic")
        and _CLAIMED_RESPONSIBILITY.match(text, a.span.end, sent.end)
    ]
    if claimers and (last.actor1 is None or last.actor1.kind == "generic"):
        last.actor1 = claimers[0]
        last.spans.append(sent)


# an aside and the verbs of starting or going on between a government and what it did
_GOVERNMENT_GAP = re.compile(
    r"^\s*,[^,;]{1,60},|\b(?:(?:then|also|later|again|soon|has|have|had)\s+)*"
    r"(?:began|begun|started|continued|resumed|kept)(?:\s+to)?\b",
    re.I,
)


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
    if agent is not None and agent.kind == "civilian" and trig.family in _VIOLENT:
        # "Swan Atlantic, managed by Uni-Tankers, was hit": civilians are not who struck
        agent, patient = None, patient or agent
    if agent is not None and agent.kind == "government" and trig.family in _VIOLENT:
        # a government talks, signs and is blamed; its forces strike (ACLED never codes a
        # government as the side that does): "the Iraqi government attacked X" is its
        # forces', "drone strikes ... aimed at derailing a deal with Baghdad" no one's
        # "The Biden administration, together with Britain, began striking the group"
        between = _GOVERNMENT_GAP.sub(" ", text[agent.span.end : trig.span.start])
        right_before = agent.span.end <= trig.span.start and not between.strip(" ,")
        agent = agents.forces_of(agent) if right_before else None
    if _LEADING_PARTICIPLE.fullmatch(text, sent.start, trig.span.start) and trig.surface.endswith(
        "ing"
    ):
        # "After seizing Aleppo in late November, the HTS-led offensive captured Hama": the
        # main clause's subject did it
        comma = text.find(",", trig.span.end, sent.end)
        subject = next((a for a in actors if comma >= 0 and a.span.start > comma), None)
        if subject is not None and text[comma + 1 : subject.span.start].split() in (
            [],
            ["the"],
        ):
            agent, patient = subject, None if patient is subject else patient
    if trig.impact:
        owner = _weapon_subject_owner(text, sent, trig, actors)
        if owner is not None:
            agent, patient = owner, None if patient is owner else patient
    if patient is not None and _OWNS_THE_SHIP.search(
        text, max(sent.start, patient.span.start - 60), patient.span.start
    ):
        patient = None  # "a ship belonging to the Zionist enemy": merchant shipping, its owner
    if (
        patient is not None
        and _BLAMED.search(text, sent.start, trig.span.start)
        and _ON_BEFORE.search(text, max(sent.start, patient.span.start - 12), patient.span.start)
    ):
        agent, patient = agent or patient, None  # "blamed the attack on the Islamic Resistance"
    if agent is None:
        agent, as_place = agents.country_agent(text, trig, win, places)
        if as_place is not None:
            places = [p for p in places if p is not as_place]
    if patient is None and trig.family == "weak":
        # "the aggression came three weeks after Iran ... fired at Israeli bases": the actors
        # after a relation cue belong to the cause
        cue = relations.RELATION_CUE.search(text, trig.span.end, sent.end)
        stop = cue.start() if cue else sent.end
        later = [a for a in actors if trig.span.end <= a.span.start < stop and a is not agent]
        patient = later[0] if later else None
    shares_subject = False
    if agent is None:
        agent, as_place = agents.participle_subject(text, trig, sent, actors, places)
        shares_subject = agent is not None
        if as_place is not None:
            places = [p for p in places if p is not as_place]
    if agent is None and not trig.passive:
        rel = _RELATIVE_SUBJECT.search(text, max(sent.start, trig.span.start - 30), trig.span.start)
        if rel is not None:
            # "an offensive by HTS and allied factions, which captured Aleppo": the side the
            # relative clause hangs on
            agent = next(
                (
                    a
                    for a in reversed(actors)
                    if a.span.end <= rel.start() and a.kind in _SUBJECT_KINDS
                ),
                None,
            )
    if agent is None:
        agent = agents.claimant(text, trig, sent, doc_actors)
    if agent is None:
        agent = agents.described_agent(text, trig, win, doc_actors)
    if agent is None:
        agent = agents.nationality_agent(text, trig, win.left.start)
    if agent is None:
        agent = agents.weapon_operator(text, trig, win, weapons, doc_actors)
    if trig.family == "change":
        # "KH announced it is suspending attacks on U.S. forces": the group changes, the
        # forces it names are not a party to this event
        speakers = [a for a in doc_actors if sent.start <= a.span.start < trig.span.start]
        agent, patient = agent or (speakers[-1] if speakers else None), None
    if trig.family == "agreement":
        agent, patient, places = agents.parties(text, sent, trig, actors, places)
    others = [w for w in wins if w is not win]
    chosen = roles.choose_place(text, trig, win, places, sent, others, actors)
    cand = Candidate(
        sentence=si,
        trigger=trig,
        evidence=sent,
        family=trig.family,
        actor1=agent,
        actor2=patient,
        place=chosen[0] if chosen else None,
        places_here=chosen,
        areas={
            area
            for p in places
            if win.whole.start <= p.span.start < win.whole.end
            and (area := p.name if p.kind == "admin1" else p.admin1)
        },
        dates_here=[
            d
            for d in dates
            if d.kind == "point" and win.whole.start <= d.span.start < win.whole.end
        ],
        date=roles.choose_date(text, trig, win, dates, sent, [w for w in wins if w is not win]),
        weapons=roles.weapons_for(text, trig, win, weapons),
        trigger_sub=trig.sub,
        spans=[sent],
    )
    if cand.date is None:
        cand.date = context_days.days_before(text, trig, sent, dates) or _since_when(
            text, trig, sent, dates
        )
    if cand.date is None and shares_subject:
        # "Israel on Saturday carried out its response to ..., striking": the main clause's day
        cue = relations.RELATION_CUE.search(text, sent.start, trig.span.start)
        stop = cue.start() if cue else trig.span.start
        cand.date = next((d for d in dates if d.kind == "point" and d.span.end <= stop), None)
    if trig.definite and trig.plural:
        cand.covers = _covers(text, sent, trig)
    cand.ground = trig.family in ("attack", "clash") and bool(
        # not a fight told in another clause ("as fighting between ... raged in Sweida")
        _GROUND_FIGHT.search(text, sent.start, _before_an_as_clause(text, trig.span.end, sent.end))
        or _GROUND_AGENT.search(text, max(sent.start, trig.span.start - 40), trig.span.start)
    )
    cand.origin = next(
        (
            p.country
            for p in places
            # "fired from Lebanon", "fired from southern Lebanon"
            if p.kind in ("country", "region")
            and win.whole.start <= p.span.start < win.whole.end
            and _FIRED_FROM.search(text, max(sent.start, p.span.start - 40), p.span.start)
        ),
        None,
    ) or _territory_fired_from(text, win.whole)
    if trig.family == "protest":
        cand.trigger_sub = protest_subtype(text, sent) or cand.trigger_sub
        forces = [a for a in actors if a.kind in STATE_KINDS]
        if cand.trigger_sub != "Peaceful protest" and cand.actor2 is None and forces:
            cand.actor2 = forces[0]  # the police that dispersed or fired on the crowd
    if trig.family == "intercept":
        # "the destroyer shot down drones launched by X": the attack is X's; "intercepted
        # Israeli missiles": the adjective names the attacker
        attacker = agent if _by_agent(text, win, agent) else None
        if attacker is None:
            attacker = agents.weapon_owner(text, win)
        # "Syrian air defences intercepted Israeli missiles near Damascus": a state
        # defending its own territory is the target; a warship at sea is not
        home = {p.country for p in places if sent.start <= p.span.start < sent.end}
        defender = None
        if agent is not None and attacker is not agent and agent.kind == "state_force":
            defender = agent if agent.country in home else None
        cand.actor1, cand.actor2 = attacker, defender
        cand.outcome.add("intercepted")
        if _PLATFORM_DOWNED.match(text, win.right.start, win.right.end) and agent is not attacker:
            # "air defences shot down an American MQ-9 over Marib": no attack was stopped, a
            # platform was: the shooter disrupted its owner's weapons (ACLED's coding)
            cand.actor1, cand.actor2 = (
                agent or agents.sole_armed_group(cand.place, doc_actors),
                attacker,
            )
            cand.trigger_sub = "Disrupted weapons use"
            cand.outcome.discard("intercepted")
    cand.country = cand.place.country if cand.place else None
    cand.soldiers_harmed = patient is None and bool(
        _SOLDIERS_HARMED.search(text, win.right.start, win.right.end)
        or _SOLDIERS_HARMED_BEFORE.search(text, win.left.start, trig.span.start)
        or _ARMY_POST.match(text, win.right.start, win.right.end)
    )
    cand.civilians_harmed = patient is None and (
        _civilians_harmed(text, sent, win, wins, actors)
        or (
            trig.family in ("strike", "attack", "explosion")
            and not cand.ground
            and _KILLING_SOME.search(text, win.whole.start, win.whole.end) is not None
        )
    )
    cand.arms_hit = patient is None and bool(
        _STATE_ARMS.match(text, win.right.start, win.right.end)
    )
    if agent:
        cand.aliases1.add(agent.surface)
    if patient:
        cand.aliases2.add(patient.surface)
    cand.responds = relations.retaliatory(text, win.left.start, win.right.end)
    at_source = trig.family in ("attack", "strike") and bool(
        _AT_ITS_SOURCE.match(text, trig.span.end, sent.end)
    )
    if at_source:
        cand.responds = cand.answers_before = True
    pure_anaphora = cand.date is None and (cand.place is None or cand.place.kind == "country")
    cand.merge_only = (
        trig.refers
        or (
            trig.definite
            and not at_source  # "the military says jets struck the launchers used": new
            # "the Israeli military said its jets had struck around 100 launchers": a side
            # telling its own operation
            and not _OWN_REPORT.search(text, max(sent.start, trig.span.start - 60), trig.span.start)
            and cand.date is None
            and _STANCE.search(text[sent.start : sent.end]) is not None
        )
        # "arrested two suspects in connection with the attack": named, not told
        or _INVOLVED_IN_DOING.search(text, max(sent.start, trig.span.start - 40), trig.span.start)
        is not None
        or (
            trig.definite
            and _IN_CONNECTION.search(text, max(sent.start, trig.span.start - 60), trig.span.start)
            is not None
        )
        or (
            trig.family == "intercept"
            and cand.actor1 is None
            and not (cand.weapons and cand.place and cand.place.kind in ("site", "town", "sea"))
            # "a missile launched from Yemen toward Israel early Friday was intercepted"
            and not (cand.weapons and cand.origin and cand.date and cand.origin != cand.country)
        )
        or (pure_anaphora and cand.actor1 is None and _quoted(text, sent, trig))
        # "two rockets landed inside the base": the impact of an attack told before
        or (trig.impact and cand.date is None and cand.place is None)
        or (
            trig.family == "harm"
            and not _weapon_subject(text, win, cand)
            and not _by_agent(text, win, cand.actor1)
            and not _armed_subject(cand, sent)
        )
    )
    if (
        cand.actor2 is None
        and not cand.merge_only
        and cand.place is not None
        and cand.place.kind == "site"
    ):
        hosts = agents.garrison(cand.place.name)
        if hosts and not (cand.actor1 and compatible(cand.actor1.canonical, hosts)):
            cand.actor2 = ActorMatch(
                span=cand.place.span,
                surface=cand.place.surface,
                canonical=hosts,
                kind="state_force",
                country=None,
                families=(hosts,),
            )
    if cand.actor2 is None and not cand.merge_only and cand.family in ("strike", "attack", "weak"):
        cand.actor2 = agents.state_sites_hit(text, win, cand.place, cand.actor1, doc_actors)
    if (
        cand.actor2 is None
        and cand.family == "weak"
        and cand.actor1 is not None
        and trig.surface.lower().endswith("against")
    ):
        # "Israel carried out its retaliation against Iran": the state a state acts against
        cand.actor2 = next(
            (
                agents.state_of(p)
                for p in places
                if p.kind == "country" and 0 <= p.span.start - trig.span.end <= 5
            ),
            None,
        )
    if (
        cand.actor2 is None
        and not cand.merge_only
        and cand.family in ("strike", "attack")
        and cand.actor1 is not None
    ):
        # a barrage at a whole country: its forces, if nothing told later names who was hit
        cand.aimed_at = agents.state_targeted(text, trig, win, places, cand.actor1, doc_actors)
    _outcome(text, sent, cand)
    return cand


# "the first since January 28, when a drone struck Tower 22": the window's start is the day
# of the event its when-clause tells
_WHEN_CLAUSE = re.compile(r",?\s+when\b[^.;:]*$")


def _since_when(
    text: str, trig: Trigger, sent: Span, dates: Sequence[DateMention]
) -> DateMention | None:
    for d in dates:
        if (
            d.kind == "since"
            and sent.start <= d.span.start
            and d.span.end <= trig.span.start
            and _WHEN_CLAUSE.fullmatch(text, d.span.end, trig.span.start)
        ):
            return replace(d, kind="point")
    return None


_PROTEST_FORCE = re.compile(
    r"\b(?:(?:killed|killing|shot\s+dead|shooting\s+dead|opened\s+fire\s+on|fired\s+live\s+"
    r"(?:ammunition|rounds)\s+at)\s+(?:[\w-]+\s+){0,3}(?:protesters|protestors|demonstrators)|"
    r"(?:protesters|protestors|demonstrators)\s+(?:were\s+)?(?:killed|shot\s+dead))\b",
    re.I,
)
_RIOTING = re.compile(
    r"\b(?:stormed|storming|set\s+(?:fire\s+to|ablaze|alight)|set\s+(?:[\w-]+\s+){1,3}on\s+fire|"
    r"torched|torching|ransacked|vandali[sz]ed|looted|smashed|threw\s+(?:stones|rocks|"
    r"molotov|petrol\s+bombs|firebombs)|hurled\s+(?:stones|rocks|molotov|petrol\s+bombs)|"
    r"clashed\s+with\s+(?:police|security|riot))",
    re.I,
)
_DISPERSED = re.compile(
    r"\b(?:tear\s+gas|water\s+cannons?|rubber\s+bullets|dispersed|baton|beat\s+(?:the\s+)?"
    r"(?:protesters|demonstrators)|arrested\s+(?:[\w-]+\s+){0,3}(?:protesters|demonstrators))",
    re.I,
)


def protest_subtype(text: str, sent: Span) -> str | None:
    """ACLED's protest types from what the sentence tells: protesters killed by the
    authorities, protesters turning violent, a crowd dispersed; None for a plain protest."""
    if _PROTEST_FORCE.search(text, sent.start, sent.end):
        return "Excessive force against protesters"
    if _RIOTING.search(text, sent.start, sent.end):
        return "Violent demonstration"
    if _DISPERSED.search(text, sent.start, sent.end):
        return "Protest with intervention"
    return None


# "hit an army position near Metula": a post of the army of the country it stands in
_ARMY_POST = re.compile(
    r"\s+(?:an?|the|two|three|several)\s+(?:army|military)\s+(?:positions?|posts?|outposts?|"
    r"barracks|bases?|sites?)\b",
    re.I,
)
# "struck an air-defense radar near Isfahan", "hit several tanks advancing toward Sweida"
_STATE_ARMS = re.compile(
    r"\s+(?:an?|the|two|three|four|several|\d+)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:air[-\s]defen[cs]e\s+(?:radars?|systems?|batter(?:y|ies)|sites?|units?)|"
    r"air[-\s]defen[cs]es|radars?|tanks|warplanes|fighter\s+jets|helicopters)\b",
    re.I,
)
_PLATFORM_DOWNED = re.compile(
    r"\s+(?:an?\s+|the\s+|one\s+|two\s+|another\s+)?(?:[\w.’'-]+\s+){0,3}?"
    r"(?:MQ-\d+\w*|Reapers?|Hermes(?:\s+\d+)?|Herons?|(?:reconnaissance|surveillance|spy)\s+"
    r"(?:drones?|aircraft|planes?)|(?:fighter\s+)?jets?|warplanes?|helicopters?|F-\d+\w*)\b"
)
_SOLDIERS_HARMED = re.compile(
    r"\b(?:killing|killed|wounding|wounded|injuring|injured)\s+(?:at\s+least\s+)?"
    r"(?:[\w-]+\s+){0,2}(?:soldiers?|troops|servicem[ae]n|service\s+members?|reservists?)\b",
    re.I,
)
# "a female soldier was killed when rockets hit"
_SOLDIERS_HARMED_BEFORE = re.compile(
    r"\b(?:soldiers?|troops|servicem[ae]n|service\s+members?|reservists?)\s+(?:was|were|had\s+been|"
    r"have\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|hurt)\b",
    re.I,
)


# "killing one man", "wounding two people", "a civilian worker was killed", "two people were
# lightly wounded": people harmed whom the text gives no side are civilians, as ACLED codes them
_PEOPLE = (
    r"(?:people|persons|civilians?|m[ae]n|wom[ae]n|child(?:ren)?|boys?|girls?|workers?|"
    r"residents?|passers-?by|motorists?|drivers?|farmers?|shepherds?|fishermen|teenagers?|"
    # "five members of one family", "two journalists", "three paramedics"
    r"members\s+of\s+(?:a|one|the\s+same)\s+family|family\s+members|relatives|infants?|"
    r"babies|toddlers?|journalists?|reporters?|photographers?|paramedics?|medics?|rescuers?|"
    r"doctors?|nurses?|students?|pupils?|pilgrims?|worshipp?ers?|refugees?|migrants?)"
)
_HOW_MANY = rf"(?:\d+|an?|one|{spelled(2, 99)}|several|dozens\s+of|hundreds\s+of)"
_CIVILIANS_HARMED = re.compile(
    r"\b(?:killing|killed|wounding|wounded|injuring|injured)\s+(?:at\s+least\s+|some\s+|about\s+)?"
    rf"{_HOW_MANY}\s+(?:[\w-]+\s+){{0,2}}?{_PEOPLE}\b(?!\s*(?::|of\s+(?:the|its|his|their)\b))|"
    rf"\b{_HOW_MANY}\s+(?:[\w-]+\s+){{0,2}}?{_PEOPLE}\s+(?:[\w-]+\s+){{0,3}}?"
    r"(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:\w+ly\s+)?"
    r"(?:killed|wounded|injured|hurt|martyred)\b",
    re.I,
)
# "a missile hit a residential building in Beersheba, killing four.": the dead of a strike
# no side is named for (in a clash they are the fighters)
_KILLING_SOME = re.compile(
    r"\b(?:killing|wounding|injuring)\s+(?:at\s+least\s+|some\s+|about\s+)?"
    rf"(?:\d+|{spelled(2, 99)}|several)(?=\s*[.;]|\s*,\s*(?:including|among)\b|\s+and\s+"
    r"(?:wounding|injuring)\b)",
    re.I,
)


def _weapon_subject_owner(
    text: str, sent: Span, trig: Trigger, actors: Sequence[ActorMatch]
) -> ActorMatch | None:
    """'A Houthi ballistic missile evaded Israeli air defences and landed': the side named
    on the weapon that landed fired it, not a side named on the way."""
    m = triggers.weapon_subject(text, sent.start, trig)
    if m is None:
        return None
    return next(
        (
            a
            for a in reversed(actors)
            if a.span.end <= m.start()
            and re.fullmatch(r"(?:\s+[\w-]+){0,3}\s+", text[a.span.end : m.start()])
        ),
        None,
    )


def _civilians_harmed(
    text: str,
    sent: Span,
    win: roles.Window,
    wins: Sequence[roles.Window],
    actors: Sequence[ActorMatch],
) -> bool:
    """People harmed in the trigger's window (the sentence's rest for its last trigger), none
    of them named as any armed side's ("three IRGC men", "killing three people: a commander")."""
    end = sent.end if win is wins[-1] else win.whole.end
    for m in _CIVILIANS_HARMED.finditer(text, win.whole.start, end):
        if not any(a.kind != "civilian" and m.start() <= a.span.start < m.end() for a in actors):
            return True
    return False


_MERCHANT = re.compile(
    r"\b(?:shipping(?:\s+lanes?)?|merchant|commercial\s+(?:ship|vessel)s?|cargo|container\s*ships?|"
    r"tankers?|bulk\s+carriers?|bulkers?|freighters?|vessels?|ships?|containerships?|"
    r"car\s+carriers?|M/?[VT]\s+[A-Z]|MSC\s+[A-Z]|[A-Z][\w-]*-flagged)\b"
)
# "off Mokha", "15 nautical miles west of Hodeidah", "the Liberia-flagged Al Jasrah": at sea
# though the place named is a town on the coast
_AT_SEA = re.compile(
    r"\b(?:nautical\s+miles?|off\s+(?:the\s+(?:coast|port)\s+of\s+)?[A-Z]|[\w-]+-flagged)\b"
)
# "naval missiles", "the group's naval forces" are the attacker's, not a warship attacked
_NAVAL = re.compile(
    r"\b(?:destroyers?|warships?|frigates?|aircraft\s+carriers?|USS|HMS|navy|"
    r"naval\s+(?:vessels?|ships?|escorts?|task\s+force))\b",
    re.I,
)
# "shot down two drones heading towards a merchant vessel it was escorting"
_AIMED_AT_SHIPPING = re.compile(
    r"\b(?:toward|towards|at|targeting|heading\s+for|aimed\s+at)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:merchant|commercial|cargo|container\s*ships?|tankers?|bulk\s+carriers?|bulkers?|"
    r"freighters?)\b",
    re.I,
)


def _shipping(text: str, sent: Span, cand: Candidate) -> ActorMatch | None:
    """'the rebels launched 18 drones and two anti-ship missiles toward shipping lanes in
    the Red Sea', 'MV Tutor was hit by a sea drone': an attack at sea on merchant shipping
    targets civilians of no one country (ACLED's Civilians (International)), unless the
    sentence is about warships. Drones a warship shot down on their way to a merchant ship
    were aimed at shipping all the same."""
    words = text[sent.start : sent.end]
    if cand.family == "intercept":
        aimed = _AIMED_AT_SHIPPING.search(words)
        return _civilians_at_sea(sent, aimed) if aimed else None
    if cand.family == "abduction" and not _NAVAL.search(words):
        # "seized a ship belonging to the Zionist enemy", "kidnapped several of the crew": a
        # merchant ship taken with its crew
        ship = _SHIP_OBJECT.match(words, cand.trigger.span.end - sent.start)
        if ship is not None and _MERCHANT.search(words):
            return _civilians_at_sea(sent, ship)
        crew = _CREW.search(words)
        return _civilians_at_sea(sent, crew) if crew else None
    # "Magic Seas came under fire ... 51 nautical miles southwest of Hodeidah": a ship shot at
    if cand.family not in ("attack", "strike", "explosion", "clash"):
        return None
    if (cand.place is None or cand.place.kind != "sea") and not _AT_SEA.search(words):
        return None
    if cand.actor1 is not None and cand.actor1.kind in STATE_KINDS:
        return None  # a navy striking boats at sea hits fighters, not shipping
    if _NAVAL.search(words):
        return None
    m = _MERCHANT.search(words)
    if m is None and cand.trigger.passive and cand.place is not None and cand.place.kind == "sea":
        # "Eternity C was attacked 50NM southwest of Al Hudaydah": what is attacked at sea,
        # when no warship is told of, is a ship going about its trade
        m = re.compile(re.escape(cand.trigger.surface)).search(
            words, cand.trigger.span.start - sent.start
        )
    if m is None:
        return None
    return _civilians_at_sea(sent, m)


def _civilians_at_sea(sent: Span, m: re.Match[str]) -> ActorMatch:
    return ActorMatch(
        span=Span(sent.start + m.start(), sent.start + m.end()),
        surface=m.group(0),
        canonical="Civilians (International)",
        kind="civilian",
        country=None,
        families=("Civilians (International)",),
    )


def _shooters_told_before(
    text: str, sent: Span, trig: Trigger, cand: Candidate, out: Sequence[Candidate]
) -> ActorMatch | None:
    """'struck the cell that had fired them': the shooters of the attack told before."""
    if not _THE_SHOOTERS.match(text, trig.span.end, min(sent.end, trig.span.end + 80)):
        return None
    return next(
        (
            c.actor1
            for c in reversed(out)
            if c.actor1 is not None
            and c.actor1.kind != "generic"
            and not (cand.actor1 and compatible(c.actor1.canonical, cand.actor1.canonical))
        ),
        None,
    )


_THE_SHOOTERS = re.compile(
    r"\s+the\s+(?:[\w-]+\s+)?(?:cell|squad|team|launchers?|militants|fighters|gunmen|crew)\s+"
    r"(?:that|who|which)\s+(?:had\s+)?(?:fired|launched|carried\s+out)\b",
    re.I,
)


_UNIDENTIFIED = "Unidentified Armed Group"


def _armed_subject(cand: Candidate, sent: Span) -> bool:
    """'Israel killed a Hezbollah commander near Tyre on June 11': a state or armed group
    that kills, with a day or a place told, is the attack itself."""
    a = cand.actor1
    return (
        a is not None
        and not cand.trigger.passive
        # "gunmen shot dead a teacher": an armed group no one names is one too
        and (a.kind not in ("civilian", "generic") or a.canonical == _UNIDENTIFIED)
        and sent.start <= a.span.start < cand.trigger.span.start
        and (cand.date is not None or (cand.place is not None and cand.place.kind != "country"))
    )


def _by_agent(text: str, win: roles.Window, agent: ActorMatch | None) -> bool:
    if agent is None:
        return False
    return bool(
        # "killed by the Houthis", "killed by a Houthi sniper"
        re.search(
            r"\bby\s+(?:the\s+|an?\s+)?$", text[max(0, agent.span.start - 12) : agent.span.start]
        )
    )


def _claim_parts(
    text: str, sent: Span, made: list[tuple[int, Candidate]], unasserted: Sequence[Trigger]
) -> list[tuple[Span, list[tuple[int, Candidate]]]]:
    """'Ten people were killed when an Israeli strike hit Nabatieh, hours after a rocket
    salvo killed a soldier in Safed': a toll on each side of a sequence cue is its own
    clause's; otherwise the sentence's tolls go as `_claims_span` says."""
    first_end = min(c.trigger.span.end for _, c in made)
    last_start = max(c.trigger.span.start for _, c in made)
    cue = relations.RELATION_CUE.search(text, first_end, last_start)
    if cue is None:
        return [(_claims_span(text, sent, made, unasserted), made)]
    before = [(i, c) for i, c in made if c.trigger.span.start < cue.start()]
    after = [(i, c) for i, c in made if c.trigger.span.start >= cue.end()]
    return [(Span(sent.start, cue.start()), before), (Span(cue.end(), sent.end), after)]


def _claims_span(
    text: str, sent: Span, made: list[tuple[int, Candidate]], unasserted: Sequence[Trigger] = ()
) -> Span:
    """The sentence up to a relation cue whose cause is no event of ours ("in response to
    the killing of one of its commanders") or up to an event told only as a reference ("the
    first since a drone strike killed three soldiers"): that toll belongs to another event."""
    last = max(c.trigger.span.end for _, c in made)
    for m in relations.RELATION_CUE.finditer(text, last, sent.end):
        return Span(sent.start, m.start())
    later = [t for t in unasserted if t.span.start > last]
    if later:
        anchor = None
        for m in _ANCHOR_WORD.finditer(text, last, later[0].span.start):
            anchor = m
        return Span(sent.start, anchor.start() if anchor else later[0].span.start)
    return sent


_ANCHOR_WORD = re.compile(r"\b(?:since|before|after|until|unlike|like)\b", re.I)


def _attach_claims(
    text: str, made: list[tuple[int, Candidate]], claims: list[CasualtyClaim]
) -> None:
    """Casualties in a sentence belong to the event of its last asserted clause that is
    not a cause ("strikes ... after an attack that killed three": the attack's toll)."""
    for claim in claims:
        target = made[-1][1]
        if claim.span is not None:
            # "a drone boat rammed the Tutor on 12 June, killing a crewman, while the Rubymar,
            # hit by missiles in February, sank": the toll of the clause it is told in
            word = casualties.CASUALTY_WORD.search(text, claim.span.start, claim.span.end)
            at = word.start() if word else claim.span.end
            before = [c for _, c in made if c.trigger.span.start <= at]
            target = before[-1] if before else target
        siblings = [c for _, c in made if c.trigger.span == target.trigger.span]
        if len(siblings) > 1:
            # "killed five people in Haris and four in Tallousa": each place its own toll;
            # one figure for attacks on several places is no single event's toll
            tolls = _tolls_by_place(text, claim, siblings)
            for c, n in zip(siblings, tolls or [], strict=bool(tolls)):
                c.claims.append(replace(claim, killed=n, injured=None))
            continue
        target.claims.append(claim)


def _tolls_by_place(
    text: str, claim: CasualtyClaim, siblings: Sequence[Candidate]
) -> list[int] | None:
    """One killed figure told right before each place, in the order the places are told, or
    None when the sentence does not give every place its own."""
    if claim.killed is None or claim.span is None or claim.killed_bound != "exact":
        return None
    places = [c.place for c in siblings]
    if any(p is None for p in places):
        return None
    out: list[int] = []
    start = claim.span.start
    for p in sorted((p for p in places if p is not None), key=lambda p: p.span.start):
        m = next(
            (m for m in _TOLL_BEFORE_PLACE.finditer(text, start, p.span.start)
             if m.end() == p.span.start),
            None,
        )  # fmt: skip
        if m is None:
            return None
        n = m.group("n")
        out.append(int(n) if n.isdigit() else parse_words(n.lower()) or 0)
        start = p.span.end
    if not out or out[0] != claim.killed or 0 in out:
        return None
    order = sorted(range(len(siblings)), key=lambda i: places[i].span.start)  # type: ignore[union-attr]
    by_sibling = [0] * len(siblings)
    for rank, i in enumerate(order):
        by_sibling[i] = out[rank]
    return by_sibling


# "five people in the village of Haris", "and four in Tallousa"
_TOLL_BEFORE_PLACE = re.compile(
    rf"\b(?P<n>\d+|{spelled(1, 30)})\s+(?:[\w-]+\s+){{0,2}}?(?:in|at)\s+"
    r"(?:the\s+(?:(?:southern|northern|border)\s+)?(?:village|town|city|area|district)\s+of\s+)?",
    re.I,
)


def _outcome(text: str, sent: Span, cand: Candidate) -> None:
    cand.outcome.update(_outcomes_in(text, sent.start, sent.end))


@lru_cache(maxsize=64)
def _outcomes_in(text: str, start: int, end: int) -> tuple[str, ...]:
    """The outcome labels a sentence tells, once per sentence (every candidate in it asks)."""
    return tuple(label for pattern, label in _OUTCOMES if pattern.search(text, start, end))


# --- merging within the document -------------------------------------------------------
