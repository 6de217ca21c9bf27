"""Deciding a conflict a merge kept: one version's value (or a new one) in its place.

A kept conflict (:class:`~orgeditor.model.MergeConflict`) names its place by a
path in the design's file form, the same form the merge worked on. Deciding it
sets that place in the file form to the chosen value (``None`` removes the key
or the item: the object did not exist in that version, or the field held its
default), drops the conflict from the list and reads the result back through
the loader's checks. A choice that would break the design (say, a parent the
other side abolished) is refused with the loader's words, and nothing changes.
"""

from __future__ import annotations

from typing import Any

from pydantic_core import to_json

from orgeditor.io.convert import to_plain
from orgeditor.io.errors import DesignFileError
from orgeditor.io.files import loads
from orgeditor.merge.three_way import identity, item_label
from orgeditor.model import Design, MergeConflict, MergeSide

_CONFLICTS = "merge_conflicts"

#: What a collection in a path holds, to name a place in words.
_ITEM_NAMES = {
    "units": "unit",
    "posts": "post",
    "lines": "line",
    "bodies": "body",
    "scenarios": "scenario",
    "grades": "grade",
    "funding_sources": "funding source",
    "regions": "region",
    "functions": "function",
    "locations": "duty station",
    "comments": "comment",
}


class ResolveError(Exception):
    """The chosen value cannot go in the conflict's place; the message says why."""


def resolved(design: Design, index: int, value: Any) -> Design:
    """A copy of ``design`` with conflict ``index`` decided as ``value``, and no longer listed.

    Raises:
        ResolveError: the place is gone (an edit since the merge removed it), or
            the design with ``value`` in it would not load (the reason is given).
    """
    if not 0 <= index < len(design.conflicts):
        raise ResolveError(f"there is no conflict {index + 1}")
    conflict = design.conflicts[index]
    plain = to_plain(design)
    del plain[_CONFLICTS][index]
    if not plain[_CONFLICTS]:
        del plain[_CONFLICTS]
    _put(plain, conflict.path, value)
    try:
        return loads(to_json(plain), "the design")
    except DesignFileError as error:
        problem = error.problems[0].message if error.problems else str(error)
        raise ResolveError(
            f"{place_text(design, conflict)} cannot take that value: {problem}"
        ) from None


def side_value(conflict: MergeConflict, side: MergeSide) -> Any:
    """The value ``side`` of the merge held at the conflict's place (None: nothing there)."""
    return getattr(conflict, side.value)


def current_value(design: Design, conflict: MergeConflict) -> Any:
    """The value the design holds at the conflict's place now (None: nothing there)."""
    return _value_at(to_plain(design), conflict.path)


def current_values(design: Design) -> list[Any]:
    """What the design holds now at each of its conflicts' places (one file form for all)."""
    plain = to_plain(design)
    return [_value_at(plain, conflict.path) for conflict in design.conflicts]


def _value_at(plain: dict[str, Any], path: list[str]) -> Any:
    node: Any = plain
    for key in path:
        node = _child(node, key)
        if node is None:
            return None
    return node


def place_text(design: Design, conflict: MergeConflict) -> str:
    """The conflict's place in words: "Proposal > unit Policy Division [pmd] > name"."""
    words: list[str] = []
    scenario = next((s for s in design.scenarios if s.id == conflict.scenario), None)
    path = list(conflict.path)
    if scenario is not None:
        words.append(scenario.name)
        path = path[2:]
    elif path[:1] == ["scenarios"] and len(path) > 1:
        words.append(f"scenario {path[1]}")
        path = path[2:]
    while path:
        collection, rest = path[0], path[1:]
        kind = _ITEM_NAMES.get(collection)
        if kind is None or not rest:
            words.append(" ".join(part.replace("_", " ") for part in path))
            break
        item = rest[0]
        name = ""
        if scenario is not None and collection == "units" and item in scenario.units:
            name = scenario.units[item].name
        words.append(f"{kind} {name} [{item}]" if name else f"{kind} {item}")
        path = rest[1:]
    return " > ".join(words)


def _child(node: Any, key: str) -> Any:
    if isinstance(node, dict):
        return node.get(key)
    if isinstance(node, list):
        return next((item for item in node if item_label(identity(item)) == key), None)
    return None


def _put(plain: dict[str, Any], path: list[str], value: Any) -> None:
    """Set ``path`` in the file form ``plain`` to ``value`` (None: remove it)."""
    node: Any = plain
    for depth, key in enumerate(path[:-1]):
        child = _child(node, key)
        if child is None:
            if value is None:
                return  # the place is gone already: nothing to remove
            if not isinstance(node, dict):
                raise ResolveError(_gone(path, depth))
            child = node[key] = [] if key in _ITEM_NAMES else {}  # it held only defaults
        node = child
    last = path[-1]
    if isinstance(node, dict):
        if value is None:
            node.pop(last, None)
        else:
            node[last] = value
        return
    if not isinstance(node, list):
        raise ResolveError(_gone(path, len(path) - 1))
    at = next((i for i, item in enumerate(node) if item_label(identity(item)) == last), None)
    if value is None:
        if at is not None:
            del node[at]
    elif at is None:
        node.append(value)
    else:
        node[at] = value


def _gone(path: list[str], depth: int) -> str:
    return (
        f"{'/'.join(path[: depth + 1])} is no longer in the design (an edit since the merge "
        "removed it); edit the design by hand, then keep what it holds"
    )
