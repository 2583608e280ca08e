"""The `watchfloor` command line: thin commands over `watchfloor.flows`.

This is the one place where a `WatchfloorError` becomes a message and an exit code: one
line `error: ...` on stderr, exit 1 (any), 2 (bad input), 3 (store), 4 (extraction).
Commands import their heavy dependencies inside their bodies so `--help` starts fast.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer
from typer.core import TyperGroup

from watchfloor.errors import WatchfloorError

INTERRUPTED_EXIT = 130


def fail(message: str, exit_code: int) -> typer.Exit:
    """Print one error line on stderr and return the Exit to raise."""
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(exit_code)


class _Group(TyperGroup):
    """Translates domain errors raised by any command into a line and an exit code."""

    def invoke(self, ctx: Any) -> Any:  # click.Context (vendored by recent Typer)
        try:
            return super().invoke(ctx)
        except WatchfloorError as e:
            raise fail(e.message, e.exit_code) from None
        except KeyboardInterrupt:
            raise fail(
                "interrupted; finished documents are stored, re-run the command to complete",
                INTERRUPTED_EXIT,
            ) from None


app = typer.Typer(
    cls=_Group,
    name="watchfloor",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
    rich_markup_mode="markdown",
    help=(
        "watchfloor turns open-source reporting on armed conflict into a ledger of events "
        "(ACLED taxonomy), with every casualty claim and its source kept.\n\n"
        "Start with **watchfloor demo** (builds a ledger from the bundled sample "
        "reports and writes a brief), then **watchfloor ingest REPORTS/** and "
        "**watchfloor events**. The database is ./watchfloor.db unless --db or "
        "WATCHFLOOR_DB names another (any SQLAlchemy URL, e.g. postgresql+psycopg://...)."
    ),
)


@app.callback()
def _main(
    lexicon: list[Path] | None = typer.Option(  # noqa: B008
        None,
        "--lexicon",
        metavar="DIR",
        help=(
            "A folder of your own lexicon files (actors.json, military_sites.tsv, "
            "weapons.json, triggers.json, garrisons.tsv, ...) extending the packaged ones; "
            "repeatable. Default: $WATCHFLOOR_LEXICON."
        ),
    ),
) -> None:
    from watchfloor.config import lexicon_dirs

    dirs = lexicon_dirs(lexicon)
    if dirs:
        from watchfloor import lexicon as lex

        lex.use_extra_dirs(dirs)


def _register() -> None:
    from watchfloor.cli import demo, events, extract, ingest, listing, query

    app.command("demo")(demo.demo)
    app.command("ingest")(ingest.ingest)
    app.command("extract")(extract.extract)
    app.command("documents")(listing.documents)
    app.command("events")(listing.events)
    app.command("mentions")(listing.mentions)
    app.add_typer(events.app, name="event")
    app.add_typer(query.app, name="query")


_register()

__all__ = ["app", "fail"]
