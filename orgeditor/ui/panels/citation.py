"""The Inspector's "Source" box: where the selected unit comes from (issue 21).

A reference (document and paragraph), whether the unit is inferred rather than
stated there, and why. A complete citation is emitted as ``citation_requested``;
the controller turns it into one undoable ``SetUnitFieldCommand``. A citation
that would be refused (inferred with no reason yet) is not emitted: the box says
what is missing and waits for it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLineEdit, QWidget

from orgeditor.model import Citation, citation_problems
from orgeditor.model.text import SHORT, TEXT, fitted_text
from orgeditor.ui.text import plain_label


class CitationBox(QGroupBox):
    """Shows and edits one unit's citation; emits ``citation_requested`` with a new one."""

    citation_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Source"))
        self.setToolTip(
            self.tr("The document and paragraph that state this unit, or why it is inferred")
        )
        self._shown = Citation()
        self._filling = False
        self.ref = QLineEdit()
        self.ref.setObjectName("citationRef")
        self.ref.setPlaceholderText(self.tr("Document and paragraph, e.g. A/72/525 para. 24"))
        self.ref.setToolTip(self.tr("The document and paragraph that state this unit"))
        self.inferred = QCheckBox(self.tr("Inferred: the reference does not state it"))
        self.inferred.setObjectName("citationInferred")
        self.inferred.setToolTip(
            self.tr("Tick when no document states this unit: the design then says [I] and why")
        )
        self.reason = QLineEdit()
        self.reason.setObjectName("citationReason")
        self.reason.setPlaceholderText(self.tr("Why it is inferred"))
        self.reason.setToolTip(self.tr("Why the unit is inferred"))
        self.status = plain_label(wrap=True)
        form = QFormLayout(self)
        form.addRow(self.tr("Reference:"), self.ref)
        form.addRow(self.inferred)
        form.addRow(self.tr("Reason:"), self.reason)
        form.addRow(self.status)
        self.ref.editingFinished.connect(self._on_edited)
        self.reason.editingFinished.connect(self._on_edited)
        self.inferred.toggled.connect(self._on_edited)

    def show_citation(self, citation: Citation) -> None:
        """Fill the box from ``citation`` (the selected unit's)."""
        self._filling = True
        try:
            self._shown = citation
            self.ref.setText(citation.ref)
            self.ref.setCursorPosition(0)
            self.inferred.setChecked(citation.inferred)
            self.reason.setText(citation.reason)
            self.reason.setCursorPosition(0)
            # a long reason shows whole here
            self.reason.setToolTip(citation.reason or self.tr("Why the unit is inferred"))
            self._say(citation)
        finally:
            self._filling = False

    def current(self) -> Citation:
        """The citation the box shows now, its texts fitted to the format's limits."""
        ref, _ = fitted_text(self.ref.text(), SHORT)
        reason, _ = fitted_text(self.reason.text(), TEXT)
        return Citation(ref.strip(), self.inferred.isChecked(), reason.strip())

    def _say(self, citation: Citation) -> None:
        problems = citation_problems(citation)
        if problems:
            self.status.setText("; ".join(problems))
        elif citation.inferred:
            self.status.setText(self.tr("[I] inferred"))
        elif citation.ref:
            self.status.setText(self.tr("[S] sourced"))
        else:
            self.status.setText(self.tr("No source given."))

    def _on_edited(self) -> None:
        if self._filling:
            return
        citation = self.current()
        self._say(citation)
        if citation != self._shown and not citation_problems(citation):
            self.citation_requested.emit(citation)
