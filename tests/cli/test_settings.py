"""Settings are read once at the edge: --db, then WATCHFLOOR_DB, then ./watchfloor.db."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from watchfloor.config import Settings


def test_flag_beats_environment(tmp_path: Path) -> None:
    s = Settings.load(db="postgresql+psycopg://u@h/db", env={"WATCHFLOOR_DB": "sqlite://"})
    assert s.db_url == "postgresql+psycopg://u@h/db"


def test_environment_beats_default(tmp_path: Path) -> None:
    s = Settings.load(env={"WATCHFLOOR_DB": "sqlite:////data/x.db"}, cwd=tmp_path)
    assert s.db_url == "sqlite:////data/x.db"


@pytest.mark.parametrize("env", [{}, {"WATCHFLOOR_DB": ""}])
def test_default_is_a_file_in_the_working_directory(tmp_path: Path, env: dict[str, str]) -> None:
    s = Settings.load(env=env, cwd=tmp_path)
    assert s.db_url == f"sqlite:///{(tmp_path / 'watchfloor.db').resolve()}"


def test_a_bare_path_is_a_sqlite_file(tmp_path: Path) -> None:
    s = Settings.load(db=str(tmp_path / "ledger.db"), env={})
    assert s.db_url == f"sqlite:///{(tmp_path / 'ledger.db').resolve()}"


def test_cli_import_stays_light() -> None:
    """`watchfloor --help` and `extract` must not pay for the database or NLP libraries."""
    code = (
        "import sys, watchfloor.cli\n"
        "heavy = {'sqlalchemy', 'alembic', 'spacy', 'trafilatura'} & set(sys.modules)\n"
        "print(sorted(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
