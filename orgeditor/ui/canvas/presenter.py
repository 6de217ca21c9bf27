"""Keeps the chart in step with the document: layout after changes, badges after reports."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject

from orgeditor.commands import Change
from orgeditor.layout import ChartLayout, LayoutOptions, RouteCache, layout_chart
from orgeditor.layout.chart import Reuse
from orgeditor.layout.fit import screen_wrap
from orgeditor.model import Design, Scenario
from orgeditor.model.names import scenario_in_language
from orgeditor.model.tree import children_map
from orgeditor.reports.chart_text import chart_words
from orgeditor.reports.departments import (
    DepartmentSummary,
    department_findings,
    department_summaries,
    departments_of,
)
from orgeditor.reports.diff import ScenarioDiff, UnitMark, mark_word
from orgeditor.reports.kept_diffs import KeptDiffs
from orgeditor.rules import Report
from orgeditor.ui.canvas.cards import badges, card_texts, card_tooltip, summary_lines
from orgeditor.ui.canvas.items import CardText
from orgeditor.ui.canvas.scene import SCENE_MARGIN, OrgChartScene
from orgeditor.ui.canvas.view import OrgChartView
from orgeditor.ui.controller import DocumentController
from orgeditor.ui.i18n import translate


class ChartPresenter(QObject):
    """Owns the view state (collapsed units, layout options) of one document's chart."""

    def __init__(
        self, controller: DocumentController, scene: OrgChartScene, view: OrgChartView
    ) -> None:
        super().__init__(controller)
        self.controller, self.scene, self.view = controller, scene, view
        self.options = LayoutOptions()
        self.wrap: float | None = None  # zones wrap into rows this wide, for the view's shape
        self.collapsed: set[str] = set()
        self.layout: ChartLayout | None = None
        self._laid_out_with: LayoutOptions | None = None  # the options of ``layout``
        self.routes = RouteCache()  # dual lines' routes, kept while their cards stay put
        self.compare_with: str | None = None  # compare mode: the scenario id compared with
        self.version: Design | None = None  # or another version of the design (a file, a commit)
        self.diff: ScenarioDiff | None = None  # and what changed since it
        self.marks: dict[str, UnitMark] = {}  # and how each card shows it
        self.diffs = KeptDiffs()  # both, per pair of scenarios, until an edit touches either
        self.cards: dict[str, CardText] = {}  # every card's text, without compare marks
        self.language: str | None = None  # View > Chart Language; None: the design's own
        self.missing_names: list[str] = []  # units shown in the design's language instead
        scene.tooltip_provider = self.tooltip
        scene.summary_provider = self.zone_summary
        self._totals: dict[str, DepartmentSummary] = {}  # see zone_summary
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
        """Lay the current scenario out again, remake every card and sync the scene."""
        c = self.controller
        scenario = self.shown_scenario()
        self._lay_out(scenario)
        with chart_words(self.language):
            self.cards = card_texts(c.design, scenario, c.report, self._hidden())
        self._forget_totals(None)
        self._show(layout=True)

    def shown_scenario(self) -> Scenario:
        """The scenario as the chart shows it: a copy in the chart language if one is set
        (and ``missing_names`` then lists the units without a name there)."""
        c = self.controller
        if self.language is None:
            self.missing_names = []
            return c.scenario
        own = c.design.metadata.language
        shown, self.missing_names = scenario_in_language(c.scenario, self.language, own)
        return shown

    def set_language(self, language: str | None) -> None:
        """Show the chart in ``language`` (None: the design's own) and lay it out again."""
        self.language = language
        self.refresh()

    def _lay_out(self, scenario: Scenario, touched: frozenset[str] | None = None) -> None:
        """Lay the scenario out; after an edit that ``touched`` some units, only their zones."""
        c = self.controller
        self.collapsed &= set(c.scenario.units)
        options = replace(self.options, collapsed=frozenset(self.collapsed), wrap_width=self.wrap)
        reuse = None
        if touched is not None and self.layout is not None and options == self._laid_out_with:
            reuse = Reuse(self.layout, touched)
        self.layout = layout_chart(scenario, options, c.design.grade_rank(), reuse, self.routes)
        self._laid_out_with = options

    def fit(self) -> None:
        """Wrap the zones into the rows that fill the view's shape best, and show the chart whole.

        The wrap is chosen here only, not after each edit, so that zones keep their rows
        while one works (and the layout after an edit reuses the untouched zones).
        """
        c = self.controller
        viewport = self.view.viewport().size()
        unwrapped = self.layout
        if self.wrap is not None or unwrapped is None:
            unwrapped = layout_chart(  # only the zones' sizes count: no line is routed
                c.scenario,
                replace(self.options, collapsed=frozenset(self.collapsed), lines=False),
                c.design.grade_rank(),
            )
        wrap = screen_wrap(
            unwrapped, self.options, viewport.width(), viewport.height(), SCENE_MARGIN
        )
        if wrap != self.wrap:
            self.wrap = wrap
            self.refresh()
        self.view.fit_all()

    def _hidden(self) -> dict[str, int]:
        return self.layout.hidden if self.layout else {}

    def _show(self, layout: bool, only: set[str] | None = None) -> None:
        """Put the cards (marked, when comparing) on the scene; re-sync it after a layout."""
        c = self.controller
        shown = self._marked(self.cards)
        if layout:
            assert self.layout is not None
            lines = {x.id: (x.kind.value, x.caption) for x in c.scenario.lines.values()}
            self.scene.sync(self.layout, shown, lines)
        else:
            self.scene.set_cards(shown, None if self.diff is not None else only)

    def zone_summary(self, unit_id: str) -> list[str]:
        """The lines of a zone's summary card at far zoom (its department's totals).

        Asked for on each paint far out. The totals are kept in ``_totals`` per zone:
        an edit forgets those of the zones it touched, a new report recounts the
        findings (:meth:`_forget_totals`, :meth:`_on_controller_report_ready`); the
        zones not kept are counted together, in one pass.
        """
        if unit_id not in self._totals:
            c = self.controller
            missing = [z for z in self._zone_roots() if z not in self._totals]
            if unit_id not in missing:  # a zone of the scene not (yet) laid out
                missing = [unit_id]
            self._totals.update(department_summaries(c.design, c.scenario, c.report, missing))
        with chart_words(self.language):
            return summary_lines(self._totals[unit_id])

    def _zone_roots(self) -> list[str]:
        return [z.unit for z in self.layout.zones] if self.layout is not None else []

    def _zones_of(self, unit_ids: set[str]) -> set[str]:
        """The zones holding these units (an edit touched them, or their parents)."""
        c = self.controller
        roots = set(self._zone_roots())
        return {
            next((a for a in (u, *c.scenario.ancestors(u)) if a in roots), u)
            for u in unit_ids
            if u in c.scenario.units
        }

    def _forget_totals(self, zones: set[str] | None) -> None:
        """Forget the totals of ``zones`` (None: of all) and of zones gone; repaint them."""
        roots = set(self._zone_roots())
        stale = set(self._totals) - roots | (set(self._totals) if zones is None else zones)
        for unit_id in stale:
            self._totals.pop(unit_id, None)
        for unit_id, zone in self.scene.zones.items():
            if zones is None or unit_id in stale:
                zone.summary_changed()

    def _compare(self) -> None:
        """Work out what changed since the compared scenario (after an edit or a new choice)."""
        c, other = self.controller, self.compared_scenario()
        if other is None:
            self.diff, self.marks = None, {}
            return
        revisions = (c.document.revision(other.id), c.document.revision(c.scenario_id))
        self.diff, self.marks = self.diffs.compared(other, c.scenario, revisions)

    def _marked(self, cards: dict[str, CardText]) -> dict[str, CardText]:
        """The cards, marked with what changed when comparing."""
        if not self.marks:
            return cards
        shown = dict(cards)
        for unit_id, mark in self.marks.items():
            shown[unit_id] = replace(cards[unit_id], mark=mark.status, notes="; ".join(mark.notes))
        return shown

    def tooltip(self, unit_id: str) -> str:
        """A card's tooltip, made when the pointer rests on it."""
        c = self.controller
        if unit_id not in c.scenario.units:
            return ""
        text = card_tooltip(c.design, self.shown_scenario(), c.report, unit_id)
        other, mark = self.compared_scenario(), self.marks.get(unit_id)
        if other is not None and mark is not None:
            notes = "; ".join(mark.notes)
            status = (
                mark_word(mark.status)
                if mark.status
                else translate("ChartPresenter", "posts changed")
            )
            against = translate("ChartPresenter", "Against {0}: {1}").format(other.name, status)
            text += "\n" + against + (f"; {notes}" if notes else "")
        return text

    def compared_scenario(self) -> Scenario | None:
        """The scenario compare mode compares with, if it is on (and not the current one)."""
        c = self.controller
        if self.version is not None:  # its scenario of the same id
            return next((s for s in self.version.scenarios if s.id == c.scenario_id), None)
        if self.compare_with is None or self.compare_with == c.scenario_id:
            return None
        return next((s for s in c.design.scenarios if s.id == self.compare_with), None)

    def set_compare(self, scenario_id: str | None, version: Design | None = None) -> None:
        """Mark the cards with what changed since ``scenario_id`` (None: stop comparing), or
        since the same scenario in ``version``, another version of the design."""
        self.compare_with, self.version = scenario_id, version
        self._compare()
        self._show(layout=False)

    def _on_controller_changed(self, change: Change) -> None:
        """Remake only the cards the edit touched; lay out again only if the shape changed."""
        c = self.controller
        self._compare()
        if change.scenarios or change.scenario != c.scenario_id:
            self.refresh()
            return
        stale = set(change.units)
        scenario = self.shown_scenario()
        if change.layout:
            before = self._hidden()
            self._lay_out(scenario, change.units)
            after = self._hidden()
            stale |= {u for u in before.keys() | after.keys() if before.get(u) != after.get(u)}
            for unit_id in self.cards.keys() - c.scenario.units.keys():
                del self.cards[unit_id]
            stale |= c.scenario.units.keys() - self.cards.keys()
        with chart_words(self.language):
            stale_cards = card_texts(c.design, scenario, c.report, self._hidden(), only=stale)
        self.cards.update(stale_cards)
        # the zones whose totals may have changed: those of the cards the edit touched (an
        # edit naming no unit: all); compare mode on or off changes no total
        self._forget_totals(self._zones_of(stale) if stale else None)
        self._show(change.layout, stale)

    def _on_controller_scenario_switched(self, _scenario_id: str) -> None:
        self.scene.clearSelection()
        self._compare()
        self.refresh()

    def _on_controller_report_ready(self, report: Report) -> None:
        """Update the badges of the cards whose findings changed, and the zones' counts."""
        self._recount_findings(report)
        marks = badges(report)
        changed = set()
        for unit_id, card in self.cards.items():
            badge, worst = marks.get(unit_id, ("", ""))
            if (card.badge, card.badge_severity) != (badge, worst):
                self.cards[unit_id] = replace(card, badge=badge, badge_severity=worst)
                changed.add(unit_id)
        if changed:
            self.scene.set_cards(self._marked(self.cards), changed)

    def _recount_findings(self, report: Report) -> None:
        """Count the findings of each kept zone again; repaint the zones whose count changed."""
        c = self.controller
        counts = department_findings(report, departments_of(children_map(c.scenario), self._totals))
        for unit_id, totals in list(self._totals.items()):
            if totals.findings != counts[unit_id]:
                self._totals[unit_id] = replace(totals, findings=counts[unit_id])
                if unit_id in self.scene.zones:
                    self.scene.zones[unit_id].summary_changed()

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

    def set_option(self, *, compact: bool, grade_rows: bool) -> None:
        """Set the layout options the View menu switches, and lay out again."""
        self.options = replace(self.options, compact=compact, grade_rows=grade_rows)
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
