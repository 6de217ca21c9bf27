"""The Costs page: currency, cost year, source or note, and the standard cost of each grade.

The grid has a row per grade (in ladder order) and a column for any funding
source plus one per source: a cost under a source applies to that source's
posts only and wins over the grade's general cost. An empty cell has no cost.
In a design with duty stations, the station chooser above the grid picks the
costs shown: those for every station, or those for one station only (which win
over the others for the posts of units there). The page keeps the cells of
every station as typed (``_texts``) and applies them all at once.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orgeditor.commands.references import Kind
from orgeditor.commands.settings import set_costs
from orgeditor.commands.settings_checks import DesignSettings, cost_problems
from orgeditor.model import CostRate, CostTable, Design
from orgeditor.ui.design_settings.page import (
    Factory,
    SettingsPage,
    error_label,
    whole_number,
)
from orgeditor.ui.i18n import QT_TRANSLATE_NOOP, translate
from orgeditor.ui.text import plain_label

ANY_SOURCE = QT_TRANSLATE_NOOP("CostsPage", "Any source")
ANY_STATION = QT_TRANSLATE_NOOP("CostsPage", "Every duty station")
Key = tuple[str, str | None, str | None]  # grade, funding source or None, station or None
BAD_CELL = QBrush(QColor("#f8d7da"))


class CostsPage(SettingsPage):
    """Edit the cost table; Apply sets all of it in one step."""

    title = QT_TRANSLATE_NOOP("SettingsPage", "Costs")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings: DesignSettings | None = None
        self._shown: Any = None
        self._texts: dict[Key, str] = {}  # every station's cells, as typed
        self.station = QComboBox()
        self.station.setObjectName("costStation")
        self.currency = QLineEdit()
        self.currency.setMaxLength(3)
        self.currency.setMaximumWidth(80)
        self.year = QLineEdit()
        self.year.setPlaceholderText(translate("CostsPage", "not said"))
        self.year.setMaximumWidth(80)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(60)
        self.note.setPlaceholderText(
            translate("CostsPage", "Where the costs come from (a budget document, a year)")
        )
        self.grid = QTableWidget()
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.errors = {name: error_label() for name in ("currency", "year", "note", "rates")}
        form = QFormLayout()
        for name, text, widget in (
            ("currency", translate("CostsPage", "C&urrency:"), self.currency),
            ("year", translate("CostsPage", "Cost &year:"), self.year),
            ("note", translate("CostsPage", "&Source or note:"), self.note),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
            form.addRow("", self.errors[name])
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            plain_label(
                translate(
                    "CostsPage",
                    "Annual standard cost per post. A cost under a funding source applies to that "
                    "source's posts and wins over the cost for any source; leave a cell empty for "
                    "no cost.",
                ),
                wrap=True,
            )
        )
        self.station_row = QWidget()
        rows = QVBoxLayout(self.station_row)
        rows.setContentsMargins(0, 0, 0, 0)
        row = QFormLayout()
        label = QLabel(translate("CostsPage", "Costs at duty s&tation:"))
        label.setBuddy(self.station)
        row.addRow(label, self.station)
        rows.addLayout(row)
        rows.addWidget(
            plain_label(
                translate(
                    "CostsPage",
                    "A post costs its station's cost for its grade and source, else the cost for "
                    "every station and its source, else its station's cost for any source, else "
                    "the cost for every station and any source.",
                ),
                wrap=True,
            )
        )
        layout.addWidget(self.station_row)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.errors["rates"])
        self.currency.textEdited.connect(self._check)
        self.year.textEdited.connect(self._check)
        self.note.textChanged.connect(self._check)
        self.grid.itemChanged.connect(self._on_grid_item_changed)
        self.station.activated.connect(lambda _: self._fill_grid())

    def show_design(self, design: Design) -> None:
        self.design = design
        settings = DesignSettings.of(design)
        shown = (
            settings.cost_table,
            settings.grades,
            settings.funding_sources,
            settings.locations,
        )
        if shown == self._shown:
            return
        self._settings, self._shown = settings, shown
        table = settings.cost_table
        self.currency.setText(table.currency)
        self.year.setText("" if table.year is None else str(table.year))
        self.note.blockSignals(True)
        self.note.setPlainText(table.note)
        self.note.blockSignals(False)
        self._texts = {key: str(cost) for key, cost in table.lookup().items()}
        chosen = self.station.currentData()
        self.station.clear()
        self.station.addItem(translate("CostsPage", ANY_STATION), None)
        for location in settings.locations:
            self.station.addItem(f"{location.name} ({location.id})", location.id)
        index = self.station.findData(chosen)
        self.station.setCurrentIndex(max(index, 0))
        self.station_row.setVisible(bool(settings.locations))
        self._fill_grid()

    def _keys(self) -> list[list[Key]]:
        """The key of each cell the grid shows: grades by row, sources by column."""
        assert self._settings is not None
        sources = [None, *self._settings.ids(Kind.FUNDING)]
        station = self.station.currentData()
        return [[(g.id, s, station) for s in sources] for g in self._settings.grades]

    def _fill_grid(self) -> None:
        """Show the chosen station's cells."""
        assert self._settings is not None
        sources = [None, *self._settings.ids(Kind.FUNDING)]
        self.grid.blockSignals(True)
        self.grid.clear()
        self.grid.setRowCount(len(self._settings.grades))
        self.grid.setColumnCount(len(sources))
        any_source = translate("CostsPage", ANY_SOURCE)
        self.grid.setHorizontalHeaderLabels([s or any_source for s in sources])
        self.grid.setVerticalHeaderLabels([f"{g.id}  {g.name}" for g in self._settings.grades])
        for row, keys in enumerate(self._keys()):
            for column, key in enumerate(keys):
                self.grid.setItem(row, column, QTableWidgetItem(self._texts.get(key, "")))
        self.grid.blockSignals(False)
        self._check()

    def _on_grid_item_changed(self, item: QTableWidgetItem) -> None:
        self._texts[self._keys()[item.row()][item.column()]] = item.text()
        self._check()

    def _cells(self) -> tuple[dict[Key, int], str | None]:
        """The costs of every station by (grade, source, station), and the first cell
        that is not a number."""
        costs: dict[Key, int] = {}
        bad = None
        for (grade, source, station), typed in self._texts.items():
            text = typed.strip()
            number = whole_number(text)
            if text and number is None and bad is None:
                where = ", ".join([grade, source or translate("CostsPage", ANY_SOURCE)])
                if station:
                    where = translate("CostsPage", "{0}, at {1}").format(where, station)
                bad = translate("CostsPage", "the cost of {0} is not a whole number ({1})").format(
                    where, repr(text)
                )
            if number is not None:
                costs[(grade, source, station)] = number
        return costs, bad

    def _mark_cells(self) -> None:
        """Colour the shown cells that are not whole numbers."""
        for row, keys in enumerate(self._keys()):
            for column, key in enumerate(keys):
                item = self.grid.item(row, column)
                text = self._texts.get(key, "").strip()
                if item is not None:
                    wrong = bool(text) and whole_number(text) is None
                    item.setBackground(BAD_CELL if wrong else QBrush())

    def _rates(self) -> list[CostRate]:
        """The rates the cells hold: the existing ones in their order, then new ones."""
        assert self._settings is not None
        costs, _ = self._cells()
        rates = [
            CostRate(r.grade, costs.pop((r.grade, r.funding, r.location)), r.funding, r.location)
            for r in self._settings.cost_table.rates
            if (r.grade, r.funding, r.location) in costs
        ]
        return rates + [CostRate(g, cost, s, at) for (g, s, at), cost in costs.items()]

    def _candidate(self) -> tuple[str, int | None, str] | None:
        year = self.year.text().strip()
        number = whole_number(year)
        if year and number is None:
            return None
        return self.currency.text(), number, self.note.toPlainText()

    def _check(self, *_args: object) -> None:
        if self._settings is None:
            return
        problems = {}
        candidate = self._candidate()
        self.grid.blockSignals(True)
        self._mark_cells()
        self.grid.blockSignals(False)
        _, bad = self._cells()
        if candidate is None:
            problems["year"] = translate(
                "CostsPage", "a cost year is a number such as 2018, or empty"
            )
        else:
            currency, year, note = candidate
            trial = copy.copy(self._settings)
            trial.cost_table = CostTable(currency, self._rates(), year=year, note=note)
            problems = cost_problems(trial)
        if bad:
            problems["rates"] = bad
        self.report(problems, self.errors)

    def pending(self) -> Factory | None:
        candidate = self._candidate()
        if self._settings is None or candidate is None:
            return None
        currency, year, note = candidate
        rates = self._rates()
        table = self._settings.cost_table
        if (currency, year, note, rates) == (table.currency, table.year, table.note, table.rates):
            return None
        return lambda d: set_costs(d, currency, year, note, rates)
