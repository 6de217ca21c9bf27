"""The Cost Summary window follows the open design: edits, undo, scenarios, another file."""

from __future__ import annotations

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from orgeditor.ui.cost_summary import CostSummaryDialog
from orgeditor.ui.main_window import MainWindow
from tests.conftest import MINISTRIES_SAMPLE, UN_SAMPLE


def _picture(dialog: CostSummaryDialog) -> QImage:
    """The chart as it is on screen now (not painted again for the test)."""
    QApplication.processEvents()  # the repaints Qt was asked for, and only those
    chart = dialog.chart
    corner = chart.mapTo(dialog, chart.rect().topLeft())
    screen = dialog.screen().grabWindow(
        dialog.winId(), corner.x(), corner.y(), chart.width(), chart.height()
    )
    return screen.toImage().convertToFormat(QImage.Format.Format_RGB32)


def _fresh(window: MainWindow, qtbot: QtBot, like: CostSummaryDialog) -> QImage:
    """What a summary opened now, on the same proposal, shows."""
    c = window.controller
    fresh = CostSummaryDialog(c.design, like.choice.currentData() or c.scenario_id)
    fresh.resize(like.size())
    fresh.show()
    qtbot.waitExposed(fresh)
    assert fresh.chart.size() == like.chart.size()
    assert [fresh.choice.itemText(i) for i in range(fresh.choice.count())] == [
        like.choice.itemText(i) for i in range(like.choice.count())
    ]
    picture = _picture(fresh)
    fresh.close()
    return picture


def test_the_open_cost_summary_shows_what_a_new_one_would(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    assert main_window.open_file(UN_SAMPLE)
    c = main_window.controller
    dialog = main_window.show_cost_summary()
    qtbot.waitExposed(dialog)
    before = _picture(dialog)
    assert before == _fresh(main_window, qtbot, dialog)
    for _ in range(12):
        assert c.add_post("pmd", "USG", "RB")
    after = _picture(dialog)
    assert after != before  # the edit shows
    assert after == _fresh(main_window, qtbot, dialog)
    c.undo_stack.undo()
    assert _picture(dialog) == _fresh(main_window, qtbot, dialog)
    assert c.copy_scenario(c.scenario_id, "Leaner")
    assert "Leaner" in [dialog.choice.itemText(i) for i in range(dialog.choice.count())]
    assert _picture(dialog) == _fresh(main_window, qtbot, dialog)
    assert main_window.open_file(MINISTRIES_SAMPLE)
    assert dialog.choice.itemText(0) == main_window.controller.design.proposals[0].name
    assert _picture(dialog) == _fresh(main_window, qtbot, dialog)
    assert main_window.show_cost_summary() is dialog  # one at a time
