"""Document -> Extraction: the pure extraction step.

No database, no network, no global state beyond cached lexicons, so it runs in a process
pool or on a Dask worker. The pipeline is a list of component names (see component.py and
steps.py); the default one reads

    sentences, actors, weapons, places, dates   (text/segment, resolve/*)
    -> events      triggers, hedges, roles, agents, casualties (extract/events)
    -> coref       the candidates that tell the same event become one
    -> finalise    ACLED types, names, weapons, low/best/high casualties
    -> relations   what each retaliation answers
    -> statements, tallies, facts
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from functools import cache

from watchfloor.extract import steps as _steps  # noqa: F401  (registers the built-ins)
from watchfloor.extract.component import Analysis, Component, build
from watchfloor.models import Document, Extraction

log = logging.getLogger(__name__)

DEFAULT_COMPONENTS: tuple[str, ...] = (
    "sentences",
    "actors",
    "weapons",
    "places",
    "dates",
    "events",
    "coref",
    "finalise",
    "relations",
    "statements",
    "tallies",
    "facts",
)


@cache
def pipeline(names: tuple[str, ...] = DEFAULT_COMPONENTS) -> tuple[Component, ...]:
    """The checked pipeline for these component names (built once per process)."""
    return build(names)


def extract(doc: Document, *, components: Sequence[str] = DEFAULT_COMPONENTS) -> Extraction:
    """Never raises on a document: one that cannot be analysed gives an empty extraction
    with a warning. (A pipeline that cannot be built raises ExtractionError at once.)"""
    steps = pipeline(tuple(components))
    analysis = Analysis(doc=doc)
    try:
        for comp in steps:
            comp.step(analysis)
    except Exception as exc:  # extraction must never stop a batch
        log.warning("extraction failed for %s: %s", doc.name, exc)
        return Extraction(doc_id=doc.name, warnings=(f"extraction failed: {exc!r}",))
    return Extraction(
        doc_id=doc.name,
        events=tuple(analysis.mentions),
        statements=tuple(analysis.statements),
        tallies=tuple(analysis.tallies),
        facts=tuple(analysis.facts),
        warnings=tuple(analysis.notes),
    )
