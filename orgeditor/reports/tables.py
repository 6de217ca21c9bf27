"""The tables budget reports carry: posts per unit, costs and changes (see also redeployment).

All figures come from the same model and standard costs the validator uses, so a
table's totals equal the cost rules' view of the proposal.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from orgeditor.i18n import QT_TRANSLATE_NOOP, format_number, translate
from orgeditor.model import Design, Post, Scenario
from orgeditor.model.costs import cost_breakdown, cost_rates, post_cost
from orgeditor.reports.changes import changes_table
from orgeditor.reports.diff import diff_scenarios
from orgeditor.reports.labels import Labels, units_in_order
from orgeditor.reports.redeployment import redeployment_tables
from orgeditor.reports.sources import sources_table
from orgeditor.reports.table import Column, ColumnKind, RowStyle, Table, annual_cost, from_to

REPORT_TITLES = {
    "posts": QT_TRANSLATE_NOOP("Report", "posts by unit"),
    "redeployment": QT_TRANSLATE_NOOP("Report", "post redeployment"),
    "costs": QT_TRANSLATE_NOOP("Report", "cost summary"),
    "changes": QT_TRANSLATE_NOOP("Report", "changes"),
    "sources": QT_TRANSLATE_NOOP("Report", "sources"),  # structured sources (issue 21)
}


def report_title(design: Design, table: str) -> str:
    """The title of a report: the design's title and what the table is."""
    what = translate("Report", REPORT_TITLES[table])
    return translate("Report", "{title}: {table}").format(title=design.metadata.title, table=what)


def report_tables(design: Design, table: str, scenarios: list[Scenario]) -> list[Table]:
    """The tables of one report; ``scenarios`` is the pair compared (costs, sources: any
    number)."""
    old, new = scenarios[0], scenarios[-1]
    if table == "posts":
        return [post_table(design, old, new)]
    if table == "redeployment":
        return redeployment_tables(design, old, new)
    if table == "costs":
        return cost_tables(design, scenarios)
    if table == "changes":
        return [changes_table(diff_scenarios(old, new))]
    if table == "sources":
        return [sources_table(design, scenarios)]
    raise ValueError(f"unknown table {table!r}; choose one of {', '.join(REPORT_TITLES)}")


def post_table(design: Design, old: Scenario, new: Scenario) -> Table:
    """Posts per unit by grade and funding source, with annual cost: old, new and change."""
    grades = [g.id for g in design.grades]
    sources = [s.id for s in design.funding_sources]
    rates = cost_rates(design)
    used = {p.grade for s in (old, new) for p in s.posts.values()}
    grades = [g for g in grades if g in used] + sorted(used - set(grades))
    currency = design.cost_table.currency
    table = Table(
        translate("Report", "Posts by unit: {old} and {new}").format(old=old.name, new=new.name),
        [
            Column(translate("Report", "Unit id")),
            Column(translate("Report", "Unit")),
            Column(translate("Report", "Department")),
            Column(translate("Report", "Scenario")),
            *(Column(g, ColumnKind.COUNT) for g in grades),
            Column(translate("Report", "Posts"), ColumnKind.COUNT),
            *(Column(s, ColumnKind.COUNT) for s in sources),
            Column(annual_cost(currency), ColumnKind.MONEY),
        ],
        name="Posts",
    )
    by_unit = {s.id: _posts_by_unit(s) for s in (old, new)}
    labels = Labels(old, new)

    def figures(posts: list[Post], scenario: Scenario) -> list[int]:
        by_grade = Counter(p.grade for p in posts)
        by_source = Counter(p.funding for p in posts)
        cost = sum(post_cost(rates, p, scenario) or 0 for p in posts)
        return [
            *(by_grade[g] for g in grades),
            len(posts),
            *(by_source[s] for s in sources),
            cost,
        ]

    def add_three(
        unit_id: str | None, before: list[Post], after: list[Post], subtotal: bool = False
    ) -> None:
        """Rows for ``old``, ``new`` and the change: a unit's, a department's or the total."""
        style = RowStyle.TOTAL if unit_id is None or subtotal else RowStyle.BODY
        one, two = figures(before, old), figures(after, new)
        sides = [_row_key(labels, unit_id, s, subtotal) for s in (old, new)]
        change = (*sides[1][:2], _joined(sides[0][2], sides[1][2]))
        table.add(*sides[0], old.name, *one, style=style)
        table.add(*sides[1], new.name, *two, style=style)
        changed = (b - a for a, b in zip(one, two, strict=True))
        table.add(*change, translate("Report", "Change"), *changed, style=style)

    order = units_in_order(old, new)
    for unit_id in order:
        before, after = by_unit[old.id].get(unit_id, []), by_unit[new.id].get(unit_id, [])
        if before or after:
            add_three(unit_id, before, after)
    table.section(translate("Report", "Subtotals by department"))
    by_department = {s.id: _posts_by_department(s, labels) for s in (old, new)}
    for department in _departments_in_order(order, old, new, labels):
        before = by_department[old.id].get(department, [])
        after = by_department[new.id].get(department, [])
        if before or after:
            add_three(department, before, after, subtotal=True)
    add_three(None, list(old.posts.values()), list(new.posts.values()))
    table.notes.append(
        translate(
            "Report",
            "Annual costs at the design's standard costs, in {currency}; the change rows are "
            "{new} minus {old}.",
        ).format(currency=currency, new=new.name, old=old.name)
    )
    uncosted = cost_breakdown(design, new).uncosted + cost_breakdown(design, old).uncosted
    if uncosted:
        table.notes.append(
            translate("Report", "Posts with no standard cost, counted as 0: {count}.").format(
                count=format_number(len(set(uncosted)))
            )
        )
    return table


def _row_key(
    labels: Labels, unit_id: str | None, scenario: Scenario, subtotal: bool
) -> tuple[str, str, str]:
    """Unit id, unit and department cells of a post table row, in ``scenario``'s terms."""
    if unit_id is None:
        return "", translate("Report", "Total"), ""
    subtotal_word = translate("Report", "Subtotal")
    if unit_id == NO_DEPARTMENT:
        return "", subtotal_word, translate("Report", "(no department)")
    if subtotal:
        return unit_id, subtotal_word, labels.unit(unit_id, scenario)
    return unit_id, labels.unit(unit_id, scenario), labels.department(unit_id, scenario)


def _joined(before: str, after: str) -> str:
    """One cell for a change row: the value, or both when the scenarios differ ("-": absent)."""
    if before == after or before == "-":
        return after
    return before if after == "-" else from_to(before, after)


#: The key of the subtotal of posts in units below no department (the top, stray units).
NO_DEPARTMENT = ""


def _posts_by_department(scenario: Scenario, labels: Labels) -> dict[str, list[Post]]:
    grouped: dict[str, list[Post]] = defaultdict(list)
    for post in scenario.posts.values():
        department = labels.department_id(post.unit, scenario)
        grouped[department or NO_DEPARTMENT].append(post)
    return grouped


def _departments_in_order(
    units: list[str], old: Scenario, new: Scenario, labels: Labels
) -> list[str]:
    """The departments among ``units`` (in that order) in either scenario, then none."""
    order = [u for u in units if u in (labels.department_id(u, new), labels.department_id(u, old))]
    return [*order, NO_DEPARTMENT]


def _posts_by_unit(scenario: Scenario) -> dict[str, list[Post]]:
    grouped: dict[str, list[Post]] = defaultdict(list)
    for post in scenario.posts.values():
        grouped[post.unit].append(post)
    return grouped


def cost_tables(design: Design, scenarios: list[Scenario]) -> list[Table]:
    """Annual cost by funding source and posts by grade per scenario; changes from the first."""
    first = scenarios[0]
    breakdowns = [cost_breakdown(design, s) for s in scenarios]
    currency = design.cost_table.currency
    names = {s.id: s.name for s in design.funding_sources}
    later = scenarios[1:]
    costs = Table(
        translate("Report", "Annual cost by funding source"),
        [
            Column(translate("Report", "Funding source")),
            *(
                c
                for s in scenarios
                for c in (
                    Column(
                        translate("Report", "{scenario}: posts").format(scenario=s.name),
                        ColumnKind.COUNT,
                    ),
                    Column(
                        translate("Report", "{scenario}: cost ({currency})").format(
                            scenario=s.name, currency=currency
                        ),
                        ColumnKind.MONEY,
                    ),
                )
            ),
            *(
                Column(
                    translate("Report", "Change, {scenario} ({currency})").format(
                        scenario=s.name, currency=currency
                    ),
                    ColumnKind.CHANGE,
                )
                for s in later
            ),
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
        translate("Report", "Total"),
        *(v for b in breakdowns for v in (b.posts, b.total)),
        *(b.total - base.total for b in breakdowns[1:]),
        style=RowStyle.TOTAL,
    )
    costs.notes.append(
        translate("Report", "Changes are against {scenario}.").format(scenario=first.name)
    )
    grades = Table(
        translate("Report", "Posts by grade"),
        [
            Column(translate("Report", "Grade")),
            *(Column(s.name, ColumnKind.COUNT) for s in scenarios),
            *(
                Column(
                    translate("Report", "Change, {scenario}").format(scenario=s.name),
                    ColumnKind.CHANGE,
                )
                for s in later
            ),
        ],
        name="Grades",
    )
    for grade in design.grades:
        counts = [b.posts_by_grade.get(grade.id, 0) for b in breakdowns]
        if any(counts):
            grades.add(grade.id, *counts, *(c - counts[0] for c in counts[1:]))
    grades.add(
        translate("Report", "Total"),
        *(b.posts for b in breakdowns),
        *(b.posts - base.posts for b in breakdowns[1:]),
        style=RowStyle.TOTAL,
    )
    return [costs, grades]
