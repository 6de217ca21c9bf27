"""Every command's Change covers what really changed in the document; undo restores it.

What changed is computed here, independently of the commands: the design is taken
apart into (scenario, aspect) pieces and each unit's fields, and the pieces that
differ before and after the edit must all be named by the command's Change.
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import pkgutil
from collections.abc import Hashable
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import orgeditor.commands as commands_package
from orgeditor.commands import Change, Command, CommandError
from orgeditor.io import dumps
from orgeditor.model import Design, Scenario, Unit
from orgeditor.model.aspects import UNIT_FIELD_ASPECTS, Aspect
from tests.core.edits import DESIGNS, FACTORIES, command_of, design_named

Piece = tuple[str | None, Hashable]  # (scenario id or None for the design, aspect or unit)


def _unit_pieces(unit: Unit) -> dict[Aspect, list[Any]]:
    found: dict[Aspect, list[Any]] = {}
    for field in dataclasses.fields(unit):
        found.setdefault(UNIT_FIELD_ASPECTS[field.name], []).append(getattr(unit, field.name))
    return found


def _scenario_pieces(s: Scenario) -> dict[Hashable, Any]:
    pieces: dict[Hashable, Any] = {
        Aspect.POSTS: list(s.posts.items()),
        Aspect.LINES: list(s.lines.items()),
        Aspect.BODIES: list(s.bodies.items()),
        Aspect.ROLES: s.roles,
        "order": list(s.units),
        "meta": (s.name, s.kind, s.description),
    }
    for unit in s.units.values():
        for aspect, value in _unit_pieces(unit).items():
            pieces[(unit.id, aspect)] = value
    return pieces


def pieces(design: Design) -> dict[Piece, str]:
    """The design taken apart: every piece an edit can change, by scenario."""
    found: dict[Piece, Any] = {}
    for field in dataclasses.fields(design):
        if field.name != "scenarios":
            aspect = {
                "rules": Aspect.RULE_SETTINGS,
                "comments": Aspect.COMMENTS,
                "conflicts": Aspect.COMMENTS,
            }.get(field.name, Aspect.SETTINGS)
            found.setdefault((None, aspect), []).append(getattr(design, field.name))
    found[(None, "scenario list")] = [s.id for s in design.scenarios]
    for scenario in design.scenarios:
        for key, value in _scenario_pieces(scenario).items():
            found[(scenario.id, key)] = value
    return {key: repr(value) for key, value in found.items()}  # a deep snapshot


def _cards(design: Design, sid: str) -> dict[str, Any]:
    """What each unit's card could show: its own fields, posts, lines, body, children."""
    scenario = next(s for s in design.scenarios if s.id == sid)
    shown: dict[str, list[Any]] = {u: [dataclasses.astuple(x)] for u, x in scenario.units.items()}
    for unit in scenario.units.values():
        if unit.parent in shown:
            shown[unit.parent].append(("child", unit.id))
    for post in scenario.posts.values():
        shown.setdefault(post.unit, []).append(dataclasses.astuple(post))
    for line in scenario.lines.values():
        for end in (line.source, line.target):
            shown.setdefault(end, []).append(dataclasses.astuple(line))
    for body in scenario.bodies.values():
        shown.setdefault(body.unit, []).append(dataclasses.astuple(body))
    return shown


@dataclasses.dataclass
class Snapshot:
    """A design as its pieces, its cards and its file, taken before or after an edit."""

    pieces: dict[Piece, str]
    cards: dict[str, dict[str, Any]]
    saved: bytes

    @classmethod
    def of(cls, design: Design) -> Snapshot:
        cards = {s.id: _cards(design, s.id) for s in design.scenarios}
        return cls(pieces(design), cards, dumps(design))


def assert_covers(before: Snapshot, after: Snapshot, change: Change) -> None:
    """``change`` names every piece that differs between ``before`` and ``after``."""
    old, new = before.pieces, after.pieces
    differ = {k for k in old.keys() | new.keys() if old.get(k, k) != new.get(k, k)}
    for scope, key in differ:
        aspect = key[1] if isinstance(key, tuple) else key
        if key in ("scenario list", "meta"):
            assert change.scenarios, f"{scope}: {key} changed, Change.scenarios is false"
        elif aspect == "order":
            assert Aspect.STRUCTURE in change.aspects, f"{scope}: unit order, not in {change}"
        else:
            assert aspect in change.aspects, f"{scope}: {aspect} changed, not in {change}"
        if scope is not None:
            assert change.scenario == scope or change.scenarios, f"{scope} changed: {change}"
    if change.scenarios or change.scenario is None:
        return  # a view shows everything afresh
    cards_before = before.cards.get(change.scenario, {})
    cards_after = after.cards.get(change.scenario, {})
    stale = {
        unit
        for unit in cards_before.keys() | cards_after.keys()
        if cards_before.get(unit) != cards_after.get(unit)
    }
    assert stale <= change.units, f"cards {sorted(stale - change.units)} not in {change}"


def command_classes() -> set[type[Command]]:
    """Every concrete command class the package defines (each module imported first)."""
    for module in pkgutil.iter_modules(commands_package.__path__):
        importlib.import_module(f"{commands_package.__name__}.{module.name}")
    found: set[type[Command]] = set()
    todo = list(Command.__subclasses__())
    while todo:
        cls = todo.pop()
        todo += cls.__subclasses__()
        public = not cls.__name__.startswith("_")  # a private class is a base of others
        if (
            public
            and not inspect.isabstract(cls)
            and cls.__module__.startswith(commands_package.__name__)
        ):
            found.add(cls)
    return found


def test_every_command_class_has_a_random_factory() -> None:
    assert command_classes() == set(FACTORIES)


def test_unit_field_aspects_cover_every_unit_field() -> None:
    names = {f.name for f in dataclasses.fields(Unit)}
    assert set(UNIT_FIELD_ASPECTS) == names


CLASSES = sorted(FACTORIES, key=lambda c: c.__name__)


@pytest.mark.parametrize("cls", CLASSES, ids=[c.__name__ for c in CLASSES])
@settings(max_examples=5, deadline=None, suppress_health_check=list(HealthCheck))
@given(name=st.sampled_from(DESIGNS), data=st.data())
def test_change_covers_the_real_difference(
    cls: type[Command], name: str, data: st.DataObject
) -> None:
    design = design_named(name)
    try:
        command = command_of(cls, design, data)
    except CommandError:
        assume(False)
        return
    before = Snapshot.of(design)
    change = command.do(design)
    after = Snapshot.of(design)
    assert_covers(before, after, change)
    undone = command.undo(design)
    assert dumps(design) == before.saved
    assert_covers(after, Snapshot.of(design), undone)
