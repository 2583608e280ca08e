"""The built-in extraction components, each a thin step over one module's pure function.

Registered by name in the order of `pipeline.DEFAULT_COMPONENTS`; the registry snapshot in
tests/extract/component_registry.json pins the names and their requires/assigns.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from watchfloor.extract import coref, relations, roles
from watchfloor.extract import events as ev
from watchfloor.extract.candidate import ARMED_GROUP_KINDS
from watchfloor.extract.component import Analysis, component
from watchfloor.extract.facts import find_facts
from watchfloor.extract.finalise import finalise, prune, same_enemy
from watchfloor.extract.statements import find_statements
from watchfloor.extract.tallies import find_tallies
from watchfloor.models import Span
from watchfloor.resolve.actors import ActorMatch, find_actors, in_context
from watchfloor.resolve.dates import find_dates
from watchfloor.resolve.places import (
    PlaceMatch,
    at_sea_offset,
    context_countries,
    country_info,
    find_places,
)
from watchfloor.resolve.seats import seats_acting
from watchfloor.resolve.weapons import WeaponMatch, find_weapons
from watchfloor.text.segment import sentences
from watchfloor.text.spans import SpanIndex


@component("sentences", requires=["doc.text"], assigns=["sentences"])
def _sentences(a: Analysis) -> None:
    a.sentences = sentences(a.text)


@component("actors", requires=["doc.text"], assigns=["actors"])
def _actors(a: Analysis) -> None:
    a.actors = in_context(find_actors(a.text), context_countries(a.text))


@component("weapons", requires=["doc.text"], assigns=["weapons"])
def _weapons(a: Analysis) -> None:
    a.weapons = find_weapons(a.text)


@component("places", requires=["doc.text", "actors", "weapons"], assigns=["places"])
def _places(a: Analysis) -> None:
    """Places inside an actor's or a weapon's name ("Islamic Resistance in Iraq",
    "Tomahawk") are not places of the event."""
    taken_spans: list[ActorMatch | WeaponMatch] = [*a.actors, *a.weapons]
    taken = SpanIndex(taken_spans)
    a.places = seats_acting(
        a.text,
        [
            at_sea_offset(a.text, _side_of(a.text, p))
            for p in find_places(a.text, actor_countries=(m.country for m in a.actors if m.country))
            if not _inside_a_name(taken, p)
            and not _tail_of_a_name(a.text, p)
            and not _NAMED_AFTER.match(a.text, p.span.end)
            and not (p.kind == "town" and _SURNAME_AFTER.match(a.text, p.span.end))
        ],
    )


# "Jassim al-Mazrouei", "Hassan bin Ali": a given name before a family name is a person
_SURNAME_AFTER = re.compile(r"\s+(?:al-|el-|bin\s+|ibn\s+)[A-Z][a-z]+(?:[\s,.;)]|$)")


_SIDE_OF = re.compile(
    r"\b(?:the\s+)?([A-Z][a-z]+)\s+(?:side|peak|part|slopes?|portion|section)\s+of\s+(?:the\s+)?$"
)


def _side_of(text: str, place: PlaceMatch) -> PlaceMatch:
    """'the Syrian side of Mount Hermon': a site astride a border, in the country named."""
    m = _SIDE_OF.search(text, max(0, place.span.start - 40), place.span.start)
    info = country_info(m.group(1)) if m else None
    if info is None or info[0] == place.country:
        return place
    return replace(place, country=info[0], admin1=None)


def _inside_a_name(taken: SpanIndex[ActorMatch | WeaponMatch], place: PlaceMatch) -> bool:
    """Overlapping a name, unless the place holds it whole and more ("the U.S. embassy in
    Baghdad" is a site, though "U.S. embassy" is an actor)."""
    return any(
        t.span.start < place.span.start or t.span.end > place.span.end or t.span == place.span
        for t in taken.overlapping(place.span)
    )


_NAME_HEAD_OK = frozenset(
    """the a an in at on near from to of and or by for with into across outside inside
    north south east west northern southern eastern western central upper lower greater
    northeast northwest southeast southwest northeastern northwestern southeastern
    southwestern downtown kibbutz moshav village town city camp port""".split()
)


# "Iran International", "the Jordan Times", "the Vienna Conventions": part of a name
_NAMED_AFTER = re.compile(
    r"[ \t]*(?:International|News|Times|Today|Post|TV|Television|Radio|Daily|Monitor|Observer|"
    r"Journal|Chronicle|Press|Herald|Hayom|Insight|Online|Tribune|Gazette|"
    # "the Vienna Conventions", "the Astana process": a treaty's or a forum's name
    r"Conventions?|Accords?|Protocols?|Declaration|Format|[Pp]rocess)\b"
)


def _tail_of_a_name(text: str, place: PlaceMatch) -> bool:
    """'the Gibraltar Eagle', 'Fadhel al-Maksousi': a town name that only ends a longer
    capitalised name (a ship's, a person's) is no place; nor is 'Bashar al-Assad' the
    Ain al-Asad airbase."""
    if place.kind != "town" and not (place.kind == "site" and _ARTICLE_NAME.match(place.surface)):
        return False
    m = re.search(
        r"(?<![.!?]\s)\b([A-Z][\w'’-]*)\s+$", text[max(0, place.span.start - 40) : place.span.start]
    )
    if m is None:
        return False
    head = m.group(1)
    if head.endswith(("'s", "’s")):
        return False  # "Damascus's Mezzeh": an owner before the name, not part of it
    return head.lower() not in _NAME_HEAD_OK and not head.isupper()


_ARTICLE_NAME = re.compile(r"(?:al|el)[- ]", re.I)  # "al-Assad" may end a person's name
_DATELINE = re.compile(r"[A-Z][A-Z .'/-]{2,60}(?:\([^)]*\))?,?\s*$")


def in_dateline(text: str, span: Span) -> bool:
    """'WASHINGTON, Oct 19 - ...', 'Published: 19 September 2024': the dateline's date is
    when the story was filed."""
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.end)
    if (
        _ISSUED.fullmatch(text, line_start, span.start)
        and not text[span.end : line_end if line_end >= 0 else len(text)].strip()
    ):
        return True  # "Iran International - Saturday, June 14, 2025", "Published: 19 Sept..."
    if not _DATELINE.fullmatch(text[line_start : span.start]):
        return False
    return bool(re.match(r"(?:\s*\([^)]*\))?\s*[-–—(]", text[span.end : span.end + 40]))


# the head of a line that only tells when a report was issued
_ISSUED = re.compile(r"[^.\n]{0,60}?[-–—|:,]\s*")


@component("dates", requires=["doc.text", "doc.published"], assigns=["dates"])
def _dates(a: Analysis) -> None:
    a.dates = [d for d in find_dates(a.text, a.published) if not in_dateline(a.text, d.span)]


@component(
    "events",
    requires=["sentences", "actors", "places", "weapons", "dates"],
    assigns=["candidates", "cues"],
)
def _events(a: Analysis) -> None:
    a.candidates, a.cues, notes = ev.build_candidates(
        a.text, a.sentences, a.actors, a.places, a.weapons, a.dates
    )
    a.notes.extend(notes)


@component("coref", requires=["candidates", "cues"], assigns=["merged", "owner"])
def _coref(a: Analysis) -> None:
    a.merged, a.owner = coref.merge_candidates(a.candidates, a.cues)


@component("finalise", requires=["merged", "places", "actors"], assigns=["mentions"])
def _finalise(a: Analysis) -> None:
    counts = Counter(
        p.country for p in a.places if p.country and not roles.not_a_location(a.text, p)
    )
    if not counts:
        # a local paper that never names its own country ("Houthi attack on the Bab Ghalaq
        # front"): the armed groups it tells of fight at home
        counts = Counter(m.country for m in a.actors if m.country and m.kind in ARMED_GROUP_KINDS)
    main_country = counts.most_common(1)[0][0] if counts else None
    a.mentions = finalise(a.text, a.merged, a.published, main_country, a.actors)


@component("relations", requires=["mentions", "merged", "owner", "cues"], assigns=["mentions"])
def _relations(a: Analysis) -> None:
    linked = relations.link(a.mentions, a.merged, a.owner, a.cues, a.candidates)
    a.mentions = same_enemy(prune(linked, a.published))


@component("statements", requires=["sentences", "mentions"], assigns=["statements"])
def _statements(a: Analysis) -> None:
    a.statements = list(find_statements(a.text, a.sentences, a.mentions, a.published))


@component("tallies", requires=["sentences", "mentions"], assigns=["tallies"])
def _tallies(a: Analysis) -> None:
    a.tallies = list(find_tallies(a.text, a.sentences, a.mentions, a.published))


@component("facts", requires=["sentences"], assigns=["facts"])
def _facts(a: Analysis) -> None:
    a.facts = list(find_facts(a.text, a.sentences))
