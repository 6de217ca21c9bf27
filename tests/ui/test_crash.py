"""An exception in a slot shows a dialog, is logged, triggers an autosave; the app goes on."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from orgeditor.io.recovery import find_copies
from orgeditor.ui import crash
from orgeditor.ui.main_window import MainWindow


class _Emitter(QObject):
    fired = Signal()


@pytest.fixture
def reporter(main_window: MainWindow) -> Iterator[crash.ErrorReporter]:
    before = sys.excepthook
    installed = crash.install(
        main_window, main_window.settings.log_folder, main_window.recovery.autosave
    )
    yield installed
    sys.excepthook = before


def _boom() -> None:
    raise ValueError("the <b>budget</b> went negative")


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_reaches_the_user(
    main_window: MainWindow, reporter: crash.ErrorReporter, qtbot: QtBot
) -> None:
    c = main_window.controller
    assert c.set_unit_field(next(iter(c.scenario.units)), "name", "Unsaved change")
    seen: dict[str, object] = {}

    def inspect_and_close() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen["title"] = box.windowTitle()
        seen["text"] = box.text() + "\n" + box.informativeText()
        seen["details"] = box.detailedText()
        copy = next(b for b in box.buttons() if b.text() == "Copy Details")
        assert isinstance(copy, QPushButton)
        copy.click()
        seen["still open"] = box.isVisible()
        box.button(QMessageBox.StandardButton.Close).click()

    QTimer.singleShot(0, inspect_and_close)
    emitter = _Emitter()
    emitter.fired.connect(_boom)
    emitter.fired.emit()  # Qt hands the escaped exception to sys.excepthook
    assert seen["title"] == "Something went wrong"
    assert "ValueError: the <b>budget</b> went negative" in str(seen["text"])
    assert "recovery copy" in str(seen["text"])
    assert "Traceback" in str(seen["details"]) and "_boom" in str(seen["details"])
    assert QApplication.clipboard().text() == seen["details"]
    assert seen["still open"]
    [log] = main_window.settings.log_folder.glob("errors.log")
    assert "ValueError: the <b>budget</b> went negative" in log.read_text()
    assert str(log) in str(seen["text"])
    assert len(find_copies(main_window.settings.recovery_folder)) == 1
    assert c.undo_stack.can_undo  # the app and the document carry on
    c.undo_stack.undo()
    assert not c.modified


def test_a_second_error_while_the_dialog_is_up_is_only_logged(
    main_window: MainWindow, reporter: crash.ErrorReporter
) -> None:
    reporter.showing = True
    try:
        _boom()
    except ValueError:
        reporter(*sys.exc_info())  # type: ignore[arg-type]
    assert QApplication.activeModalWidget() is None
    [log] = main_window.settings.log_folder.glob("errors.log")
    assert log.read_text().count("ValueError: the <b>budget</b> went negative") == 1


def test_an_unwritable_log_folder_still_shows_the_dialog(
    main_window: MainWindow, tmp_path: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = []
    blocked = main_window.settings.data_folder / "blocked"
    blocked.parent.mkdir(parents=True, exist_ok=True)
    blocked.write_text("a file where the folder should be")
    reporter = crash.ErrorReporter(main_window, blocked / "logs", lambda: 1 / 0)
    monkeypatch.setattr(reporter, "_show", lambda *args: shown.append(args))
    try:
        _boom()
    except ValueError:
        reporter(*sys.exc_info())  # type: ignore[arg-type]
    summary, _details, log, saved = shown[0]
    assert summary == "ValueError: the <b>budget</b> went negative"
    assert log is None and saved is False
