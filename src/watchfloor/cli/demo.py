"""`watchfloor demo`: a ledger and a brief from the bundled sample corpus, in one command."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from watchfloor.cli.ingest import batch_ui


def demo(
    out_dir: Annotated[
        Path, typer.Option("--dir", help="Folder for watchfloor.db and brief.md.")
    ] = Path("demo-out"),
) -> None:
    """Build a ledger from the bundled sample reports and write a cited brief next to it.

    Re-running reuses the same database: nothing is stored twice.

    Example: watchfloor demo --dir /tmp/demo && watchfloor events --db /tmp/demo/watchfloor.db
    """
    from rich.console import Console
    from rich.table import Table

    from watchfloor.flows import build_demo

    with batch_ui("building the demo ledger") as ui:
        report = build_demo(out_dir, progress=ui.advance, on_error=ui.on_error)
    table = Table("Table", "Rows", title="watchfloor demo ledger")
    for name in ("documents", "mentions", "events", "statements", "tallies", "facts"):
        table.add_row(name, str(report.counts.get(name, 0)))
    console = Console()
    console.print(table)
    console.print(f"ledger: {report.db_url}", markup=False, highlight=False, soft_wrap=True)
    console.print(f"brief:  {report.brief_path}", markup=False, highlight=False, soft_wrap=True)
    if report.ingest.failed:
        raise typer.Exit(2)
