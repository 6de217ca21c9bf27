"""The Inspector's posts table: sort, filter, and act on several posts at once.

Each action on the selected rows (abolish, reclassify, change funding,
redeploy by dragging rows onto a card or through Redeploy To…) is one intent,
so one undo step. After a change of posts the table sets the cells that differ (the
same posts) or lists the posts afresh. Below it, the one selected post's title in other
languages, side by side (issue 19); each edited cell is one intent too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtCore import (
    QAbstractItemModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orgeditor.io.name_columns import ordered_languages
from orgeditor.model import Design, LocalName, Scenario
from orgeditor.model.costs import funding_owners
from orgeditor.model.grades import default_post_grade
from orgeditor.ui.canvas.scene import posts_mime
from orgeditor.ui.i18n import QT_TRANSLATE_NOOP, translate
from orgeditor.ui.panels.fill import refill, sizes_held
from orgeditor.ui.panels.names_box import NamesBox
from orgeditor.ui.panels.redeploy import RedeployDialog

COLUMNS = [  # translated where shown
    QT_TRANSLATE_NOOP("PostsBox", "Post"),
    QT_TRANSLATE_NOOP("PostsBox", "Grade"),
    QT_TRANSLATE_NOOP("PostsBox", "Funding"),
    QT_TRANSLATE_NOOP("PostsBox", "Title"),
]
GRADE, FUNDING, TITLE = 1, 2, 3
VISIBLE_ROWS = 10  # the table is at least this many rows high
Index = QModelIndex | QPersistentModelIndex
Fitted = Callable[[str, QTableWidgetItem], str]  # a typed title fitted to the format's rules


class PostTable(QTableWidget):
    """The posts of a unit; dragging rows onto a card redeploys them."""

    def mimeData(self, items: Sequence[QTableWidgetItem]) -> QMimeData:
        rows = sorted({i.row() for i in items} or {i.row() for i in self.selectedIndexes()})
        return posts_mime([self.post_at(r) for r in rows])

    def mimeTypes(self) -> list[str]:
        return ["application/x-orgeditor-posts"]

    def selected_post_ids(self) -> list[str]:
        """The ids of the selected rows, top to bottom as shown."""
        rows = sorted({i.row() for i in self.selectedIndexes()})
        return [self.post_at(r) for r in rows if not self.isRowHidden(r)]

    def post_at(self, row: int) -> str:
        """The id of the post in ``row``."""
        return self.text_at(row, 0)

    def text_at(self, row: int, column: int) -> str:
        """The text of a cell ("" if it has none)."""
        item = self.item(row, column)
        return item.text() if item is not None else ""


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a grade or funding cell with a combo box; the choice becomes an intent."""

    def __init__(
        self, choices: Callable[[], list[str]], chosen: Callable[[int, str], None]
    ) -> None:
        super().__init__()
        self._choices, self._chosen = choices, chosen

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        values = self._choices()
        refill(combo, [(v, v) for v in values], index.data())
        return combo

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        if editor.currentData() != index.data():
            self._chosen(index.row(), editor.currentData())  # the refill shows the result


class PostsBox(QGroupBox):
    """The posts of the unit shown, with their actions; emits intents only."""

    post_add_requested = Signal(str, str, str)
    posts_abolish_requested = Signal(list)
    post_field_requested = Signal(str, str, str)
    posts_field_requested = Signal(list, str, str)
    posts_redeploy_requested = Signal(list, str)
    post_titles_requested = Signal(str, object)  # post id, dict[str, str]: tag -> title

    def __init__(self, fitted: Fitted, parent: QWidget | None = None) -> None:
        super().__init__(translate("PostsBox", "Posts"), parent)
        self.setToolTip(
            translate("PostsBox", "Select several rows (Ctrl, Shift) to act on them at once")
        )
        self._fitted = fitted
        self._filling = False
        self._grades: list[str] = []
        self._sources: list[str] = []
        self._scenario: Scenario | None = None
        self._unit_id: str | None = None
        self._own = "en"  # the design's own language
        self._languages: list[str] = []  # the titles box's rows: languages of the unit shown
        self.filter = QLineEdit()
        self.filter.setObjectName("postFilter")
        self.filter.setAccessibleName(translate("PostsBox", "Filter posts"))
        self.filter.setPlaceholderText(
            translate("PostsBox", "Filter posts by id, grade, funding or title")
        )
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.table = self._table()
        self.new_grade, self.new_funding = QComboBox(), QComboBox()
        self.new_grade.setObjectName("newPostGrade")
        self._new_post_unit: str | None = None  # the unit new_grade's choice was made for
        self.to_grade, self.to_funding = QComboBox(), QComboBox()
        self.to_grade.setObjectName("reclassifyGrade")
        self.to_funding.setObjectName("changeFunding")
        grid = QGridLayout()
        self.filter.setToolTip(
            self.tr("Show only the posts whose id, grade, funding or title contain every word")
        )
        self.new_grade.setToolTip(self.tr("The grade of the post to establish"))
        self.new_funding.setToolTip(self.tr("The funding source of the post to establish"))
        self.to_grade.setToolTip(self.tr("The grade to reclassify the selected posts to"))
        self.to_funding.setToolTip(self.tr("The funding source to move the selected posts to"))
        buttons = [
            (
                0,
                self.new_grade,
                self.new_funding,
                translate("PostsBox", "Establish post"),
                self._on_add_clicked,
                self.tr("Establish a new post in this unit at the grade and funding chosen"),
            ),
            (
                1,
                self.to_grade,
                None,
                translate("PostsBox", "Reclassify selected"),
                self._on_reclassify_clicked,
                self.tr("Reclassify the selected posts to the grade chosen (one undo step)"),
            ),
            (
                2,
                self.to_funding,
                None,
                translate("PostsBox", "Change funding of selected"),
                self._on_funding_clicked,
                self.tr("Fund the selected posts from the source chosen (one undo step)"),
            ),
        ]
        for row, first, second, text, slot, tip in buttons:
            grid.addWidget(first, row, 0)
            if second is not None:
                grid.addWidget(second, row, 1)
            button = QPushButton(text)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            grid.addWidget(button, row, 1 if second is None else 2, 1, 1 if second else 2)
        redeploy = QPushButton(translate("PostsBox", "Redeploy To…"))
        redeploy.setToolTip(
            translate(
                "PostsBox", "Redeploy the selected posts to a unit you pick (or drag the rows)"
            )
        )
        redeploy.clicked.connect(self._on_redeploy_clicked)
        abolish = QPushButton(translate("PostsBox", "Abolish selected"))
        abolish.setToolTip(self.tr("Abolish the selected posts (one undo step)"))
        abolish.clicked.connect(self._on_abolish_clicked)
        grid.addWidget(redeploy, 3, 0)
        grid.addWidget(abolish, 3, 1, 1, 2)
        grid.setColumnStretch(0, 1)
        self.titles = NamesBox(short_names=False)  # the selected post's (issue 19)
        self.titles.setObjectName("postTitles")
        self.titles.setToolTip(self.tr("The selected post's title in each language of the design"))
        self.titles.table.setHorizontalHeaderLabels([self.tr("Language"), self.tr("Title")])
        self.titles.names_requested.connect(self._on_titles_names_requested)
        self.titles.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table)
        layout.addWidget(self.titles)
        layout.addLayout(grid)
        self.dialog: RedeployDialog | None = None

    def _table(self) -> PostTable:
        table = PostTable(0, len(COLUMNS))
        table.setObjectName("postTable")
        table.setHorizontalHeaderLabels([translate("PostsBox", c) for c in COLUMNS])
        table.verticalHeader().setVisible(False)
        table.setWordWrap(False)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setDragEnabled(True)
        table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        header = table.horizontalHeader()
        for column in (0, GRADE, FUNDING):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        for column, name in ((GRADE, "grade"), (FUNDING, "funding")):
            delegate = ChoiceDelegate(partial(self._choices, name), partial(self._on_chosen, name))
            delegate.setParent(table)
            table.setItemDelegateForColumn(column, delegate)
        rows = table.verticalHeader().defaultSectionSize() * VISIBLE_ROWS
        chrome = header.sizeHint().height() + 2 * table.frameWidth()
        table.setMinimumHeight(rows + chrome + table.horizontalScrollBar().sizeHint().height())
        table.itemChanged.connect(self._on_item_changed)
        table.itemSelectionChanged.connect(self._on_table_selection_changed)
        return table

    # --- filling from the model ---------------------------------------------------------
    def show_posts(self, design: Design, scenario: Scenario, unit_id: str) -> None:
        """List the posts of ``unit_id``; keeps the sort order, the filter and the choices."""
        self._filling = True
        try:
            self._fill(design, scenario, unit_id)
        finally:
            self._filling = False

    def _fill(self, design: Design, scenario: Scenario, unit_id: str) -> None:
        self._scenario, self._unit_id = scenario, unit_id
        self._grades = [g.id for g in design.grades]
        self._sources = list(funding_owners(design))
        # a newly shown unit proposes its default grade; refills after an edit keep the choice
        chosen = self.new_grade.currentData() if self._new_post_unit == unit_id else None
        self._new_post_unit = unit_id
        if chosen not in self._grades:
            chosen = default_post_grade(design, scenario, unit_id)
        grades = [(g, g) for g in self._grades]
        sources = [(s, s) for s in self._sources]
        refill(self.new_grade, grades, chosen)
        refill(self.new_funding, sources, self.new_funding.currentData())
        refill(self.to_grade, grades, self.to_grade.currentData())
        refill(self.to_funding, sources, self.to_funding.currentData())
        posts = scenario.posts_of(unit_id)
        # the titles box's rows: the languages around these posts (the unit's names, their
        # titles), not the whole design's: a walk over every post costs 0.2 s at 50k units
        used = {tag for post in posts for tag in post.titles} | set(scenario.units[unit_id].names)
        self._own = design.metadata.language
        self._languages = ordered_languages(used, self._own)
        rows = {p.id: [p.id, p.grade, p.funding, p.title] for p in posts}
        table = self.table
        if {table.post_at(r) for r in range(table.rowCount())} == rows.keys():
            self._update_cells(rows)  # the same posts: only the cells that changed
        else:
            self._fill_rows(rows)
        self._apply_filter()
        self._show_titles()

    def _update_cells(self, rows: dict[str, list[str]]) -> None:
        """Set the texts that differ, keeping the rows, their order and the selection."""
        table = self.table
        table.setSortingEnabled(False)
        for row in range(table.rowCount()):
            for column, text in enumerate(rows[table.post_at(row)]):
                item = table.item(row, column)
                if item is not None and item.text() != text:
                    item.setText(text)
        table.setSortingEnabled(True)  # sorts again by the column the user chose

    def _fill_rows(self, rows: dict[str, list[str]]) -> None:
        """List other posts, keeping the selected ones selected."""
        table = self.table
        selected = set(table.selected_post_ids())
        table.setSortingEnabled(False)
        table.clearSelection()
        with sizes_held(table):
            table.setRowCount(len(rows))
            for row, cells in enumerate(rows.values()):
                for column, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    if column == 0:
                        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                        item.setToolTip(text)
                    table.setItem(row, column, item)
        table.setSortingEnabled(True)  # sorts again by the column the user chose
        for row in range(table.rowCount()):
            if table.post_at(row) in selected:
                self._select_row(row)

    def _select_row(self, row: int) -> None:
        model, selection = self.table.model(), self.table.selectionModel()
        flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
        selection.select(model.index(row, 0), flags)

    def clear(self) -> None:
        """Show no posts (no unit selected)."""
        self._unit_id = None
        self.table.setRowCount(0)
        self.titles.hide()

    def _show_titles(self) -> None:
        """The titles box shows the one selected post's titles in other languages."""
        ids = self.table.selected_post_ids()
        post = self._scenario.posts.get(ids[0]) if self._scenario and len(ids) == 1 else None
        self.titles.setVisible(post is not None)
        if post is not None:
            self.titles.setTitle(
                translate("PostsBox", "Title of post {0} in other languages").format(post.id)
            )
            names = {tag: LocalName(title) for tag, title in post.titles.items()}
            self.titles.show_names(self._own, self._languages, names)

    def _apply_filter(self) -> None:
        words = self.filter.text().lower().split()
        table = self.table
        for row in range(table.rowCount()):
            text = " ".join(table.text_at(row, c).lower() for c in range(len(COLUMNS)))
            table.setRowHidden(row, not all(w in text for w in words))

    def _on_table_selection_changed(self) -> None:
        """Reclassify and Change funding start from the selected posts' own grade and
        source (the one they share, else the topmost selected row's): one step, not a
        walk from the top of the ladder."""
        if self._filling:
            return
        self._show_titles()
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        rows = [r for r in rows if not self.table.isRowHidden(r)]
        for combo, column in ((self.to_grade, GRADE), (self.to_funding, FUNDING)):
            if rows:  # shared by all, or the topmost row's
                index = combo.findData(self.table.text_at(rows[0], column))
                if index >= 0:
                    combo.setCurrentIndex(index)

    # --- intents ------------------------------------------------------------------------
    def _choices(self, name: str) -> list[str]:
        return self._grades if name == "grade" else self._sources

    def _on_chosen(self, name: str, row: int, value: str) -> None:
        self.post_field_requested.emit(self.table.post_at(row), name, value)

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != TITLE:
            return
        self.post_field_requested.emit(
            self.table.post_at(item.row()), "title", self._fitted("title", item)
        )

    def _on_titles_names_requested(self, names: dict[str, LocalName]) -> None:
        ids = self.table.selected_post_ids()
        if len(ids) == 1:
            titles = {tag: local.name for tag, local in names.items()}
            self.post_titles_requested.emit(ids[0], titles)

    def _on_add_clicked(self) -> None:
        if self._unit_id:
            self.post_add_requested.emit(
                self._unit_id, self.new_grade.currentData(), self.new_funding.currentData()
            )

    def _on_abolish_clicked(self) -> None:
        ids = self.table.selected_post_ids()
        if ids:
            self.posts_abolish_requested.emit(ids)

    def _on_reclassify_clicked(self) -> None:
        ids = self.table.selected_post_ids()
        if ids:
            self.posts_field_requested.emit(ids, "grade", self.to_grade.currentData())

    def _on_funding_clicked(self) -> None:
        ids = self.table.selected_post_ids()
        if ids:
            self.posts_field_requested.emit(ids, "funding", self.to_funding.currentData())

    def _on_redeploy_clicked(self) -> None:
        ids = self.table.selected_post_ids()
        scenario, unit_id = self._scenario, self._unit_id
        if not ids or scenario is None or unit_id is None:
            return
        units = sorted(
            (u for u in scenario.units.values() if u.id != unit_id), key=lambda u: u.name.lower()
        )
        dialog = RedeployDialog([(u.name, u.short_name, u.id) for u in units], len(ids), self)
        dialog.unit_chosen.connect(lambda target: self.posts_redeploy_requested.emit(ids, target))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
