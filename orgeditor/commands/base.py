"""Undoable edits of a design, without Qt: the one way the model changes.

A command checks that it can be applied when it is made (raising
:class:`CommandError` with a reason a planner understands), changes the model
in ``do`` and restores it exactly, including the order of units and posts, in
``undo``. Both return a :class:`Change` that says what a view must refresh.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from orgeditor.i18n import translate
from orgeditor.model import Citation, Design, LocalName, Scenario, citation_problems
from orgeditor.model.aspects import DRAWN, Aspect
from orgeditor.model.names import checked_names
from orgeditor.model.text import (
    MAX_NAME_LENGTH,
    NAME,
    SHORT,
    TEXT,
    TextRule,
    id_problem,
    make_id,
    text_problem,
)

new_id = make_id  # the commands' name for it: every generated id is valid and unique


def unused_id(design: Design, table: str, prefix: str) -> str:
    """An id for a new unit, post or line (``table``) that no scenario of ``design`` uses.

    An id shared by two scenarios means the same unit (or post, or line) in both:
    the redeployment tables and the successions follow it. A new object taking
    the id of one deleted from this scenario but still in another would read as
    continuing it, so ids are taken among every scenario, not only the one shown.
    """
    taken: set[str] = set()
    for scenario in design.scenarios:
        taken.update(getattr(scenario, table))
    return make_id(prefix, taken)


V = TypeVar("V")


class CommandError(Exception):
    """An edit the model refuses; the message says why, for the status bar."""


@dataclass(frozen=True)
class Change:
    """What an edit touched: one scenario (or the scenario list), which aspects, which units.

    ``aspects`` (required) names every :class:`Aspect` of ``scenario`` the edit
    touched, or of the design when ``scenario`` is None; the rules keep the
    findings of a rule that reads none of them. ``units`` are the units whose
    cards show something new (added, removed or edited ones, and the parents
    that gained or lost a child). ``scenarios`` is true when the scenario list
    changed (a copy, a rename, a deletion) or the edit reached several scenarios:
    a view then shows everything afresh. ``tests/core/test_change_covers.py``
    checks every command's change against the document's real difference.
    """

    scenario: str | None
    aspects: frozenset[Aspect]
    units: frozenset[str] = field(default_factory=frozenset)
    scenarios: bool = False

    @property
    def layout(self) -> bool:
        """Whether the chart's shape may have changed (what it draws), not only a card's text."""
        return not self.aspects.isdisjoint(DRAWN)

    def merged(self, other: Change) -> Change:
        """A change that covers both."""
        return Change(
            self.scenario if self.scenario == other.scenario else None,
            self.aspects | other.aspects,
            self.units | other.units,
            self.scenarios or other.scenarios or self.scenario != other.scenario,
        )


class Command(ABC):
    """One undoable edit; ``text`` names it in the history ("Move OMA to DPPA")."""

    text: str = "Edit"

    @abstractmethod
    def do(self, design: Design) -> Change:
        """Apply the edit."""

    @abstractmethod
    def undo(self, design: Design) -> Change:
        """Restore the design exactly as it was before ``do``."""


class ScenarioCommand(Command, ABC):
    """A command on one scenario, found by id each time (commands hold ids, not objects)."""

    def __init__(self, design: Design, scenario_id: str) -> None:
        self.scenario_id = scenario_id
        self.scenario(design)  # fails early on an unknown id

    def scenario(self, design: Design) -> Scenario:
        """The scenario this command edits."""
        for scenario in design.scenarios:
            if scenario.id == self.scenario_id:
                return scenario
        raise CommandError(no_scenario(self.scenario_id))


class MacroCommand(Command):
    """Several commands as one step; if one fails, the ones done are undone."""

    def __init__(self, text: str, commands: Sequence[Command]) -> None:
        if not commands:
            raise CommandError(translate("Refusal", "nothing to do"))
        self.text = text
        self.commands = list(commands)

    def do(self, design: Design) -> Change:
        done: list[Command] = []
        change: Change | None = None
        try:
            for command in self.commands:
                step = command.do(design)
                done.append(command)
                change = step if change is None else change.merged(step)
        except Exception:
            for command in reversed(done):
                command.undo(design)
            raise
        assert change is not None
        return change

    def undo(self, design: Design) -> Change:
        change: Change | None = None
        for command in reversed(self.commands):
            step = command.undo(design)
            change = step if change is None else change.merged(step)
        assert change is not None
        return change


def nothing_changes() -> str:
    """Why an edit that would leave everything as it is is refused."""
    return translate("Refusal", "nothing changes")


def no_scenario(scenario_id: str) -> str:
    """Why an edit naming a scenario the design does not have is refused."""
    return translate("Refusal", "there is no scenario {id}").format(id=repr(scenario_id))


def no_unit(unit_id: str) -> str:
    """Why an edit naming a unit the scenario does not have is refused."""
    return translate("Refusal", "there is no unit {id}").format(id=repr(unit_id))


def insert_at(mapping: dict[str, V], index: int, key: str, value: V) -> None:
    """Put ``key`` at position ``index`` of an ordered dict, in place."""
    if index >= len(mapping):
        mapping[key] = value
        return
    items = list(mapping.items())
    items.insert(index, (key, value))
    mapping.clear()
    mapping.update(items)


def check_citation(value: object) -> Citation:
    """A copy of ``value`` if it is a meaningful citation (issue 21), else a CommandError."""
    if not isinstance(value, Citation):
        raise CommandError(
            translate("Refusal", "a citation has a reference, whether it is inferred, and a reason")
        )
    check_text(value.ref, SHORT, "reference")
    check_text(value.reason, TEXT, "reason")
    problems = citation_problems(value)
    if problems:
        raise CommandError("; ".join(problems))
    return Citation(value.ref, value.inferred, value.reason)


def check_names(design: Design, names: object, what: str = "name") -> dict[str, LocalName]:
    """A clean copy of ``names`` in other languages (issue 19) as a unit, scenario or
    required body of ``design`` may hold them (each text a name, each short one a
    short name), else a CommandError saying why; messages call an entry ``what``."""
    try:
        checked = checked_names(names, design.metadata.language, MAX_NAME_LENGTH, what)
    except ValueError as error:
        raise CommandError(str(error)) from None
    for tag, entry in checked.items():
        check_text(entry.name, NAME, f"{what} in {tag}")
        check_text(entry.short_name, SHORT, f"short {what} in {tag}")
    return checked


def check_text(value: object, rule: TextRule, label: str = "") -> str:
    """``value`` if a field under ``rule`` may hold it, else a CommandError saying why.

    ``label`` names the field in the message ("title: ...") when the rule's
    own words ("a short text") would not say which.
    """
    problem = text_problem(value, rule)
    if problem is not None:
        raise CommandError(f"{label}: {problem}" if label else problem)
    assert isinstance(value, str)
    return value


def check_id(value: object) -> str:
    """``value`` if it is a valid id, else a CommandError saying why."""
    problem = id_problem(value)
    if problem is not None:
        raise CommandError(problem)
    assert isinstance(value, str)
    return value
