"""The editing core: the open document, its one undo history and the state kept for speed.

Pure Python (no Qt): the command line and the tests drive it directly; the Qt
``DocumentController`` only adapts its events to signals and its check policy
to timers.
"""

from orgeditor.editing.document import (
    CHECK_AT_ONCE_UNITS,
    CHECK_DELAY_MS,
    OpenDocument,
    concerns,
    touched,
)
from orgeditor.editing.events import Event

__all__ = ["CHECK_AT_ONCE_UNITS", "CHECK_DELAY_MS", "Event", "OpenDocument", "concerns", "touched"]
