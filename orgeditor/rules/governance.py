"""Governance rules: the bodies a design requires, and the Peacebuilding Fund's link."""

from __future__ import annotations

from collections.abc import Iterable

from orgeditor.i18n import QT_TRANSLATE_NOOP
from orgeditor.model import LineKind, RequiredBody, UnitKind
from orgeditor.model.aspects import Aspect
from orgeditor.rules.base import TREE, Finding, Fix, Rule, Severity
from orgeditor.rules.context import Context


class GovPrincipalsRule(Rule):
    """GOV-SPG: every body the design declares as required (``rules.required_bodies``)."""

    id = "GOV-SPG"
    parameters = ("department_roles", "required_bodies")
    title = QT_TRANSLATE_NOOP("Rule", "The bodies the design requires")
    severity = Severity.ERROR
    explanation = QT_TRANSLATE_NOOP(
        "Rule",
        "Each body the design declares as required (rules.required_bodies) exists, chaired by "
        "the unit or role the design names, with the members it names; other members are "
        "allowed. The rule is off when the design declares no such body. The UN sample "
        "declares the Standing Principals' Group, chaired by the Secretary-General with the "
        "heads of both departments (para. 42; the arrangement of November 2018 added the Chef "
        "de Cabinet and the heads of counter-terrorism and disarmament).",
    )
    source = QT_TRANSLATE_NOOP("Rule", "A/72/525 para. 42; the design's rules.required_bodies")

    reads = TREE | {Aspect.BODIES, Aspect.FUNCTIONS}

    def check(self, ctx: Context) -> Iterable[Finding]:
        """Findings for a missing body, a wrong chair and missing members, body by body."""
        declared = ctx.settings.required_bodies
        ctx.require(declared, "the design declares no required body (rules.required_bodies)")
        findings: list[Finding] = []
        for required in declared:
            findings += self._check_body(ctx, required)
        return findings

    def _check_body(self, ctx: Context, required: RequiredBody) -> list[Finding]:
        top = ctx.top
        ctx.require(top is not None, "this scenario has no single top unit")
        assert top is not None
        if "departments" in required.members:  # a body that brings departments together
            ctx.require(len(ctx.departments) >= 2, "this scenario maps fewer than two departments")
        chair = _resolve(ctx, required.chair)[0]
        members = [m for ref in required.members for m in _resolve(ctx, ref)]
        group = self._group(ctx, required, chair)
        if group is None:
            return [self._missing(ctx, required, top, chair, members)]
        body = ctx.scenario.bodies.get(group)
        findings = []
        actual = body.chair if body else None
        if actual != chair:
            findings.append(
                self.finding(
                    f"{ctx.label(group)} is chaired by "
                    f"{ctx.label(actual) if actual else 'no one'}, not by {ctx.label(chair)}.",
                    units=[group],
                    fix=Fix(
                        "set-chair",
                        f"make {ctx.label(chair)} its chair",
                        {"body": group, "unit": chair},
                    ),
                )
            )
        present = set(body.members) if body else set()
        for member in members:
            if member not in present and member != chair:
                findings.append(
                    self.finding(
                        f"The head of {ctx.label(member)} is not a member of {ctx.label(group)}.",
                        units=[group, member],
                        fix=Fix(
                            "add-member",
                            f"add {ctx.label(member)} to {ctx.label(group)}",
                            {"body": group, "unit": member},
                        ),
                    )
                )
        return findings

    def _missing(
        self, ctx: Context, required: RequiredBody, top: str, chair: str, members: list[str]
    ) -> Finding:
        called = required.called or required.name
        whom = (
            f"the department heads ({ctx.labels(members)})"
            if required.members == ["departments"]
            else ctx.labels(members)
        )
        return self.finding(
            f"There is no {called} chaired by {ctx.label(chair)} that brings {whom} together.",
            units=[top] if chair == top else [top, chair],
            fix=Fix(
                "create-body",
                f"create a {required.name} under {ctx.label(top)}, chaired by "
                f"{ctx.label(chair)}, with {ctx.labels(members)} as members",
                {
                    "prefix": required.id,
                    "name": required.name,
                    "parent": top,
                    "chair": chair,
                    "members": members,
                },
            ),
        )

    @staticmethod
    def _group(ctx: Context, required: RequiredBody, chair: str) -> str | None:
        """Where the scenario keeps the body: its ``body`` reference, else one ``chair`` chairs."""
        kind, _, unit_id = required.body.partition(":")
        named = unit_id if kind == "unit" else _role_unit(ctx, required.body)
        if named in ctx.units and ctx.units[named].kind is UnitKind.BODY:
            return named
        chaired = [b.unit for b in ctx.scenario.bodies.values() if b.chair == chair]
        return chaired[0] if chaired else None


def _role_unit(ctx: Context, ref: str) -> str | None:
    """The unit a scenario role names (``top``, ``executive-office`` ...), else None."""
    roles = ctx.scenario.roles
    return {
        "top": ctx.top,
        "executive-office": roles.executive_office,
        "shared-structure": roles.shared_structure,
        "principals-group": roles.principals_group,
    }.get(ref)


def _resolve(ctx: Context, ref: str) -> list[str]:
    """The units a chair or member reference names here; skips the rule when it names none."""
    kind, _, value = ref.partition(":")
    if ref == "departments":
        ctx.require(len(ctx.departments) >= 2, "this scenario maps fewer than two departments")
        return list(ctx.departments.values())
    if kind == "department":
        found = ctx.departments.get(value)
        ctx.require(found, f"this scenario maps no department to the role {value!r}")
    elif kind == "unit":
        found = value if value in ctx.units else None
        ctx.require(found, f"this scenario has no unit {value!r}")
    else:
        found = _role_unit(ctx, ref)
        ctx.require(found in ctx.units, f"this scenario has no unit in the role {ref!r}")
    assert found is not None
    return [found]


class GovFundLinkRule(Rule):
    """GOV-PBF-LINK."""

    id = "GOV-PBF-LINK"
    parameters = ("pbf_function",)
    title = QT_TRANSLATE_NOOP(
        "Rule", "The Peacebuilding Fund keeps its link to the Executive Office"
    )
    severity = Severity.ERROR
    explanation = QT_TRANSLATE_NOOP(
        "Rule",
        "The unit that manages the Peacebuilding Fund keeps a functional link (a dual or dotted "
        "line, from it or a unit above it) to the Executive Office of the Secretary-General.",
    )
    source = QT_TRANSLATE_NOOP("Rule", "A/72/525 para. 24")

    reads = TREE | {Aspect.FUNCTIONS, Aspect.LINES}

    def check(self, ctx: Context) -> Iterable[Finding]:
        """A finding per unit managing the fund with no line to the executive office."""
        fund = ctx.settings.pbf_function
        ctx.require(fund, "the design names no Peacebuilding Fund function (rules.pbf_function)")
        assert fund is not None
        office = ctx.scenario.roles.executive_office
        ctx.require(office in ctx.units, "this scenario names no executive office")
        assert office is not None
        linked = {
            x.source
            for x in ctx.scenario.lines.values()
            if x.target == office and x.kind in (LineKind.DUAL, LineKind.DOTTED)
        }
        findings = []
        for unit_id in ctx.carriers.get(fund, []):
            chain = [unit_id, *ctx.scenario.ancestors(unit_id)]
            if linked.intersection(chain) or office in chain:
                continue
            findings.append(
                self.finding(
                    f"{ctx.label(unit_id)} carries {ctx.function_name(fund)} but has no "
                    f"functional link to {ctx.label(office)}.",
                    units=[unit_id, office],
                    fix=Fix(
                        "add-line",
                        f"add a dotted line from {ctx.label(unit_id)} to {ctx.label(office)}",
                        {
                            "source": unit_id,
                            "target": office,
                            "kind": "dotted",
                            "caption": "Functional link",
                        },
                    ),
                )
            )
        return findings
