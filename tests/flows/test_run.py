"""Flows: ingest (idempotent, per-item errors, resumable), extract to files, listings."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from tests.conftest import DEV_DIR, event_line

from watchfloor.errors import IngestError, InputError
from watchfloor.flows import (
    ListFilter,
    build_demo,
    extract_to_dir,
    ingest,
    list_documents,
    list_events,
    list_mentions,
)
from watchfloor.ledger.store import Store
from watchfloor.models import Document, Extraction

# These tests are about flows and the store, not extraction quality: the stand-in extractor
# makes them independent of the real pipeline (tests/cli runs that one end to end).
pytestmark = pytest.mark.usefixtures("use_fake_extractor")


def _write(
    folder: Path, name: str, text: str | bytes, meta: dict[str, object] | None = None
) -> str:
    path = folder / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    if meta is not None:
        (folder / f"{path.stem}.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return str(path)


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Store:
    return Store.open(f"sqlite:///{tmp_path / 'flows.db'}")


def test_ingesting_the_dev_set_twice_keeps_one_document_per_file(store: Store) -> None:
    files = sorted(str(p) for p in DEV_DIR.glob("*.txt"))
    assert files, f"dev set missing at {DEV_DIR}"
    first = ingest(files, store)
    assert (first.added, first.skipped_existing, first.failed) == (len(files), 0, ())
    second = ingest(files, store)
    assert (second.added, second.skipped_existing, second.failed) == (0, len(files), ())
    names = sorted(d.name for d in list_documents(store))
    assert names == sorted(Path(f).stem for f in files)


def test_bad_items_are_reported_and_good_ones_stored(tmp_path: Path, sqlite_store: Store) -> None:
    good = _write(tmp_path, "good.txt", "A plain report about a quiet day.\n")
    empty = _write(tmp_path, "empty.txt", "")
    binary = _write(tmp_path, "blob.txt", bytes(range(256)) * 4)
    big = _write(tmp_path, "big.txt", "word " * 400)
    missing = str(tmp_path / "missing.txt")
    seen: list[IngestError] = []
    report = ingest(
        [good, empty, binary, missing, big], sqlite_store, max_bytes=1000, on_error=seen.append
    )
    assert report.added == 1
    assert not report.ok
    failed_items = sorted(Path(e.item).name for e in report.failed)
    assert failed_items == ["big.txt", "blob.txt", "empty.txt", "missing.txt"]
    assert [str(e) for e in seen] == [str(e) for e in report.failed]
    assert all(str(e).startswith(f"{e.item}: ") and e.reason for e in report.failed)
    assert [d.name for d in list_documents(sqlite_store)] == ["good"]


def test_no_paths_is_an_input_error(sqlite_store: Store) -> None:
    with pytest.raises(InputError):
        ingest([], sqlite_store)


def test_a_crashing_extractor_fails_only_its_item(tmp_path: Path, sqlite_store: Store) -> None:
    def picky(doc: Document) -> Extraction:
        if "poison" in doc.text:
            raise ValueError("cannot cope")
        return Extraction(doc_id=doc.name)

    ok = _write(tmp_path, "ok.txt", "An ordinary report.")
    bad = _write(tmp_path, "bad.txt", "This one carries poison.")
    report = ingest([bad, ok], sqlite_store, extractor=picky)
    assert report.added == 1
    [error] = report.failed
    assert "bad" in error.item and "cannot cope" in error.reason


def test_interrupted_batch_is_consistent_and_a_rerun_completes_it(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'resume.db'}"
    files = [
        _write(tmp_path, f"r{i}.txt", event_line(date=f"2024-05-0{i + 1}", country="Testland"))
        for i in range(4)
    ]

    def stop_after_two(done: int, total: int, item: str) -> None:
        if done == 2:
            raise KeyboardInterrupt

    with Store.open(url) as store, pytest.raises(KeyboardInterrupt):
        ingest(files, store, progress=stop_after_two)
    with Store.open(url) as store:
        counts = store.counts()
        assert counts["documents"] == 2
        assert counts["mentions"] == counts["events"] == 2
        report = ingest(files, store)
        assert (report.added, report.skipped_existing) == (2, 2)
        assert store.counts()["mentions"] == 4


def test_progress_reports_every_document(tmp_path: Path, sqlite_store: Store) -> None:
    files = [_write(tmp_path, f"p{i}.txt", f"Report number {i}.") for i in range(3)]
    calls: list[tuple[int, int]] = []
    ingest(files, sqlite_store, progress=lambda done, total, item: calls.append((done, total)))
    assert calls == [(1, 3), (2, 3), (3, 3)]


def test_same_text_under_two_names_is_stored_once(tmp_path: Path, sqlite_store: Store) -> None:
    a = _write(tmp_path, "copy-a.txt", "Identical words in two files.")
    b = _write(tmp_path, "copy-b.txt", "Identical words in two files.")
    report = ingest([a, b], sqlite_store)
    assert (report.added, report.skipped_existing) == (1, 1)


def test_sidecar_and_default_published(tmp_path: Path, sqlite_store: Store) -> None:
    with_meta = _write(
        tmp_path,
        "m.txt",
        "Report with metadata.",
        {"doc_id": "custom-name", "title": "T", "source": "S", "published": "2024-02-02"},
    )
    plain = _write(tmp_path, "plain.txt", "Report without metadata.")
    ingest([with_meta, plain], sqlite_store, published=dt.date(2024, 3, 3))
    docs = {d.name: d for d in list_documents(sqlite_store)}
    assert docs["custom-name"].published == dt.date(2024, 2, 2)
    assert docs["custom-name"].title == "T"
    assert docs["plain"].published == dt.date(2024, 3, 3)


def test_listings_filter_through_flows(tmp_path: Path, sqlite_store: Store) -> None:
    text = event_line(date="2024-04-01", country="Testland", actor1="Red Unit", type="Battles")
    text += event_line(date="2024-04-09", country="Farland", actor1="Gold Unit", sub="Grenade")
    ingest([_write(tmp_path, "two.txt", text)], sqlite_store)
    assert len(list_mentions(sqlite_store)) == 2
    assert [
        m.payload["country"] for m in list_mentions(sqlite_store, ListFilter(actor="gold"))
    ] == ["Farland"]
    assert [e.country for e in list_events(sqlite_store, ListFilter(type="battles"))] == [
        "Testland"
    ]
    assert list_events(sqlite_store, ListFilter(since=dt.date(2024, 4, 10))) == []


def test_extract_to_dir_writes_one_gold_format_file_per_input(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    a = _write(src, "alpha.txt", "First report.", {"doc_id": "alpha-renamed"})
    b = _write(src, "beta.txt", "Second report.")
    out = tmp_path / "out"
    report = extract_to_dir([a, b], out, published=dt.date(2024, 1, 1))
    assert report.ok
    assert sorted(p.name for p in out.iterdir()) == ["alpha-renamed.json", "beta.json"]
    data = json.loads((out / "beta.json").read_text(encoding="utf-8"))
    assert data["doc_id"] == "beta"
    assert set(data) >= {"events", "statements", "tallies", "facts"}
    assert not list(tmp_path.glob("*.db"))


def test_extract_to_dir_refuses_two_inputs_with_one_name(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    a = _write(tmp_path / "x", "same.txt", "One text.")
    b = _write(tmp_path / "y", "same.txt", "Another text.")
    report = extract_to_dir([a, b], tmp_path / "out")
    assert len(report.written) == 1
    [error] = report.failed
    assert "same" in error.reason


def test_extract_to_dir_writes_fake_events(tmp_path: Path) -> None:
    f = _write(tmp_path, "ev.txt", event_line(date="2024-06-01", country="Testland"))
    extract_to_dir([f], tmp_path / "out")
    data = json.loads((tmp_path / "out" / "ev.json").read_text(encoding="utf-8"))
    assert [e["date"] for e in data["events"]] == ["2024-06-01"]


def test_demo_builds_a_ledger_and_a_cited_brief(tmp_path: Path) -> None:
    report = build_demo(tmp_path / "demo")
    assert report.counts["documents"] >= 1
    assert report.ingest.ok
    assert report.brief_path.read_text(encoding="utf-8").startswith("# ")
    again = build_demo(tmp_path / "demo")
    assert again.ingest.added == 0
    assert again.counts == report.counts


def test_two_writers_at_once_store_each_document_once(tmp_path: Path) -> None:
    import threading

    url = f"sqlite:///{tmp_path / 'shared.db'}"
    Store.open(url).close()
    files = [
        _write(tmp_path, f"c{i}.txt", event_line(date="2024-08-01", country=f"Land{i}"))
        for i in range(12)
    ]
    reports = []
    failures: list[BaseException] = []

    def worker(order: list[str]) -> None:
        try:
            with Store.open(url) as store:
                reports.append(ingest(order, store))
        except BaseException as e:  # surfaced below, in the test's thread
            failures.append(e)

    threads = [
        threading.Thread(target=worker, args=(files,)),
        threading.Thread(target=worker, args=(files[::-1],)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []
    assert sum(r.added for r in reports) == len(files)
    with Store.open(url) as store:
        counts = store.counts()
    assert counts["documents"] == counts["mentions"] == counts["events"] == len(files)
