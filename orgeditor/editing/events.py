"""A plain event: the editing core's way to tell the views what happened, without Qt."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class Event(Generic[T]):
    """Listeners called in order with one value each time the event is emitted."""

    def __init__(self) -> None:
        self._listeners: list[Callable[[T], None]] = []

    def connect(self, listener: Callable[[T], None]) -> None:
        """Call ``listener`` on every emit from now on."""
        self._listeners.append(listener)

    def disconnect(self, listener: Callable[[T], None]) -> None:
        """Stop calling ``listener``."""
        self._listeners.remove(listener)

    def emit(self, value: T) -> None:
        """Call every listener with ``value``."""
        for listener in list(self._listeners):
            listener(value)
