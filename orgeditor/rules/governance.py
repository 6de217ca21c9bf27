"""Governance rules: a principals' group at the top, and the Peacebuilding Fund's link."""

from __future__ import annotations

from collections.abc import Iterable

from orgeditor.model import LineKind, UnitKind
from orgeditor.rules.base import Finding, Fix, Rule, Severity
from orgeditor.rules.context import Context

GROUP_NAME = "Standing Principals' Group"


class GovPrincipalsRule(Rule):
    """GOV-SPG."""

    id = "GOV-SPG"
    title = "A principals' group at the top"
    severity = Severity.ERROR
    explanation = (
        "A Standing Principals' Group exists, chaired by the top of the organisation, with the "
        "heads of both departments among its members. Para. 42 names just these two; the "
        "arrangement of November 2018 added the Chef de Cabinet and the heads of "
        "counter-terrorism and disarmament, so other members are allowed."
    )
    source = "A/72/525 para. 42"

    def check(self, ctx: Context) -> Iterable[Finding]:
        """Findings for a missing group, a wrong chair and missing department heads."""
        top = ctx.top
        ctx.require(top is not None, "this scenario has no single top unit")
        assert top is not None
        ctx.require(len(ctx.departments) >= 2, "this scenario maps fewer than two departments")
        group = self._group(ctx, top)
        if group is None:
            heads = list(ctx.departments.values())
            return [
                self.finding(
                    f"There is no principals' group chaired by {ctx.label(top)} that brings the "
                    f"department heads ({ctx.labels(heads)}) together.",
                    units=[top],
                    fix=Fix(
                        "create-body",
                        f"create a {GROUP_NAME} under {ctx.label(top)}, chaired by "
                        f"{ctx.label(top)}, with {ctx.labels(heads)} as members",
                        {
                            "prefix": "principals-group",
                            "name": GROUP_NAME,
                            "parent": top,
                            "chair": top,
                            "members": heads,
                        },
                    ),
                )
            ]
        body = ctx.scenario.bodies.get(group)
        findings = []
        chair = body.chair if body else None
        if chair != top:
            findings.append(
                self.finding(
                    f"{ctx.label(group)} is chaired by "
                    f"{ctx.label(chair) if chair else 'no one'}, not by {ctx.label(top)}.",
                    units=[group],
                    fix=Fix(
                        "set-chair",
                        f"make {ctx.label(top)} its chair",
                        {"body": group, "unit": top},
                    ),
                )
            )
        members = set(body.members) if body else set()
        for department in ctx.departments.values():
            if department not in members:
                findings.append(
                    self.finding(
                        f"The head of {ctx.label(department)} is not a member of "
                        f"{ctx.label(group)}.",
                        units=[group, department],
                        fix=Fix(
                            "add-member",
                            f"add {ctx.label(department)} to {ctx.label(group)}",
                            {"body": group, "unit": department},
                        ),
                    )
                )
        return findings

    @staticmethod
    def _group(ctx: Context, top: str) -> str | None:
        named = ctx.scenario.roles.principals_group
        if named in ctx.units and ctx.units[named].kind is UnitKind.BODY:
            return named
        chaired = [b.unit for b in ctx.scenario.bodies.values() if b.chair == top]
        return chaired[0] if chaired else None


class GovFundLinkRule(Rule):
    """GOV-PBF-LINK."""

    id = "GOV-PBF-LINK"
    title = "The Peacebuilding Fund keeps its link to the Executive Office"
    severity = Severity.ERROR
    explanation = (
        "The unit that manages the Peacebuilding Fund keeps a functional link (a dual or dotted "
        "line, from it or a unit above it) to the Executive Office of the Secretary-General."
    )
    source = "A/72/525 para. 24"

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
