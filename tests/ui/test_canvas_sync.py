"""After an edit the scene touches only the cards that changed, and shows a fresh layout."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pytestqt.qtbot import QtBot

from orgeditor.layout import layout_chart
from orgeditor.ui.canvas.items import UnitItem
from orgeditor.ui.main_window import MainWindow
from tests.conftest import UN_SAMPLE


def _on_screen(window: MainWindow) -> dict[str, tuple[float, float, float, float]]:
    """Each card where the user sees it: its scene rectangle."""
    return {
        unit_id: (item.pos().x(), item.pos().y(), item.box.w, item.box.h)
        for unit_id, item in window.scene.cards.items()
    }


def _fresh(window: MainWindow) -> dict[str, tuple[float, float, float, float]]:
    """Where a layout made from nothing puts the cards."""
    p, c = window.presenter, window.controller
    assert c is not None
    options = replace(p.options, collapsed=frozenset(p.collapsed), wrap_width=p.wrap)
    return {
        u: tuple(b)
        for u, b in layout_chart(c.scenario, options, c.design.grade_rank()).boxes.items()
    }  # type: ignore[misc]


def test_edits_repaint_only_what_changed(
    main_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main_window.open_file(UN_SAMPLE)
    c = main_window.controller
    assert c is not None
    updated: list[str] = []
    real = UnitItem.update_card
    monkeypatch.setattr(
        UnitItem, "update_card", lambda item, *a: updated.append(item.unit_id) or real(item, *a)
    )
    c.set_unit_field("pmd", "name", "Policy and Mediation Division (renamed)")
    assert updated == ["pmd"]  # a rename changes one card
    assert main_window.scene.cards["pmd"].text.name.endswith("(renamed)")
    before = _on_screen(main_window)
    updated.clear()
    assert c.move_units(["pmd"], "asg-meap")
    after = _on_screen(main_window)
    assert after == _fresh(main_window)
    moved = {u for u in after if after[u] != before.get(u)}
    assert moved and set(updated) - {"pmd", "asg-meap", "dppa", "dpo"} <= moved
    updated.clear()
    c.undo_stack.undo()
    assert _on_screen(main_window) == before == _fresh(main_window)
    assert set(updated) - {"pmd", "asg-meap", "dppa", "dpo"} <= moved
