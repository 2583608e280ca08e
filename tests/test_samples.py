"""The bundled sample corpus and its gold files are well-formed.

The demo and the score floors both rest on this corpus, so a broken sidecar, an evidence
string that drifted from its text, or a ledger member that no longer exists must fail here
rather than skew a score silently. Checks are plain functions returning problems so that
the tests below can also show each check catching a deliberately broken item.
"""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

GOLDEN = Path(__file__).resolve().parent / "golden" / "samples"

ACLED: dict[str, set[str]] = {
    "Battles": {
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    },
    "Explosions/Remote violence": {
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    },
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
    },
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    },
}
PRECISIONS = {"day", "week", "month"}
BOUNDS = {"exact", "at_least", "more_than", "approx", "ordinal"}
REQUIRED_META = ("doc_id", "title", "source", "published", "language", "license_note")


def samples_dir() -> Path:
    """The corpus as shipped in the package (not a copy under tests/)."""
    return Path(str(resources.files("watchfloor") / "samples"))


def stems() -> list[str]:
    return sorted(p.name[: -len(".txt")] for p in samples_dir().glob("*.txt"))


def parse_date(value: object) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def meta_problems(stem: str, meta: dict[str, Any]) -> list[str]:
    problems = [f"missing {key}" for key in REQUIRED_META if key not in meta]
    if meta.get("doc_id") != stem:
        problems.append(f"doc_id {meta.get('doc_id')!r} is not the stem {stem!r}")
    for key in ("title", "source", "license_note"):
        if not (isinstance(meta.get(key), str) and meta[key].strip()):
            problems.append(f"{key} is empty")
    if parse_date(meta.get("published")) is None:
        problems.append(f"published {meta.get('published')!r} is not YYYY-MM-DD")
    if meta.get("url") is not None and not isinstance(meta.get("url"), str):
        problems.append("url is neither null nor a string")
    return problems


def _in_range(value: object, limit: float) -> bool:
    return isinstance(value, (int, float)) and -limit <= value <= limit


def _casualty_problems(name: str, value: Any) -> list[str]:
    if not isinstance(value, dict) or set(value) != {"low", "best", "high"}:
        return [f"{name} must be an object with low/best/high"]
    known = [value[k] for k in ("low", "best", "high") if value[k] is not None]
    if any(not isinstance(v, int) or v < 0 for v in known):
        return [f"{name} values must be non-negative integers or null"]
    if known != sorted(known):
        return [f"{name} is not ordered low <= best <= high: {value}"]
    return []


def event_problems(event: dict[str, Any], text: str, published: dt.date) -> list[str]:
    """Everything wrong with one gold event, as readable lines."""
    eid = event.get("id")
    problems: list[str] = []
    etype, sub = event.get("event_type"), event.get("sub_event_type")
    if sub not in ACLED.get(str(etype), set()):
        problems.append(f"{eid}: {etype!r}/{sub!r} is not an ACLED type pair")
    date = parse_date(event.get("date"))
    if date is None:
        problems.append(f"{eid}: date {event.get('date')!r} is not ISO")
    elif date > published:
        problems.append(f"{eid}: date {date} is after publication {published}")
    if event.get("date_precision") not in PRECISIONS:
        problems.append(f"{eid}: date_precision {event.get('date_precision')!r}")
    evidence = event.get("evidence")
    if not (isinstance(evidence, str) and evidence and evidence in text):
        problems.append(f"{eid}: evidence does not occur verbatim in the text")
    if not event.get("country"):
        problems.append(f"{eid}: no country")
    lat, lon = event.get("latitude"), event.get("longitude")
    if (lat is None) != (lon is None):
        problems.append(f"{eid}: latitude and longitude must both be set or both null")
    elif lat is not None and not (_in_range(lat, 90) and _in_range(lon, 180)):
        problems.append(f"{eid}: coordinates out of range")
    for key in ("actor1_accept", "actor2_accept", "weapons", "casualty_claims"):
        if not isinstance(event.get(key), list):
            problems.append(f"{eid}: {key} must be a list")
    problems += [f"{eid}: {p}" for p in _casualty_problems("fatalities", event.get("fatalities"))]
    problems += [f"{eid}: {p}" for p in _casualty_problems("injuries", event.get("injuries"))]
    return problems


def gold_problems(gold: dict[str, Any], text: str, published: dt.date) -> list[str]:
    """Problems of one gold file: its events, links, statements and tallies."""
    events = gold.get("events") or []
    ids = [e.get("id") for e in events]
    problems = [f"duplicate event id {i}" for i in sorted({i for i in ids if ids.count(i) > 1})]
    known = set(ids)
    for event in events:
        problems += event_problems(event, text, published)
        target = event.get("responds_to")
        if target is not None and (target not in known or target == event.get("id")):
            problems.append(f"{event.get('id')}: responds_to {target!r} is not another event here")
    for st in gold.get("statements") or []:
        if not st.get("speaker") or not st.get("stance"):
            problems.append(f"statement without speaker or stance: {st}")
        if st.get("about_event") not in known | {None}:
            problems.append(f"statement about unknown event {st.get('about_event')!r}")
        if st.get("quote") and st["quote"] not in text:
            problems.append(f"statement quote not in text: {st['quote']!r}")
    for ta in gold.get("tallies") or []:
        if ta.get("bound") not in BOUNDS or not isinstance(ta.get("count"), int):
            problems.append(f"tally with bad count/bound: {ta.get('claim')!r}")
        if ta.get("ordinal_of") not in known | {None}:
            problems.append(f"tally ordinal_of unknown event {ta.get('ordinal_of')!r}")
        if not (isinstance(ta.get("claim"), str) and ta["claim"] in text):
            problems.append(f"tally claim not in text: {ta.get('claim')!r}")
    return problems


def load_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def load_meta(stem: str) -> dict[str, Any]:
    meta: dict[str, Any] = load_json(samples_dir() / f"{stem}.meta.json")
    return meta


def gold_event_ids() -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for path in sorted(GOLDEN.glob("*.gold.json")):
        gold = load_json(path)
        for event in gold["events"]:
            out[f"{gold['doc_id']}#{event['id']}"] = event
    return out


# --- the corpus -------------------------------------------------------------------------


def test_corpus_size_and_pairing() -> None:
    txt = set(stems())
    metas = {p.name[: -len(".meta.json")] for p in samples_dir().glob("*.meta.json")}
    assert 24 <= len(txt) <= 28
    assert metas == txt, (
        f"sidecars without text: {metas - txt}; texts without sidecar: {txt - metas}"
    )
    assert (samples_dir() / "README.rst").is_file()


@pytest.mark.parametrize("stem", stems())
def test_text_and_sidecar(stem: str) -> None:
    text = (samples_dir() / f"{stem}.txt").read_text(encoding="utf-8")
    words = len(text.split())
    assert 80 <= words <= 350, f"{stem}: {words} words"
    assert meta_problems(stem, load_meta(stem)) == []


def test_meta_check_catches_bad_sidecars() -> None:
    good = {
        "doc_id": "x",
        "title": "T",
        "source": "S",
        "url": None,
        "published": "2024-01-02",
        "language": "en",
        "license_note": "L",
    }
    assert meta_problems("x", good) == []
    assert meta_problems("y", good)  # doc_id must equal the stem
    assert meta_problems("x", {**good, "published": "Jan 2, 2024"})
    assert meta_problems("x", {k: v for k, v in good.items() if k != "title"})


# --- gold --------------------------------------------------------------------------------


def test_every_text_has_gold_and_back() -> None:
    gold = {p.name[: -len(".gold.json")] for p in GOLDEN.glob("*.gold.json")}
    assert gold == set(stems())


@pytest.mark.parametrize("stem", stems())
def test_gold_file(stem: str) -> None:
    gold = load_json(GOLDEN / f"{stem}.gold.json")
    assert gold["doc_id"] == stem
    text = (samples_dir() / f"{stem}.txt").read_text(encoding="utf-8")
    published = parse_date(load_meta(stem)["published"])
    assert published is not None
    assert gold_problems(gold, text, published) == []


def test_gold_check_catches_broken_events() -> None:
    text = "U.S. forces struck a depot near Abu Kamal on Sunday."
    event = {
        "id": "e1",
        "date": "2023-11-12",
        "date_precision": "day",
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Air/drone strike",
        "actor1_accept": [],
        "actor2_accept": [],
        "country": "Syria",
        "latitude": 34.45,
        "longitude": 40.92,
        "weapons": [],
        "casualty_claims": [],
        "fatalities": {"low": None, "best": None, "high": None},
        "injuries": {"low": 1, "best": 2, "high": 3},
        "responds_to": None,
        "evidence": "U.S. forces struck a depot near Abu Kamal on Sunday.",
    }
    published = dt.date(2023, 11, 13)
    assert gold_problems({"events": [event]}, text, published) == []
    broken = [
        {**event, "sub_event_type": "Armed clash"},
        {**event, "evidence": "U.S. forces struck a depot near Mayadin."},
        {**event, "date": "2023-11-14"},
        {**event, "responds_to": "e9"},
        {**event, "responds_to": "e1"},
        {**event, "latitude": None},
        {**event, "latitude": 134.45},
        {**event, "injuries": {"low": 3, "best": 2, "high": 1}},
    ]
    for bad in broken:
        assert gold_problems({"events": [bad]}, text, published), bad
    assert gold_problems({"events": [event, event]}, text, published)  # duplicate id
    tally = {"claim": "at least 19 times", "count": 19, "bound": "at_least", "ordinal_of": None}
    assert gold_problems({"events": [event], "tallies": [tally]}, text, published)


def test_corpus_covers_several_theatres() -> None:
    countries = {e["country"] for e in gold_event_ids().values()}
    assert {"Iraq", "Syria", "Jordan"} <= countries
    assert len(countries - {"Iraq", "Syria", "Jordan"}) >= 3


# --- ledger ------------------------------------------------------------------------------


def test_ledger_members_exist_and_are_unique() -> None:
    ledger = load_json(GOLDEN / "ledger.json")
    clusters = ledger["clusters"]
    cluster_ids = [c["id"] for c in clusters]
    assert len(cluster_ids) == len(set(cluster_ids))
    members = [m for c in clusters for m in c["members"]]
    assert len(members) == len(set(members)), "a gold event is in more than one cluster"
    events = gold_event_ids()
    assert set(members) - set(events) == set(), "ledger names events no gold file has"
    assert set(events) - set(members) == set(), "gold events missing from ledger.json"


def test_ledger_clusters_are_plausible() -> None:
    """Members of one cluster share a country and a date compatible with the cluster's."""
    events = gold_event_ids()
    for cluster in load_json(GOLDEN / "ledger.json")["clusters"]:
        day = dt.date.fromisoformat(cluster["date"])
        members = [events[m] for m in cluster["members"]]
        assert len({e["country"] for e in members}) == 1, cluster["id"]
        for e in members:
            date = dt.date.fromisoformat(e["date"])
            slack = {"day": 1, "week": 7, "month": 31}[e["date_precision"]]
            assert abs((date - day).days) <= slack, (cluster["id"], e["date"])
    multi = [c for c in load_json(GOLDEN / "ledger.json")["clusters"] if len(c["members"]) > 1]
    assert len(multi) >= 10
    assert max(len({m.split("#")[0] for m in c["members"]}) for c in multi) >= 3
