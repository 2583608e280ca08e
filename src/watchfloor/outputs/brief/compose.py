"""Ledger events -> sections of cited lines (pure: no I/O, no formatting).

Every line of a brief must be backed by a source: each line carries the documents that
report its event and the evidence sentence each of them gives.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import groupby

from watchfloor.ledger.records import EventRecord


@dataclass(frozen=True)
class Citation:
    doc_name: str
    title: str
    evidence: str


@dataclass(frozen=True)
class CitedLine:
    date: dt.date | None
    text: str
    citations: tuple[Citation, ...]


@dataclass(frozen=True)
class Section:
    title: str
    lines: tuple[CitedLine, ...]


def _month(date: dt.date | None) -> str:
    return date.strftime("%B %Y") if date else "Undated"


def _count(label: str, triple: tuple[int | None, int | None, int | None]) -> str | None:
    low, best, high = triple
    value = best if best is not None else low
    if value is None:
        return None
    if high is not None and high != value:
        return f"{value}-{high} {label}"
    return f"{value} {label}"


def describe(event: EventRecord) -> str:
    """One plain sentence: what happened, who did it to whom, where, with what toll."""
    what = event.sub_event_type or event.event_type or "Event"
    parts = [what]
    if event.actor1:
        parts.append(f"by {event.actor1}")
    if event.actor2:
        parts.append(f"against {event.actor2}")
    place = ", ".join(p for p in (event.location, event.admin1, event.country) if p)
    if place:
        parts.append(f"in {place}")
    text = " ".join(parts)
    toll = [c for c in (_count("killed", event.fatalities), _count("injured", event.injuries)) if c]
    if toll:
        text += f" ({', '.join(toll)})"
    return text + "."


def compose(events: Sequence[EventRecord]) -> list[Section]:
    """Events by date (undated last), one section per month, each line with its citations."""
    ordered = sorted(events, key=lambda e: (e.date is None, e.date or dt.date.min, e.id))
    sections: list[Section] = []
    for title, group in groupby(ordered, key=lambda e: _month(e.date)):
        lines = tuple(
            CitedLine(
                date=e.date,
                text=describe(e),
                citations=tuple(
                    Citation(
                        doc_name=m.doc_name, title=m.doc_title or m.doc_name, evidence=m.evidence
                    )
                    for m in e.mentions
                ),
            )
            for e in group
        )
        sections.append(Section(title=title, lines=lines))
    return sections
