"""Undoable edit of the bodies GOV-SPG requires and of the units REGION-DUAL checks.

``rules.required_bodies`` and ``rules.dual_reporting`` name department roles
and units, so their checks need the design's units as well as its settings.
They say, field by field, what the loader (``io.checks``) would refuse, and one
thing more: a unit id no scenario holds, which is a typing mistake here but
must still load in a file (edits may delete a unit a body names). So the
Settings dialog shows the problem next to the field, and :func:`set_bodies`
refuses settings that would not load again or that name no unit.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Collection, Mapping, Sequence

from orgeditor.commands.base import Command, CommandError
from orgeditor.commands.references import Kind
from orgeditor.commands.settings import SettingsCommand
from orgeditor.commands.settings_checks import DesignSettings
from orgeditor.io.schema import UNIT_REF_PATTERN
from orgeditor.model import Design, RequiredBody
from orgeditor.model.text import MAX_ID_LENGTH, NAME, SHORT, id_problem, text_problem

# the references that name no entry, in the order a picker lists them
PLAIN_REFS = ("top", "departments", "executive-office", "shared-structure", "principals-group")
_REF = re.compile(UNIT_REF_PATTERN)


def design_units(design: Design) -> set[str]:
    """The ids of the units of every scenario (a ``unit:`` reference may name any)."""
    return {unit_id for scenario in design.scenarios for unit_id in scenario.units}


def ref_problem(ref: str, roles: Collection[str], units: Collection[str]) -> str | None:
    """Why ``ref`` is not a reference the loader accepts, or None when it is."""
    kind, _, value = ref.partition(":")
    if kind == "department" and value and value not in roles:
        return f"there is no department role {value!r}"
    if kind == "unit" and value and value not in units:
        return f"there is no unit {value!r} in any scenario"
    if len(ref) > MAX_ID_LENGTH + len("department:") or _REF.match(ref) is None:
        kinds = ", ".join(PLAIN_REFS)
        return f"{ref!r} is not a reference: use {kinds}, department:<role> or unit:<id>"
    return None


def body_problems(
    body: RequiredBody, roles: Collection[str], units: Collection[str]
) -> dict[str, str]:
    """Why each field of ``body`` cannot be stored ("id", "name", "called", "body", "chair",
    "members"); empty when all is well."""
    problems: dict[str, str] = {}
    for name, problem in (
        ("id", id_problem(body.id)),
        ("name", text_problem(body.name, NAME)),
        ("called", text_problem(body.called, SHORT)),
        ("body", ref_problem(body.body, roles, units)),
        ("chair", ref_problem(body.chair, roles, units)),
    ):
        if problem is not None:
            problems[name] = problem
    member = next((p for m in body.members if (p := ref_problem(m, roles, units))), None)
    if member is not None:
        problems["members"] = member
    return problems


def dual_problems(
    dual: Mapping[str, Sequence[str]], roles: Collection[str], units: Collection[str]
) -> dict[str, str]:
    """Why each unit's dual reporting cannot be stored, by unit id; empty when all is well."""
    problems: dict[str, str] = {}
    for unit_id, departments in dual.items():
        unknown = [r for r in departments if r not in roles]
        if unit_id not in units:
            problems[unit_id] = f"there is no unit {unit_id!r} in any scenario"
        elif unknown:
            problems[unit_id] = f"there is no department role {unknown[0]!r}"
        elif len(set(departments)) < 2:
            problems[unit_id] = f"{unit_id} must report to at least two department roles"
    return problems


def set_bodies(
    design: Design, bodies: Sequence[RequiredBody], dual: Mapping[str, Sequence[str]]
) -> Command:
    """Set the required bodies and the dual reporting in one step; refuse what would not load."""
    settings = DesignSettings.of(design)
    roles, units = settings.ids(Kind.ROLE), design_units(design)
    for body in bodies:
        problems = body_problems(body, roles, units)
        if problems:
            name, problem = next(iter(problems.items()))
            raise CommandError(f"required body {body.id!r}: {name}: {problem}")
    problems = dual_problems(dual, roles, units)
    if problems:
        raise CommandError(f"dual reporting: {next(iter(problems.values()))}")
    settings.rules.required_bodies = copy.deepcopy(list(bodies))
    settings.rules.dual_reporting = {unit: list(roles) for unit, roles in dual.items()}
    return SettingsCommand(design, "Edit required bodies and dual reporting", settings)
