"""Undoable edit of the bodies GOV-SPG requires and of the units REGION-DUAL checks.

``rules.required_bodies`` and ``rules.dual_reporting`` name department roles
and units, so their checks need the design's units as well as its settings.
They say, field by field, what the loader (``io.checks``) would refuse, with the
loader's own checks (``orgeditor.model.role_refs``), and one thing more, which
makes the command stricter than the loader: a unit id no scenario holds, which
is a typing mistake here but must still load in a file (edits may delete a unit
a body names). So the Settings dialog shows the problem next to the field, and
:func:`set_bodies` refuses settings that would not load again or that name no unit.
"""

from __future__ import annotations

import copy
from collections.abc import Collection, Mapping, Sequence

from orgeditor.commands.base import Command, CommandError
from orgeditor.commands.references import Kind
from orgeditor.commands.settings import SettingsCommand
from orgeditor.commands.settings_checks import DesignSettings
from orgeditor.i18n import translate
from orgeditor.model import Design, RequiredBody
from orgeditor.model.names import checked_names
from orgeditor.model.role_refs import body_ref_problems
from orgeditor.model.role_refs import dual_problems as role_problems
from orgeditor.model.text import MAX_NAME_LENGTH, NAME, SHORT, id_problem, text_problem


def design_units(design: Design) -> set[str]:
    """The ids of the units of every scenario (a ``unit:`` reference may name any)."""
    return {unit_id for scenario in design.scenarios for unit_id in scenario.units}


def body_problems(
    body: RequiredBody, roles: Collection[str], units: Collection[str], language: str
) -> dict[str, str]:
    """Why each field of ``body`` cannot be stored ("id", "name", "called", "names", "body",
    "chair", "members"); empty when all is well. References are checked by the loader's own
    :func:`~orgeditor.model.role_refs.body_ref_problems`, units against ``units``, names in
    other languages as a unit's (``language`` is the design's own)."""
    problems: dict[str, str] = {}
    for name, problem in (
        ("id", id_problem(body.id)),
        ("name", text_problem(body.name, NAME)),
        ("called", text_problem(body.called, SHORT)),
        ("names", _names_problem(body, language)),
    ):
        if problem is not None:
            problems[name] = problem
    for place, problem in body_ref_problems(body, roles, units).items():
        problems.setdefault(place.partition("[")[0], problem)
    return problems


def _names_problem(body: RequiredBody, language: str) -> str | None:
    try:
        names = checked_names(body.names, language, MAX_NAME_LENGTH)
    except ValueError as error:
        return str(error)
    for tag, entry in names.items():
        problem = text_problem(entry.name, NAME) or text_problem(entry.short_name, SHORT)
        if problem is not None:
            return f"{tag}: {problem}"
    return None


def dual_problems(
    dual: Mapping[str, Sequence[str]], roles: Collection[str], units: Collection[str]
) -> dict[str, str]:
    """Why each unit's dual reporting cannot be stored, by unit id; empty when all is well.

    The loader's :func:`~orgeditor.model.role_refs.dual_problems`, and one check more:
    the unit must be in some scenario."""
    problems: dict[str, str] = {}
    for unit_id, departments in dual.items():
        found = role_problems(departments, roles)
        if unit_id not in units:
            problems[unit_id] = translate(
                "Refusal", "there is no unit {id} in any scenario"
            ).format(id=repr(unit_id))
        elif found:
            problems[unit_id] = next(iter(found.values()))
    return problems


def set_bodies(
    design: Design, bodies: Sequence[RequiredBody], dual: Mapping[str, Sequence[str]]
) -> Command:
    """Set the required bodies and the dual reporting in one step; refuse what would not load."""
    settings = DesignSettings.of(design)
    roles, units = settings.ids(Kind.ROLE), design_units(design)
    for body in bodies:
        problems = body_problems(body, roles, units, design.metadata.language)
        if problems:
            name, problem = next(iter(problems.items()))
            raise CommandError(
                translate("Refusal", "required body {id}: {field}: {problem}").format(
                    id=repr(body.id), field=name, problem=problem
                )
            )
    problems = dual_problems(dual, roles, units)
    if problems:
        raise CommandError(
            translate("Refusal", "dual reporting: {problem}").format(
                problem=next(iter(problems.values()))
            )
        )
    settings.rules.required_bodies = copy.deepcopy(list(bodies))
    settings.rules.dual_reporting = {unit: list(roles) for unit, roles in dual.items()}
    return SettingsCommand(
        design, translate("Command", "Edit required bodies and dual reporting"), settings
    )
