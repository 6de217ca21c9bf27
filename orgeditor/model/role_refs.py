"""The checks of what required bodies and dual reporting name: department roles and units.

One home for the file loader (``io.checks``) and the Settings command
(``commands.bodies``), so both refuse a reference with the same words. The
loader passes ``units=None``: a file may name a unit that no scenario holds any
more (edits delete units), and the rules then say so scenario by scenario. The
command passes the design's units and so is stricter: a unit id typed in
Settings that no scenario holds is a mistake there.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import Final, Protocol

from orgeditor.model.text import MAX_ID_LENGTH

# the references that name no entry, in the order a picker lists them
PLAIN_REFS: Final = (
    "top",
    "departments",
    "executive-office",
    "shared-structure",
    "principals-group",
)
UNIT_REF_PATTERN: Final = (
    r"^(top|departments|executive-office|shared-structure|principals-group"
    r"|(department|unit):[A-Za-z0-9][A-Za-z0-9._:-]*)$"
)
_REF = re.compile(UNIT_REF_PATTERN)
TOO_FEW_ROLES: Final = "name at least two different department roles the unit reports to"


class BodyRefs(Protocol):
    """What a required body names: the body itself, its chair and its members."""

    @property
    def body(self) -> str: ...
    @property
    def chair(self) -> str: ...
    @property
    def members(self) -> Sequence[str]: ...


def unknown_role(role: str) -> str:
    """The words for a department role the design does not have."""
    return f"unknown department role {role!r}; use the id of an existing department role"


def ref_problem(
    ref: str, roles: Collection[str], units: Collection[str] | None = None
) -> str | None:
    """Why ``ref`` is not a reference to store, or None when it is.

    ``units`` None accepts any unit id (the loader); otherwise a ``unit:`` reference
    must name one of ``units`` (the command).
    """
    kind, _, value = ref.partition(":")
    if kind == "department" and value and value not in roles:
        return unknown_role(value)
    if units is not None and kind == "unit" and value and value not in units:
        return f"there is no unit {value!r} in any scenario"
    if len(ref) > MAX_ID_LENGTH + len("department:") or _REF.match(ref) is None:
        kinds = ", ".join(PLAIN_REFS)
        return f"{ref!r} is not a reference: use {kinds}, department:<role> or unit:<id>"
    return None


def body_ref_problems(
    body: BodyRefs, roles: Collection[str], units: Collection[str] | None = None
) -> dict[str, str]:
    """Place (``body``, ``chair``, ``members[i]``) -> why the reference there cannot be
    stored; empty when all is well. ``units`` as in :func:`ref_problem`."""
    places = [("body", body.body), ("chair", body.chair)]
    places += [(f"members[{i}]", member) for i, member in enumerate(body.members)]
    found = {}
    for place, ref in places:
        problem = ref_problem(ref, roles, units)
        if problem is not None:
            found[place] = problem
    return found


def dual_problems(departments: Sequence[str], roles: Collection[str]) -> dict[str, str]:
    """Place (``""`` for the whole list, ``[i]`` for one role) -> why the department roles a
    dual-reporting unit reports to cannot be stored; empty when all is well."""
    found = {}
    if len(set(departments)) < 2:
        found[""] = TOO_FEW_ROLES
    for index, role in enumerate(departments):
        if role not in roles:
            found[f"[{index}]"] = unknown_role(role)
    return found
