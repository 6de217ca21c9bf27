"""A combo box of units that lists them all only when the user opens it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QComboBox, QWidget

Choices = Callable[[], list[tuple[str, object]]]


class UnitChoice(QComboBox):
    """Holds just the chosen unit until opened or focused, then every choice.

    A chart may have tens of thousands of units: listing them all each time the
    inspector shows a unit (after every edit) would cost tens of milliseconds,
    and the list could go stale.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices: Choices = list
        self._complete = True

    def show_choice(self, choices: Choices, label: str, value: object) -> None:
        """Show ``label`` for ``value``; ``choices`` gives the whole list when it is wanted."""
        self._choices = choices
        self.clear()
        self.addItem(label, value)
        self._complete = False

    def complete(self) -> None:
        """List every choice, keeping the one shown selected."""
        if self._complete:
            return
        value = self.currentData()
        self.clear()
        for label, data in self._choices():
            self.addItem(label, data)
        self.setCurrentIndex(max(self.findData(value), 0))
        self._complete = True

    def showPopup(self) -> None:
        self.complete()
        super().showPopup()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.complete()  # the arrow keys step through the whole list
        super().focusInEvent(event)
