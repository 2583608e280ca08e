"""The public Python surface: every name in `watchfloor.__all__` resolves, and importing the
package does not pull in the database or the HTML stack."""

from __future__ import annotations

import subprocess
import sys

import pytest

import watchfloor


@pytest.mark.parametrize("name", watchfloor.__all__)
def test_every_public_name_resolves(name: str) -> None:
    assert getattr(watchfloor, name) is not None


def test_unknown_names_are_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        _ = watchfloor.nope  # type: ignore[attr-defined]


def test_dir_is_the_public_surface() -> None:
    assert dir(watchfloor) == sorted(watchfloor.__all__)


def test_importing_the_package_is_cheap() -> None:
    code = (
        "import sys, watchfloor; "
        "print(any(m in sys.modules for m in ('sqlalchemy', 'trafilatura', 'spacy')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_api_answers_a_question_end_to_end(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    report = tmp_path / "r.txt"
    report.write_text(
        "Militants fired rockets at Ain al-Asad air base on Monday, wounding two soldiers.",
        encoding="utf-8",
    )
    with watchfloor.Store.open(f"sqlite:///{tmp_path / 'l.db'}") as store:
        watchfloor.ingest_reports([str(report)], store, published=dt.date(2024, 1, 10))
        answer = watchfloor.count(store, watchfloor.Query(since=dt.date(2024, 1, 1)))
    assert answer.count == 1


def test_subpackages_are_not_shadowed() -> None:
    import watchfloor.extract.pipeline
    import watchfloor.ingest

    assert callable(watchfloor.extract_report) and callable(watchfloor.ingest_reports)
    assert watchfloor.ingest.__name__ == "watchfloor.ingest"
