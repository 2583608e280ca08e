"""`watchfloor ingest`: read reports, extract, store; plus the batch progress shared by commands."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import typer

from watchfloor.cli.options import Db, MaxBytes, Paths, Published, as_date
from watchfloor.errors import IngestError

if TYPE_CHECKING:
    from rich.progress import Progress


@dataclass
class BatchUI:
    """Progress on stderr (only on a terminal) and one `error: item: reason` line per bad item."""

    label: str
    progress: Progress | None = None
    task: int | None = None
    errors: list[IngestError] = field(default_factory=list)

    def on_error(self, error: IngestError) -> None:
        self.errors.append(error)
        line = f"error: {error}"
        if self.progress is not None:
            self.progress.console.print(line, markup=False, highlight=False, soft_wrap=True)
        else:
            typer.echo(line, err=True)

    def advance(self, done: int, total: int, item: str) -> None:
        if self.progress is not None and self.task is not None:
            self.progress.update(self.task, completed=done, total=total, item=item)  # type: ignore[arg-type]


@contextmanager
def batch_ui(label: str) -> Iterator[BatchUI]:
    from rich.console import Console

    console = Console(stderr=True)
    if not console.is_terminal:
        yield BatchUI(label)
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    progress = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[item]}", style="dim"),
        console=console,
        transient=True,
    )
    with progress:
        ui = BatchUI(label, progress=progress)
        ui.task = progress.add_task(label, total=None, item="")
        yield ui


def ingest(
    paths: Paths,
    db: Db = None,
    published: Published = None,
    max_bytes: MaxBytes = 5_000_000,
) -> None:
    """Read reports, extract their events and store both in the ledger.

    Each document with everything extracted from it is one transaction: a crash or Ctrl-C
    leaves the database consistent and a re-run completes the batch. The same text ingested
    twice is stored once. A bad item gets one error line; the rest of the batch goes on; the
    exit code is 2 when any item failed.

    Example: watchfloor ingest reports/ extra.html - < pasted.txt
    """
    from watchfloor.config import Settings
    from watchfloor.flows import ingest as run_ingest
    from watchfloor.ledger.store import Store

    settings = Settings.load(db=db)
    with Store.open(settings.db_url) as store, batch_ui("ingesting") as ui:
        report = run_ingest(
            paths,
            store,
            max_bytes=max_bytes,
            published=as_date(published),
            stdin=sys.stdin.buffer,
            progress=ui.advance,
            on_error=ui.on_error,
        )
    typer.echo(
        f"{report.added} added, {report.skipped_existing} already stored, "
        f"{len(report.failed)} failed",
        err=True,
    )
    if report.failed:
        raise typer.Exit(IngestError.exit_code)
