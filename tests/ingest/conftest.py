"""Fixtures for the ingest tests: small files written into tmp_path."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture
def write(tmp_path: Path) -> Callable[..., Path]:
    """write("a/b.txt", "text") or write("x.meta.json", meta={...}) -> the path written."""

    def _write(name: str, content: str | bytes = "", *, meta: Any = None) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if meta is not None:
            content = json.dumps(meta)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return path

    return _write
