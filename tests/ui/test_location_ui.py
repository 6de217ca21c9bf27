"""Duty stations in the app: Settings > Duty Stations and Costs, the Inspector's field."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from orgeditor.io import dumps, load_design, save_design
from orgeditor.model import CostRate
from orgeditor.model.costs import cost_breakdown
from orgeditor.ui.design_settings.catalogue import CataloguePage
from orgeditor.ui.design_settings.costs import CostsPage
from orgeditor.ui.main_window import MainWindow
from tests.builders import tiny_design

LEFT = Qt.MouseButton.LeftButton
SHOTS = os.environ.get("ORGEDITOR_SHOTS")  # a folder to save screenshots in, when set


def test_a_station_and_its_rate_are_set_in_settings_and_a_unit_moved_there_costs_more(
    main_window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "tiny.orgdesign"
    save_design(tiny_design(), path)
    assert main_window.open_file(path)
    c = main_window.controller
    original = dumps(c.design)
    dialog = main_window.show_design_settings()
    qtbot.waitExposed(dialog)
    pages = {p.title: p for p in dialog.pages}
    stations = pages["Duty Stations"]
    assert isinstance(stations, CataloguePage)
    dialog.tabs.setCurrentWidget(stations)
    qtbot.mouseClick(stations.new_button, LEFT)
    code, name = stations.fields["id"], stations.fields["name"]
    assert isinstance(code, QLineEdit) and isinstance(name, QLineEdit)
    qtbot.keyClicks(code, "gva")
    qtbot.keyClicks(name, "Geneva")
    qtbot.mouseClick(dialog.apply_button, LEFT)
    assert [(x.id, x.name) for x in c.design.locations] == [("gva", "Geneva")]

    costs = pages["Costs"]
    assert isinstance(costs, CostsPage)
    dialog.tabs.setCurrentWidget(costs)
    assert costs.station_row.isVisible()
    index = costs.station.findData("gva")
    costs.station.setCurrentIndex(index)
    costs.station.activated.emit(index)
    row = [g.id for g in c.design.grades].index("P-4")
    column = 1 + [s.id for s in c.design.funding_sources].index("XB")
    assert costs.grid.item(row, column).text() == ""  # Geneva has no costs of its own yet
    costs.grid.item(row, column).setText("190")
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "gaps-costs-station.png"))
    costs.station.setCurrentIndex(0)
    costs.station.activated.emit(0)
    assert costs.grid.item(row, column).text() == "160"  # every station's P-4/XB cost
    qtbot.mouseClick(dialog.apply_button, LEFT)
    assert CostRate("P-4", 190, "XB", "gva") in c.design.cost_table.rates
    dialog.close()

    c.switch_scenario("base")
    before = cost_breakdown(c.design, c.scenario).total
    main_window.presenter.reveal(["b"])
    inspector = main_window.inspector
    combo = inspector.location
    assert combo.isVisibleTo(inspector)
    at = combo.findData("gva")
    combo.setCurrentIndex(at)
    combo.activated.emit(at)
    assert c.scenario.units["b"].location == "gva"
    # by hand: Division B holds one post, p3, a P-4 funded by XB: 160 before, 190 at Geneva
    assert cost_breakdown(c.design, c.scenario).total == before + 30
    if SHOTS:
        main_window.grab().save(str(Path(SHOTS) / "gaps-inspector-station.png"))
    out = tmp_path / "saved.orgdesign"
    save_design(c.design, out)
    again = load_design(out)
    assert again.baseline.units["b"].location == "gva"
    assert cost_breakdown(again, again.baseline).total == before + 30
    for _ in range(3):
        c.undo_stack.undo()
    assert dumps(c.design) == original
    assert not inspector.form.isRowVisible(combo)  # no stations: no field
