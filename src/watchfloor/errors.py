"""The one error hierarchy. The core raises these; only the CLI and API translate them.

    WatchfloorError                 exit 1
    ├── InputError (E1xx)           exit 2   bad file, bad flag value, unknown event id
    │   └── IngestError (E11x)      one item of a batch could not be read
    ├── StoreError (E2xx)           exit 3   database unreachable, migration failed
    └── ExtractionError (E3xx)      exit 4   a pipeline that cannot be built

Each message says what went wrong with which item, and what to do next.
"""

from __future__ import annotations


class WatchfloorError(Exception):
    exit_code = 1
    code = "E000"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        if code:
            self.code = code

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else ""


class InputError(WatchfloorError):
    exit_code = 2
    code = "E100"


class IngestError(InputError):
    """One item of a batch could not be ingested; the item and reason are in the message."""

    code = "E110"

    def __init__(self, item: str, reason: str, *, code: str | None = None) -> None:
        super().__init__(f"{item}: {reason}", code=code)
        self.item = item
        self.reason = reason


class StoreError(WatchfloorError):
    exit_code = 3
    code = "E200"


class ExtractionError(WatchfloorError):
    exit_code = 4
    code = "E300"
