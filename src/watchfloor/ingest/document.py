"""Raw item -> `Document`: decode, normalise, hash, attach metadata.

Normalisation (`normalise`) is what makes the id stable: the same report saved with CRLF line
ends, a BOM, trailing spaces or decomposed accents hashes the same. Rules, in order:
drop zero-width spaces, BOMs, soft hyphens and control characters (tab and line breaks
excepted); Unicode NFC; every line break (CRLF, CR, U+2028 ...) becomes "\\n"; inside a line,
runs of whitespace (tabs, no-break and other Unicode spaces) become one space; lines are
stripped; runs of blank lines become one blank line; leading and trailing blank lines go.
Paragraphs stay one per line, so character offsets keep their meaning downstream.

The id is the first 16 hex characters (64 bits) of the SHA-256 of the normalised text, UTF-8.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from watchfloor.errors import IngestError
from watchfloor.ingest.sources import (
    E_BINARY,
    E_EMPTY,
    E_METADATA,
    E_NO_MAIN_TEXT,
    E_RECORD,
    E_UNDECODABLE,
    Meta,
    RawItem,
    parse_meta,
)
from watchfloor.models import Document

ID_LENGTH = 16
DEFAULT_LANGUAGE = "en"

_INVISIBLE = re.compile("[\u200b\u00ad\ufeff\u2060]")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")
_HSPACE = re.compile(r"[^\S\n]+")
_BLANKS = re.compile(r"\n{3,}")
_BINARY_CONTROLS = re.compile(b"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def normalise(text: str) -> str:
    """The canonical form of a text (see the module docstring); idempotent."""
    text = _CONTROL.sub("", _INVISIBLE.sub("", text))
    text = unicodedata.normalize("NFC", text)
    lines = [_HSPACE.sub(" ", line).strip() for line in text.splitlines()]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip("\n")


def doc_id(text: str) -> str:
    """Content hash of an already-normalised text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:ID_LENGTH]


class NotText(ValueError):
    """Bytes that are not text we can read; `code` is the IngestError code to report."""

    def __init__(self, reason: str, code: str) -> None:
        super().__init__(reason)
        self.code = code


def decode(data: bytes) -> str:
    """Bytes -> str: UTF-8 (a BOM is dropped) or UTF-16 with a BOM; NotText says why not."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            reason = f"is not valid UTF-16 ({exc.reason} at byte {exc.start})"
            raise NotText(reason, E_UNDECODABLE) from exc
    if b"\x00" in data:
        raise NotText("is binary, not text (it contains NUL bytes)", E_BINARY)
    if len(_BINARY_CONTROLS.findall(data[:8192])) > max(8, len(data[:8192]) // 100):
        raise NotText("is binary, not text (it is full of control bytes)", E_BINARY)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise NotText(
            f"is not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "save it as UTF-8",
            E_UNDECODABLE,
        ) from exc


def to_documents(
    item: RawItem, *, published: dt.date | None = None
) -> Iterator[Document | IngestError]:
    """The documents in one raw item (several for JSON lists and JSONL), or its errors."""
    if item.kind == "html":
        yield _from_html(item, published)
        return
    try:
        text = decode(item.data)
    except NotText as exc:
        yield IngestError(item.origin, str(exc), code=exc.code)
        return
    if item.kind == "text":
        yield build(item.origin, text, item.meta, name=item.name, published=published)
    elif item.kind == "json":
        yield from _from_json(item, text, published)
    else:
        yield from _from_jsonl(item, text, published)


def build(
    origin: str,
    text: str,
    meta: Meta,
    *,
    name: str,
    published: dt.date | None = None,
    item: str | None = None,
) -> Document | IngestError:
    """A Document from raw text and merged metadata, or an error when no text is left."""
    clean = normalise(text)
    if not clean:
        return IngestError(item or origin, "has no text (empty or whitespace only)", code=E_EMPTY)
    return Document(
        id=doc_id(clean),
        name=meta.doc_id or name,
        text=clean,
        title=meta.title,
        source=meta.source,
        url=meta.url,
        published=meta.published or published,
        language=_language(meta.language),
        origin=origin,
    )


def _from_html(item: RawItem, published: dt.date | None) -> Document | IngestError:
    if b"\x00" in item.data and not item.data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return IngestError(
            item.origin, "is binary, not text (it contains NUL bytes)", code=E_BINARY
        )
    if not item.data.strip():
        return IngestError(item.origin, "has no text (empty or whitespace only)", code=E_EMPTY)
    from watchfloor.ingest.html import extract

    try:
        page = extract(item.data, url=item.meta.url)
    except Exception as exc:  # trafilatura/lxml failures vary; one page must not stop a batch
        return IngestError(item.origin, f"HTML could not be parsed ({exc})", code=E_NO_MAIN_TEXT)
    if page is None:
        reason = "HTML has no main text that trafilatura could extract"
        return IngestError(item.origin, reason, code=E_NO_MAIN_TEXT)
    return build(
        item.origin, page.text, item.meta.over(page.meta), name=item.name, published=published
    )


def _from_json(
    item: RawItem, text: str, published: dt.date | None
) -> Iterator[Document | IngestError]:
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        yield IngestError(
            item.origin, f"is not valid JSON ({exc.msg} at line {exc.lineno})", code=E_RECORD
        )
        return
    if isinstance(obj, dict):
        yield _record(item, obj, item.origin, item.name, published, single=True)
    elif isinstance(obj, list) and obj:
        for n, rec in enumerate(obj, start=1):
            where = f"{item.origin}[{n}]"
            yield _record(item, rec, where, f"{item.name}-{n}", published, single=False)
    else:
        yield IngestError(
            item.origin, 'is not a JSON object or a list of objects with "text"', code=E_RECORD
        )


def _from_jsonl(
    item: RawItem, text: str, published: dt.date | None
) -> Iterator[Document | IngestError]:
    seen = False
    # split on "\n" only: JSON strings may hold U+2028 and friends, which splitlines() breaks on
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        seen = True
        where = f"{item.origin}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield IngestError(
                where, f"is not valid JSON ({exc.msg} at column {exc.colno})", code=E_RECORD
            )
            continue
        yield _record(item, obj, where, f"{item.name}-{lineno}", published, single=False)
    if not seen:
        yield IngestError(item.origin, "has no records (empty or whitespace only)", code=E_EMPTY)


def _record(
    item: RawItem, obj: Any, where: str, name: str, published: dt.date | None, *, single: bool
) -> Document | IngestError:
    """One JSON record: its own fields, under the file's sidecar (the sidecar wins)."""
    if not isinstance(obj, dict):
        kind = type(obj).__name__
        return IngestError(
            where, f'is not a JSON object with a "text" field (got {kind})', code=E_RECORD
        )
    body = obj.get("text")
    if not isinstance(body, str):
        reason = 'has no "text" field' if body is None else '"text" is not a string'
        return IngestError(where, reason, code=E_RECORD)
    try:
        own = parse_meta(obj, "the record")
    except ValueError as exc:
        return IngestError(where, str(exc), code=E_METADATA)
    sidecar = item.meta if single else replace(item.meta, doc_id=None)
    meta = sidecar.over(own)
    return build(item.origin, body, meta, name=name, published=published, item=where)


def _language(tag: str | None) -> str:
    """The primary subtag of a language tag ("en-GB" -> "en"), "en" when none is given."""
    primary = (tag or "").replace("_", "-").split("-")[0].strip().lower()
    return primary or DEFAULT_LANGUAGE
