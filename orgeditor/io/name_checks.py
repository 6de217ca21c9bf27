"""Loader checks of names in several languages (issue 19): one home per language.

The schema checks each tag's shape; these checks say where a design gives a
name twice: under the design's own language (whose home is the ``name`` field
itself), or under two tags that differ only in case ("zh" and "ZH").
"""

from __future__ import annotations

from collections.abc import Iterable

from orgeditor.io.errors import Problem
from orgeditor.io.schema import DesignFile


def name_problems(doc: DesignFile) -> list[Problem]:
    """Every place where ``doc`` names something twice in one language, in file order."""
    default = doc.metadata.language
    found: list[Problem] = []
    for index, body in enumerate(doc.rules.required_bodies):
        if body.names:
            found += _tags(f"$.rules.required_bodies[{index}].names", body.names, default, "name")
    for index, scenario in enumerate(doc.scenarios):
        where = f"$.scenarios[{index}]"
        found += _tags(f"{where}.names", scenario.names, default, "name")
        for number, unit in enumerate(scenario.units):
            if unit.names:
                found += _tags(f"{where}.units[{number}].names", unit.names, default, "name")
        for number, post in enumerate(scenario.posts):
            if post.titles:
                found += _tags(f"{where}.posts[{number}].titles", post.titles, default, "title")
    return found


def _tags(where: str, tags: Iterable[str], default: str, what: str) -> list[Problem]:
    found = []
    seen: dict[str, str] = {}
    for tag in tags:
        if tag.lower() == default.lower():
            found.append(
                Problem(
                    f"{where}.{tag}",
                    f"a {what} in {tag!r}, the design's own language (metadata.language); "
                    f"the {what} field itself holds it: remove this entry",
                )
            )
        elif tag.lower() in seen:
            found.append(
                Problem(
                    f"{where}.{tag}",
                    f"{tag!r} and {seen[tag.lower()]!r} are one language; keep one of them",
                )
            )
        seen.setdefault(tag.lower(), tag)
    return found
