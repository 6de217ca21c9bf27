"""Promises about the shared regional structure: dual lines that say when each applies,
and entry points spread over several holders."""

from __future__ import annotations

import re
from collections.abc import Iterable

from orgeditor.i18n import QT_TRANSLATE_NOOP, format_number, translate
from orgeditor.model import LineKind, PresenceType, ReportingLine
from orgeditor.model.aspects import Aspect
from orgeditor.model.segments import REGION_KIND, segment_list
from orgeditor.rules.base import TREE, Finding, Fix, Rule, Severity
from orgeditor.rules.context import Context, listed
from orgeditor.rules.entry_points import backstop_for, most_common, regional_heads
from orgeditor.rules.region import dual_units

# How a line's condition names each presence type (lower case, hyphens read as spaces),
# and its plural name, the first, for a condition the rule words itself (a condition is
# data, read in English) and, translated, for the types a message names.
PRESENCE_WORDS: dict[PresenceType, tuple[str, ...]] = {
    PresenceType.PEACEKEEPING_OPERATION: (
        QT_TRANSLATE_NOOP("Finding", "peacekeeping operations"),
        "peacekeeping",
    ),
    PresenceType.SPECIAL_POLITICAL_MISSION: (
        QT_TRANSLATE_NOOP("Finding", "special political missions"),
        "political mission",
    ),
    PresenceType.REGIONAL_OFFICE: (
        QT_TRANSLATE_NOOP("Finding", "regional offices"),
        "regional office",
    ),
    PresenceType.ENVOY: (QT_TRANSLATE_NOOP("Finding", "envoys"), "envoy"),
    PresenceType.POLITICAL_PROCESS_OFFICE: (
        QT_TRANSLATE_NOOP("Finding", "political-process offices"),
        "political process",
    ),
}


def _plain(text: str) -> str:
    return re.sub(r"[\s\-]+", " ", text.lower())


def _types(types: list[PresenceType]) -> str:
    """The plural names of ``types`` in the core's language, listed."""
    return listed([translate("Finding", PRESENCE_WORDS[t][0]) for t in types])


def names_type(condition: str, presence: PresenceType) -> bool:
    """Whether a line's ``condition`` names field presences of type ``presence``."""
    text = _plain(condition)
    return any(_plain(word) in text for word in PRESENCE_WORDS.get(presence, ()))


def worded(types: list[PresenceType]) -> str:
    """A condition naming ``types``: ``Regional offices, envoys and political-process offices``."""
    text = listed([PRESENCE_WORDS[t][0] for t in types])
    return text[:1].upper() + text[1:]


class RegionDualConditionRule(Rule):
    """REGION-DUAL-CONDITION."""

    id = "REGION-DUAL-CONDITION"
    parameters = ("dual_conditions", "department_roles", "entry_point_grade", "dual_reporting")
    title = QT_TRANSLATE_NOOP("Rule", "Dual lines say when each applies, as the design splits them")
    severity = Severity.ERROR
    explanation = QT_TRANSLATE_NOOP(
        "Rule",
        "A unit that reports to two departments (a regional entry point, or a unit of "
        "rules.dual_reporting) reports to each for the field presences the design gives that "
        "department (rules.dual_conditions: presence type -> department role): the condition "
        "of its dual line to a department names that department's types and none of the "
        "others'. Under A/72/525 the regional ASGs report to DPPA for regional offices, "
        "political-process offices and envoys, and to DPO for peacekeeping operations.",
    )
    source = QT_TRANSLATE_NOOP("Rule", "A/72/525 para. 36; the design's rules.dual_conditions")

    reads = TREE | {Aspect.GRADES, Aspect.PLACES, Aspect.LINES}

    def check(self, ctx: Context) -> Iterable[Finding]:
        """A finding per dual line whose condition misses its types or names others';
        one per pair of lines whose conditions are swapped."""
        conditions = ctx.settings.dual_conditions
        ctx.require(
            conditions, translate("Skip", "the design splits no dual lines by presence type")
        )
        wanted: dict[str, list[PresenceType]] = {}
        for presence, role in conditions.items():
            if role in ctx.departments and presence in PRESENCE_WORDS:
                wanted.setdefault(ctx.departments[role], []).append(presence)
        ctx.require(
            wanted,
            translate("Skip", "this scenario maps no department the dual conditions name"),
        )
        findings = []
        for unit_id, (departments, _) in dual_units(ctx).items():
            lines = [
                x
                for x in ctx.scenario.lines.values()
                if x.source == unit_id and x.kind is LineKind.DUAL and x.target in departments
            ]
            findings += self._check_lines(ctx, unit_id, lines, wanted)
        return findings

    def _check_lines(
        self,
        ctx: Context,
        unit_id: str,
        lines: list[ReportingLine],
        wanted: dict[str, list[PresenceType]],
    ) -> list[Finding]:
        def fits(condition: str, department: str) -> bool:
            own = wanted.get(department, [])
            others = [t for d, types in wanted.items() if d != department for t in types]
            return all(names_type(condition, t) for t in own) and not any(
                names_type(condition, t) for t in others
            )

        wrong = [x for x in lines if not fits(x.condition, x.target)]
        findings = []
        done: set[str] = set()
        for line in wrong:
            if line.id in done:
                continue
            twin = next(
                (
                    x
                    for x in wrong
                    if x is not line
                    and x.id not in done
                    and fits(x.condition, line.target)
                    and fits(line.condition, x.target)
                ),
                None,
            )
            if twin is not None:
                done |= {line.id, twin.id}
                findings.append(self._swapped(ctx, unit_id, line, twin))
            else:
                done.add(line.id)
                findings.append(self._worded(ctx, unit_id, line, wanted))
        return findings

    def _swapped(
        self, ctx: Context, unit_id: str, line: ReportingLine, twin: ReportingLine
    ) -> Finding:
        fields = {
            "unit": ctx.label(unit_id),
            "first": ctx.label(line.target),
            "second": ctx.label(twin.target),
        }
        return self.finding(
            translate(
                "Finding",
                "The conditions of {unit}'s dual lines are swapped: the line to {first} says "
                "'{first_condition}' and the line to {second} says '{second_condition}'.",
            ).format(**fields, first_condition=line.condition, second_condition=twin.condition),
            units=[unit_id, line.target, twin.target],
            fix=Fix(
                "set-line-conditions",
                translate(
                    "Fix",
                    "swap the conditions of the dual lines from {unit} to {first} and {second}",
                ).format(**fields),
                {"lines": {line.id: twin.condition, twin.id: line.condition}},
            ),
        )

    def _worded(
        self,
        ctx: Context,
        unit_id: str,
        line: ReportingLine,
        wanted: dict[str, list[PresenceType]],
    ) -> Finding:
        own = wanted.get(line.target, [])
        missing = [t for t in own if not names_type(line.condition, t)]
        named = [
            (t, d)
            for d, types in wanted.items()
            if d != line.target
            for t in types
            if names_type(line.condition, t)
        ]
        others = [
            translate("Finding", "{type} (reported to {department})").format(
                type=translate("Finding", PRESENCE_WORDS[t][0]), department=ctx.label(d)
            )
            for t, d in named
        ]
        text = worded(own) if own else ""
        fields = {
            "unit": ctx.label(unit_id),
            "department": ctx.label(line.target),
            "condition": line.condition,
            "missing": _types(missing) if missing else "",
            "named": listed(others) if others else "",
            "text": text,
        }
        fix = None
        if own:
            fix = Fix(
                "set-line-conditions",
                translate(
                    "Fix", "make the dual line from {unit} to {department} say '{text}'"
                ).format(**fields),
                {"lines": {line.id: text}},
            )
        return self.finding(
            _miswritten(bool(line.condition), bool(missing), bool(named)).format(**fields),
            units=[unit_id, line.target],
            fix=fix,
            no_fix=translate(
                "NoFix",
                "the design gives this department no presence type: remove what the condition "
                "names of the others'",
            ),
        )


def _miswritten(condition: bool, missing: bool, named: bool) -> str:
    """REGION-DUAL-CONDITION's message for the line from ``{unit}`` to ``{department}``
    whose ``{condition}`` does not name the types it should (``{missing}``) or names
    others' (``{named}``). A line with no condition names no type, so misses some."""
    if not condition:
        return translate(
            "Finding",
            "The dual line from {unit} to {department} carries no condition: it does not name "
            "{missing}.",
        )
    if missing and named:
        return translate(
            "Finding",
            "The dual line from {unit} to {department} says '{condition}': it does not name "
            "{missing} and names {named}.",
        )
    if missing:
        return translate(
            "Finding",
            "The dual line from {unit} to {department} says '{condition}': it does not name "
            "{missing}.",
        )
    return translate(
        "Finding",
        "The dual line from {unit} to {department} says '{condition}': it names {named}.",
    )


class RegionSpreadRule(Rule):
    """REGION-SPREAD."""

    id = "REGION-SPREAD"
    parameters = ("min_entry_point_holders", "regional_entry_points", "entry_point_grade")
    title = QT_TRANSLATE_NOOP("Rule", "Regional entry points are spread over several holders")
    severity = Severity.ERROR
    explanation = QT_TRANSLATE_NOOP(
        "Rule",
        "The regions' entry points are held by at least as many units as the design states "
        "(rules.min_entry_point_holders): a reform that promises several regional ASGs "
        "(A/72/525 speaks of ASGs with regional responsibilities) does not make one of them "
        "the entry point for every region.",
    )
    source = QT_TRANSLATE_NOOP(
        "Rule", "A/72/525 paras. 20(c) and 33; the design's rules.min_entry_point_holders"
    )

    reads = TREE | {Aspect.GRADES, Aspect.PLACES}

    def check(self, ctx: Context) -> Iterable[Finding]:
        """One finding when fewer units than the design asks hold the regions' entry points."""
        least = ctx.settings.min_entry_point_holders
        ctx.require(
            least, translate("Skip", "the design states no least number of entry-point holders")
        )
        ctx.require(ctx.design.regions, translate("Skip", "the design defines no regions"))
        assert least is not None
        holders = [u.id for u in ctx.units.values() if u.entry_point_for]
        if len(holders) >= least:
            return []
        moves = self._hand_overs(ctx, holders)
        regions = len({r for h in holders for r in ctx.units[h].entry_point_for})
        fix = None
        if len(holders) + len({m["unit"] for m in moves}) >= least:
            backstops = self._backstops(ctx, moves)
            hand_over = translate("Fix", "make {unit} the entry point of {item} instead of {point}")
            said = [
                hand_over.format(
                    unit=ctx.label(m["unit"]),
                    item=ctx.region_name(m["region"]),
                    point=ctx.label(m["from"]),
                )
                for m in moves
            ]
            for backstop in dict.fromkeys(backstops.values()):
                presences = [p for p, b in backstops.items() if b == backstop]
                said.append(
                    translate("Fix", "have {backstop} backstop {unit}").format(
                        backstop=ctx.label(backstop), unit=ctx.labels(presences)
                    )
                )
            fix = Fix(
                "move-entry-points", "; ".join(said), {"moves": moves, "backstops": backstops}
            )
        if not holders:
            message = translate(
                "Finding",
                "The entry points of {count} regions are held by no unit; the design asks for at "
                "least {least} holders.",
            )
        elif regions == 1:
            message = translate(
                "Finding",
                "The entry points of 1 region are held by {units}; the design asks for at least "
                "{least} holders.",
            )
        else:
            message = translate(
                "Finding",
                "The entry points of {count} regions are held by {units}; the design asks for at "
                "least {least} holders.",
            )
        return [
            self.finding(
                message.format(
                    count=format_number(regions),
                    units=ctx.labels(holders) if holders else "",
                    least=format_number(least),
                ),
                units=holders,
                fix=fix,
                no_fix=translate(
                    "NoFix",
                    "no other unit of the shared structure at the entry-point grade works on "
                    "these regions: choose or create the units that will hold them",
                ),
            )
        ]

    @staticmethod
    def _hand_overs(ctx: Context, holders: list[str]) -> list[dict[str, str]]:
        """Regions a holder could hand to the entry-grade unit above most of the shared
        structure's units of that region, when that unit holds no entry point yet."""
        regions = segment_list(ctx.design, REGION_KIND)
        moves = []
        for holder in holders:
            for region in ctx.units[holder].entry_point_for:
                heads = [
                    h
                    for h in regional_heads(ctx, regions, region)
                    if h != holder and h not in holders
                ]
                if heads:
                    moves.append({"unit": most_common(heads), "from": holder, "region": region})
        return moves

    @staticmethod
    def _backstops(ctx: Context, moves: list[dict[str, str]]) -> dict[str, str]:
        """Presence id -> its new backstop, for the presences of a region handed over that
        are not backstopped under the region's new entry point."""
        regions = segment_list(ctx.design, REGION_KIND)
        found = {}
        for move in moves:
            for presence in ctx.presences():
                if presence.region == move["region"] and (
                    presence.backstopped_by not in ctx.subtree(move["unit"])
                ):
                    found[presence.id] = backstop_for(ctx, regions, move["region"], move["unit"])
        return found
