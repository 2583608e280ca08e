"""HTML -> main text and metadata, through trafilatura (a real boilerplate remover).

trafilatura is imported on first use, so ingesting plain text never pays for it.
Main text comes out one paragraph per line, which is what `document.normalise` keeps.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from watchfloor.ingest.sources import Meta, parse_date


@dataclass(frozen=True)
class HtmlText:
    """The main text of a page and the metadata trafilatura found in it."""

    text: str
    meta: Meta


def extract(html: bytes | str, *, url: str | None = None) -> HtmlText | None:
    """Main text and metadata of a whole page; None when trafilatura finds no main text."""
    import trafilatura

    result: Any = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
    )
    if result is None:
        return None
    text = _attr(result, "text") or ""
    if not text.strip():
        return None
    meta = Meta(
        title=_attr(result, "title"),
        source=_attr(result, "sitename"),
        url=_attr(result, "url"),
        published=_date(_attr(result, "date")),
        language=_attr(result, "language"),
    )
    return HtmlText(text=text, meta=meta)


def fragment_text(html: str) -> str:
    """Text of an HTML fragment (a feed entry's summary or content); "" when it has none.

    Whole-page extraction is tried first, for paragraphs as lines; a short fragment is
    below its thresholds, so trafilatura's plain whole-text conversion is the fallback.
    """
    import trafilatura

    page = html if "<html" in html[:500].lower() else f"<html><body>{html}</body></html>"
    text: str | None = trafilatura.extract(page, include_comments=False, include_tables=True)
    if text and text.strip():
        return text
    plain: str = trafilatura.html2txt(page)
    return plain


def _attr(result: Any, name: str) -> str | None:
    value = result.get(name) if isinstance(result, dict) else getattr(result, name, None)
    return value.strip() or None if isinstance(value, str) else None


def _date(value: str | None) -> dt.date | None:
    return parse_date(value) if value else None
