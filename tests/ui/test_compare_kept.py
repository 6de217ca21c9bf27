"""Compare mode after random edits, undo, redo and toggling shows what a fresh view shows.

The oracle is computed afresh at every step: the card texts from the model
(``card_texts``) marked from a fresh diff of the two scenarios, and each card
painted by a new ``UnitItem`` with that text, compared pixel by pixel with the
window's own card (near, where the fitted text shows, and far, where only the
name does), so no kept diff, kept fit or kept elision can show stale text.
"""

from __future__ import annotations

from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from orgeditor.commands import CommandError
from orgeditor.reports.diff import diff_scenarios, unit_marks
from orgeditor.ui.canvas.cards import card_texts
from orgeditor.ui.canvas.items import CardText, UnitItem
from orgeditor.ui.canvas.scene import OrgChartScene
from orgeditor.ui.main_window import MainWindow
from tests.conftest import UN_SAMPLE
from tests.core.edits import any_command

NAMES = ["Office of the Under-Secretary-General", "Unit", "Service de la paix et de la sécurité"]


def _expected(window: MainWindow) -> dict[str, CardText]:
    c, presenter = window.controller, window.presenter
    shown = presenter.shown_scenario()
    hidden = presenter.layout.hidden if presenter.layout else {}
    cards = card_texts(c.design, shown, c.report, hidden)
    other = presenter.compared_scenario()
    if other is not None:
        for unit_id, mark in unit_marks(diff_scenarios(other, c.scenario)).items():
            cards[unit_id] = replace(cards[unit_id], mark=mark.status, notes="; ".join(mark.notes))
    return {u: cards[u] for u in window.scene.cards}


def _painted(item: UnitItem, scale: float) -> bytes:
    rect = item.boundingRect()
    image = QImage(
        int(rect.width() * scale) + 2, int(rect.height() * scale) + 2, QImage.Format.Format_RGB32
    )
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.scale(scale, scale)
    painter.translate(-rect.x(), -rect.y())
    item.paint(painter, QStyleOptionGraphicsItem(), None)
    painter.end()
    return bytes(image.constBits())


@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_compare_marks_and_card_texts_equal_a_fresh_views(
    main_window: MainWindow, data: st.DataObject
) -> None:
    assert main_window.open_file(UN_SAMPLE)
    c = main_window.controller
    main_window.compare_action.trigger()
    scratch = OrgChartScene()  # fresh cards are painted in a scene of the same palette
    scratch.setPalette(main_window.scene.palette())
    main_window.scene.clearSelection()
    for _ in range(data.draw(st.integers(2, 7))):
        action = data.draw(st.sampled_from(["edit", "rename", "undo", "redo", "toggle"]))
        history = c.document.history
        if action == "undo" and history.can_undo:
            history.undo()
        elif action == "redo" and history.can_redo:
            history.redo()
        elif action == "rename":  # a name is what a far card shows
            unit_id = data.draw(st.sampled_from(sorted(c.scenario.units)))
            c.set_unit_field(unit_id, "name", data.draw(st.sampled_from(NAMES)))
        elif action == "toggle":
            main_window.compare_action.trigger()
        elif action == "edit":
            try:
                history.push(any_command(c.design, data))
            except CommandError:
                continue
        main_window.scene.clearSelection()
        expected = _expected(main_window)
        assert {u: item.text for u, item in main_window.scene.cards.items()} == expected
        marked = [u for u, text in expected.items() if text.mark or text.notes]
        assert bool(marked) == (main_window.presenter.compared_scenario() is not None)
        for unit_id in expected:  # every card: a kept fit or name may be of any card
            item = main_window.scene.cards[unit_id]
            fresh = UnitItem(unit_id, item.box, expected[unit_id])
            scratch.addItem(fresh)
            for scale in (1.0, 0.3):
                assert _painted(item, scale) == _painted(fresh, scale), (unit_id, scale)
            scratch.removeItem(fresh)
