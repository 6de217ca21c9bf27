"""Segments as one idea: regions and the planner's other lists (client groups, sectors ...).

Regions are the built-in segment kind ``"region"``: their items are the design's
``regions``, a unit's membership is ``Unit.region`` and its designations are
``Unit.entry_point_for``. Every other kind is a :class:`SegmentKind` of the design,
read through ``Unit.segments`` and ``Unit.segment_entry_points``. The rules, the
fixes and the Inspector go through :class:`SegmentList` and never ask which is which.
"""

from __future__ import annotations

from dataclasses import dataclass

from orgeditor.model.design import Design
from orgeditor.model.scenario import Unit

REGION_KIND = "region"


@dataclass(frozen=True)
class SegmentList:
    """One segment kind as the rules see it.

    ``noun`` is the singular name ("region", "client group"); ``items`` maps item
    id to name in design order; ``checked`` says whether each item needs exactly
    one entry point, led at ``grade`` when that is set.
    """

    kind: str
    noun: str
    items: dict[str, str]
    checked: bool
    grade: str | None

    @property
    def is_region(self) -> bool:
        """Whether this is the built-in region kind."""
        return self.kind == REGION_KIND

    def member(self, unit: Unit) -> str | None:
        """The item ``unit`` belongs to, or None."""
        return unit.region if self.is_region else unit.segments.get(self.kind)

    def entry_points(self, unit: Unit) -> list[str]:
        """The items ``unit`` is designated entry point for."""
        if self.is_region:
            return unit.entry_point_for
        return unit.segment_entry_points.get(self.kind, [])

    def name(self, item: str) -> str:
        """The item's name, else its id."""
        return self.items.get(item, item)

    def label(self, item: str) -> str:
        """How a message names an item of a list other than regions: ``client group
        'Developers'``, the kind's noun and the item's name, both data. A message names a
        region in its own (translated) words, around the bare name."""
        return f"{self.noun} '{self.name(item)}'"

    def brief(self, item: str) -> str:
        """The item inside a fix's text: a region by its bare name (as it always was)."""
        return self.name(item) if self.is_region else self.label(item)

    def fix_params(self, item: str) -> dict[str, str]:
        """The params a fix uses to name the item (regions keep their historic key)."""
        return {"region": item} if self.is_region else {"segment": self.kind, "item": item}


def segment_lists(design: Design) -> list[SegmentList]:
    """Regions first, then the design's other segment kinds, in design order."""
    rules = design.rules
    lists = [
        SegmentList(
            REGION_KIND,
            "region",
            {r.id: r.name for r in design.regions},
            rules.regional_entry_points and bool(design.regions),
            rules.entry_point_grade,
        )
    ]
    for kind in design.segment_kinds:
        lists.append(
            SegmentList(
                kind.id,
                kind.name,
                {s.id: s.name for s in kind.items},
                kind.entry_points and bool(kind.items),
                kind.entry_point_grade,
            )
        )
    return lists


def segment_list(design: Design, kind: str) -> SegmentList:
    """The list of one kind.

    Raises:
        LookupError: the design has no segment kind ``kind``.
    """
    for found in segment_lists(design):
        if found.kind == kind:
            return found
    raise LookupError(f"the design has no segment kind {kind!r}")
