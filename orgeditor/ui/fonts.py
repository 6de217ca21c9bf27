"""The fonts text is drawn with: the bundle's, for systems that have none, and Chinese's own.

``packaging/build-linux.sh`` copies DejaVu Sans (four faces, with its licence)
into the bundle's ``_internal/fonts``; a bare system (a container, a minimal
install) may have no font at all, and then every label and chart would be blank.

Han characters are drawn with the Simplified Chinese face of Noto Sans CJK
(:func:`prefer_simplified_chinese`): fontconfig's fallback for Han is the Japanese
face, whose glyphs differ from the forms Chinese readers expect (and UN documents print).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QGuiApplication
from PySide6.QtWidgets import QApplication

BUNDLED_FAMILY = "DejaVu Sans"
HAN_FAMILY = "Noto Sans CJK SC"  # Debian/Ubuntu fonts-noto-cjk


def bundled_fonts_folder() -> Path | None:
    """``_internal/fonts`` of the frozen bundle, or None when not frozen."""
    base = getattr(sys, "_MEIPASS", None)
    return Path(base) / "fonts" if getattr(sys, "frozen", False) and base else None


def add_bundled_fonts(app: QApplication, folder: Path | None) -> list[str]:
    """Register the fonts in ``folder``; returns the families added.

    When the system offered no family of its own, the first bundled family
    becomes the application font, so text is drawn with it everywhere.
    """
    if folder is None or not folder.is_dir():
        return []
    had_fonts = bool(QFontDatabase.families())
    families: list[str] = []
    for path in sorted(folder.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        families += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families]
    if families and not had_fonts:
        app.setFont(QFont(families[0]))
    return families


def prefer_simplified_chinese(app: QGuiApplication) -> None:
    """Make ``HAN_FAMILY`` the application font's first fallback, for the glyphs its own
    face lacks (Han), on screen and on paper alike.

    The first family stays the face the default resolves to (DejaVu Sans here), so Latin,
    Cyrillic and Arabic text keep their face and their widths: naming the generic family
    ("Sans Serif") beside a fallback would let fontconfig pick the CJK face for every script.
    Without the family installed, nothing changes.
    """
    font = app.font()
    if HAN_FAMILY in font.families():
        return
    font.setFamilies([QFontInfo(font).family(), HAN_FAMILY])
    app.setFont(font)


def paper_font() -> QFont:
    """DejaVu Sans for the words printed around a chart (legend, page frame, tables), with
    ``HAN_FAMILY`` for Han glyphs: a Chinese chart's words in the Simplified Chinese face."""
    font = QFont()
    font.setFamilies(["DejaVu Sans", HAN_FAMILY])
    return font
