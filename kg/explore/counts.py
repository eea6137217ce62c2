"""Figures about the whole store that cheap endpoints report, computed once after each write.

``/health`` and ``/stats`` are polled (by monitors, dashboards, the graph page); counting the
quads or ranking the actors on each poll cost 95 ms at 730k quads for ``/health`` alone, and
seconds under 50 clients. So each figure is computed at most once per write: the store tells
about its writes (``store.on_write``), the first read after one computes the figure again,
and every other read returns it as it is. A store that cannot tell about its writes gets it
computed on each read, as before.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class Cached(Generic[T]):
    """``compute()``, computed again only after a write to ``store``. Thread-safe: readers that
    come while it is being computed wait for that result, and a write during the computation
    makes the next read compute it again."""

    def __init__(self, store: Any, compute: Callable[[], T]) -> None:
        self._compute = compute
        self._lock = threading.Lock()
        self._writes = 0  # writes the store reported
        self._state: tuple[int, T] | None = None  # (writes it has seen, the value)
        on_write = getattr(store, "on_write", None)
        self._tracked = on_write is not None
        if on_write is not None:
            on_write(self._written)

    def _written(self) -> None:
        self._writes += 1

    def get(self) -> T:
        if not self._tracked:
            return self._compute()
        state = self._state
        if state is not None and state[0] == self._writes:
            return state[1]
        with self._lock:
            writes = self._writes  # read first: a write during compute() is seen next time
            state = self._state
            if state is None or state[0] != writes:
                state = self._state = (writes, self._compute())
            return state[1]


def health_counts(store: Any) -> dict[str, int]:
    """What ``/health`` reports: quads and articles."""
    return {"quads": store.quad_count(), "articles": len(store.article_iris())}
