"""SpanIndex answers exactly what a scan of the whole list would."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given
from hypothesis import strategies as st

from watchfloor.models import Span
from watchfloor.text.spans import SpanIndex


@dataclass(frozen=True)
class Item:
    span: Span


spans = st.builds(lambda a, n: Span(a, a + n), st.integers(0, 200), st.integers(0, 30))


@given(st.lists(spans, max_size=40), st.integers(0, 230), st.integers(0, 60))
def test_within_matches_a_scan(items: list[Span], start: int, width: int) -> None:
    index = SpanIndex([Item(s) for s in items])
    expected = sorted((s.start, s.end) for s in items if start <= s.start < start + width)
    got = [(it.span.start, it.span.end) for it in index.within(start, start + width)]
    assert got == expected


@given(st.lists(spans, max_size=40), spans)
def test_overlaps_matches_a_scan(items: list[Span], probe: Span) -> None:
    index = SpanIndex([Item(s) for s in items])
    expected = any(s.start < probe.end and probe.start < s.end for s in items)
    assert index.overlaps(probe) == expected
