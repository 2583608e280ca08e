"""JSON, JSONL, HTML (through trafilatura), stdin and URLs."""

from __future__ import annotations

import datetime as dt
import io
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from ingest_helpers import DATA, docs, errors, ingest, only_error

from watchfloor.errors import IngestError
from watchfloor.ingest import Fetched
from watchfloor.models import Document

Write = Callable[..., Path]


def _jsonl(*records: object) -> str:
    return "\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n"


def test_json_object_with_text_and_fields(write: Write) -> None:
    path = write(
        "rec.json",
        meta={
            "text": "Gunmen attacked a police post at dawn.",
            "title": "Police post attacked",
            "published": "2024-05-02",
            "url": "https://x.example/p",
        },
    )
    (doc,) = ingest([path])
    assert isinstance(doc, Document)
    assert (doc.name, doc.title, doc.url) == ("rec", "Police post attacked", "https://x.example/p")
    assert doc.published == dt.date(2024, 5, 2)


def test_json_list_of_records(write: Write) -> None:
    path = write(
        "batch.json",
        meta=[{"text": "First item about shelling."}, {"text": "Second one.", "doc_id": "two"}],
    )
    got = ingest([path])
    assert [d.name for d in docs(got)] == ["batch-1", "two"]
    assert all(d.origin == str(path) for d in docs(got))


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('{"text": ', "is not valid JSON"),
        ('{"body": "no text key"}', 'has no "text" field'),
        ('{"text": 42}', '"text" is not a string'),
        ("[]", "not a JSON object or a list"),
        ('{"text": "   "}', "has no text"),
    ],
)
def test_bad_json(write: Write, content: str, expected: str) -> None:
    assert expected in only_error(ingest([write("bad.json", content)])).reason


def test_jsonl_with_one_bad_line(write: Write) -> None:
    path = write(
        "feed.jsonl",
        _jsonl(
            {"text": "A roadside bomb hit a patrol.", "name": "patrol", "source": "Desk A"},
            '{"text": "broken',
            "",
            {"text": "An airstrike hit a depot.", "published": "2024-03-03"},
        ),
    )
    got = ingest([path])
    assert [type(r).__name__ for r in got] == ["Document", "IngestError", "Document"]
    (err,) = errors(got)
    assert err.item == f"{path}:2"
    assert "not valid JSON" in err.reason
    first, last = docs(got)
    assert (first.name, first.source) == ("patrol", "Desk A")
    assert (last.name, last.published) == ("feed-4", dt.date(2024, 3, 3))


def test_jsonl_line_separator_inside_a_string_is_not_a_line_break(write: Write) -> None:
    record = json.dumps({"text": "Before\u2028after."}, ensure_ascii=False)
    path = write("sep.jsonl", record + "\r\n" + json.dumps({"text": "Second."}) + "\r\n")
    got = ingest([path])
    assert [d.text for d in docs(got)] == ["Before\nafter.", "Second."]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('"just a string"', "is not a JSON object"),
        ('{"text": "ok", "published": "03/03/2024"}', "bad published date"),
        ('{"title": "no text"}', 'has no "text" field'),
    ],
)
def test_jsonl_bad_record_names_file_and_line(write: Write, line: str, expected: str) -> None:
    path = write("r.jsonl", _jsonl({"text": "Fine first record."}, line))
    err = errors(ingest([path]))[0]
    assert err.item == f"{path}:2"
    assert expected in err.reason


def test_sidecar_wins_over_records_but_not_their_names(write: Write) -> None:
    path = write(
        "r.jsonl",
        _jsonl(
            {"text": "Record one text.", "published": "2024-01-01", "title": "Own title"},
            {"text": "Record two text."},
        ),
    )
    write("r.meta.json", meta={"doc_id": "whole-file", "published": "2024-02-02"})
    got = docs(ingest([path], published=dt.date(2020, 1, 1)))
    assert [d.published for d in got] == [dt.date(2024, 2, 2)] * 2
    assert [d.name for d in got] == ["r-1", "r-2"]
    assert got[0].title == "Own title"


def test_record_published_beats_argument(write: Write) -> None:
    path = write("r.json", meta={"text": "Some report.", "published": "2024-04-04"})
    (doc,) = docs(ingest([path], published=dt.date(2020, 1, 1)))
    assert doc.published == dt.date(2024, 4, 4)


def test_html_main_text_without_boilerplate() -> None:
    (doc,) = ingest([DATA / "article.html"])
    assert isinstance(doc, Document)
    assert "damaging two warehouses and a fuel truck" in doc.text
    assert "deliveries would be suspended for at least two days" in doc.text
    for boilerplate in (
        "Subscribe",
        "Markets and trade",
        "Most read",
        "rainy weekend",
        "Privacy policy",
        "All rights reserved",
        "cookies",
    ):
        assert boilerplate not in doc.text
    # paragraphs stay one per line
    assert len(doc.text.splitlines()) >= 4
    assert doc.title == "Rocket fire strikes logistics hub near northern border crossing"
    assert doc.source == "Harbour Ledger"
    assert doc.url == "https://harbour-ledger.example/world/rocket-fire-logistics-hub"
    assert doc.published == dt.date(2024, 3, 14)
    assert doc.name == "article"


def test_html_sidecar_wins_over_page_metadata(write: Write) -> None:
    path = write("page.html", (DATA / "article.html").read_bytes())
    write("page.meta.json", meta={"title": "Analyst title", "published": "2024-03-20"})
    (doc,) = docs(ingest([path], published=dt.date(2020, 1, 1)))
    assert doc.title == "Analyst title"
    assert doc.published == dt.date(2024, 3, 20)
    assert doc.source == "Harbour Ledger"


def test_html_date_beats_argument_and_argument_fills_a_dateless_page(write: Write) -> None:
    dated = DATA / "article.html"
    undated = write(
        "undated.html",
        "<html><body><article><p>"
        + "Shelling was reported in the hills west of the valley town overnight. " * 4
        + "</p></article></body></html>",
    )
    got = docs(ingest([dated, undated], published=dt.date(2024, 6, 1)))
    assert [d.published for d in got] == [dt.date(2024, 3, 14), dt.date(2024, 6, 1)]


def test_stdin_html_goes_through_trafilatura() -> None:
    (doc,) = docs(ingest(["-"], stdin=io.BytesIO((DATA / "article.html").read_bytes())))
    assert "fuel truck" in doc.text
    assert "Subscribe" not in doc.text


def test_json_list_bad_item_names_its_index(write: Write) -> None:
    path = write("l.json", meta=[{"text": "Good one."}, {"txt": "typo"}])
    (err,) = errors(ingest([path]))
    assert err.item == f"{path}[2]"


def test_html_with_no_extractable_text(write: Write) -> None:
    html = (
        "<html><head><title>Gallery</title><script>var views = 1;</script></head>"
        "<body><img src='a.jpg'><div class='ad'></div></body></html>"
    )
    assert "trafilatura" in only_error(ingest([write("empty.html", html)])).reason


def test_empty_html(write: Write) -> None:
    assert "has no text" in only_error(ingest([write("blank.html", " \n ")])).reason


def test_binary_html(write: Write) -> None:
    assert "binary" in only_error(ingest([write("x.htm", b"<html>\x00\x00\x01</html>")])).reason


def test_plain_text_never_imports_trafilatura(write: Write) -> None:
    path = write("t.txt", "A short report about a strike.")
    code = (
        "import sys; from watchfloor.ingest import iter_documents; "
        f"assert len(list(iter_documents([{str(path)!r}]))) == 1; "
        "print('trafilatura' in sys.modules, 'feedparser' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


@pytest.mark.parametrize(
    "data",
    [b"Plain text from a pipe.\n", b"\xef\xbb\xbfPlain text from a pipe."],
)
def test_stdin_plain_text(data: bytes) -> None:
    (doc,) = ingest(["-"], stdin=io.BytesIO(data))
    assert isinstance(doc, Document)
    assert doc.text == "Plain text from a pipe."
    assert doc.origin == "<stdin>"


def test_stdin_json_and_jsonl() -> None:
    one = ingest(["-"], stdin=io.BytesIO(b'{"text": "From JSON.", "doc_id": "j"}'))
    assert [d.name for d in docs(one)] == ["j"]
    many = ingest(
        ["-"], stdin=io.BytesIO(_jsonl({"text": "L1."}, "{bad", {"text": "L3."}).encode())
    )
    assert [type(r).__name__ for r in many] == ["Document", "IngestError", "Document"]
    assert errors(many)[0].item == "<stdin>:2"


def test_stdin_text_that_only_looks_like_json_is_text() -> None:
    (doc,) = ingest(["-"], stdin=io.BytesIO(b"[Update] Shelling resumed overnight."))
    assert isinstance(doc, Document)
    assert doc.text == "[Update] Shelling resumed overnight."


@pytest.mark.parametrize(
    ("data", "expected"),
    [(b"", "has no text"), (b"\x00\x01binary", "binary"), (b"z" * 50, "larger than")],
)
def test_stdin_bad(data: bytes, expected: str) -> None:
    assert expected in only_error(ingest(["-"], stdin=io.BytesIO(data), max_bytes=40)).reason


def test_stdin_defaults_to_the_process_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = io.TextIOWrapper(io.BytesIO(b"Piped in without a stream argument."))
    monkeypatch.setattr(sys, "stdin", fake)
    (doc,) = docs(ingest(["-"]))
    assert doc.text == "Piped in without a stream argument."


def test_no_stdin_at_all(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", None)
    err = only_error(ingest(["-"]))
    assert err.item == "<stdin>"
    assert "no standard input" in err.reason


def test_closed_stdin_is_an_error_not_a_crash() -> None:
    stream = io.BytesIO(b"text")
    stream.close()
    assert "cannot be read" in only_error(ingest(["-"], stdin=stream)).reason


class FakeFetcher:
    """Serves fixed pages by URL; anything else is a 404."""

    def __init__(self, pages: dict[str, Fetched]) -> None:
        self.pages = pages
        self.calls: list[str] = []

    def fetch(self, url: str, *, max_bytes: int) -> Fetched:
        self.calls.append(url)
        if url not in self.pages:
            raise IngestError(url, "cannot be fetched (HTTP 404 Not Found)")
        return self.pages[url]


def test_urls_go_through_the_fetcher() -> None:
    page = "https://news.example/world/hub-hit.html"
    note = "https://notes.example/raw"
    fetcher = FakeFetcher(
        {
            page: Fetched((DATA / "article.html").read_bytes(), "text/html; charset=utf-8"),
            note: Fetched(b"Analyst note: quiet night.", "text/plain"),
        }
    )
    got = ingest([page, note, "https://news.example/gone"], fetcher=fetcher)
    assert fetcher.calls == [page, note, "https://news.example/gone"]
    first, second = docs(got)
    assert (first.origin, first.name) == (page, "hub-hit")
    assert "fuel truck" in first.text
    assert second.text == "Analyst note: quiet night."
    assert second.url == note
    assert "404" in errors(got)[0].reason


def test_fetched_page_over_the_limit() -> None:
    url = "https://news.example/huge"
    fetcher = FakeFetcher({url: Fetched(b"w" * 101, "text/plain")})
    assert (
        "larger than the 100 bytes limit"
        in only_error(ingest([url], fetcher=fetcher, max_bytes=100)).reason
    )
