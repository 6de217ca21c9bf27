"""The single file's first start asks once to join the desktop, and acts on the answer.

The dialog is answered by clicking its button offscreen; the oracle is the files
on disk (the desktop entry and its ``Exec`` line) and whether a second start asks.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from orgeditor.ui import desktop, first_start
from orgeditor.ui.first_start import Offer, decide

BUNDLES = Path("/home/u/.local/share/orgeditor/bundle")
OLD = f"[Desktop Entry]\nExec={BUNDLES}/0.1.0/orgeditor %F\n"
NEW = f"[Desktop Entry]\nExec={BUNDLES}/0.2.0/orgeditor %F\n"


@pytest.mark.parametrize(
    ("single_file", "installed", "declined", "expected"),
    [
        (False, None, False, Offer.NOTHING),  # pip install or the folder bundle: never asks
        (True, None, False, Offer.ASK),
        (True, None, True, Offer.NOTHING),  # declined once: never again
        (True, NEW, False, Offer.NOTHING),  # already this version's entry
        (True, OLD, False, Offer.UPDATE),  # an earlier single file's entry: follow the new one
        (True, OLD, True, Offer.UPDATE),
        (True, "[Desktop Entry]\nExec=/usr/bin/orgeditor %F\n", False, Offer.NOTHING),  # not ours
    ],
)
def test_the_decision(
    single_file: bool, installed: str | None, declined: bool, expected: Offer
) -> None:
    assert decide(single_file, installed, NEW, declined, BUNDLES) is expected


class _Answers:
    """Clicks ``button`` in every question box that opens; counts them."""

    def __init__(self, button: QMessageBox.StandardButton) -> None:
        self.button, self.asked, self.texts = button, 0, []
        self.timer = QTimer(interval=20)
        self.timer.timeout.connect(self._answer)
        self.timer.start()

    def _answer(self) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            self.asked += 1
            self.texts.append(box.text())
            box.button(self.button).click()


@pytest.fixture
def single_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> tuple[QSettings, Path]:
    monkeypatch.setenv("ORGEDITOR_SINGLE_FILE", str(tmp_path / "orgeditor.run"))
    monkeypatch.setattr(desktop, "refresh_caches", lambda home, run=None: [])
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat), tmp_path / "data"


def test_yes_installs_the_entry_and_a_later_start_does_not_ask(
    qapp: QApplication, single_file: tuple[QSettings, Path]
) -> None:
    store, home = single_file
    answers = _Answers(QMessageBox.StandardButton.Yes)
    assert first_start.offer(None, store, home) is Offer.ASK
    assert answers.asked == 1 and "applications menu" in answers.texts[0]
    entry = (home / "applications" / "orgeditor.desktop").read_text()
    exec_line = next(line for line in entry.splitlines() if line.startswith("Exec="))
    assert exec_line.endswith(" %F") and "orgeditor" in exec_line
    assert (home / "mime" / "packages" / "orgeditor.xml").is_file()
    assert first_start.offer(None, store, home) is Offer.NOTHING
    assert answers.asked == 1


def test_no_is_remembered_and_installs_nothing(
    qapp: QApplication, single_file: tuple[QSettings, Path]
) -> None:
    store, home = single_file
    answers = _Answers(QMessageBox.StandardButton.No)
    assert first_start.offer(None, store, home) is Offer.ASK
    assert not home.exists() or not any(home.rglob("*.desktop"))
    store.sync()
    reopened = QSettings(store.fileName(), QSettings.Format.IniFormat)  # as the next start reads it
    assert first_start.offer(None, reopened, home) is Offer.NOTHING
    assert answers.asked == 1


def test_without_the_single_file_nothing_is_asked(
    qapp: QApplication, single_file: tuple[QSettings, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ORGEDITOR_SINGLE_FILE")
    store, home = single_file
    answers = _Answers(QMessageBox.StandardButton.Yes)
    assert first_start.offer(None, store, home) is Offer.NOTHING
    assert answers.asked == 0 and not home.exists()
