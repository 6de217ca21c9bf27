"""A damaged settings file never stops the window: what cannot be read is passed over."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from orgeditor.ui.main_window import MainWindow
from orgeditor.ui.settings import AppSettings
from tests.conftest import UN_SAMPLE

SAMPLE = str(UN_SAMPLE.resolve())


@pytest.mark.parametrize(
    ("stored", "listed"),
    [
        ("@ByteArray(/designs/a.orgdesign)", []),  # a byte array, not text
        ("@Variant(\\0\\0\\0\\x2\\0\\0\\0\\x5)", []),  # a number
        (f"{SAMPLE}, @ByteArray(/designs/a.orgdesign)", [UN_SAMPLE.name]),  # one good path
    ],
    ids=["bytes", "number", "one-good-path"],
)
def test_recent_files_that_are_not_text_are_passed_over(
    qtbot: QtBot, tmp_path: Path, stored: str, listed: list[str]
) -> None:
    ini = tmp_path / "damaged.ini"
    ini.write_text(f"[files]\nrecent={stored}\n", encoding="utf-8")
    settings = AppSettings(QSettings(str(ini), QSettings.Format.IniFormat), tmp_path / "data")
    window = MainWindow(settings)
    qtbot.addWidget(window)
    page = window.show_start_page()  # what the app shows first when started with no file
    rows = [page.recent.item(i).text() for i in range(page.recent.count())]
    assert rows == (listed or ["No recent files yet"])
    assert window.open_file(UN_SAMPLE)  # which puts it first in the recent files
    settings.store.sync()
    assert AppSettings(QSettings(str(ini), QSettings.Format.IniFormat)).recent_files() == [SAMPLE]
