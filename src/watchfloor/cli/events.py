"""`watchfloor event show|edit|merge|split|history|revert`: review one ledger event.

Every change is an audited revision (who, when, why, before/after); nothing is deleted,
and an analyst's edit, merge or split holds through later automatic merging.
"""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any

import typer

from watchfloor.cli.options import Db, Format, FormatOpt

app = typer.Typer(
    name="event",
    no_args_is_help=True,
    help="Review one ledger event: show its evidence, edit, merge, split, see and revert history.",
)

EventId = Annotated[int, typer.Argument(help="Ledger event id (a merged id resolves).")]
Who = Annotated[str, typer.Option("--who", help="Who makes the change (kept in the history).")]
Why = Annotated[str | None, typer.Option("--why", help="Why (kept in the history).")]


def _open(db: str | None) -> Any:
    from watchfloor.cli.listing import _open as open_store

    return open_store(db)


def _print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2, default=str) + "\n")


def _done(rev: Any, fmt: Format) -> None:
    if fmt is Format.json:
        _print_json(rev.to_dict())
    else:
        typer.echo(f"revision {rev.id}: {rev.action} of event {rev.event_id} by {rev.who}")


@app.command("show")
def show(event_id: EventId, db: Db = None, fmt: FormatOpt = Format.table) -> None:
    """Show an event: reconciled fields, claims, and each source with its evidence quoted.

    Example: watchfloor event show 12
    """
    from watchfloor.flows.ledger import show_event

    with _open(db) as store:
        detail = show_event(store, event_id)
    if fmt is not Format.table:
        _print_json(detail.to_dict())
        return
    from rich.console import Console
    from rich.table import Table

    console = Console()
    note = f" (event {event_id} was merged into it)" if detail.asked != detail.id else ""
    console.print(f"[bold]Event {detail.id}[/bold]{note}")
    table = Table("Field", "Value", show_header=False)
    for key, value in detail.fields.items():
        if key in ("claims",):
            continue
        lock = " (locked)" if key in detail.locked_fields else ""
        table.add_row(key, f"{'' if value is None else value}{lock}")
    console.print(table)
    for c in detail.fields["claims"]:
        console.print(
            f"claim: {c.get('source') or 'report'} — killed {c.get('killed')}, "
            f"injured {c.get('injured')} ({c.get('doc_name')}#{c.get('mention_id')})"
        )
    for m in detail.mentions:
        console.print(f"\n[bold]{m.doc_name}#{m.mention_id}[/bold] {m.source or ''} {m.published}")
        for q in m.quotes:
            console.print(f"  “{q}”")


@app.command("edit")
def edit(
    event_id: EventId,
    assignments: Annotated[list[str], typer.Argument(help="field=value, e.g. fatalities=3")],
    who: Who = "analyst",
    why: Why = None,
    db: Db = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Set fields of an event; they stay as set when later reports merge into it.

    Example: watchfloor event edit 12 fatalities=3 location=Erbil --why "CENTCOM update"
    """
    from watchfloor.flows.ledger import edit_event

    with _open(db) as store:
        _done(edit_event(store, event_id, assignments, who=who, why=why), fmt)


@app.command("merge")
def merge(
    event_ids: Annotated[list[int], typer.Argument(help="Event ids; the first one is kept.")],
    who: Who = "analyst",
    why: Why = None,
    db: Db = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Merge events into the first one; the others are retired and their ids still resolve.

    Example: watchfloor event merge 12 15 --why "same attack, two dates"
    """
    from watchfloor.flows.ledger import merge_events

    with _open(db) as store:
        _done(merge_events(store, event_ids, who=who, why=why), fmt)


@app.command("split")
def split(
    event_id: EventId,
    mentions: Annotated[list[str], typer.Argument(help="Mentions to move: DOC#MENTION.")],
    who: Who = "analyst",
    why: Why = None,
    db: Db = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Move mentions out of an event into a new one, and keep them apart from now on.

    Example: watchfloor event split 12 wire-20240121#e2
    """
    from watchfloor.flows.ledger import split_event

    with _open(db) as store:
        _done(split_event(store, event_id, mentions, who=who, why=why), fmt)


@app.command("history")
def history(event_id: EventId, db: Db = None, fmt: FormatOpt = Format.table) -> None:
    """List every revision of an event (and of events merged into it), oldest first.

    Example: watchfloor event history 12 --format json
    """
    from watchfloor.flows.ledger import event_history

    with _open(db) as store:
        revs = event_history(store, event_id)
    if fmt is not Format.table:
        _print_json([r.to_dict() for r in revs])
        return
    from rich.console import Console
    from rich.table import Table

    table = Table("Rev", "Event", "When", "Who", "Action", "Why", caption=f"{len(revs)} revisions")
    for r in revs:
        when = r.at.strftime("%Y-%m-%d %H:%M:%S")
        table.add_row(str(r.id), str(r.event_id), when, r.who, r.action, r.why or "")
    Console().print(table)


@app.command("revert")
def revert(
    event_id: EventId,
    revision: Annotated[int, typer.Argument(help="Revision id (see event history).")],
    who: Who = "analyst",
    why: Why = None,
    db: Db = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Undo one edit, merge or split; the revert is recorded as a revision too.

    Example: watchfloor event revert 12 7 --why "wrong event"
    """
    from watchfloor.flows.ledger import revert_event

    with _open(db) as store:
        _done(revert_event(store, event_id, revision, who=who, why=why), fmt)
