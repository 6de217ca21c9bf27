"""The open document: a design, its file, the scenario on screen, one undo history, kept state.

Every edit goes through :meth:`OpenDocument.edit` onto the one
:class:`~orgeditor.commands.stack.UndoStack`; whatever does, undoes or redoes a
step (Undo, the History dock, a test calling ``history.undo()``) reaches
:meth:`OpenDocument._after_change`, which updates the kept state and emits
:attr:`OpenDocument.changed`.

State kept for speed, and what invalidates it (a test compares each with a
fresh computation):

- costs per scenario: ``cost_breakdown`` of a scenario, kept with the number of
  changes that touched that scenario; any change to it (or to the scenario
  list, or to design-wide settings) makes it stale.
- the last report of each scenario checked, in a
  :class:`~orgeditor.rules.kept.KeptFindings` per scenario: a rule keeps its
  findings while no edit since touched an aspect it reads (its docstring says
  what invalidates it; an edit of another proposal touches nothing); a change of
  the scenario list drops them. So switching back to a scenario checks only the
  rules the edits since have touched.
- each scenario's text as last saved, in :class:`~orgeditor.io.saved_text.SavedTexts`,
  kept with the same per-scenario change count as the costs: a save writes the
  kept text of every scenario no change touched since (:meth:`OpenDocument.scenario_text`);
  after opening a file, the text each scenario was read from (:meth:`keep_file_texts`).

When to check: a design of at most :data:`CHECK_AT_ONCE_UNITS` units is
checked at once after an edit, in one go; a bigger one after
:data:`CHECK_DELAY_MS`, a rule at a time, so typing and dragging never wait.
"""

from __future__ import annotations

from collections.abc import Generator
from pathlib import Path

from orgeditor.commands import Change, CommandError
from orgeditor.commands.stack import UndoStack
from orgeditor.editing.events import Event
from orgeditor.editing.intents import Factory, Intents
from orgeditor.io.saved_text import SavedTexts
from orgeditor.model import Design, Scenario, ScenarioKind
from orgeditor.model.aspects import EVERYTHING, Aspect
from orgeditor.model.costs import CostBreakdown, cost_breakdown
from orgeditor.rules import Report
from orgeditor.rules.kept import KeptFindings

CHECK_AT_ONCE_UNITS = 2_000  # up to here the rules take a few ms: check after every edit, at once
CHECK_DELAY_MS = 150  # above it, wait this long after the last edit, then check in slices


class OpenDocument(Intents):
    """One open design: its file, its undo history, the scenario shown, its latest report.

    Events: ``changed`` (a :class:`Change`, after every do, undo or redo),
    ``scenario_switched`` (the id shown now), ``report_ready`` (a
    :class:`Report`), ``check_started`` (None), ``edit_refused`` (the reason) and
    ``history_moved`` (None: what Undo/Redo would do, or the clean mark, changed).
    """

    def __init__(self, design: Design, path: Path | None = None) -> None:
        self.design = design
        self.path = path
        self.disk_stamp: tuple[int, int] | None = None  # the file as last read or written
        self.history = UndoStack(design)
        self.report: Report | None = None
        first = next(
            (s for s in design.scenarios if s.kind is ScenarioKind.PROPOSAL), design.scenarios[0]
        )
        self.scenario_id = first.id
        self.edit_count = 0  # edits, undos and redos so far: what autosave has copied
        self.changed: Event[Change] = Event()
        self.scenario_switched: Event[str] = Event()
        self.report_ready: Event[Report] = Event()
        self.check_started: Event[None] = Event()
        self.edit_refused: Event[str] = Event()
        self.history_moved: Event[None] = Event()
        self._kept: dict[str, KeptFindings] = {}  # scenario id -> its findings still valid
        self._versions: dict[str, int] = {}  # scenario id -> changes that touched it
        self._costs: dict[str, tuple[int, CostBreakdown]] = {}  # id -> (version, breakdown)
        self._texts = SavedTexts()  # each scenario's file text, with its version
        self.history.listeners.append(self._after_change)
        self.history.moved.append(lambda: self.history_moved.emit(None))

    @property
    def scenario(self) -> Scenario:
        """The scenario on screen."""
        for scenario in self.design.scenarios:
            if scenario.id == self.scenario_id:
                return scenario
        return self.design.baseline

    @property
    def modified(self) -> bool:
        """Whether there are changes since the last save or open."""
        return not self.history.clean

    # --- edits ----------------------------------------------------------------------------
    def edit(self, factory: Factory) -> bool:
        """Build a command from the current design and do it; say why if it is refused."""
        try:
            command = factory(self.design)
        except CommandError as error:
            self.edit_refused.emit(str(error))
            return False
        self.history.push(command)
        return True

    def _after_change(self, change: Change) -> None:
        """Called by the history after every do, undo and redo."""
        self.edit_count += 1
        for kept in self._kept.values():
            kept.note(change, self.design.baseline.id)
        touched = [change.scenario] if change.scenario and not change.scenarios else None
        for scenario_id in touched or [s.id for s in self.design.scenarios]:
            self._versions[scenario_id] = self._versions.get(scenario_id, 0) + 1
        if change.scenarios and self.scenario_id not in {s.id for s in self.design.scenarios}:
            self.scenario_id = change.scenario or self.design.baseline.id
            self.report = None  # it was the report of the scenario that is gone
            self.scenario_switched.emit(self.scenario_id)
        self.changed.emit(change)

    def switch_scenario(self, scenario_id: str) -> bool:
        """Show another scenario (a view change, not an edit); False if nothing changed."""
        if scenario_id == self.scenario_id or scenario_id not in {
            s.id for s in self.design.scenarios
        }:
            return False
        self.scenario_id = scenario_id
        self.report = None
        self.scenario_switched.emit(scenario_id)
        return True

    # --- kept state -----------------------------------------------------------------------
    def revision(self, scenario_id: str) -> int:
        """How many changes have touched the scenario ``scenario_id`` (a change of the
        scenario list or of the design's settings touches every scenario): what the state
        kept for a scenario is checked against."""
        return self._versions.get(scenario_id, 0)

    def costs_of(self, scenario: Scenario) -> CostBreakdown:
        """The posts and costs of ``scenario``, computed again only after it changed."""
        version = self.revision(scenario.id)
        known = self._costs.get(scenario.id)
        if known is None or known[0] != version:
            known = (version, cost_breakdown(self.design, scenario))
            self._costs[scenario.id] = known
        return known[1]

    def keep_file_texts(self, texts: dict[str, bytes]) -> None:
        """Take each scenario's text as read from the design's file
        (:func:`~orgeditor.io.saved_text.read_texts`), as its text before any change: the
        first save then writes an untouched scenario's bytes as read."""
        for scenario in self.design.scenarios:
            if scenario.id in texts:
                self._texts.keep(scenario, 0, texts[scenario.id])

    def scenario_text(self, scenario: Scenario) -> bytes:
        """``scenario``'s text in the design file, made again only after it changed (pass
        this as ``text`` to :func:`~orgeditor.io.save_design`)."""
        return self._texts.text(scenario, self.revision(scenario.id))

    # --- checking -------------------------------------------------------------------------
    @property
    def checks_at_once(self) -> bool:
        """Whether the scenario on screen is small enough to check at once, in one go."""
        return len(self.scenario.units) <= CHECK_AT_ONCE_UNITS

    @property
    def check_delay_ms(self) -> int:
        """How long to wait after an edit before checking (0: at once)."""
        return 0 if self.checks_at_once else CHECK_DELAY_MS

    def check_steps(self) -> Generator[str, None, Report]:
        """Check the scenario on screen a rule at a time; the report is announced at the end.

        Drop the generator when the design changes under it (the report would be stale).
        """
        self.check_started.emit(None)
        kept = self._kept_for(self.scenario_id)
        report = yield from kept.steps(self.design, self.scenario, self.costs_of)
        return self._announce(report)

    def check_now(self) -> Report:
        """Check the scenario on screen in one go and announce the report."""
        self.check_started.emit(None)
        kept = self._kept_for(self.scenario_id)
        return self._announce(kept.validate(self.design, self.scenario, self.costs_of))

    def _kept_for(self, scenario_id: str) -> KeptFindings:
        """The kept findings of ``scenario_id``, forgetting those of scenarios that are gone."""
        ids = {s.id for s in self.design.scenarios}
        for gone in self._kept.keys() - ids:
            del self._kept[gone]
        return self._kept.setdefault(scenario_id, KeptFindings())

    def _announce(self, report: Report) -> Report:
        self.report = report
        self._kept_for(report.scenario).keep(report)
        self.report_ready.emit(report)
        return report


def concerns(change: Change, scenario_id: str) -> bool:
    """Whether ``change`` may have altered the scenario ``scenario_id`` (a view's test).

    A change of the scenario list, or of the design's settings (no scenario),
    may alter every scenario.
    """
    return change.scenario is None or change.scenarios or change.scenario == scenario_id


def touched(change: Change, scenario_id: str, baseline_id: str) -> frozenset[Aspect]:
    """The aspects of scenario ``scenario_id`` that ``change`` may have altered, as a view
    of that scenario sees them (a view then updates only if it reads one of them).

    The change's own aspects when it is of that scenario or of the design's settings;
    :attr:`Aspect.BASELINE` when it changed the baseline and ``scenario_id`` is another
    scenario (a proposal reads the baseline: costs, successions); every aspect when the
    scenario list changed or the change reached several scenarios; none otherwise.
    """
    if change.scenarios:
        return EVERYTHING
    if change.scenario is None or change.scenario == scenario_id:
        return change.aspects
    if change.scenario == baseline_id and change.aspects:
        return frozenset({Aspect.BASELINE})
    return frozenset()
