"""Help > About shows the versions a bug report needs and copies them."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QApplication

from orgeditor import __version__
from orgeditor.ui.about import AboutDialog


def test_about_copies_the_versions(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    about = next(a for a in main_window.menuBar().actions() if "Help" in a.text()).menu()
    next(a for a in about.actions() if a.text().startswith("&About")).trigger()
    dialog = main_window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    QApplication.clipboard().clear()
    dialog.copy_button.click()
    copied = QApplication.clipboard().text()
    for expected in (
        f"orgeditor {__version__}",
        f"Qt {qVersion()}",
        f"PySide6 {pyside_version}",
        f"Python {platform.python_version()}",
        platform.platform(),
    ):
        assert expected in copied
    dialog.close()
