"""View > Chart Language (issue 19): the cards show the names of the chosen language.

The names expected come from the sample's JSON; the names shown are read from the
card under the pointer at each card's centre, and the status bar's count is
compared with the units the JSON gives no name in that language.
"""

from __future__ import annotations

import json
import re

from pytestqt.qtbot import QtBot

from orgeditor.model import LocalName
from orgeditor.ui.canvas.items import UnitItem
from orgeditor.ui.main_window import MainWindow
from tests.conftest import UN_SAMPLE


def _raw_units(scenario_id: str) -> list[dict[str, object]]:
    raw = json.loads(UN_SAMPLE.read_text(encoding="utf-8"))
    scenario = next(s for s in raw["scenarios"] if s["id"] == scenario_id)
    units: list[dict[str, object]] = scenario["units"]
    return units


def _names_on_cards(window: MainWindow) -> dict[str, str]:
    """The name of the card found under each card's centre, by unit id."""
    found = {}
    for card in window.scene.cards.values():
        if not card.isVisible():
            continue
        centre = card.sceneBoundingRect().center()
        hit = next(i for i in window.scene.items(centre) if isinstance(i, UnitItem))
        found[hit.unit_id] = hit.text.name
    return found


def _choose(window: MainWindow, tag: str) -> None:
    menu = window.chart_language_menu
    menu.rebuild()
    action = next(a for a in menu.actions() if a.data() == tag)
    action.trigger()


def test_chart_language_shows_names_and_counts_the_missing(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    assert main_window.open_file(UN_SAMPLE)
    c = main_window.controller
    c.switch_scenario("a-72-525")
    main_window.view.set_zoom(1.0)  # cards, not the far-out overview
    units = _raw_units("a-72-525")
    _choose(main_window, "zh")
    shown = _names_on_cards(main_window)
    assert shown
    for unit in units:
        names = unit.get("names", {})
        assert isinstance(names, dict)
        wanted = names["zh"]["name"] if "zh" in names else unit["name"]
        if unit["id"] in shown:
            assert shown[unit["id"]] == wanted, unit["id"]
    assert shown["dppa"] == "政治和建设和平事务部"
    missing = sum(1 for u in units if "zh" not in u.get("names", {}))  # type: ignore[operator]
    message = main_window.statusBar().currentMessage()
    match = re.search(r"(\d+) of (\d+) units have no name there", message)
    assert match and int(match.group(1)) == missing and int(match.group(2)) == len(units)
    # the chart follows edits in the chosen language
    assert c.set_unit_field("ead", "names", {"zh": LocalName("选举援助司")})
    assert _names_on_cards(main_window)["ead"] == "选举援助司"
    # back to the design's own language: English names, nothing said missing
    _choose(main_window, "en")
    assert (
        _names_on_cards(main_window)["dppa"] == "Department of Political and Peacebuilding Affairs"
    )
    assert "own language" in main_window.statusBar().currentMessage()


def test_the_menu_lists_the_un_languages_and_the_designs_own_first(
    main_window: MainWindow,
) -> None:
    assert main_window.open_file(UN_SAMPLE)
    menu = main_window.chart_language_menu
    menu.rebuild()
    tags = [a.data() for a in menu.actions()]
    assert tags == ["en", "ar", "zh", "fr", "ru", "es"]
    assert [a.isChecked() for a in menu.actions()] == [True] + [False] * 5


def _card_words(window: MainWindow, unit_id: str) -> tuple[str, str]:
    """The detail and figures lines of the card found under ``unit_id``'s card's centre."""
    centre = window.scene.cards[unit_id].sceneBoundingRect().center()
    hit = next(i for i in window.scene.items(centre) if isinstance(i, UnitItem))
    return hit.text.detail, hit.text.figures


def test_the_cards_own_words_follow_the_chart_language(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    """Issue 19: "16 posts · USD 2.73M" and "office" in the chart language the core speaks;
    back in the design's own language they are English again (the interface's)."""
    assert main_window.open_file(UN_SAMPLE)
    main_window.controller.switch_scenario("a-72-525")
    main_window.view.set_zoom(1.0)
    assert _card_words(main_window, "dppa")[1] == "16 posts · USD 2.73M"
    _choose(main_window, "zh")
    assert _card_words(main_window, "dppa") == ("USG · 部", "16 个员额 · USD 2.73百万")
    _choose(main_window, "fr")
    assert _card_words(main_window, "dppa") == ("USG · département", "16 postes · USD 2,73 M")
    _choose(main_window, "en")
    assert _card_words(main_window, "dppa") == ("DPPA · USG · department", "16 posts · USD 2.73M")
