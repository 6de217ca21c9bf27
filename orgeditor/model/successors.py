"""Successors: which units of an earlier scenario each unit of a later one succeeds.

A unit succeeds an earlier unit when it carries on that unit's work: the same
unit (same id), a rename, a merger (several predecessors) or one part of a split
(a predecessor with several successors; each post's unit in the later scenario
says which part it went to). A proposal's unit declares its predecessors in
``Unit.succession``; where it declares none, one is inferred from a unique
unit of the same name whose id the later scenario no longer has. Inferred
successors are shown for confirmation; confirming declares them.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from orgeditor.model.scenario import Scenario


class Basis(StrEnum):
    """Why a unit is taken to succeed an earlier one."""

    SAME_ID = "same id"
    DECLARED = "declared"
    SAME_NAME = "inferred: same name"


@dataclass(frozen=True)
class Predecessor:
    """One earlier unit that a later unit succeeds, and why."""

    unit: str
    basis: Basis


def predecessors(old: Scenario, new: Scenario) -> dict[str, tuple[Predecessor, ...]]:
    """For each unit of ``new`` that succeeds units of ``old`` besides its own id: those units.

    Every unit succeeds the unit of ``old`` with its own id, which is not listed.
    Declared predecessors come in their order (ids ``old`` lacks are skipped, so
    any two scenarios can be compared); a unit that declares none and whose id
    ``old`` lacks succeeds the one unit of ``old`` with the same name and short
    name whose id ``new`` lacks, that no unit declares and that the unit has not
    rejected (``Succession.rejected``).
    """
    found: dict[str, tuple[Predecessor, ...]] = {}
    declared: set[str] = set()
    open_ids = []  # units that may succeed a unit of the same name
    for unit in new.units.values():
        if unit.succession.units:
            chain = tuple(
                Predecessor(u, Basis.DECLARED)
                for u in unit.succession.units
                if u in old.units and u != unit.id
            )
            declared.update(p.unit for p in chain)
            if chain:
                found[unit.id] = chain
                continue
        if unit.id not in old.units:
            open_ids.append(unit.id)
    if open_ids:
        gone = _gone_by_name(old, new, declared)
        for unit_id in open_ids:
            unit = new.units[unit_id]
            rejected = unit.succession.rejected
            match = [u for u in gone.get((unit.name, unit.short_name), []) if u not in rejected]
            if len(match) == 1:
                found[unit_id] = (Predecessor(match[0], Basis.SAME_NAME),)
    return found


def predecessors_of(old: Scenario, new: Scenario, unit_id: str) -> tuple[Predecessor, ...]:
    """What ``predecessors`` says of one unit, its own id first (if ``old`` has it).

    For the Inspector: it reads the whole scenarios only when the unit may be
    inferred to succeed a unit of the same name.
    """
    unit = new.units[unit_id]
    chain = [Predecessor(unit_id, Basis.SAME_ID)] if unit_id in old.units else []
    chain += [
        Predecessor(u, Basis.DECLARED)
        for u in unit.succession.units
        if u in old.units and u != unit_id
    ]
    if chain or not any(
        u.name == unit.name and u.short_name == unit.short_name for u in old.units.values()
    ):
        return tuple(chain)
    return predecessors(old, new).get(unit_id, ())


def _gone_by_name(
    old: Scenario, new: Scenario, declared: set[str]
) -> dict[tuple[str, str], list[str]]:
    """(name, short name) -> the units of ``old`` with them that ``new`` lacks and no unit
    declares."""
    gone: dict[tuple[str, str], list[str]] = {}
    for unit in old.units.values():
        if unit.id not in new.units and unit.id not in declared:
            gone.setdefault((unit.name, unit.short_name), []).append(unit.id)
    return gone


def successors(chains: dict[str, tuple[Predecessor, ...]]) -> dict[str, tuple[str, ...]]:
    """Turn ``predecessors``' result around: each earlier unit that later units succeed
    (besides its own id), with those units in their order (several for a split)."""
    found: dict[str, list[str]] = {}
    for unit_id, chain in chains.items():
        for predecessor in chain:
            found.setdefault(predecessor.unit, []).append(unit_id)
    return {unit_id: tuple(units) for unit_id, units in found.items()}


def continues(chains: dict[str, tuple[Predecessor, ...]], old_unit: str, new_unit: str) -> bool:
    """True when a post in ``old_unit`` that is now in ``new_unit`` continues (not redeployed):
    the same unit, or ``new_unit`` succeeds ``old_unit``."""
    return old_unit == new_unit or any(p.unit == old_unit for p in chains.get(new_unit, ()))


class _Succession(Protocol):
    @property
    def units(self) -> Sequence[str]: ...
    @property
    def rejected(self) -> Sequence[str]: ...


def succession_problems(
    succession: _Succession, baseline: Collection[str], in_baseline: bool
) -> list[tuple[str, str]]:
    """What is wrong with a unit's succession, as (field, problem) with field ``units`` or
    ``rejected``: each id must be a ``baseline`` unit, listed once, not both succeeded and
    rejected, and only a proposal's unit succeeds anything. Empty when all is well.

    The one home of these checks for the file loader, the import and the commands.
    """
    problems = []
    for name, units in (("units", succession.units), ("rejected", succession.rejected)):
        if not units:
            continue
        if in_baseline:
            problems.append((name, "a baseline unit succeeds no other unit; remove the list"))
            continue
        problems += [
            (name, f"the baseline has no unit {u!r}; name only units of the baseline")
            for u in units
            if u not in baseline
        ]
        if len(set(units)) != len(units):
            problems.append((name, "a baseline unit is listed twice; list each once"))
    both = [u for u in succession.units if u in succession.rejected]
    if both:
        message = f"unit {both[0]!r} is both succeeded and rejected; keep it in one list"
        problems.append(("rejected", message))
    return problems
