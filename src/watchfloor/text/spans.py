"""Items with character spans, indexed by where they start.

Extraction asks, for every trigger, which actors, places, weapons and dates lie in a
window of one sentence. Scanning every list for every trigger is quadratic in document
length; a sorted index answers each question with two binary searches.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from typing import Generic, Protocol, TypeVar

from watchfloor.models import Span


class HasSpan(Protocol):
    @property
    def span(self) -> Span: ...


T = TypeVar("T", bound=HasSpan)


class SpanIndex(Generic[T]):
    """Items sorted by span start; `within` and `overlaps` in O(log n + k)."""

    def __init__(self, items: Iterable[T]) -> None:
        self.items: list[T] = sorted(items, key=lambda it: (it.span.start, it.span.end))
        self._starts = [it.span.start for it in self.items]
        self._longest = max((it.span.end - it.span.start for it in self.items), default=0)

    def within(self, start: int, end: int) -> list[T]:
        """Items whose span starts in [start, end)."""
        return self.items[bisect_left(self._starts, start) : bisect_left(self._starts, end)]

    def overlaps(self, span: Span) -> bool:
        """Does any item's span overlap `span`?"""
        return bool(self.overlapping(span))

    def overlapping(self, span: Span) -> list[T]:
        """Items whose span overlaps `span`."""
        lo = bisect_left(self._starts, span.start - self._longest)
        hi = bisect_left(self._starts, span.end)
        return [it for it in self.items[lo:hi] if it.span.end > span.start]

    def __len__(self) -> int:
        return len(self.items)


def sorted_by_start(items: Sequence[T]) -> list[T]:
    return sorted(items, key=lambda it: (it.span.start, it.span.end))
