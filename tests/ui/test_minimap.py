"""The mini-map shows the whole chart and the part on screen; a click there moves the view."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from orgeditor.ui.canvas.items import KIND_COLOURS
from orgeditor.ui.main_window import MainWindow
from tests.conftest import UN_SAMPLE


def _open(window: MainWindow, qtbot: QtBot) -> None:
    assert window.open_file(UN_SAMPLE)
    qtbot.waitUntil(lambda: not window._first_show)
    window.fit_chart()


def test_clicking_the_minimap_centres_the_view_there(main_window: MainWindow, qtbot: QtBot) -> None:
    _open(main_window, qtbot)
    view, scene, minimap = main_window.view, main_window.scene, main_window.minimap
    assert not minimap.isVisible()  # at Fit the whole chart is on screen: no need
    view.set_zoom(1.0)
    assert minimap.isVisible()
    viewport = view.viewport().geometry()
    assert viewport.contains(minimap.geometry())  # in the canvas's corner, whole
    for unit_id in ("ead", "dpo"):
        card = scene.cards[unit_id]
        target = card.sceneBoundingRect().center()
        # where the card is on the map, worked out from the map's size and the scene's
        rect = scene.sceneRect()
        scale = min(minimap.width() / rect.width(), minimap.height() / rect.height())
        at = QPoint(
            round((target.x() - rect.left()) * scale), round((target.y() - rect.top()) * scale)
        )
        qtbot.mouseClick(minimap, Qt.MouseButton.LeftButton, pos=at)
        centre = view.mapToScene(view.viewport().rect().center())
        assert abs(centre.x() - target.x()) <= 2 / scale, (unit_id, centre, target)
        assert abs(centre.y() - target.y()) <= 2 / scale, (unit_id, centre, target)


def test_the_minimap_pictures_the_cards_and_outlines_the_view(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    _open(main_window, qtbot)
    view, scene, minimap = main_window.view, main_window.scene, main_window.minimap
    view.set_zoom(1.0)
    view.centerOn(scene.cards["ead"].sceneBoundingRect().center())
    qtbot.wait(300)  # the picture is redrawn after a pause
    image = minimap.grab().toImage()
    card = scene.cards["dpo"]
    spot = minimap.from_scene(card.sceneBoundingRect()).center()
    colour = image.pixelColor(QPoint(round(spot.x()), round(spot.y())))
    expected = QColor(KIND_COLOURS[card.text.kind])
    assert abs(colour.red() - expected.red()) + abs(colour.blue() - expected.blue()) < 60
    shown = minimap.from_scene(view.visible_scene_rect())
    assert shown.contains(minimap.from_scene(scene.cards["ead"].sceneBoundingRect()).center())
    # View > Mini-map hides and shows it
    main_window.minimap_action.trigger()
    assert not minimap.isVisible()
    main_window.minimap_action.trigger()
    assert minimap.isVisible()
