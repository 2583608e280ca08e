"""RSS and Atom feeds -> items -> documents."""

from __future__ import annotations

import datetime as dt

from ingest_helpers import DATA

from watchfloor.errors import IngestError
from watchfloor.ingest import to_documents
from watchfloor.ingest.feeds import feed_items
from watchfloor.ingest.sources import RawItem
from watchfloor.models import Document


def _documents(name: str) -> list[Document | IngestError]:
    out: list[Document | IngestError] = []
    for item in feed_items((DATA / name).read_bytes(), origin=name):
        out.extend([item] if isinstance(item, IngestError) else to_documents(item))
    return out


def test_rss_entries_become_documents_with_metadata() -> None:
    got = _documents("feed.rss")
    assert [type(r).__name__ for r in got] == ["Document", "Document", "IngestError"]
    first, second, empty = got
    assert isinstance(first, Document) and isinstance(second, Document)
    assert first.title == "Drone downed over river delta"
    assert first.url == first.origin == "https://border-wire.example/items/drone-downed"
    assert first.source == "Border Wire"
    assert first.published == dt.date(2024, 3, 5)
    assert first.name == "drone-downed"
    # HTML summary converted to text, paragraphs kept as lines, no tags left
    assert first.text.splitlines() == [
        "Air defence units shot down a drone above the river delta before dawn, "
        "the regional command said.",
        "Debris fell on an empty field and nobody was hurt.",
    ]
    assert "wounding three drivers" in second.text
    assert isinstance(empty, IngestError)
    assert empty.item.endswith("/items/empty")


def test_atom_prefers_full_content_over_summary() -> None:
    (doc,) = _documents("feed.atom")
    assert isinstance(doc, Document)
    assert "Short summary only" not in doc.text
    assert "a shepherd was injured" in doc.text
    assert "<p>" not in doc.text
    assert doc.published == dt.date(2024, 4, 1)
    assert doc.source == "Valley Monitor"


def test_not_a_feed() -> None:
    (err,) = feed_items(b"this is not xml at all", origin="junk.xml")
    assert isinstance(err, IngestError)
    assert err.item == "junk.xml"


def test_entry_item_is_a_plain_raw_item() -> None:
    items = feed_items((DATA / "feed.rss").read_bytes(), origin="feed.rss")
    assert all(isinstance(i, RawItem) and i.kind == "text" for i in items[:2])
