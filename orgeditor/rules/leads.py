"""LEAD-DEPT: each field presence is led by the department its type calls for."""

from __future__ import annotations

from collections.abc import Iterable

from orgeditor.i18n import QT_TRANSLATE_NOOP, translate
from orgeditor.model import PresenceType
from orgeditor.model.aspects import Aspect
from orgeditor.rules.base import TREE, Finding, Fix, Rule, Severity
from orgeditor.rules.context import Context

SPM = PresenceType.SPECIAL_POLITICAL_MISSION


class LeadDepartmentRule(Rule):
    """LEAD-DEPT."""

    id = "LEAD-DEPT"
    parameters = ("department_roles", "presence_leads", "mission_default_lead")
    title = QT_TRANSLATE_NOOP("Rule", "Field presences have the right lead department")
    severity = Severity.ERROR
    explanation = QT_TRANSLATE_NOOP(
        "Rule",
        "Peacekeeping operations are led by the operations department (DPO); regional offices, "
        "envoys and political-process offices by the political department (DPPA); a field "
        "special political mission names its lead, DPO by default.",
    )
    source = QT_TRANSLATE_NOOP("Rule", "A/72/525 paras. 21 and 28-29")

    reads = TREE | {Aspect.PLACES}

    def check(self, ctx: Context) -> Iterable[Finding]:
        """A finding per presence whose lead is missing or not the expected department."""
        leads = ctx.settings.presence_leads
        ctx.require(
            leads or ctx.settings.mission_default_lead,
            translate("Skip", "the design maps no field-presence type to a lead department"),
        )
        ctx.require(ctx.departments, translate("Skip", "this scenario maps no departments"))
        departments = set(ctx.departments.values())
        findings = []
        for presence in ctx.presences():
            label, lead = ctx.label(presence.id), presence.lead_department
            if presence.presence_type is SPM:
                if lead is None:
                    # with LEAD-CHART's promise, the department it is drawn under leads it
                    drawn = ctx.settings.lead_follows_chart and ctx.department_of.get(presence.id)
                    default = drawn or ctx.departments.get(ctx.settings.mission_default_lead or "")
                    if default is not None:
                        message = (
                            translate(
                                "Finding",
                                "{unit} names no lead department; {lead} leads it as the chart "
                                "draws it.",
                            )
                            if drawn
                            else translate(
                                "Finding",
                                "{unit} names no lead department; {lead} leads it by default.",
                            )
                        )
                        fields = {"unit": label, "lead": ctx.label(default)}
                        findings.append(
                            self.finding(
                                message.format(**fields),
                                units=[presence.id],
                                severity=Severity.INFO,
                                fix=Fix(
                                    "set-lead",
                                    translate("Fix", "name {lead} as lead of {unit}").format(
                                        **fields
                                    ),
                                    {"unit": presence.id, "lead": default},
                                ),
                            )
                        )
                elif lead not in departments:
                    default = ctx.departments.get(ctx.settings.mission_default_lead or "")
                    findings.append(
                        self.finding(
                            translate(
                                "Finding",
                                "{unit} is led by {lead}, which is not one of the departments "
                                "({departments}).",
                            ).format(
                                unit=label,
                                lead=ctx.label(lead),
                                departments=ctx.labels(sorted(departments)),
                            ),
                            units=[presence.id, lead],
                            fix=None if default is None else lead_fix(ctx, presence.id, default),
                            no_fix=translate(
                                "NoFix",
                                "the design names no default lead (rules.mission_default_lead)",
                            ),
                        )
                    )
                continue
            expected = ctx.expected_lead(presence)
            if expected is None or lead == expected:
                continue
            led, unled = _MISLED.get(presence.presence_type, _MISLED[PresenceType.OTHER])
            findings.append(
                self.finding(
                    translate("Finding", led if lead else unled).format(
                        unit=label, lead=ctx.label(expected), current=ctx.label(lead or "")
                    ),
                    units=[presence.id] + ([lead] if lead else []),
                    fix=lead_fix(ctx, presence.id, expected),
                )
            )
        return findings


def lead_fix(ctx: Context, presence: str, lead: str) -> Fix:
    """The fix that makes ``lead`` the lead department of ``presence`` (LEAD-DEPT, LEAD-CHART)."""
    return Fix(
        "set-lead",
        translate("Fix", "make {lead} the lead of {unit}").format(
            lead=ctx.label(lead), unit=ctx.label(presence)
        ),
        {"unit": presence, "lead": lead},
    )


# LEAD-DEPT's message for a presence of each type led by another department, and by none:
# whole sentences, as each language names the types with its own articles and genders.
_MISLED: dict[PresenceType | None, tuple[str, str]] = {
    PresenceType.PEACEKEEPING_OPERATION: (
        QT_TRANSLATE_NOOP(
            "Finding",
            "{unit} is a peacekeeping operation and must be led by {lead}, not by {current}.",
        ),
        QT_TRANSLATE_NOOP(
            "Finding",
            "{unit} is a peacekeeping operation and must be led by {lead}, not by no department.",
        ),
    ),
    PresenceType.REGIONAL_OFFICE: (
        QT_TRANSLATE_NOOP(
            "Finding", "{unit} is a regional office and must be led by {lead}, not by {current}."
        ),
        QT_TRANSLATE_NOOP(
            "Finding",
            "{unit} is a regional office and must be led by {lead}, not by no department.",
        ),
    ),
    PresenceType.ENVOY: (
        QT_TRANSLATE_NOOP(
            "Finding", "{unit} is an envoy and must be led by {lead}, not by {current}."
        ),
        QT_TRANSLATE_NOOP(
            "Finding", "{unit} is an envoy and must be led by {lead}, not by no department."
        ),
    ),
    PresenceType.POLITICAL_PROCESS_OFFICE: (
        QT_TRANSLATE_NOOP(
            "Finding",
            "{unit} is a political process office and must be led by {lead}, not by {current}.",
        ),
        QT_TRANSLATE_NOOP(
            "Finding",
            "{unit} is a political process office and must be led by {lead}, not by no department.",
        ),
    ),
    PresenceType.OTHER: (
        QT_TRANSLATE_NOOP(
            "Finding",
            "{unit} is a field presence of another type and must be led by {lead}, not by "
            "{current}.",
        ),
        QT_TRANSLATE_NOOP(
            "Finding",
            "{unit} is a field presence of another type and must be led by {lead}, not by no "
            "department.",
        ),
    ),
}
