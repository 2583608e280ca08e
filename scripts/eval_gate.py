#!/usr/bin/env python
"""Extraction quality gate: scores on gold corpora may only rise.

    python scripts/eval_gate.py                     # compare with the pinned floors
    python scripts/eval_gate.py --update            # re-pin floors (never lower them)
    python scripts/eval_gate.py --update --allow-regression   # lower them, on purpose

Each corpus (the bundled samples with tests/golden/samples, and the dev set
../shared/data/dev) is extracted with `watchfloor.extract.pipeline.extract` into a temporary
folder and scored with ../shared/eval/score.py's `score()`. The metrics (events F1, every field
accuracy, statements, tallies and relations F1) are compared with the floors pinned in
tests/quality_floors.json. The file also records a sha256 digest of each corpus (texts,
sidecars and gold), because a floor only means something on the corpus it was measured on: when
the digest differs, the gate fails and asks for `--update`.

Exit status: 0 all floors hold; 1 a metric dropped, a corpus changed or has no floors;
2 the update was refused or the set-up is broken (scorer or corpus unreadable).
tests/test_quality_gate.py runs the same comparison under pytest.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import importlib.util
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("WATCHFLOOR_SHARED", ROOT.parent / "shared"))
FLOORS = ROOT / "tests" / "quality_floors.json"
TOLERANCE = 0.0001

Scorer = Callable[[Path, Path], dict[str, Any]]
Metrics = dict[str, float]


class GateError(Exception):
    """The gate cannot run: a scorer, corpus or floors file that is missing or unreadable."""


@dataclass(frozen=True)
class Corpus:
    """Report texts (with `<stem>.meta.json` sidecars) and the folder of their gold files."""

    name: str
    texts: Path
    gold: Path

    def available(self) -> bool:
        return self.texts.is_dir() and any(self.gold.glob("*.gold.json"))


@dataclass(frozen=True)
class Row:
    """One metric of one corpus: its pinned floor and its value now."""

    corpus: str
    metric: str
    floor: float | None
    current: float | None
    tolerance: float = TOLERANCE

    @property
    def dropped(self) -> bool:
        if self.floor is None:
            return False
        return self.current is None or self.current < self.floor - self.tolerance

    @property
    def status(self) -> str:
        if self.floor is None:
            return "new"
        if self.current is None:
            return "MISSING"
        if self.dropped:
            return "DROP"
        return "up" if self.current > self.floor + self.tolerance else "ok"


def corpora(shared: Path = SHARED) -> list[Corpus]:
    return [
        Corpus(
            "samples",
            ROOT / "src" / "watchfloor" / "samples",
            ROOT / "tests" / "golden" / "samples",
        ),
        Corpus("dev", shared / "data" / "dev", shared / "data" / "dev"),
        Corpus(
            "theatres",
            ROOT / "tests" / "golden" / "theatres",
            ROOT / "tests" / "golden" / "theatres",
        ),
    ]


def load_scorer(shared: Path = SHARED) -> Scorer:
    """`score(gold_dir, pred_dir)` from ../shared/eval/score.py, imported by path (not copied)."""
    path = shared / "eval" / "score.py"
    spec = importlib.util.spec_from_file_location("watchfloor_eval_score", path)
    if spec is None or spec.loader is None or not path.is_file():
        raise GateError(f"scorer {path} not found (set WATCHFLOOR_SHARED to the shared folder)")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    score: Scorer = module.score
    return score


def digest(corpus: Corpus) -> str:
    """sha256 over every text, sidecar and gold file of the corpus (names and bytes)."""
    files = sorted(corpus.texts.glob("*.txt")) + sorted(corpus.texts.glob("*.meta.json"))
    files += sorted(corpus.gold.glob("*.gold.json"))
    h = hashlib.sha256()
    for path in files:
        h.update(f"{path.parent.name}/{path.name}\0".encode())
        data = path.read_bytes()
        h.update(len(data).to_bytes(8, "big"))
        h.update(data)
    return "sha256:" + h.hexdigest()


def flatten(scores: Mapping[str, Any]) -> Metrics:
    """The gated metrics out of score.py's result, as `events.f1`, `fields.actor1`, ..."""
    out: Metrics = {"events.f1": float(scores["events"]["f1"])}
    for name, value in sorted(scores.get("fields", {}).items()):
        out[f"fields.{name}"] = float(value["accuracy"])
    for part in ("statements", "tallies", "relations"):
        out[f"{part}.f1"] = float(scores[part]["f1"])
    return out


def measure(corpus: Corpus, scorer: Scorer) -> tuple[Metrics, int]:
    """Extract every report of the corpus into a temporary folder and score it."""
    from watchfloor.extract.pipeline import extract
    from watchfloor.ingest import iter_documents
    from watchfloor.models import Document

    paths = sorted(str(p) for p in corpus.texts.glob("*.txt"))
    with tempfile.TemporaryDirectory(prefix=f"wf-gate-{corpus.name}-") as tmp:
        count = 0
        for item in iter_documents(paths):
            if not isinstance(item, Document):
                raise GateError(f"corpus {corpus.name}: cannot read {item}")
            result = extract(item).to_dict()
            (Path(tmp) / f"{item.name}.json").write_text(json.dumps(result), encoding="utf-8")
            count += 1
        try:
            scores = scorer(corpus.gold, Path(tmp))
        except SystemExit as exc:  # score.py exits on unreadable input
            raise GateError(f"corpus {corpus.name}: the scorer stopped ({exc})") from exc
    return flatten(scores), count


def compare(name: str, floors: Mapping[str, float], current: Mapping[str, float]) -> list[Row]:
    metrics = list(floors) + [m for m in current if m not in floors]
    return [Row(name, m, floors.get(m), current.get(m)) for m in metrics]


def plan_update(
    pinned: Mapping[str, Any] | None,
    corpus_digest: str,
    current: Mapping[str, float],
    documents: int,
    *,
    allow_regression: bool,
) -> tuple[dict[str, Any], list[Row]]:
    """The new floors entry for one corpus, and the drops that forbid it without permission.

    Floors become the current values. A metric that would go down (or vanish) is a drop; the
    caller must refuse the update unless `allow_regression`, even when the corpus changed, so
    lowering a floor is always a decision someone made on purpose.
    """
    floors = dict(pinned.get("floors", {})) if pinned else {}
    rows = compare("", floors, current)
    drops = [] if allow_regression else [r for r in rows if r.dropped]
    entry = {
        "digest": corpus_digest,
        "documents": documents,
        "measured": dt.date.today().isoformat(),
        "floors": {m: round(v, 4) for m, v in sorted(current.items())},
    }
    if pinned and pinned.get("digest") == corpus_digest and pinned.get("floors") == entry["floors"]:
        entry["measured"] = pinned.get("measured", entry["measured"])  # nothing changed
    return entry, drops


ABOUT = (
    "Extraction quality floors, written by scripts/eval_gate.py --update and checked by "
    "tests/test_quality_gate.py. A floor may only rise; lowering one needs --allow-regression. "
    "Each corpus's floors hold only for the corpus digest they were measured on."
)


def read_floors(path: Path = FLOORS) -> dict[str, Any]:
    if not path.exists():
        return {"about": ABOUT, "tolerance": TOLERANCE, "corpora": {}}
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise GateError(f"{path} is not valid JSON ({exc})") from exc
    data.setdefault("corpora", {})
    return data


def write_floors(data: Mapping[str, Any], path: Path = FLOORS) -> None:
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def check(
    corpus: Corpus,
    pinned: Mapping[str, Any] | None,
    scorer: Scorer,
    tolerance: float = TOLERANCE,
) -> tuple[list[Row], list[str]]:
    """Rows of the comparison and the reasons the gate fails (empty when it holds)."""
    if pinned is None:
        return [], [f"{corpus.name}: no floors pinned; run `scripts/eval_gate.py --update`"]
    found = digest(corpus)
    if found != pinned.get("digest"):
        return [], [
            f"{corpus.name}: the corpus changed since its floors were measured "
            f"({pinned.get('digest')} -> {found}); run `scripts/eval_gate.py --update` "
            "and commit tests/quality_floors.json"
        ]
    current, _ = measure(corpus, scorer)
    rows = [
        Row(r.corpus, r.metric, r.floor, r.current, tolerance)
        for r in compare(corpus.name, pinned.get("floors", {}), current)
    ]
    problems = [
        f"{corpus.name}: {r.metric} {_fmt(r.current)} is below its floor {_fmt(r.floor)}"
        for r in rows
        if r.dropped
    ]
    return rows, problems


def table(rows: Iterable[Row]) -> str:
    lines = [f"{'corpus':8s} {'metric':26s} {'floor':>7s} {'now':>7s} {'delta':>8s}  status"]
    for r in rows:
        delta = "" if r.floor is None or r.current is None else f"{r.current - r.floor:+.4f}"
        lines.append(
            f"{r.corpus:8s} {r.metric:26s} {_fmt(r.floor):>7s} {_fmt(r.current):>7s} "
            f"{delta:>8s}  {r.status}"
        )
    return "\n".join(lines)


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.4f}"


def _emit(text: str) -> None:
    sys.stdout.write(text + "\n")


def _update(selected: Sequence[Corpus], scorer: Scorer, allow_regression: bool) -> int:
    data = read_floors()
    new_entries: dict[str, dict[str, Any]] = {}
    all_rows: list[Row] = []
    refused: list[Row] = []
    for corpus in selected:
        if not corpus.available():
            _emit(f"{corpus.name}: {corpus.texts} not found; its floors are left as they are")
            continue
        pinned = data["corpora"].get(corpus.name)
        current, count = measure(corpus, scorer)
        entry, drops = plan_update(
            pinned, digest(corpus), current, count, allow_regression=allow_regression
        )
        floors = pinned.get("floors", {}) if pinned else {}
        all_rows += compare(corpus.name, floors, current)
        refused += [Row(corpus.name, r.metric, r.floor, r.current) for r in drops]
        new_entries[corpus.name] = entry
    _emit(table(all_rows))
    if refused:
        _emit("\nrefused: these floors would go down (pass --allow-regression to lower them):")
        for r in refused:
            _emit(f"  {r.corpus}: {r.metric} {_fmt(r.floor)} -> {_fmt(r.current)}")
        return 2
    corpora_out = {**data["corpora"], **new_entries}
    write_floors(
        {
            "about": data.get("about", ABOUT),
            "tolerance": data.get("tolerance", TOLERANCE),
            "corpora": dict(sorted(corpora_out.items())),
        }
    )
    _emit(f"\nfloors written to {FLOORS.relative_to(ROOT)}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--update", action="store_true", help="re-pin floors to the current scores")
    ap.add_argument(
        "--allow-regression", action="store_true", help="with --update: allow floors to go down"
    )
    ap.add_argument(
        "--corpus", action="append", choices=["samples", "dev"], help="only this corpus"
    )
    args = ap.parse_args(argv)
    selected = [c for c in corpora() if not args.corpus or c.name in args.corpus]
    try:
        scorer = load_scorer()
        if args.update:
            return _update(selected, scorer, args.allow_regression)
        data = read_floors()
        rows: list[Row] = []
        problems: list[str] = []
        for corpus in selected:
            if not corpus.available():
                _emit(f"{corpus.name}: skipped, {corpus.texts} not found")
                continue
            pinned = data["corpora"].get(corpus.name)
            tolerance = float(data.get("tolerance", TOLERANCE))
            got_rows, got_problems = check(corpus, pinned, scorer, tolerance)
            rows += got_rows
            problems += got_problems
    except GateError as exc:
        _emit(f"eval_gate: {exc}")
        return 2
    _emit(table(rows))
    if problems:
        _emit("\nquality gate FAILED:\n  " + "\n  ".join(problems))
        return 1
    _emit("\nquality gate holds")
    return 0


if __name__ == "__main__":
    sys.exit(main())
