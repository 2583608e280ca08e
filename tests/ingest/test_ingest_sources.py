"""Files, folders, sidecars and bad items: each bad item is one error value, the batch goes on."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from ingest_helpers import docs, errors, ingest, only_error

from watchfloor.errors import IngestError
from watchfloor.ingest import iter_documents, sources
from watchfloor.models import Document

Write = Callable[..., Path]

STORY = "Two drones struck a checkpoint outside the town on Friday, officials said."


def test_plain_text_file_becomes_a_document(write: Write) -> None:
    path = write("checkpoint-drones.txt", STORY + "\n")
    (doc,) = ingest([path])
    assert isinstance(doc, Document)
    assert doc.text == STORY
    assert doc.name == "checkpoint-drones"
    assert doc.origin == str(path)
    assert doc.language == "en"
    assert doc.title is None and doc.published is None


def test_sidecar_gives_name_and_metadata(write: Write) -> None:
    path = write("raw-1.md", STORY)
    write(
        "raw-1.meta.json",
        meta={
            "doc_id": "wire-checkpoint",
            "title": "Checkpoint hit",
            "source": "Wire",
            "url": "https://wire.example/1",
            "published": "2024-02-09",
            "language": "en-GB",
        },
    )
    (doc,) = ingest([path])
    assert isinstance(doc, Document)
    assert (doc.name, doc.title, doc.source, doc.url) == (
        "wire-checkpoint",
        "Checkpoint hit",
        "Wire",
        "https://wire.example/1",
    )
    assert doc.published == dt.date(2024, 2, 9)
    assert doc.language == "en"


def test_published_argument_fills_in_but_sidecar_wins(write: Write) -> None:
    a = write("a.txt", STORY)
    b = write("b.txt", STORY + " More.")
    write("b.meta.json", meta={"published": "2023-12-01"})
    got = docs(ingest([a, b], published=dt.date(2024, 1, 5)))
    assert [d.published for d in got] == [dt.date(2024, 1, 5), dt.date(2023, 12, 1)]


def test_folder_walk_is_recursive_sorted_and_skips_sidecars(write: Write, tmp_path: Path) -> None:
    write("b.txt", "Bravo report text.")
    write("a.md", "Alpha report text.")
    write("a.meta.json", meta={"title": "Alpha"})
    write("sub/c.txt", "Charlie report text.")
    write("sub/deeper/d.htm", "<html><body></body></html>")  # no main text -> an error
    write("sub/deeper/d.meta.json", meta={"title": "Delta"})
    write("sub/notes.pdf", b"%PDF-1.4 not ingested in a walk")
    write("x.gold.json", meta={"doc_id": "x", "events": []})
    write(".hidden/e.txt", "Hidden report text.")
    results = ingest([tmp_path])
    assert [r.name for r in docs(results)] == ["a", "b", "c"]
    assert docs(results)[0].title == "Alpha"
    (err,) = errors(results)
    assert err.item.endswith(os.path.join("deeper", "d.htm"))
    # the order is stable: documents and errors come in walk order
    assert [isinstance(r, Document) for r in results] == [True, True, True, False]


def test_folder_with_nothing_ingestible_yields_nothing(write: Write, tmp_path: Path) -> None:
    write("only.meta.json", meta={"title": "x"})
    write("image.png", b"\x89PNG\r\n\x1a\n\x00\x00")
    assert ingest([tmp_path]) == []


def test_one_bad_item_does_not_stop_the_batch(write: Write, tmp_path: Path) -> None:
    good1 = write("one.txt", "First good report.")
    good2 = write("two.txt", "Second good report.")
    results = ingest([good1, tmp_path / "missing.txt", good2])
    assert [type(r).__name__ for r in results] == ["Document", "IngestError", "Document"]


def _reason_for(results: list[Document | IngestError]) -> str:
    return only_error(results).reason


def test_missing_path(tmp_path: Path) -> None:
    err = only_error(ingest([tmp_path / "nope.txt"]))
    assert err.item == str(tmp_path / "nope.txt")
    assert "no such file" in err.reason


def test_missing_path_with_no_extension_is_missing_not_unsupported(tmp_path: Path) -> None:
    assert "no such file" in _reason_for(ingest([tmp_path / "no-such-folder"]))


def test_a_lone_string_path_is_one_path(write: Write) -> None:
    path = write("solo.txt", STORY)
    assert [d.name for d in docs(list(iter_documents(str(path))))] == ["solo"]


def test_unlistable_folder(write: Write, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write("ok/a.txt", "Readable report.")
    write("locked/b.txt", "Never reached.")
    real_scandir = os.scandir

    def scandir(path: object) -> object:
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    got = ingest([tmp_path])
    assert [type(r).__name__ for r in got] == ["IngestError", "Document"]
    assert got[0].item.endswith("locked")
    assert "permission denied" in str(got[0]).lower()


def test_unsupported_extension_given_explicitly(write: Write) -> None:
    assert "unsupported file type '.pdf'" in _reason_for(ingest([write("r.pdf", "x")]))


def test_sidecar_given_explicitly_is_not_a_document(write: Write) -> None:
    path = write("r.meta.json", meta={"title": "t"})
    assert "sidecar" in _reason_for(ingest([path]))


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_real_permissions(write: Write) -> None:
    path = write("locked.txt", STORY)
    path.chmod(0)
    try:
        assert "permission denied" in _reason_for(ingest([path]))
    finally:
        path.chmod(0o644)


def test_unreadable_file(write: Write, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write("locked.txt", STORY)
    real_open = Path.open

    def deny(self: Path, *args: object, **kwargs: object) -> object:
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", deny)
    err = only_error(ingest([path]))
    assert err.item == str(path)
    assert err.reason == "cannot be read (permission denied)"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"GIF89a\x01\x00\x01\x00\x00\xff\x00,", "binary"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(1, 32)) * 20, "binary"),
        ("Raketen trafen den St\u00fctzpunkt.".encode("cp1252"), "not valid UTF-8"),
        (b"", "has no text"),
        ("  \r\n\t \n\u00a0\u2003\n".encode(), "has no text"),
    ],
    ids=["nul-bytes", "control-bytes", "undecodable", "empty", "whitespace-only"],
)
def test_bad_content(write: Write, content: bytes, expected: str) -> None:
    assert expected in _reason_for(ingest([write("bad.txt", content)]))


def test_larger_than_the_limit(write: Write) -> None:
    path = write("big.txt", "x" * 7_200_000)
    reason = _reason_for(ingest([path]))
    assert reason == "larger than the 5 MB limit (7.2 MB); raise it with --max-bytes"


def test_limit_can_be_raised_or_lowered(write: Write) -> None:
    path = write("small.txt", "y" * 2_000)
    assert "larger than the 1 kB limit (2 kB)" in _reason_for(ingest([path], max_bytes=1_000))
    assert isinstance(ingest([path], max_bytes=2_000)[0], Document)


@pytest.mark.parametrize(
    ("sidecar", "expected"),
    [
        (b'{"title": "unterminated', "is not valid JSON"),
        (b'["a list"]', "is not a JSON object"),
        (b'{"published": "2024-13-45"}', "bad published date '2024-13-45'"),
        (b'{"published": "last Tuesday"}', "bad published date"),
        (b'{"title": {"nested": 1}}', "non-text 'title'"),
    ],
)
def test_bad_sidecar_is_an_error_naming_the_sidecar(
    write: Write, sidecar: bytes, expected: str
) -> None:
    path = write("r.txt", STORY)
    side = write("r.meta.json", sidecar)
    err = only_error(ingest([path]))
    assert err.item == str(path)
    assert str(side) in err.reason
    assert expected in err.reason


def test_error_message_names_item_and_reason(tmp_path: Path) -> None:
    err = only_error(ingest([tmp_path / "gone.md"]))
    assert isinstance(err, IngestError)
    assert str(err) == f"{tmp_path / 'gone.md'}: {err.reason}"


@pytest.mark.parametrize(
    ("size", "text"),
    [(12, "12 bytes"), (2_000, "2 kB"), (5_000_000, "5 MB"), (7_240_000, "7.2 MB")],
)
def test_human_size(size: int, text: str) -> None:
    assert sources.human_size(size) == text


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        (None, b"", "E111"),  # missing
        ("r.pdf", b"%PDF", "E113"),
        ("r.txt", b"\x00\x01\x02", "E114"),
        ("r.txt", b"\xff\xfe\xfa"[1:] + b"abc", "E115"),
        ("r.txt", b" \n\t", "E116"),
        ("r.txt", b"q" * 200, "E117"),
        ("r.html", b"<html><body><img src='a.png'></body></html>", "E118"),
        ("r.jsonl", b'{"text": 1}\n', "E110"),
    ],
)
def test_each_kind_of_bad_item_has_its_own_code(
    write: Write, tmp_path: Path, name: str | None, content: bytes, code: str
) -> None:
    path = write(name, content) if name else tmp_path / "absent.txt"
    err = only_error(ingest([path], max_bytes=100))
    assert err.code == code


def test_bad_sidecar_code(write: Write) -> None:
    path = write("s.txt", STORY)
    write("s.meta.json", b"{not json")
    assert only_error(ingest([path])).code == "E119"


def test_size_just_over_the_limit_is_not_shown_as_the_limit() -> None:
    reason = sources.too_large(5_040_000, 5_000_000)
    assert reason == ("larger than the 5 MB limit (5,040,000 bytes); raise it with --max-bytes")
