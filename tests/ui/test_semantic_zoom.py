"""Semantic zoom: far out each zone shows its title and its department's totals; titles
and badges stay readable at every zoom; cards show a readable name or none."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QFontMetricsF
from pytestqt.qtbot import QtBot

from orgeditor.model.costs import cost_breakdown
from orgeditor.reports.departments import department_summary
from orgeditor.ui.canvas.cards import summary_lines
from orgeditor.ui.canvas.items import SEVERITY_COLOURS
from orgeditor.ui.canvas.zone_text import FAR_SCALE, TITLE_FLOOR_PX, bold_font
from orgeditor.ui.main_window import MainWindow
from tests.conftest import UN_SAMPLE


def _open_at_fit(window: MainWindow, qtbot: QtBot) -> None:
    window.resize(1366, 768)
    assert window.open_file(UN_SAMPLE)
    c = window.controller
    assert c is not None
    c.switch_scenario("a-72-525")
    qtbot.waitUntil(lambda: not window._first_show)
    qtbot.waitUntil(lambda: c.report is not None)
    window.fit_chart()


def _independent(window: MainWindow, root: str) -> tuple[int, int, int]:
    """Units, posts and findings of ``root``'s department, by walking the parents."""
    c = window.controller
    assert c is not None
    units = c.scenario.units

    def under(unit_id: str) -> bool:
        seen = set()
        while unit_id is not None and unit_id not in seen:
            if unit_id == root:
                return True
            seen.add(unit_id)
            unit_id = units[unit_id].parent  # type: ignore[assignment]
        return False

    mine = {u for u in units if under(u)}
    posts = sum(1 for p in c.scenario.posts.values() if p.unit in mine)
    findings = sum(1 for f in c.report.findings if set(f.units) & mine) if c.report else 0
    return len(mine), posts, findings


def test_far_out_each_zone_shows_its_departments_totals(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    _open_at_fit(main_window, qtbot)
    view, scene = main_window.view, main_window.scene
    assert view.zoom < FAR_SCALE  # at Fit on a 1366x768 screen: far out
    c = main_window.controller
    assert c is not None
    costs = 0
    for unit_id, zone in scene.zones.items():
        rect = zone.summary.boundingRect()
        assert not rect.isEmpty() and zone.summary.isVisible(), unit_id
        lines = scene.summary_provider(unit_id)
        units, posts, findings = _independent(main_window, unit_id)
        assert lines[0] == (f"{units} units" if units != 1 else "1 unit")
        assert lines[1] == (f"{posts} posts" if posts != 1 else "1 post")
        assert lines[3] == (f"{findings} findings" if findings != 1 else "1 finding")
        costs += department_summary(c.design, c.scenario, None, unit_id).cost
        # the text reads: 10 pixels or more on screen
        font = zone.summary.scene().font()
        summary_px = QFontMetricsF(bold_font(font, 11 / view.zoom)).height() * view.zoom
        assert summary_px >= 10
        # a short zone shows fewer lines, the findings always, and the card stays
        # on screen (the last row's cards ran off the canvas before)
        shown = zone.summary_shown(view.zoom)
        assert shown is not None and shown[1][-1] == lines[3], unit_id
        on_screen = view.mapFromScene(rect).boundingRect()
        assert on_screen.height() >= len(shown[1]) * 10
        assert view.viewport().rect().contains(on_screen), unit_id
    # the zones and the top unit's own posts make the whole scenario's cost
    top = main_window.presenter.layout.top
    own = [p for p in c.scenario.posts.values() if p.unit == top]
    rates = {(r.grade, r.funding): r.annual_cost for r in c.design.cost_table.rates}
    costs += sum(rates.get((p.grade, p.funding), 0) for p in own)
    assert costs == cost_breakdown(c.design, c.scenario).total
    # near, no summary: the cards speak
    view.set_zoom(0.6)
    assert all(z.summary.boundingRect().isEmpty() for z in scene.zones.values())


def test_summaries_kept_for_speed_match_a_fresh_count_after_an_edit(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    _open_at_fit(main_window, qtbot)
    c, scene = main_window.controller, main_window.scene
    assert c is not None
    before = {u: list(scene.summary_provider(u)) for u in scene.zones}

    def kept_match_fresh() -> None:
        for unit_id in scene.zones:
            fresh = summary_lines(department_summary(c.design, c.scenario, c.report, unit_id))
            assert scene.summary_provider(unit_id) == fresh, unit_id

    victims = [p.id for p in c.scenario.posts_of("ead")][:2]
    with qtbot.waitSignal(c.report_ready):
        assert c.abolish_posts(victims)
    kept_match_fresh()
    assert before != {u: scene.summary_provider(u) for u in scene.zones}
    # a move from one zone to another, and its undo, recount both zones (and only
    # what they changed: the other zones keep their totals)
    zones = list(scene.zones)
    moved = next(u for u in c.scenario.units if c.scenario.units[u].parent == zones[0])
    with qtbot.waitSignal(c.report_ready):
        c.move_units([moved], zones[1])
    kept_match_fresh()
    with qtbot.waitSignal(c.report_ready):
        c.undo_stack.undo()
    kept_match_fresh()


def test_zone_titles_are_whole_and_readable_at_every_zoom(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    _open_at_fit(main_window, qtbot)
    view, scene = main_window.view, main_window.scene
    for zoom in (view.zoom, 0.3, 1.0):  # further out than Fit a narrow title may elide
        view.set_zoom(zoom)
        rects = {u: z.title_rect(z.view_scale) for u, z in scene.zones.items()}
        for unit_id, zone in scene.zones.items():
            font = bold_font(scene.font(), zone.title_px(zone.view_scale))
            metrics = QFontMetricsF(font)
            shown = metrics.elidedText(
                zone.title, Qt.TextElideMode.ElideRight, rects[unit_id].width()
            )
            assert shown == zone.title, (zoom, unit_id, shown)
            cap = (
                view.mapFromScene(QPointF(0, metrics.capHeight())).y()
                - view.mapFromScene(QPointF(0, 0)).y()
            )
            assert cap >= TITLE_FLOOR_PX * 0.7, (zoom, unit_id, cap)  # capitals of 10 px type
            for other in rects:  # a widened title never runs into a neighbour
                if other != unit_id:
                    assert not rects[unit_id].intersects(scene.zones[other].rect()), (zoom, other)


def test_finding_badges_stay_readable_far_out(main_window: MainWindow, qtbot: QtBot) -> None:
    _open_at_fit(main_window, qtbot)
    view, scene = main_window.view, main_window.scene
    card = next(iter(scene.cards.values()))
    for zoom in (1.0, 0.5, 0.3, FAR_SCALE):
        view.set_zoom(zoom)
        circle = view.mapFromScene(card.mapRectToScene(card.badge_rect(zoom))).boundingRect()
        assert circle.height() >= 16, (zoom, circle)
        assert card.boundingRect().contains(card.badge_rect(zoom))  # painted where it may be


def test_far_out_the_view_draws_each_badge_readable_over_its_card(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    """Between the overview and the zoom where a card's own badge fits, the badge a user
    sees is at least 16 px wide and shows its severity's colour (read from the pixels)."""
    _open_at_fit(main_window, qtbot)
    c = main_window.controller
    assert c is not None
    c.switch_scenario(c.design.baseline.id)  # 2017 has findings
    qtbot.waitUntil(lambda: c.report is not None and bool(c.report.findings))
    view, scene = main_window.view, main_window.scene
    qtbot.waitUntil(lambda: any(card.text.badge for card in scene.cards.values()))
    badged = [card for card in scene.cards.values() if card.text.badge]
    for zoom in (0.13, 0.16, 0.2):
        view.set_zoom(zoom)
        summaries = [  # a badge under a zone's summary card is left out: it counts them
            zone.mapRectToScene(box)
            for zone in scene.zones.values()
            if (box := zone.summary_rect(zoom)) is not None
        ]
        card = next(
            card
            for card in badged
            if not any(
                card.mapRectToScene(card.far_badge_rect(zoom)).intersects(s) for s in summaries
            )
        )
        view.centerOn(card)
        assert card.badge_capped(zoom)
        image = view.viewport().grab().toImage()
        circle = view.mapFromScene(card.mapRectToScene(card.far_badge_rect(zoom)))
        box = circle.boundingRect()
        assert box.height() >= 16 and box.width() >= 16, (zoom, box)
        inside = box.center() - QPoint(round(box.width() * 0.3), 0)
        colour = QColor(image.pixel(inside)).name()
        assert colour == QColor(SEVERITY_COLOURS[card.text.badge_severity]).name(), (zoom, colour)
