"""Autosave and recovery: copies while unsaved, gone after save or close, offered after a crash."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from orgeditor.io import dumps, loads
from orgeditor.io.recovery import find_copies
from orgeditor.ui.main_window import MainWindow
from orgeditor.ui.recovery import Recovery
from orgeditor.ui.settings import AppSettings
from tests.conftest import ROOT, UN_SAMPLE


def _open_copy(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> Path:
    path = tmp_path / "plan.orgdesign"
    path.write_bytes(UN_SAMPLE.read_bytes())
    assert window.open_file(path)
    qtbot.waitUntil(lambda: window.controller.report is not None)
    return path


def _rename(window: MainWindow, unit: str, name: str) -> None:
    assert window.controller.set_unit_field(unit, "name", name)


def test_autosave_keeps_a_copy_only_while_unsaved(
    main_window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = _open_copy(main_window, qtbot, tmp_path)
    folder = main_window.settings.recovery_folder
    assert main_window.recovery.autosave() is None  # nothing unsaved, nothing kept
    assert find_copies(folder) == []
    _rename(main_window, "ead", "Electoral <b>Division</b>")
    copy = main_window.recovery.autosave()
    assert copy is not None and copy.original == path
    assert loads(copy.path.read_bytes()).scenarios[1].units["ead"].name == (
        "Electoral <b>Division</b>"
    )
    assert path.read_bytes() == UN_SAMPLE.read_bytes()  # never over the user's file
    assert main_window.save()
    assert find_copies(folder) == []  # saved: the copy is not needed
    _rename(main_window, "ead", "Again")
    main_window.recovery.autosave()
    main_window.controller.undo_stack.undo()  # back to what is saved
    main_window.recovery.autosave()
    assert find_copies(folder) == []


def test_the_timer_autosaves_at_the_set_interval(main_window: MainWindow, qtbot: QtBot) -> None:
    assert main_window.settings.autosave_minutes() == 1
    assert main_window.recovery._autosave_timer.interval() == 60_000
    main_window.recovery.set_autosave_minutes(0)
    assert not main_window.recovery._autosave_timer.isActive()
    assert main_window.settings.autosave_minutes() == 0
    main_window.recovery.set_autosave_minutes(5)
    assert main_window.recovery._autosave_timer.interval() == 300_000
    main_window.settings.store.setValue("recovery/autosave_minutes", "garbage")
    assert main_window.settings.autosave_minutes() == 1


def test_a_normal_close_leaves_no_copy_and_no_lock(
    main_window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    _open_copy(main_window, qtbot, tmp_path)
    _rename(main_window, "ead", "Changed")
    main_window.recovery.autosave()
    assert main_window.close()  # the fixture discards the changes
    assert list(main_window.settings.recovery_folder.iterdir()) == []


def test_a_running_windows_copy_is_not_offered(
    main_window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    _open_copy(main_window, qtbot, tmp_path)
    _rename(main_window, "ead", "Changed")
    main_window.recovery.autosave()
    second = MainWindow(main_window.settings)
    try:
        assert second.recovery.left_by_crashes() == []
    finally:
        second.close()
    assert len(find_copies(main_window.settings.recovery_folder)) == 1


CRASHING_APP = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from PySide6.QtCore import QSettings
    from orgeditor.ui.app import create_application
    from orgeditor.ui.main_window import MainWindow
    from orgeditor.ui.settings import AppSettings
    app = create_application(["orgeditor"])
    folder = Path(sys.argv[1])
    settings = AppSettings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat), folder)
    window = MainWindow(settings)
    window.show()
    window.open_file(sys.argv[2])
    window.controller.set_unit_field("ead", "name", "Renamed before the crash")
    window.recovery.autosave()
    print("autosaved", flush=True)
    app.exec()
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="kill -9 is POSIX")
def test_after_kill_9_the_next_start_restores_the_copy(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "plan.orgdesign"
    path.write_bytes(UN_SAMPLE.read_bytes())
    data = tmp_path / "data"
    child = subprocess.Popen(
        [sys.executable, "-c", CRASHING_APP, str(data), str(path)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "autosaved"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(30)
    assert len(find_copies(data / "recovery")) == 1
    settings = AppSettings(QSettings(str(data / "s.ini"), QSettings.Format.IniFormat), data)
    asked = []
    monkeypatch.setattr(Recovery, "_ask_about", lambda self, copy: asked.append(copy) or "restore")
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert window.recovery.offer_recovery()
    assert asked[0].original == path
    c = window.controller
    assert c.path == path and c.modified and window.isWindowModified()
    assert c.design.scenarios[1].units["ead"].name == "Renamed before the crash"
    assert path.read_bytes() == UN_SAMPLE.read_bytes()
    copies = find_copies(data / "recovery")
    assert [x.session for x in copies] == [window.recovery._session]  # the old copy is gone
    assert not window.recovery.offer_recovery()  # and not offered twice
    assert window.save()
    assert loads(path.read_bytes()).scenarios[1].units["ead"].name == "Renamed before the crash"
    c.undo_stack.set_clean()
    window.close()
    assert list((data / "recovery").iterdir()) == []


@pytest.mark.parametrize(("answer", "left"), [("discard", 0), ("later", 1)])
def test_discard_deletes_the_copy_and_later_keeps_it(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answer: str, left: int
) -> None:
    from orgeditor.io.recovery import write_copy

    data = tmp_path / "data"
    write_copy(data / "recovery", "crashed", UN_SAMPLE.read_bytes(), None, "Draft")
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), data)
    monkeypatch.setattr(Recovery, "_ask_about", lambda self, copy: answer)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert not window.recovery.offer_recovery()
    assert not window.controller.modified
    assert len(find_copies(data / "recovery")) == left
    window.close()


def test_a_damaged_copy_is_reported_and_left_alone(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from orgeditor.io.recovery import write_copy

    data = tmp_path / "data"
    write_copy(data / "recovery", "crashed", b'{"format": "orgeditor-design",', None, "Draft")
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), data)
    monkeypatch.setattr(Recovery, "_ask_about", lambda self, copy: "restore")
    shown = []
    monkeypatch.setattr(MainWindow, "show_error", lambda self, *args: shown.append(args))
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert not window.recovery.offer_recovery()
    assert "cannot be opened" in shown[0][0] and "left where it is" in shown[0][1]
    assert len(find_copies(data / "recovery")) == 1
    window.close()


def test_the_question_names_the_file_and_the_time(
    main_window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from orgeditor.io.recovery import write_copy

    copy = write_copy(tmp_path, "x", dumps(main_window.controller.design), None, "<b>Draft</b>")
    seen = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        next(b for b in box.buttons() if b.text() == "Decide Later").click()

    QTimer.singleShot(0, answer)
    assert main_window.recovery._ask_about(copy) == "later"
    assert 'the untitled design "<b>Draft</b>"' in seen[0]
    assert copy.saved_at.strftime("%H:%M") in seen[0]


def test_a_crashed_session_with_nothing_unsaved_leaves_no_lock_behind(
    main_window: MainWindow, tmp_path: Path
) -> None:
    folder = main_window.settings.recovery_folder
    dead = folder / "crashed.lock"
    script = (
        "import os, sys; from PySide6.QtCore import QLockFile; "
        "lock = QLockFile(sys.argv[1]); assert lock.tryLock(0); os._exit(0)"
    )
    subprocess.run([sys.executable, "-c", script, str(dead)], check=True, timeout=60)
    assert dead.exists()
    assert not main_window.recovery.offer_recovery()
    assert not dead.exists()
    assert (folder / f"{main_window.recovery._session}.lock").exists()  # its own stays


def test_the_timer_copies_only_what_is_new(
    main_window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    _open_copy(main_window, qtbot, tmp_path)
    c = main_window.controller
    _rename(main_window, "ead", "First")
    main_window.recovery.autosave_if_changed()
    [copy] = find_copies(main_window.settings.recovery_folder)
    stamp = copy.path.stat().st_mtime_ns
    main_window.recovery.autosave_if_changed()  # nothing new: not written again
    assert copy.path.stat().st_mtime_ns == stamp
    c.undo_stack.undo()
    _rename(main_window, "ead", "Second")  # the same undo index, other content
    main_window.recovery.autosave_if_changed()
    assert loads(copy.path.read_bytes()).scenarios[1].units["ead"].name == "Second"
