"""Upgrades of older design files to the current schema version.

``MIGRATIONS[n]`` turns the raw JSON object of a version-``n`` file into a
version-``n + 1`` object. Version 1 is the first published format, so the
table is empty; the loader already routes older files through it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from orgeditor.io.schema import SCHEMA_VERSION

RawDesign = dict[str, Any]
Migration = Callable[[RawDesign], RawDesign]

MIGRATIONS: dict[int, Migration] = {}


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
