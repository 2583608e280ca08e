"""The operations every interface calls: ingest, extract to files, list.

Plain functions over typed values: the CLI, the API and tests call the same code. Nothing
here prints; progress and per-item errors go to callbacks the caller supplies.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import IO, TYPE_CHECKING

from watchfloor.errors import ExtractionError, IngestError, InputError
from watchfloor.ledger.records import DocumentRecord, EventRecord, ListFilter, MentionRecord
from watchfloor.models import Document, Extraction

if TYPE_CHECKING:
    from watchfloor.ledger.store import Store

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

DEFAULT_MAX_BYTES = 5_000_000

Progress = Callable[[int, int, str], None]
"""Called as progress(done, total, item_name) after each document of a batch."""

OnError = Callable[[IngestError], None]
"""Called once per bad item, as soon as it is found."""

Extractor = Callable[[Document], Extraction]
"""A pure Document -> Extraction function (the packaged pipeline unless one is passed)."""


@dataclass(frozen=True)
class IngestReport:
    added: int = 0
    skipped_existing: int = 0
    failed: tuple[IngestError, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.failed


@dataclass(frozen=True)
class ExtractReport:
    written: tuple[Path, ...] = ()
    failed: tuple[IngestError, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.failed


def default_extractor() -> Extractor:
    """The packaged extraction pipeline (imported on first use: it is the slow import)."""
    try:
        from watchfloor.extract.pipeline import extract
    except ImportError as e:
        raise ExtractionError(
            f"cannot build the extraction pipeline ({e}); reinstall watchfloor", code="E301"
        ) from e
    return extract


def extract_document(doc: Document, extractor: Extractor | None = None) -> Extraction | IngestError:
    """Run the extractor; a crash inside it becomes this item's error, not the batch's."""
    extract = extractor or default_extractor()
    try:
        extraction = extract(doc)
    except Exception as e:  # the extractor promises not to raise; a bug must not stop a batch
        return IngestError(doc.origin or doc.name, f"extraction failed: {e!r}", code="E120")
    if extraction.doc_id != doc.name:
        extraction = dataclasses.replace(extraction, doc_id=doc.name)
    return extraction


def _read(
    paths: Sequence[str],
    *,
    max_bytes: int,
    published: dt.date | None,
    stdin: IO[bytes] | None,
    on_error: OnError | None,
) -> tuple[list[Document], list[IngestError]]:
    from watchfloor.ingest import iter_documents

    if not paths:
        raise InputError("no input given: name files, folders, or - for stdin", code="E101")
    docs: list[Document] = []
    errors: list[IngestError] = []
    for item in iter_documents(paths, max_bytes=max_bytes, published=published, stdin=stdin):
        if isinstance(item, IngestError):
            errors.append(item)
            if on_error:
                on_error(item)
        else:
            docs.append(item)
    return docs, errors


def ingest(
    paths: Sequence[str],
    store: Store,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    published: dt.date | None = None,
    stdin: IO[bytes] | None = None,
    progress: Progress | None = None,
    on_error: OnError | None = None,
    extractor: Extractor | None = None,
) -> IngestReport:
    """Read, extract and store each document, one transaction per document.

    Documents already stored (same text, same id) are skipped before extraction, so
    re-running an interrupted batch only does the rest.
    """
    extract = extractor or default_extractor()  # fail before reading anything
    docs, errors = _read(
        paths, max_bytes=max_bytes, published=published, stdin=stdin, on_error=on_error
    )
    existing = store.existing_ids(d.id for d in docs)
    added = skipped = 0
    seen: set[str] = set()
    for done, doc in enumerate(docs, start=1):
        if doc.id in existing or doc.id in seen:
            skipped += 1
        else:
            seen.add(doc.id)
            result = extract_document(doc, extract)
            if isinstance(result, IngestError):
                errors.append(result)
                if on_error:
                    on_error(result)
            elif store.add_extraction(doc, result):
                added += 1
            else:
                skipped += 1
        if progress:
            progress(done, len(docs), doc.name)
    return IngestReport(added=added, skipped_existing=skipped, failed=tuple(errors))


def extract_to_dir(
    paths: Sequence[str],
    out_dir: Path,
    *,
    published: dt.date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: IO[bytes] | None = None,
    progress: Progress | None = None,
    on_error: OnError | None = None,
    extractor: Extractor | None = None,
) -> ExtractReport:
    """Write `<doc name>.json` (GOLD_FORMAT) per input document into `out_dir`; no database."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise InputError(f"{out_dir}: cannot create the output folder ({e})", code="E102") from e
    extract = extractor or default_extractor()
    docs, errors = _read(
        paths, max_bytes=max_bytes, published=published, stdin=stdin, on_error=on_error
    )

    def fail(error: IngestError) -> None:
        errors.append(error)
        if on_error:
            on_error(error)

    written: list[Path] = []
    names: set[str] = set()
    for done, doc in enumerate(docs, start=1):
        if doc.name in names:
            fail(IngestError(doc.origin or doc.name, f"another input is also named {doc.name!r}"))
        else:
            names.add(doc.name)
            result = extract_document(doc, extract)
            if isinstance(result, IngestError):
                fail(result)
            else:
                target = out_dir / f"{doc.name}.json"
                try:
                    target.write_text(
                        json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n",
                        encoding="utf-8",
                    )
                except OSError as e:
                    fail(IngestError(str(target), f"cannot write ({e.strerror or e})"))
                else:
                    written.append(target)
        if progress:
            progress(done, len(docs), doc.name)
    return ExtractReport(written=tuple(written), failed=tuple(errors))


def list_documents(store: Store, flt: ListFilter | None = None) -> list[DocumentRecord]:
    return store.documents(flt)


def list_events(store: Store, flt: ListFilter | None = None) -> list[EventRecord]:
    return store.events(flt)


def list_mentions(store: Store, flt: ListFilter | None = None) -> list[MentionRecord]:
    return store.mentions(flt)


def brief_markdown(store: Store, flt: ListFilter | None = None, *, title: str = "Brief") -> str:
    """The ledger's events as a Markdown brief, each line citing its sources."""
    from watchfloor.outputs.brief.compose import compose
    from watchfloor.outputs.brief.render import render_markdown

    return render_markdown(compose(store.events(flt)), title=title)


@dataclass(frozen=True)
class DemoReport:
    db_url: str
    brief_path: Path
    ingest: IngestReport
    counts: dict[str, int]


def build_demo(
    out_dir: Path,
    *,
    progress: Progress | None = None,
    on_error: OnError | None = None,
    extractor: Extractor | None = None,
) -> DemoReport:
    """Ledger of the bundled sample corpus in out_dir/watchfloor.db, brief in out_dir/brief.md."""
    from watchfloor.config import sqlite_url
    from watchfloor.ledger.store import Store

    samples = resources.files("watchfloor") / "samples"
    with resources.as_file(samples) as folder:
        reports = sorted(str(p) for p in Path(folder).glob("*.txt")) if folder.is_dir() else []
        if not reports:
            raise InputError(
                f"{folder}: no bundled sample reports found; reinstall watchfloor", code="E103"
            )
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise InputError(f"{out_dir}: cannot create the folder ({e})", code="E102") from e
        url = sqlite_url(out_dir / "watchfloor.db")
        with Store.open(url) as store:
            report = ingest(
                reports, store, progress=progress, on_error=on_error, extractor=extractor
            )
            brief = brief_markdown(store, title="watchfloor demo brief: sample corpus")
            counts = store.counts()
    brief_path = out_dir / "brief.md"
    brief_path.write_text(brief, encoding="utf-8")
    return DemoReport(db_url=url, brief_path=brief_path, ingest=report, counts=counts)
