"""`watchfloor query KIND` on the hand-built ledger of tests/query/conftest.py."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from tests.query.conftest import timeline
from typer.testing import CliRunner

from watchfloor.cli import app
from watchfloor.ledger.store import Store

KINDS = ["count", "ordinal", "rank", "nth-weapon", "series", "chain", "tally-check"]
ON_US = ["--target", "U.S. forces", "--since", "2023-10-15"]


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def db(tmp_path: Path) -> tuple[str, dict[str, int]]:
    url = f"sqlite:///{tmp_path / 'q.db'}"
    with Store.open(url) as store:
        store.add_extraction(*timeline())  # type: ignore[arg-type]
        ids = {m.mention_id: m.event_id for m in store.mentions()}
    return url, {k: v for k, v in ids.items() if v is not None}


def _json(runner: CliRunner, *args: str) -> Any:
    result = runner.invoke(app, ["query", *args, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_has_help_with_an_example(runner: CliRunner, kind: str) -> None:
    result = runner.invoke(app, ["query", kind, "--help"])
    assert result.exit_code == 0
    assert f"watchfloor query {kind}" in result.stdout.split("Example:")[1]
    for option in ("--since", "--country", "--target", "--actor-family", "--format"):
        assert option in result.stdout


def test_count_ordinal_rank_and_nth_weapon(
    runner: CliRunner, db: tuple[str, dict[str, int]]
) -> None:
    url, ids = db
    assert _json(runner, "count", "--db", url, *ON_US)[0]["count"] == 4
    assert (
        _json(runner, "count", "--db", url, "--country", "Farland", "--country", "Testland")[0][
            "count"
        ]
        == 6
    )
    ev5 = str(ids["ev5"])
    assert _json(runner, "ordinal", "--db", url, "--event", ev5, *ON_US)[0]["position"] == 3
    nth = _json(
        runner, "nth-weapon", "--db", url, "--event", ev5, "--weapon", "ballistic missiles", *ON_US
    )
    assert nth[0]["position"] == 2
    ranked = _json(runner, "rank", "--db", url, "--event", str(ids["ev4"]), "--by", "fatalities")
    assert (ranked[0]["rank"], ranked[0]["value"]) == (1, 5)


def test_series_as_csv(runner: CliRunner, db: tuple[str, dict[str, int]]) -> None:
    url, _ = db
    result = runner.invoke(app, ["query", "series", "--db", url, "--period", "week", "-f", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["period"], r["count"]) for r in rows] == [
        ("2023-10-09", "1"),
        ("2023-10-16", "2"),
        ("2023-10-23", "2"),
        ("2023-10-30", "1"),
    ]


def test_chain_and_tally_check(runner: CliRunner, db: tuple[str, dict[str, int]]) -> None:
    url, ids = db
    (chain,) = _json(runner, "chain", "--db", url, "--event", str(ids["ev3"]))
    assert [e["id"] for e in chain["events"]] == [ids["ev3"], ids["ev4"], ids["ev5"]]
    flagged = _json(runner, "tally-check", "--db", url)
    assert [(c["claimed"], c["ledger"]) for c in flagged] == [(10, 4)]
    assert len(_json(runner, "tally-check", "--db", url, "--all")) == 2
    table = runner.invoke(app, ["query", "chain", "--db", url], env={"COLUMNS": "200"})
    assert table.exit_code == 0 and "East Pier" in table.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["ordinal", "--event", "999"], "event 999"),
        (["count", "--since", "2024-02-01", "--until", "2024-01-01"], "swap them"),
        (["count", "--status", "rumoured"], "unknown status"),
    ],
)
def test_bad_queries_are_one_line_and_exit_2(
    runner: CliRunner, db: tuple[str, dict[str, int]], args: list[str], message: str
) -> None:
    url, _ = db
    result = runner.invoke(app, ["query", *args, "--db", url])
    assert result.exit_code == 2, result.output
    assert message in result.stderr
