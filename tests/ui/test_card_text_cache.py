"""A card wraps and elides its text once, and never paints stale text after a change."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pytestqt.qtbot import QtBot

from orgeditor.layout import Box
from orgeditor.model import UnitKind
from orgeditor.ui.canvas import items
from orgeditor.ui.canvas.items import CardText, UnitItem
from tests.ui.test_card_names import _drawn

TEXT = CardText(
    "Office of the Under-Secretary-General for Political and Peacebuilding Affairs",
    "OUSG · USG",
    "12 posts · 2.41M",
    UnitKind.OFFICE,
    notes="sub-units on p. 4; dotted line to p. 7",
)
BOX = Box(0, 0, 190, 96)


def _texts(card: UnitItem) -> list[str]:
    return [text for _, text, _ in _drawn(card)]


def test_a_card_fits_its_text_once(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    fit = items._fit_name
    monkeypatch.setattr(items, "_fit_name", lambda *a: calls.append(a) or fit(*a))
    card = UnitItem("u", BOX, TEXT)
    first = _texts(card)
    assert _texts(card) == first and len(calls) == 1  # the second paint reuses the fit


@pytest.mark.parametrize(
    "change",
    [
        {"name": "Renamed office"},
        {"notes": ""},
        {"detail": "A much longer short name and grade line that must be elided · D-2"},
        {"figures": "3 posts · 0.51M"},
    ],
)
def test_after_a_change_a_card_paints_what_a_new_card_paints(
    qtbot: QtBot, change: dict[str, str]
) -> None:
    card = UnitItem("u", BOX, TEXT)
    _texts(card)  # fitted and kept for the old text
    card.update_card(BOX, replace(TEXT, **change))
    assert _texts(card) == _texts(UnitItem("v", BOX, replace(TEXT, **change)))
    taller = Box(0, 0, 190, 140)
    card.update_card(taller, card.text)  # a new size fits again too
    assert _texts(card) == _texts(UnitItem("w", taller, card.text))
