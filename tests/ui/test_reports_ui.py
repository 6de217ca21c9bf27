"""Reports, imports and GraphML from the File menu, without the file dialogs."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from orgeditor.io import dumps
from orgeditor.io.unit_tables import write_import_tables
from orgeditor.ui.main_window import MainWindow
from orgeditor.ui.report_files import ReportDialog
from tests.conftest import UN_SAMPLE
from tests.ui.conftest import show_dock


def test_report_dialog_defaults_to_baseline_against_the_scenario_on_screen(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    main_window.open_file(UN_SAMPLE)
    c = main_window.controller
    c.switch_scenario("res-72-262c")
    dialog = ReportDialog(c.design, c.scenario_id, main_window)
    assert dialog.choice(c.design) == ("posts", ["as-is-2017", "res-72-262c"], "xlsx")
    dialog.table.setCurrentIndex(dialog.table.findData("costs"))
    assert not dialog.new.isEnabled()
    assert dialog.choice(c.design)[1] == ["as-is-2017", "a-72-525", "res-72-262c"]
    dialog.close()


def test_export_report_writes_xlsx_and_pdf(main_window: MainWindow, tmp_path: Path) -> None:
    main_window.open_file(UN_SAMPLE)
    ids = ["as-is-2017", "a-72-525"]
    assert main_window.reports.export_report("redeployment", ids, "xlsx", tmp_path / "r.xlsx")
    assert openpyxl.load_workbook(tmp_path / "r.xlsx").sheetnames == ["Redeployment", "Neutrality"]
    assert main_window.reports.export_report("posts", ids, "pdf", tmp_path / "p.pdf")
    assert (tmp_path / "p.pdf").read_bytes().startswith(b"%PDF")
    assert not main_window.reports.export_report(
        "posts", ids, "csv", tmp_path / "missing" / "p.csv"
    )
    box = main_window.findChild(QMessageBox, "errorBox")
    assert box is not None and "The report was not written" in box.windowTitle()


def test_import_is_one_undo_step_and_bad_rows_change_nothing(
    main_window: MainWindow, tmp_path: Path
) -> None:
    main_window.open_file(UN_SAMPLE)
    c = main_window.controller
    before = dumps(c.design)
    bad = tmp_path / "posts.csv"
    bad.write_text("id,unit,grade,funding\nn1,pmd,P-9,RB\nn2,nowhere,P-3,RB\n", encoding="utf-8")
    assert not main_window.reports.import_tables([str(bad)])
    box = main_window.findChild(QMessageBox, "errorBox")
    assert box.text().startswith(f"{bad.name}: 2 problems")
    assert "Posts row 3: unit 'nowhere'" in box.detailedText()
    assert dumps(c.design) == before and c.undo_stack.count() == 0
    good = tmp_path / "more.csv"
    good.write_text("id,unit,grade,funding,title\nn1,pmd,P-3,RB,New officer\n", encoding="utf-8")
    assert main_window.reports.import_tables([str(good)])
    assert c.undo_stack.count() == 1 and c.scenario.posts["n1"].unit == "pmd"
    assert c.undo_stack.undo_text() == "Import more.csv into A/72/525"
    show_dock(main_window, "costs")  # behind the Scenarios tab until then
    assert main_window.costs.verdict.text().startswith("✗ Not cost neutral")
    c.undo_stack.undo()
    assert dumps(c.design) == before


def test_units_and_posts_exported_then_imported_change_nothing(
    main_window: MainWindow, tmp_path: Path
) -> None:
    main_window.open_file(UN_SAMPLE)
    c = main_window.controller
    [path] = write_import_tables(c.design, c.scenario, tmp_path / "un.xlsx")
    assert not main_window.reports.import_tables([str(path)])  # the import would change nothing
    assert c.undo_stack.count() == 0
