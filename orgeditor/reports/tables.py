"""The tables budget reports carry: posts per unit, post redeployments, costs, changes.

All figures come from the same model and standard costs the validator uses, so a
table's totals equal the cost rules' view of the proposal.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator

from orgeditor.model import Design, Post, Scenario
from orgeditor.model.costs import cost_breakdown, post_cost
from orgeditor.reports.diff import PostAction, ScenarioDiff, UnitAction, diff_scenarios
from orgeditor.reports.table import Column, ColumnKind, RowStyle, Table

REPORT_TITLES = {
    "posts": "posts by unit",
    "redeployment": "post redeployment",
    "costs": "cost summary",
    "changes": "changes",
}


def report_title(design: Design, table: str) -> str:
    """The title of a report: the design's title and what the table is."""
    return f"{design.metadata.title}: {REPORT_TITLES[table]}"


def report_tables(design: Design, table: str, scenarios: list[Scenario]) -> list[Table]:
    """The tables of one report; ``scenarios`` is the pair compared (costs: any number)."""
    old, new = scenarios[0], scenarios[-1]
    if table == "posts":
        return [post_table(design, old, new)]
    if table == "redeployment":
        return redeployment_tables(design, old, new)
    if table == "costs":
        return cost_tables(design, scenarios)
    if table == "changes":
        return [changes_table(diff_scenarios(old, new))]
    raise ValueError(f"unknown table {table!r}; choose one of {', '.join(REPORT_TITLES)}")


def tree_order(scenario: Scenario) -> list[str]:
    """Unit ids top-down, each unit followed by its sub-units, siblings in document order."""
    children: dict[str | None, list[str]] = defaultdict(list)
    for unit in scenario.units.values():
        children[unit.parent if unit.parent in scenario.units else None].append(unit.id)
    order: list[str] = []
    stack = list(reversed(children[None]))
    while stack:
        unit_id = stack.pop()
        order.append(unit_id)
        stack.extend(reversed(children[unit_id]))
    return order + [u for u in scenario.units if u not in set(order)]


class _Labels:
    """Unit labels and departments, from the later scenario where the unit exists."""

    def __init__(self, old: Scenario, new: Scenario) -> None:
        self.old, self.new = old, new

    def unit(self, unit_id: str | None) -> str:
        if unit_id is None:
            return ""
        unit = self.new.units.get(unit_id) or self.old.units.get(unit_id)
        return unit.label if unit else unit_id

    def department(self, unit_id: str, scenario: Scenario | None = None) -> str:
        """The label of the unit's department in ``scenario`` (default: where it exists)."""
        if scenario is None:
            scenario = self.new if unit_id in self.new.units else self.old
        department = scenario.department_of(unit_id)
        if department is None:
            return "" if unit_id in scenario.units else "-"
        return scenario.units[department].label


def _units_in_order(old: Scenario, new: Scenario) -> list[str]:
    later = tree_order(new)
    return later + [u for u in tree_order(old) if u not in new.units]


def post_table(design: Design, old: Scenario, new: Scenario) -> Table:
    """Posts per unit by grade and funding source, with annual cost: old, new and change."""
    grades = [g.id for g in design.grades]
    sources = [s.id for s in design.funding_sources]
    rates = design.cost_table.lookup()
    used = {p.grade for s in (old, new) for p in s.posts.values()}
    grades = [g for g in grades if g in used] + sorted(used - set(grades))
    currency = design.cost_table.currency
    table = Table(
        f"Posts by unit: {old.name} and {new.name}",
        [
            Column("Unit id"),
            Column("Unit"),
            Column("Department"),
            Column("Scenario"),
            *(Column(g, ColumnKind.COUNT) for g in grades),
            Column("Posts", ColumnKind.COUNT),
            *(Column(s, ColumnKind.COUNT) for s in sources),
            Column(f"Annual cost ({currency})", ColumnKind.MONEY),
        ],
        name="Posts",
    )
    by_unit = {s.id: _posts_by_unit(s) for s in (old, new)}
    labels = _Labels(old, new)

    def figures(posts: list[Post]) -> list[int]:
        by_grade = Counter(p.grade for p in posts)
        by_source = Counter(p.funding for p in posts)
        cost = sum(post_cost(rates, p) or 0 for p in posts)
        return [
            *(by_grade[g] for g in grades),
            len(posts),
            *(by_source[s] for s in sources),
            cost,
        ]

    def add_three(key: tuple[str, str, str], before: list[Post], after: list[Post]) -> None:
        style = RowStyle.TOTAL if key[0] == "" else RowStyle.BODY
        one, two = figures(before), figures(after)
        table.add(*key, old.name, *one, style=style)
        table.add(*key, new.name, *two, style=style)
        table.add(*key, "Change", *(b - a for a, b in zip(one, two, strict=True)), style=style)

    for unit_id in _units_in_order(old, new):
        before, after = by_unit[old.id].get(unit_id, []), by_unit[new.id].get(unit_id, [])
        if before or after:
            add_three((unit_id, labels.unit(unit_id), labels.department(unit_id)), before, after)
    add_three(("", "Total", ""), list(old.posts.values()), list(new.posts.values()))
    table.notes.append(
        f"Annual costs at the design's standard costs, in {currency}; the change rows are "
        f"{new.name} minus {old.name}."
    )
    uncosted = cost_breakdown(design, new).uncosted + cost_breakdown(design, old).uncosted
    if uncosted:
        table.notes.append(f"{len(set(uncosted))} posts have no standard cost and count as 0.")
    return table


def _posts_by_unit(scenario: Scenario) -> dict[str, list[Post]]:
    grouped: dict[str, list[Post]] = defaultdict(list)
    for post in scenario.posts.values():
        grouped[post.unit].append(post)
    return grouped


def redeployment_tables(design: Design, old: Scenario, new: Scenario) -> list[Table]:
    """Where every post went (movements), and the cost effect per funding source."""
    diff = diff_scenarios(old, new)
    return [_movement_table(design, diff), _accounting_table(design, diff)]


def _movement_table(design: Design, diff: ScenarioDiff) -> Table:
    old, new = diff.old, diff.new
    rates = design.cost_table.lookup()
    currency = design.cost_table.currency
    labels = _Labels(old, new)
    table = Table(
        f"Post redeployment: {old.name} to {new.name}",
        [
            Column("Action"),
            Column("From department"),
            Column("From unit"),
            Column("To department"),
            Column("To unit"),
            Column("Grade"),
            Column("Funding source"),
            Column("Posts", ColumnKind.COUNT),
            Column(f"Annual cost ({currency})", ColumnKind.MONEY),
            Column(f"Cost effect ({currency})", ColumnKind.CHANGE),
        ],
        name="Redeployment",
    )
    groups: dict[tuple[str, ...], list[int]] = {}

    def count(key: tuple[str, ...], cost: int, effect: int) -> None:
        figures = groups.setdefault(key, [0, 0, 0])
        figures[0] += 1
        figures[1] += cost
        figures[2] += effect

    def cost(post: Post, grade: str | None = None, funding: str | None = None) -> int:
        changed = Post(post.id, grade or post.grade, funding or post.funding, post.unit)
        return post_cost(rates, changed) or 0

    for entry in diff.posts:
        before, after = entry.before, entry.after
        if before is None and after is not None:
            where = (labels.department(after.unit, new), labels.unit(after.unit))
            count(("Established", "", "", *where, after.grade, after.funding), *[cost(after)] * 2)
            continue
        if after is None and before is not None:
            where = (labels.department(before.unit, old), labels.unit(before.unit))
            count(
                ("Abolished", *where, "", "", before.grade, before.funding),
                cost(before),
                -cost(before),
            )
            continue
        assert before is not None and after is not None
        source = (labels.department(before.unit, old), labels.unit(before.unit))
        target = (labels.department(after.unit, new), labels.unit(after.unit))
        if PostAction.REDEPLOYED in entry.actions:
            action = "Redeployed with its unit" if entry.with_unit else "Redeployed"
            count((action, *source, *target, before.grade, before.funding), cost(before), 0)
        if PostAction.RECLASSIFIED in entry.actions:
            grade = f"{before.grade} to {after.grade}"
            upgraded = cost(before, grade=after.grade)
            count(
                ("Reclassified", *source, *target, grade, before.funding),
                upgraded,
                upgraded - cost(before),
            )
        if PostAction.FUNDING in entry.actions:
            funding = f"{before.funding} to {after.funding}"
            count(
                ("Funding changed", *source, *target, after.grade, funding),
                cost(after),
                cost(after) - cost(before, grade=after.grade),
            )
    order = [
        "Redeployed",
        "Redeployed with its unit",
        "Reclassified",
        "Funding changed",
        "Established",
        "Abolished",
    ]
    totals = [0, 0]
    for action in order:
        keys = [k for k in groups if k[0] == action]
        if not keys:
            continue
        table.section(f"{action} ({sum(groups[k][0] for k in keys):,} posts)")
        for key in keys:
            posts, amount, effect = groups[key]
            table.add(*key, posts, amount, effect)
            totals[1] += effect
    totals[0] = len(diff.posts)
    table.add("Total", "", "", "", "", "", "", None, None, totals[1], style=RowStyle.TOTAL)
    table.notes.append(
        "Redeployments move posts without changing their cost; the cost effect column adds "
        "establishments, abolitions, reclassifications and funding changes."
    )
    return table


def _accounting_table(design: Design, diff: ScenarioDiff) -> Table:
    """Baseline posts and costs carried to the proposal's, per funding source."""
    old, new = diff.old, diff.new
    rates = design.cost_table.lookup()
    sources = [s.id for s in design.funding_sources]
    currency = design.cost_table.currency
    table = Table(
        f"Accounting for every post and cost, {old.name} to {new.name}",
        [
            Column("Line"),  # MONEY: a nil figure here is written 0, as a proof should be
            *(Column(s, ColumnKind.MONEY) for s in sources),
            Column("Total", ColumnKind.MONEY),
        ],
        name="Neutrality",
    )
    changed = {entry.post: entry for entry in diff.posts}

    def line(label: str, values: Counter[str], style: RowStyle = RowStyle.BODY) -> None:
        table.add(
            label, *(values[s] for s in sources), sum(values[s] for s in sources), style=style
        )

    def tally(posts: Iterable[Post], amount: bool = False) -> Counter[str]:
        totals: Counter[str] = Counter()
        for post in posts:
            totals[post.funding] += (post_cost(rates, post) or 0) if amount else 1
        return totals

    def old_posts(action: PostAction | None, with_unit: bool = False) -> Iterator[Post]:
        for post in old.posts.values():
            entry = changed.get(post.id)
            if action is None:
                moved = entry is not None and PostAction.REDEPLOYED in entry.actions
                if not moved and post.id in new.posts:
                    yield post
            elif entry is not None and action in entry.actions:
                if action is PostAction.REDEPLOYED and entry.with_unit is not with_unit:
                    continue
                yield post

    table.section("Posts")
    line(f"{old.name}: posts", tally(old.posts.values()), RowStyle.TOTAL)
    line("  continuing in the same department and unit", tally(old_posts(None)))
    line("  redeployed to another unit", tally(old_posts(PostAction.REDEPLOYED)))
    line(
        "  redeployed with their unit to another department",
        tally(old_posts(PostAction.REDEPLOYED, with_unit=True)),
    )
    line("  abolished", tally(old_posts(PostAction.ABOLISHED)))
    established = [e.after for e in diff.posts_with(PostAction.ESTABLISHED) if e.after]
    line("Established", tally(established))
    moved_in, moved_out = Counter[str](), Counter[str]()
    for entry in diff.posts_with(PostAction.FUNDING):
        assert entry.before and entry.after
        moved_out[entry.before.funding] += 1
        moved_in[entry.after.funding] += 1
    if moved_in:
        line("Funding changed: into the source", moved_in)
        line("Funding changed: out of the source", Counter({k: -v for k, v in moved_out.items()}))
    line(f"{new.name}: posts", tally(new.posts.values()), RowStyle.TOTAL)

    table.section(f"Annual cost ({currency})")
    before, after = tally(old.posts.values(), True), tally(new.posts.values(), True)
    line(f"{old.name}: annual cost", before, RowStyle.TOTAL)
    effects: dict[str, Counter[str]] = {k: Counter() for k in ("est", "abo", "rec", "fund")}
    for entry in diff.posts:
        b, a = entry.before, entry.after
        if b is None and a is not None:
            effects["est"][a.funding] += post_cost(rates, a) or 0
        elif a is None and b is not None:
            effects["abo"][b.funding] -= post_cost(rates, b) or 0
        elif a is not None and b is not None:
            regraded = Post(b.id, a.grade, b.funding, b.unit)
            effects["rec"][b.funding] += (post_cost(rates, regraded) or 0) - (
                post_cost(rates, b) or 0
            )
            if a.funding != b.funding:
                effects["fund"][b.funding] -= post_cost(rates, regraded) or 0
                effects["fund"][a.funding] += post_cost(rates, a) or 0
    line("  established posts", effects["est"])
    line("  abolished posts", effects["abo"])
    line("  reclassifications", effects["rec"])
    line("  funding changes", effects["fund"])
    line(f"{new.name}: annual cost", after, RowStyle.TOTAL)
    change = Counter({s: after[s] - before[s] for s in sources})
    line("Change (0: cost neutral)", change, RowStyle.TOTAL)
    neutral = [s for s in sources if change[s] == 0]
    table.notes.append(
        f"{old.name} posts = continuing + redeployed + abolished; {new.name} posts = continuing "
        "+ redeployed + established. Cost neutral in: " + (", ".join(neutral) or "no source") + "."
    )
    return table


def cost_tables(design: Design, scenarios: list[Scenario]) -> list[Table]:
    """Annual cost by funding source and posts by grade per scenario; changes from the first."""
    first = scenarios[0]
    breakdowns = [cost_breakdown(design, s) for s in scenarios]
    currency = design.cost_table.currency
    names = {s.id: s.name for s in design.funding_sources}
    later = scenarios[1:]
    costs = Table(
        "Annual cost by funding source",
        [
            Column("Funding source"),
            *(
                c
                for s in scenarios
                for c in (
                    Column(f"{s.name}: posts", ColumnKind.COUNT),
                    Column(f"{s.name}: cost ({currency})", ColumnKind.MONEY),
                )
            ),
            *(Column(f"Change, {s.name} ({currency})", ColumnKind.CHANGE) for s in later),
        ],
        name="Costs",
    )
    base = breakdowns[0]
    for source in names:
        costs.add(
            f"{names[source]} ({source})",
            *(
                v
                for b in breakdowns
                for v in (b.posts_by_funding.get(source, 0), b.cost_by_funding.get(source, 0))
            ),
            *(
                b.cost_by_funding.get(source, 0) - base.cost_by_funding.get(source, 0)
                for b in breakdowns[1:]
            ),
        )
    costs.add(
        "Total",
        *(v for b in breakdowns for v in (b.posts, b.total)),
        *(b.total - base.total for b in breakdowns[1:]),
        style=RowStyle.TOTAL,
    )
    costs.notes.append(f"Changes are against {first.name}.")
    grades = Table(
        "Posts by grade",
        [
            Column("Grade"),
            *(Column(s.name, ColumnKind.COUNT) for s in scenarios),
            *(Column(f"Change, {s.name}", ColumnKind.CHANGE) for s in later),
        ],
        name="Grades",
    )
    for grade in design.grades:
        counts = [b.posts_by_grade.get(grade.id, 0) for b in breakdowns]
        if any(counts):
            grades.add(grade.id, *counts, *(c - counts[0] for c in counts[1:]))
    grades.add(
        "Total",
        *(b.posts for b in breakdowns),
        *(b.posts - base.posts for b in breakdowns[1:]),
        style=RowStyle.TOTAL,
    )
    return [costs, grades]


def changes_table(diff: ScenarioDiff) -> Table:
    """Every unit and post change, one row each: the ``diff`` command's CSV and text."""
    old, new = diff.old, diff.new
    labels = _Labels(old, new)
    table = Table(
        f"Changes from {old.name} to {new.name}",
        [
            Column("Kind"),
            Column("Id"),
            Column("Name"),
            Column("Change"),
            Column("From"),
            Column("To"),
        ],
        name="Changes",
    )
    for unit in diff.units:
        before, after = unit.before, unit.after
        for action in unit.actions:
            frm, to = "", ""
            if action is UnitAction.MOVED and before and after:
                frm = f"{labels.unit(before.parent)} ({labels.department(unit.unit, old)})"
                to = f"{labels.unit(after.parent)} ({labels.department(unit.unit, new)})"
            elif action is UnitAction.RENAMED and before and after:
                frm, to = before.name, after.name
            elif action is UnitAction.CHANGED:
                frm = ", ".join(unit.fields)
            elif action is UnitAction.ADDED and after:
                to = labels.unit(after.parent)
            elif action is UnitAction.ABOLISHED and before:
                frm = labels.unit(before.parent)
            table.add("unit", unit.unit, unit.label, action.value, frm, to)
    for post in diff.posts:
        b, a = post.before, post.after
        name = (a.title if a else b.title if b else "") or ""
        for post_action in post.actions:
            frm = to = ""
            if post_action is PostAction.REDEPLOYED and a and b:
                frm, to = labels.unit(b.unit), labels.unit(a.unit)
                if post.with_unit:
                    frm = f"{frm} ({labels.department(b.unit, old)})"
                    to = f"{to} ({labels.department(a.unit, new)})"
            elif post_action is PostAction.RECLASSIFIED and a and b:
                frm, to = b.grade, a.grade
            elif post_action is PostAction.FUNDING and a and b:
                frm, to = b.funding, a.funding
            elif post_action is PostAction.ESTABLISHED and a:
                to = f"{a.grade} {a.funding} in {labels.unit(a.unit)}"
            elif post_action is PostAction.ABOLISHED and b:
                frm = f"{b.grade} {b.funding} in {labels.unit(b.unit)}"
            table.add("post", post.post, name, post_action.value, frm, to)
    return table
