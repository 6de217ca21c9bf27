"""After any moves, undos and redos, the canvas shows what a canvas built afresh shows.

The chart on screen keeps state between edits (the kept layout, the kept routes and
lanes of dual lines, the scene's items, the cards' texts); the oracle is a new scene
synced once from a layout made from nothing, with cards made from nothing. Both are
read as the user meets them: every card's place and text, every line's drawn path,
every caption, every zone and the scene's extent.
"""

from __future__ import annotations

from dataclasses import replace

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QPainterPath
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from orgeditor.layout import layout_chart
from orgeditor.model import Scenario
from orgeditor.ui.canvas.cards import card_texts
from orgeditor.ui.canvas.items import CaptionItem, LineItem, UnitItem, ZoneItem
from orgeditor.ui.canvas.scene import OrgChartScene
from orgeditor.ui.main_window import MainWindow
from tests.conftest import UN_SAMPLE

Drawn = dict[str, object]


def _points(path: QPainterPath) -> tuple[tuple[float, float], ...]:
    return tuple((path.elementAt(k).x, path.elementAt(k).y) for k in range(path.elementCount()))


def _drawn(scene: OrgChartScene) -> Drawn:
    """What the scene shows, item by item, in scene coordinates."""
    items = scene.items()
    return {
        "cards": {
            i.unit_id: (i.scenePos().x(), i.scenePos().y(), i.boundingRect().getRect(), i.text)
            for i in items
            if isinstance(i, UnitItem)
        },
        "lines": sorted(
            (i.line_id, _points(i.path()), i.pen().style().value, i.pen().color().name())
            for i in items
            if isinstance(i, LineItem) and i.isVisible()
        ),
        "captions": sorted(
            (i.line_id, i.text(), i.scenePos().x(), i.scenePos().y())
            for i in items
            if isinstance(i, CaptionItem)
        ),
        "zones": sorted(
            (i.unit_id, i.title, i.rect().getRect(), i.room)
            for i in items
            if isinstance(i, ZoneItem)
        ),
        "extent": scene.sceneRect().getRect(),
    }


def _fresh(window: MainWindow) -> Drawn:
    """What a scene synced once from a layout and cards made from nothing shows."""
    p, c = window.presenter, window.controller
    assert c is not None
    options = replace(p.options, collapsed=frozenset(p.collapsed), wrap_width=p.wrap)
    layout = layout_chart(c.scenario, options, c.design.grade_rank())
    cards = card_texts(c.design, c.scenario, c.report, layout.hidden)
    lines = {x.id: (x.kind.value, x.caption) for x in c.scenario.lines.values()}
    scene = OrgChartScene()
    scene.setPalette(window.scene.palette())
    scene.sync(layout, cards, lines)
    return _drawn(scene)


def _settle(window: MainWindow, qtbot: QtBot) -> None:
    """Let the check after an edit finish, so the cards' badges are the report's."""
    assert window.controller is not None
    qtbot.waitUntil(lambda: not window.controller.checking, timeout=5000)  # type: ignore[union-attr]
    QApplication.processEvents()


def _movable(scenario: Scenario, unit_id: str) -> list[str]:
    """The units ``unit_id`` may be moved under: not itself, nor below it."""
    below = {unit_id, *(u for u in scenario.units if unit_id in scenario.ancestors(u))}
    return sorted(set(scenario.units) - below)


@settings(
    max_examples=6,
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],  # shrinking a window's steps: minutes
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.data())
def test_after_moves_and_undos_the_canvas_is_a_fresh_one(
    main_window: MainWindow, qtbot: QtBot, data: st.DataObject
) -> None:
    assert main_window.open_file(UN_SAMPLE)
    c = main_window.controller
    assert c is not None
    _settle(main_window, qtbot)
    assert _drawn(main_window.scene) == _fresh(main_window)
    for _ in range(data.draw(st.integers(3, 8))):
        step = data.draw(st.sampled_from(["move", "move", "undo", "redo"]))
        if step == "move":
            scenario = c.scenario
            unit = data.draw(
                st.sampled_from(sorted(u for u in scenario.units if scenario.units[u].parent))
            )
            target = data.draw(st.sampled_from(_movable(scenario, unit)))
            main_window.scene.units_drop_requested.emit([unit], target)  # what a drop emits
        elif step == "undo" and c.undo_stack.can_undo:
            main_window.undo_actions.undo.trigger()
        elif step == "redo" and c.undo_stack.can_redo:
            main_window.undo_actions.redo.trigger()
        _settle(main_window, qtbot)
        assert _drawn(main_window.scene) == _fresh(main_window), step
