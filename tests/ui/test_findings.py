"""The Findings dock: every row opens its own finding, and new errors come to the front."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QApplication, QDockWidget
from pytestqt.qtbot import QtBot

from orgeditor.rules import Finding, Report, Severity
from orgeditor.ui.main_window import MainWindow
from orgeditor.ui.panels.findings import FINDING_ROLE, FindingsPanel
from tests.conftest import UN_SAMPLE
from tests.ui.conftest import tree_rows

findings = st.builds(
    Finding,
    rule=st.sampled_from(["COST-TOTAL", "FUNC-HOME", "SPAN-WIDE"]),
    severity=st.sampled_from(list(Severity)),
    message=st.sampled_from(["same words", "other words"]),  # equal findings happen
    units=st.sampled_from([(), ("oma",), ("oma", "dppa")]),
)


@settings(max_examples=25, deadline=None)
@given(found=st.lists(findings, max_size=40))
def test_each_row_is_its_own_finding_under_its_severity(qapp: object, found: list[Finding]) -> None:
    panel = FindingsPanel()
    panel.show_report(Report("p", "P", found))
    rows = tree_rows(panel.tree)
    indexes = sorted(row.data(0, FINDING_ROLE) for row in rows)
    assert indexes == list(range(len(found)))  # every finding once, none twice
    for row in rows:
        finding = found[row.data(0, FINDING_ROLE)]
        assert (row.text(0), row.text(1)) == (finding.rule, finding.message)
        group = row.parent()
        assert group.text(0).lower().startswith(finding.severity.value[:4])
        panel.tree.setCurrentItem(row)
        assert panel.current_finding() is finding


def test_thousands_of_findings_are_all_listed(qtbot: QtBot) -> None:
    found = [
        Finding("SPAN-WIDE", Severity.WARNING, "Too many direct reports", (f"u{i % 50}",))
        for i in range(4_000)
    ]
    panel = FindingsPanel()
    panel.show_report(Report("p", "P", found))
    rows = tree_rows(panel.tree)
    assert len(rows) == 4_000
    assert len({row.data(0, FINDING_ROLE) for row in rows}) == 4_000


def _front(window: MainWindow) -> str:
    """The title of the bottom dock whose tab is in front."""
    QApplication.processEvents()
    bottom = ("Findings", "History", "Compare")
    docks = [d for d in window.findChildren(QDockWidget) if d.windowTitle() in bottom]
    (front,) = [d.windowTitle() for d in docks if not d.visibleRegion().isEmpty()]
    return front


def test_an_edit_that_makes_errors_brings_the_findings_to_the_front(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    assert main_window.open_file(UN_SAMPLE)
    c = main_window.controller
    with qtbot.waitSignal(c.report_ready):
        pass
    history = next(d for d in main_window.findChildren(QDockWidget) if d.windowTitle() == "History")
    history.raise_()
    qtbot.waitUntil(lambda: _front(main_window) == "History")
    c.set_unit_field("oma", "name", "Office of Military Affairs (renamed)")  # no new error
    with qtbot.waitSignal(c.report_ready):
        pass
    assert _front(main_window) == "History"
    c.move_units(["oma"], "dppa")  # FUNC-HOME: an error
    with qtbot.waitSignal(c.report_ready):
        pass
    assert c.report.counts()["error"] > 0
    assert _front(main_window) == "Findings"
    history.raise_()
    qtbot.waitUntil(lambda: _front(main_window) == "History")
    c.undo_stack.undo()  # errors go: nothing to bring forward
    with qtbot.waitSignal(c.report_ready):
        pass
    assert _front(main_window) == "History"
    c.switch_scenario(c.design.baseline.id)  # another scenario's errors are not an edit's
    c.validate_now()
    assert _front(main_window) == "History"
