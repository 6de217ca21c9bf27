"""Saving from the window: a file changed on disk is not overwritten unasked; failures keep the work."""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from orgeditor.io import files as io_files
from orgeditor.io import loads
from orgeditor.io.recovery import find_copies
from orgeditor.ui import files as files_module
from orgeditor.ui.main_window import MainWindow
from tests.conftest import UN_SAMPLE

THEIRS = UN_SAMPLE.read_bytes().replace(b"Electoral Assistance Division", b"Their Division")


def _open(window: MainWindow, qtbot: QtBot, folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / "plan.orgdesign"
    path.write_bytes(UN_SAMPLE.read_bytes())
    assert window.open_file(path)
    qtbot.waitUntil(lambda: window.controller.report is not None)
    assert window.controller.set_unit_field("ead", "name", "Our Division")
    return path


def _change_on_disk(path: Path) -> None:
    path.write_bytes(THEIRS)
    info = path.stat()
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns + 5_000_000_000))


def _ead(path: Path) -> str:
    return loads(path.read_bytes()).scenarios[1].units["ead"].name


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the changed-file question is answered; the questions asked are recorded."""
    given: list[str] = []
    monkeypatch.setattr(files_module, "ask_about_changed_file", lambda parent, path: given.pop(0))
    return given


def test_an_unchanged_file_is_saved_without_a_question(
    main_window: MainWindow, qtbot: QtBot, tmp_path: Path, answers: list[str]
) -> None:
    path = _open(main_window, qtbot, tmp_path)
    assert main_window.save()
    assert _ead(path) == "Our Division"
    main_window.controller.set_unit_field("ead", "name", "Ours again")
    assert main_window.save()  # our own save is not a change by someone else
    assert _ead(path) == "Ours again"


def test_cancel_keeps_their_file_and_our_changes(
    main_window: MainWindow, qtbot: QtBot, tmp_path: Path, answers: list[str]
) -> None:
    path = _open(main_window, qtbot, tmp_path)
    _change_on_disk(path)
    answers.append("cancel")
    assert not main_window.save()
    assert answers == []  # it was asked
    assert path.read_bytes() == THEIRS
    assert main_window.controller.modified


def test_overwrite_replaces_theirs_and_keeps_it_as_the_backup(
    main_window: MainWindow, qtbot: QtBot, tmp_path: Path, answers: list[str]
) -> None:
    path = _open(main_window, qtbot, tmp_path)
    _change_on_disk(path)
    answers.append("overwrite")
    assert main_window.save()
    assert _ead(path) == "Our Division"
    assert io_files.backup_path(path).read_bytes() == THEIRS
    assert not main_window.controller.modified


def test_save_as_keeps_both(
    main_window: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    answers: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = _open(main_window, qtbot, tmp_path)
    _change_on_disk(path)
    answers.append("save-as")
    other = tmp_path / "ours"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(other), ""))
    assert main_window.save()
    assert path.read_bytes() == THEIRS
    assert _ead(other.with_suffix(".orgdesign")) == "Our Division"
    assert main_window.controller.path == other.with_suffix(".orgdesign")
    assert main_window.windowTitle().startswith("ours.orgdesign")


@pytest.fixture
def errors(main_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, ...]]:
    shown: list[tuple[str, ...]] = []
    monkeypatch.setattr(MainWindow, "show_error", lambda self, *args: shown.append(args))
    return shown


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize(
    ("code", "advice"),
    [
        (errno.ENOSPC, "the disk is full"),
        (errno.EACCES, "read-only file or folder"),
        (errno.EROFS, "the drive is read-only"),
        (errno.EIO, "lost network folder"),
    ],
)
def test_a_failed_write_keeps_the_file_the_work_and_says_why(
    main_window: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    errors: list[tuple[str, ...]],
    monkeypatch: pytest.MonkeyPatch,
    code: int,
    advice: str,
) -> None:
    path = _open(main_window, qtbot, tmp_path / "work")
    before = _files(path.parent)

    def fail(fd: int) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(io_files.os, "fsync", fail)  # after the bytes went to the temporary
    assert not main_window.save()
    title, text, _ = errors[0]
    assert title == "The design was not saved"
    assert str(path) in text and advice in text and "still open and unsaved" in text
    assert path.read_bytes() == UN_SAMPLE.read_bytes()  # never a partial file
    assert _files(path.parent) == before  # and no temporary left behind
    assert main_window.controller.modified and main_window.isWindowModified()
    assert main_window.controller.scenario.units["ead"].name == "Our Division"


def test_a_vanished_folder_is_reported_and_the_work_kept(
    main_window: MainWindow, qtbot: QtBot, tmp_path: Path, errors: list[tuple[str, ...]]
) -> None:
    path = _open(main_window, qtbot, tmp_path / "share")
    shutil.rmtree(path.parent)  # an unplugged drive, a lost network folder
    assert not main_window.save()
    assert "the folder no longer exists" in errors[0][1]
    assert main_window.controller.modified
    main_window.recovery.autosave()  # the recovery copy still holds the work
    [copy] = find_copies(main_window.settings.recovery_folder)
    assert loads(copy.path.read_bytes()).scenarios[1].units["ead"].name == "Our Division"


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_folder_is_reported(
    main_window: MainWindow, qtbot: QtBot, tmp_path: Path, errors: list[tuple[str, ...]]
) -> None:
    path = _open(main_window, qtbot, tmp_path / "locked")
    path.parent.chmod(0o500)
    try:
        assert not main_window.save()
    finally:
        path.parent.chmod(0o700)
    assert "read-only" in errors[0][1]
    assert path.read_bytes() == UN_SAMPLE.read_bytes()
