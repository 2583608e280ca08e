"""A large, deterministic benchmark corpus generated from the bundled sample reports.

Document `i` is sample `i % n` in variant `k = i // n`. Each variant changes the text the way a
new report on a similar event would: small numbers (casualties, counts, days of a month) move,
some town names swap for others of the same region, the publication date moves on, and a
dispatch line with the document's serial number closes the report. The serial makes every
generated text distinct, so no cache keyed on the text (e.g. `text.segment`'s `lru_cache`)
ever sees the same string twice and the benchmark measures real work.

Documents are built on demand from their index, so the corpus is streamed (memory does not grow
with its size) and a worker process can rebuild any slice of it without pickling documents.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from pathlib import Path

from watchfloor.ingest import doc_id, iter_documents
from watchfloor.models import Document

SAMPLES = Path(__file__).resolve().parents[1] / "src" / "watchfloor" / "samples"

# Towns swapped for one another, both ways; every pair is of one country, so the generated text
# still reads as a report from the same theatre (it is benchmark input, not package data).
_PLACE_SWAPS: tuple[tuple[str, str], ...] = (
    ("Erbil", "Kirkuk"),
    ("Baghdad", "Mosul"),
    ("Abu Kamal", "Mayadin"),
    ("Deir ez-Zor", "Raqqa"),
    ("Sanaa", "Hodeidah"),
    ("Beirut", "Tyre"),
)
_MONTHS = (
    "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|"
    "july|august|september|october|november|december"
)
# 1-3 digit integers standing alone (not "2,500", "1.5", "144th", "B-1", "F-15" or a year)
_SMALL_INT = re.compile(r"(?<![\w,.\-])(\d{1,3})(?![\w\-]|[,.]\d)")
_MONTH_NEAR = re.compile(rf"(?:\b(?:{_MONTHS})\.?\s*$)|(?:^\s*(?:{_MONTHS})\b)", re.IGNORECASE)


def load_samples(folder: Path = SAMPLES) -> list[Document]:
    """The bundled reports with their sidecar metadata, in file-name order."""
    paths = sorted(str(p) for p in folder.glob("*.txt"))
    docs: list[Document] = []
    for item in iter_documents(paths):
        if not isinstance(item, Document):
            raise SystemExit(f"cannot read sample {item}")
        docs.append(item)
    if not docs:
        raise SystemExit(f"no *.txt samples in {folder}")
    return docs


def word_count(text: str) -> int:
    """Words as whitespace-separated strings: the unit of every words/s figure here."""
    return len(text.split())


def make_document(base: Sequence[Document], index: int) -> Document:
    """Document number `index` of the corpus (deterministic, distinct for every index)."""
    src = base[index % len(base)]
    variant = index // len(base)
    text = _swap_places(_shift_numbers(src.text, variant), variant) if variant else src.text
    text = f"{text}\n\n(Dispatch {index + 1:07d}.)"
    published = src.published + dt.timedelta(days=variant % 97) if src.published else None
    return dataclasses.replace(
        src,
        id=doc_id(text),
        name=f"{src.name}-{index + 1:07d}",
        text=text,
        published=published,
        origin=f"generated:{src.name}#{variant}",
    )


def iter_corpus(base: Sequence[Document], words: int) -> Iterator[Document]:
    """Documents 0, 1, 2, ... until at least `words` words have been yielded."""
    total = 0
    index = 0
    while total < words:
        doc = make_document(base, index)
        total += word_count(doc.text)
        index += 1
        yield doc


def _shift_numbers(text: str, variant: int) -> str:
    step = variant % 4

    def bump(m: re.Match[str]) -> str:
        value = int(m.group(1))
        if step == 0 or value < 2:
            return m.group(1)
        before = text[max(0, m.start() - 12) : m.start()]
        after = text[m.end() : m.end() + 12]
        if _MONTH_NEAR.search(before) or _MONTH_NEAR.search(after):
            # a day of the month: move it, but keep it a valid day in every month
            return str((value - 1 + step) % 28 + 1) if value <= 28 else m.group(1)
        return str(value + step)

    return _SMALL_INT.sub(bump, text)


def _swap_places(text: str, variant: int) -> str:
    pairs = [p for i, p in enumerate(_PLACE_SWAPS) if (variant >> (i % 3)) & 1]
    if not pairs:
        return text
    return _swap_pattern(tuple(pairs)).sub(lambda m: _swap_map(tuple(pairs))[m.group(0)], text)


@lru_cache(maxsize=16)
def _swap_pattern(pairs: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    names = sorted({n for pair in pairs for n in pair}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")


@lru_cache(maxsize=16)
def _swap_map(pairs: tuple[tuple[str, str], ...]) -> dict[str, str]:
    out: dict[str, str] = {}
    for a, b in pairs:
        out[a], out[b] = b, a
    return out
