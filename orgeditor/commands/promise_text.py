"""The promise parameters as a planner types them: groups of units and required head grades.

``rules.keep_together`` is written one group a line, ``name: unit, unit, unit``;
``rules.required_head_grades`` as ``unit=grade, unit=grade``. Each parser returns
the value and, when the text cannot be read, why, in a sentence a form shows.
"""

from __future__ import annotations

from collections.abc import Collection

from orgeditor.i18n import translate


def groups_text(groups: dict[str, list[str]]) -> str:
    """``name: a, b, c``, one group a line."""
    return "\n".join(f"{name}: {', '.join(units)}" for name, units in groups.items())


def parse_groups(text: str, units: Collection[str]) -> tuple[dict[str, list[str]], str]:
    """The groups ``text`` names (see :func:`groups_text`) and a problem, "" when none.

    ``units`` are the unit ids the design has (in any scenario); a group names two or more.
    """
    groups: dict[str, list[str]] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        name, colon, listed = line.partition(":")
        members = [u.strip() for u in listed.split(",") if u.strip()]
        if not colon or not name.strip():
            problem = translate("Refusal", "line {line}: write a name, a colon, then the unit ids")
            return groups, problem.format(line=number)
        if len(members) < 2:
            problem = translate("Refusal", "line {line}: a group names two units or more")
            return groups, problem.format(line=number)
        unknown = [u for u in members if u not in units]
        if unknown:
            problem = translate("Refusal", "line {line}: no scenario has a unit {unit}")
            return groups, problem.format(line=number, unit=repr(unknown[0]))
        if name.strip() in groups:
            problem = translate("Refusal", "line {line}: a second group called {name}")
            return groups, problem.format(line=number, name=repr(name.strip()))
        groups[name.strip()] = members
    return groups, ""


def grades_text(grades: dict[str, str]) -> str:
    """``unit=grade, unit=grade``."""
    return ", ".join(f"{unit}={grade}" for unit, grade in grades.items())


def parse_grades(
    text: str, units: Collection[str], grades: Collection[str]
) -> tuple[dict[str, str], str]:
    """The required head grades ``text`` names (see :func:`grades_text`) and a problem."""
    found: dict[str, str] = {}
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        unit, equals, grade = (x.strip() for x in part.partition("="))
        if not equals or not unit or not grade:
            problem = translate("Refusal", "{text}: write a unit id, '=', then a grade")
            return found, problem.format(text=repr(part))
        if unit not in units:
            problem = translate("Refusal", "no scenario has a unit {unit}")
            return found, problem.format(unit=repr(unit))
        if grade not in grades:
            problem = translate("Refusal", "there is no grade {grade}")
            return found, problem.format(grade=repr(grade))
        found[unit] = grade
    return found, ""
