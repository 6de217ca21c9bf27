"""What every page of the Settings dialog shares: pending edits, validity, error labels.

A page shows one part of the design's settings and keeps the planner's edits
pending until Apply; ``pending`` turns them into a command factory, which the
dialog hands to the controller (one undo step). A page never changes the
design itself.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from orgeditor.commands import Command
from orgeditor.model import Design
from orgeditor.ui.text import plain_label

Factory = Callable[[Design], Command]
ERROR_STYLE = "color: #b00020;"


def error_label() -> QLabel:
    """A red, wrapping, plain-text label for a field's problem; hidden while there is none."""
    label: QLabel = plain_label(wrap=True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


def choice_box() -> QComboBox:
    """A combo box that does not widen the dialog to its longest entry."""
    box = QComboBox()
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(16)
    return box


def whole_number(text: str) -> int | None:
    """``text`` as a whole number (thousands separated by commas or spaces allowed), or None."""
    digits = text.strip().replace(",", "").replace(" ", "")
    return int(digits) if digits.isascii() and digits.isdigit() else None


def show_problem(label: QLabel, problem: str | None) -> None:
    """Show ``problem`` in ``label``, or hide the label when there is none."""
    label.setText(problem[:1].upper() + problem[1:] if problem else "")
    label.setVisible(bool(problem))


class SettingsPage(QWidget):
    """One page: shows a part of the settings, keeps edits pending, says if they are valid."""

    title = ""
    state_changed = Signal()  # the pending edit or its validity changed
    edit_requested = Signal(object)  # a Factory to push now (add, delete, move ...)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.design: Design | None = None
        self.problems: dict[str, str] = {}  # field name -> what is wrong with its value

    def show_design(self, design: Design) -> None:
        """Show ``design``'s settings; edits pending on a part that did not change are kept."""
        raise NotImplementedError

    def pending(self) -> Factory | None:
        """The command for the edits pending on this page, or None when there are none."""
        raise NotImplementedError

    def valid(self) -> bool:
        """Whether the pending edits can be applied (every field is acceptable)."""
        return not self.problems

    def report(self, problems: dict[str, str], labels: dict[str, QLabel]) -> None:
        """Keep ``problems`` and show each under its field (the "" label takes the others)."""
        self.problems = problems
        for name, label in labels.items():
            others = [p for n, p in problems.items() if n not in labels] if name == "" else []
            show_problem(label, problems.get(name) or (others[0] if others else None))
        self.state_changed.emit()

    def applied(self) -> None:
        """Called just before the pending edit is pushed (a page may follow a renamed entry)."""
