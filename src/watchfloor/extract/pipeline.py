"""Document -> Extraction: the pure extraction step (placeholder until the engine lands)."""

from __future__ import annotations

from watchfloor.models import Document, Extraction


def extract(doc: Document) -> Extraction:
    """Never raises: a document that cannot be analysed gives an empty extraction with a warning."""
    return Extraction(doc_id=doc.name)
