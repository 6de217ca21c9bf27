"""The Inspector, its posts table, and the Findings and Costs docks, as a user meets them."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from orgeditor.io import load_design
from orgeditor.model import Design, Scenario
from orgeditor.rules import Finding, Report, Severity
from orgeditor.ui.main_window import MainWindow
from orgeditor.ui.panels.costs import CostPanel
from orgeditor.ui.panels.findings import FINDING_ROLE, WHOLE_DESIGN, FindingsPanel
from orgeditor.ui.panels.inspector import EMPTY
from tests.conftest import UN_SAMPLE
from tests.ui.conftest import show_dock, tree_rows

FIELDS = [
    "name",
    "short_name",
    "kind",
    "head_grade",
    "region",
    "location",
    "presence_type",
    "lead_department",
    "backstopped_by",
    "entry_points",
    "functions",
    "note_text",
    "justification",
    "reference",
    "posts",
    "lines",
]


def _settle(qtbot: QtBot) -> None:
    for _ in range(5):
        QApplication.processEvents()
    qtbot.wait(10)


def _open_proposal(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> Path:
    path = tmp_path / "un.orgdesign"
    shutil.copy(UN_SAMPLE, path)
    assert window.open_file(path)
    c = window.controller
    assert c is not None
    c.switch_scenario(c.design.proposals[0].id)
    assert c.scenario_id == c.design.proposals[0].id
    window.presenter.reveal(["ead"])
    _settle(qtbot)
    return path


def _button(parent: QWidget, text: str) -> QPushButton:
    return next(b for b in parent.findChildren(QPushButton) if b.text() == text)


def _click_row(table: QTableWidget, qtbot: QtBot, row: int, ctrl: bool = False) -> None:
    table.scrollToItem(table.item(row, 0))
    where = table.visualRect(table.model().index(row, 0)).center()
    modifier = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, where)


def _ids(table: QTableWidget) -> list[str]:
    return [table.item(r, 0).text() for r in range(table.rowCount()) if not table.isRowHidden(r)]


# --- the Inspector ------------------------------------------------------------------------
def test_every_field_fits_the_inspector_at_the_default_size(
    main_window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    main_window.resize(1440, 900)  # MainWindow's own first size
    _open_proposal(main_window, qtbot, tmp_path)
    main_window._size_docks()  # what the first show does
    _settle(qtbot)
    inspector = main_window.inspector
    viewport = inspector.findChild(QScrollArea).viewport()
    assert inspector.width() >= 360  # the first-run width (MainWindow._size_docks)
    shown = [getattr(inspector, n) for n in FIELDS if getattr(inspector, n).isVisibleTo(inspector)]
    assert len(shown) >= 12
    for widget in shown:
        box = QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())
        assert box.left() >= 0 and box.right() < viewport.width(), widget
    functions = inspector.functions
    assert functions.count() > 10
    assert not functions.verticalScrollBar().isVisible()  # the whole list shows
    for row in range(functions.count()):  # every function's whole name, wrapped if need be
        rect = functions.visualItemRect(functions.item(row))
        assert functions.viewport().rect().contains(rect), functions.item(row).text()


def test_with_nothing_selected_the_inspector_says_select_a_unit_and_nothing_else(
    main_window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    _open_proposal(main_window, qtbot, tmp_path)
    inspector = main_window.inspector
    assert inspector.name.isVisible() and inspector.posts.rowCount() > 0
    main_window.open_file(Path(__file__).parents[2] / "samples" / "ministries-merger.orgdesign")
    _settle(qtbot)
    assert inspector.unit_id is None
    texts = [
        w.text()
        for w in inspector.findChildren(QLabel) + inspector.findChildren(QLineEdit)
        if w.isVisible() and w.text()
    ]
    assert texts == [EMPTY]
    assert not any(w.isVisible() for w in inspector.findChildren(QComboBox))
    assert inspector.posts.rowCount() == 0 and inspector.lines.rowCount() == 0


# --- the posts table ----------------------------------------------------------------------
def _independent_costs(design: Design, scenario: Scenario) -> Counter[str]:
    """Yearly cost per funding source, straight from the cost table's rates."""
    rates = {(r.grade, r.funding): r.annual_cost for r in design.cost_table.rates}
    assert all(r.location is None for r in design.cost_table.rates)  # true of this sample
    costs: Counter[str] = Counter()
    for post in scenario.posts.values():
        costs[post.funding] += rates.get((post.grade, post.funding), rates.get((post.grade, None)))
    return costs


def test_a_multi_select_reclassify_is_one_step_and_saved(
    main_window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = _open_proposal(main_window, qtbot, tmp_path)
    c = main_window.controller
    table, box = main_window.inspector.posts, main_window.inspector.posts_box
    assert table.rowCount() >= 10
    viewport = table.viewport().rect()
    whole = [
        r
        for r in range(table.rowCount())
        if viewport.contains(table.visualRect(table.model().index(r, 0)))
    ]
    assert len(whole) >= 10  # ten rows or more on screen
    metrics = table.fontMetrics()
    for row in range(table.rowCount()):  # ids never wrap nor elide
        assert table.columnWidth(0) > metrics.horizontalAdvance(table.item(row, 0).text())
    # sort by grade with a click on its header, then filter with typed words
    header = table.horizontalHeader()
    at = QPoint(header.sectionViewportPosition(1) + 5, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)
    grades = [table.item(r, 1).text() for r in range(table.rowCount())]
    assert grades == sorted(grades)
    qtbot.keyClicks(box.filter, "P-5")
    shown = _ids(table)
    expected = sorted(p.id for p in c.scenario.posts_of("ead") if p.grade == "P-5")
    assert sorted(shown) == expected and len(shown) >= 2
    # ctrl-click two P-5 rows, reclassify them to P-4
    rows = [r for r in range(table.rowCount()) if not table.isRowHidden(r)][:2]
    _click_row(table, qtbot, rows[0])
    _click_row(table, qtbot, rows[1], ctrl=True)
    chosen = sorted(table.item(r, 0).text() for r in rows)
    assert sorted(table.selected_post_ids()) == chosen
    box.to_grade.setCurrentIndex(box.to_grade.findData("P-4"))
    before = _independent_costs(c.design, c.scenario)
    steps = c.undo_stack.count()
    qtbot.mouseClick(_button(box, "Reclassify selected"), Qt.MouseButton.LeftButton)
    assert c.undo_stack.count() == steps + 1
    assert c.undo_stack.text(steps) == "Reclassify 2 posts to P-4"
    assert box.filter.text() == "P-5" and sorted(_ids(table)) == sorted(set(expected) - set(chosen))
    assert main_window.save()
    reopened = load_design(path)
    scenario = reopened.find_scenario(c.scenario_id)
    assert [scenario.posts[p].grade for p in chosen] == ["P-4", "P-4"]
    now, base = (
        _independent_costs(reopened, scenario),
        _independent_costs(reopened, reopened.baseline),
    )
    assert now != before
    change = sum(now.values()) - sum(base.values())
    assert change < 0  # two P-5 made P-4 cost less
    show_dock(main_window, "costs")  # behind the Scenarios tab until then
    costs = main_window.costs.table
    total = costs.item(costs.rowCount() - 1, 3).text()
    assert total.startswith(f"{change:+,}") and "✗" in total
    assert "Not cost neutral" in main_window.costs.verdict.text()
    c.undo_stack.undo()
    assert {c.scenario.posts[p].grade for p in chosen} == {"P-5"}


def test_redeploy_to_moves_the_selected_posts_in_one_step(
    main_window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    _open_proposal(main_window, qtbot, tmp_path)
    c = main_window.controller
    table, box = main_window.inspector.posts, main_window.inspector.posts_box
    _click_row(table, qtbot, 0)
    _click_row(table, qtbot, 2, ctrl=True)
    chosen = table.selected_post_ids()
    assert len(chosen) == 2
    qtbot.mouseClick(_button(box, "Redeploy To…"), Qt.MouseButton.LeftButton)
    dialog = box.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.filter, "mediation support")
    units: QListWidget = dialog.units
    visible = [units.item(i) for i in range(units.count()) if not units.item(i).isHidden()]
    assert len(visible) == 1
    target = visible[0].data(Qt.ItemDataRole.UserRole)
    qtbot.mouseClick(
        units.viewport(), Qt.MouseButton.LeftButton, pos=units.visualItemRect(visible[0]).center()
    )
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    steps = c.undo_stack.count()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert {c.scenario.posts[p].unit for p in chosen} == {target}
    assert c.undo_stack.count() == steps + 1
    assert not set(chosen) & set(_ids(table))  # gone from this unit's table
    c.undo_stack.undo()
    assert {c.scenario.posts[p].unit for p in chosen} == {"ead"}


def test_abolish_and_funding_act_on_every_selected_row(
    main_window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    _open_proposal(main_window, qtbot, tmp_path)
    c = main_window.controller
    table, box = main_window.inspector.posts, main_window.inspector.posts_box
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    _click_row(table, qtbot, 1)
    _click_row(table, qtbot, 3, ctrl=True)
    _click_row(table, qtbot, 4, ctrl=True)
    chosen = table.selected_post_ids()
    source = next(s for s in box._sources if s != c.scenario.posts[chosen[0]].funding)
    box.to_funding.setCurrentIndex(box.to_funding.findData(source))
    qtbot.mouseClick(_button(box, "Change funding of selected"), Qt.MouseButton.LeftButton)
    assert {c.scenario.posts[p].funding for p in chosen} == {source}
    assert sorted(table.selected_post_ids()) == sorted(chosen)  # the selection stays
    steps = c.undo_stack.count()
    qtbot.mouseClick(_button(box, "Abolish selected"), Qt.MouseButton.LeftButton)
    assert not set(chosen) & set(c.scenario.posts)
    assert c.undo_stack.count() == steps + 1 and c.undo_stack.text(steps) == "Abolish 3 posts"


# --- the Findings dock --------------------------------------------------------------------
NAMES = {"oma": "Office of Military Affairs", "dppa": "Political Affairs"}
findings = st.builds(
    Finding,
    rule=st.sampled_from(["COST-TOTAL", "FUNC-HOME", "SPAN-WIDE"]),
    severity=st.sampled_from(list(Severity)),
    message=st.sampled_from(["same words", "other words"]),
    units=st.sampled_from([(), ("oma",), ("oma", "dppa")]),
)


class _Scenario:
    def __init__(self) -> None:
        self.units = {k: type("U", (), {"name": v})() for k, v in NAMES.items()}


@settings(max_examples=20, deadline=None)
@given(
    found=st.lists(findings, max_size=30), words=st.sampled_from(["", "other", "military", "span"])
)
def test_findings_group_by_rule_or_unit_and_filter(
    qapp: object, found: list[Finding], words: str
) -> None:
    panel = FindingsPanel()
    panel.scenario_shown = lambda: _Scenario()  # type: ignore[assignment,return-value]
    panel.show_report(Report("p", "P", found))
    panel.filter.setText(words)

    def passes(f: Finding) -> bool:
        text = " ".join([f.rule, f.message, *(NAMES[u] for u in f.units)]).lower()
        return words in text

    for index, key in enumerate(("rule", "unit")):
        panel.group_by.setCurrentIndex(index + 1)
        panel.group_by.activated.emit(index + 1)
        listed = Counter()
        for row in tree_rows(panel.tree):
            finding = found[row.data(0, FINDING_ROLE)]
            group = row.parent().text(0)
            if key == "rule":
                assert group == finding.rule
            else:
                assert group in [NAMES[u] for u in finding.units] or (
                    group == WHOLE_DESIGN and not finding.units
                )
            listed[row.data(0, FINDING_ROLE)] += 1
        want = {
            i: max(len(f.units), 1) if key == "unit" else 1
            for i, f in enumerate(found)
            if passes(f)
        }
        assert dict(listed) == want
        for g in range(panel.tree.topLevelItemCount()):
            group = panel.tree.topLevelItem(g)
            assert group.text(1) == str(group.childCount())


# --- the Costs dock -------------------------------------------------------------------------
def _ink_columns(image: QImage, top: int, bottom: int, left: int, right: int) -> list[int]:
    """The x of every column between left and right with dark ink in rows top..bottom."""
    found = []
    for x in range(max(left, 0), min(right, image.width())):
        for y in range(max(top, 0), min(bottom, image.height())):
            if QColor(image.pixel(x, y)).lightness() < 110:
                found.append(x)
                break
    return found


def test_the_cost_bars_have_a_legend_values_and_whole_labels(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    c = main_window.controller  # the new design at start: one source, costs nothing
    assert c is not None
    panel = CostPanel()
    panel.resize(340, 300)
    panel.show()
    qtbot.waitExposed(panel)
    panel.show_scenario(c.design, c.scenario)
    bars = panel.bars
    image = bars.grab().toImage()
    line = bars.fontMetrics().height()
    label = bars.rows[0][0]
    assert len(label) >= 5  # "BUDGET"
    band_top = line + 10
    width = bars.fontMetrics().horizontalAdvance(label)
    ink = _ink_columns(image, band_top, image.height(), 0, width + 12)
    assert ink and ink[0] >= 1  # the label starts inside the widget
    assert ink[-1] - ink[0] + 1 >= width - 3  # and is whole ("UDGET" was not)
    assert [words for _, words in bars.legend()] == [
        "Baseline",
        "This scenario",
        "not cost neutral",
    ]
    values = _ink_columns(image, band_top, image.height(), bars.label_width() + 1, bars.width())
    assert values  # the bars' values ("0") are written beside them
    legend = _ink_columns(image, 0, line + 4, 0, bars.width())
    assert len(legend) > 100  # the legend's words
    panel.close()
