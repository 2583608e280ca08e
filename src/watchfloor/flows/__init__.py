"""The operations every interface (CLI, API, tests) calls; see `run.py`."""

from __future__ import annotations

from watchfloor.flows.run import (
    DEFAULT_MAX_BYTES,
    DemoReport,
    Extractor,
    ExtractReport,
    IngestReport,
    ListFilter,
    OnError,
    Progress,
    brief_markdown,
    build_demo,
    default_extractor,
    extract_document,
    extract_to_dir,
    ingest,
    list_documents,
    list_events,
    list_mentions,
)

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DemoReport",
    "ExtractReport",
    "Extractor",
    "IngestReport",
    "ListFilter",
    "OnError",
    "Progress",
    "brief_markdown",
    "build_demo",
    "default_extractor",
    "extract_document",
    "extract_to_dir",
    "ingest",
    "list_documents",
    "list_events",
    "list_mentions",
]
