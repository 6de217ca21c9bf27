"""Function rules: every function kept and at its home; gender capacity in each department."""

from __future__ import annotations

from collections.abc import Iterable

from orgeditor.rules.base import Finding, Fix, Rule, Severity
from orgeditor.rules.context import Context


class FuncKeptRule(Rule):
    """FUNC-KEPT."""

    id = "FUNC-KEPT"
    title = "Every function is kept"
    severity = Severity.ERROR
    explanation = (
        "Every function the baseline carried is carried by some unit of the proposal: the "
        "restructuring changes neither the mandates nor the functions of the entities."
    )
    source = "A/72/525 para. 6"
    compares_with_baseline = True

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
            old_names = ", ".join(ctx.baseline.units[u].name for u in carriers)
            fix = None
            if still_here:
                fix = Fix(
                    "add-function",
                    f"give {name} back to {ctx.label(still_here[0])}",
                    {"unit": still_here[0], "function": function_id},
                )
            findings.append(
                self.finding(
                    f"No unit carries {name} any more; the baseline carried it in {old_names}.",
                    units=still_here,
                    fix=fix,
                    data={"function": function_id},
                )
            )
        return findings


class FuncHomeRule(Rule):
    """FUNC-HOME."""

    id = "FUNC-HOME"
    title = "Functions sit in their required department"
    severity = Severity.ERROR
    explanation = (
        "Functions with a required home sit there: electoral assistance, mediation support, "
        "support to the Peacebuilding Commission and management of the Peacebuilding Fund in "
        "DPPA; military affairs, police, rule of law, security sector reform, DDR and mine action "
        "in DPO; and police and military in the same department."
    )
    source = "A/72/525 paras. 23-24, 27 and 31-32"

    def check(self, ctx: Context) -> Iterable[Finding]:
        """A finding per unit carrying a homed function elsewhere, and per split group."""
        homes, together = ctx.settings.function_homes, ctx.settings.functions_together
        ctx.require(homes or together, "the design gives no function a required home")
        ctx.require(ctx.departments, "this scenario maps no departments")
        findings = []
        for function_id, role in homes.items():
            home = ctx.departments.get(role)
            if home is None:
                continue
            for unit_id in ctx.carriers.get(function_id, []):
                where = ctx.department_of.get(unit_id)
                if where == home:
                    continue
                place = f"in {ctx.label(where)}" if where else "outside the departments"
                findings.append(
                    self.finding(
                        f"{ctx.function_name(function_id)} is carried by {ctx.label(unit_id)}, "
                        f"{place}; its home is {ctx.label(home)}.",
                        units=[unit_id],
                        data={"function": function_id, "home": home},
                        fix=Fix(
                            "move-unit",
                            f"move {ctx.label(unit_id)} into {ctx.label(home)}",
                            {"unit": unit_id, "parent": home},
                        ),
                    )
                )
        for group in together:
            places: dict[str | None, list[str]] = {}
            for function_id in group:
                for unit_id in ctx.carriers.get(function_id, []):
                    places.setdefault(ctx.department_of.get(unit_id), []).append(unit_id)
            if len(places) > 1 or None in places:
                names = " and ".join(ctx.function_name(f) for f in group)
                where = "; ".join(
                    f"{ctx.label(d) if d else 'outside any department'}: {ctx.labels(units)}"
                    for d, units in places.items()
                )
                units = sorted(
                    (u for found in places.values() for u in found), key=ctx.position.__getitem__
                )
                findings.append(
                    self.finding(
                        f"{names} must sit in one department; they are split ({where}).",
                        units=units,
                    )
                )
        return findings


class FuncGenderRule(Rule):
    """FUNC-GENDER."""

    id = "FUNC-GENDER"
    title = "Each department has gender capacity"
    severity = Severity.ERROR
    explanation = "Both departments keep dedicated gender capacity: a unit that carries it."
    source = "A/72/525 para. 44"

    def check(self, ctx: Context) -> Iterable[Finding]:
        """A finding per department with no unit carrying the gender function."""
        gender = ctx.settings.gender_function
        ctx.require(gender, "the design names no gender function (rules.gender_function)")
        assert gender is not None
        ctx.require(ctx.departments, "this scenario maps no departments")
        carriers = set(ctx.carriers.get(gender, []))
        return [
            self.finding(
                f"{ctx.label(department)} has no dedicated gender capacity: no unit in it "
                f"carries {ctx.function_name(gender)}.",
                units=[department],
            )
            for department in ctx.departments.values()
            if not carriers & ctx.subtree(department)
        ]
