"""File > New: a small chooser of the templates a new design starts from."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orgeditor.io.templates import DEFAULT_TEMPLATE, Template
from orgeditor.ui.i18n import translate
from orgeditor.ui.text import plain_label

ID_ROLE = Qt.ItemDataRole.UserRole


class NewDesignDialog(QDialog):
    """Lists each template's name and one-line description; OK or a double-click picks one."""

    def __init__(self, choices: list[Template], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("NewDesignDialog", "New design"))
        self.list = QListWidget()
        self.list.setObjectName("templateList")
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        for template in choices:
            item = QListWidgetItem(f"{template.name}\n{template.description}")
            item.setData(ID_ROLE, template.id)
            item.setToolTip(template.description)
            self.list.addItem(item)
            if template.id == DEFAULT_TEMPLATE:
                self.list.setCurrentItem(item)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("NewDesignDialog", "Create")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(translate("NewDesignDialog", "Start the new design from:")))
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.list.itemDoubleClicked.connect(lambda _: self.accept())
        self.resize(520, 300)

    def chosen(self) -> str | None:
        """The id of the selected template, if any."""
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else None


def choose_template(parent: QWidget, choices: list[Template]) -> str | None:
    """Ask which template to start from; None when the user cancels."""
    dialog = NewDesignDialog(choices, parent)
    return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
