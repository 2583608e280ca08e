"""Shared fixtures: real stores on SQLite and PostgreSQL, hand-built documents, a fake extractor.

PostgreSQL tests read the server URL from WATCHFLOOR_TEST_PG. Outside CI, where it is unset,
they skip with a reason; under CI (CI=true) a missing URL fails them instead. Each PostgreSQL
test runs in a fresh schema that is dropped afterwards, so repeated or parallel runs never
collide.

Hypothesis runs without its per-example deadline: the property tests check results, not
speed (speed is measured in benchmarks/), and a loaded machine must not fail them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from watchfloor.ledger.store import Store
from watchfloor.models import (
    CasualtyClaim,
    Count,
    Document,
    Extraction,
    Fact,
    Mention,
    Span,
    Statement,
    Tally,
)

settings.register_profile("watchfloor", deadline=None)
settings.load_profile("watchfloor")

DEV_DIR = Path(__file__).resolve().parents[2] / "shared" / "data" / "dev"
PG_ENV = "WATCHFLOOR_TEST_PG"


def _pg_url_or_skip() -> str:
    url = os.environ.get(PG_ENV)
    if url:
        return url
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"{PG_ENV} is not set under CI: the PostgreSQL store tests must run there")
    pytest.skip(f"{PG_ENV} is not set (set it to a PostgreSQL URL to run the store tests on PG)")


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A PostgreSQL URL whose search_path is a fresh, empty schema (dropped afterwards)."""
    import sqlalchemy as sa

    base = _pg_url_or_skip()
    schema = f"wf_test_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(base)
    with admin.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in base else "?"
    try:
        yield f"{base}{sep}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A database URL on each backend, empty."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'ledger.db'}"
    url: str = request.getfixturevalue("pg_url")
    return url


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    with Store.open(db_url) as s:
        yield s


def make_document(text: str, name: str = "doc", **meta: object) -> Document:
    """A Document as ingest would build it (id = hash of the text)."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Document(id=digest, name=name, text=text, **meta)  # type: ignore[arg-type]


def make_mention(local_id: str, **fields: object) -> Mention:
    return Mention(id=local_id, **fields)  # type: ignore[arg-type]


def fake_extract(doc: Document) -> Extraction:
    """Stand-in extractor for store and CLI tests: one mention per line `EVENT k=v; k=v`.

    It reads a tiny line format written by the tests themselves, so store, flows and CLI
    behaviour can be checked with known mentions whatever the real extractor does today.
    """
    events: list[Mention] = []
    offset = 0
    for line in doc.text.splitlines(keepends=True):
        if line.startswith("EVENT "):
            fields = dict(part.strip().split("=", 1) for part in line[6:].split(";") if "=" in part)
            killed = int(fields["killed"]) if "killed" in fields else None
            events.append(
                Mention(
                    id=f"e{len(events) + 1}",
                    date=dt.date.fromisoformat(fields["date"]) if "date" in fields else None,
                    event_type=fields.get("type"),
                    sub_event_type=fields.get("sub"),
                    actor1=fields.get("actor1"),
                    actor2=fields.get("actor2"),
                    country=fields.get("country"),
                    location=fields.get("location"),
                    latitude=float(fields["lat"]) if "lat" in fields else None,
                    longitude=float(fields["lon"]) if "lon" in fields else None,
                    weapons=tuple(w for w in fields.get("weapons", "").split(",") if w),
                    fatalities=Count(killed, killed, killed),
                    casualty_claims=(
                        (CasualtyClaim(source=fields.get("claimant"), killed=killed),)
                        if killed is not None
                        else ()
                    ),
                    evidence=line.strip(),
                    spans=(Span(offset, offset + len(line.rstrip("\n"))),),
                )
            )
        offset += len(line)
    return Extraction(doc_id=doc.name, events=tuple(events))


def event_line(**fields: str) -> str:
    return "EVENT " + "; ".join(f"{k}={v}" for k, v in fields.items()) + "\n"


@pytest.fixture
def use_fake_extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every flow (and so every CLI command) use `fake_extract` by default."""
    import watchfloor.flows.run as run

    monkeypatch.setattr(run, "default_extractor", lambda: fake_extract)


def rich_extraction(doc: Document) -> Extraction:
    """An extraction with every kind of item, for round trips."""
    return Extraction(
        doc_id=doc.name,
        events=(
            make_mention(
                "e1",
                date=dt.date(2024, 3, 2),
                event_type="Explosions/Remote violence",
                sub_event_type="Air/drone strike",
                actor1="Northern Brigade",
                actor2="Coastal Guard",
                country="Testland",
                location="Port Alpha",
                latitude=12.5,
                longitude=44.25,
                weapons=("drone",),
                fatalities=Count(2, 3, 4),
                injuries=Count(1, None, None),
                casualty_claims=(CasualtyClaim(source="health ministry", killed=3),),
                evidence="A drone hit the port.",
                spans=(Span(0, 21),),
            ),
            make_mention(
                "e2",
                date=dt.date(2024, 3, 5),
                event_type="Battles",
                sub_event_type="Armed clash",
                actor1="Coastal Guard",
                actor2="Northern Brigade",
                country="Otherland",
                responds_to="e1",
                evidence="They clashed later.",
            ),
        ),
        statements=(Statement(speaker="A. Spokesperson", stance="condemn", about_event="e1"),),
        tallies=(
            Tally(claim="the fifth attack", count=5, bound="ordinal", since=dt.date(2024, 1, 1)),
        ),
        facts=(Fact(subject="troops", predicate="stationed_in", object="Testland", value=900.0),),
    )
