"""watchfloor: a ledger of conflict events from open-source reporting."""

from __future__ import annotations

__version__ = "0.1.0"
