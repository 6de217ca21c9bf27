"""Text is text: markup typed into names shows as typed on every surface, never as markup.

One design carries ``<b>``/``<img>`` in a unit name, a scenario name, a line
caption and a file name; each test looks at one surface the way a user would
meet it: the canvas, the inspector, the findings, dialogs, tooltips, the
printed page (PDF), SVG, HTML and XLSX.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QGraphicsTextItem, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from orgeditor.io import dumps
from orgeditor.io.tables import write_tables
from orgeditor.layout.pages import PageSetup
from orgeditor.reports.tables import report_tables
from orgeditor.ui.dialogs import MoveToDialog
from orgeditor.ui.main_window import MainWindow
from orgeditor.ui.printing.export import ExportOptions, export_chart
from tests.conftest import UN_SAMPLE

UNIT = "<b>Bold</b> <img src=x>"
SHORT = "<s>AF</s>"  # tables name units by their short names
SCENARIO = "<i>Plan</i> & Co"
CAPTION = "<u>shared</u> lead"


def _shown(rich_or_plain: str) -> str:
    """What a user reads in a Qt tooltip: Qt renders it as HTML if it looks like HTML."""
    document = QTextDocument()
    if QtGui.Qt.mightBeRichText(rich_or_plain):
        document.setHtml(rich_or_plain)
    else:
        document.setPlainText(rich_or_plain)
    return document.toPlainText()


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    raw = json.loads(UN_SAMPLE.read_bytes())
    proposal = raw["scenarios"][1]
    proposal["name"] = SCENARIO
    for unit in proposal["units"]:
        if unit["id"] == "asg-africa":
            unit["name"], unit["short_name"] = UNIT, SHORT
        if unit["id"] == "ead":  # a second entry point for Africa: a finding naming both
            unit["entry_point_for"] = ["africa"]
    proposal["lines"][0]["caption"] = CAPTION
    path = tmp_path / "<b>plan.orgdesign"  # a file name cannot hold a slash
    path.write_text(json.dumps(raw, indent=2), encoding="utf-8")
    return path


@pytest.fixture
def window(main_window: MainWindow, qtbot: QtBot, hostile: Path) -> MainWindow:
    assert main_window.open_file(hostile)
    qtbot.waitUntil(lambda: main_window.controller.report is not None)
    assert main_window.controller.scenario.name == SCENARIO
    return main_window


def test_the_canvas_draws_plain_text(window: MainWindow) -> None:
    assert window.scene.cards["asg-africa"].text.name == UNIT
    rich = [i for i in window.scene.items() if isinstance(i, QGraphicsTextItem)]
    assert rich == []  # nothing on the canvas can interpret markup
    assert SCENARIO in window.windowTitle()


def test_tooltips_show_the_name_as_typed(window: MainWindow) -> None:
    assert UNIT in _shown(window.scene.tooltip_for("asg-africa"))


def test_the_inspector_shows_the_name_as_typed(window: MainWindow) -> None:
    window.presenter.reveal(["asg-africa"])
    inspector = window.inspector
    assert inspector.name.text() == UNIT
    assert inspector.title.text() == UNIT
    assert inspector.title.textFormat() == Qt.TextFormat.PlainText
    window.presenter.reveal(
        [window.controller.scenario.lines[next(iter(window.controller.scenario.lines))].source]
    )
    captions = [inspector.lines.item(r, 2).text() for r in range(inspector.lines.rowCount())]
    assert CAPTION in captions


def test_findings_and_panels_quote_names_as_typed(window: MainWindow) -> None:
    tree = window.findings.tree
    messages = [
        tree.topLevelItem(g).child(i).text(1)
        for g in range(tree.topLevelItemCount())
        for i in range(tree.topLevelItem(g).childCount())
    ]
    assert any(UNIT in m for m in messages), messages
    names = [window.scenarios.list.item(i).text() for i in range(window.scenarios.list.count())]
    assert any(SCENARIO in n for n in names)
    for label in window.findChildren(QLabel):
        if UNIT in label.text() or SCENARIO in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()


def test_dialogs_show_names_as_typed(window: MainWindow, tmp_path: Path) -> None:
    dialog = MoveToDialog(window.controller.scenario, ["ead"], window)
    labels = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert any(UNIT in label for label in labels)
    dialog.deleteLater()
    broken = tmp_path / "<img src=x>.orgdesign"
    broken.write_text("{")
    window.controller.undo_stack.set_clean()
    assert not window.open_file(broken)
    box = window.findChild(QMessageBox, "errorBox")
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert "<img src=x>.orgdesign" in box.text()


def test_pdf_and_svg_carry_the_name_as_text(window: MainWindow, tmp_path: Path) -> None:
    c = window.controller
    pdf = tmp_path / "chart.pdf"
    export_chart(c.design, c.scenario, pdf, ExportOptions(setup=PageSetup("A3")))
    text = " ".join(PdfReader(pdf).pages[0].extract_text().split())
    assert "<b>Bold</b>" in text and "<img src=x>" in text
    assert SCENARIO in text
    svg = tmp_path / "chart.svg"
    export_chart(c.design, c.scenario, svg, ExportOptions(format="svg"))
    root = ET.parse(svg).getroot()
    tags = {element.tag.rsplit("}", 1)[-1] for element in root.iter()}
    assert "img" not in tags and "b" not in tags
    words = " ".join(" ".join(e.itertext()) for e in root.iter() if e.text)
    assert "<b>Bold</b>" in words and "<img" in words


def test_html_and_xlsx_reports_keep_names_as_text(window: MainWindow, tmp_path: Path) -> None:
    c = window.controller
    tables = report_tables(c.design, "posts", [c.design.baseline, c.scenario])
    html = tmp_path / "posts.html"
    write_tables(tables, SCENARIO, "html", html)
    page = html.read_text(encoding="utf-8")
    assert "<s>" not in page and "&lt;s&gt;AF&lt;/s&gt;" in page
    assert "<i>" not in page and "&lt;i&gt;Plan&lt;/i&gt; &amp; Co" in page
    xlsx = tmp_path / "posts.xlsx"
    write_tables(tables, SCENARIO, "xlsx", xlsx)
    cells = {
        cell.value for sheet in load_workbook(xlsx) for row in sheet.iter_rows() for cell in row
    }
    assert SHORT in cells and SCENARIO in cells


def test_a_saved_file_keeps_the_text_exactly(window: MainWindow) -> None:
    data = dumps(window.controller.design).decode()
    assert json.dumps(UNIT)[1:-1] in data
