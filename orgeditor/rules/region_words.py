"""How the regional rules word what they find: the whole-sentence templates they choose
between (a region or another segment list, a dotted line or none ...) and the fields that
name a segment item. Each template is translated where it is chosen (docs/I18N.md)."""

from __future__ import annotations

from orgeditor.i18n import translate
from orgeditor.model.segments import SegmentList


def item_fields(segments: SegmentList, item: str) -> dict[str, str]:
    """The fields a text names a segment item by: ``region``, a region's bare name (its
    templates say "region" themselves); ``segment`` and, to open a sentence, ``Segment``,
    another list's item with its kind (``client group 'Developers'``, all of it data);
    ``item``, either as a fix names it (a region by its bare name)."""
    label = "" if segments.is_region else segments.label(item)
    return {
        "region": segments.name(item),
        "segment": label,
        "Segment": label[:1].upper() + label[1:],
        "item": segments.brief(item),
    }


def no_entry_reason(region: bool, unfit: bool, grade: str | None) -> str:
    """Why REGION-ENTRY leaves a missing entry point to the planner when its members sit
    (``{units}``) under several units, or under one outside the shared structure or not
    at ``{grade}``."""
    if region and unfit and grade:
        return translate(
            "NoFix",
            "its field presences are backstopped under {units}, not all in the shared "
            "structure at {grade}: choose which unit is its entry point",
        )
    if region and unfit:
        return translate(
            "NoFix",
            "its field presences are backstopped under {units}, not all in the shared "
            "structure: choose which unit is its entry point",
        )
    if region:
        return translate(
            "NoFix",
            "its field presences are backstopped under {units}: choose which unit is its "
            "entry point",
        )
    if unfit and grade:
        return translate(
            "NoFix",
            "its units are placed under {units}, not all in the shared structure at {grade}: "
            "choose which unit is its entry point",
        )
    if unfit:
        return translate(
            "NoFix",
            "its units are placed under {units}, not all in the shared structure: choose which "
            "unit is its entry point",
        )
    return translate(
        "NoFix", "its units are placed under {units}: choose which unit is its entry point"
    )


def unreached_message(dotted: bool, marked: bool) -> str:
    """REGION-DUAL's message for a unit (``{unit}``) that reaches a department
    (``{department}``) by a dotted line or not at all, because the design marks it as
    reporting to ``{departments}`` or because it is a regional entry point."""
    if dotted and marked:
        return translate(
            "Finding",
            "{unit} reports to {department} only by a dotted line; the design marks it as "
            "reporting to {departments}.",
        )
    if dotted:
        return translate(
            "Finding",
            "{unit} reports to {department} only by a dotted line; a regional entry point "
            "reports to both department heads.",
        )
    if marked:
        return translate(
            "Finding",
            "{unit} does not report to {department}; the design marks it as reporting to "
            "{departments}.",
        )
    return translate(
        "Finding",
        "{unit} does not report to {department}; a regional entry point reports to both "
        "department heads.",
    )
