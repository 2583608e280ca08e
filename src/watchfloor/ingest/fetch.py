"""Fetching URLs behind a one-method protocol, so tests (and a future cache) can stand in.

`HttpFetcher` uses the standard library only; it reads at most `max_bytes + 1` bytes so an
oversized page is refused without being held in memory.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from watchfloor.errors import IngestError

E_UNREADABLE = "E112"  # same code as an unreadable file (see sources.py)

USER_AGENT = "watchfloor/0.1 (+https://github.com/watchfloor)"


@dataclass(frozen=True)
class Fetched:
    """The body of a response and its declared content type (e.g. "text/html; charset=utf-8")."""

    data: bytes
    content_type: str | None = None


class Fetcher(Protocol):
    """Anything that turns a URL into bytes; raises IngestError (or OSError) on failure."""

    def fetch(self, url: str, *, max_bytes: int) -> Fetched: ...


class HttpFetcher:
    """HTTP(S) GET with a timeout, through urllib."""

    def __init__(self, *, timeout: float = 20.0, user_agent: str = USER_AGENT) -> None:
        self.timeout = timeout
        self.user_agent = user_agent

    def fetch(self, url: str, *, max_bytes: int) -> Fetched:
        import urllib.error  # imported here: local files never pay for the HTTP stack
        import urllib.request

        request = urllib.request.Request(url, headers={"User-Agent": self.user_agent})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                data = response.read(max_bytes + 1)
                ctype = response.headers.get("Content-Type")
        except urllib.error.HTTPError as exc:
            raise IngestError(
                url, f"cannot be fetched (HTTP {exc.code} {exc.reason})", code=E_UNREADABLE
            ) from exc
        except urllib.error.URLError as exc:
            raise IngestError(url, f"cannot be fetched ({exc.reason})", code=E_UNREADABLE) from exc
        except (OSError, ValueError) as exc:
            raise IngestError(url, f"cannot be fetched ({exc})", code=E_UNREADABLE) from exc
        return Fetched(data=data, content_type=ctype)
