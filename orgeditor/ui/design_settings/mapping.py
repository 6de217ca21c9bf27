"""The question asked before deleting an entry that is still used: map it to which one?"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from orgeditor.ui.i18n import translate
from orgeditor.ui.text import plain_label


class MapToDialog(QDialog):
    """Says what uses an entry and offers the other entries to map it to before it goes.

    ``kind`` names what is deleted in the text (a :class:`Kind`, or a segment kind's noun);
    ``preferred`` is the choice shown first (the entry's neighbour, for a grade the
    next one down the ladder).
    """

    def __init__(
        self,
        item_id: str,
        used_by: list[str],
        choices: list[tuple[str, str]],
        preferred: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("MapToDialog", "Delete {0}").format(item_id))
        self.choice = QComboBox()
        for choice_id, name in choices:
            self.choice.addItem(f"{choice_id} — {name}", choice_id)
        self.choice.setCurrentIndex(max(0, self.choice.findData(preferred)))
        uses = "\n".join(f"• {line}" for line in used_by)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.map_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.map_button.setText(translate("MapToDialog", "&Map and Delete"))
        self.map_button.setEnabled(bool(choices))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        in_use = translate("MapToDialog", "{0} is in use:").format(item_id)
        layout.addWidget(plain_label(in_use, wrap=True))
        layout.addWidget(plain_label(uses, wrap=True))
        layout.addWidget(
            plain_label(
                translate(
                    "MapToDialog",
                    "Everything that uses it will use the one chosen below instead, "
                    "in one step you can undo.",
                ),
                wrap=True,
            )
        )
        form = QFormLayout()
        form.addRow(translate("MapToDialog", "Map to:"), self.choice)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self.choice.setFocus()  # Enter maps to the entry chosen

    def replacement(self) -> str:
        """The id chosen to map to."""
        return str(self.choice.currentData())
