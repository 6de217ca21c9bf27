"""Where a head grade fits in the tree: junior to the head above, senior to the heads below."""

from __future__ import annotations

from orgeditor.rules.context import Context


def graded_above(ctx: Context, unit_id: str) -> str | None:
    """The nearest unit above ``unit_id`` with a head grade (None at the top or in a cycle).

    The walk of :meth:`Scenario.ancestors`, without a generator per unit.
    """
    seen, parent = {unit_id}, ctx.units[unit_id].parent
    while parent is not None and parent in ctx.units and parent not in seen:
        if ctx.units[parent].head_grade in ctx.rank:
            return parent
        seen.add(parent)
        parent = ctx.units[parent].parent
    return None


def graded_below(ctx: Context, unit_id: str) -> list[str]:
    """The nearest units below ``unit_id`` with a head grade, on every branch."""
    found, stack, seen = [], list(ctx.children.get(unit_id, [])), {unit_id}
    while stack:
        child = stack.pop()
        if child in seen:
            continue
        seen.add(child)
        if ctx.units[child].head_grade in ctx.rank:
            found.append(child)
        else:
            stack.extend(ctx.children.get(child, []))
    return found


def fitting_grades(ctx: Context, unit_id: str) -> list[str]:
    """The grades, most senior first, that put ``unit_id``'s head below its parent's head
    and above the heads of the units below it."""
    above = graded_above(ctx, unit_id)
    top = -1 if above is None else ctx.rank[ctx.units[above].head_grade or ""]
    below = [ctx.rank[ctx.units[u].head_grade or ""] for u in graded_below(ctx, unit_id)]
    bottom = min(below, default=len(ctx.rank))
    return [g for g, r in sorted(ctx.rank.items(), key=lambda item: item[1]) if top < r < bottom]


def grade_fits(ctx: Context, unit_id: str, grade: str) -> bool:
    """Whether ``unit_id``'s head could be graded ``grade`` without a STRUCT-GRADE finding."""
    return grade in fitting_grades(ctx, unit_id)
