"""Governance rules: the bodies a design requires, and the Peacebuilding Fund's link."""

from __future__ import annotations

from collections.abc import Iterable

from orgeditor.i18n import QT_TRANSLATE_NOOP, translate
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
        ctx.require(
            declared,
            translate("Skip", "the design declares no required body (rules.required_bodies)"),
        )
        findings: list[Finding] = []
        for required in declared:
            findings += self._check_body(ctx, required)
        return findings

    def _check_body(self, ctx: Context, required: RequiredBody) -> list[Finding]:
        top = ctx.top
        ctx.require(top is not None, translate("Skip", "this scenario has no single top unit"))
        assert top is not None
        if "departments" in required.members:  # a body that brings departments together
            ctx.require(
                len(ctx.departments) >= 2,
                translate("Skip", "this scenario maps fewer than two departments"),
            )
        chair = _resolve(ctx, required.chair)[0]
        members = [m for ref in required.members for m in _resolve(ctx, ref)]
        group = self._group(ctx, required, chair)
        if group is None:
            return [self._missing(ctx, required, top, chair, members)]
        body = ctx.scenario.bodies.get(group)
        findings = []
        actual = body.chair if body else None
        if actual != chair:
            if actual:
                message = translate("Finding", "{body} is chaired by {actual}, not by {chair}.")
            else:
                message = translate("Finding", "{body} is chaired by no one, not by {chair}.")
            findings.append(
                self.finding(
                    message.format(
                        body=ctx.label(group),
                        actual=ctx.label(actual) if actual else "",
                        chair=ctx.label(chair),
                    ),
                    units=[group],
                    fix=Fix(
                        "set-chair",
                        translate("Fix", "make {chair} its chair").format(chair=ctx.label(chair)),
                        {"body": group, "unit": chair},
                    ),
                )
            )
        present = set(body.members) if body else set()
        for member in members:
            if member not in present and member != chair:
                names = {"member": ctx.label(member), "body": ctx.label(group)}
                message = translate("Finding", "The head of {member} is not a member of {body}.")
                findings.append(
                    self.finding(
                        message.format(**names),
                        units=[group, member],
                        fix=Fix(
                            "add-member",
                            translate("Fix", "add {member} to {body}").format(**names),
                            {"body": group, "unit": member},
                        ),
                    )
                )
        return findings

    def _missing(
        self, ctx: Context, required: RequiredBody, top: str, chair: str, members: list[str]
    ) -> Finding:
        if required.members == ["departments"]:
            message = translate(
                "Finding",
                "There is no {body} chaired by {chair} that brings the department heads "
                "({members}) together.",
            )
        else:
            message = translate(
                "Finding", "There is no {body} chaired by {chair} that brings {members} together."
            )
        create = translate(
            "Fix", "create a {body} under {parent}, chaired by {chair}, with {members} as members"
        )
        chaired_by, listed = ctx.label(chair), ctx.labels(members)
        return self.finding(
            message.format(body=required.called or required.name, chair=chaired_by, members=listed),
            units=[top] if chair == top else [top, chair],
            fix=Fix(
                "create-body",
                create.format(
                    body=required.name, parent=ctx.label(top), chair=chaired_by, members=listed
                ),
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
        ctx.require(
            len(ctx.departments) >= 2,
            translate("Skip", "this scenario maps fewer than two departments"),
        )
        return list(ctx.departments.values())
    if kind == "department":
        found = ctx.departments.get(value)
        why = translate("Skip", "this scenario maps no department to the role {role}")
        ctx.require(found, why.format(role=repr(value)))
    elif kind == "unit":
        found = value if value in ctx.units else None
        ctx.require(
            found, translate("Skip", "this scenario has no unit {unit}").format(unit=repr(value))
        )
    else:
        found = _role_unit(ctx, ref)
        why = translate("Skip", "this scenario has no unit in the role {role}")
        ctx.require(found in ctx.units, why.format(role=repr(ref)))
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
        ctx.require(
            fund,
            translate(
                "Skip", "the design names no Peacebuilding Fund function (rules.pbf_function)"
            ),
        )
        assert fund is not None
        office = ctx.scenario.roles.executive_office
        ctx.require(
            office in ctx.units, translate("Skip", "this scenario names no executive office")
        )
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
            names = {"unit": ctx.label(unit_id), "office": ctx.label(office)}
            message = translate(
                "Finding", "{unit} carries {function} but has no functional link to {office}."
            )
            findings.append(
                self.finding(
                    message.format(**names, function=ctx.function_name(fund)),
                    units=[unit_id, office],
                    fix=Fix(
                        "add-line",
                        translate("Fix", "add a dotted line from {unit} to {office}").format(
                            **names
                        ),
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
