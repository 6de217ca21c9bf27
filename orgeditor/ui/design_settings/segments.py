"""The Segments page: regions and the planner's other segment lists, with their items.

The list on the left holds the segment kinds, regions first (the built-in kind,
whose code and name are fixed); the form on the right edits the selected kind:
its code, its singular name ("client group"), whether each item needs one entry
point and at which grade, and its items (code, name, description) in place.
Everything stays pending until Apply, which pushes one command
(:func:`~orgeditor.commands.segments.set_segments`): renamed codes follow into
the units. Deleting an item units use asks which item takes its place; deleting
a kind units use asks before clearing those uses.
"""

from __future__ import annotations

import copy

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orgeditor.commands.segments import (
    ItemDraft,
    KindDraft,
    drafts_of,
    segment_problems,
    segment_uses,
    set_segments,
)
from orgeditor.model import Design
from orgeditor.ui.design_settings.coded_rows import CodedRowsTable
from orgeditor.ui.design_settings.mapping import MapToDialog
from orgeditor.ui.design_settings.page import Factory, SettingsPage, choice_box, error_label
from orgeditor.ui.i18n import QT_TRANSLATE_NOOP, translate
from orgeditor.ui.text import plain_label

NO_GRADE = QT_TRANSLATE_NOOP("SegmentsPage", "(any grade)")
HINT = QT_TRANSLATE_NOOP(
    "SegmentsPage",
    "A segment kind is a list the organisation is divided by: regions, client groups, "
    "sectors. Units belong to an item and may be its entry point (Inspector, Segments). "
    "When a kind needs one entry point, the rules ask for exactly one per item.",
)
KIND_HEADERS = (
    QT_TRANSLATE_NOOP("SegmentsPage", "Code"),
    QT_TRANSLATE_NOOP("SegmentsPage", "Name"),
    QT_TRANSLATE_NOOP("SegmentsPage", "Entry points"),
    QT_TRANSLATE_NOOP("SegmentsPage", "Grade"),
)


class SegmentsPage(SettingsPage):
    """Edit the segment kinds and their items; Apply makes every pending change one step."""

    title = QT_TRANSLATE_NOOP("SettingsPage", "Segments")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown: object = None
        self._base: list[KindDraft] = []
        self.drafts: list[KindDraft] = []
        # deleted item -> the item taking its uses (by its code in the design, if it has one)
        self.mapped: dict[tuple[str, str], str] = {}
        self.cleared: set[str] = set()  # kinds deleted although units use them
        self._grades: list[str] = []
        self._row = 0
        self.kinds = QTableWidget(0, len(KIND_HEADERS))
        self.kinds.setHorizontalHeaderLabels([translate("SegmentsPage", h) for h in KIND_HEADERS])
        self.kinds.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.kinds.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.kinds.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.kinds.verticalHeader().hide()
        header = self.kinds.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.kinds.itemSelectionChanged.connect(self._on_kinds_selection_changed)
        self.new_kind = QPushButton(translate("SegmentsPage", "&New Kind"))
        self.delete_kind = QPushButton(translate("SegmentsPage", "&Delete Kind…"))
        self.kind_up, self.kind_down = (
            QPushButton(translate("SegmentsPage", "Move &Up")),
            QPushButton(translate("SegmentsPage", "Move Do&wn")),
        )
        self.new_kind.clicked.connect(self._on_new_kind_clicked)
        self.delete_kind.clicked.connect(self._on_delete_kind_clicked)
        self.kind_up.clicked.connect(lambda: self._move_kind(-1))
        self.kind_down.clicked.connect(lambda: self._move_kind(+1))
        left = QVBoxLayout()
        left.addWidget(self.kinds, 1)
        left.addLayout(_row_of(self.new_kind, self.delete_kind, self.kind_up, self.kind_down))
        left.addWidget(plain_label(translate("SegmentsPage", HINT), wrap=True))

        self.heading = plain_label()
        self.heading.setStyleSheet("font-weight: bold;")
        self.code, self.name = QLineEdit(), QLineEdit()
        self.name.setPlaceholderText(translate("SegmentsPage", "singular, such as client group"))
        self.checked = QCheckBox(translate("SegmentsPage", "Each item needs one &entry point"))
        self.grade = choice_box()
        self.errors = {key: error_label() for key in ("id", "name", "grade", "items", "")}
        form = QFormLayout()
        form.addRow(self.heading)
        for text, field, key in (
            (translate("SegmentsPage", "&Code"), self.code, "id"),
            (translate("SegmentsPage", "&Singular name"), self.name, "name"),
            (translate("SegmentsPage", "Entry-point &grade"), self.grade, "grade"),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
            form.addRow("", self.errors[key])
            if key == "name":
                form.addRow("", self.checked)
        self.items = CodedRowsTable()
        self.new_item, self.delete_item = (
            QPushButton(translate("SegmentsPage", "New &Item")),
            QPushButton(translate("SegmentsPage", "Delete I&tem…")),
        )
        self.item_up, self.item_down = (
            QPushButton(translate("SegmentsPage", "Item U&p")),
            QPushButton(translate("SegmentsPage", "Item D&own")),
        )
        self.new_item.clicked.connect(self.items.add_row)
        self.delete_item.clicked.connect(self._on_delete_item_clicked)
        self.item_up.clicked.connect(lambda: self.items.move_current(-1))
        self.item_down.clicked.connect(lambda: self.items.move_current(+1))
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(plain_label(translate("SegmentsPage", "Items:")))
        right.addWidget(self.items, 1)
        right.addLayout(_row_of(self.new_item, self.delete_item, self.item_up, self.item_down))
        right.addWidget(self.errors["items"])
        right.addWidget(self.errors[""])
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)
        self.code.textEdited.connect(self._on_form_edited)
        self.name.textEdited.connect(self._on_form_edited)
        self.checked.toggled.connect(self._on_form_edited)
        self.grade.currentIndexChanged.connect(self._on_form_edited)
        self.items.edited.connect(self._on_items_edited)
        self.items.itemSelectionChanged.connect(self._update_buttons)

    # --- showing ----------------------------------------------------------------------------
    def show_design(self, design: Design) -> None:
        self.design = design
        grades = [(g.id, g.name) for g in design.grades]
        shown = (drafts_of(design), grades)
        if shown == self._shown:
            return  # nothing this page shows changed: keep what is being edited
        self._shown = shown
        self._base, self._grades = drafts_of(design), [g for g, _ in grades]
        self.drafts, self.mapped, self.cleared = copy.deepcopy(self._base), {}, set()
        self.grade.blockSignals(True)
        self.grade.clear()
        self.grade.addItem(translate("SegmentsPage", NO_GRADE), "")
        for grade_id, name in grades:
            self.grade.addItem(f"{grade_id} — {name}", grade_id)
        self.grade.blockSignals(False)
        self._fill_kinds()
        self._select(min(self._row, len(self.drafts) - 1))

    def _fill_kinds(self) -> None:
        self.kinds.blockSignals(True)
        self.kinds.setRowCount(len(self.drafts))
        for row, kind in enumerate(self.drafts):
            texts = (
                kind.id,
                translate("SegmentsPage", "region (built in)") if kind.is_region else kind.name,
                translate("SegmentsPage", "one per item")
                if kind.entry_points
                else translate("SegmentsPage", "not checked"),
                kind.grade or "",
            )
            for column, text in enumerate(texts):
                self.kinds.setItem(row, column, QTableWidgetItem(text))
        self.kinds.selectRow(self._row)
        self.kinds.blockSignals(False)

    def _select(self, row: int) -> None:
        """Show kind ``row`` in the form and its items in the table."""
        self._row = row
        kind = self.drafts[row]
        self.kinds.blockSignals(True)
        self.kinds.selectRow(row)
        self.kinds.blockSignals(False)
        heading = (
            translate("SegmentsPage", "Segment kind {0}").format(kind.original)
            if kind.original
            else translate("SegmentsPage", "New segment kind")
        )
        self.heading.setText(
            translate("SegmentsPage", "Regions (built in)") if kind.is_region else heading
        )
        for widget in (self.code, self.name, self.checked, self.grade):
            widget.blockSignals(True)
        self.code.setText(kind.id)
        self.name.setText(kind.name)
        self.checked.setChecked(kind.entry_points)
        self.grade.setCurrentIndex(max(0, self.grade.findData(kind.grade or "")))
        for widget in (self.code, self.name, self.checked, self.grade):
            widget.blockSignals(False)
        self.code.setEnabled(not kind.is_region)
        self.name.setEnabled(not kind.is_region)
        self.items.load([(i.original, i.id, i.name, i.description) for i in kind.items])
        self._check()

    # --- editing ----------------------------------------------------------------------------
    def _on_form_edited(self, *_args: object) -> None:
        kind = self.drafts[self._row]
        if not kind.is_region:
            kind.id, kind.name = self.code.text().strip(), self.name.text().strip()
        kind.entry_points = self.checked.isChecked()
        kind.grade = str(self.grade.currentData() or "") or None
        self._fill_kinds()
        self._check()

    def _on_items_edited(self) -> None:
        self.drafts[self._row].items = [ItemDraft(*row) for row in self.items.rows()]
        self._check()

    def _check(self) -> None:
        found = segment_problems(self.drafts, self._grades)
        problems: dict[str, str] = {}
        for key, problem in found.items():
            index, name = key.split(".", 1)
            kind = self.drafts[int(index)]
            if int(index) == self._row:
                problems[name] = problem
            else:
                problems[key] = f"{kind.name or kind.id or 'a new kind'}: {problem}"
        self.report(problems, self.errors)
        self._update_buttons()

    def pending(self) -> Factory | None:
        if self.drafts == self._base and not self.mapped and not self.cleared:
            return None
        drafts, mapped, cleared = copy.deepcopy(self.drafts), self._mapped_now(), set(self.cleared)
        return lambda d: set_segments(d, drafts, mapped, cleared)

    def _mapped_now(self) -> dict[tuple[str, str], str]:
        """The mappings with each target by its code as typed now (it may have been renamed
        after the deletion was mapped)."""
        kinds = {k.original: k for k in self.drafts if k.original}
        found = {}
        for (kind, item), target in self.mapped.items():
            items = kinds[kind].items if kind in kinds else []
            found[(kind, item)] = next((i.id for i in items if i.original == target), target)
        return found

    # --- list actions -----------------------------------------------------------------------
    def _on_kinds_selection_changed(self) -> None:
        rows = self.kinds.selectionModel().selectedRows()
        if rows:
            self._select(rows[0].row())

    def _on_new_kind_clicked(self) -> None:
        self.drafts.append(KindDraft(None, "", ""))
        self._row = len(self.drafts) - 1
        self._fill_kinds()
        self._select(self._row)
        self.code.setFocus()

    def _on_delete_kind_clicked(self) -> None:
        kind = self.drafts[self._row]
        if kind.is_region or self.design is None:
            return
        used = segment_uses(self.design, kind.original) if kind.original else []
        if used:
            question = QMessageBox(
                QMessageBox.Icon.Question,
                translate("SegmentsPage", "Delete segment kind {0}").format(kind.original),
                translate(
                    "SegmentsPage",
                    "Segment kind {0} is in use:\n{1}\n\n"
                    "Deleting it takes these units out of it, in one step you can undo.",
                ).format(kind.original, "\n".join(f"• {line}" for line in used)),
                QMessageBox.StandardButton.Cancel,
                self,
            )
            clear = question.addButton(
                translate("SegmentsPage", "&Clear and Delete"), QMessageBox.ButtonRole.AcceptRole
            )
            question.setDefaultButton(clear)
            question.exec()
            if question.clickedButton() is not clear:
                return
            self.cleared.add(str(kind.original))
        del self.drafts[self._row]
        self._row = min(self._row, len(self.drafts) - 1)
        self._fill_kinds()
        self._select(self._row)

    def _move_kind(self, step: int) -> None:
        target = self._row + step
        if self._row == 0 or not 1 <= target < len(self.drafts):
            return  # regions stay first
        self.drafts.insert(target, self.drafts.pop(self._row))
        self._row = target
        self._fill_kinds()
        self._select(target)

    def _on_delete_item_clicked(self) -> None:
        row, kind = self.items.currentRow(), self.drafts[self._row]
        if row < 0 or self.design is None:
            return
        item = kind.items[row]
        used = []
        if kind.original and item.original:
            used = segment_uses(self.design, kind.original, item.original)
        if used:
            others = [(i.id, i.name) for n, i in enumerate(kind.items) if n != row]
            first = others[0][0] if others else None
            dialog = MapToDialog(item.id, used, others, first, self)
            if dialog.exec() != MapToDialog.DialogCode.Accepted:
                return
            target = next(i for i in kind.items if i.id == dialog.replacement())
            self.mapped[(str(kind.original), str(item.original))] = target.original or target.id
        self.items.remove_current()

    def _update_buttons(self) -> None:
        kind = self.drafts[self._row] if self.drafts else None
        region = kind is None or kind.is_region
        self.delete_kind.setEnabled(not region)
        self.kind_up.setEnabled(not region and self._row > 1)
        self.kind_down.setEnabled(not region and self._row < len(self.drafts) - 1)
        row = self.items.currentRow()
        self.delete_item.setEnabled(row >= 0)
        self.item_up.setEnabled(row > 0)
        self.item_down.setEnabled(0 <= row < self.items.rowCount() - 1)


def _row_of(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row
