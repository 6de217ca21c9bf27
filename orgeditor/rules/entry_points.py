"""Which unit should be a segment's entry point: the choices behind REGION-ENTRY's fixes.

Each helper takes the segment list (regions, client groups ...) and one of its items."""

from __future__ import annotations

from orgeditor.model import LineKind, UnitKind
from orgeditor.model.segments import SegmentList
from orgeditor.rules.context import Context


def most_common(unit_ids: list[str]) -> str:
    """The id named most often (the first by id on a tie)."""
    return max(sorted(set(unit_ids)), key=unit_ids.count)


def preferred_entry(ctx: Context, segments: SegmentList, candidates: list[str]) -> str:
    """The candidate inside the shared structure and at the entry-point grade, else the first."""
    shared = ctx.scenario.roles.shared_structure
    grade = segments.grade

    def score(unit_id: str) -> tuple[bool, bool]:
        inside = shared is not None and shared in ctx.units and unit_id in ctx.subtree(shared)
        return (not inside, grade is not None and ctx.units[unit_id].head_grade != grade)

    return min(candidates, key=score)


def backstop_for(ctx: Context, segments: SegmentList, item: str, entry: str) -> str:
    """The division of ``item`` under ``entry`` if there is exactly one, else ``entry``."""
    divisions = [
        u
        for u in ctx.subtree(entry)
        if segments.member(ctx.units[u]) == item
        and ctx.units[u].kind is not UnitKind.FIELD_PRESENCE
        and u != entry
    ]
    return divisions[0] if len(divisions) == 1 else entry


def regional_heads(ctx: Context, segments: SegmentList, item: str) -> list[str]:
    """The entry-grade units of the shared structure above its units of ``item``."""
    shared = ctx.scenario.roles.shared_structure
    grade = segments.grade
    if shared is None or shared not in ctx.units or grade is None:
        return []
    inside = ctx.subtree(shared)
    heads = []
    for unit_id in sorted(inside, key=ctx.position.__getitem__):
        if segments.member(ctx.units[unit_id]) != item:
            continue
        chain = [unit_id, *ctx.scenario.ancestors(unit_id)]
        heads += [a for a in chain if a in inside and ctx.units[a].head_grade == grade][:1]
    return heads


def better_entry(ctx: Context, segments: SegmentList, item: str, point: str) -> str | None:
    """A unit of the shared structure at the entry-point grade for ``item`` other than
    ``point``: one above it, else the one above most of the structure's units of the item."""
    shared = ctx.scenario.roles.shared_structure
    grade = segments.grade
    if shared is None or shared not in ctx.units or grade is None:
        return None
    inside = ctx.subtree(shared)
    for above in ctx.scenario.ancestors(point):
        if above in inside and above != shared and ctx.units[above].head_grade == grade:
            return above
    heads = [h for h in regional_heads(ctx, segments, item) if h != point]
    return most_common(heads) if heads else None


def unreached_departments(
    ctx: Context, unit_id: str, departments: list[str] | None = None
) -> list[str]:
    """The departments (``departments``, else all) ``unit_id`` reports to neither by its
    primary line nor a dual line."""
    dual = {
        x.target
        for x in ctx.scenario.lines.values()
        if x.source == unit_id and x.kind is LineKind.DUAL
    }
    reached = dual | {ctx.units[unit_id].parent}
    wanted = list(ctx.departments.values()) if departments is None else departments
    return [d for d in wanted if d not in reached]
