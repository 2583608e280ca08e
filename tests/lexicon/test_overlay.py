"""A user's lexicon folder extends the packaged data without touching code."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from watchfloor import lexicon
from watchfloor.cli import app
from watchfloor.errors import InputError
from watchfloor.extract.pipeline import extract
from watchfloor.models import Document
from watchfloor.resolve.actors import find_actors
from watchfloor.resolve.places import find_places

SITE = "name\taliases\tcountry\tadmin1\tlat\tlon\tkind\tsource\n" + (
    "Camp Example\tCamp Exemplar\tSyria\tDeir ez-Zor\t35.10\t40.20\tsite\ttest fixture\n"
)
ACTOR = {
    "actors": [
        {
            "name": "Brigade of the Test",
            "kind": "militia",
            "country": "Syria",
            "aliases": ["Test Brigade"],
            "member_of": ["Iran-backed militias"],
        }
    ]
}


@pytest.fixture
def overlay(tmp_path: Path) -> Iterator[Path]:
    (tmp_path / "military_sites.tsv").write_text(SITE, encoding="utf-8")
    (tmp_path / "actors.json").write_text(json.dumps(ACTOR), encoding="utf-8")
    lexicon.use_extra_dirs([tmp_path])
    try:
        yield tmp_path
    finally:
        lexicon.use_extra_dirs([])


def test_extra_sites_and_actors_are_found(overlay: Path) -> None:
    text = "The Test Brigade fired rockets at Camp Exemplar on Monday."
    assert [p.name for p in find_places(text)] == ["Camp Example"]
    assert [a.canonical for a in find_actors(text)] == ["Brigade of the Test"]
    (ev,) = extract(Document(id="o", name="o", text=text, published=dt.date(2024, 1, 10))).events
    assert (ev.actor1, ev.location, ev.country) == ("Brigade of the Test", "Camp Example", "Syria")


def test_without_the_overlay_they_are_unknown() -> None:
    text = "The Test Brigade fired rockets at Camp Exemplar on Monday."
    assert find_places(text) == []
    assert find_actors(text) == []


def test_a_tsv_with_other_columns_is_refused(tmp_path: Path) -> None:
    (tmp_path / "military_sites.tsv").write_text("name\tlat\nX\t1\n", encoding="utf-8")
    lexicon.use_extra_dirs([tmp_path])
    try:
        with pytest.raises(InputError, match="E121"):
            lexicon.load_tsv("military_sites.tsv")
    finally:
        lexicon.use_extra_dirs([])


def test_the_cli_takes_a_lexicon_folder(overlay: Path, tmp_path: Path) -> None:
    lexicon.use_extra_dirs([])  # the CLI must set it up itself
    report = tmp_path / "r.txt"
    report.write_text("Rockets hit Camp Exemplar on Monday.", encoding="utf-8")
    out = tmp_path / "out"
    args = ["--lexicon", str(overlay), "extract", str(report), "--out", str(out)]
    result = CliRunner().invoke(app, [*args, "--published", "2024-01-10"])
    try:
        assert result.exit_code == 0, result.output
        (ev,) = json.loads((out / "r.json").read_text("utf-8"))["events"]
        assert ev["location"] == "Camp Example"
    finally:
        lexicon.use_extra_dirs([])


def test_a_missing_folder_is_one_clear_error() -> None:
    result = CliRunner().invoke(app, ["--lexicon", "/no/such/dir", "documents"])
    assert result.exit_code == 2
    assert "E120" in result.output and "/no/such/dir" in result.output
