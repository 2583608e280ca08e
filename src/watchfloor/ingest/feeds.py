"""RSS/Atom bytes -> raw items, one per entry, through feedparser (for `watchfloor watch`).

Each entry's content (else its summary) is HTML; it goes through `html.fragment_text`
(trafilatura) and the item carries the entry's title, link and published date as metadata,
so `document.to_documents` turns it into a Document like any other input.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from urllib.parse import urlsplit

from watchfloor.errors import IngestError
from watchfloor.ingest.sources import E_NO_MAIN_TEXT, E_RECORD, Meta, RawItem


def feed_items(data: bytes, *, origin: str) -> list[RawItem | IngestError]:
    """The entries of a feed, in feed order; an entry without text is an error value."""
    import feedparser

    parsed: Any = feedparser.parse(data)
    entries: list[Any] = list(parsed.get("entries") or [])
    if not entries:
        problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
        reason = f"is not a readable RSS/Atom feed ({problem})" if problem else "has no entries"
        return [IngestError(origin, reason, code=E_RECORD)]
    feed_title = _clean(parsed.get("feed", {}).get("title"))
    items: list[RawItem | IngestError] = []
    for n, entry in enumerate(entries, start=1):
        link = _clean(entry.get("link"))
        where = link or f"{origin}#{n}"
        text = _entry_text(entry)
        if not text.strip():
            items.append(
                IngestError(where, "feed entry has no summary or content text", code=E_NO_MAIN_TEXT)
            )
            continue
        meta = Meta(
            title=_clean(entry.get("title")),
            source=feed_title,
            url=link,
            published=_entry_date(entry),
            language=_language(entry, parsed),
        )
        items.append(
            RawItem(
                origin=where,
                name=_slug(link) or f"entry-{n}",
                kind="text",
                data=text.encode("utf-8"),
                meta=meta,
            )
        )
    return items


def _entry_text(entry: Any) -> str:
    """The longest of the entry's content blocks and summary, as text."""
    from watchfloor.ingest.html import fragment_text

    blocks = [c.get("value") or "" for c in entry.get("content") or []]
    blocks.append(entry.get("summary") or "")
    best = max(blocks, key=len)
    if not best.strip():
        return ""
    if "<" not in best:  # feedparser gives plain text summaries as they are
        return best
    return fragment_text(best)


def _entry_date(entry: Any) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
    return None


def _language(entry: Any, parsed: Any) -> str | None:
    detail = entry.get("title_detail") or {}
    lang = detail.get("language") or parsed.get("feed", {}).get("language")
    return lang.split("-")[0].lower() if isinstance(lang, str) and lang else None


def _clean(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _slug(link: str | None) -> str | None:
    """The last path segment of an entry's link, without extension, as its default name."""
    if not link:
        return None
    last = urlsplit(link).path.rstrip("/").rsplit("/", 1)[-1]
    return last.rsplit(".", 1)[0] or None
