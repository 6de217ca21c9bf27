"""Design > Properties…: the design's title, author, description and provenance notes, and
a description of each scenario. OK makes every change one undo step; Cancel drops them.

Each provenance note is one paragraph: the notes are typed one per line.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from orgeditor.commands import CommandError
from orgeditor.commands.properties import properties_command
from orgeditor.model import Metadata
from orgeditor.ui.controller import DocumentController
from orgeditor.ui.design_settings.page import error_label, show_problem
from orgeditor.ui.i18n import translate
from orgeditor.ui.text import plain_label


def _text_box(height: int, hint: str = "") -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    box.setPlaceholderText(hint)
    return box


class DesignPropertiesDialog(QDialog):
    """Edits the metadata and the scenario descriptions of the controller's design."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("DesignPropertiesDialog", "Design Properties"))
        self.controller = controller
        design = controller.design
        meta = design.metadata
        self.title = QLineEdit(meta.title)
        self.author = QLineEdit(meta.author)
        self.description = _text_box(90)
        self.description.setPlainText(meta.description)
        self.provenance = _text_box(
            120,
            "One note per line: where each part of the design "
            "comes from, or [I] where it is illustrative",
        )
        self.provenance.setPlainText("\n".join(meta.provenance))
        form = QFormLayout()
        for text, widget in (
            ("&Title:", self.title),
            ("&Author:", self.author),
            ("&Description:", self.description),
            ("&Provenance notes:", self.provenance),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.scenarios: dict[str, QPlainTextEdit] = {}
        described = QFormLayout()
        for scenario in design.scenarios:
            box = _text_box(60)
            box.setPlainText(scenario.description)
            self.scenarios[scenario.id] = box
            described.addRow(plain_label(f"{scenario.name}:"), box)
        group = QGroupBox(translate("DesignPropertiesDialog", "Scenario descriptions"))
        group.setLayout(described)
        self.problem = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_ok_clicked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(group)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(640, 560)

    def metadata(self) -> Metadata:
        """The metadata the form holds."""
        notes = [n.strip() for n in self.provenance.toPlainText().splitlines() if n.strip()]
        return Metadata(
            self.title.text().strip(),
            self.author.text().strip(),
            self.description.toPlainText().strip(),
            notes,
        )

    def descriptions(self) -> dict[str, str]:
        """Each scenario's description as typed, by scenario id."""
        return {sid: box.toPlainText().strip() for sid, box in self.scenarios.items()}

    def _on_ok_clicked(self) -> None:
        """Apply the changes as one step and close; say what is wrong and stay otherwise."""
        metadata, descriptions = self.metadata(), self.descriptions()
        design = self.controller.design
        unchanged = metadata == design.metadata and all(
            descriptions.get(s.id, s.description) == s.description for s in design.scenarios
        )
        if not unchanged:
            try:
                properties_command(design, metadata, descriptions)
            except CommandError as error:
                show_problem(self.problem, str(error))
                return
            self.controller.edit(lambda d: properties_command(d, metadata, descriptions))
        self.accept()
