"""Three-way merge of designs in their file form (plain JSON data), by identity.

The file form is what merges: it has every field of the design, in a stable
order, with defaults left out. Three kinds of value meet here:

- an object (a unit, the rule settings, a note) merges key by key; a key that is
  absent holds its default;
- a list of identified objects (units, posts, lines, bodies, scenarios, grades,
  funding sources, cost rates, comments ...) merges item by item, matched by
  identity (:func:`identity`), in a stable order (:func:`merged_order`);
- anything else (a name, a parent, a list of function ids, a citation) is one value: taken
  from the side that changed it, or a conflict when both changed it two ways.

A conflict is recorded, never guessed: the merged data holds ours (or the side
that kept an object the other deleted) and :class:`Conflict` holds all three
values.
"""

from __future__ import annotations

from collections.abc import Collection, Hashable
from dataclasses import dataclass, field
from typing import Any, Final

#: The value of a key or an object one version does not have.
MISSING: Final = None

#: The keys that name an item of a list, tried in this order.
_IDENTITY_KEYS: Final = ("id", "unit")

#: Objects that merge as one value: a citation's reference, inference and reason mean
#: something only together (issue 21), so two sides' halves must not be mixed.
_WHOLE_OBJECTS: Final = frozenset({"citation"})


@dataclass(frozen=True)
class Conflict:
    """A place both sides changed two ways; ``kept`` is the side the merged data holds."""

    path: tuple[str, ...]
    base: Any
    ours: Any
    theirs: Any
    kept: str
    reason: str


@dataclass
class _Merge:
    conflicts: list[Conflict] = field(default_factory=list)

    def value(self, path: tuple[str, ...], base: Any, ours: Any, theirs: Any) -> Any:
        if ours == theirs:
            return ours
        if base == ours:
            return theirs
        if base == theirs:
            return ours
        whole = bool(path) and path[-1] in _WHOLE_OBJECTS
        if not whole and _is_object(ours) and _is_object(theirs) and _is_object_or_missing(base):
            return self.objects(path, base or {}, ours, theirs)
        if _is_identity_list(base, ours, theirs):
            return self.lists(path, base or [], ours, theirs)
        self.conflicts.append(
            Conflict(path, base, ours, theirs, "ours", "changed on both sides, two ways")
        )
        return ours

    def objects(
        self,
        path: tuple[str, ...],
        base: dict[str, Any],
        ours: dict[str, Any],
        theirs: dict[str, Any],
    ) -> dict[str, Any]:
        keys = merged_order(list(base), list(ours), list(theirs))
        merged: dict[str, Any] = {}
        for key in keys:
            value = self.value(
                (*path, key),
                base.get(key, MISSING),
                ours.get(key, MISSING),
                theirs.get(key, MISSING),
            )
            if value is not MISSING:
                merged[key] = value
        return merged

    def lists(
        self, path: tuple[str, ...], base: list[Any], ours: list[Any], theirs: list[Any]
    ) -> list[Any]:
        by_base = {identity(item): item for item in base}
        by_ours = {identity(item): item for item in ours}
        by_theirs = {identity(item): item for item in theirs}
        changed = (_changed(by_base, by_ours), _changed(by_base, by_theirs))
        merged = []
        for key in merged_order(list(by_base), list(by_ours), list(by_theirs), changed):
            item = self.item(
                (*path, item_label(key)), by_base.get(key), by_ours.get(key), by_theirs.get(key)
            )
            if item is not None:
                merged.append(item)
        return merged

    def item(self, path: tuple[str, ...], base: Any, ours: Any, theirs: Any) -> Any:
        if base is None:  # added on one side or both
            if ours is None or theirs is None or ours == theirs:
                return ours if ours is not None else theirs
            self._keep(
                path, base, ours, theirs, "ours", "added on both sides with different content"
            )
            return ours
        if ours is None or theirs is None:  # deleted on one side or both
            alive, side = (theirs, "theirs") if ours is None else (ours, "ours")
            if alive is None or alive == base:
                return None
            other = "ours" if side == "theirs" else "theirs"
            self._keep(path, base, ours, theirs, side, f"deleted on {other}, changed on {side}")
            return alive
        return self.value(path, base, ours, theirs)

    def _keep(
        self, path: tuple[str, ...], base: Any, ours: Any, theirs: Any, kept: str, reason: str
    ) -> None:
        self.conflicts.append(Conflict(path, base, ours, theirs, kept, reason))


def merge_plain(
    base: dict[str, Any], ours: dict[str, Any], theirs: dict[str, Any]
) -> tuple[dict[str, Any], list[Conflict]]:
    """Merge two designs' file forms against their common ancestor's.

    Returns:
        The merged file form, and the conflicts in it (in document order).
    """
    merge = _Merge()
    merged = merge.objects((), base, ours, theirs)
    return merged, merge.conflicts


def identity(item: Any) -> Hashable:
    """What makes an item of a list the same item in another version of the list.

    Objects with an ``id`` are matched by it, bodies by their ``unit``, cost
    rates by grade, funding source and duty station; anything else only by being equal.
    """
    if isinstance(item, dict):
        for key in _IDENTITY_KEYS:
            value = item.get(key)
            if isinstance(value, str):
                return value
        if "grade" in item and "annual_cost" in item:
            return ("rate", item["grade"], item.get("funding"), item.get("location"))
    return ("value", repr(item))


def _changed(base: dict[Hashable, Any], side: dict[Hashable, Any]) -> set[Hashable]:
    """Keys whose ``parent`` the side changed: a move appends a unit to its new parent's
    children, so the unit is placed anew even where the list order looks unchanged."""
    return {
        key
        for key, item in side.items()
        if key in base and isinstance(item, dict) and base[key].get("parent") != item.get("parent")
    }


def item_label(key: Hashable) -> str:
    """How a conflict's path names the item of identity ``key`` (see :func:`identity`)."""
    if isinstance(key, str):
        return key
    assert isinstance(key, tuple)
    return ":".join(str(part) for part in key[1:] if part is not None)


def _is_object(value: Any) -> bool:
    return isinstance(value, dict)


def _is_object_or_missing(value: Any) -> bool:
    return value is MISSING or isinstance(value, dict)


def _is_identity_list(*versions: Any) -> bool:
    """Whether these versions are lists whose every item has an identity of its own."""
    items = []
    for version in versions:
        if version is MISSING:
            continue
        if not isinstance(version, list):
            return False
        items.extend(version)
    return bool(items) and all(_identified(item) for item in items)


def _identified(item: Any) -> bool:
    key = identity(item)
    return isinstance(key, str) or (isinstance(key, tuple) and key[0] == "rate")


def merged_order(
    base: list[Any],
    ours: list[Any],
    theirs: list[Any],
    changed: tuple[Collection[Any], Collection[Any]] = ((), ()),
) -> list[Any]:
    """The keys of a merged list or object, in a stable order that keeps both sides' moves.

    The keys whose order neither side changed keep the base's order; a key a side
    added or moved (one outside the longest run it kept in the base's order) goes
    after the nearest key before it on that side that is placed already, ours
    first. Keys either side deleted stay in the list; the caller drops them.
    ``changed`` holds the keys whose content ours and theirs changed (see
    :func:`_moved`).
    """
    in_base = set(base)
    moved_ours, moved_theirs = _moved(base, ours, changed[0]), _moved(base, theirs, changed[1])
    order = [k for k in base if k not in moved_ours and k not in moved_theirs]
    placed = set(order)
    after: dict[Any, list[Any]] = {}
    for source, moved in ((ours, moved_ours), (theirs, moved_theirs)):
        anchor: Any = _START
        for key in source:
            if key not in placed and (key in moved or key not in in_base):
                after.setdefault(anchor, []).append(key)
                placed.add(key)
            if key in placed:  # anchors are placed already: no key waits on a later one
                anchor = key
    merged: list[Any] = []
    for anchor in (_START, *order):
        if anchor is not _START:
            merged.append(anchor)
        stack = list(reversed(after.get(anchor, [])))
        while stack:
            key = stack.pop()
            merged.append(key)
            stack.extend(reversed(after.get(key, [])))
    return merged


def _moved(base: list[Any], side: list[Any], changed: Collection[Any] = ()) -> set[Any]:
    """The keys of ``base`` that ``side`` placed anew: out of the base's order, or changed.

    The keys that stay in order are a longest run of unchanged keys in the base's
    order. A key whose content ``changed`` on the side counts as placed anew too:
    a unit moved to the end of its new parent's children may sit where it was in
    the list, and is still placed after what it follows on that side.
    """
    position = {key: index for index, key in enumerate(base)}
    steady = [key for key in side if key in position and key not in changed]
    kept = _in_order(steady, position)
    return {key for key in steady if key not in kept} | {k for k in changed if k in position}


def _in_order(keys: list[Any], position: dict[Any, int]) -> set[Any]:
    """A longest run of ``keys`` in increasing ``position``, by patience sorting (n log n)."""
    tails: list[int] = []  # tails[n]: index in ``keys`` ending the best run of length n + 1
    previous: list[int] = [-1] * len(keys)
    for index, key in enumerate(keys):
        rank = position[key]
        low, high = 0, len(tails)
        while low < high:
            middle = (low + high) // 2
            if position[keys[tails[middle]]] < rank:
                low = middle + 1
            else:
                high = middle
        previous[index] = tails[low - 1] if low else -1
        if low == len(tails):
            tails.append(index)
        else:
            tails[low] = index
    kept: set[Any] = set()
    at = tails[-1] if tails else -1
    while at >= 0:
        kept.add(keys[at])
        at = previous[at]
    return kept


_START: Final = object()
