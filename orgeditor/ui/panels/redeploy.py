"""Redeploy To…: pick the unit that receives the selected posts, by typing part of its name."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orgeditor.ui.i18n import number, translate
from orgeditor.ui.text import plain_label

UNIT = Qt.ItemDataRole.UserRole


class RedeployDialog(QDialog):
    """Lists the units (name and short name); emits ``unit_chosen`` with the id on OK."""

    unit_chosen = Signal(str)

    def __init__(
        self, units: list[tuple[str, str, str]], count: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("redeployDialog")
        self.setWindowTitle(translate("RedeployDialog", "Redeploy To"))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(translate("RedeployDialog", "Type part of a unit's name"))
        self.filter.setClearButtonEnabled(True)
        self.units = QListWidget()
        self.units.setObjectName("redeployUnits")
        for name, short_name, unit_id in units:
            label = f"{name} ({short_name})" if short_name and short_name != name else name
            item = QListWidgetItem(label)
            item.setData(UNIT, unit_id)
            self.units.addItem(item)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                translate("RedeployDialog", "Redeploy 1 post to:")
                if count == 1
                else translate("RedeployDialog", "Redeploy {0} posts to:").format(number(count))
            )
        )
        layout.addWidget(self.filter)
        layout.addWidget(self.units, 1)
        layout.addWidget(self.buttons)
        self.filter.textChanged.connect(self._on_filter_text_changed)
        self.units.currentItemChanged.connect(lambda *_: self._update_ok())
        self.units.itemDoubleClicked.connect(lambda _: self.accept())
        self._update_ok()
        self.resize(420, 480)

    def chosen(self) -> str | None:
        """The id of the unit picked, if one is."""
        item = self.units.currentItem()
        return item.data(UNIT) if item is not None and not item.isHidden() else None

    def accept(self) -> None:
        unit_id = self.chosen()
        if unit_id is None:
            return
        super().accept()
        self.unit_chosen.emit(unit_id)

    def _on_filter_text_changed(self, text: str) -> None:
        words = text.lower().split()
        first = None
        for row in range(self.units.count()):
            item = self.units.item(row)
            item.setHidden(not all(w in item.text().lower() for w in words))
            if first is None and not item.isHidden():
                first = item
        current = self.units.currentItem()
        if (current is None or current.isHidden()) and first is not None:
            self.units.setCurrentItem(first)
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.chosen() is not None)
