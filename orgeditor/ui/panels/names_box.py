"""The "Names in other languages" box (issue 19 §2), for a unit, a post's title,
a scenario or a required body.

A table of the names side by side: one row per language the design uses
(language, name, short name; a post's title has no short form, so its table
has no such column), and a field to add a language. Editing a cell emits the
whole new ``names`` map as ``names_requested``; the owner makes it one undo
step (the Inspector through ``SetUnitFieldCommand``). An emptied name removes
that language.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orgeditor.io.name_columns import unit_languages
from orgeditor.model import Design, LocalName, Unit
from orgeditor.model.names import language_tag, same_language
from orgeditor.model.text import NAME, SHORT, fitted_text
from orgeditor.ui.chart_language import language_label
from orgeditor.ui.text import plain_label

TAG = Qt.ItemDataRole.UserRole


class NamesBox(QGroupBox):
    """Shows and edits one thing's names in other languages (a unit's by default).

    With ``short_names`` False the table has no short-name column (a post's title);
    the owner then sets the box's title and tip to say what is named. The table is as
    high as its rows, or ``visible_rows`` rows at most (it scrolls beyond: a page
    with no room to grow).
    """

    names_requested = Signal(object)  # dict[str, LocalName]

    def __init__(
        self,
        parent: QWidget | None = None,
        short_names: bool = True,
        visible_rows: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._visible_rows = visible_rows
        self.setTitle(self.tr("Names in other languages"))
        self.setToolTip(self.tr("The unit's name and short name in each language of the design"))
        self._names: dict[str, LocalName] = {}
        self._own = "en"
        self._filling = False
        self._short = short_names
        self.table = QTableWidget(0, 3 if short_names else 2)
        self.table.setObjectName("unitNames")
        labels = [self.tr("Language"), self.tr("Name"), self.tr("Short name")]
        self.table.setHorizontalHeaderLabels(labels if short_names else labels[:2])
        self.table.setToolTip(self.tr("Type a name to add it; empty the name to remove it"))
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        if short_names:
            header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(2, 90)
        self.table.setWordWrap(False)
        self.table.itemChanged.connect(self._on_item_changed)
        self.new_tag = QLineEdit()
        self.new_tag.setObjectName("newLanguage")
        self.new_tag.setPlaceholderText(self.tr("Language tag, e.g. ru or pt-BR"))
        self.new_tag.setToolTip(self.tr("A BCP 47 language tag for a new row of names"))
        self.add = QPushButton(self.tr("Add Language"))
        self.add.setObjectName("addLanguage")
        self.add.setToolTip(self.tr("Add a row for names in this language"))
        self.add.clicked.connect(self._on_add_clicked)
        self.new_tag.returnPressed.connect(self._on_add_clicked)
        self.status = plain_label(wrap=True)
        self.status.hide()
        row = QHBoxLayout()
        row.addWidget(self.new_tag, 1)
        row.addWidget(self.add)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(self.status)

    def show_unit(self, design: Design, unit: Unit) -> None:
        """Fill the table: every language the design's units use, then any the unit adds."""
        self.show_names(design.metadata.language, unit_languages(design), unit.names)

    def show_names(self, own: str, tags: list[str], names: Mapping[str, LocalName]) -> None:
        """Fill the table: a row per language of ``tags``, then any ``names`` adds;
        ``own`` is the design's own language (it has no row)."""
        self._names = dict(names)
        self._own = own
        tags = [*tags, *(tag for tag in names if tag not in tags)]
        self._filling = True
        try:
            self.table.setRowCount(0)
            for tag in tags:
                self._add_row(tag, names.get(tag))
        finally:
            self._filling = False
        self._fit_height()

    def _add_row(self, tag: str, local: LocalName | None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        language = QTableWidgetItem(tag)  # the tag keeps the names wide in a narrow dock
        language.setToolTip(language_label(tag, self._own))
        language.setData(TAG, tag)
        language.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.table.setItem(row, 0, language)
        self.table.setItem(row, 1, QTableWidgetItem(local.name if local else ""))
        if self._short:
            self.table.setItem(row, 2, QTableWidgetItem(local.short_name if local else ""))
        for column in range(1, self.table.columnCount()):
            item = self._cell(row, column)
            item.setToolTip(item.text())

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None  # every row is filled whole by _add_row
        return item

    def _fit_height(self) -> None:
        shown = range(min(self.table.rowCount(), self._visible_rows or self.table.rowCount()))
        rows = sum(self.table.rowHeight(r) for r in shown)
        header = self.table.horizontalHeader()  # its hint: a hidden header has no height yet
        high = max(header.height(), header.sizeHint().height())
        self.table.setFixedHeight(high + rows + 6)

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _on_add_clicked(self) -> None:
        try:
            tag = language_tag(self.new_tag.text())
        except ValueError as error:
            self._say(str(error))
            return
        if same_language(tag, self._own):
            self._say(self.tr("{0} is the design's own language: edit the name above").format(tag))
            return
        shown = [self._cell(r, 0).data(TAG) for r in range(self.table.rowCount())]
        if not any(same_language(tag, other) for other in shown):
            self._filling = True
            try:
                self._add_row(tag, None)
            finally:
                self._filling = False
            self._fit_height()
        self._say("")
        self.new_tag.clear()
        rows = range(self.table.rowCount())
        row = next(r for r in rows if same_language(self._cell(r, 0).data(TAG), tag))
        self.table.setCurrentCell(row, 1)

    def current(self) -> dict[str, LocalName]:
        """The names the table shows now, texts fitted to the format's limits."""
        names: dict[str, LocalName] = {}
        for row in range(self.table.rowCount()):
            name, _ = fitted_text(self._cell(row, 1).text(), NAME)
            short, _ = fitted_text(self._cell(row, 2).text() if self._short else "", SHORT)
            if name.strip():
                names[self._cell(row, 0).data(TAG)] = LocalName(name.strip(), short.strip())
        return names

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() == 0:
            return
        row = item.row()
        if item.column() == 2 and item.text().strip() and not self._cell(row, 1).text().strip():
            self._say(self.tr("A short name needs a name in the same language."))
            return
        self._say("")
        names = self.current()
        if names != self._names:
            self.names_requested.emit(names)
