"""The chart's own words: a card's detail and figures lines, a department's summary card,
the printed legend and each page's heading and footer.

Written by the core (no Qt), so the app and ``orgeditor-cli export`` agree, in the
language :func:`chart_words` chooses: the chart language when the core speaks it, else
the interface language (docs/I18N.md, "The chart's own words"). Names, grades, funding
sources and currencies are data.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from orgeditor.i18n import (
    LANGUAGES,
    QT_TRANSLATE_NOOP,
    current_language,
    format_number,
    speaking,
    translate,
)
from orgeditor.model import Unit, UnitKind

#: Each unit kind in words on a card (translated where shown).
KIND_WORDS = {
    "department": QT_TRANSLATE_NOOP("Chart", "department"),
    "office": QT_TRANSLATE_NOOP("Chart", "office"),
    "structure": QT_TRANSLATE_NOOP("Chart", "structure"),
    "division": QT_TRANSLATE_NOOP("Chart", "division"),
    "service": QT_TRANSLATE_NOOP("Chart", "service"),
    "branch": QT_TRANSLATE_NOOP("Chart", "branch"),
    "section": QT_TRANSLATE_NOOP("Chart", "section"),
    "unit": QT_TRANSLATE_NOOP("Chart", "unit"),
    "team": QT_TRANSLATE_NOOP("Chart", "team"),
    "field-presence": QT_TRANSLATE_NOOP("Chart", "field presence"),
    "body": QT_TRANSLATE_NOOP("Chart", "body"),
}

#: The legend's unit colours (on paper and in the Legend dock), translated where shown.
LEGEND_KINDS = [
    (UnitKind.DEPARTMENT, QT_TRANSLATE_NOOP("Legend", "department")),
    (UnitKind.OFFICE, QT_TRANSLATE_NOOP("Legend", "office")),
    (UnitKind.STRUCTURE, QT_TRANSLATE_NOOP("Legend", "shared structure")),
    (UnitKind.DIVISION, QT_TRANSLATE_NOOP("Legend", "division")),
    (UnitKind.SECTION, QT_TRANSLATE_NOOP("Legend", "section, unit")),
    (UnitKind.FIELD_PRESENCE, QT_TRANSLATE_NOOP("Legend", "field presence")),
    (UnitKind.BODY, QT_TRANSLATE_NOOP("Legend", "body")),
]
#: The printed legend's lines: primary, dual, dotted.
LEGEND_LINES = (
    QT_TRANSLATE_NOOP("Legend", "primary reporting line"),
    QT_TRANSLATE_NOOP("Legend", "dual line (caption says when)"),
    QT_TRANSLATE_NOOP("Legend", "dotted line"),
)
#: The printed legend's finding badges, by severity.
LEGEND_FINDINGS = {
    "error": QT_TRANSLATE_NOOP("Legend", "finding: error"),
    "warning": QT_TRANSLATE_NOOP("Legend", "finding: warning"),
    "info": QT_TRANSLATE_NOOP("Legend", "finding: info"),
}


def legend_word(text: str) -> str:
    """A text of :data:`LEGEND_KINDS`, :data:`LEGEND_LINES` or :data:`LEGEND_FINDINGS` in the
    core's language."""
    return translate("Legend", text)


def legend_grades(grades: Sequence[tuple[str, str]]) -> str:
    """The legend's grades: ``Grades: SG Secretary-General  ·  USG ...``."""
    listed = "  ·  ".join(f"{code} {name}" for code, name in grades)
    return translate("Legend", "Grades: {grades}").format(grades=listed)


def page_number(number: int, total: int) -> str:
    """A page's number in its footer: ``Page 2 of 5``."""
    return translate("Chart", "Page {number} of {total}").format(number=number, total=total)


def scale_note(scale: float) -> str:
    """The scale a chart page is printed at: ``Scale 37%``."""
    return translate("Chart", "Scale {percent}%").format(percent=format_number(scale * 100))


def tile_note(number: int, total: int, sheet: str) -> str:
    """Which tile a poster page is: ``Tile 3 of 12, sheet B2``."""
    return translate("Chart", "Tile {number} of {total}, sheet {sheet}").format(
        number=number, total=total, sheet=sheet
    )


def assembly_heading(title: str, scenario: str, tiles: int) -> str:
    """The heading of a poster's first page, the map of its tiles."""
    return translate("Chart", "{title} — {scenario} — how the {count} tiles assemble").format(
        title=title, scenario=scenario, count=tiles
    )


def assembly_note() -> str:
    """The footer's word for a poster's map of tiles."""
    return translate("Chart", "Assembly map")


@contextmanager
def chart_words(language: str | None) -> Iterator[str]:
    """Speak the chart's language inside the block when the core speaks it (``language`` is
    a chart language such as ``zh`` or ``fr-CA``; None: the design's own names), else keep
    the interface's; the block gets the language spoken."""
    primary = (language or "").replace("_", "-").split("-")[0].lower()
    chosen = primary if primary in LANGUAGES and primary != current_language() else None
    with speaking(chosen) as spoken:
        yield spoken


def money_short(amount: int) -> str:
    """``1234567`` -> ``1.23M``; ``234000`` -> ``234k`` (in the core's language)."""
    if amount >= 1_000_000:
        millions = format_number(amount / 1_000_000, 2)
        return translate("Chart", "{amount}M").format(amount=millions)
    if amount >= 1_000:
        return translate("Chart", "{amount}k").format(amount=format_number(amount / 1_000))
    return str(amount)


def kind_word(unit: Unit) -> str:
    """The unit's kind in words: "office", "field presence"."""
    kind = unit.kind.value
    return translate("Chart", KIND_WORDS[kind]) if kind in KIND_WORDS else kind


def detail_line(unit: Unit, open_comments: int) -> str:
    """A card's detail line: ``✎2 SG · D-2 · office`` (open comments, short name, head
    grade, kind)."""
    detail = " · ".join(x for x in (unit.short_name, unit.head_grade or "", kind_word(unit)) if x)
    return f"✎{open_comments} {detail}" if open_comments else detail


def cost_line(posts: int, currency: str, cost: int) -> str:
    """A card's figures line: ``16 posts · USD 2.73M``."""
    if not posts:
        return translate("Chart", "no posts")
    if posts == 1:
        text = translate("Chart", "1 post · {currency} {amount}")
    else:
        text = translate("Chart", "{count} posts · {currency} {amount}")
    return text.format(count=format_number(posts), currency=currency, amount=money_short(cost))


def breakdown_line(counts: Counter[str], order: Sequence[str]) -> str:
    """A card's figures line by grade or funding source: ``2 P-4, 1 GS-OL``."""
    count = translate("Chart", "{count} {item}")
    listed = [count.format(count=format_number(counts[k]), item=k) for k in order if counts[k]]
    return ", ".join(listed) or translate("Chart", "no posts")


def summary_lines(units: int, posts: int, cost: int, findings: int, currency: str) -> list[str]:
    """A department's summary card at far zoom: units, posts, cost, findings, a line each."""
    return [
        translate("Chart", "1 unit")
        if units == 1
        else translate("Chart", "{count} units").format(count=format_number(units)),
        translate("Chart", "1 post")
        if posts == 1
        else translate("Chart", "{count} posts").format(count=format_number(posts)),
        f"{currency} {money_short(cost)}",
        translate("Chart", "1 finding")
        if findings == 1
        else translate("Chart", "{count} findings").format(count=format_number(findings)),
    ]
