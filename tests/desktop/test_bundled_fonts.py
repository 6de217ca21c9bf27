"""The frozen bundle registers the font it carries (``orgeditor/ui/fonts.py``)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

from orgeditor.ui import fonts

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")


def test_not_frozen_there_is_no_bundled_folder() -> None:
    assert fonts.bundled_fonts_folder() is None


def test_the_bundled_folder_is_under_the_frozen_programs_internal_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr("sys.frozen", True, raising=False)
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)
    assert fonts.bundled_fonts_folder() == tmp_path / "fonts"


@pytest.mark.skipif(not DEJAVU.is_file(), reason="no DejaVu Sans here (fonts-dejavu-core)")
def test_the_fonts_in_the_folder_are_registered_and_drawable(
    qapp: QApplication, tmp_path: Path
) -> None:
    shutil.copy(DEJAVU, tmp_path / "Bundled.ttf")
    (tmp_path / "LICENSE.txt").write_text("not a font")
    assert fonts.add_bundled_fonts(qapp, tmp_path) == ["DejaVu Sans"]
    assert "DejaVu Sans" in QFontDatabase.families()
    assert fonts.add_bundled_fonts(qapp, tmp_path / "missing") == []
    assert fonts.add_bundled_fonts(qapp, None) == []
    assert QFontInfo(qapp.font()).family()  # the system had fonts: its own default is kept
