"""A booklet: the chart cut into pages along the tree, each page a unit with its sub-units.

The first page shows the top of the organisation. A page whose whole subtree
would print smaller than ``min_scale`` shows only the unit and its children;
each child that has sub-units then gets a page of its own, and on the page
above, its card says where ("continued on p. 4"), and at the top of its own
page it says where its line up starts ("continued from p. 1"). Dual and
dotted lines whose other end is on another page name that end and its page.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from orgeditor.layout.chart import ChartLayout, LayoutOptions, layout_chart
from orgeditor.layout.pages import PagePlan, PageSetup, plan_fit
from orgeditor.model import Scenario, ScenarioRoles
from orgeditor.model.tree import children_map, walk_down

BOOKLET_CARD_HEIGHT = 96.0  # room for two lines of page references on a card


@dataclass(frozen=True)
class BookletPage:
    """One page: its root unit, the units it draws, and those whose sub-units are elsewhere."""

    number: int
    root: str
    drawn: tuple[str, ...]
    collapsed: frozenset[str]


@dataclass
class Booklet:
    """The pages, and for every unit the page that shows its sub-units (or itself)."""

    pages: list[BookletPage] = field(default_factory=list)
    page_of: dict[str, int] = field(default_factory=dict)

    def notes(self, scenario: Scenario, page: BookletPage) -> dict[str, str]:
        """Unit id -> what its card on ``page`` says about other pages."""
        drawn = set(page.drawn)
        notes: dict[str, list[str]] = {}
        parent = scenario.units[page.root].parent
        if parent in self.page_of:  # the line from above ends here: say where it starts
            notes[page.root] = [f"continued from p. {self.page_of[parent]}"]
        for unit_id in sorted(page.collapsed, key=page.drawn.index):
            notes.setdefault(unit_id, []).append(f"continued on p. {self.page_of[unit_id]}")
        away: dict[tuple[str, str], list[str]] = {}
        for line in scenario.lines.values():
            for here, there in ((line.source, line.target), (line.target, line.source)):
                if here in drawn and there not in drawn and there in scenario.units:
                    other = scenario.units[there]
                    name = other.short_name or other.name
                    away.setdefault((here, line.kind.value), []).append(
                        f"{name} p. {self.page_of.get(there, '?')}"
                    )
        for (unit_id, kind), ends in away.items():
            notes.setdefault(unit_id, []).append(
                f"{kind} line{'s' if len(ends) > 1 else ''} to {', '.join(ends)}"
            )
        return {unit: "; ".join(parts) for unit, parts in notes.items()}


def subtree_scenario(scenario: Scenario, root: str) -> Scenario:
    """``root`` and everything below it as a scenario of its own (``root`` at the top)."""
    members = set(walk_down(children_map(scenario), root))
    units = {
        u: replace(v, parent=None if u == root else v.parent)
        for u, v in scenario.units.items()
        if u in members
    }
    return Scenario(
        scenario.id,
        scenario.name,
        scenario.kind,
        roles=ScenarioRoles(top=root),
        units=units,
        posts={p: v for p, v in scenario.posts.items() if v.unit in members},
        lines={
            i: x for i, x in scenario.lines.items() if x.source in members and x.target in members
        },
    )


def plan_booklet(
    scenario: Scenario,
    setup: PageSetup,
    options: LayoutOptions,
    min_scale: float = 0.6,
    grade_rank: dict[str, int] | None = None,
) -> Booklet:
    """Cut ``scenario`` into pages that each print at ``min_scale`` or larger where possible."""
    roots = [u.id for u in scenario.units.values() if u.parent not in scenario.units]
    top = scenario.roles.top if scenario.roles.top in roots else (roots[0] if roots else None)
    booklet = Booklet()
    if top is None:
        return booklet
    children = children_map(scenario)
    content = setup.content
    queue = [top]
    while queue:
        root = queue.pop(0)
        sub = subtree_scenario(scenario, root)
        page_options = replace(options, zones=False, collapsed=frozenset())
        bounds = layout_chart(sub, page_options, grade_rank).bounds
        fits = min(content.w / bounds.w, content.h / bounds.h) >= min_scale
        collapsed = (
            frozenset() if fits else frozenset(c for c in children.get(root, []) if children.get(c))
        )
        drawn = _drawn(sub, root, collapsed)
        page = BookletPage(len(booklet.pages) + 1, root, drawn, collapsed)
        booklet.pages.append(page)
        for unit_id in drawn:
            if unit_id not in collapsed:
                booklet.page_of[unit_id] = page.number
        booklet.page_of[root] = page.number
        queue.extend(c for c in children.get(root, []) if c in collapsed)
    return booklet


def _drawn(sub: Scenario, root: str, collapsed: frozenset[str]) -> tuple[str, ...]:
    """The units of the page in document order: all but those below a collapsed unit."""
    hidden_below = set(collapsed)
    drawn = []
    for unit in sub.units.values():
        chain = [unit.id, *sub.ancestors(unit.id)]
        if any(a in hidden_below for a in chain[1:]):
            continue
        drawn.append(unit.id)
    return tuple(drawn)


@dataclass(frozen=True)
class BookletSheet:
    """One booklet page laid out: its part of the scenario, its layout and its fitted plan."""

    page: BookletPage
    part: Scenario
    layout: ChartLayout
    plan: PagePlan


def booklet_sheets(
    scenario: Scenario,
    setup: PageSetup,
    min_scale: float = 0.6,
    grade_rank: dict[str, int] | None = None,
) -> tuple[Booklet, list[BookletSheet]]:
    """The booklet of ``scenario`` and each of its pages laid out and fitted to ``setup``."""
    options = LayoutOptions(card_height=BOOKLET_CARD_HEIGHT)
    booklet = plan_booklet(scenario, setup, options, min_scale, grade_rank)
    sheets = []
    for page in booklet.pages:
        part = subtree_scenario(scenario, page.root)
        page_options = replace(options, zones=False, collapsed=page.collapsed)
        layout = layout_chart(part, page_options, grade_rank)
        [plan] = plan_fit(layout.bounds, setup)
        sheets.append(BookletSheet(page, part, layout, replace(plan, number=page.number)))
    return booklet, sheets
