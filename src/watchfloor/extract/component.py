"""Named extraction components that declare what they need and what they add.

A component reads fields of an `Analysis` (the working state of one document) and assigns
others. The pipeline is a list of component names; `build` checks, when the pipeline is
built rather than when it runs, that every field a component requires was assigned by an
earlier one. Built-in components register through the same decorator a plugin would use;
plugins are modules named in the `watchfloor.components` entry-point group, imported on
first use, whose components then become available by name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from typing import Any

from watchfloor.errors import ExtractionError
from watchfloor.models import Document, Fact, Mention, Span, Statement, Tally

#: fields every analysis starts with
GIVEN = frozenset({"doc.text", "doc.published"})


@dataclass
class Analysis:
    """The working state of one document while the components run."""

    doc: Document
    sentences: list[Span] = field(default_factory=list)
    actors: list[Any] = field(default_factory=list)
    weapons: list[Any] = field(default_factory=list)
    places: list[Any] = field(default_factory=list)
    dates: list[Any] = field(default_factory=list)
    candidates: list[Any] = field(default_factory=list)
    cues: list[tuple[int, int]] = field(default_factory=list)
    merged: list[Any] = field(default_factory=list)
    owner: list[int] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    tallies: list[Tally] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.doc.text

    @property
    def published(self) -> dt.date | None:
        return self.doc.published


Step = Callable[[Analysis], None]


@dataclass(frozen=True)
class Component:
    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    step: Step


REGISTRY: dict[str, Component] = {}
_plugins_loaded = False


def component(
    name: str, *, requires: Sequence[str] = (), assigns: Sequence[str] = ()
) -> Callable[[Step], Step]:
    """Register `step` under `name` (E301 if the name is taken)."""

    def register(step: Step) -> Step:
        if name in REGISTRY and REGISTRY[name].step is not step:
            raise ExtractionError(
                f"E301 component {name!r} is registered twice; rename one of them", code="E301"
            )
        REGISTRY[name] = Component(name, tuple(requires), tuple(assigns), step)
        return step

    return register


def _load_plugins() -> None:
    global _plugins_loaded
    if _plugins_loaded:
        return
    _plugins_loaded = True
    for ep in entry_points(group="watchfloor.components"):
        ep.load()


def build(names: Sequence[str]) -> tuple[Component, ...]:
    """The components for `names`, in order, after checking that each one's requirements
    are assigned before it runs (E302 unknown name, E303 missing requirement)."""
    if any(n not in REGISTRY for n in names):
        _load_plugins()
    have = set(GIVEN)
    out = []
    for name in names:
        comp = REGISTRY.get(name)
        if comp is None:
            known = ", ".join(sorted(REGISTRY))
            raise ExtractionError(
                f"E302 no extraction component named {name!r}; known: {known}", code="E302"
            )
        missing = [r for r in comp.requires if r not in have]
        if missing:
            raise ExtractionError(
                f"E303 component {name!r} needs {', '.join(missing)}, which no earlier "
                f"component assigns; put a component that assigns it before {name!r}",
                code="E303",
            )
        have.update(comp.assigns)
        out.append(comp)
    return tuple(out)
