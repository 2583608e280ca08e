"""Options shared by several commands, defined once (Typer `Annotated` aliases).

Kept free of heavy imports: `watchfloor --help` must start fast.
"""

from __future__ import annotations

import datetime as dt
import enum
from pathlib import Path
from typing import Annotated

import typer


class Format(enum.StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


class EventFormat(enum.StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    geojson = "geojson"


DATE_FORMATS = ["%Y-%m-%d"]

Db = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="Database: a SQLAlchemy URL or a SQLite file path. "
        "Default: $WATCHFLOOR_DB, else ./watchfloor.db.",
        show_default=False,
    ),
]
FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]
EventFormatOpt = Annotated[EventFormat, typer.Option("--format", "-f", help="Output format.")]
Since = Annotated[
    dt.datetime | None,
    typer.Option(help="Only on or after this date (YYYY-MM-DD).", formats=DATE_FORMATS),
]
Until = Annotated[
    dt.datetime | None,
    typer.Option(help="Only on or before this date (YYYY-MM-DD).", formats=DATE_FORMATS),
]
Country = Annotated[str | None, typer.Option(help="Only this country (any case).")]
Actor = Annotated[
    str | None, typer.Option(help="Only events whose actor1 or actor2 contains this.")
]
EventType = Annotated[
    str | None,
    typer.Option("--type", help="Only this ACLED event type or sub-event type (any case)."),
]
Published = Annotated[
    dt.datetime | None,
    typer.Option(
        help="Publication date for inputs whose sidecar gives none (YYYY-MM-DD); "
        "relative dates in the text resolve against it.",
        formats=DATE_FORMATS,
    ),
]
Paths = Annotated[
    list[str],
    typer.Argument(help="Files, folders (read recursively) or - for stdin.", show_default=False),
]
MaxBytes = Annotated[int, typer.Option(help="Skip inputs larger than this many bytes.")]
OutDir = Annotated[Path, typer.Option("--out", "-o", help="Folder for the JSON files.")]


def as_date(value: dt.datetime | None) -> dt.date | None:
    return value.date() if value else None
