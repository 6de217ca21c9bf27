"""Every reporting line as the user meets it: on screen, on paper, in the exported SVG.

The lines are read back from what is drawn (the scene's paths, the SVG file
parsed as XML) and judged by ``tests/chart_oracle.py``, which knows nothing of
the layout: on screen, which units a line joins is worked out from where its
ends touch cards.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QImage, QPainterPath
from PySide6.QtWidgets import QGraphicsPathItem
from pytestqt.qtbot import QtBot

from orgeditor.io import dumps, load_design, loads
from orgeditor.layout.pages import PageSetup
from orgeditor.layout.paper import best_fit
from orgeditor.model import Scenario
from orgeditor.ui.canvas.scene import OrgChartScene
from orgeditor.ui.main_window import MainWindow
from orgeditor.ui.printing.export import ExportOptions, export_chart
from orgeditor.ui.printing.render import booklet_charts, paper_chart
from tests.chart_oracle import Rect, crosses_interior, line_problems, on_border, primary_edges
from tests.conftest import MINISTRIES_SAMPLE, UN_SAMPLE

SVG = "{http://www.w3.org/2000/svg}"
SAMPLES = [
    (path, scenario.id)
    for path in (UN_SAMPLE, MINISTRIES_SAMPLE)
    for scenario in load_design(path).scenarios
]


# --- reading the scene --------------------------------------------------------------------
def scene_cards(scene: OrgChartScene) -> dict[str, Rect]:
    """Each card where Qt has put it."""
    assert not scene.overview  # far out, cards and lines are drawn as one picture
    return {
        unit: (item.pos().x(), item.pos().y(), item.box.w, item.box.h)
        for unit, item in scene.cards.items()
        if item.isVisible()
    }


def _polylines(path: QPainterPath) -> list[list[tuple[float, float]]]:
    """The straight sub-paths of a path (curves are dual and dotted lines: left out)."""
    found: list[list[tuple[float, float]]] = []
    curved = False
    for index in range(path.elementCount()):
        element = path.elementAt(index)
        if element.isMoveTo():
            found.append([(element.x, element.y)])
            curved = False
        elif element.isLineTo() and not curved:
            found[-1].append((element.x, element.y))
        else:
            curved = True
            if found and len(found[-1]) == 1:
                found.pop()
    return [p for p in found if len(p) > 1]


def _touching(point: tuple[float, float], cards: dict[str, Rect]) -> str:
    touched = [unit for unit, rect in cards.items() if on_border(point, rect)]
    return touched[0] if len(touched) == 1 else f"?{touched}"


def _drawn_paths(scene: OrgChartScene, solid: bool) -> list[QGraphicsPathItem]:
    """The visible path items drawn solid (primary lines) or dashed (dual and dotted lines)."""
    return [
        item
        for item in scene.items()
        if isinstance(item, QGraphicsPathItem)
        and item.isVisible()
        and (item.pen().style() == Qt.PenStyle.SolidLine) == solid
    ]


def scene_problems(scenario: Scenario, scene: OrgChartScene) -> list[str]:
    """What is wrong with the primary lines a scene draws, judged by their ends alone."""
    cards = scene_cards(scene)
    lines = []
    for item in _drawn_paths(scene, solid=True):
        for points in _polylines(item.sceneTransform().map(item.path())):
            lines.append((_touching(points[0], cards), _touching(points[-1], cards), points))
    return line_problems(scenario, cards, lines)


def dual_line_crossings(scene: OrgChartScene) -> list[str]:
    """The cards that a drawn dual or dotted line runs through (its own two ends included)."""
    cards = scene_cards(scene)
    found = []
    for item in _drawn_paths(scene, solid=False):
        for polygon in item.sceneTransform().map(item.path()).toSubpathPolygons():
            points = [(p.x(), p.y()) for p in polygon]  # a curve, flattened as Qt draws it
            ends = {_touching(points[0], cards), _touching(points[-1], cards)}
            found += [
                f"{sorted(ends)} through {unit}"
                for a, b in pairwise(points)
                for unit, rect in cards.items()
                if crosses_interior(a, b, rect)
            ]
    return found


# --- on screen ----------------------------------------------------------------------------
def _choose(action: QAction, checked: bool) -> None:
    """Tick or untick a View menu option as a click on it would."""
    if action.isChecked() != checked:
        action.trigger()


def test_the_screen_draws_every_line_in_every_option(main_window: MainWindow, qtbot: QtBot) -> None:
    assert main_window.open_file(UN_SAMPLE)
    main_window.view.set_zoom(0.5)  # near enough that cards and lines are items, not an overview
    c = main_window.controller
    for scenario_id in [s.id for s in c.design.scenarios]:
        c.switch_scenario(scenario_id)
        assert c.scenario.id == scenario_id
        for compact in (True, False):
            for grade_rows in (False, True):
                _choose(main_window.compact_action, compact)
                _choose(main_window.grade_rows_action, grade_rows)
                options = main_window.presenter.options
                assert (options.compact, options.grade_rows) == (compact, grade_rows)
                problems = scene_problems(c.scenario, main_window.scene)
                assert problems == [], (scenario_id, compact, grade_rows)
                crossings = dual_line_crossings(main_window.scene)
                assert crossings == [], (scenario_id, compact, grade_rows)
    _choose(main_window.compact_action, True)
    _choose(main_window.grade_rows_action, False)
    c.switch_scenario("a-72-525")
    main_window.presenter.toggle_collapsed("asg-africa")
    main_window.presenter.toggle_collapsed("dpo")
    assert "africa-1" not in main_window.scene.cards
    assert scene_problems(c.scenario, main_window.scene) == []
    main_window.presenter.expand_all()
    c.move_units(["pmd"], "asg-meap")  # an edit: the untouched zones are reused
    assert c.scenario.units["pmd"].parent == "asg-meap"
    assert scene_problems(c.scenario, main_window.scene) == []
    c.undo_stack.undo()
    assert scene_problems(c.scenario, main_window.scene) == []


# --- on paper -----------------------------------------------------------------------------
@pytest.mark.parametrize(("path", "scenario_id"), SAMPLES)
def test_paper_draws_every_line(qapp: object, path: Path, scenario_id: str) -> None:
    """The scenes the fit page, the tiles and the booklet pages are painted from."""
    design = load_design(path)
    scenario = design.find_scenario(scenario_id)
    assert scene_problems(scenario, paper_chart(design, scenario).scene) == []  # tiles
    setup = PageSetup("A3", "landscape")
    dense, _ = best_fit(scenario, setup, design.grade_rank())
    fit = paper_chart(design, scenario, dense)
    assert scene_problems(scenario, fit.scene) == []
    for chart, plan, _ in booklet_charts(design, scenario, PageSetup("A4")):
        sub = scenario_part(scenario, chart.scene)
        assert scene_problems(sub, chart.scene) == [], plan.number


def scenario_part(scenario: Scenario, scene: OrgChartScene) -> Scenario:
    """The scenario with only the units a booklet page draws."""
    return Scenario(
        scenario.id,
        scenario.name,
        scenario.kind,
        units={u: v for u, v in scenario.units.items() if u in scene.cards},
    )


# --- in SVG -------------------------------------------------------------------------------
NUMBER = r"-?\d+(?:\.\d+)?"


def _points(d: str) -> list[tuple[float, float]]:
    """The points of a path's data: every x,y pair, control points of curves included."""
    return [(float(x), float(y)) for x, y in re.findall(rf"({NUMBER}),({NUMBER})", d)]


def read_svg(path: Path) -> tuple[dict[str, Rect], list[tuple[str, str, str, str, list]]]:
    """The cards (unit id -> rectangle) and the lines (kind, from, to, line id, points)."""
    root = ET.parse(path).getroot()
    cards: dict[str, Rect] = {}
    for group in root.iter(f"{SVG}g"):
        unit = group.get("data-unit")
        if unit is not None:
            rect = group.find(f"{SVG}rect")
            assert rect is not None, unit
            cards[unit] = tuple(float(rect.get(k, "nan")) for k in ("x", "y", "width", "height"))  # type: ignore[assignment]
    lines = [
        (
            e.get("data-kind", ""),
            e.get("data-from", ""),
            e.get("data-to", ""),
            e.get("data-line", ""),
            _points(e.get("d", "")),
        )
        for e in root.iter()
        if e.get("data-kind") is not None
    ]
    return cards, lines


def exported_svg(
    folder: Path, path: Path, scenario_id: str
) -> tuple[Scenario, dict[str, Rect], list[tuple[str, str, str, str, list]]]:
    """The scenario of a design file, and the cards and lines of its chart exported as SVG."""
    design = load_design(path)
    scenario = design.find_scenario(scenario_id)
    out = folder / "chart.svg"
    export_chart(design, scenario, out, ExportOptions(format="svg"))
    return scenario, *read_svg(out)


@pytest.mark.parametrize(("path", "scenario_id"), SAMPLES)
def test_svg_names_every_card_and_line_and_each_line_touches_its_cards(
    qapp: object, tmp_path: Path, path: Path, scenario_id: str
) -> None:
    scenario, cards, lines = exported_svg(tmp_path, path, scenario_id)
    assert set(cards) == set(scenario.units)
    primary = [(f, t, points) for kind, f, t, _, points in lines if kind == "primary"]
    assert line_problems(scenario, cards, primary) == []
    others = [(kind, f, t, line, points) for kind, f, t, line, points in lines if kind != "primary"]
    assert {line for _, _, _, line, _ in others} == {
        x.id for x in scenario.lines.values() if x.source != x.target
    }
    for kind, source, target, line, points in others:
        model = scenario.lines[line]
        assert (kind, source, target) == (model.kind.value, model.source, model.target)
        assert on_border(points[0], cards[source]) and on_border(points[-1], cards[target]), line


def test_svg_cards_hold_their_names_as_text(qapp: object, tmp_path: Path) -> None:
    design = loads(dumps(load_design(UN_SAMPLE)))
    scenario = design.find_scenario("A/72/525")
    scenario.units["msu"].name = "Mediation <Support> & \x01Unit"
    out = tmp_path / "chart.svg"
    export_chart(design, scenario, out, ExportOptions(format="svg"))
    root = ET.parse(out).getroot()  # well-formed despite the control character
    for group in root.iter(f"{SVG}g"):
        unit = group.get("data-unit")
        if unit is None:
            continue
        words = " ".join(" ".join(t.itertext()) for t in group.iter(f"{SVG}text"))
        first = scenario.units[unit].name.split()[0]
        assert first in words, unit
        assert group.findtext(f"{SVG}title") == scenario.units[unit].name.replace("\x01", "\ufffd")
    assert "Mediation <Support> & \ufffdUnit" in ET.tostring(root, encoding="unicode").replace(
        "&lt;", "<"
    ).replace("&gt;", ">").replace("&amp;", "&")


# --- in PNG -------------------------------------------------------------------------------
@pytest.mark.parametrize("scenario_id", ["a-72-525", "as-is-2017"])
def test_png_shows_every_line(qapp: object, tmp_path: Path, scenario_id: str) -> None:
    """Halfway along each segment of each primary line (as the SVG states them) the image
    is line-coloured, not the white page or a zone's pale tint."""
    design = load_design(UN_SAMPLE)
    scenario = design.find_scenario(scenario_id)
    svg, png = tmp_path / "chart.svg", tmp_path / "chart.png"
    export_chart(design, scenario, svg, ExportOptions(format="svg"))
    export_chart(design, scenario, png, ExportOptions(format="png", dpi=72))
    root = ET.parse(svg).getroot()
    left, top, *_ = (float(v) for v in root.get("viewBox", "").split())
    image = QImage(str(png))
    cards, lines = read_svg(svg)
    primary = [(f, t, points) for kind, f, t, _, points in lines if kind == "primary"]
    assert len(primary) == len(primary_edges(scenario, cards)) > 0
    blank = []
    for source, target, points in primary:
        for (x0, y0), (x1, y1) in pairwise(points):
            if abs(x1 - x0) + abs(y1 - y0) < 4:
                continue
            x, y = round((x0 + x1) / 2 - left), round((y0 + y1) / 2 - top)
            darkest = min(
                image.pixelColor(x + dx, y + dy).lightness()
                for dx in (-1, 0, 1)
                for dy in (-1, 0, 1)
            )
            if darkest > 200:
                blank.append((source, target, (x, y)))
    assert blank == []


def test_the_window_paints_every_line(main_window: MainWindow, qtbot: QtBot) -> None:
    """What the window's view paints, scrolled over the whole chart at 100%: halfway along
    each straight piece of every line item, the viewport's own pixels are darker than the
    card, zone or canvas behind. A line item Qt never paints (its bounding rectangle empty,
    so culled wherever the scene's origin is off screen) fails here, whatever the scene holds."""
    assert main_window.open_file(UN_SAMPLE)
    main_window.controller.switch_scenario("a-72-525")
    view, scene = main_window.view, main_window.scene
    view.set_zoom(1.0)
    pieces = []
    for item in scene.items():
        if isinstance(item, QGraphicsPathItem) and item.isVisible() and item.pen().widthF() > 0:
            path = item.sceneTransform().map(item.path())
            for index in range(1, path.elementCount()):
                a, b = path.elementAt(index - 1), path.elementAt(index)
                if b.isLineTo() and abs(b.x - a.x) + abs(b.y - a.y) >= 16:
                    pieces.append(((a.x + b.x) / 2, (a.y + b.y) / 2))
    assert len(pieces) > 100
    seen, blank = set(), []
    width, height = view.viewport().width(), view.viewport().height()
    for x0, y0 in pieces:
        if (x0, y0) in seen:
            continue
        view.centerOn(x0, y0)
        qtbot.wait(1)
        image = view.viewport().grab().toImage()
        for x, y in pieces:
            at = view.mapFromScene(x, y)
            if (x, y) in seen or not (2 <= at.x() < width - 2 and 2 <= at.y() < height - 2):
                continue
            seen.add((x, y))
            darkest = min(
                image.pixelColor(at.x() + dx, at.y() + dy).lightness()
                for dx in (-1, 0, 1)
                for dy in (-1, 0, 1)
            )
            if darkest > 200:
                blank.append((round(x), round(y)))
    assert len(seen) == len(set(pieces))
    assert blank == []
