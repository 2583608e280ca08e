"""`watchfloor event ...` and the audit trail in `events`/`mentions --format json`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import event_line
from typer.testing import CliRunner

from watchfloor.cli import app

SUBCOMMANDS = ["show", "edit", "merge", "split", "history", "revert"]
pytestmark = pytest.mark.usefixtures("use_fake_extractor")


def _attack(killed: str, **extra: str) -> str:
    fields = {
        "date": "2024-02-01",
        "country": "Testland",
        "type": "Explosions/Remote violence",
        "sub": "Air/drone strike",
        "actor1": "Red Wing",
        "actor2": "Blue Guard",
        "location": "Hilltown",
        "lat": "10.5",
        "lon": "20.25",
        "killed": killed,
    }
    return event_line(**(fields | extra))


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    out = tmp_path / "reports"
    out.mkdir()
    (out / "first.txt").write_text(_attack("2", claimant="local officials"), encoding="utf-8")
    (out / "second.txt").write_text(_attack("3"), encoding="utf-8")
    (out / "other.txt").write_text(
        event_line(date="2024-03-10", country="Farland", sub="Grenade", actor1="Green Cell"),
        encoding="utf-8",
    )
    return out


@pytest.fixture
def db(tmp_path: Path, folder: Path, runner: CliRunner) -> str:
    url = f"sqlite:///{tmp_path / 'review.db'}"
    paths = [str(folder / n) for n in ("first.txt", "second.txt", "other.txt")]
    result = runner.invoke(app, ["ingest", "--db", url, *paths])
    assert result.exit_code == 0, result.output
    return url


def _run(runner: CliRunner, *args: str) -> Any:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout) if "--format" in args or "-f" in args else result.stdout


def _merged_id(runner: CliRunner, db: str) -> int:
    events = _run(runner, "events", "--db", db, "--format", "json")
    (two,) = [e for e in events if len(e["mentions"]) == 2]
    return int(two["id"])


@pytest.mark.parametrize("sub", SUBCOMMANDS)
def test_every_event_subcommand_has_help_with_an_example(runner: CliRunner, sub: str) -> None:
    result = runner.invoke(app, ["event", sub, "--help"])
    assert result.exit_code == 0
    assert f"watchfloor event {sub}" in result.stdout.split("Example:")[1]


def test_events_and_mentions_json_carry_the_audit_trail(runner: CliRunner, db: str) -> None:
    events = _run(runner, "events", "--db", db, "--format", "json")
    mentions = _run(runner, "mentions", "--db", db, "--format", "json")
    assert len(events) == 2
    by_id = {e["id"]: e for e in events}
    for m in mentions:
        assert {"doc_name": m["doc_name"], "mention_id": m["mention_id"]} in by_id[m["event_id"]][
            "mentions"
        ]
    merged = by_id[_merged_id(runner, db)]
    assert merged["fatalities"] == {"low": 2, "best": 2, "high": 3}
    assert {c["doc_name"] for c in merged["claims"]} == {"first", "second"}
    assert merged["status"] in ("reported", "confirmed", "claimed")


def test_show_quotes_each_source(runner: CliRunner, db: str) -> None:
    shown = _run(runner, "event", "show", str(_merged_id(runner, db)), "--db", db, "-f", "json")
    assert [m["doc_name"] for m in shown["mentions"]] == ["first", "second"]
    assert all("Hilltown" in m["quotes"][0] for m in shown["mentions"])
    table = _run(runner, "event", "show", str(_merged_id(runner, db)), "--db", db)
    assert "Hilltown" in table and "first#e1" in table


def test_edit_survives_a_new_report_and_reverts(runner: CliRunner, db: str, folder: Path) -> None:
    eid = str(_merged_id(runner, db))
    out = _run(
        runner, "event", "edit", eid, "fatalities=4", "--db", db, "--why", "CENTCOM", "--who", "kim"
    )
    assert "revision" in out
    (folder / "third.txt").write_text(_attack("9"), encoding="utf-8")
    assert runner.invoke(app, ["ingest", "--db", db, str(folder / "third.txt")]).exit_code == 0
    shown = _run(runner, "event", "show", eid, "--db", db, "-f", "json")
    assert len(shown["mentions"]) == 3
    assert (shown["fatalities_low"], shown["fatalities_best"]) == (4, 4)
    assert shown["locked_fields"] == ["fatalities_best", "fatalities_high", "fatalities_low"]
    hist = _run(runner, "event", "history", eid, "--db", db, "--format", "json")
    assert [(h["action"], h["who"], h["why"]) for h in hist] == [("edit", "kim", "CENTCOM")]
    _run(runner, "event", "revert", eid, str(hist[0]["id"]), "--db", db)
    shown = _run(runner, "event", "show", eid, "--db", db, "-f", "json")
    assert (shown["fatalities_low"], shown["fatalities_high"]) == (2, 9)
    assert shown["locked_fields"] == []


def test_split_then_merge_back_keeps_every_id(runner: CliRunner, db: str) -> None:
    eid = str(_merged_id(runner, db))
    split = _run(runner, "event", "split", eid, "second#e1", "--db", db, "--format", "json")
    new = str(split["after"]["new_event"])
    assert len(_run(runner, "events", "--db", db, "--format", "json")) == 3
    _run(runner, "event", "merge", eid, new, "--db", db, "--why", "same after all")
    events = _run(runner, "events", "--db", db, "--format", "json")
    assert len(events) == 2
    shown = _run(runner, "event", "show", new, "--db", db, "-f", "json")
    assert shown["id"] == int(eid) and shown["requested_id"] == int(new)
    actions = [h["action"] for h in _run(runner, "event", "history", eid, "--db", db, "-f", "json")]
    assert actions[0] == "split" and "merge" in actions and "retire" in actions


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["event", "show", "999"], "event 999"),
        (["event", "edit", "1", "colour=red"], "not an editable field"),
        (["event", "edit", "1", "fatalities=many"], "not a valid value"),
        (["event", "split", "1", "nowhere#e9"], "not one of its mentions"),
        (["event", "merge", "1", "1"], "at least two"),
        (["event", "revert", "1", "77"], "revision 77"),
    ],
)
def test_bad_review_input_is_one_line_and_exit_2(
    runner: CliRunner, db: str, args: list[str], message: str
) -> None:
    result = runner.invoke(app, [*args, "--db", db])
    assert result.exit_code == 2, result.output
    assert message in result.stderr
    assert "Traceback" not in result.output
