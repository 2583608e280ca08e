"""What the store hands back: typed, read-only records with the JSON shapes the CLI prints.

The JSON shapes are a contract (scripts and `../shared/eval/score_ledger.py` read them):
a document has id/name/title/source/url/published; a mention has `doc_name`, `event_id`,
`mention_id` and every GOLD_FORMAT event field; an event has its reconciled fields, status,
fatalities/injuries as low/best/high, claims, and the mentions behind it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, cast

from watchfloor.models import Bound, CasualtyClaim, Count, DatePrecision, Mention, Span

EVENT_FIELDS = (
    "date",
    "date_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
)


@dataclass(frozen=True)
class ListFilter:
    """Filters shared by every listing: dates inclusive, names case-insensitive.

    `actor` matches a substring of actor1 or actor2; `type` matches the event type or
    the sub-event type exactly. For documents, the dates apply to `published` and the
    other filters keep documents with at least one matching mention.
    """

    since: dt.date | None = None
    until: dt.date | None = None
    country: str | None = None
    actor: str | None = None
    type: str | None = None


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


@dataclass(frozen=True)
class DocumentRecord:
    id: str
    name: str
    title: str | None
    source: str | None
    url: str | None
    published: dt.date | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "title": self.title,
            "source": self.source,
            "url": self.url,
            "published": _iso(self.published),
        }


@dataclass(frozen=True)
class MentionRecord:
    """One stored mention; `payload` is `Mention.to_dict()` as extracted."""

    id: int
    doc_id: str
    doc_name: str
    doc_title: str | None
    mention_id: str
    event_id: int | None
    payload: dict[str, Any] = field(default_factory=dict)
    doc_source: str | None = None
    doc_published: dt.date | None = None

    def mention(self) -> Mention:
        """The stored mention as the domain object it was extracted as."""
        return mention_from_payload(self.payload)

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_name": self.doc_name,
            "doc_id": self.doc_id,
            "event_id": self.event_id,
            "mention_id": self.mention_id,
        } | self.payload


@dataclass(frozen=True)
class MentionRef:
    """A mention as cited by an event: where it comes from and what it says."""

    doc_id: str
    doc_name: str
    doc_title: str | None
    mention_id: str
    evidence: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"doc_name": self.doc_name, "mention_id": self.mention_id}


@dataclass(frozen=True)
class EventRecord:
    """One ledger event with its reconciled fields and the mentions behind it."""

    id: int
    date: dt.date | None
    date_precision: str
    event_type: str | None
    sub_event_type: str | None
    actor1: str | None
    actor2: str | None
    country: str | None
    admin1: str | None
    location: str | None
    latitude: float | None
    longitude: float | None
    weapons: tuple[str, ...]
    fatalities: tuple[int | None, int | None, int | None]
    injuries: tuple[int | None, int | None, int | None]
    status: str
    claims: tuple[dict[str, Any], ...]
    locked: bool
    mentions: tuple[MentionRef, ...]

    @classmethod
    def from_row(cls, row: dict[str, Any], mentions: list[MentionRef]) -> EventRecord:
        return cls(
            id=int(row["id"]),
            **{name: row[name] for name in EVENT_FIELDS},
            weapons=tuple(row["weapons"] or ()),
            fatalities=(row["fatalities_low"], row["fatalities_best"], row["fatalities_high"]),
            injuries=(row["injuries_low"], row["injuries_best"], row["injuries_high"]),
            status=str(row["status"]),
            claims=tuple(row["claims"] or ()),
            locked=bool(row["locked"]),
            mentions=tuple(mentions),
        )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id}
        out |= {name: getattr(self, name) for name in EVENT_FIELDS}
        out["date"] = _iso(self.date)
        out["weapons"] = list(self.weapons)
        out["fatalities"] = dict(zip(("low", "best", "high"), self.fatalities, strict=True))
        out["injuries"] = dict(zip(("low", "best", "high"), self.injuries, strict=True))
        out["status"] = self.status
        out["claims"] = list(self.claims)
        out["locked"] = self.locked
        out["mentions"] = [m.to_dict() for m in self.mentions]
        return out


def _span(value: Any) -> Span | None:
    return Span(int(value[0]), int(value[1])) if value else None


def _count(value: Any) -> Count:
    value = value or {}
    return Count(value.get("low"), value.get("best"), value.get("high"))


def mention_from_payload(d: dict[str, Any]) -> Mention:
    """Inverse of `Mention.to_dict()` (what the mentions table keeps as its payload)."""
    date = d.get("date")
    return Mention(
        id=str(d["id"]),
        date=dt.date.fromisoformat(date) if date else None,
        date_precision=cast(DatePrecision, d.get("date_precision") or "day"),
        event_type=d.get("event_type"),
        sub_event_type=d.get("sub_event_type"),
        actor1=d.get("actor1"),
        actor1_aliases_in_text=tuple(d.get("actor1_aliases_in_text") or ()),
        actor2=d.get("actor2"),
        actor2_aliases_in_text=tuple(d.get("actor2_aliases_in_text") or ()),
        actor2_inferred=bool(d.get("actor2_inferred")),
        country=d.get("country"),
        admin1=d.get("admin1"),
        location=d.get("location"),
        latitude=d.get("latitude"),
        longitude=d.get("longitude"),
        geo_precision=d.get("geo_precision"),
        weapons=tuple(d.get("weapons") or ()),
        fatalities=_count(d.get("fatalities")),
        injuries=_count(d.get("injuries")),
        casualty_claims=tuple(
            CasualtyClaim(
                source=c.get("source"),
                killed=c.get("killed"),
                injured=c.get("injured"),
                killed_bound=cast(Bound, c.get("killed_bound") or "exact"),
                injured_bound=cast(Bound, c.get("injured_bound") or "exact"),
                span=_span(c.get("span")),
            )
            for c in d.get("casualty_claims") or ()
        ),
        outcome=d.get("outcome"),
        responds_to=d.get("responds_to"),
        evidence=d.get("evidence") or "",
        spans=tuple(s for s in (_span(x) for x in d.get("spans") or ()) if s),
    )
