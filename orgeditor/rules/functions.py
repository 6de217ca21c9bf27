"""Function rules: every function kept and at its home; gender capacity in each department."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from orgeditor.i18n import QT_TRANSLATE_NOOP, translate
from orgeditor.model.aspects import Aspect
from orgeditor.rules.base import TREE, Finding, Fix, Rule, Severity
from orgeditor.rules.context import Context, clauses, joined, series


def _heir(ctx: Context, function_id: str, carriers: list[str]) -> str | None:
    """The unit of the proposal that should carry a function the baseline's ``carriers`` had.

    A carrier that is still there; else the unit that now holds most of their posts
    (posts keep their ids); in either case inside the function's home department if it
    has one, else that department itself.
    """
    assert ctx.baseline is not None
    holders: Counter[str] = Counter(
        ctx.scenario.posts[p.id].unit
        for p in ctx.baseline.posts.values()
        if p.unit in carriers and p.id in ctx.scenario.posts
    )
    candidates = [u for u in carriers if u in ctx.units]
    candidates += [u for u, _ in holders.most_common() if u not in candidates]
    home = ctx.departments.get(ctx.settings.function_homes.get(function_id, ""))
    if home is not None:
        candidates = [u for u in candidates if ctx.department_of.get(u) == home] or [home]
    return candidates[0] if candidates else None


class FuncKeptRule(Rule):
    """FUNC-KEPT."""

    id = "FUNC-KEPT"
    parameters = ("department_roles", "function_homes")
    title = QT_TRANSLATE_NOOP("Rule", "Every function is kept")
    severity = Severity.ERROR
    explanation = QT_TRANSLATE_NOOP(
        "Rule",
        "Every function the baseline carried is carried by some unit of the proposal: the "
        "restructuring changes neither the mandates nor the functions of the entities.",
    )
    source = QT_TRANSLATE_NOOP("Rule", "A/72/525 para. 6")
    compares_with_baseline = True

    reads = TREE | {Aspect.FUNCTIONS, Aspect.POSTS, Aspect.BASELINE}

    def check(self, ctx: Context) -> Iterable[Finding]:
        """A finding per function of the baseline that no unit of the proposal carries."""
        assert ctx.baseline is not None
        before: dict[str, list[str]] = {}
        for unit in ctx.baseline.units.values():
            for function_id in unit.functions:
                before.setdefault(function_id, []).append(unit.id)
        findings = []
        for function_id, carriers in before.items():
            if ctx.carriers.get(function_id):
                continue
            name = ctx.function_name(function_id)
            still_here = [u for u in carriers if u in ctx.units]
            old_names = series([ctx.baseline.units[u].name for u in carriers])
            heir = _heir(ctx, function_id, carriers)
            fix = None
            if heir is not None:
                if heir in carriers:
                    give = translate("Fix", "give {function} back to {unit}")
                else:
                    give = translate("Fix", "give {function} to {unit}")
                fix = Fix(
                    "add-function",
                    give.format(function=name, unit=ctx.label(heir)),
                    {"unit": heir, "function": function_id},
                )
            message = translate(
                "Finding",
                "No unit carries {function} any more; the baseline carried it in {units}.",
            )
            no_fix = translate(
                "NoFix",
                "none of the units that carried it is left and none holds their posts: choose "
                "the unit that will carry {function}",
            )
            findings.append(
                self.finding(
                    message.format(function=name, units=old_names),
                    units=still_here,
                    fix=fix,
                    data={"function": function_id},
                    no_fix=no_fix.format(function=name),
                )
            )
        return findings


def _homing(ctx: Context, unit_id: str, home: str, where: str | None) -> Fix | None:
    """Move the unit (or the highest unit above it outside the departments) into ``home``;
    if it is under ``home`` already, ``home`` itself sits in another department: move it
    back to the top."""
    if home == unit_id or home in ctx.scenario.ancestors(unit_id):
        top = ctx.top
        if top is None or top == home:
            return None
        return Fix(
            "move-unit",
            translate("Fix", "make {unit} report to {parent}").format(
                unit=ctx.label(home), parent=ctx.label(top)
            ),
            {"unit": home, "parent": top},
        )
    moved = unit_id if where else _outside_root(ctx, unit_id, home)
    return Fix(
        "move-unit",
        translate("Fix", "move {unit} into {parent}").format(
            unit=ctx.label(moved), parent=ctx.label(home)
        ),
        {"unit": moved, "parent": home},
    )


def _outside_root(ctx: Context, unit_id: str, home: str) -> str:
    """The highest unit above ``unit_id``, outside the departments, that can move to ``home``
    whole: every function with a home that its sub-units carry has that home."""
    homes = ctx.settings.function_homes
    roles = ctx.scenario.roles
    fixed = {ctx.top, roles.shared_structure, roles.executive_office, *ctx.departments.values()}
    shared = roles.shared_structure
    regional = ctx.subtree(shared) if shared is not None and shared in ctx.units else frozenset()
    best = unit_id
    for above in ctx.scenario.ancestors(unit_id):
        if above in fixed or above in regional:  # the shared structure stays whole
            break
        carried = {f for u in ctx.subtree(above) for f in ctx.units[u].functions if f in homes}
        if any(ctx.departments.get(homes[f]) != home for f in carried):
            break
        best = above
    return best


class FuncHomeRule(Rule):
    """FUNC-HOME."""

    id = "FUNC-HOME"
    parameters = ("department_roles", "function_homes", "functions_together")
    title = QT_TRANSLATE_NOOP("Rule", "Functions sit in their required department")
    severity = Severity.ERROR
    explanation = QT_TRANSLATE_NOOP(
        "Rule",
        "Functions with a required home sit there: electoral assistance, mediation support, "
        "support to the Peacebuilding Commission and management of the Peacebuilding Fund in "
        "DPPA; military affairs, police, rule of law, security sector reform, DDR and mine action "
        "in DPO; and police and military in the same department.",
    )
    source = QT_TRANSLATE_NOOP("Rule", "A/72/525 paras. 23-24, 27 and 31-32")

    reads = TREE | {Aspect.FUNCTIONS}

    def check(self, ctx: Context) -> Iterable[Finding]:
        """A finding per unit carrying a homed function elsewhere, and per split group."""
        homes, together = ctx.settings.function_homes, ctx.settings.functions_together
        ctx.require(
            homes or together, translate("Skip", "the design gives no function a required home")
        )
        ctx.require(ctx.departments, translate("Skip", "this scenario maps no departments"))
        findings = []
        for function_id, role in homes.items():
            home = ctx.departments.get(role)
            if home is None:
                continue
            for unit_id in ctx.carriers.get(function_id, []):
                where = ctx.department_of.get(unit_id)
                if where == home:
                    continue
                if where:
                    message = translate(
                        "Finding",
                        "{function} is carried by {unit}, in {department}; its home is {home}.",
                    )
                else:
                    message = translate(
                        "Finding",
                        "{function} is carried by {unit}, outside the departments; its home is "
                        "{home}.",
                    )
                no_fix = translate(
                    "NoFix",
                    "{home} sits inside another department and the scenario has no top to "
                    "move it to",
                )
                findings.append(
                    self.finding(
                        message.format(
                            function=ctx.function_name(function_id),
                            unit=ctx.label(unit_id),
                            department=ctx.label(where) if where else "",
                            home=ctx.label(home),
                        ),
                        units=[unit_id],
                        data={"function": function_id, "home": home},
                        fix=_homing(ctx, unit_id, home, where),
                        no_fix=no_fix.format(home=ctx.label(home)),
                    )
                )
        for group in together:
            places: dict[str | None, list[str]] = {}
            for function_id in group:
                for unit_id in ctx.carriers.get(function_id, []):
                    places.setdefault(ctx.department_of.get(unit_id), []).append(unit_id)
            if len(places) > 1 or None in places:
                units = sorted(
                    (u for found in places.values() for u in found), key=ctx.position.__getitem__
                )
                message = translate(
                    "Finding", "{functions} must sit in one department; they are split ({places})."
                )
                no_fix = translate(
                    "NoFix",
                    "which department gets them all is the planner's choice (with homes set for "
                    "them, the findings on their homes move them)",
                )
                findings.append(
                    self.finding(
                        message.format(
                            functions=joined(  # "a and b and c", as it always said
                                [ctx.function_name(f) for f in group],
                                translate("Finding", "{items} and {item}"),
                            ),
                            places=clauses([_place(ctx, d, found) for d, found in places.items()]),
                        ),
                        units=units,
                        no_fix=no_fix,
                    )
                )
        return findings


def _place(ctx: Context, department: str | None, units: list[str]) -> str:
    """Where some functions of a group sit: a department (or none) and the units there."""
    if department is None:
        where = translate("Finding", "outside any department: {units}")
        return where.format(units=ctx.labels(units))
    where = translate("Finding", "{department}: {units}")
    return where.format(department=ctx.label(department), units=ctx.labels(units))


class FuncGenderRule(Rule):
    """FUNC-GENDER."""

    id = "FUNC-GENDER"
    parameters = ("department_roles", "gender_function")
    title = QT_TRANSLATE_NOOP("Rule", "Each department has gender capacity")
    severity = Severity.ERROR
    explanation = QT_TRANSLATE_NOOP(
        "Rule", "Both departments keep dedicated gender capacity: a unit that carries it."
    )
    source = QT_TRANSLATE_NOOP("Rule", "A/72/525 para. 44")

    reads = TREE | {Aspect.FUNCTIONS, Aspect.BASELINE}

    def check(self, ctx: Context) -> Iterable[Finding]:
        """A finding per department with no unit carrying the gender function."""
        gender = ctx.settings.gender_function
        ctx.require(
            gender, translate("Skip", "the design names no gender function (rules.gender_function)")
        )
        assert gender is not None
        ctx.require(ctx.departments, translate("Skip", "this scenario maps no departments"))
        carriers = set(ctx.carriers.get(gender, []))
        findings = []
        for department in ctx.departments.values():
            if carriers & ctx.subtree(department):
                continue
            unit = _gender_unit(ctx, gender, department)
            name = ctx.function_name(gender)
            if unit != department:
                give = translate("Fix", "give {function} to {unit} in {department}")
            else:
                give = translate("Fix", "give {function} to {unit}")
            message = translate(
                "Finding",
                "{department} has no dedicated gender capacity: no unit in it carries {function}.",
            )
            findings.append(
                self.finding(
                    message.format(department=ctx.label(department), function=name),
                    units=[department],
                    fix=Fix(
                        "add-function",
                        give.format(
                            function=name, unit=ctx.label(unit), department=ctx.label(department)
                        ),
                        {"unit": unit, "function": gender},
                    ),
                )
            )
        return findings


def _gender_unit(ctx: Context, gender: str, department: str) -> str:
    """The unit of ``department`` that carried the gender function in the baseline, else one
    named after it, else the department itself."""
    inside = sorted(ctx.subtree(department), key=ctx.position.__getitem__)
    before = ctx.baseline.units if ctx.baseline is not None else {}
    for unit_id in inside:
        if unit_id in before and gender in before[unit_id].functions:
            return unit_id
    words = {gender.casefold(), ctx.function_name(gender).casefold()}
    named = [
        u
        for u in inside
        if u != department and any(w in ctx.units[u].name.casefold() for w in words)
    ]
    return named[0] if named else department
