"""The document controller: turns intents into commands on the one QUndoStack.

Widgets and the scene emit intents; the controller builds a pure command
(``orgeditor.commands``), pushes it, and tells everyone what changed. It also
re-validates the current scenario shortly after each change (debounced, so
typing and dragging never wait for the rules).
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from orgeditor.commands import (
    AbolishPostsCommand,
    AddLineCommand,
    AddPostCommand,
    AddUnitCommand,
    Change,
    Command,
    CommandError,
    CopyScenarioCommand,
    DeleteScenarioCommand,
    DeleteUnitsCommand,
    ImportTablesCommand,
    MovePostsCommand,
    RemoveLineCommand,
    RenameScenarioCommand,
    SetBodyCommand,
    SetLineFieldCommand,
    SetPostFieldCommand,
    SetUnitFieldCommand,
    command_for_fix,
    move_units_command,
    new_id,
    turn_off_rule_command,
)
from orgeditor.commands.properties import SetScenarioRoleCommand
from orgeditor.model import (
    Body,
    Design,
    LineKind,
    Post,
    ReportingLine,
    Scenario,
    ScenarioKind,
    Unit,
    UnitKind,
)
from orgeditor.model.costs import CostBreakdown, cost_breakdown
from orgeditor.perf import settle
from orgeditor.rules import Finding, Report, validate
from orgeditor.rules.engine import validation_steps
from orgeditor.rules.graph import GraphKeeper, ScenarioGraphs

VALIDATION_DELAY_MS = 150
Factory = Callable[[Design], Command]


class _QtCommand(QUndoCommand):
    """Mirrors a pure command into Qt's undo stack."""

    def __init__(self, controller: DocumentController, command: Command) -> None:
        super().__init__(command.text)
        self.controller = controller
        self.command = command

    def redo(self) -> None:
        self.controller.after_change(self.command.do(self.controller.design))

    def undo(self) -> None:
        self.controller.after_change(self.command.undo(self.controller.design))


class DocumentController(QObject):
    """One open design: its file, its undo stack, the scenario shown, its latest report."""

    changed = Signal(object)  # Change
    scenario_switched = Signal(str)
    report_ready = Signal(object)  # Report
    validation_started = Signal()
    edit_refused = Signal(str)

    def __init__(
        self, design: Design, path: Path | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.design = design
        self.path = path
        self.disk_stamp: tuple[int, int] | None = None  # the file as last read or written
        self.undo_stack = QUndoStack(self)
        self.report: Report | None = None
        first = next(
            (s for s in design.scenarios if s.kind is ScenarioKind.PROPOSAL), design.scenarios[0]
        )
        self.scenario_id = first.id
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(VALIDATION_DELAY_MS)
        self._timer.timeout.connect(self._start_checking)
        self._slices = QTimer(self)  # runs one rule per turn of the event loop
        self._slices.setInterval(0)
        self._slices.timeout.connect(self._check_slice)
        self._checking: Generator[str, None, Report] | None = None
        self._graphs = GraphKeeper()  # the rule graphs of the scenario on screen, kept up to date
        self._graphs_of: tuple[str, ScenarioGraphs] | None = None  # and for which scenario
        self._posts_only_since_report = False  # the rules that do not read posts may keep theirs
        self._versions: dict[str, int] = {}  # scenario id -> edits so far (for caches)
        self.edit_count = 0  # edits, undos and redos so far: what autosave has copied
        self._costs: dict[str, tuple[int, CostBreakdown]] = {}

    @property
    def scenario(self) -> Scenario:
        """The scenario on the canvas."""
        for scenario in self.design.scenarios:
            if scenario.id == self.scenario_id:
                return scenario
        return self.design.baseline

    # --- edits ----------------------------------------------------------------------------
    def edit(self, factory: Factory) -> bool:
        """Build a command from the current design and push it; say why if it is refused."""
        try:
            command = factory(self.design)
        except CommandError as error:
            self.edit_refused.emit(str(error))
            return False
        self.undo_stack.push(_QtCommand(self, command))
        return True

    def after_change(self, change: Change) -> None:
        """Called by every command after do or undo."""
        self.edit_count += 1
        if change.rewires:
            self._graphs_of = None
        self._posts_only_since_report &= change.posts_only
        touched = [change.scenario] if change.scenario and not change.scenarios else None
        for scenario_id in touched or [s.id for s in self.design.scenarios]:
            self._versions[scenario_id] = self._versions.get(scenario_id, 0) + 1
        if change.scenarios and self.scenario_id not in {s.id for s in self.design.scenarios}:
            self.scenario_id = change.scenario or self.design.baseline.id
            self.report = None  # it was the report of the scenario that is gone
            self.scenario_switched.emit(self.scenario_id)
        self._stop_checking()
        self.changed.emit(change)
        settle()  # what the edit left alive (layout, cards) is kept: spare it the collector
        self._timer.start()

    def switch_scenario(self, scenario_id: str) -> None:
        """Show another scenario (a view change, not an edit)."""
        if scenario_id != self.scenario_id and scenario_id in {s.id for s in self.design.scenarios}:
            self.scenario_id = scenario_id
            self.report = None
            self.scenario_switched.emit(scenario_id)
            self.validate_now()

    def costs_of(self, scenario: Scenario) -> CostBreakdown:
        """The posts and costs of ``scenario``, computed again only after it changed."""
        version = self._versions.get(scenario.id, 0)
        known = self._costs.get(scenario.id)
        if known is None or known[0] != version:
            known = (version, cost_breakdown(self.design, scenario))
            self._costs[scenario.id] = known
        return known[1]

    def validate_soon(self) -> None:
        """Check the current scenario once the event loop has shown what is pending."""
        self._timer.start()

    def _start_checking(self) -> None:
        """Check the current scenario a rule at a time, so the window stays responsive."""
        self._stop_checking()
        self.validation_started.emit()
        self._checking = self._steps(self.scenario)
        self._slices.start()

    def _steps(self, scenario: Scenario) -> Generator[str, None, Report]:
        yield "graphs"  # bringing the graphs up to date is a slice of its own
        graphs = self._rule_graphs(scenario)
        steps = validation_steps(
            self.design, scenario, graphs=graphs, costs=self.costs_of, kept=self._kept_for(scenario)
        )
        return (yield from steps)

    def _check_slice(self) -> None:
        if self._checking is None:
            self._slices.stop()
            return
        try:
            next(self._checking)
        except StopIteration as done:
            self._stop_checking()
            self._announce(done.value)

    def _stop_checking(self) -> None:
        """Drop a check under way (the design changed under it, or a full one replaces it)."""
        self._slices.stop()
        self._checking = None

    @property
    def checking(self) -> bool:
        """Whether a check is under way."""
        return self._checking is not None or self._timer.isActive()

    def _rule_graphs(self, scenario: Scenario) -> ScenarioGraphs:
        """The graphs of ``scenario``, brought up to date only after an edit that rewired it."""
        if self._graphs_of is None or self._graphs_of[0] != scenario.id:
            self._graphs_of = (scenario.id, self._graphs.graphs(scenario))
        return self._graphs_of[1]

    def _kept_for(self, scenario: Scenario) -> Report | None:
        """The last report, if it is of ``scenario`` and only posts changed since."""
        report = self.report
        if report is None or not self._posts_only_since_report or report.scenario != scenario.id:
            return None
        return report

    def validate_now(self) -> Report:
        """Check the current scenario now and announce the report."""
        self._timer.stop()
        self._stop_checking()
        scenario = self.scenario
        self.validation_started.emit()
        graphs = self._rule_graphs(scenario)
        kept = self._kept_for(scenario)
        report = validate(self.design, scenario, graphs=graphs, costs=self.costs_of, kept=kept)
        self._announce(report)
        return report

    def _announce(self, report: Report) -> None:
        self.report = report
        self._posts_only_since_report = True
        self.report_ready.emit(report)

    # --- intents --------------------------------------------------------------------------
    def move_units(self, unit_ids: list[str], target: str) -> bool:
        """Re-parent units; into the shared structure with their dual lines (commands.shared)."""
        sid = self.scenario_id
        return self.edit(lambda d: move_units_command(d, sid, unit_ids, target))

    def move_posts(self, post_ids: list[str], unit_id: str) -> bool:
        """Redeploy posts to a unit."""
        sid = self.scenario_id
        return self.edit(lambda d: MovePostsCommand(d, sid, post_ids, unit_id))

    def apply_fix(self, finding: Finding) -> bool:
        """Apply a finding's suggested fix as one undoable step."""
        if finding.fix is None:
            self.edit_refused.emit(finding.no_fix or "this finding has no automatic fix")
            return False
        fix, sid = finding.fix, self.scenario_id
        return self.edit(lambda d: command_for_fix(d, sid, fix))

    def turn_off_rule(self, rule_id: str) -> bool:
        """Turn a rule off for this design, as one undoable step."""
        return self.edit(lambda d: turn_off_rule_command(d, rule_id))

    def set_unit_field(self, unit_id: str, name: str, value: object) -> bool:
        """Edit one field of a unit."""
        sid = self.scenario_id
        return self.edit(lambda d: SetUnitFieldCommand(d, sid, unit_id, name, value))

    def add_unit(self, parent: str, name: str) -> str | None:
        """Add a unit under ``parent``; returns its id."""
        sid = self.scenario_id
        unit_id = new_id("unit", set(self.scenario.units))
        kind = UnitKind.UNIT
        done = self.edit(lambda d: AddUnitCommand(d, sid, Unit(unit_id, name, kind, parent=parent)))
        return unit_id if done else None

    def delete_units(self, unit_ids: list[str]) -> bool:
        """Delete units with their sub-units, posts and lines."""
        sid = self.scenario_id
        return self.edit(lambda d: DeleteUnitsCommand(d, sid, unit_ids))

    def add_post(self, unit_id: str, grade: str, funding: str) -> bool:
        """Establish a post in a unit."""
        sid = self.scenario_id
        post_id = new_id(f"{unit_id}.new", set(self.scenario.posts))
        return self.edit(lambda d: AddPostCommand(d, sid, Post(post_id, grade, funding, unit_id)))

    def abolish_posts(self, post_ids: list[str]) -> bool:
        """Abolish posts."""
        sid = self.scenario_id
        return self.edit(lambda d: AbolishPostsCommand(d, sid, post_ids))

    def set_post_field(self, post_id: str, name: str, value: str) -> bool:
        """Reclassify a post, change its funding or its title."""
        sid = self.scenario_id
        return self.edit(lambda d: SetPostFieldCommand(d, sid, post_id, name, value))

    def add_line(self, source: str, target: str, kind: str) -> bool:
        """Add a dual or dotted line."""
        sid = self.scenario_id
        line_id = new_id(f"{source}-{target}", set(self.scenario.lines))
        line = ReportingLine(line_id, source, target, LineKind(kind))
        return self.edit(lambda d: AddLineCommand(d, sid, line))

    def remove_line(self, line_id: str) -> bool:
        """Remove a line."""
        sid = self.scenario_id
        return self.edit(lambda d: RemoveLineCommand(d, sid, line_id))

    def set_line_field(self, line_id: str, name: str, value: str) -> bool:
        """Edit a line's caption or condition."""
        sid = self.scenario_id
        return self.edit(lambda d: SetLineFieldCommand(d, sid, line_id, name, value))

    def set_scenario_role(self, role: str, unit_id: str | None) -> bool:
        """Give a scenario role (top, shared structure ...) to a unit, or to none."""
        sid = self.scenario_id
        return self.edit(lambda d: SetScenarioRoleCommand(d, sid, role, unit_id))

    def set_body(self, body: Body) -> bool:
        """Set a body unit's chair and members."""
        sid = self.scenario_id
        return self.edit(lambda d: SetBodyCommand(d, sid, body))

    def import_scenario(self, merged: Scenario, source: str) -> bool:
        """Replace the current scenario's units and posts by an import's (one undo step)."""
        scenario_id = self.scenario_id
        return self.edit(lambda d: ImportTablesCommand(d, scenario_id, merged, source))

    def copy_scenario(self, scenario_id: str, name: str) -> bool:
        """Create a proposal as a copy of a scenario, and show it."""
        command: list[CopyScenarioCommand] = []

        def make(design: Design) -> Command:
            command.append(CopyScenarioCommand(design, scenario_id, name))
            return command[0]

        if not self.edit(make):
            return False
        self.switch_scenario(command[0].new_id)
        return True

    def rename_scenario(self, scenario_id: str, name: str) -> bool:
        """Rename a scenario."""
        return self.edit(lambda d: RenameScenarioCommand(d, scenario_id, name))

    def delete_scenario(self, scenario_id: str) -> bool:
        """Delete a proposal."""
        return self.edit(lambda d: DeleteScenarioCommand(d, scenario_id))

    @property
    def modified(self) -> bool:
        """Whether there are changes since the last save or open."""
        return not self.undo_stack.isClean()
