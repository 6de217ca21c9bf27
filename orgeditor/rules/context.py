"""What rules read: the design, the scenario, and look-ups computed once per check."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from functools import cached_property

from orgeditor.i18n import translate
from orgeditor.model import Design, Scenario, ScenarioKind, Unit, UnitKind
from orgeditor.model.costs import CostBreakdown, cost_breakdown
from orgeditor.model.design import NeutralityLevel
from orgeditor.model.segments import REGION_KIND, SegmentList, segment_list, segment_lists
from orgeditor.model.tree import Children, children_map, walk_down
from orgeditor.rules.base import Skip

CostFunction = Callable[[Scenario], CostBreakdown]


def listed(names: list[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``: names as a message lists them, in the core's
    language (``a、b和c``, ``a, b et c``)."""
    if len(names) == 1:
        return names[0]
    pattern = translate("Finding", "{items} and {item}")
    return pattern.format(items=series(names[:-1]), item=names[-1])


def series(items: list[str]) -> str:
    """``a, b, c``: items listed without a conjunction (``a、b、c`` in Chinese)."""
    return joined(items, translate("Finding", "{items}, {item}"))


def clauses(items: list[str]) -> str:
    """``a; b; c``: whole clauses one after another (the changes a fix makes)."""
    return joined(items, translate("Finding", "{items}; {item}"))


def joined(items: list[str], pattern: str) -> str:
    """``items`` joined by ``pattern``, a translated template of ``{items}`` (the ones before)
    and ``{item}`` (the next one)."""
    text = items[0] if items else ""
    for item in items[1:]:
        text = pattern.format(items=text, item=item)
    return text


class Context:
    """A read-only view of one scenario for the rules, with look-ups computed once."""

    def __init__(
        self,
        design: Design,
        scenario: Scenario,
        costs: CostFunction | None = None,
    ) -> None:
        self.design = design
        self._cost_of = costs or (lambda s: cost_breakdown(design, s))
        self.scenario = scenario
        self.settings = design.rules
        self.units = scenario.units
        self._subtrees: dict[str, frozenset[str]] = {}
        self._entry_points: dict[str, dict[str, list[str]]] = {}

    @cached_property
    def baseline(self) -> Scenario | None:
        """The design's baseline, or None when the scenario is the baseline."""
        if self.scenario.kind is ScenarioKind.BASELINE:
            return None
        return self.design.baseline

    @cached_property
    def rank(self) -> dict[str, int]:
        """Grade id -> seniority (0 is the most senior)."""
        return self.design.grade_rank()

    @cached_property
    def costs(self) -> CostBreakdown:
        """The scenario's posts and costs."""
        return self._cost_of(self.scenario)

    @cached_property
    def baseline_costs(self) -> CostBreakdown:
        """The baseline's posts and costs (a proposal's rules compare against these)."""
        if self.baseline is None:
            raise Skip(translate("Skip", "this rule compares a proposal with the baseline"))
        return self._cost_of(self.baseline)

    @cached_property
    def changed_posts(self) -> frozenset[str]:
        """Posts established, abolished, reclassified or re-funded against the baseline."""
        if self.baseline is None:
            return frozenset()
        before, after = self.baseline.posts, self.scenario.posts
        changed = before.keys() - after.keys()
        find = before.get
        for post_id, post in after.items():  # a plain loop: twice as fast as a comprehension here
            old = find(post_id)
            if old is None or old.grade != post.grade or old.funding != post.funding:
                changed.add(post_id)
        return frozenset(changed)

    @cached_property
    def top(self) -> str | None:
        """The top of the organisation: the role ``top``, else the one unit without a parent."""
        if self.scenario.roles.top in self.units:
            return self.scenario.roles.top
        roots = [u.id for u in self.units.values() if u.parent is None]
        return roots[0] if len(roots) == 1 else None

    @cached_property
    def departments(self) -> dict[str, str]:
        """Department role id -> unit id, for the roles this scenario maps to existing units."""
        known = {role.id for role in self.settings.department_roles}
        return {
            role: unit
            for role, unit in self.scenario.roles.departments.items()
            if role in known and unit in self.units
        }

    @cached_property
    def department_of(self) -> dict[str, str]:
        """Unit id -> the department unit whose subtree holds it (departments themselves too)."""
        owner: dict[str, str] = {}
        for unit_id in self.departments.values():
            owner.update(dict.fromkeys(self.subtree(unit_id), unit_id))
        return owner

    @cached_property
    def carriers(self) -> dict[str, list[str]]:
        """Function id -> the units that carry it, in document order."""
        found: dict[str, list[str]] = defaultdict(list)
        for unit in self.units.values():
            for function_id in unit.functions:
                found[function_id].append(unit.id)
        return found

    @cached_property
    def entry_points(self) -> dict[str, list[str]]:
        """Region id -> the units designated as its entry point, in document order."""
        return self.segment_entry_points(segment_list(self.design, REGION_KIND))

    def segment_entry_points(self, segments: SegmentList) -> dict[str, list[str]]:
        """Item id of ``segments`` -> the units designated as its entry point, in document
        order (kept per kind for the life of the context, which sees one unchanging scenario)."""
        if segments.kind not in self._entry_points:
            found: dict[str, list[str]] = defaultdict(list)
            for unit in self.units.values():
                for item in segments.entry_points(unit):
                    found[item].append(unit.id)
            self._entry_points[segments.kind] = found
        return self._entry_points[segments.kind]

    @cached_property
    def segment_lists(self) -> list[SegmentList]:
        """Regions and the design's other segment kinds (see :mod:`orgeditor.model.segments`)."""
        return segment_lists(self.design)

    @cached_property
    def position(self) -> dict[str, int]:
        """Unit id -> its place in document order, for sorting findings."""
        return {unit_id: index for index, unit_id in enumerate(self.units)}

    @cached_property
    def _name_counts(self) -> dict[str, int]:
        counts: dict[str, int] = defaultdict(int)
        for unit in self.units.values():
            counts[unit.name] += 1
        return counts

    def presences(self) -> list[Unit]:
        """The field presences, in document order."""
        return [u for u in self.units.values() if u.kind is UnitKind.FIELD_PRESENCE]

    def expected_lead(self, presence: Unit) -> str | None:
        """The department that ``rules.presence_leads`` says leads ``presence``'s type
        (None when the design names none or the scenario does not map its role)."""
        kind = presence.presence_type
        role = self.settings.presence_leads.get(kind) if kind is not None else None
        return self.departments.get(role) if role else None

    @cached_property
    def children(self) -> Children:
        """Unit id -> the units whose primary parent it is (:func:`children_map`)."""
        return children_map(self.scenario)

    def subtree(self, unit_id: str) -> frozenset[str]:
        """``unit_id`` and every unit below it on primary lines."""
        if unit_id not in self._subtrees:
            self._subtrees[unit_id] = frozenset(walk_down(self.children, unit_id))
        return self._subtrees[unit_id]

    def levels(self, unit_id: str) -> dict[str, int]:
        """Each unit of ``unit_id``'s subtree -> how many primary lines below it it sits."""
        children = self.children
        found = {unit_id: 0}
        layer = [unit_id]
        while layer:
            below = []
            for parent in layer:
                for child in children.get(parent, ()):
                    if child not in found:
                        found[child] = found[parent] + 1
                        below.append(child)
            layer = below
        return found

    def label(self, unit_id: str) -> str:
        """How a message names a unit: its name, told apart from a namesake by short name or id."""
        unit = self.units.get(unit_id)
        if unit is None:
            return unit_id
        if unit.kind is UnitKind.FIELD_PRESENCE and unit.short_name:
            return unit.short_name
        if self._name_counts[unit.name] > 1:
            return f"{unit.name} ({unit.short_name or unit.id})"
        return unit.name

    def labels(self, unit_ids: list[str]) -> str:
        """``a``, ``a and b``, ``a, b and c``."""
        return listed([self.label(u) for u in unit_ids])

    def function_name(self, function_id: str) -> str:
        """The catalogue name of a function, else its id."""
        for function in self.design.functions:
            if function.id == function_id:
                return function.name
        return function_id

    def region_name(self, region_id: str) -> str:
        """The name of a region, else its id."""
        for region in self.design.regions:
            if region.id == region_id:
                return region.name
        return region_id

    def funding_name(self, funding_id: str) -> str:
        """``Regular budget (RB)``; a part: ``Section 5 (RB-5) of Regular budget (RB)``."""
        for source in self.design.funding_sources:
            if source.id == funding_id:
                return f"{source.name} ({source.id})"
            for part in source.parts:
                if part.id == funding_id:
                    return translate(
                        "Finding", "{part} ({part_id}) of {source} ({source_id})"
                    ).format(
                        part=part.name, part_id=part.id, source=source.name, source_id=source.id
                    )
        return funding_id

    def part_level_source(self, funding_id: str) -> str | None:
        """The source of ``funding_id`` if COST-FUNDING checks that source part by part."""
        for source in self.design.funding_sources:
            ids = {source.id, *(part.id for part in source.parts)}
            if funding_id in ids and source.neutrality is NeutralityLevel.PART:
                return source.id
        return None

    def require(self, condition: object, reason: str) -> None:
        """Skip the running rule with ``reason`` unless ``condition`` holds."""
        if not condition:
            raise Skip(reason)
