"""Help > About: what the app is, and the versions a bug report needs, with a Copy button."""

from __future__ import annotations

import platform
import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from orgeditor import __version__
from orgeditor.ui.i18n import QT_TRANSLATE_NOOP, translate

BLURB = QT_TRANSLATE_NOOP(
    "AboutDialog",
    "An editor for organisation designs: posts, grades, funding sources and the rules a "
    "restructuring must keep.",
)


def version_report() -> str:
    """The versions of orgeditor, Qt, PySide6, Python and the platform, one per line."""
    build = (
        translate("AboutDialog", "bundle")
        if getattr(sys, "frozen", False)
        else translate("AboutDialog", "Python package")
    )
    return "\n".join(
        [
            f"orgeditor {__version__} ({build})",
            f"Qt {qVersion()}",
            f"PySide6 {pyside_version}",
            f"Python {platform.python_version()} ({platform.python_implementation()})",
            translate("AboutDialog", "Platform {0}").format(platform.platform()),
        ]
    )


class AboutDialog(QDialog):
    """The app's name and purpose, and its versions in a field the user can copy."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("AboutDialog", "About orgeditor"))
        title = QLabel(f"orgeditor {__version__}")
        title.setTextFormat(Qt.TextFormat.PlainText)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        blurb = QLabel(translate("AboutDialog", BLURB))
        blurb.setTextFormat(Qt.TextFormat.PlainText)
        blurb.setWordWrap(True)
        self.versions = QPlainTextEdit(version_report())
        self.versions.setReadOnly(True)
        self.versions.setAccessibleName(translate("AboutDialog", "Versions"))
        lines = version_report().count("\n") + 2
        self.versions.setFixedHeight(self.versions.fontMetrics().lineSpacing() * lines + 12)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(translate("AboutDialog", "&Copy Versions"))
        self.copy_button.setToolTip(translate("AboutDialog", "Copy the versions for a bug report"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self._on_copy_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (
            title,
            blurb,
            QLabel(translate("AboutDialog", "Versions:")),
            self.versions,
            buttons,
        ):
            layout.addWidget(widget)
        self.resize(520, self.sizeHint().height())

    def _on_copy_clicked(self) -> None:
        QApplication.clipboard().setText(self.versions.toPlainText())
        self.copy_button.setText(translate("AboutDialog", "Copied"))
