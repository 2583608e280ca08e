"""Document -> Extraction: the pure extraction step.

No database, no network, no global state beyond cached lexicons, so it runs in a process
pool or on a Dask worker. The steps, each in its own module:

    segment (text/segment) -> mentions of actors, places, weapons, dates (resolve/*)
    -> triggers + hedges + roles -> candidates (extract/events) -> merge within the document
    -> relations -> casualty counts -> statements, tallies, facts (extract/*)
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Sequence

from watchfloor.extract import coref, relations
from watchfloor.extract import events as ev
from watchfloor.extract.facts import find_facts
from watchfloor.extract.finalise import finalise
from watchfloor.extract.statements import find_statements
from watchfloor.extract.tallies import find_tallies
from watchfloor.models import Document, Extraction, Span
from watchfloor.resolve.actors import ActorMatch, find_actors
from watchfloor.resolve.dates import find_dates
from watchfloor.resolve.places import PlaceMatch, find_places
from watchfloor.resolve.weapons import WeaponMatch, find_weapons
from watchfloor.text.segment import sentences as split_sentences
from watchfloor.text.spans import SpanIndex

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
    spans: list[ActorMatch | WeaponMatch] = [*actors, *weapons]
    taken = SpanIndex(spans)
    places = [p for p in find_places(text) if not taken.overlaps(p.span)]
    dates = [d for d in find_dates(text, doc.published) if not _in_dateline(text, d.span)]
    cands, cues, notes = ev.build_candidates(text, sents, actors, places, weapons, dates)
    merged, owner = coref.merge_candidates(cands, cues)
    doc_country = _main_country(places)
    mentions = finalise(text, merged, doc.published, doc_country)
    mentions = relations.link(mentions, merged, owner, cues, cands)
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


def _main_country(places: Sequence[PlaceMatch]) -> str | None:
    counts = Counter(p.country for p in places if p.country)
    return counts.most_common(1)[0][0] if counts else None
