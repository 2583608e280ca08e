"""The development reports (read, never copied): names and dates come from their sidecars."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from ingest_helpers import docs, ingest

DEV = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "dev"

pytestmark = pytest.mark.skipif(not DEV.is_dir(), reason=f"{DEV} is not present")


def test_dev_reports_read_with_sidecar_metadata() -> None:
    files = sorted(DEV.glob("*.txt"))
    got = ingest(list(files))
    assert len(docs(got)) == len(got) == len(files) > 0
    for path, doc in zip(files, docs(got), strict=True):
        meta = json.loads(path.with_name(path.stem + ".meta.json").read_text("utf-8"))
        assert doc.name == meta["doc_id"]
        assert doc.published is not None
        assert doc.published.isoformat() == meta["published"]
        assert doc.title == meta["title"]
        # normalisation only touches whitespace: the words are the file's words
        assert doc.text.split() == path.read_text("utf-8").split()


def test_dev_reports_twice_give_the_same_ids() -> None:
    files = sorted(DEV.glob("*.txt"))
    first = [d.id for d in docs(ingest(list(files)))]
    second = [d.id for d in docs(ingest(list(files)))]
    assert first == second
    assert len(set(first)) == len(files)
