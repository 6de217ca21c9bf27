"""Help > User Guide: the short guide shipped with the package, shown in the app."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from orgeditor.assets import resource
from orgeditor.ui.i18n import translate

GUIDE = ("guide", "user-guide.md")


class UserGuideDialog(QDialog):
    """The user guide (Markdown from ``resources/guide``), in a reader with links to the web off."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("UserGuideDialog", "User guide"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("userGuide")
        self.browser.setAccessibleName(translate("UserGuideDialog", "User guide"))
        self.browser.setOpenExternalLinks(True)
        try:
            self.browser.setMarkdown(resource(*GUIDE).read_text(encoding="utf-8"))
        except OSError as error:
            self.browser.setPlainText(
                f"The user guide cannot be read: {error}. Reinstall orgeditor to restore it."
            )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(720, 760)
