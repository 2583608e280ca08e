"""Extraction scores on the gold corpora may only rise (the floors in quality_floors.json).

The comparison is scripts/eval_gate.py's own, imported by path, so the test and the script
can never disagree. The dev set lives outside the repository (../shared/data/dev): without it
the dev part is skipped with a reason, except under CI, which has it and so must run it. The
gate's own rules (drops, tolerance, refusing to lower floors, corpus digests) are tested on
made-up numbers and a corpus written here, so each one is seen to fail when it should.
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

GATE_PATH = Path(__file__).resolve().parents[1] / "scripts" / "eval_gate.py"


def _load_gate() -> ModuleType:
    spec = importlib.util.spec_from_file_location("watchfloor_eval_gate", GATE_PATH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses resolve their module by name
    spec.loader.exec_module(module)
    return module


gate = _load_gate()


def _under_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def _corpus(name: str) -> Any:
    return next(c for c in gate.corpora() if c.name == name)


@pytest.mark.parametrize("name", ["samples", "dev", "theatres"])
def test_scores_hold_their_floors(name: str) -> None:
    corpus = _corpus(name)
    if not corpus.available():
        reason = f"{corpus.texts} with *.gold.json not found"
        if _under_ci():
            pytest.fail(f"{reason}: CI has it, so the {name} quality gate must run there")
        pytest.skip(f"{reason} (the {name} gate runs where it exists, as in CI)")
    try:
        scorer = gate.load_scorer()
    except gate.GateError as exc:
        if _under_ci():
            pytest.fail(str(exc))
        pytest.skip(str(exc))
    data = gate.read_floors()
    rows, problems = gate.check(
        corpus, data["corpora"].get(name), scorer, float(data.get("tolerance", gate.TOLERANCE))
    )
    assert not problems, "\n".join(problems) + "\n\n" + gate.table(rows)
    assert rows, f"no metrics were compared for {name}"


def test_every_pinned_floor_is_a_score() -> None:
    data = gate.read_floors()
    assert set(data["corpora"]) <= {"samples", "dev", "theatres"}
    for name, entry in data["corpora"].items():
        assert entry["digest"].startswith("sha256:"), name
        assert entry["floors"]["events.f1"] is not None, name
        for metric, value in entry["floors"].items():
            assert 0.0 <= value <= 1.0, f"{name}: {metric} = {value}"


def test_a_drop_beyond_the_tolerance_fails_and_a_smaller_one_does_not() -> None:
    floors = {"events.f1": 0.80, "tallies.f1": 0.50, "fields.actor1": 0.70}
    current = {"events.f1": 0.79, "tallies.f1": 0.49995, "fields.actor1": 0.75}
    rows = {r.metric: r for r in gate.compare("x", floors, current)}
    assert rows["events.f1"].dropped and rows["events.f1"].status == "DROP"
    assert not rows["tallies.f1"].dropped and rows["tallies.f1"].status == "ok"
    assert rows["fields.actor1"].status == "up"


def test_a_metric_that_vanishes_counts_as_a_drop_and_a_new_one_does_not() -> None:
    rows = {
        r.metric: r for r in gate.compare("x", {"fields.admin1": 0.6}, {"fields.weapons_all": 0.4})
    }
    assert rows["fields.admin1"].dropped and rows["fields.admin1"].status == "MISSING"
    assert not rows["fields.weapons_all"].dropped and rows["fields.weapons_all"].status == "new"


def test_update_raises_floors_but_refuses_to_lower_them() -> None:
    pinned = {"digest": "sha256:a", "floors": {"events.f1": 0.6, "statements.f1": 0.9}}
    better = {"events.f1": 0.7, "statements.f1": 0.9}
    entry, drops = gate.plan_update(pinned, "sha256:a", better, 3, allow_regression=False)
    assert drops == [] and entry["floors"]["events.f1"] == 0.7

    worse = {"events.f1": 0.7, "statements.f1": 0.8}
    _, drops = gate.plan_update(pinned, "sha256:a", worse, 3, allow_regression=False)
    assert [r.metric for r in drops] == ["statements.f1"]
    # a changed corpus is no licence to lower a floor silently
    _, drops = gate.plan_update(pinned, "sha256:b", worse, 3, allow_regression=False)
    assert [r.metric for r in drops] == ["statements.f1"]

    entry, drops = gate.plan_update(pinned, "sha256:b", worse, 3, allow_regression=True)
    assert drops == [] and entry["floors"]["statements.f1"] == 0.8
    assert entry["digest"] == "sha256:b" and entry["documents"] == 3


def _write_corpus(folder: Path) -> Any:
    folder.mkdir()
    (folder / "r1.txt").write_text("Gunmen fired on a checkpoint near a river crossing.\n")
    (folder / "r1.meta.json").write_text(json.dumps({"doc_id": "r1", "published": "2024-05-02"}))
    (folder / "r1.gold.json").write_text(json.dumps({"doc_id": "r1", "events": []}))
    return gate.Corpus("tmp", folder, folder)


def test_the_digest_changes_with_texts_sidecars_and_gold(tmp_path: Path) -> None:
    corpus = _write_corpus(tmp_path / "c")
    first = gate.digest(corpus)
    assert gate.digest(corpus) == first
    for name, text in (
        ("r1.txt", "Gunmen fired on a checkpoint near a bridge.\n"),
        ("r1.meta.json", json.dumps({"doc_id": "r1", "published": "2024-05-03"})),
        ("r1.gold.json", json.dumps({"doc_id": "r1", "events": [{"id": "e1"}]})),
    ):
        before = gate.digest(corpus)
        (corpus.texts / name).write_text(text)
        assert gate.digest(corpus) != before, f"editing {name} went unnoticed"


def test_a_changed_corpus_fails_the_gate_and_names_the_fix(tmp_path: Path) -> None:
    corpus = _write_corpus(tmp_path / "c")
    pinned = {"digest": "sha256:" + "0" * 64, "floors": {"events.f1": 1.0}}

    def never_called(gold: Path, pred: Path) -> dict[str, Any]:
        raise AssertionError("a changed corpus must not be scored against old floors")

    rows, problems = gate.check(corpus, pinned, never_called)
    assert rows == [] and len(problems) == 1
    assert "scripts/eval_gate.py --update" in problems[0]


def test_the_gate_scores_what_the_extractor_wrote(tmp_path: Path) -> None:
    corpus = _write_corpus(tmp_path / "c")
    seen: dict[str, Any] = {}

    def scorer(gold: Path, pred: Path) -> dict[str, Any]:
        seen["files"] = sorted(p.name for p in pred.glob("*.json"))
        seen["doc"] = json.loads((pred / "r1.json").read_text())
        return {
            "events": {"f1": 0.5},
            "fields": {"actor1": {"accuracy": 0.25, "n": 4}},
            "statements": {"f1": 1.0},
            "tallies": {"f1": 0.0},
            "relations": {"f1": 1.0},
        }

    metrics, count = gate.measure(corpus, scorer)
    assert count == 1 and seen["files"] == ["r1.json"]
    assert seen["doc"]["doc_id"] == "r1" and "events" in seen["doc"]
    assert metrics == {
        "events.f1": 0.5,
        "fields.actor1": 0.25,
        "statements.f1": 1.0,
        "tallies.f1": 0.0,
        "relations.f1": 1.0,
    }
