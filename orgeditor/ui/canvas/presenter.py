"""Keeps the chart in step with the document: layout after changes, badges after reports."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject

from orgeditor.commands import Change
from orgeditor.layout import ChartLayout, LayoutOptions, layout_chart
from orgeditor.model import Scenario
from orgeditor.reports.diff import ScenarioDiff, diff_scenarios, unit_marks
from orgeditor.rules import Report
from orgeditor.ui.canvas.cards import card_texts
from orgeditor.ui.canvas.items import CardText
from orgeditor.ui.canvas.scene import OrgChartScene
from orgeditor.ui.canvas.view import OrgChartView
from orgeditor.ui.controller import DocumentController


class ChartPresenter(QObject):
    """Owns the view state (collapsed units, layout options) of one document's chart."""

    def __init__(
        self, controller: DocumentController, scene: OrgChartScene, view: OrgChartView
    ) -> None:
        super().__init__(controller)
        self.controller, self.scene, self.view = controller, scene, view
        self.options = LayoutOptions()
        self.collapsed: set[str] = set()
        self.layout: ChartLayout | None = None
        self.compare_with: str | None = None  # compare mode: the scenario id compared with
        self.diff: ScenarioDiff | None = None  # and what changed since it
        controller.changed.connect(self._on_controller_changed)
        controller.scenario_switched.connect(self._on_controller_scenario_switched)
        controller.report_ready.connect(self._on_controller_report_ready)
        scene.units_drop_requested.connect(controller.move_units)
        scene.posts_drop_requested.connect(controller.move_posts)
        scene.collapse_requested.connect(self.toggle_collapsed)

    def detach(self) -> None:
        """Stop listening to the scene (before another document takes it over)."""
        self.scene.units_drop_requested.disconnect(self.controller.move_units)
        self.scene.posts_drop_requested.disconnect(self.controller.move_posts)
        self.scene.collapse_requested.disconnect(self.toggle_collapsed)

    def refresh(self) -> None:
        """Lay the current scenario out again and sync the scene."""
        c = self.controller
        scenario = c.scenario
        self.collapsed &= set(scenario.units)
        options = replace(self.options, collapsed=frozenset(self.collapsed))
        self.layout = layout_chart(scenario, options, c.design.grade_rank())
        lines = {x.id: (x.kind.value, x.caption) for x in scenario.lines.values()}
        self.scene.sync(self.layout, self._cards(), lines)

    def _cards(self) -> dict[str, CardText]:
        """The card texts, marked with what changed when comparing."""
        c = self.controller
        hidden = self.layout.hidden if self.layout else {}
        cards = card_texts(c.design, c.scenario, c.report, hidden)
        other = self.compared_scenario()
        self.diff = None if other is None else diff_scenarios(other, c.scenario)
        if self.diff is None or other is None:
            return cards
        for unit_id, mark in unit_marks(self.diff).items():
            card = cards[unit_id]
            notes = "; ".join(mark.notes)
            tip = f"{card.tooltip}\nAgainst {other.name}: {mark.status or 'posts changed'}"
            cards[unit_id] = replace(
                card, mark=mark.status, notes=notes, tooltip=f"{tip}; {notes}" if notes else tip
            )
        return cards

    def compared_scenario(self) -> Scenario | None:
        """The scenario compare mode compares with, if it is on (and not the current one)."""
        c = self.controller
        if self.compare_with is None or self.compare_with == c.scenario_id:
            return None
        return next((s for s in c.design.scenarios if s.id == self.compare_with), None)

    def set_compare(self, scenario_id: str | None) -> None:
        """Mark the cards with what changed since ``scenario_id`` (None: stop comparing)."""
        self.compare_with = scenario_id
        self.refresh()

    def _refresh_cards(self) -> None:
        self.scene.set_cards(self._cards())

    def _on_controller_changed(self, change: Change) -> None:
        if change.layout or change.scenarios:
            self.refresh()
        else:
            self._refresh_cards()

    def _on_controller_scenario_switched(self, _scenario_id: str) -> None:
        self.scene.clearSelection()
        self.refresh()

    def _on_controller_report_ready(self, _report: Report) -> None:
        self._refresh_cards()

    def toggle_collapsed(self, unit_id: str) -> None:
        """Collapse or expand a unit's sub-units (view state, not an edit)."""
        if not self.controller.scenario.children(unit_id):
            return
        self.collapsed ^= {unit_id}
        self.refresh()

    def expand_all(self) -> None:
        """Show every unit."""
        self.collapsed.clear()
        self.refresh()

    def set_option(self, **changes: bool) -> None:
        """Switch a layout option (``compact``, ``grade_rows``) and lay out again."""
        self.options = replace(self.options, **changes)
        self.refresh()

    def reveal(self, unit_ids: list[str]) -> None:
        """Expand the ancestors of these units, select them and bring them into view."""
        scenario = self.controller.scenario
        hidden_by = {a for u in unit_ids if u in scenario.units for a in scenario.ancestors(u)}
        if hidden_by & self.collapsed:
            self.collapsed -= hidden_by
            self.refresh()
        self.view.center_on_units(unit_ids)  # first: far out, cards are hidden and unselectable
        self.scene.select_units(unit_ids)
