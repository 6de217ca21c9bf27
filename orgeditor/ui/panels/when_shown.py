"""Panel updates that wait while the panel is out of sight (a dock closed or behind a tab)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget


class WhenShown:
    """Runs a panel's updates at once while it is on screen; while it is out of sight in a
    shown window, notes that it is stale and calls ``refresh`` (a full update) when its dock
    shows it again (the window connects the dock's ``visibilityChanged`` to
    :meth:`on_visibility_changed`).

    A dock behind another tab is not hidden (Qt moves it off the window), so out of
    sight means nothing of the panel is visible. A panel in a window not shown yet
    (a test, the first document) updates at once.
    """

    def __init__(self, panel: QWidget, refresh: Callable[[], None]) -> None:
        self.panel = panel
        self.refresh = refresh
        self.stale = False

    @property
    def hidden(self) -> bool:
        """Whether the panel is out of sight in a window that is shown."""
        return self.panel.window().isVisible() and self.panel.visibleRegion().isEmpty()

    def run(self, update: Callable[[], None]) -> None:
        """Run ``update`` now, or the full refresh once the panel is shown again."""
        if self.hidden:
            self.stale = True
        else:
            update()

    def on_visibility_changed(self, visible: bool) -> None:
        """The panel's dock was shown or hidden: once shown, catch up with what it missed."""
        if visible and self.stale:
            self.stale = False
            self.refresh()
