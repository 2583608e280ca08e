"""The component registry: names are pinned, pipelines are checked when built."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from watchfloor.errors import ExtractionError
from watchfloor.extract.component import REGISTRY, Analysis, build, component
from watchfloor.extract.pipeline import DEFAULT_COMPONENTS, extract
from watchfloor.models import Document

SNAPSHOT = Path(__file__).with_name("component_registry.json")


def _registry() -> dict[str, dict[str, list[str]]]:
    return {
        name: {"requires": list(c.requires), "assigns": list(c.assigns)}
        for name, c in sorted(REGISTRY.items())
        if name in DEFAULT_COMPONENTS
    }


def test_registry_matches_its_snapshot() -> None:
    """Renaming a component or changing what it declares must be a deliberate change:
    update component_registry.json in the same commit."""
    assert _registry() == json.loads(SNAPSHOT.read_text("utf-8"))


def test_default_pipeline_builds() -> None:
    assert [c.name for c in build(DEFAULT_COMPONENTS)] == list(DEFAULT_COMPONENTS)


def test_unknown_component_is_named_in_the_error() -> None:
    with pytest.raises(ExtractionError, match=r"E302.*'sentiment'"):
        build(["sentences", "sentiment"])


def test_a_component_before_its_requirements_is_refused_at_build_time() -> None:
    with pytest.raises(ExtractionError, match=r"E303.*'coref' needs candidates, cues"):
        build(["sentences", "coref"])


def test_a_custom_component_runs_in_a_custom_pipeline() -> None:
    @component("test-shout", requires=["mentions"], assigns=["notes"])
    def shout(a: Analysis) -> None:
        a.notes.append(f"{len(a.mentions)} events")

    try:
        doc = Document(
            id="x",
            name="x",
            text="A drone struck the al-Tanf garrison on Monday.",
            published=dt.date(2024, 1, 3),
        )
        out = extract(doc, components=[*DEFAULT_COMPONENTS, "test-shout"])
        assert "1 events" in out.warnings
    finally:
        del REGISTRY["test-shout"]
