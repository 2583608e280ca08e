"""Settings, built once at the edge (CLI flag > environment > default) and passed down.

Nothing below the CLI reads environment variables: flows and the store receive a `Settings`
or a plain database URL, so tests and the API can build their own without touching `os.environ`.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

DB_ENV = "WATCHFLOOR_DB"
LEXICON_ENV = "WATCHFLOOR_LEXICON"
DEFAULT_DB_FILE = "watchfloor.db"


def sqlite_url(path: Path) -> str:
    """The SQLAlchemy URL of a SQLite file (absolute, so it does not depend on a later chdir)."""
    return f"sqlite:///{path.resolve()}"


@dataclass(frozen=True)
class Settings:
    """What the core needs to know about its surroundings."""

    db_url: str

    @classmethod
    def load(
        cls,
        *,
        db: str | None = None,
        env: Mapping[str, str] | None = None,
        cwd: Path | None = None,
    ) -> Settings:
        """`db` (the --db flag) wins, then WATCHFLOOR_DB, then watchfloor.db in `cwd`.

        A bare path (no "://") is taken as a SQLite file, so `--db ledger.db` works too.
        """
        environ = os.environ if env is None else env
        chosen = db or environ.get(DB_ENV) or None
        if chosen is None:
            return cls(db_url=sqlite_url((cwd or Path.cwd()) / DEFAULT_DB_FILE))
        if "://" not in chosen:
            return cls(db_url=sqlite_url(Path(chosen)))
        return cls(db_url=chosen)


def lexicon_dirs(
    flags: list[Path] | None = None, *, env: Mapping[str, str] | None = None
) -> tuple[Path, ...]:
    """Extra lexicon folders: --lexicon flags, else WATCHFLOOR_LEXICON (os.pathsep-separated)."""
    if flags:
        return tuple(flags)
    environ = os.environ if env is None else env
    raw = environ.get(LEXICON_ENV, "")
    return tuple(Path(p) for p in raw.split(os.pathsep) if p)
