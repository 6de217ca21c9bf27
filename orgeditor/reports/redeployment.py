"""The post redeployment report: where every post went, and the cost effect per funding source.

Two tables: the movements in the categories of a UN budget annex (posts
continuing in a successor unit or with their unit in another department,
redeployed between units, established, abolished, reclassified, funding
changed; grouped by from-unit, to-unit, grade and funding source), and an
accounting that carries every baseline post and cost to the proposal's, per
funding source, so its last row proves neutrality. A post continues when its
unit in the proposal is its baseline unit or succeeds it
(``orgeditor.model.successors``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator

from orgeditor.i18n import QT_TRANSLATE_NOOP, format_number, translate
from orgeditor.model import Design, Post, Scenario
from orgeditor.model.costs import cost_rates, neutrality_keys, post_cost, post_location
from orgeditor.reports.diff import PostAction, ScenarioDiff, diff_scenarios
from orgeditor.reports.labels import Labels
from orgeditor.reports.table import Column, ColumnKind, RowStyle, Table, annual_cost, from_to

#: The movement table's first two categories (the others are in its ``order``).
CONTINUING = QT_TRANSLATE_NOOP("Report", "Continuing")
REDEPLOYED = QT_TRANSLATE_NOOP("Report", "Redeployed between units")
STATION = QT_TRANSLATE_NOOP("Report", "Duty station changed")  # per-location costs (issue 15)
ESTABLISHED = QT_TRANSLATE_NOOP("Report", "Established")
ABOLISHED = QT_TRANSLATE_NOOP("Report", "Abolished")
RECLASSIFIED = QT_TRANSLATE_NOOP("Report", "Reclassified")
FUNDING_CHANGED = QT_TRANSLATE_NOOP("Report", "Funding changed")


def redeployment_tables(design: Design, old: Scenario, new: Scenario) -> list[Table]:
    """Where every post went (movements), and the cost effect per funding source."""
    diff = diff_scenarios(old, new)
    continuing = diff.continuing()
    return [_movement_table(design, diff, continuing), _accounting_table(design, diff, continuing)]


def _moved_station(old: Scenario, new: Scenario) -> list[tuple[Post, Post]]:
    """(before, after) of each post in both scenarios whose duty station (its unit's) differs."""
    return [
        (before, after)
        for before in old.posts.values()
        if (after := new.posts.get(before.id)) is not None
        and post_location(old, before) != post_location(new, after)
    ]


def _movement_table(
    design: Design, diff: ScenarioDiff, continuing: list[tuple[Post, Post]]
) -> Table:
    old, new = diff.old, diff.new
    rates = cost_rates(design)
    currency = design.cost_table.currency
    labels = Labels(old, new)
    table = Table(
        translate("Report", "Post redeployment: {old} to {new}").format(old=old.name, new=new.name),
        [
            Column(translate("Report", "Action")),
            Column(translate("Report", "From department")),
            Column(translate("Report", "From unit")),
            Column(translate("Report", "To department")),
            Column(translate("Report", "To unit")),
            Column(translate("Report", "Grade")),
            Column(translate("Report", "Funding source")),
            Column(translate("Report", "Posts"), ColumnKind.COUNT),
            Column(annual_cost(currency), ColumnKind.MONEY),
            Column(
                translate("Report", "Cost effect ({currency})").format(currency=currency),
                ColumnKind.CHANGE,
            ),
        ],
        name="Redeployment",
    )
    groups: dict[tuple[str, ...], list[int]] = {}

    def count(key: tuple[str, ...], cost: int, effect: int) -> None:
        figures = groups.setdefault(key, [0, 0, 0])
        figures[0] += 1
        figures[1] += cost
        figures[2] += effect

    uncosted: set[str] = set()

    def cost(
        post: Post, grade: str | None = None, funding: str | None = None, scenario: str = "old"
    ) -> int:
        """The post's cost in ``old`` (its station there), or with ``scenario="new"`` in new."""
        changed = Post(post.id, grade or post.grade, funding or post.funding, post.unit)
        amount = post_cost(rates, changed, old if scenario == "old" else new)
        if amount is None:
            uncosted.add(post.id)
        return amount or 0

    elsewhere = {entry.post for entry in diff.posts_with(PostAction.WITH_UNIT)}
    for was, now in continuing:
        if was.unit != now.unit or was.id in elsewhere:
            source = (labels.department(was.unit, old), labels.unit(was.unit, old))
            target = (labels.department(now.unit, new), labels.unit(now.unit, new))
            count((CONTINUING, *source, *target, was.grade, was.funding), cost(was), 0)
    for entry in diff.posts:
        before, after = entry.before, entry.after
        if before is None and after is not None:
            where = (labels.department(after.unit, new), labels.unit(after.unit, new))
            amount = cost(after, scenario="new")
            count((ESTABLISHED, "", "", *where, after.grade, after.funding), amount, amount)
            continue
        if after is None and before is not None:
            where = (labels.department(before.unit, old), labels.unit(before.unit, old))
            count(
                (ABOLISHED, *where, "", "", before.grade, before.funding),
                cost(before),
                -cost(before),
            )
            continue
        assert before is not None and after is not None
        source = (labels.department(before.unit, old), labels.unit(before.unit, old))
        target = (labels.department(after.unit, new), labels.unit(after.unit, new))
        if PostAction.REDEPLOYED in entry.actions:
            count((REDEPLOYED, *source, *target, before.grade, before.funding), cost(before), 0)
        if PostAction.RECLASSIFIED in entry.actions:
            grade = from_to(before.grade, after.grade)
            upgraded = cost(before, grade=after.grade)
            count(
                (RECLASSIFIED, *source, *target, grade, before.funding),
                upgraded,
                upgraded - cost(before),
            )
        if PostAction.FUNDING in entry.actions:
            funding = from_to(before.funding, after.funding)
            refunded = cost(before, after.grade, after.funding)
            count(
                (FUNDING_CHANGED, *source, *target, after.grade, funding),
                refunded,
                refunded - cost(before, grade=after.grade),
            )
    for was, now in _moved_station(old, new):
        target = (labels.department(now.unit, new), labels.unit(now.unit, new))
        source = (labels.department(was.unit, old), labels.unit(was.unit, old))
        there = cost(now, scenario="new")
        here = cost(was, now.grade, now.funding)
        count((STATION, *source, *target, now.grade, now.funding), there, there - here)
    order = [CONTINUING, REDEPLOYED, ESTABLISHED, ABOLISHED, RECLASSIFIED, FUNDING_CHANGED, STATION]
    totals = [0, 0]
    for action in order:
        keys = [k for k in groups if k[0] == action]
        if not keys:
            continue
        shown = translate("Report", action)
        posts_in = format_number(sum(groups[k][0] for k in keys))
        table.section(
            translate("Report", "{action} ({count} posts)").format(action=shown, count=posts_in)
        )
        for key in keys:
            posts, amount, effect = groups[key]
            table.add(shown, *key[1:], posts, amount, effect)
            totals[1] += effect
    totals[0] = len(diff.posts)
    total = translate("Report", "Total")
    table.add(total, "", "", "", "", "", "", None, None, totals[1], style=RowStyle.TOTAL)
    table.notes.append(
        translate(
            "Report",
            "Continuing posts stay in their unit or its successor; those listed moved with it "
            "to a successor unit or to another department (one that does not succeed theirs), "
            "the rest stay where they were (see the accounting). Continuing and redeployed "
            "posts keep their cost; the cost effect column adds establishments, abolitions, "
            "reclassifications, funding changes and changes of duty station (each at the "
            "post's grade and funding in the proposal).",
        )
    )
    if uncosted:
        table.notes.append(
            translate(
                "Report",
                "{count} of these posts have a grade and funding source with no standard "
                "cost; they count as 0 (first: {first}).",
            ).format(count=format_number(len(uncosted)), first=min(uncosted))
        )
    return table


def _accounting_table(
    design: Design, diff: ScenarioDiff, continuing: list[tuple[Post, Post]]
) -> Table:
    """Baseline posts and costs carried to the proposal's, per funding source.

    A post funded by a part counts under its source, or under the part itself when
    COST-FUNDING checks that source part by part: the columns are what it compares.
    """
    old, new = diff.old, diff.new
    rates = cost_rates(design)
    keys = neutrality_keys(design)
    sources = list(dict.fromkeys(keys.values()))
    currency = design.cost_table.currency
    table = Table(
        translate("Report", "Accounting for every post and cost, {old} to {new}").format(
            old=old.name, new=new.name
        ),
        [
            Column(translate("Report", "Line")),  # MONEY: a nil figure here is written 0
            *(Column(s, ColumnKind.MONEY) for s in sources),
            Column(translate("Report", "Total"), ColumnKind.MONEY),
        ],
        name="Neutrality",
    )
    changed = {entry.post: entry for entry in diff.posts}

    def key(post: Post) -> str:
        return keys.get(post.funding, post.funding)

    def line(label: str, values: Counter[str], style: RowStyle = RowStyle.BODY) -> None:
        table.add(
            label, *(values[s] for s in sources), sum(values[s] for s in sources), style=style
        )

    def tally(
        posts: Iterable[Post], amount: bool = False, scenario: Scenario = old
    ) -> Counter[str]:
        totals: Counter[str] = Counter()
        for post in posts:
            totals[key(post)] += (post_cost(rates, post, scenario) or 0) if amount else 1
        return totals

    def old_posts(action: PostAction) -> Iterator[Post]:
        for post in old.posts.values():
            entry = changed.get(post.id)
            if entry is not None and action in entry.actions:
                yield post

    def named(scenario: Scenario, text: str) -> str:
        return text.format(scenario=scenario.name)

    table.section(translate("Report", "Posts"))
    posts_of = translate("Report", "{scenario}: posts")
    line(named(old, posts_of), tally(old.posts.values()), RowStyle.TOTAL)
    sub = "  "  # the lines that make up a total are indented under it
    continuing_text = translate("Report", "continuing in their unit or its successor")
    line(sub + continuing_text, tally(b for b, _ in continuing))
    redeployed = tally(old_posts(PostAction.REDEPLOYED))
    line(sub + translate("Report", "redeployed between units"), redeployed)
    line(sub + translate("Report", "abolished"), tally(old_posts(PostAction.ABOLISHED)))
    established = [e.after for e in diff.posts_with(PostAction.ESTABLISHED) if e.after]
    line(translate("Report", ESTABLISHED), tally(established))
    moved_in, moved_out = Counter[str](), Counter[str]()
    for entry in diff.posts_with(PostAction.FUNDING):
        assert entry.before and entry.after
        was, now = key(entry.before), key(entry.after)
        if was != now:  # a transfer between parts of a source checked whole stays in it
            moved_out[was] += 1
            moved_in[now] += 1
    if moved_in:
        line(translate("Report", "Funding changed: into the source"), moved_in)
        moved_away = Counter({k: -v for k, v in moved_out.items()})
        line(translate("Report", "Funding changed: out of the source"), moved_away)
    line(named(new, posts_of), tally(new.posts.values(), scenario=new), RowStyle.TOTAL)

    table.section(annual_cost(currency))
    before, after = tally(old.posts.values(), True), tally(new.posts.values(), True, new)
    cost_of = translate("Report", "{scenario}: annual cost")
    line(named(old, cost_of), before, RowStyle.TOTAL)
    effects: dict[str, Counter[str]] = {k: Counter() for k in ("est", "abo", "rec", "fund")}

    def at_old(post: Post) -> int:
        return post_cost(rates, post, old) or 0

    for entry in diff.posts:
        b, a = entry.before, entry.after
        if b is None and a is not None:
            effects["est"][key(a)] += post_cost(rates, a, new) or 0
        elif a is None and b is not None:
            effects["abo"][key(b)] -= at_old(b)
        elif a is not None and b is not None:  # at the post's station in old; see below
            regraded = Post(b.id, a.grade, b.funding, b.unit)
            effects["rec"][key(b)] += at_old(regraded) - at_old(b)
            if a.funding != b.funding:
                effects["fund"][key(b)] -= at_old(regraded)
                effects["fund"][key(a)] += at_old(Post(b.id, a.grade, a.funding, b.unit))
    station: Counter[str] = Counter()
    for b, a in _moved_station(old, new):
        here = at_old(Post(b.id, a.grade, a.funding, b.unit))
        station[key(a)] += (post_cost(rates, a, new) or 0) - here
    line(sub + translate("Report", "established posts"), effects["est"])
    line(sub + translate("Report", "abolished posts"), effects["abo"])
    line(sub + translate("Report", "reclassifications"), effects["rec"])
    line(sub + translate("Report", "funding changes"), effects["fund"])
    if design.locations:
        line(sub + translate("Report", "duty station changes"), station)
    line(named(new, cost_of), after, RowStyle.TOTAL)
    change = Counter({s: after[s] - before[s] for s in sources})
    line(translate("Report", "Change (0: cost neutral)"), change, RowStyle.TOTAL)
    neutral = [s for s in sources if change[s] == 0]
    table.notes.append(
        translate(
            "Report",
            "{old} posts = continuing + redeployed + abolished; {new} posts = continuing "
            "+ redeployed + established. Cost neutral in: {sources}.",
        ).format(
            old=old.name,
            new=new.name,
            sources=", ".join(neutral) or translate("Report", "no source"),
        )
    )
    return table
