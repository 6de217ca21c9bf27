"""What the command line asks for (--scenario, --compare-with, --print) reaches the window."""

from __future__ import annotations

import pytest

from orgeditor.ui.app import parser, show_as_asked
from orgeditor.ui.instance import OpenRequest
from tests.conftest import UN_SAMPLE


def test_several_files_and_every_option_parse() -> None:
    argv = ["a.orgdesign", "b.orgdesign", "--scenario", "A/72/525", "--print"]
    args, _ = parser().parse_known_args([*argv, "--compare-with", "As-is 2017"])
    assert args.files == ["a.orgdesign", "b.orgdesign"]
    assert (args.scenario, args.compare_with, args.print) == ("A/72/525", "As-is 2017", True)


def test_scenario_and_comparison_from_the_command_line(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert main_window.open_file(UN_SAMPLE)
    c = main_window.controller
    proposal, baseline = c.design.find_scenario("A/72/525"), c.design.baseline
    request = OpenRequest([str(UN_SAMPLE)], scenario="A/72/525", compare_with=baseline.name)
    show_as_asked(main_window, request)
    assert main_window.controller.scenario.id == proposal.id
    compared = main_window.presenter.compared_scenario()
    assert compared is not None and compared.id == baseline.id
    assert main_window.compare_dock.isVisible()


def test_an_unknown_scenario_is_said_in_the_status_bar(main_window) -> None:  # type: ignore[no-untyped-def]
    assert main_window.open_file(UN_SAMPLE)
    before = main_window.controller.scenario.id
    show_as_asked(main_window, OpenRequest([str(UN_SAMPLE)], scenario="no such plan"))
    assert main_window.controller.scenario.id == before
    assert "no such plan" in main_window.statusBar().currentMessage()


def test_print_opens_the_print_dialog(main_window, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    asked = []
    monkeypatch.setattr(main_window.reports, "on_print_triggered", lambda: asked.append(True))
    assert main_window.open_file(UN_SAMPLE)
    show_as_asked(main_window, OpenRequest([str(UN_SAMPLE)], print=True))
    qtbot.waitUntil(lambda: asked == [True])
