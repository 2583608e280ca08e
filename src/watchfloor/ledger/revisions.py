"""Analysts' changes as audited revisions: what an edit may say, and what a revision records.

Pure: parsing `field=value`, and the typed `Revision` the store hands back. The store
(`store_review`) applies changes; every change writes one revision row (who, when, why,
before/after as JSON) and nothing is ever deleted:

- **edit** sets fields and *locks* them, so re-reconciliation after later merges keeps the
  analyst's value; a revert restores the earlier value and lock state.
- **merge** moves the mentions of the other events into the first and *pins* them there; the
  others are retired (`merged_into`), their ids still resolve.
- **split** moves some mentions to a new event, pins both sides apart and records
  cannot-link pairs, so automatic merging never puts them back together.
- **revert** undoes one revision by applying its `before` and deactivating the constraints
  it created; the revert is itself a revision.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from watchfloor.errors import InputError

__all__ = ["EDITABLE", "LOCKABLE", "Revision", "parse_edits", "parse_value"]

_TEXT = ("event_type", "sub_event_type", "actor1", "actor2", "country", "admin1", "location")
_INT = (
    "fatalities_low",
    "fatalities_best",
    "fatalities_high",
    "injuries_low",
    "injuries_best",
    "injuries_high",
)
EDITABLE = (
    "date",
    "date_precision",
    *_TEXT,
    "latitude",
    "longitude",
    "weapons",
    "fatalities",
    "injuries",
    *_INT,
    "status",
)
LOCKABLE = ("date", "date_precision", *_TEXT, "latitude", "longitude", "weapons", *_INT, "status")
"""The event columns an analyst can set (and so lock against reconciliation)."""
_PRECISIONS = ("day", "week", "month", "year")
_STATUSES = ("claimed", "reported", "confirmed")
_NULL = ("", "null", "none", "-")


@dataclass(frozen=True)
class Revision:
    id: int
    event_id: int
    at: dt.datetime
    who: str
    why: str | None
    action: str
    before: Any
    after: Any

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "event_id": self.event_id,
            "at": self.at.isoformat(),
            "who": self.who,
            "why": self.why,
            "action": self.action,
            "before": self.before,
            "after": self.after,
        }


def parse_value(field: str, raw: str) -> dict[str, Any]:
    """One `field=value` as the event columns it sets (typed)."""
    text = raw.strip()
    null = text.lower() in _NULL
    try:
        if field in ("fatalities", "injuries"):
            n = None if null else int(text)
            return {f"{field}_{k}": n for k in ("low", "best", "high")}
        if field in _INT:
            return {field: None if null else int(text)}
        if field in ("latitude", "longitude"):
            return {field: None if null else float(text)}
        if field == "date":
            return {field: None if null else dt.date.fromisoformat(text)}
    except ValueError as e:
        raise InputError(f"edit {field}={raw!r}: not a valid value ({e})") from e
    if field == "weapons":
        return {field: [] if null else [w.strip() for w in text.split(",") if w.strip()]}
    if field == "date_precision" and text not in _PRECISIONS:
        raise InputError(f"edit date_precision={raw!r}: use one of {', '.join(_PRECISIONS)}")
    if field == "status" and text not in _STATUSES:
        raise InputError(f"edit status={raw!r}: use one of {', '.join(_STATUSES)}")
    if field in (*_TEXT, "date_precision", "status"):
        return {field: None if null and field in _TEXT else text}
    raise InputError(f"edit {field}: not an editable field; editable: {', '.join(EDITABLE)}")


def parse_edits(assignments: list[str]) -> dict[str, Any]:
    """`["date=2024-01-28", "fatalities=3"]` -> column values; errors name the bad item."""
    if not assignments:
        raise InputError("edit: give at least one field=value (e.g. fatalities=3)")
    out: dict[str, Any] = {}
    for item in assignments:
        field, sep, raw = item.partition("=")
        if not sep or not field.strip():
            raise InputError(f"edit {item!r}: write it as field=value (e.g. location=Erbil)")
        out |= parse_value(field.strip(), raw)
    return out
