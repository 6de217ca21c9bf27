"""The pointer reaches every card: no line, caption or zone takes a card's hover or click."""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPointF
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QGraphicsItem, QToolTip
from pytestqt.qtbot import QtBot

from orgeditor.ui.canvas.items import UnitItem
from orgeditor.ui.main_window import MainWindow
from tests.conftest import CITY_SAMPLE, MINISTRIES_SAMPLE, UN_SAMPLE
from tests.ui.conftest import click

INSIDE = ((0.5, 0.5), (0.2, 0.25), (0.8, 0.25), (0.2, 0.8), (0.8, 0.8))  # of the card's box


def _card_of(item: QGraphicsItem | None) -> UnitItem | None:
    while item is not None and not isinstance(item, UnitItem):
        item = item.parentItem()
    return item


def _misses(window: MainWindow) -> list[str]:
    """Cards where the topmost item under some inside point is not the card (or its child)."""
    scene, view = window.scene, window.view
    missed = []
    for unit_id, card in scene.cards.items():
        box = card.box
        for fx, fy in INSIDE:
            point = QPointF(box.x + box.w * fx, box.y + box.h * fy)
            top = scene.itemAt(point, view.transform())
            if _card_of(top) is not card:
                missed.append(f"{unit_id} at ({fx}, {fy}): {type(top).__name__}")
    return missed


@pytest.mark.parametrize(
    "sample", [UN_SAMPLE, MINISTRIES_SAMPLE, CITY_SAMPLE], ids=["un", "ministries", "city"]
)
@pytest.mark.parametrize("compact", [True, False], ids=["compact", "normal"])
def test_the_item_under_the_pointer_inside_every_card_is_that_card(
    main_window: MainWindow, qtbot: QtBot, sample: Path, compact: bool
) -> None:
    assert main_window.open_file(sample)
    main_window.compact_action.setChecked(compact)
    main_window._on_layout_option_toggled()
    for scenario in main_window.controller.design.scenarios:
        main_window.controller.switch_scenario(scenario.id)
        main_window.view.set_zoom(0.5)  # cards, not the far-out overview
        assert main_window.scene.cards
        assert _misses(main_window) == [], scenario.name


def test_the_tooltip_at_the_centre_of_every_card_is_the_card_s(
    main_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QToolTip, "showText", lambda _pos, text, *_: shown.append(text))
    assert main_window.open_file(UN_SAMPLE)
    window, view = main_window, main_window.view
    view.set_zoom(0.5)
    for unit_id, card in window.scene.cards.items():
        view.centerOn(card)
        pos = view.mapFromScene(card.sceneBoundingRect().center())
        shown.clear()
        event = QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos))
        QApplication.sendEvent(view.viewport(), event)
        name = html.escape(window.controller.scenario.units[unit_id].name)
        assert shown and shown[-1].startswith(f"<qt>{name}<br>"), (unit_id, shown)


def test_a_press_at_the_centre_of_every_card_selects_it(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    assert main_window.open_file(UN_SAMPLE)
    window, view = main_window, main_window.view
    for scenario in window.controller.design.scenarios:
        window.controller.switch_scenario(scenario.id)
        view.set_zoom(0.5)
        for unit_id, card in window.scene.cards.items():
            view.centerOn(card)
            box = card.box
            click(view.viewport(), view.mapFromScene(QPointF(box.x + box.w / 2, box.y + box.h / 2)))
            assert window.scene.selected_unit_ids() == [unit_id], (scenario.name, unit_id)
