"""`watchfloor documents | events | mentions`: the store as tables, JSON, CSV or GeoJSON.

With --format json|csv|geojson, stdout carries the data and nothing else.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from watchfloor.cli.options import (
    Actor,
    Country,
    Db,
    EventFormat,
    EventFormatOpt,
    EventType,
    Format,
    FormatOpt,
    Since,
    Until,
    as_date,
)

if TYPE_CHECKING:
    from watchfloor.ledger.records import ListFilter
    from watchfloor.ledger.store import Store


def _open(db: str | None) -> Store:
    from watchfloor.config import Settings
    from watchfloor.ledger.store import Store

    return Store.open(Settings.load(db=db).db_url)


def _filter(since: Any, until: Any, country: Any, actor: Any, type_: Any) -> ListFilter:
    from watchfloor.ledger.records import ListFilter

    return ListFilter(as_date(since), as_date(until), country, actor, type_)


def _flat(record: dict[str, Any]) -> dict[str, Any]:
    """One CSV row: nested counts become name_low/best/high, lists of names join with ';'."""
    row: dict[str, Any] = {}
    for key, value in record.items():
        if isinstance(value, dict):
            row |= {f"{key}_{k}": v for k, v in value.items()}
        elif isinstance(value, list) and all(isinstance(v, str | int | float) for v in value):
            row[key] = ";".join(str(v) for v in value)
        elif isinstance(value, list):
            row[key] = json.dumps(value, ensure_ascii=False)
        else:
            row[key] = value
    return row


def _emit(fmt: str, rows: Sequence[dict[str, Any]], columns: Sequence[tuple[str, str]]) -> None:
    if fmt == "json":
        sys.stdout.write(json.dumps(list(rows), ensure_ascii=False, indent=2) + "\n")
    elif fmt == "csv":
        flat = [_flat(r) for r in rows]
        names = list(dict.fromkeys(k for r in flat for k in r))
        writer = csv.DictWriter(sys.stdout, fieldnames=names, lineterminator="\n")
        writer.writeheader()
        writer.writerows(flat)
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(*(title for _, title in columns), caption=f"{len(rows)} rows")
        for r in rows:
            table.add_row(*("" if r.get(key) is None else str(r.get(key)) for key, _ in columns))
        Console().print(table)


def documents(
    db: Db = None,
    fmt: FormatOpt = Format.table,
    since: Since = None,
    until: Until = None,
    country: Country = None,
    actor: Actor = None,
    type_: EventType = None,
) -> None:
    """List stored documents (dates filter on publication; other filters on their events).

    Example: watchfloor documents --since 2024-01-01 --format json
    """
    with _open(db) as store:
        docs = store.documents(_filter(since, until, country, actor, type_))
    rows = [d.to_dict() for d in docs]
    _emit(
        fmt.value,
        rows,
        [("name", "Name"), ("published", "Published"), ("source", "Source"), ("title", "Title")],
    )


def mentions(
    db: Db = None,
    fmt: FormatOpt = Format.table,
    since: Since = None,
    until: Until = None,
    country: Country = None,
    actor: Actor = None,
    type_: EventType = None,
) -> None:
    """List mentions: one row per event as each document tells it, with its ledger event.

    Example: watchfloor mentions --country Iraq --format json > mentions.json
    """
    with _open(db) as store:
        found = store.mentions(_filter(since, until, country, actor, type_))
    rows = [m.to_dict() for m in found]
    _emit(
        fmt.value,
        rows,
        [
            ("doc_name", "Document"),
            ("mention_id", "Mention"),
            ("event_id", "Event"),
            ("date", "Date"),
            ("sub_event_type", "Type"),
            ("actor1", "Actor 1"),
            ("actor2", "Actor 2"),
            ("location", "Location"),
            ("country", "Country"),
        ],
    )


def _geojson(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    features = []
    for r in rows:
        lat, lon = r.get("latitude"), r.get("longitude")
        geometry = (
            {"type": "Point", "coordinates": [lon, lat]}
            if lat is not None and lon is not None
            else None
        )
        props = {k: v for k, v in r.items() if k not in ("latitude", "longitude")}
        features.append(
            {"type": "Feature", "id": r["id"], "geometry": geometry, "properties": props}
        )
    return {"type": "FeatureCollection", "features": features}


def events(
    db: Db = None,
    fmt: EventFormatOpt = EventFormat.table,
    since: Since = None,
    until: Until = None,
    country: Country = None,
    actor: Actor = None,
    type_: EventType = None,
) -> None:
    """List ledger events with reconciled fields, status, casualties and their sources.

    Example: watchfloor events --since 2023-10-07 --country Syria --format geojson > map.json
    """
    with _open(db) as store:
        found = store.events(_filter(since, until, country, actor, type_))
    rows = [e.to_dict() for e in found]
    if fmt is EventFormat.geojson:
        sys.stdout.write(json.dumps(_geojson(rows), ensure_ascii=False) + "\n")
        return
    table_rows = [
        r
        | {
            "killed": r["fatalities"]["best"],
            "sources": len(r["mentions"]),
            "place": ", ".join(p for p in (r["location"], r["country"]) if p),
        }
        for r in rows
    ]
    _emit(
        fmt.value,
        table_rows if fmt is EventFormat.table else rows,
        [
            ("id", "ID"),
            ("date", "Date"),
            ("sub_event_type", "Type"),
            ("actor1", "Actor 1"),
            ("actor2", "Actor 2"),
            ("place", "Place"),
            ("killed", "Killed"),
            ("status", "Status"),
            ("sources", "Sources"),
        ],
    )
