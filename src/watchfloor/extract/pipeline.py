"""Document -> Extraction: the pure extraction step.

No database, no network, no global state beyond cached lexicons, so it runs in a process
pool or on a Dask worker. The steps, each in its own module:

    segment (text/segment) -> mentions of actors, places, weapons, dates (resolve/*)
    -> triggers + hedges + roles -> candidates (extract/events) -> merge within the document
    -> relations -> casualty counts -> statements, tallies, facts (extract/*)
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from watchfloor.extract import events as ev
from watchfloor.extract import roles, triggers
from watchfloor.extract.facts import find_facts
from watchfloor.extract.statements import find_statements
from watchfloor.extract.tallies import find_tallies
from watchfloor.models import CasualtyClaim, Count, Document, Extraction, Mention, Span
from watchfloor.resolve.actors import ActorMatch, compatible, find_actors, qualified_name
from watchfloor.resolve.dates import find_dates
from watchfloor.resolve.places import PlaceMatch, find_places
from watchfloor.resolve.weapons import WeaponMatch, find_weapons, weapon_broader
from watchfloor.text.segment import sentences as split_sentences

log = logging.getLogger(__name__)


def extract(doc: Document) -> Extraction:
    """Never raises: a document that cannot be analysed gives an empty extraction with a warning."""
    try:
        return _extract(doc)
    except Exception as exc:  # extraction must never stop a batch
        log.warning("extraction failed for %s: %s", doc.name, exc)
        return Extraction(doc_id=doc.name, warnings=(f"extraction failed: {exc!r}",))


def _extract(doc: Document) -> Extraction:
    text = doc.text
    sents = split_sentences(text)
    actors = find_actors(text)
    weapons = find_weapons(text)
    places = [
        p
        for p in find_places(text)
        if not _inside_any(p.span, actors) and not _inside_any(p.span, weapons)
    ]
    dates = [d for d in find_dates(text, doc.published) if not _in_dateline(text, d.span)]
    cands, relations, notes = ev.build_candidates(text, sents, actors, places, weapons, dates)
    merged, owner = ev.merge_candidates(cands, relations)
    doc_country = _main_country(places)
    mentions = _finalise(text, merged, doc.published, doc_country)
    mentions = _link(mentions, merged, owner, relations, cands)
    statements = find_statements(text, sents, mentions, doc.published)
    tallies = find_tallies(text, sents, mentions, doc.published)
    facts = find_facts(text, sents)
    return Extraction(
        doc_id=doc.name,
        events=tuple(mentions),
        statements=tuple(statements),
        tallies=tuple(tallies),
        facts=tuple(facts),
        warnings=tuple(notes),
    )


_DATELINE = re.compile(r"[A-Z][A-Z .'/-]{2,60}(?:\([^)]*\))?,?\s*$")


def _in_dateline(text: str, span: Span) -> bool:
    """'WASHINGTON, Oct 19 - ...': the dateline's date is when the story was filed."""
    line_start = text.rfind("\n", 0, span.start) + 1
    if not _DATELINE.fullmatch(text[line_start : span.start]):
        return False
    return bool(re.match(r"(?:\s*\([^)]*\))?\s*[-–—(]", text[span.end : span.end + 40]))


def _inside_any(span: Span, found: Sequence[ActorMatch | WeaponMatch]) -> bool:
    return any(a.span.start < span.end and span.start < a.span.end for a in found)


def _main_country(places: Sequence[PlaceMatch]) -> str | None:
    counts = Counter(p.country for p in places if p.country)
    return counts.most_common(1)[0][0] if counts else None


def _finalise(
    text: str, merged: Sequence[ev.Candidate], published: dt.date | None, doc_country: str | None
) -> list[Mention]:
    out = []
    for i, c in enumerate(merged):
        country = c.country or doc_country
        weapons = _weapon_names(c.weapons, c.trigger.weapon, c)
        sub = _subtype(c)
        actor1 = qualified_name(c.actor1.canonical, country) if c.actor1 else None
        if actor1 is None and c.family in ev.REMOTE_FAMILIES and country:
            actor1 = f"Unidentified Armed Group ({country})"
        actor2 = qualified_name(c.actor2.canonical, country) if c.actor2 else None
        if actor2 is None and c.place is not None and c.place.kind == "site":
            hosts = roles.garrison(c.place.name)
            if hosts and not (actor1 and compatible(actor1, hosts)):
                actor2 = hosts
        date = c.date.date if c.date else published
        precision = c.date.precision if c.date else "day"
        if precision not in ("day", "week", "month", "year"):
            precision = "day"
        place = c.place
        spans = sorted(set(c.spans), key=lambda s: s.start)
        out.append(
            Mention(
                id=f"e{i + 1}",
                date=date,
                date_precision=precision,  # type: ignore[arg-type]
                event_type=triggers.event_type_of(sub),
                sub_event_type=sub,
                actor1=actor1,
                actor1_aliases_in_text=tuple(sorted(c.aliases1)),
                actor2=actor2,
                actor2_aliases_in_text=tuple(sorted(c.aliases2)),
                country=country,
                admin1=place.admin1 if place else None,
                location=place.name if place and place.kind != "country" else None,
                latitude=place.latitude if place and place.kind != "country" else None,
                longitude=place.longitude if place and place.kind != "country" else None,
                geo_precision=place.kind if place else ("country" if country else None),
                weapons=weapons,
                fatalities=_count([(cl.killed, cl.killed_bound) for cl in c.claims]),
                injuries=_count([(cl.injured, cl.injured_bound) for cl in c.claims]),
                casualty_claims=tuple(_dedupe_claims(c.claims)),
                outcome="; ".join(sorted(c.outcome)) or None,
                evidence=text[c.evidence.start : c.evidence.end],
                spans=tuple(spans),
            )
        )
    return out


def _subtype(c: ev.Candidate) -> str:
    if c.trigger_sub:
        return c.trigger_sub
    for w in c.weapons:
        sub = triggers.subtype_for_weapon_category(w.category)
        if sub:
            return sub
    state = bool(c.actor1 and c.actor1.kind in ev.STATE_KINDS)
    return triggers.default_subtype(state_actor=state)


def _weapon_names(
    ws: Sequence[WeaponMatch], implied: str | None, c: ev.Candidate
) -> tuple[str, ...]:
    names: list[str] = []
    for w in ws:
        for n in (w.canonical, *_parents(w)):
            if n not in names:
                names.append(n)
    if implied and implied not in names:
        names.append(implied)
    state = bool(c.actor1 and c.actor1.kind in ev.STATE_KINDS)
    aircraft_only = all(w.category == "air" for w in ws)
    if (
        state
        and aircraft_only
        and "airstrike" not in names
        and _subtype(c) == "Air/drone strike"
        and not any(w.category == "drone" for w in ws)
    ):
        names.append("airstrike")  # a state's strike with no weapon named, or by aircraft
    return tuple(names)


def _parents(w: WeaponMatch) -> tuple[str, ...]:
    return weapon_broader(w.canonical)


def _count(values: Sequence[tuple[int | None, str]]) -> Count:
    """low / best / high over the claims. One claim: an exact figure fills all three, "at
    least N" only low, "about N" only best. Several: low the smallest, high the largest,
    best the smallest exact figure (ACLED's conservative reading)."""
    known = [(v, b) for v, b in values if v is not None]
    if not known:
        return Count()
    if len({v for v, _ in known}) == 1:
        v, _ = known[0]
        bounds = {b for _, b in known}
        if "exact" in bounds:
            return Count(v, v, v)
        if bounds <= {"approx"}:
            return Count(None, v, None)
        return Count(v, None, None)
    nums = [v for v, _ in known]
    exact = [v for v, b in known if b == "exact"] or nums
    return Count(min(nums), min(exact), max(nums))


def _dedupe_claims(claims: Sequence[CasualtyClaim]) -> list[CasualtyClaim]:
    seen, out = set(), []
    for c in claims:
        key = (c.source, c.killed, c.injured)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


def _link(
    mentions: list[Mention],
    merged: Sequence[ev.Candidate],
    owner: Sequence[int],
    relations: Sequence[tuple[int, int]],
    cands: Sequence[ev.Candidate],
) -> list[Mention]:
    """Set responds_to from explicit cues, else for a retaliation with no cause named, the
    latest earlier event in which the responder was the target."""
    links: dict[int, int] = {}
    for resp, cause_i in relations:
        r, c = owner[resp], owner[cause_i]
        if r >= 0 and c >= 0 and r != c:
            links.setdefault(r, c)
    for i, cand in enumerate(merged):
        if i in links or not cand.responds or cand.actor1 is None:
            continue
        responder = cand.actor1.canonical
        best: int | None = None
        for j, other in enumerate(merged):
            if j == i or other.actor2 is None:
                continue
            if not compatible(responder, other.actor2.canonical):
                continue
            if other.actor1 and compatible(responder, other.actor1.canonical):
                continue
            d_i, d_j = mentions[i].date, mentions[j].date
            if d_i and d_j and d_j > d_i:
                continue
            best = (
                j
                if best is None
                or (mentions[j].date or dt.date.min) >= (mentions[best].date or dt.date.min)
                else best
            )
        if best is not None:
            links[i] = best
    out: list[Mention] = []
    for i, m in enumerate(mentions):
        if i not in links:
            out.append(m)
            continue
        cause = mentions[links[i]]
        target = m.actor2
        if target is None and cause.actor1 and not cause.actor1.startswith("Unidentified"):
            target = cause.actor1  # a retaliation is aimed at whoever carried out the attack
        out.append(replace(m, responds_to=cause.id, actor2=target))
    return out
