"""watchfloor: a ledger of conflict events from open-source reporting.

The Python API is the same set of operations the CLI runs::

    from watchfloor import Store, ingest_reports, list_events, Query, count
    with Store.open("sqlite:///ledger.db") as store:
        ingest_reports(["reports/"], store)
        print(count(store, Query(since=date(2023, 10, 7), target="U.S. forces")).count)

Names are imported on first use (PEP 562), so `import watchfloor` stays cheap and the CLI
starts fast; `__all__` is the public surface, checked by tests/test_public_api.py. The
subpackages `watchfloor.ingest` and `watchfloor.extract` keep their names, so their main
functions are exported as `ingest_reports` and `extract_report`.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_WHERE: dict[str, str | tuple[str, str]] = {
    # domain objects
    "Document": "watchfloor.models",
    "Extraction": "watchfloor.models",
    "Mention": "watchfloor.models",
    "Statement": "watchfloor.models",
    "Tally": "watchfloor.models",
    "Fact": "watchfloor.models",
    "Span": "watchfloor.models",
    "Count": "watchfloor.models",
    "CasualtyClaim": "watchfloor.models",
    # errors
    "WatchfloorError": "watchfloor.errors",
    "InputError": "watchfloor.errors",
    "IngestError": "watchfloor.errors",
    "StoreError": "watchfloor.errors",
    "ExtractionError": "watchfloor.errors",
    # reading and extracting
    "iter_documents": "watchfloor.ingest",
    "extract_report": ("watchfloor.extract.pipeline", "extract"),
    # the ledger
    "Settings": "watchfloor.config",
    "Store": "watchfloor.ledger.store",
    "ingest_reports": ("watchfloor.flows", "ingest"),
    "extract_to_dir": "watchfloor.flows",
    "list_documents": "watchfloor.flows",
    "list_events": "watchfloor.flows",
    "list_mentions": "watchfloor.flows",
    "brief_markdown": "watchfloor.flows",
    "build_demo": "watchfloor.flows",
    "show_event": "watchfloor.flows.ledger",
    "edit_event": "watchfloor.flows.ledger",
    "merge_events": "watchfloor.flows.ledger",
    "split_event": "watchfloor.flows.ledger",
    "event_history": "watchfloor.flows.ledger",
    "revert_event": "watchfloor.flows.ledger",
    # questions
    "Query": "watchfloor.query.spec",
    "count": "watchfloor.flows.ledger",
    "ordinal": "watchfloor.flows.ledger",
    "rank": "watchfloor.flows.ledger",
    "nth_weapon": "watchfloor.flows.ledger",
    "series": "watchfloor.flows.ledger",
    "retaliation_chains": "watchfloor.flows.ledger",
    "tally_check": "watchfloor.flows.ledger",
}

__all__ = ["__version__", *sorted(_WHERE)]


def __getattr__(name: str) -> Any:
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(f"module 'watchfloor' has no attribute {name!r}")
    module, attr = where if isinstance(where, tuple) else (where, name)
    value = getattr(import_module(module), attr)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
