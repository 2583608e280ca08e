"""The store on SQLite and PostgreSQL: migrations, round trips, idempotence, transactions."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from tests.conftest import make_document, make_mention, rich_extraction

import watchfloor.ledger.store as store_module
from watchfloor.errors import StoreError
from watchfloor.ledger.records import ListFilter
from watchfloor.ledger.schema import metadata
from watchfloor.ledger.store import Store
from watchfloor.models import Extraction


def test_migrations_create_exactly_the_declared_schema(store: Store) -> None:
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == []


def test_reopening_a_migrated_database_keeps_its_rows(db_url: str) -> None:
    doc = make_document("Some text about a port.", name="first")
    with Store.open(db_url) as s:
        assert s.add_extraction(doc, rich_extraction(doc))
    with Store.open(db_url) as s:
        assert [d.name for d in s.documents()] == ["first"]


def test_document_round_trip(store: Store) -> None:
    doc = make_document(
        "A drone hit the port. They clashed later.",
        name="port-report",
        title="Port hit",
        source="Wire",
        url="https://example.org/a",
        published=dt.date(2024, 3, 6),
        origin="/tmp/port-report.txt",
    )
    assert store.add_extraction(doc, rich_extraction(doc))
    [record] = store.documents()
    assert record.to_dict() == {
        "id": doc.id,
        "name": "port-report",
        "title": "Port hit",
        "source": "Wire",
        "url": "https://example.org/a",
        "published": "2024-03-06",
    }
    assert store.document_text(doc.id) == doc.text


def test_mentions_keep_the_full_extracted_payload(store: Store) -> None:
    doc = make_document("text one", name="d1")
    extraction = rich_extraction(doc)
    store.add_extraction(doc, extraction)
    found = store.mentions()
    assert [m.mention_id for m in found] == ["e1", "e2"]
    for record, mention in zip(found, extraction.events, strict=True):
        out = record.to_dict()
        assert out["doc_name"] == "d1"
        assert out["mention_id"] == mention.id
        assert isinstance(out["event_id"], int)
        assert {k: out[k] for k in mention.to_dict()} == mention.to_dict()


def test_each_mention_of_one_document_gets_its_own_reconciled_event(store: Store) -> None:
    doc = make_document("text two", name="d2")
    store.add_extraction(doc, rich_extraction(doc))
    events = store.events()
    mentions = store.mentions()
    assert len(events) == 2
    assert sorted(e.id for e in events) == sorted(m.event_id for m in mentions)  # type: ignore[type-var]
    first = next(e for e in events if e.date == dt.date(2024, 3, 2)).to_dict()
    assert first["sub_event_type"] == "Air/drone strike"
    assert first["latitude"] == 12.5
    assert first["weapons"] == ["drone"]
    # Figures are reconciled from the claims: the attributed 3 killed, the report's own 1 hurt.
    assert first["fatalities"] == {"low": 3, "best": 3, "high": 3}
    assert first["injuries"] == {"low": 1, "best": 1, "high": 1}
    assert first["status"] in ("reported", "confirmed")
    assert first["claims"][0]["source"] == "health ministry"
    assert first["claims"][0]["doc_name"] == "d2"
    assert first["mentions"] == [{"doc_name": "d2", "mention_id": "e1"}]


def test_statements_tallies_and_facts_are_stored(store: Store) -> None:
    doc = make_document("text three", name="d3")
    store.add_extraction(doc, rich_extraction(doc))
    counts = store.counts()
    assert (counts["statements"], counts["tallies"], counts["facts"]) == (1, 1, 1)


def test_same_document_twice_adds_nothing(store: Store) -> None:
    doc = make_document("the same words", name="a")
    assert store.add_extraction(doc, rich_extraction(doc)) is True
    before = store.counts()
    again = dataclasses.replace(doc, name="renamed-copy")
    assert store.add_extraction(again, rich_extraction(again)) is False
    assert store.counts() == before


@pytest.mark.parametrize("exc", [RuntimeError("disk on fire"), KeyboardInterrupt()])
def test_failure_mid_write_leaves_nothing_behind(
    store: Store, monkeypatch: pytest.MonkeyPatch, exc: BaseException
) -> None:
    def explode(*args: object, **kwargs: object) -> None:
        raise exc

    # The document and its mentions are already inserted when events are assigned.
    monkeypatch.setattr(store_module, "assign_events", explode)
    doc = make_document("half written", name="half")
    with pytest.raises(type(exc)):
        store.add_extraction(doc, rich_extraction(doc))
    assert set(store.counts().values()) == {0}
    monkeypatch.undo()
    assert store.add_extraction(doc, rich_extraction(doc)) is True
    assert store.counts()["mentions"] == 2


def test_document_without_events_is_stored(store: Store) -> None:
    doc = make_document("nothing happened", name="quiet")
    assert store.add_extraction(doc, Extraction(doc_id="quiet"))
    assert store.counts()["documents"] == 1
    assert store.events() == []


def test_existing_ids(store: Store) -> None:
    doc = make_document("known", name="k")
    store.add_extraction(doc, Extraction(doc_id="k"))
    assert store.existing_ids([doc.id, "f" * 64]) == {doc.id}


def _two_documents(store: Store) -> None:
    a = make_document("alpha", name="a", published=dt.date(2024, 1, 10))
    b = make_document("beta", name="b", published=dt.date(2024, 2, 20))
    store.add_extraction(
        a,
        Extraction(
            doc_id="a",
            events=(
                make_mention(
                    "e1",
                    date=dt.date(2024, 1, 9),
                    country="Testland",
                    event_type="Battles",
                    sub_event_type="Armed clash",
                    actor1="Red Company",
                    actor2="Blue Militia",
                ),
            ),
        ),
    )
    store.add_extraction(
        b,
        Extraction(
            doc_id="b",
            events=(
                make_mention(
                    "e1",
                    date=dt.date(2024, 2, 19),
                    country="Otherland",
                    event_type="Explosions/Remote violence",
                    sub_event_type="Air/drone strike",
                    actor1="Green Air Wing",
                ),
            ),
        ),
    )


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (ListFilter(), ["a", "b"]),
        (ListFilter(since=dt.date(2024, 2, 1)), ["b"]),
        (ListFilter(until=dt.date(2024, 1, 9)), ["a"]),
        (ListFilter(since=dt.date(2024, 1, 10), until=dt.date(2024, 2, 18)), []),
        (ListFilter(country="testland"), ["a"]),
        (ListFilter(actor="blue"), ["a"]),
        (ListFilter(actor="air wing"), ["b"]),
        (ListFilter(type="battles"), ["a"]),
        (ListFilter(type="Air/drone strike"), ["b"]),
        (ListFilter(country="Testland", type="Air/drone strike"), []),
    ],
)
def test_mention_and_event_filters(store: Store, flt: ListFilter, expected: list[str]) -> None:
    _two_documents(store)
    assert [m.doc_name for m in store.mentions(flt)] == expected
    assert [e.mentions[0].doc_name for e in store.events(flt)] == expected


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (ListFilter(since=dt.date(2024, 1, 10), until=dt.date(2024, 1, 10)), ["a"]),
        (ListFilter(since=dt.date(2024, 2, 1)), ["b"]),
        (ListFilter(country="Otherland"), ["b"]),
        (ListFilter(actor="red"), ["a"]),
        (ListFilter(actor="nobody"), []),
    ],
)
def test_document_filters(store: Store, flt: ListFilter, expected: list[str]) -> None:
    _two_documents(store)
    assert [d.name for d in store.documents(flt)] == expected


def test_sqlite_runs_with_wal_and_foreign_keys(tmp_path: Path) -> None:
    with Store.open(f"sqlite:///{tmp_path / 'w.db'}") as s, s.engine.connect() as conn:
        assert conn.execute(sa.text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(sa.text("PRAGMA foreign_keys")).scalar() == 1


def test_foreign_keys_are_enforced(store: Store) -> None:
    with pytest.raises(sa.exc.IntegrityError), store.transaction() as conn:
        conn.execute(
            sa.text(
                "INSERT INTO mentions (doc_id, local_id, payload) VALUES ('missing', 'e1', '{}')"
            )
        )


@pytest.mark.parametrize(
    "url",
    ["not a url://", "nosuchdialect://x/y", "sqlite:////nonexistent-dir/sub/ledger.db"],
)
def test_unusable_database_is_a_store_error(url: str) -> None:
    with pytest.raises(StoreError) as info:
        Store.open(url)
    assert info.value.exit_code == 3
    assert "\n" not in info.value.message
