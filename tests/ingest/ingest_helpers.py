"""Shared helpers for the ingest tests (not a test module)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from watchfloor.errors import IngestError
from watchfloor.ingest import iter_documents
from watchfloor.models import Document

DATA = Path(__file__).parent / "data"


def ingest(paths: list[str | Path], **kwargs: Any) -> list[Document | IngestError]:
    return list(iter_documents([str(p) for p in paths], **kwargs))


def docs(results: list[Document | IngestError]) -> list[Document]:
    return [r for r in results if isinstance(r, Document)]


def errors(results: list[Document | IngestError]) -> list[IngestError]:
    return [r for r in results if isinstance(r, IngestError)]


def only_error(results: list[Document | IngestError]) -> IngestError:
    assert len(results) == 1, results
    assert isinstance(results[0], IngestError), results
    return results[0]
