"""Every command and sub-command, found by walking the CLI itself, teaches with an example."""

from __future__ import annotations

from typing import Any

import pytest
import typer.main
from typer.testing import CliRunner

from watchfloor.cli import app


def _leaves() -> list[list[str]]:
    root = typer.main.get_command(app)
    out: list[list[str]] = []

    def walk(cmd: Any, path: list[str]) -> None:
        if hasattr(cmd, "commands"):  # a group (Typer vendors its own click)
            for name, sub in cmd.commands.items():
                walk(sub, [*path, name])
        else:
            out.append(path)

    walk(root, [])
    return out


def test_the_walk_finds_the_whole_cli() -> None:
    names = {" ".join(p) for p in _leaves()}
    assert {"ingest", "extract", "events", "event show", "query count", "demo"} <= names


@pytest.mark.parametrize("path", _leaves(), ids=lambda p: " ".join(p))
def test_every_command_has_help_with_an_example(path: list[str]) -> None:
    result = CliRunner().invoke(app, [*path, "--help"])
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert "Example:" in text, f"watchfloor {' '.join(path)} --help has no Example:"
    assert f"watchfloor {' '.join(path)}" in text.split("Example:")[1]
