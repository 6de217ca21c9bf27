"""Three-way merge of designs in their file form (plain JSON data), by identity.

The file form is what merges: it has every field of the design, in a stable
order, with defaults left out. Three kinds of value meet here:

- an object (a unit, the rule settings, a note) merges key by key; a key that is
  absent holds its default;
- a list of identified objects (units, posts, lines, bodies, scenarios, grades,
  funding sources, cost rates, comments ...) merges item by item, matched by
  identity (:func:`identity`), in a stable order (:func:`merged_order`);
- anything else (a name, a parent, a list of function ids) is one value: taken
  from the side that changed it, or a conflict when both changed it two ways.

A conflict is recorded, never guessed: the merged data holds ours (or the side
that kept an object the other deleted) and :class:`Conflict` holds all three
values.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field
from typing import Any, Final

#: The value of a key or an object one version does not have.
MISSING: Final = None

#: The keys that name an item of a list, tried in this order.
_IDENTITY_KEYS: Final = ("id", "unit")


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
        if _is_object(ours) and _is_object(theirs) and _is_object_or_missing(base):
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
        merged = []
        for key in merged_order(list(by_base), list(by_ours), list(by_theirs)):
            item = self.item(
                (*path, _label(key)), by_base.get(key), by_ours.get(key), by_theirs.get(key)
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
    rates by grade and funding source; anything else only by being equal.
    """
    if isinstance(item, dict):
        for key in _IDENTITY_KEYS:
            value = item.get(key)
            if isinstance(value, str):
                return value
        if "grade" in item and "annual_cost" in item:
            return ("rate", item["grade"], item.get("funding"))
    return ("value", repr(item))


def _label(key: Hashable) -> str:
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


def merged_order(base: list[Any], ours: list[Any], theirs: list[Any]) -> list[Any]:
    """The keys of a merged list or object, in a stable order.

    The order of a side that reordered what it shares with the base wins (ours
    when both did); each key only the other side has goes after the key it
    follows there, and each key only the base has (deleted by the main side,
    maybe kept by a conflict) after the key it follows in the base. The caller
    drops the keys the merge deletes.
    """
    in_ours = set(ours)
    reordered = [k for k in ours if k in set(base)] != [k for k in base if k in in_ours]
    main, other = (ours, theirs) if reordered else (theirs, ours)
    placed = set(main)
    after: dict[Any, list[Any]] = {}
    for source in (other, base):
        anchor: Any = _START
        for key in source:
            if key not in placed:
                after.setdefault(anchor, []).append(key)
                placed.add(key)
            anchor = key
    order: list[Any] = []
    for anchor in (_START, *main):
        if anchor is not _START:
            order.append(anchor)
        stack = list(reversed(after.get(anchor, [])))
        while stack:
            key = stack.pop()
            order.append(key)
            stack.extend(reversed(after.get(key, [])))
    return order


_START: Final = object()
