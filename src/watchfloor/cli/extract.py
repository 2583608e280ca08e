"""`watchfloor extract`: one GOLD_FORMAT JSON file per input, no database."""

from __future__ import annotations

import sys

import typer

from watchfloor.cli.ingest import batch_ui
from watchfloor.cli.options import MaxBytes, OutDir, Paths, Published, as_date
from watchfloor.errors import IngestError


def extract(
    paths: Paths,
    out: OutDir,
    published: Published = None,
    max_bytes: MaxBytes = 5_000_000,
) -> None:
    """Extract events from reports into NAME.json files, touching no database.

    The files follow the event file format that ../shared/eval/score.py reads; NAME is
    the sidecar's doc_id, else the file stem. Exit code 2 when any input failed.

    Example: watchfloor extract reports/*.txt --out extracted/ --published 2024-01-25
    """
    from watchfloor.flows import extract_to_dir

    with batch_ui("extracting") as ui:
        report = extract_to_dir(
            paths,
            out,
            published=as_date(published),
            max_bytes=max_bytes,
            stdin=sys.stdin.buffer,
            progress=ui.advance,
            on_error=ui.on_error,
        )
    typer.echo(f"{len(report.written)} written to {out}, {len(report.failed)} failed", err=True)
    if report.failed:
        raise typer.Exit(IngestError.exit_code)
