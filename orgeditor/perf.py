"""Helpers for work on large designs."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector around work that allocates much and frees it late.

    Loading a file or building the rule graphs creates hundreds of thousands of
    objects that all stay alive; collections in between find nothing to free and
    only cost time (a third of the load time of a 50,000-unit design).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def settle() -> None:
    """Move every object alive now out of the cyclic collector's way (``gc.freeze``).

    The rule, in this one place: an open document's hundreds of thousands of
    objects live as long as the window shows it; while the collector still
    tracks them, each full collection walks them all (30-100 ms at 10,000
    units, longer under load), and collections are triggered by the very
    allocations an edit or the first drawing makes. So the app calls this when
    a document has been read, and the window again before and after it builds
    the document's scene. An edit does not: what it leaves alive stays tracked
    by the collector.

    Frozen objects are still freed when their last reference goes; only a cycle
    among them is not collected while frozen. Those accumulate (a closed
    document leaves thousands: Qt wrappers, signal connections, the undo stack),
    so :func:`release` must run whenever a document is let go, and does, before
    the next one is frozen (``tests/core/test_perf.py``). Measured when edits
    froze too, at 10,000 units over 40 cross-department moves (load 11): the
    longest collection 127 ms with a freeze after each edit, 628 ms without.
    """
    gc.freeze()


def release() -> None:
    """Unfreeze everything and collect: what closed documents left in cycles is freed.

    One full collection (a walk of every live object, 0.1-0.3 s at 10,000 units):
    the window calls it when it replaces a document, before freezing the new one,
    so that reopening a design again and again keeps memory flat.
    """
    gc.unfreeze()
    gc.collect()
