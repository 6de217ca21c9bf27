"""Undoable edits of a design's settings: the grade ladder, funding sources, standard
costs, the function catalogue, department roles and the rule parameters.

Every edit is a :class:`SettingsCommand`: the settings before and after (small,
kept whole) plus the recorded edits of scenario references when an entry is
renamed or mapped to another one. The factories below build one for each
thing the Settings dialog does; each is one undo step, and each refuses
settings that would not save and load again (``settings_checks``) or an entry
still used by posts, heads or units unless it is mapped to another value.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from orgeditor.commands.base import Command, CommandError
from orgeditor.commands.references import (
    FieldEdit,
    Kind,
    ReplaceCommand,
    forget_role,
    joined,
    remap_rates,
    remap_rules,
    scenario_edits,
    uses,
)
from orgeditor.commands.settings_checks import (
    DesignSettings,
    entry_problems,
    make_entry,
    settings_problems,
    updated_entry,
)
from orgeditor.i18n import QT_TRANSLATE_NOOP, translate
from orgeditor.model import CostRate, Design, RuleSettings

# the rule parameters the Settings dialog edits (segments, rule switches and bodies have
# their own pages and commands)
RULE_PARAMETERS = (
    "cost_tolerance",
    "senior_grade",
    "entry_point_grade",
    "max_span",
    "max_layers",
    "mission_default_lead",
    "gender_function",
    "pbf_function",
    "presence_leads",
    # promises (issue 21)
    "keep_together",
    "required_head_grades",
    "head_grade_from_posts",
    "lead_follows_chart",
    "dual_conditions",
    "min_entry_point_holders",
)

# the rule parameters that name one entry of a kind
_NAMED_IN_RULES = {
    Kind.GRADE: ("senior_grade", "entry_point_grade"),
    Kind.FUNCTION: ("gender_function", "pbf_function"),
    Kind.ROLE: ("mission_default_lead",),
}
# How a refusal names an entry's field (the others: the field's own name)
FIELD_LABELS = {
    "id": QT_TRANSLATE_NOOP("Refusal", "code"),
    "name": QT_TRANSLATE_NOOP("Refusal", "name"),
    "category": QT_TRANSLATE_NOOP("Refusal", "category"),
    "description": QT_TRANSLATE_NOOP("Refusal", "description"),
}
PLAYED_BY = "in:"  # a role's values key prefix: the unit playing it in a scenario (by id)


class SettingsCommand(ReplaceCommand):
    """Replace the design's settings by an edited copy; remap scenario references with it."""

    def __init__(
        self,
        design: Design,
        text: str,
        settings: DesignSettings,
        edits: Sequence[FieldEdit] = (),
        mapped: tuple[Kind, str] | None = None,
    ) -> None:
        problems = settings_problems(settings)
        if problems:
            raise CommandError(problems[0])
        self.before = DesignSettings.of(design)
        if settings == self.before and not edits:
            raise CommandError(translate("Refusal", "nothing changes"))
        for kind in Kind:
            gone = set(self.before.ids(kind)) - set(settings.ids(kind))
            for item_id in sorted(gone - ({mapped[1]} if mapped and mapped[0] is kind else set())):
                used = uses(design, kind, item_id, parameters=False)
                if used:
                    raise CommandError(
                        translate(
                            "Refusal", "{kind} {item} is used by {uses}; map it to another {kind}"
                        ).format(kind=kind.noun, item=item_id, uses=joined(used))
                    )
        self.text = text
        self.after = copy.deepcopy(settings)
        self.edits = list(edits)


def _edited(design: Design, text: str, change: Callable[[DesignSettings], None]) -> Command:
    settings = DesignSettings.of(design)
    change(settings)
    return SettingsCommand(design, text, settings)


def index_of(settings: DesignSettings, kind: Kind, item_id: str) -> int:
    """The position of entry ``item_id`` of ``kind``; refused when there is none."""
    ids = settings.ids(kind)
    if item_id not in ids:
        raise CommandError(
            translate("Refusal", "there is no {kind} {item}").format(
                kind=kind.noun, item=repr(item_id)
            )
        )
    return ids.index(item_id)


def check_entry(
    settings: DesignSettings, kind: Kind, index: int | None, values: Mapping[str, str]
) -> None:
    """Refuse ``values`` for entry ``index`` of ``kind`` (None: a new one), naming a problem."""
    problems = entry_problems(settings, kind, index, dict(values))
    if problems:
        name, problem = next(iter(problems.items()))
        label = translate("Refusal", FIELD_LABELS[name]) if name in FIELD_LABELS else name
        raise CommandError(
            translate("Refusal", "{field}: {problem}").format(field=label, problem=problem)
        )


def add_entry(
    design: Design, kind: Kind, values: Mapping[str, str], index: int | None = None
) -> Command:
    """Add a grade, funding source, function or department role at ``index`` (default: last).

    A function's ``values`` may hold a ``home``: the department role that must carry it;
    a department role's may hold, under ``PLAYED_BY + scenario id``, the unit that plays
    it in that scenario (empty for none).
    """
    settings = DesignSettings.of(design)
    check_entry(settings, kind, None, values)
    entries = settings.entries(kind)
    entries.insert(len(entries) if index is None else index, make_entry(kind, dict(values)))
    if kind is Kind.FUNCTION:
        _set_home(settings, values["id"], values.get("home", ""))
        _set_together(settings, values["id"], values.get("together", ""))
    edits = _played_by(design, values["id"], values, []) if kind is Kind.ROLE else []
    text = translate("Command", "Add {kind} {item}").format(kind=kind.noun, item=values["id"])
    return SettingsCommand(design, text, settings, edits)


def edit_entry(design: Design, kind: Kind, item_id: str, values: Mapping[str, str]) -> Command:
    """Edit an entry's fields; a new code (``values["id"]``) renames it everywhere it is used.

    ``values`` may hold a function's home and the units playing a role (see :func:`add_entry`).
    """
    settings = DesignSettings.of(design)
    index = index_of(settings, kind, item_id)
    check_entry(settings, kind, index, values)
    new_id = values["id"]
    entries = settings.entries(kind)
    entries[index] = updated_entry(kind, entries[index], dict(values))
    edits: list[FieldEdit] = []
    if new_id != item_id:
        edits = _remap(design, settings, kind, item_id, new_id)
        if kind is Kind.FUNDING:  # a renamed source keeps its parts: their posts stay put
            edits = [e for e in edits if e.before == item_id]
    if kind is Kind.FUNCTION and "home" in values:
        _set_home(settings, new_id, values["home"])
    if kind is Kind.FUNCTION and "together" in values:
        _set_together(settings, new_id, values["together"])
    if kind is Kind.ROLE:
        edits += _played_by(design, new_id, values, edits)
    text = (
        translate("Command", "Rename {kind} {item} to {new}")
        if new_id != item_id
        else translate("Command", "Edit {kind} {item}")
    ).format(kind=kind.noun, item=item_id, new=new_id)
    return SettingsCommand(design, text, settings, edits, (kind, item_id))


def move_entry(design: Design, kind: Kind, item_id: str, index: int) -> Command:
    """Move an entry to position ``index`` (the ladder's order is the grades' seniority)."""
    settings = DesignSettings.of(design)
    entries = settings.entries(kind)
    old = index_of(settings, kind, item_id)
    if not 0 <= index < len(entries) or index == old:
        raise CommandError(
            translate("Refusal", "{kind} {item} cannot move there").format(
                kind=kind.noun, item=item_id
            )
        )
    entries.insert(index, entries.pop(old))
    text = (
        translate("Command", "Move {kind} {item} up")
        if index < old
        else translate("Command", "Move {kind} {item} down")
    )
    return SettingsCommand(design, text.format(kind=kind.noun, item=item_id), settings)


def delete_entry(
    design: Design, kind: Kind, item_id: str, replacement: str | None = None
) -> Command:
    """Delete an entry; with ``replacement``, everything that used it uses that one instead.

    Without a replacement an entry still used by posts, unit heads, units or
    department mappings is refused (the message lists the uses); its cost
    rates go with it, and the rule parameters that named it are cleared.
    """
    settings = DesignSettings.of(design)
    index = index_of(settings, kind, item_id)
    edits: list[FieldEdit] = []
    if replacement is not None:
        if replacement == item_id or replacement not in settings.ids(kind):
            raise CommandError(
                translate("Refusal", "map {kind} {item} to another {kind} of the design").format(
                    kind=kind.noun, item=item_id
                )
            )
        edits = _remap(design, settings, kind, item_id, replacement)
    del settings.entries(kind)[index]
    _forget(settings, kind, item_id)
    text = (
        translate("Command", "Map {kind} {item} to {new} and delete it")
        if replacement
        else translate("Command", "Delete {kind} {item}")
    ).format(kind=kind.noun, item=item_id, new=replacement)
    return SettingsCommand(design, text, settings, edits, (kind, item_id) if replacement else None)


def set_costs(
    design: Design, currency: str, year: int | None, note: str, rates: Sequence[CostRate]
) -> Command:
    """Set the cost table: its currency, cost year, source or note, and the rates."""

    def change(settings: DesignSettings) -> None:
        table = settings.cost_table
        table.currency, table.year, table.note = currency, year, note
        table.rates = [copy.copy(rate) for rate in rates]

    return _edited(design, translate("Command", "Edit standard costs"), change)


def set_rule_parameters(design: Design, values: Mapping[str, Any]) -> Command:
    """Set rule parameters (names from :data:`RULE_PARAMETERS`) in one step."""
    unknown = set(values) - set(RULE_PARAMETERS)
    if unknown:
        raise CommandError(
            translate("Refusal", "{name} is not a rule parameter the settings edit").format(
                name=sorted(unknown)[0]
            )
        )

    def change(settings: DesignSettings) -> None:
        for name, value in values.items():
            setattr(settings.rules, name, copy.deepcopy(value))

    return _edited(design, translate("Command", "Edit rule parameters"), change)


def _remap(
    design: Design, settings: DesignSettings, kind: Kind, old: str, new: str
) -> list[FieldEdit]:
    """Point the settings copy and (as returned edits) the scenarios from ``old`` to ``new``."""
    remap_rules(settings.rules, kind, old, new)
    settings.cost_table.rates = remap_rates(settings.cost_table.rates, kind, old, new)
    return scenario_edits(design, kind, old, new)


def _forget(settings: DesignSettings, kind: Kind, item_id: str) -> None:
    """Drop what the settings still say about a deleted entry."""
    table, rules = settings.cost_table, settings.rules
    if kind is Kind.GRADE:
        table.rates = [r for r in table.rates if r.grade != item_id]
        heads = rules.required_head_grades
        rules.required_head_grades = {k: v for k, v in heads.items() if v != item_id}
    elif kind is Kind.FUNDING:  # the source's rates, and those of its parts, go with it
        known = {f.id for f in settings.funding_sources}
        known |= {p.id for f in settings.funding_sources for p in f.parts}
        table.rates = [r for r in table.rates if r.funding is None or r.funding in known]
    elif kind is Kind.FUNCTION:
        rules.function_homes.pop(item_id, None)
        groups = [[f for f in group if f != item_id] for group in rules.functions_together]
        rules.functions_together = [g for g in groups if g]
    elif kind is Kind.LOCATION:  # the station's rates go with it
        table.rates = [r for r in table.rates if r.location != item_id]
    else:
        rules.function_homes = {k: v for k, v in rules.function_homes.items() if v != item_id}
        rules.presence_leads = {k: v for k, v in rules.presence_leads.items() if v != item_id}
        forget_role(rules, item_id)
    for name in _NAMED_IN_RULES.get(kind, ()):
        if getattr(rules, name) == item_id:
            setattr(rules, name, None)


def _played_by(
    design: Design, role: str, values: Mapping[str, str], edits: Sequence[FieldEdit]
) -> list[FieldEdit]:
    """The edits that make each scenario named in ``values`` map ``role`` to the unit given.

    They apply after ``edits`` (a rename of the role), so they start from those.
    """
    found = []
    for scenario in design.scenarios:
        key = PLAYED_BY + scenario.id
        if key not in values:
            continue
        unit = values[key]
        if unit and unit not in scenario.units:
            raise CommandError(
                translate("Refusal", "there is no unit {unit} in {scenario}").format(
                    unit=repr(unit), scenario=scenario.name
                )
            )
        current = next(
            (e.after for e in reversed(edits) if e.scenario == scenario.id and e.scope == "roles"),
            scenario.roles.departments,
        )
        after = {k: v for k, v in current.items() if k != role or unit}
        if unit:
            after[role] = unit
        if after != current:
            found.append(FieldEdit(scenario.id, "roles", "", "departments", dict(current), after))
    return found


def together_with(rules: RuleSettings, function_id: str) -> str:
    """The first other function of the group ``function_id`` sits in, or "" for none."""
    group = next((g for g in rules.functions_together if function_id in g), [])
    return next((f for f in group if f != function_id), "")


def _set_together(settings: DesignSettings, function_id: str, partner: str) -> None:
    """Make the function sit with ``partner`` (joining its group), or with none ("")."""
    if partner and (partner == function_id or partner not in settings.ids(Kind.FUNCTION)):
        raise CommandError(
            translate(
                "Refusal", "sits with: {function} is not another function of the catalogue"
            ).format(function=repr(partner))
        )
    rules = settings.rules
    groups = [[f for f in g if f != function_id] for g in rules.functions_together]
    groups = [g for g in groups if len(g) > 1]
    joined = next((g for g in groups if partner and partner in g), None)
    if joined is not None:
        joined.append(function_id)
    elif partner:
        groups.append([function_id, partner])
    rules.functions_together = groups


def _set_home(settings: DesignSettings, function_id: str, home: str) -> None:
    """Make ``home`` (a department role id, or empty for none) the function's home."""
    homes = settings.rules.function_homes
    if home:
        homes[function_id] = home
    else:
        homes.pop(function_id, None)
