"""The bottom of the printing package: what its modules share; it imports none of them.

Page text, the PDF writer and Qt's page size for a page setup, the paper
palette, cancelling, and the checks made before writing a file.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QColor, QPageLayout, QPageSize, QPalette, QPdfWriter
from PySide6.QtWidgets import QApplication

from orgeditor.layout.pages import PageSetup
from orgeditor.layout.paper_sizes import paper_size_mm
from orgeditor.ui.fonts import prefer_simplified_chinese


@dataclass(frozen=True)
class PageText:
    """What the header and footer of every page say."""

    title: str
    scenario: str
    date: str
    draft: bool = False
    legend: str = "none"  # "none", "first" (page) or "every" (page)
    grades: tuple[tuple[str, str], ...] = ()


def paper_palette() -> QPalette:
    """Black on white, whatever the screen's theme."""
    palette = QPalette()
    for role, colour in [
        (QPalette.ColorRole.Window, "#ffffff"),
        (QPalette.ColorRole.WindowText, "#1a1a1a"),
        (QPalette.ColorRole.Base, "#ffffff"),
        (QPalette.ColorRole.AlternateBase, "#f3f5f8"),
        (QPalette.ColorRole.Text, "#111111"),
        (QPalette.ColorRole.PlaceholderText, "#555555"),
        (QPalette.ColorRole.Mid, "#7f7f7f"),
        (QPalette.ColorRole.Midlight, "#c8c8c8"),
        (QPalette.ColorRole.Highlight, "#2e75b6"),
    ]:
        palette.setColor(role, QColor(colour))
    return palette


def qt_page_size(paper: str) -> QPageSize:
    """Qt's page size for a paper name or custom size (portrait; Qt finds its standard id)."""
    short, long = paper_size_mm(paper)
    return QPageSize(QSizeF(short, long), QPageSize.Unit.Millimeter, paper)


def qt_orientation(setup: PageSetup) -> QPageLayout.Orientation:
    """Qt's orientation of ``setup``."""
    if setup.orientation == "landscape":
        return QPageLayout.Orientation.Landscape
    return QPageLayout.Orientation.Portrait


def pdf_writer(path: Path, setup: PageSetup, title: str) -> QPdfWriter:
    """A vector PDF writer for ``setup``'s paper; text stays text (selectable, searchable)."""
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("orgeditor")
    writer.setPageLayout(
        QPageLayout(qt_page_size(setup.paper), qt_orientation(setup), QMarginsF(0, 0, 0, 0))
    )
    return writer


Progress = Callable[[int, int], bool]  # (pages done, pages in all) -> go on?


class Cancelled(Exception):
    """The user stopped a long export or print."""


def check_folder(out: Path) -> None:
    """Fail early, with a plain message, when ``out`` cannot be written.

    Raises:
        OSError: the folder is missing or not writable.
    """
    folder = out.resolve().parent
    if not folder.is_dir():
        raise FileNotFoundError(f"the folder {folder} does not exist")
    if not os.access(folder, os.W_OK):
        raise PermissionError(f"the folder {folder} is not writable")


def ensure_application() -> None:
    """A QApplication for drawing, offscreen when there is no display (batch jobs, CI),
    whose font draws Chinese in its Simplified Chinese face."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(["orgeditor-export"])
    prefer_simplified_chinese(app)
