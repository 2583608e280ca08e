"""Ledger benchmark: merging mentions into events at ingest, and each query kind's latency.

    python benchmarks/bench_ledger.py [--mentions 200000] [--batch 1000] [--json] [--pg URL]

Builds synthetic mentions directly as `Mention` objects (no extraction): ~mentions/4 real
events, each told by 1-7 reports that vary the way outlets do (a day off, a few km off, the
actor named by its family or left unidentified, a subset of the weapons, close casualty
figures), spread over three years, eight countries and the whole of each country's map.
Reports carry a few mentions each, some "in response to" links and a few tallies.

Ingest goes through `Store.add_extractions` (one transaction per batch of documents, the
same merging as `watchfloor ingest`) and is reported as mentions/s. Then every query kind
is timed (median of --repeat runs after one warm-up) next to the baseline, a plain
`SELECT count(*)` over the same events table in the same run. Target: every kind < 100 ms
on SQLite at 200,000 mentions. PostgreSQL is measured too when --pg or WATCHFLOOR_TEST_PG
names a server (a fresh schema, dropped afterwards).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import random
import signal
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from watchfloor.flows import ledger as api
from watchfloor.ledger.store import Store
from watchfloor.models import CasualtyClaim, Count, Document, Extraction, Mention, Span, Tally
from watchfloor.query.spec import Query

TARGET_MS = 100.0
START = dt.date(2022, 1, 1)
DAYS = 3 * 365
COUNTRIES = [(f"Benchland {i}", 10.0 + 4 * i, 30.0 + 3 * i) for i in range(8)]
ATTACKERS = [
    ("Kataib Hezbollah", "Iran-backed militias"),
    ("Harakat Hezbollah al-Nujaba", "Islamic Resistance in Iraq"),
    ("Asaib Ahl al-Haq", "Iran-backed militias"),
    ("Islamic Resistance in Iraq", "Iran-backed militias"),
    ("Bench Front", "Bench Front"),
    ("Coastal Brigade", "Coastal Brigade"),
]
TARGETS = ["Military Forces of the United States", "Civilians", "Bench Guard"]
SUBTYPES = [
    "Air/drone strike",
    "Shelling/artillery/missile attack",
    "Remote explosive/landmine/IED",
]
WEAPONS = ["drone", "rocket", "ballistic missile", "cruise missile", "mortar", "airstrike", "IED"]


def _event(rng: random.Random, n: int) -> dict[str, Any]:
    country, lat0, lon0 = COUNTRIES[rng.randrange(len(COUNTRIES))]
    actor, family = ATTACKERS[rng.randrange(len(ATTACKERS))]
    return {
        "n": n,
        "day": START + dt.timedelta(days=rng.randrange(DAYS)),
        "country": country,
        "lat": lat0 + rng.uniform(0, 8),
        "lon": lon0 + rng.uniform(0, 8),
        "actor": actor,
        "family": family,
        "target": TARGETS[rng.randrange(len(TARGETS))],
        "sub": SUBTYPES[rng.randrange(len(SUBTYPES))],
        "weapons": rng.sample(WEAPONS, rng.choice((1, 1, 2))),
        "killed": rng.choice((None, None, 0, 1, 2, 3, 5, 8)),
    }


def _mention(rng: random.Random, ev: dict[str, Any], local: str) -> Mention:
    day = ev["day"] + dt.timedelta(days=rng.choice((0, 0, 0, 0, 1)))
    actor = rng.choices(
        (ev["actor"], ev["family"], f"Unidentified Armed Group ({ev['country']})"), (6, 2, 1)
    )[0]
    killed = ev["killed"]
    if killed and rng.random() < 0.3:
        killed += rng.choice((-1, 1))
    km = 0.01  # ~1 km in degrees
    return Mention(
        id=local,
        date=day,
        event_type="Explosions/Remote violence",
        sub_event_type=ev["sub"],
        actor1=actor,
        actor2=ev["target"],
        country=ev["country"],
        admin1=f"{ev['country']} province {int(ev['lat']) % 4}",
        location=f"Site {ev['n']}",
        latitude=ev["lat"] + rng.uniform(-2, 2) * km,
        longitude=ev["lon"] + rng.uniform(-2, 2) * km,
        geo_precision="town",
        weapons=tuple(rng.sample(ev["weapons"], rng.randint(1, len(ev["weapons"])))),
        fatalities=Count(killed, killed, killed) if killed is not None else Count(),
        casualty_claims=(CasualtyClaim("Bench Ministry", killed, span=Span(0, 5)),)
        if killed is not None and rng.random() < 0.5
        else (),
        evidence=f"{actor} struck site {ev['n']} on {day}.",
    )


def synthetic_documents(
    mentions: int, seed: int = 7, truth: dict[tuple[str, str], int] | None = None
) -> Iterator[tuple[Document, Extraction]]:
    """Documents of ~5 mentions each, roughly in date order, `mentions` mentions in all.

    `truth`, when given, receives (document id, mention id) -> the real event it tells."""
    rng = random.Random(seed)
    told: list[tuple[dt.date, float, dict[str, Any]]] = []
    n = 0
    while len(told) < mentions:
        ev = _event(rng, n)
        n += 1
        for _ in range(min(rng.choice((1, 2, 3, 4, 4, 5, 5, 6, 7)), mentions - len(told))):
            told.append((ev["day"], rng.random(), ev))
    told.sort(key=lambda x: (x[0], x[1]))
    serial = 0
    i = 0
    carry: list[dict[str, Any]] = []
    while i < len(told) or carry:
        # A report tells each event once: a second telling waits for the next report.
        chunk: list[dict[str, Any]] = []
        later: list[dict[str, Any]] = []
        for ev in carry:
            (later if any(ev["n"] == c["n"] for c in chunk) else chunk).append(ev)
        while len(chunk) < 5 and i < len(told):
            ev = told[i][2]
            i += 1
            (later if any(ev["n"] == c["n"] for c in chunk) else chunk).append(ev)
        carry = later
        ms: list[Mention] = []
        for ev in chunk:
            m = _mention(rng, ev, f"e{len(ms) + 1}")
            if ms and rng.random() < 0.05:
                m = Mention(**{**m.__dict__, "responds_to": ms[-1].id})
            ms.append(m)
        tallies: tuple[Tally, ...] = ()
        if serial % 2000 == 0:
            tallies = (
                Tally(
                    claim="attacks on U.S. forces",
                    count=1000,
                    bound="at_least",
                    target="U.S. forces",
                    since=START,
                ),
            )
        text = f"Synthetic report {serial}.\n" + "\n".join(m.evidence for m in ms)
        doc = Document(
            id=hashlib.sha256(text.encode()).hexdigest(),
            name=f"bench-{serial}",
            text=text,
            source="Bench Wire",
            published=chunk[-1]["day"],
        )
        serial += 1
        if truth is not None:
            truth.update({(doc.id, m.id): ev["n"] for m, ev in zip(ms, chunk, strict=True)})
        yield doc, Extraction(doc_id=doc.name, events=tuple(ms), tallies=tallies)


def merge_quality(store: Store, truth: dict[tuple[str, str], int]) -> dict[str, float]:
    """Pairwise precision and recall of the merging against the generator's real events."""
    pairs: dict[tuple[int, int], int] = {}
    with store.engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT doc_id, local_id, event_id FROM mentions"))
        for doc_id, local_id, event_id in rows:
            key = (int(event_id), truth[(doc_id, local_id)])
            pairs[key] = pairs.get(key, 0) + 1
    pred: dict[int, int] = {}
    real: dict[int, int] = {}
    for (p, r), n in pairs.items():
        pred[p] = pred.get(p, 0) + n
        real[r] = real.get(r, 0) + n

    def c2(n: int) -> int:
        return n * (n - 1) // 2

    tp = sum(c2(n) for n in pairs.values())
    return {
        "precision": tp / max(1, sum(c2(n) for n in pred.values())),
        "recall": tp / max(1, sum(c2(n) for n in real.values())),
    }


def ingest(
    store: Store, mentions: int, batch: int, truth: dict[tuple[str, str], int] | None = None
) -> dict[str, float]:
    batch_docs: list[tuple[Document, Extraction]] = []
    count = 0
    seconds = 0.0
    for item in synthetic_documents(mentions, truth=truth):
        batch_docs.append(item)
        count += len(item[1].events)
        if sum(len(x.events) for _, x in batch_docs) >= batch:
            t0 = time.perf_counter()
            store.add_extractions(batch_docs)
            seconds += time.perf_counter() - t0
            batch_docs = []
    if batch_docs:
        t0 = time.perf_counter()
        store.add_extractions(batch_docs)
        seconds += time.perf_counter() - t0
    return {"mentions": count, "seconds": seconds, "mentions_per_s": count / seconds}


def _time(fn: Callable[[], object], repeat: int) -> float:
    fn()
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - t0) * 1000)
    return statistics.median(runs)


def query_latencies(store: Store, repeat: int) -> dict[str, float]:
    since = START + dt.timedelta(days=200)
    on_us = Query(since=since, target="U.S. forces")
    with store.engine.connect() as conn:
        mid = conn.execute(
            sa.text(
                "SELECT id FROM events WHERE merged_into IS NULL "
                "AND actor2 = 'Military Forces of the United States' ORDER BY date DESC LIMIT 1"
            )
        ).scalar_one()
        linked = conn.execute(
            sa.text("SELECT event_id FROM mentions WHERE responds_to IS NOT NULL LIMIT 1")
        ).scalar()

    def baseline() -> None:
        with store.engine.connect() as conn:
            conn.execute(sa.text("SELECT count(*) FROM events")).scalar_one()

    kinds: dict[str, Callable[[], object]] = {
        "baseline: SELECT count(*)": baseline,
        "count": lambda: api.count(store, on_us),
        "ordinal": lambda: api.ordinal(store, on_us, mid),
        "rank": lambda: api.rank(store, on_us, mid, "casualties"),
        "nth-weapon": lambda: api.nth_weapon(store, on_us, mid, "ballistic missile"),
        "series (weekly by type)": lambda: api.series(store, on_us, period="week", by="type"),
        "chain": lambda: api.retaliation_chains(store, event_id=int(linked or mid)),
        "tally-check": lambda: api.tally_check(store),
    }
    return {name: _time(fn, repeat) for name, fn in kinds.items()}


def run(url: str, mentions: int, batch: int, repeat: int) -> dict[str, Any]:
    with Store.open(url) as store:
        truth: dict[tuple[str, str], int] = {}
        ing = ingest(store, mentions, batch, truth)
        ing |= merge_quality(store, truth)
        counts = store.counts()
        lat = query_latencies(store, repeat)
    live = 0
    with Store.open(url) as store, store.engine.connect() as conn:
        live = conn.execute(
            sa.text("SELECT count(*) FROM events WHERE merged_into IS NULL")
        ).scalar_one()
    return {"ingest": ing, "events": live, "rows": counts, "latency_ms": lat}


def _pg_schema(base: str) -> tuple[str, Callable[[], None]]:
    schema = f"wf_bench_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(base)
    with admin.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))

    def drop() -> None:
        with admin.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()

    sep = "&" if "?" in base else "?"
    return f"{base}{sep}options=-csearch_path%3D{schema}", drop


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mentions", type=int, default=200_000)
    ap.add_argument("--batch", type=int, default=1000, help="mentions per transaction")
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--pg", default=os.environ.get("WATCHFLOOR_TEST_PG"))
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    # A killed run still drops its PostgreSQL schema (the finally below).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    results: dict[str, Any] = {}

    def progress(backend: str) -> None:
        if not a.json:
            r = results[backend]
            print(
                f"{backend}: {r['ingest']['mentions_per_s']:.0f} mentions/s, "
                + ", ".join(f"{k} {v:.1f} ms" for k, v in r["latency_ms"].items()),
                file=sys.stderr,
                flush=True,
            )

    with tempfile.TemporaryDirectory() as tmp:
        results["sqlite"] = run(
            f"sqlite:///{Path(tmp) / 'bench.db'}", a.mentions, a.batch, a.repeat
        )
    progress("sqlite")
    if a.pg:
        url, drop = _pg_schema(a.pg)
        try:
            results["postgresql"] = run(url, a.mentions, a.batch, a.repeat)
        finally:
            drop()
        progress("postgresql")
    if a.json:
        print(json.dumps(results, indent=2))
        return 0
    backends = list(results)
    print(f"ledger benchmark: {a.mentions} synthetic mentions, batches of {a.batch}")
    for b in backends:
        r = results[b]
        print(
            f"  {b}: {r['ingest']['mentions_per_s']:.0f} mentions/s "
            f"({r['ingest']['seconds']:.1f} s), {r['events']} live events, merging pairwise "
            f"P {r['ingest']['precision']:.3f} R {r['ingest']['recall']:.3f}"
        )
    print(f"\n{'query kind':<28}" + "".join(f"{b + ' ms':>16}" for b in backends))
    for kind in results[backends[0]]["latency_ms"]:
        print(f"{kind:<28}" + "".join(f"{results[b]['latency_ms'][kind]:>16.2f}" for b in backends))
    slow = [k for k, v in results["sqlite"]["latency_ms"].items() if v >= TARGET_MS]
    print(f"\ntarget: every kind < {TARGET_MS:.0f} ms on SQLite: {slow or 'MET'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
