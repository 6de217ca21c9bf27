"""The rule of orgeditor.perf.settle: frozen cycles stay until release() lets them go."""

from __future__ import annotations

import gc
import weakref

from orgeditor.perf import release, settle


class _Node:
    def __init__(self) -> None:
        self.other: _Node | None = None


def test_a_frozen_cycle_is_kept_until_release_and_freed_by_it() -> None:
    a, b = _Node(), _Node()
    a.other, b.other = b, a  # a cycle: only the cyclic collector frees it
    alive = weakref.ref(a)
    settle()
    del a, b
    gc.collect()
    assert alive() is not None, "a frozen cycle is not collected"
    release()
    assert alive() is None, "release() unfreezes and collects it"
    assert gc.get_freeze_count() == 0


def test_frozen_objects_without_cycles_are_freed_when_their_last_reference_goes() -> None:
    a = _Node()
    alive = weakref.ref(a)
    settle()
    del a
    assert alive() is None
    release()
