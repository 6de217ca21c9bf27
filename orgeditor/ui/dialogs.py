"""Small dialogs: move selected units with the keyboard, and the unsaved-changes question."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from orgeditor.model import Scenario
from orgeditor.ui.i18n import translate
from orgeditor.ui.text import plain_label

ID_ROLE = Qt.ItemDataRole.UserRole


class MoveToDialog(QDialog):
    """Pick the new parent of the selected units by typing part of its name."""

    def __init__(
        self, scenario: Scenario, unit_ids: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("MoveToDialog", "Move to…"))
        moving = set(unit_ids)
        blocked = {u for u in scenario.units if moving & {u, *scenario.ancestors(u)}}
        names = ", ".join(
            scenario.units[u].short_name or scenario.units[u].name for u in unit_ids[:3]
        )
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("MoveToDialog", "Type to filter units"))
        self.list = QListWidget()
        for unit in sorted(scenario.units.values(), key=lambda u: u.name.lower()):
            if unit.id in blocked:
                continue
            label = f"{unit.name} ({unit.short_name})" if unit.short_name else unit.name
            item = QListWidgetItem(label)
            item.setData(ID_ROLE, unit.id)
            self.list.addItem(item)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                translate("MoveToDialog", "Move {0} under:").format(
                    names + (" …" if len(unit_ids) > 3 else "")
                )
            )
        )
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.list.itemDoubleClicked.connect(lambda _: self.accept())
        self.search.setAccessibleName(translate("MoveToDialog", "Filter units"))
        self.list.setAccessibleName(translate("MoveToDialog", "New parent"))
        self.resize(460, 520)
        self._on_search_text_changed("")

    def _on_search_text_changed(self, text: str) -> None:
        needle = text.casefold()
        first = -1  # no row shown: none is current
        for index in range(self.list.count()):
            item = self.list.item(index)
            hidden = needle not in item.text().casefold()
            item.setHidden(hidden)
            if not hidden and first < 0:
                first = index
        self.list.setCurrentRow(first)

    def chosen(self) -> str | None:
        """The id of the chosen unit."""
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item and not item.isHidden() else None


def ask_to_save(parent: QWidget, name: str) -> QMessageBox.StandardButton:
    """Save, Discard or Cancel for a design with unsaved changes."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("Dialogs", "Unsaved changes"),
        translate("Dialogs", "{0} has changes that are not saved. Save them?").format(name),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    return QMessageBox.StandardButton(box.exec())


def ask_about_changed_file(parent: QWidget, path: str) -> str:
    """``overwrite``, ``save-as`` or ``cancel`` when the file changed on disk since it was read."""
    return _ask_to_overwrite(
        parent,
        translate("Dialogs", "The file changed on disk"),
        translate(
            "Dialogs",
            "{0} was changed by another program or person since you opened or saved it.",
        ).format(path),
        translate(
            "Dialogs",
            "Overwrite replaces their version with yours (it is kept as the backup file ending "
            "in ~). Save As keeps both.",
        ),
    )


def ask_about_read_only_file(parent: QWidget, path: str) -> str:
    """``overwrite``, ``save-as`` or ``cancel`` when the file is marked read-only."""
    return _ask_to_overwrite(
        parent,
        translate("Dialogs", "The file is read-only"),
        translate("Dialogs", "{0} is marked read-only: someone meant it to stay as it is.").format(
            path
        ),
        translate(
            "Dialogs",
            "Overwrite replaces it anyway (the old version is kept as the backup file ending "
            "in ~, and the file stays read-only). Save As writes a new file.",
        ),
    )


def _ask_to_overwrite(parent: QWidget, title: str, text: str, informative: str) -> str:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.setInformativeText(informative)
    overwrite = box.addButton(
        translate("Dialogs", "Overwrite"), QMessageBox.ButtonRole.DestructiveRole
    )
    save_as = box.addButton(translate("Dialogs", "Save As…"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save_as)
    box.exec()
    clicked = box.clickedButton()
    return "overwrite" if clicked is overwrite else "save-as" if clicked is save_as else "cancel"
