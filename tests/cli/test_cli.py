"""The CLI through Typer's runner: help, machine-readable output, errors and exit codes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from tests.conftest import DEV_DIR, event_line
from typer.testing import CliRunner

from watchfloor.cli import app

COMMANDS = ["demo", "ingest", "extract", "documents", "events", "mentions"]


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'cli.db'}"


@pytest.fixture
def reports(tmp_path: Path) -> list[str]:
    """Two reports in the stand-in format: three events in two countries."""
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "north.txt").write_text(
        event_line(
            date="2024-02-01",
            country="Testland",
            type="Explosions/Remote violence",
            sub="Air/drone strike",
            actor1="Red Wing",
            actor2="Blue Guard",
            location="Hilltown",
            lat="10.5",
            lon="20.25",
            killed="2",
            claimant="local officials",
        )
        + event_line(date="2024-02-03", country="Testland", type="Battles", actor1="Blue Guard"),
        encoding="utf-8",
    )
    (folder / "south.txt").write_text(
        event_line(date="2024-03-10", country="Farland", sub="Grenade", actor1="Green Cell"),
        encoding="utf-8",
    )
    (folder / "south.meta.json").write_text(
        json.dumps({"doc_id": "south-report", "title": "South", "published": "2024-03-11"}),
        encoding="utf-8",
    )
    return [str(folder / "north.txt"), str(folder / "south.txt")]


def _json(runner: CliRunner, *args: str) -> list[dict[str, object]]:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert isinstance(data, list)
    return data


def test_no_arguments_shows_the_help(runner: CliRunner) -> None:
    result = runner.invoke(app, [])
    assert "Usage" in result.output
    for command in COMMANDS:
        assert command in result.output


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_a_summary_and_an_example(runner: CliRunner, command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.stdout
    assert f"watchfloor {command}" in result.stdout.split("Example:")[1]


@pytest.mark.usefixtures("use_fake_extractor")
def test_ingest_then_list_as_json(runner: CliRunner, db: str, reports: list[str]) -> None:
    result = runner.invoke(app, ["ingest", "--db", db, *reports])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""

    docs = _json(runner, "documents", "--db", db, "--format", "json")
    assert sorted(d["name"] for d in docs) == ["north", "south-report"]
    assert set(docs[0]) == {"id", "name", "title", "source", "url", "published"}

    mentions = _json(runner, "mentions", "--db", db, "--format", "json")
    assert [(m["doc_name"], m["mention_id"]) for m in mentions] == [
        ("north", "e1"),
        ("north", "e2"),
        ("south-report", "e1"),
    ]
    assert mentions[0]["sub_event_type"] == "Air/drone strike"
    assert mentions[0]["fatalities"] == {"low": 2, "best": 2, "high": 2}

    events = _json(runner, "events", "--db", db, "--format", "json")
    by_id = {e["id"]: e for e in events}
    for m in mentions:
        assert {"doc_name": m["doc_name"], "mention_id": m["mention_id"]} in by_id[m["event_id"]][
            "mentions"
        ]
    first = by_id[mentions[0]["event_id"]]
    assert first["claims"][0]["source"] == "local officials"
    assert first["status"] in {"claimed", "reported", "confirmed"}


@pytest.mark.usefixtures("use_fake_extractor")
@pytest.mark.parametrize(
    ("command", "filters", "expected"),
    [
        ("mentions", ["--country", "farland"], 1),
        ("mentions", ["--since", "2024-02-02"], 2),
        ("mentions", ["--until", "2024-02-02"], 1),
        ("mentions", ["--actor", "guard"], 2),
        ("events", ["--type", "battles"], 1),
        ("events", ["--type", "grenade", "--country", "Testland"], 0),
        ("documents", ["--since", "2024-03-01"], 1),
        ("documents", ["--actor", "red wing"], 1),
    ],
)
def test_listing_filters(
    runner: CliRunner,
    db: str,
    reports: list[str],
    command: str,
    filters: list[str],
    expected: int,
) -> None:
    runner.invoke(app, ["ingest", "--db", db, *reports])
    assert len(_json(runner, command, "--db", db, "-f", "json", *filters)) == expected


@pytest.mark.usefixtures("use_fake_extractor")
def test_csv_and_geojson(runner: CliRunner, db: str, reports: list[str]) -> None:
    runner.invoke(app, ["ingest", "--db", db, *reports])
    result = runner.invoke(app, ["events", "--db", db, "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 3
    assert {"fatalities_best", "country", "status"} <= set(rows[0])

    result = runner.invoke(app, ["events", "--db", db, "--format", "geojson"])
    collection = json.loads(result.stdout)
    assert collection["type"] == "FeatureCollection"
    points = [f for f in collection["features"] if f["geometry"]]
    assert [p["geometry"]["coordinates"] for p in points] == [[20.25, 10.5]]


@pytest.mark.usefixtures("use_fake_extractor")
def test_tables_show_rows(runner: CliRunner, db: str, reports: list[str]) -> None:
    runner.invoke(app, ["ingest", "--db", db, *reports])
    result = runner.invoke(app, ["events", "--db", db], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "Hilltown" in result.stdout
    assert "Red Wing" in result.stdout
    assert "3 rows" in result.stdout


@pytest.mark.usefixtures("use_fake_extractor")
def test_bad_items_give_one_line_each_and_exit_2(
    runner: CliRunner, db: str, reports: list[str], tmp_path: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    missing = tmp_path / "nope.txt"
    result = runner.invoke(app, ["ingest", "--db", db, str(empty), *reports, str(missing)])
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 2
    assert any("empty.txt" in e for e in errors)
    assert any("nope.txt" in e for e in errors)
    assert len(_json(runner, "documents", "--db", db, "-f", "json")) == 2


@pytest.mark.usefixtures("use_fake_extractor")
def test_stdin_is_read_with_a_dash(runner: CliRunner, db: str) -> None:
    text = event_line(date="2024-05-05", country="Testland")
    result = runner.invoke(app, ["ingest", "--db", db, "-"], input=text)
    assert result.exit_code == 0, result.output
    assert len(_json(runner, "mentions", "--db", db, "-f", "json")) == 1


def test_the_environment_names_the_database(
    runner: CliRunner, tmp_path: Path, reports: list[str], use_fake_extractor: None
) -> None:
    url = f"sqlite:///{tmp_path / 'env.db'}"
    result = runner.invoke(app, ["ingest", *reports], env={"WATCHFLOOR_DB": url})
    assert result.exit_code == 0, result.output
    assert (tmp_path / "env.db").exists()
    docs = _json_env(runner, url)
    assert len(docs) == 2


def _json_env(runner: CliRunner, url: str) -> list[object]:
    result = runner.invoke(app, ["documents", "-f", "json"], env={"WATCHFLOOR_DB": url})
    data: list[object] = json.loads(result.stdout)
    return data


def test_unusable_database_exits_3_with_one_line(runner: CliRunner) -> None:
    result = runner.invoke(app, ["documents", "--db", "sqlite:////no/such/dir/x.db"])
    assert result.exit_code == 3
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("error: ")
    assert result.stdout == ""


@pytest.mark.parametrize(
    "args",
    [
        ["events", "--since", "yesterday"],
        ["events", "--format", "xml"],
        ["documents", "--format", "geojson"],
        ["extract", "x.txt"],
    ],
)
def test_bad_flags_are_usage_errors(runner: CliRunner, args: list[str]) -> None:
    assert runner.invoke(app, args).exit_code == 2


def test_extract_writes_files_and_no_database(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    files = sorted(str(p) for p in DEV_DIR.glob("*.txt"))
    result = runner.invoke(app, ["extract", *files, "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    written = sorted(p.name for p in (tmp_path / "out").glob("*.json"))
    assert written == sorted(f"{Path(f).stem}.json" for f in files)
    for path in (tmp_path / "out").glob("*.json"):
        assert json.loads(path.read_text(encoding="utf-8"))["doc_id"] == path.stem
    assert not list(tmp_path.glob("*.db"))


def test_ingest_dev_set_twice_end_to_end(runner: CliRunner, db: str) -> None:
    files = sorted(str(p) for p in DEV_DIR.glob("*.txt"))
    for _ in range(2):
        result = runner.invoke(app, ["ingest", "--db", db, *files])
        assert result.exit_code == 0, result.output
    docs = _json(runner, "documents", "--db", db, "-f", "json")
    assert sorted(d["name"] for d in docs) == sorted(Path(f).stem for f in files)
    mentions = _json(runner, "mentions", "--db", db, "-f", "json")
    assert all(m["doc_name"] in {d["name"] for d in docs} for m in mentions)


@pytest.mark.usefixtures("use_fake_extractor")
def test_demo_writes_a_ledger_and_a_brief(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["demo", "--dir", str(tmp_path / "d")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "d" / "watchfloor.db").exists()
    assert (tmp_path / "d" / "brief.md").read_text(encoding="utf-8").startswith("# ")
    assert "documents" in result.stdout


def test_ctrl_c_mid_batch_exits_130_and_a_rerun_completes(
    runner: CliRunner, db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.conftest import fake_extract

    import watchfloor.flows.run as run
    from watchfloor.models import Document, Extraction

    files = []
    for i in range(3):
        path = tmp_path / f"batch{i}.txt"
        path.write_text(event_line(date=f"2024-07-0{i + 1}", country="Testland"), encoding="utf-8")
        files.append(str(path))

    def interrupt_on_second(doc: Document) -> Extraction:
        if doc.name == "batch1":
            raise KeyboardInterrupt
        return fake_extract(doc)

    monkeypatch.setattr(run, "default_extractor", lambda: interrupt_on_second)
    result = runner.invoke(app, ["ingest", "--db", db, *files])
    assert result.exit_code == 130
    assert result.stderr.startswith("error: interrupted")
    assert [d["name"] for d in _json(runner, "documents", "--db", db, "-f", "json")] == ["batch0"]

    monkeypatch.setattr(run, "default_extractor", lambda: fake_extract)
    result = runner.invoke(app, ["ingest", "--db", db, *files])
    assert result.exit_code == 0
    assert "2 added, 1 already stored" in result.stderr
    assert len(_json(runner, "mentions", "--db", db, "-f", "json")) == 3
