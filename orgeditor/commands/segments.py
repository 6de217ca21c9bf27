"""Undoable edits of the design's segment lists: regions and the planner's other kinds.

The Segments page of the Settings dialog edits every segment kind at once, as
a list of :class:`KindDraft` (regions first: the built-in kind ``"region"``,
whose id and name are fixed and whose switch and grade are the rule settings
``regional_entry_points`` and ``entry_point_grade``). :func:`set_segments` turns
the drafts into one :class:`SegmentsCommand`: a renamed kind or item follows
into every unit's membership and entry-point designations; an item deleted
while units use it is refused unless it is mapped to another item of its kind;
a kind deleted while units use it is refused unless the planner agreed to
clear those uses. No rule parameter names a segment kind or item, so only the
units' fields follow.
"""

from __future__ import annotations

import copy
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

from orgeditor.commands.base import Command, CommandError
from orgeditor.commands.references import FieldEdit, ReplaceCommand, joined
from orgeditor.i18n import QT_TRANSLATE_NOOP, format_number, translate
from orgeditor.model import Design, Region, Segment, SegmentKind, Unit
from orgeditor.model.segments import REGION_KIND, segment_list
from orgeditor.model.text import NAME, TEXT, id_problem, text_problem

# What segment_uses counts per scenario: member units, then entry points (one, many)
SEGMENT_USES = (
    (
        QT_TRANSLATE_NOOP("Refusal", "1 member unit in {scenario}"),
        QT_TRANSLATE_NOOP("Refusal", "{count} member units in {scenario}"),
    ),
    (
        QT_TRANSLATE_NOOP("Refusal", "1 entry point in {scenario}"),
        QT_TRANSLATE_NOOP("Refusal", "{count} entry points in {scenario}"),
    ),
)
REGION_NOUN = QT_TRANSLATE_NOOP("Command", "region")  # the built-in kind's name, "region"


@dataclass
class ItemDraft:
    """An item as the page shows it; ``original`` is its id in the design (None: new)."""

    original: str | None
    id: str
    name: str
    description: str = ""


@dataclass
class KindDraft:
    """A segment kind as the page shows it; ``original`` is its id in the design (None: new).

    ``name`` is the singular noun ("client group"); ``entry_points`` asks for one
    entry point per item, led at ``grade`` when that is set.
    """

    original: str | None
    id: str
    name: str
    entry_points: bool = True
    grade: str | None = None
    items: list[ItemDraft] = field(default_factory=list)

    @property
    def is_region(self) -> bool:
        """Whether this is the built-in region kind (its id and name are fixed)."""
        return self.original == REGION_KIND


def drafts_of(design: Design) -> list[KindDraft]:
    """The design's segment kinds as drafts, regions first, every item unchanged."""
    rules = design.rules
    regions = KindDraft(
        REGION_KIND,
        REGION_KIND,
        REGION_KIND,
        rules.regional_entry_points,
        rules.entry_point_grade,
        [ItemDraft(r.id, r.id, r.name, r.description) for r in design.regions],
    )
    return [regions] + [
        KindDraft(
            k.id,
            k.id,
            k.name,
            k.entry_points,
            k.entry_point_grade,
            [ItemDraft(s.id, s.id, s.name, s.description) for s in k.items],
        )
        for k in design.segment_kinds
    ]


def segment_problems(drafts: Sequence[KindDraft], grades: Collection[str]) -> dict[str, str]:
    """Why each field of ``drafts`` cannot be stored, keyed ``"<kind index>.<field>"`` for a
    kind's code, name and grade and ``"<kind index>.items"`` for its items (empty: sound)."""
    problems: dict[str, str] = {}
    seen: set[str] = set()
    for index, kind in enumerate(drafts):
        problem = id_problem(kind.id)
        if problem is None and kind.id == REGION_KIND and not kind.is_region:
            problem = translate(
                "Refusal", 'the code "region" is the built-in regions\'; choose another'
            )
        if problem is None and kind.id in seen:
            problem = translate(
                "Refusal", "there is a segment kind {kind} already; each needs its own code"
            ).format(kind=repr(kind.id))
        if problem is not None:
            problems[f"{index}.id"] = problem.replace("an id", "a code")
        seen.add(kind.id)
        problem = text_problem(kind.name, NAME)
        if problem is not None:
            problems[f"{index}.name"] = problem
        if kind.grade is not None and kind.grade not in grades:
            problem = translate("Refusal", "there is no grade {grade}")
            problems[f"{index}.grade"] = problem.format(grade=repr(kind.grade))
        problem = _items_problem(kind)
        if problem is not None:
            problems[f"{index}.items"] = problem
    return problems


def _items_problem(kind: KindDraft) -> str | None:
    seen: set[str] = set()
    for item in kind.items:
        problem = id_problem(item.id)
        problem = problem or text_problem(item.name, NAME) or text_problem(item.description, TEXT)
        if problem is None and item.id in seen:
            problem = (
                translate("Refusal", "the code {code} is used twice; each {kind} needs its own")
                if kind.name
                else translate("Refusal", "the code {code} is used twice; each item needs its own")
            ).format(code=repr(item.id), kind=kind.name)
        if problem is not None:
            return translate("Refusal", "{item}: {problem}").format(
                item=item.id or translate("Refusal", "(no code)"),
                problem=problem.replace("an id", "a code"),
            )
        seen.add(item.id)
    return None


def segment_uses(design: Design, kind: str, item: str | None = None) -> list[str]:
    """What uses item ``item`` of segment kind ``kind`` (any item when None), per scenario:
    "3 member units in Today", "1 entry point in Today"."""
    found = segment_list(design, kind)
    lines = []
    for scenario in design.scenarios:
        units = scenario.units.values()
        members = sum(_named(found.member(u), item) for u in units)
        entries = sum(any(_named(i, item) for i in found.entry_points(u)) for u in units)
        for count, (one, many) in zip((members, entries), SEGMENT_USES, strict=True):
            if count:
                text = translate("Refusal", one if count == 1 else many)
                lines.append(text.format(count=format_number(count), scenario=scenario.name))
    return lines


def _noun(kind: KindDraft) -> str:
    """How a refusal names an item's kind: the regions' in the core's language."""
    return translate("Command", REGION_NOUN) if kind.is_region else kind.name


def _named(value: str | None, item: str | None) -> bool:
    return value is not None and (item is None or value == item)


@dataclass
class _Segments:
    """The part of a design this module edits, kept whole (it is small)."""

    regions: list[Region]
    kinds: list[SegmentKind]
    checked: bool
    grade: str | None

    @classmethod
    def of(cls, design: Design) -> _Segments:
        rules = design.rules
        return cls(
            *copy.deepcopy((design.regions, design.segment_kinds)),
            rules.regional_entry_points,
            rules.entry_point_grade,
        )

    def put(self, design: Design) -> None:
        twin = copy.deepcopy(self)
        design.regions, design.segment_kinds = twin.regions, twin.kinds
        design.rules.regional_entry_points, design.rules.entry_point_grade = (
            twin.checked,
            twin.grade,
        )


class SegmentsCommand(ReplaceCommand):
    """Replace the segment lists; the units' memberships follow as recorded field edits."""

    def __init__(self, design: Design, after: _Segments, edits: Sequence[FieldEdit]) -> None:
        self.text = translate("Command", "Edit segments")
        self.before = _Segments.of(design)
        if after == self.before and not edits:
            raise CommandError(translate("Refusal", "nothing changes"))
        self.after = copy.deepcopy(after)
        self.edits = list(edits)


def set_segments(
    design: Design,
    drafts: Sequence[KindDraft],
    mapped: Mapping[tuple[str, str], str] | None = None,
    cleared: Collection[str] = (),
) -> Command:
    """Make the design's segment lists ``drafts`` (regions first), in one undo step.

    ``mapped`` says, for an item deleted while units use it, keyed by the kind's
    and the item's ids in the design, which item of the same kind (its id in the
    drafts) takes its uses; ``cleared`` lists kinds (ids in the design) deleted
    although units use them: those memberships and designations go with them.
    """
    mapped = dict(mapped or {})
    if not drafts or not drafts[0].is_region or any(k.is_region for k in drafts[1:]):
        raise CommandError(
            translate("Refusal", "the regions come first among the segment kinds, once")
        )
    regions = drafts[0]
    if regions.id != REGION_KIND or regions.name != REGION_KIND:
        raise CommandError(translate("Refusal", "the regions keep their code and name"))
    problems = segment_problems(drafts, {g.id for g in design.grades})
    if problems:
        raise CommandError(next(iter(problems.values())))
    known = {k.id for k in drafts_of(design)}
    originals = [k.original for k in drafts if k.original is not None]
    if len(set(originals)) != len(originals) or not set(originals) <= known:
        raise CommandError(translate("Refusal", "each kind of the design is shown once"))
    moves: dict[str, dict[str, str | None]] = {}  # kind -> old item id -> new id (None: gone)
    kept_kinds = {k.original: k for k in drafts if k.original is not None}
    for old in drafts_of(design):
        kind = kept_kinds.get(old.id)
        if kind is None:
            if old.id not in cleared and segment_uses(design, old.id):
                used = joined(segment_uses(design, old.id))
                raise CommandError(
                    translate(
                        "Refusal", "segment kind {kind} is used by {uses}; clear it first"
                    ).format(kind=old.id, uses=used)
                )
            continue
        moves[old.id] = _item_moves(design, old, kind, mapped)
    after = _Segments(
        [Region(i.id, i.name, i.description) for i in regions.items],
        [
            SegmentKind(
                k.id,
                k.name,
                [Segment(i.id, i.name, i.description) for i in k.items],
                k.entry_points,
                k.grade,
            )
            for k in drafts[1:]
        ],
        regions.entry_points,
        regions.grade,
    )
    renamed = {old: k.id for old, k in kept_kinds.items()}
    edits = [
        edit
        for scenario in design.scenarios
        for unit in scenario.units.values()
        for edit in _unit_edits(scenario.id, unit, renamed, moves)
    ]
    return SegmentsCommand(design, after, edits)


def _item_moves(
    design: Design, old: KindDraft, kind: KindDraft, mapped: Mapping[tuple[str, str], str]
) -> dict[str, str | None]:
    """Old item id -> its id after the edit, for every item of ``old``; refuses a deleted
    item still in use that is not mapped to an item of ``kind``."""
    found: dict[str, str | None] = {i.original: i.id for i in kind.items if i.original}
    originals = [i.original for i in kind.items if i.original]
    if len(set(originals)) != len(originals) or not set(originals) <= {i.id for i in old.items}:
        raise CommandError(
            translate("Refusal", "each item of {kind} is shown once").format(kind=old.id)
        )
    ids = {i.id for i in kind.items}
    for item in old.items:
        if item.id in found:
            continue
        target = mapped.get((old.id, item.id))
        if target is not None and target not in ids:
            raise CommandError(
                translate("Refusal", "map {item} to another item of {kind}").format(
                    item=item.id, kind=kind.id
                )
            )
        used = segment_uses(design, old.id, item.id)
        if target is None and used:
            raise CommandError(
                translate(
                    "Refusal", "{kind} {item} is used by {uses}; map it to another one"
                ).format(kind=_noun(old), item=item.id, uses=joined(used))
            )
        found[item.id] = target
    return found


def _unit_edits(
    scenario: str,
    unit: Unit,
    renamed: Mapping[str, str],
    moves: Mapping[str, Mapping[str, str | None]],
) -> list[FieldEdit]:
    """The edits that make ``unit`` name the segment kinds and items by their new ids."""
    regions = moves[REGION_KIND]
    region = regions.get(unit.region) if unit.region is not None else None
    wanted = {
        "region": region,
        "entry_point_for": _moved(unit.entry_point_for, regions),
        "segments": {
            renamed[k]: item
            for k, v in unit.segments.items()
            if k in moves and (item := moves[k].get(v)) is not None
        },
        "segment_entry_points": {
            renamed[k]: items
            for k, v in unit.segment_entry_points.items()
            if k in moves and (items := _moved(v, moves[k]))
        },
    }
    return [
        FieldEdit(scenario, "unit", unit.id, name, copy.deepcopy(getattr(unit, name)), value)
        for name, value in wanted.items()
        if getattr(unit, name) != value
    ]


def _moved(items: Sequence[str], moves: Mapping[str, str | None]) -> list[str]:
    """``items`` by their new ids, each once, without the deleted ones."""
    return list(dict.fromkeys(new for i in items if (new := moves.get(i)) is not None))
