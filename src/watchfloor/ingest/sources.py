"""Expand what the user named (files, folders, `-`, URLs) into raw items.

Nothing here raises for a bad item: a missing file, an unreadable one, an oversized one or a
broken sidecar becomes an `IngestError` value in the stream, so one bad item never stops a
batch. Parsing the bytes into documents is `document.py`'s job.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Literal
from urllib.parse import urlsplit

from watchfloor.errors import IngestError
from watchfloor.ingest.fetch import Fetcher, HttpFetcher

Kind = Literal["text", "html", "json", "jsonl"]

#: File suffix -> how its bytes are read.
KINDS: dict[str, Kind] = {
    ".txt": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".jsonl": "jsonl",
}
SIDECAR_SUFFIX = ".meta.json"
#: Files a folder walk passes over: metadata sidecars and the project's own gold annotations
#: (data/GOLD_FORMAT.md keeps `<doc_id>.gold.json` beside each report).
NOT_DOCUMENTS = (SIDECAR_SUFFIX, ".gold.json")
STDIN = "<stdin>"
META_KEYS = ("doc_id", "title", "source", "url", "published", "language")

# IngestError codes, one per kind of bad item, so the CLI and API can tell them apart.
E_RECORD = "E110"  # a JSON/JSONL file or record without usable structure
E_MISSING = "E111"  # no such file or folder
E_UNREADABLE = "E112"  # permissions, I/O errors, a failed fetch
E_UNSUPPORTED = "E113"  # a file type we do not ingest, or a sidecar named as a document
E_BINARY = "E114"  # NUL or control bytes: not text
E_UNDECODABLE = "E115"  # not valid UTF-8 (or BOM-marked UTF-16)
E_EMPTY = "E116"  # no text once normalised
E_TOO_LARGE = "E117"  # over max_bytes
E_NO_MAIN_TEXT = "E118"  # HTML (or a feed entry) with no text trafilatura could extract
E_METADATA = "E119"  # a broken sidecar, or a bad date or field in metadata


@dataclass(frozen=True)
class Meta:
    """Metadata from a sidecar, a JSON record, HTML or a feed entry; None = not given."""

    doc_id: str | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: dt.date | None = None
    language: str | None = None

    def over(self, other: Meta) -> Meta:
        """This metadata, with gaps filled from `other` (so `self` wins)."""
        return Meta(
            doc_id=self.doc_id or other.doc_id,
            title=self.title or other.title,
            source=self.source or other.source,
            url=self.url or other.url,
            published=self.published or other.published,
            language=self.language or other.language,
        )


@dataclass(frozen=True)
class RawItem:
    """The bytes of one input and what we know about it before parsing."""

    origin: str  # path as given, URL, or "<stdin>"
    name: str  # file stem (URL: last path segment), the default document name
    kind: Kind
    data: bytes
    meta: Meta = Meta()


def parse_meta(obj: dict[str, Any], where: str) -> Meta:
    """Read the metadata keys of a sidecar or record; raises ValueError naming a bad key."""
    values: dict[str, str | None] = {}
    for key in (*META_KEYS, "name"):
        value = obj.get(key)
        if value is not None and not isinstance(value, str | int | float):
            raise ValueError(f"{where} has a non-text {key!r} ({type(value).__name__})")
        values[key] = str(value).strip() or None if value is not None else None
    published = None
    if values["published"]:
        published = parse_date(values["published"])
        if published is None:
            raise ValueError(
                f"{where} has a bad published date {values['published']!r} (want YYYY-MM-DD)"
            )
    return Meta(
        doc_id=values["doc_id"] or values["name"],
        title=values["title"],
        source=values["source"],
        url=values["url"],
        published=published,
        language=values["language"],
    )


def parse_date(value: str) -> dt.date | None:
    """A YYYY-MM-DD date (a trailing time is ignored), or None when it is not one."""
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def expand(
    paths: Sequence[str],
    *,
    max_bytes: int,
    stdin: IO[bytes] | None = None,
    fetcher: Fetcher | None = None,
) -> Iterator[RawItem | IngestError]:
    """Raw items in a stable order: arguments as given, folders sorted and walked recursively.

    "-" reads `stdin` (default: the process's standard input); http(s) URLs go through
    `fetcher` (default: `HttpFetcher`).
    """
    for arg in paths:
        if arg == "-":
            stream = stdin if stdin is not None else getattr(sys.stdin, "buffer", None)
            yield _read_stdin(stream, max_bytes)
        elif arg.startswith(("http://", "https://")):
            yield _fetch(arg, fetcher or HttpFetcher(), max_bytes)
        elif os.path.isdir(arg):
            for path in _walk(Path(arg)):
                yield path if isinstance(path, IngestError) else _read_file(path, max_bytes)
        else:
            yield _read_file(Path(arg), max_bytes, origin=arg)


def _walk(folder: Path) -> Iterator[Path | IngestError]:
    """Ingestible files under `folder`: its files sorted, then its sub-folders sorted.

    Hidden entries, sidecars and gold files are passed over; symlinked folders are not
    followed (no loops). A folder that cannot be listed is an error value.
    """
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        yield IngestError(str(folder), f"folder cannot be listed ({_why(exc)})", code=E_UNREADABLE)
        return
    subfolders = []
    for entry in entries:
        lower = entry.name.lower()
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            subfolders.append(Path(entry.path))
        elif not lower.endswith(NOT_DOCUMENTS) and os.path.splitext(lower)[1] in KINDS:
            yield Path(entry.path)
    for sub in subfolders:
        yield from _walk(sub)


def _read_file(path: Path, max_bytes: int, *, origin: str | None = None) -> RawItem | IngestError:
    origin = origin or str(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return IngestError(origin, "no such file or directory", code=E_MISSING)
    except OSError as exc:
        return IngestError(origin, f"cannot be read ({_why(exc)})", code=E_UNREADABLE)
    if path.name.lower().endswith(SIDECAR_SUFFIX):
        return IngestError(
            origin, "is a metadata sidecar, not a document; name its document", code=E_UNSUPPORTED
        )
    kind = KINDS.get(path.suffix.lower())
    if kind is None:
        supported = ", ".join(KINDS)
        return IngestError(
            origin,
            f"unsupported file type {path.suffix or '(none)'!r}; supported: {supported}",
            code=E_UNSUPPORTED,
        )
    if size > max_bytes:
        return IngestError(origin, too_large(size, max_bytes), code=E_TOO_LARGE)
    try:
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except FileNotFoundError:
        return IngestError(origin, "no such file or directory", code=E_MISSING)
    except OSError as exc:
        return IngestError(origin, f"cannot be read ({_why(exc)})", code=E_UNREADABLE)
    if len(data) > max_bytes:  # grew since stat, or a special file
        return IngestError(origin, too_large(len(data), max_bytes), code=E_TOO_LARGE)
    stem = path.name[: -len(path.suffix)] if path.suffix else path.name
    sidecar = path.with_name(stem + SIDECAR_SUFFIX)
    meta = _read_sidecar(sidecar)
    if isinstance(meta, str):
        return IngestError(origin, meta, code=E_METADATA)
    return RawItem(origin=origin, name=stem, kind=kind, data=data, meta=meta)


def _why(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied"
    return (exc.strerror or str(exc)).lower()


def _read_sidecar(sidecar: Path) -> Meta | str:
    """The sidecar's metadata, empty Meta when there is none, or the reason it is unusable."""
    try:
        raw = sidecar.read_bytes()
    except FileNotFoundError:
        return Meta()
    except OSError as exc:
        return f"its sidecar {sidecar} cannot be read ({_why(exc)})"
    try:
        obj = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        return f"its sidecar {sidecar} is not UTF-8 text"
    except json.JSONDecodeError as exc:
        return f"its sidecar {sidecar} is not valid JSON ({exc.msg} at line {exc.lineno})"
    if not isinstance(obj, dict):
        return f"its sidecar {sidecar} is not a JSON object"
    try:
        return parse_meta(obj, f"its sidecar {sidecar}")
    except ValueError as exc:
        return str(exc)


def _read_stdin(stdin: IO[bytes] | None, max_bytes: int) -> RawItem | IngestError:
    if stdin is None:
        return IngestError(STDIN, "there is no standard input to read", code=E_UNREADABLE)
    try:
        data = stdin.read(max_bytes + 1)
    except (OSError, ValueError) as exc:  # ValueError: a closed stream
        return IngestError(STDIN, f"cannot be read ({exc})", code=E_UNREADABLE)
    if len(data) > max_bytes:
        return IngestError(STDIN, too_large(None, max_bytes), code=E_TOO_LARGE)
    return RawItem(origin=STDIN, name="stdin", kind=sniff(data), data=data)


def sniff(data: bytes) -> Kind:
    """Guess the kind of unnamed bytes: JSON, JSONL or HTML when they parse as such, else text."""
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:512].lower()
    if head.startswith((b"{", b"[")):
        try:
            json.loads(data.decode("utf-8-sig"))
            return "json"
        except (UnicodeDecodeError, json.JSONDecodeError):
            first = data.lstrip(b"\xef\xbb\xbf \t\r\n").split(b"\n", 1)[0]
            if head.startswith(b"{") and _is_json_object(first):
                return "jsonl"
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    return "text"


def _is_json_object(line: bytes) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except (UnicodeDecodeError, json.JSONDecodeError):
        return False


def _fetch(url: str, fetcher: Fetcher, max_bytes: int) -> RawItem | IngestError:
    try:
        fetched = fetcher.fetch(url, max_bytes=max_bytes)
    except IngestError as exc:
        return exc
    except OSError as exc:
        return IngestError(url, f"cannot be fetched ({exc})", code=E_UNREADABLE)
    if len(fetched.data) > max_bytes:
        return IngestError(url, too_large(len(fetched.data), max_bytes), code=E_TOO_LARGE)
    parts = urlsplit(url)
    last = parts.path.rstrip("/").rsplit("/", 1)[-1]
    stem, suffix = os.path.splitext(last)
    suffix = suffix.lower()
    ctype = (fetched.content_type or "").lower()
    kind: Kind
    if "html" in ctype:
        kind = "html"
    elif "json" in ctype:
        kind = "jsonl" if suffix == ".jsonl" else "json"
    elif ctype.startswith("text/plain"):
        kind = "text"
    else:
        kind = KINDS.get(suffix) or sniff(fetched.data)
    return RawItem(
        origin=url, name=stem or parts.netloc, kind=kind, data=fetched.data, meta=Meta(url=url)
    )


def too_large(size: int | None, max_bytes: int) -> str:
    """The oversize reason, with the limit and the flag that raises it."""
    actual = ""
    if size is not None:  # exact bytes when rounding would show the limit itself
        shown = human_size(size)
        actual = f" ({shown if shown != human_size(max_bytes) else f'{size:,} bytes'})"
    return f"larger than the {human_size(max_bytes)} limit{actual}; raise it with --max-bytes"


def human_size(n: int) -> str:
    """5_000_000 -> '5 MB', 7_200_000 -> '7.2 MB', 2048 -> '2 kB', 12 -> '12 bytes'."""
    for unit, scale in (("MB", 1_000_000), ("kB", 1_000)):
        if n >= scale:
            return f"{n / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{n} bytes"
