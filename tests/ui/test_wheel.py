"""The wheel edits nothing: value widgets without focus ignore it, in the window and the dialogs."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from orgeditor.io import dumps
from orgeditor.ui.cost_summary import CostSummaryDialog
from orgeditor.ui.dialogs import MoveToDialog
from orgeditor.ui.main_window import MainWindow
from orgeditor.ui.printing.dialogs import ChartOptionsDialog
from orgeditor.ui.report_files import ReportDialog
from tests.conftest import UN_SAMPLE
from tests.ui.conftest import focus


def _value_widgets(root: QWidget) -> list[QWidget]:
    found: list[QWidget] = []
    for kind in (QComboBox, QAbstractSpinBox, QAbstractSlider):
        found += [w for w in root.findChildren(kind) if not isinstance(w, QScrollBar)]
    return found


def _value(widget: QWidget) -> object:
    if isinstance(widget, QComboBox):
        return widget.currentIndex(), widget.currentText()
    if isinstance(widget, QAbstractSlider):
        return widget.value()
    assert isinstance(widget, QAbstractSpinBox)
    return widget.text()


def _wheel(widget: QWidget, notches: int) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(QPoint(int(centre.x()), int(centre.y())))),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def _wheel_everywhere(root: QWidget) -> list[QWidget]:
    """Wheel up and down over every value widget of ``root``; return those whose value changed."""
    moved = []
    widgets = _value_widgets(root)
    assert widgets, root
    for widget in widgets:
        before = _value(widget)
        for notches in (1, -1, -1, 3, -3):
            _wheel(widget, notches)
            _wheel(widget, notches)
        if _value(widget) != before:
            moved.append(widget)
    return moved


def _focus_by_wheel(root: QWidget) -> list[QWidget]:
    return [w for w in _value_widgets(root) if w.focusPolicy() == Qt.FocusPolicy.WheelFocus]


def test_the_wheel_over_the_inspector_changes_nothing(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    assert main_window.open_file(UN_SAMPLE)
    c = main_window.controller
    unit = next(p.unit for p in c.scenario.posts.values())  # a unit with posts in the table
    main_window.presenter.reveal([unit])
    assert main_window.inspector.posts.rowCount() > 0
    focus(qtbot, main_window.find_field)  # the keyboard is elsewhere
    saved, index = dumps(c.design), c.undo_stack.index()
    inspector = _value_widgets(main_window.inspector)
    assert len(inspector) >= 8
    assert _wheel_everywhere(main_window) == []
    assert c.undo_stack.index() == index and c.undo_stack.count() == index
    assert dumps(c.design) == saved
    assert _focus_by_wheel(main_window) == []


def test_the_wheel_over_the_dialogs_changes_nothing(main_window: MainWindow, qtbot: QtBot) -> None:
    assert main_window.open_file(UN_SAMPLE)
    c = main_window.controller
    dialogs = [
        ChartOptionsDialog(for_print=True, parent=main_window, selected=("dpo", "DPO")),
        ChartOptionsDialog(for_print=False, parent=main_window),
        ReportDialog(c.design, c.scenario_id, main_window),
        CostSummaryDialog(c.design, c.scenario_id, main_window),
        MoveToDialog(c.scenario, ["oma"], main_window),
    ]
    for dialog in dialogs:
        dialog.show()
        qtbot.waitExposed(dialog)
        focus(qtbot, main_window.find_field)  # the dialog shown, the keyboard elsewhere
        if _value_widgets(dialog):
            assert _wheel_everywhere(dialog) == [], dialog.windowTitle()
            assert _focus_by_wheel(dialog) == [], dialog.windowTitle()
        dialog.close()


def test_the_wheel_still_turns_a_focused_combo_box(main_window: MainWindow, qtbot: QtBot) -> None:
    assert main_window.open_file(UN_SAMPLE)
    c = main_window.controller
    main_window.presenter.reveal(["oma"])
    kind = main_window.inspector.kind
    focus(qtbot, kind)
    before = kind.currentIndex()
    _wheel(kind, -1)
    assert kind.currentIndex() != before  # the user chose to: an undoable edit
    assert c.undo_stack.count() == 1
    c.undo_stack.undo()
    assert c.scenario.units["oma"].kind.value == kind.currentData()
