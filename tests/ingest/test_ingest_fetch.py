"""HttpFetcher against a real local HTTP server (no outside network)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from ingest_helpers import docs, ingest, only_error

from watchfloor.errors import IngestError
from watchfloor.ingest import HttpFetcher

BODY = b"Local server report: the bridge was shelled overnight."


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/report.txt":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.end_headers()
            self.wfile.write(BODY)
        else:
            self.send_error(404, "Not Found")

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_fetches_body_and_content_type(server: str) -> None:
    got = HttpFetcher(timeout=5).fetch(f"{server}/report.txt", max_bytes=1000)
    assert got.data == BODY
    assert got.content_type is not None and got.content_type.startswith("text/plain")


def test_reads_at_most_one_byte_over_the_limit(server: str) -> None:
    got = HttpFetcher(timeout=5).fetch(f"{server}/report.txt", max_bytes=10)
    assert len(got.data) == 11


def test_http_error_is_an_ingest_error(server: str) -> None:
    with pytest.raises(IngestError, match="HTTP 404"):
        HttpFetcher(timeout=5).fetch(f"{server}/missing", max_bytes=1000)


def test_iter_documents_through_a_real_fetcher(server: str) -> None:
    fetcher = HttpFetcher(timeout=5)
    got = ingest([f"{server}/report.txt", f"{server}/missing"], fetcher=fetcher)
    (doc,) = docs(got[:1])
    assert doc.text == BODY.decode()
    assert doc.name == "report"
    assert doc.origin == doc.url == f"{server}/report.txt"
    assert "404" in only_error(got[1:]).reason


def test_unreachable_host_is_an_error_value() -> None:
    # port 9 on localhost: nothing listens there on a test machine
    err = only_error(ingest(["http://127.0.0.1:9/x.txt"], fetcher=HttpFetcher(timeout=2)))
    assert err.item == "http://127.0.0.1:9/x.txt"
    assert "cannot be fetched" in err.reason
