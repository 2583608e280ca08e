"""Domain objects shared by every stage, as frozen dataclasses.

This module imports nothing from watchfloor: every layer may import it. The JSON
shape of an `Extraction` is the event file format of `data/GOLD_FORMAT.md`
(`Extraction.to_dict`), so what `watchfloor extract` writes is what the scorer reads.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

DatePrecision = Literal["day", "week", "month", "year"]
Bound = Literal["exact", "at_least", "more_than", "approx", "ordinal", "at_most"]


@dataclass(frozen=True)
class Span:
    """A half-open character range [start, end) in a document's text."""

    start: int
    end: int

    def text(self, source: str) -> str:
        return source[self.start : self.end]


@dataclass(frozen=True)
class Document:
    """One report, normalised. `id` is the hash of the normalised text."""

    id: str
    name: str
    text: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: dt.date | None = None
    language: str = "en"
    origin: str | None = None  # path or URL it was read from

    def meta_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "title": self.title,
            "source": self.source,
            "url": self.url,
            "published": self.published.isoformat() if self.published else None,
            "language": self.language,
            "origin": self.origin,
        }


@dataclass(frozen=True)
class Count:
    """Low / best / high figures; None where the text gives nothing."""

    low: int | None = None
    best: int | None = None
    high: int | None = None

    def to_dict(self) -> dict[str, int | None]:
        return {"low": self.low, "best": self.best, "high": self.high}


@dataclass(frozen=True)
class CasualtyClaim:
    """One attributed casualty figure ("the PMF said one fighter was killed")."""

    source: str | None
    killed: int | None = None
    injured: int | None = None
    killed_bound: Bound = "exact"
    injured_bound: Bound = "exact"
    span: Span | None = None
    # one person killed, told by name or rank ("killed commander X", "killed a senior
    # commander"): a name, not a toll, so a toll told beside it is the better count
    named: bool = False
    # a toll told as revised ("the death toll rose to 16"): it supersedes the earlier ones
    revised: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "killed": self.killed,
            "injured": self.injured,
            "killed_bound": self.killed_bound,
            "injured_bound": self.injured_bound,
            "span": _span(self.span),
        }


@dataclass(frozen=True)
class Mention:
    """One event as one document tells it (an ACLED-style event: one date, place, pair)."""

    id: str
    date: dt.date | None = None
    date_precision: DatePrecision = "day"
    event_type: str | None = None
    sub_event_type: str | None = None
    actor1: str | None = None
    actor1_aliases_in_text: tuple[str, ...] = ()
    actor2: str | None = None
    actor2_aliases_in_text: tuple[str, ...] = ()
    # the target was inferred from the report's other events, not told with this one: shown
    # to users, never used to decide which tellings are one event
    actor2_inferred: bool = False
    country: str | None = None
    admin1: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: str | None = None  # "site", "town", "admin1", "country"
    weapons: tuple[str, ...] = ()
    fatalities: Count = field(default_factory=Count)
    injuries: Count = field(default_factory=Count)
    casualty_claims: tuple[CasualtyClaim, ...] = ()
    outcome: str | None = None
    responds_to: str | None = None
    evidence: str = ""
    spans: tuple[Span, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "date": self.date.isoformat() if self.date else None,
            "date_precision": self.date_precision,
            "event_type": self.event_type,
            "sub_event_type": self.sub_event_type,
            "actor1": self.actor1,
            "actor1_aliases_in_text": list(self.actor1_aliases_in_text),
            "actor2": self.actor2,
            "actor2_aliases_in_text": list(self.actor2_aliases_in_text),
            **({"actor2_inferred": True} if self.actor2_inferred else {}),
            "country": self.country,
            "admin1": self.admin1,
            "location": self.location,
            "latitude": self.latitude,
            "longitude": self.longitude,
            "geo_precision": self.geo_precision,
            "weapons": list(self.weapons),
            "fatalities": self.fatalities.to_dict(),
            "injuries": self.injuries.to_dict(),
            "casualty_claims": [c.to_dict() for c in self.casualty_claims],
            "outcome": self.outcome,
            "responds_to": self.responds_to,
            "evidence": self.evidence,
            "spans": [_span(s) for s in self.spans],
        }


@dataclass(frozen=True)
class Statement:
    speaker: str
    role: str | None = None
    stance: str | None = None
    quote: str | None = None
    about_event: str | None = None
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["span"] = _span(self.span)
        return d


@dataclass(frozen=True)
class Tally:
    """A count or ordinal the text claims ("the 144th attack", "at least 70 attacks")."""

    claim: str
    count: int
    bound: Bound
    target: str | None = None
    scope: tuple[str, ...] = ()
    since: dt.date | None = None
    until: dt.date | None = None
    ordinal_of: str | None = None
    weapon: str | None = None
    actor: str | None = None
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "claim": self.claim,
            "count": self.count,
            "bound": self.bound,
            "target": self.target,
            "scope": list(self.scope),
            "since": self.since.isoformat() if self.since else None,
            "until": self.until.isoformat() if self.until else None,
            "ordinal_of": self.ordinal_of,
            "weapon": self.weapon,
            "actor": self.actor,
            "span": _span(self.span),
        }


@dataclass(frozen=True)
class Fact:
    """A quantity the text states ("approximately 2,500 US troops are stationed in Iraq")."""

    subject: str
    predicate: str
    object: str | None
    value: float
    approx: bool = False
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        value: float | int = int(self.value) if float(self.value).is_integer() else self.value
        return {
            "subject": self.subject,
            "predicate": self.predicate,
            "object": self.object,
            "value": value,
            "approx": self.approx,
            "span": _span(self.span),
        }


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one document: the output of the pure extract step."""

    doc_id: str
    events: tuple[Mention, ...] = ()
    statements: tuple[Statement, ...] = ()
    tallies: tuple[Tally, ...] = ()
    facts: tuple[Fact, ...] = ()
    warnings: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "events": [e.to_dict() for e in self.events],
            "statements": [s.to_dict() for s in self.statements],
            "tallies": [t.to_dict() for t in self.tallies],
            "facts": [f.to_dict() for f in self.facts],
            "warnings": list(self.warnings),
        }


def _span(span: Span | None) -> list[int] | None:
    return [span.start, span.end] if span else None
