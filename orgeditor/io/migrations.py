"""Upgrades of older design files to the current schema version.

``MIGRATIONS[n]`` turns the raw JSON object of a version-``n`` file into a
version-``n + 1`` object; :func:`migrate` chains them and stamps each new
version. The loader routes every older file through here and then checks the
result exactly like a current file, so an upgraded file gives the same
messages, the same model and the same findings as one written today.

A field added as *optional*, with a default that means "as before", needs no
migration: an older file simply lacks it and reads as that default. A step is
needed only when an older file's content must be rewritten to mean the same
in the new version (a key renamed or moved, a value whose meaning changed).
Such a rewrite joins the step of the version that introduced it: a function
``RawDesign -> RawDesign`` appended to that version's tuple of rewrites (for
version 2, ``_TO_2``), pure, working on plain JSON data, and leaving a file
that lacks the old key untouched.

Version history (FORMAT.md, "Versions", says the same for readers of the format):

1. the first published format;
2. design settings for any organisation: optional fields, and one rewrite:
   GOV-SPG checks the bodies ``rules.required_bodies`` declares, so a version-1
   file gets the principals' group version 1 always checked.

Keys added later within version 2 (successors, review comments, names in several
languages, the ``citation`` of units, lines, bodies and functions) are optional
and mean "as before" when absent, so they need no step.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from orgeditor.io.schema import SCHEMA_VERSION

RawDesign = dict[str, Any]
Migration = Callable[[RawDesign], RawDesign]

# What version 1's GOV-SPG always checked, declared as version 2 declares a required body.
V1_PRINCIPALS_GROUP: dict[str, Any] = {
    "id": "principals-group",
    "name": "Standing Principals' Group",
    "called": "principals' group",
}


def _declare_principals_group(raw: RawDesign) -> RawDesign:
    """Version 1 checked a principals' group in every design; version 2 checks declared bodies.

    A version-1 file gets the declaration that makes GOV-SPG check what it checked
    before (chaired by the top, the department heads as members, wherever a
    scenario maps two departments or more).
    """
    rules = raw.get("rules")
    if isinstance(rules, dict) and "required_bodies" not in rules:
        rules["required_bodies"] = [dict(V1_PRINCIPALS_GROUP)]
    elif "rules" not in raw:
        raw["rules"] = {"required_bodies": [dict(V1_PRINCIPALS_GROUP)]}
    return raw


# Rewrites from version 1 to 2, applied in order (see the module docstring).
_TO_2: tuple[Migration, ...] = (_declare_principals_group,)


def _from_1(raw: RawDesign) -> RawDesign:
    for step in _TO_2:
        raw = step(raw)
    return raw


MIGRATIONS: dict[int, Migration] = {1: _from_1}


class MigrationError(Exception):
    """No chain of migrations leads from a file's version to the current one."""


def migrate(raw: RawDesign, version: int) -> RawDesign:
    """Apply the migrations from ``version`` up to ``SCHEMA_VERSION``, one step at a time."""
    while version < SCHEMA_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise MigrationError(
                f"schema version {version} is older than any this program can upgrade "
                f"(it reads version {SCHEMA_VERSION})"
            )
        raw = step(raw)
        version += 1
        raw["schema_version"] = version
    return raw
