"""Ingest: files, folders, stdin and URLs -> normalised `Document`s, bad items as values.

    from watchfloor.ingest import iter_documents
    for doc in iter_documents(["reports/", "-"], stdin=sys.stdin.buffer): ...

Nothing here raises for a bad item: each one is yielded as an `IngestError` naming the item
and the reason, and the batch goes on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from typing import IO

from watchfloor.errors import IngestError
from watchfloor.ingest.document import doc_id, normalise, to_documents
from watchfloor.ingest.fetch import Fetched, Fetcher, HttpFetcher
from watchfloor.ingest.sources import RawItem, expand
from watchfloor.models import Document

__all__ = [
    "DEFAULT_MAX_BYTES",
    "Fetched",
    "Fetcher",
    "HttpFetcher",
    "IngestError",
    "RawItem",
    "doc_id",
    "iter_documents",
    "normalise",
    "to_documents",
]

DEFAULT_MAX_BYTES = 5_000_000


def iter_documents(
    paths: Sequence[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    published: dt.date | None = None,
    stdin: IO[bytes] | None = None,
    fetcher: Fetcher | None = None,
) -> Iterator[Document | IngestError]:
    """Documents and per-item errors, in a stable order (arguments as given, folders sorted).

    `paths` are files, folders (walked recursively), URLs, or "-" for `stdin`. `published`
    is the date for documents that carry none (sidecar > record > HTML metadata > this).
    """
    if isinstance(paths, str):  # a lone path, not a sequence of one-letter paths
        paths = [paths]
    for item in expand(paths, max_bytes=max_bytes, stdin=stdin, fetcher=fetcher):
        if isinstance(item, IngestError):
            yield item
        else:
            yield from to_documents(item, published=published)
