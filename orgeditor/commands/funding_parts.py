"""One undoable edit of a funding source with its parts and its neutrality level.

The Funding Sources page of the Settings dialog applies a source's form, its
parts table and its level together, as one step. Part ids share one namespace
with every source and part (posts and cost rates name either by id alone); a
part renamed takes its posts and rates along; a part deleted while posts or
cost rates still use it is refused unless it is mapped to another part or to
its source.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from orgeditor.commands.base import Command, CommandError
from orgeditor.commands.references import (
    FieldEdit,
    Kind,
    joined,
    remap_rates,
    scenario_edits,
    uses,
)
from orgeditor.commands.settings import SettingsCommand, check_entry, index_of
from orgeditor.commands.settings_checks import DesignSettings, make_entry, updated_entry
from orgeditor.i18n import translate
from orgeditor.model import Design, FundingPart, FundingSource, NeutralityLevel
from orgeditor.model.design import repeated_part_ids
from orgeditor.model.text import NAME, TEXT, id_problem, text_problem


def edit_source(
    design: Design,
    source_id: str,
    values: Mapping[str, str],
    parts: Sequence[tuple[str | None, FundingPart]],
    neutrality: NeutralityLevel,
    mapped: Mapping[str, str] | None = None,
) -> Command:
    """Edit funding source ``source_id``: its fields, its parts and its neutrality level.

    ``values`` holds the source's id, name and description (a new id renames it
    everywhere); ``parts`` the parts in order, each with the id it had before
    (None for a new part), so a changed id renames the part; ``mapped`` says,
    for a part dropped from the list, which part or source its posts and rates
    move to (the source's old or new id, or another part's new id).
    """
    mapped = dict(mapped or {})
    settings = DesignSettings.of(design)
    index = index_of(settings, Kind.FUNDING, source_id)
    check_entry(settings, Kind.FUNDING, index, values)
    before = settings.funding_sources[index]
    source = updated_entry(Kind.FUNDING, before, dict(values))
    assert isinstance(source, FundingSource)
    source.parts = [FundingPart(p.id, p.name, p.description) for _, p in parts]
    source.neutrality = NeutralityLevel(neutrality)
    settings.funding_sources[index] = source
    problem = parts_problem(settings, index)
    if problem:
        raise CommandError(problem)
    # every old id that now means another: renamed, or mapped when dropped
    new_id = source.id
    renamed = {old: p.id for old, p in parts if old is not None and old != p.id}
    if new_id != source_id:
        renamed[source_id] = new_id
    kept = {old for old, _ in parts if old is not None}
    dropped = [p.id for p in before.parts if p.id not in kept]
    if set(mapped) - set(dropped):
        raise CommandError(
            translate("Refusal", "part {part} is not deleted").format(
                part=repr(sorted(set(mapped) - set(dropped))[0])
            )
        )
    moves = dict(renamed)
    known = {new_id, *(p.id for p in source.parts)}
    for part_id in dropped:
        if part_id in mapped:
            target = mapped[part_id]
            target = target if target in known else renamed.get(target, target)
            if target not in known:
                raise CommandError(
                    translate(
                        "Refusal", "map part {part} to another part of {source} or to it"
                    ).format(part=part_id, source=new_id)
                )
            moves[part_id] = target
        else:
            used = part_uses(design, part_id)
            if used:
                raise CommandError(
                    translate(
                        "Refusal",
                        "part {part} is used by {uses}; map it to another part or to its source",
                    ).format(part=part_id, uses=joined(used))
                )
    edits: list[FieldEdit] = []
    rates = settings.cost_table.rates
    for old, new in moves.items():
        edits += [e for e in scenario_edits(design, Kind.FUNDING, old, new) if e.before == old]
        rates = remap_rates(rates, Kind.FUNDING, old, new)
    settings.cost_table.rates = rates
    text = translate("Command", "Edit funding source {source}").format(source=source_id)
    return SettingsCommand(design, text, settings, edits, (Kind.FUNDING, source_id))


def add_source(
    design: Design,
    values: Mapping[str, str],
    parts: Sequence[FundingPart],
    neutrality: NeutralityLevel,
    index: int | None = None,
) -> Command:
    """Add a funding source with its parts and neutrality level at ``index`` (default: last),
    in one step: a source is whole from its first Apply."""
    settings = DesignSettings.of(design)
    check_entry(settings, Kind.FUNDING, None, values)
    source = make_entry(Kind.FUNDING, dict(values))
    assert isinstance(source, FundingSource)
    source.parts = [FundingPart(p.id, p.name, p.description) for p in parts]
    source.neutrality = NeutralityLevel(neutrality)
    sources = settings.funding_sources
    position = len(sources) if index is None else index
    sources.insert(position, source)
    problem = parts_problem(settings, position)
    if problem:
        raise CommandError(problem)
    text = translate("Command", "Add funding source {source}").format(source=source.id)
    return SettingsCommand(design, text, settings)


def parts_problem(settings: DesignSettings, index: int) -> str | None:
    """Why source ``index``'s parts cannot be stored: a bad code, name or description, or a
    code another source or part has; None when they can."""
    for part in settings.funding_sources[index].parts:
        problem = id_problem(part.id)
        problem = problem or text_problem(part.name, NAME) or text_problem(part.description, TEXT)
        if problem:
            return translate("Refusal", "part {part}: {problem}").format(
                part=part.id or translate("Refusal", "(no code)"),
                problem=problem.replace("an id", "a code"),
            )
    for _, _, part_id in repeated_part_ids(settings.funding_sources):
        return translate(
            "Refusal",
            "funding id {part} is used twice; a part needs a code no other source or part has",
        ).format(part=repr(part_id))
    return None


def part_uses(design: Design, part_id: str) -> list[str]:
    """What still uses part ``part_id``: posts (per scenario) and cost rates."""
    used = uses(design, Kind.FUNDING, part_id, parameters=False)
    return used + [
        translate("Refusal", "the cost of {grade}").format(grade=r.grade)
        for r in design.cost_table.rates
        if r.funding == part_id
    ]
