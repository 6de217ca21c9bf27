"""Names in other languages as import-table columns (issue 19 §2).

Each language a design's units are named in has two optional Units columns,
``name@TAG`` and ``short_name@TAG`` (TAG a BCP 47 tag such as ``fr`` or
``pt-BR``); each language of its units or post titles has a Posts column
``title@TAG``. A column left out keeps the name or title in that language; an
empty ``name@TAG`` or ``title@TAG`` cell removes it. The design's own language
has no such columns: its names are the ``name``, ``short_name`` and ``title``
columns.
"""

from __future__ import annotations

from collections.abc import Mapping

from orgeditor.model import Design, LocalName
from orgeditor.model.names import (
    UN_LANGUAGES,
    checked_names,
    checked_titles,
    language_tag,
    same_language,
)
from orgeditor.model.text import MAX_NAME_LENGTH

NAME_PREFIXES = ("name", "short_name")
TITLE_PREFIX = "title"
LANGUAGE_PREFIXES = {"Units": NAME_PREFIXES, "Posts": (TITLE_PREFIX,)}  # table -> prefixes
MAX_LANGUAGES = 60  # a workbook's Units sheet is read this many name column pairs wide


def unit_languages(design: Design) -> list[str]:
    """The tags the design's units have names in (any scenario): the UN languages in
    their order, then the others sorted; never the design's own language."""
    used = {tag for s in design.scenarios for u in s.units.values() for tag in u.names}
    return ordered_languages(used, design.metadata.language)


def title_languages(design: Design) -> list[str]:
    """The tags of the Posts table's title columns: those the units are named in and
    those any post title is in, ordered as :func:`unit_languages` orders them."""
    used = {tag for s in design.scenarios for p in s.posts.values() for tag in p.titles}
    return ordered_languages(used | set(unit_languages(design)), design.metadata.language)


def ordered_languages(used: set[str], default: str) -> list[str]:
    """``used`` in the order columns and rows list languages: the UN languages in their
    order, then the others sorted; without ``default`` (the design's own language)."""
    ordered: list[str] = [tag for tag in UN_LANGUAGES if tag in used]
    ordered += sorted(used - set(ordered))
    return [tag for tag in ordered if not same_language(tag, default)]


def name_columns(languages: list[str]) -> tuple[str, ...]:
    """The Units columns of ``languages``: ``name@TAG`` and ``short_name@TAG`` each."""
    return tuple(f"{prefix}@{tag}" for tag in languages for prefix in NAME_PREFIXES)


def title_columns(languages: list[str]) -> tuple[str, ...]:
    """The Posts columns of ``languages``: ``title@TAG`` each."""
    return tuple(f"{TITLE_PREFIX}@{tag}" for tag in languages)


def name_column(header: str, table: str = "Units") -> str | None:
    """``header`` (lower-case before the ``@``) as a name column of ``table`` (Units or
    Posts), its tag as :func:`language_tag` writes it (``name@ZH`` -> ``name@zh``), or
    None if it is not one.

    Raises:
        ValueError: the prefix is a name column's but the tag is not a language tag.
    """
    prefix, at, tag = header.partition("@")
    if not at or prefix not in LANGUAGE_PREFIXES[table]:
        return None
    return f"{prefix}@{language_tag(tag)}"


def name_cells(names: Mapping[str, LocalName], languages: list[str]) -> list[str]:
    """A unit's cells under :func:`name_columns` of ``languages`` (empty where it has none)."""
    cells: list[str] = []
    for tag in languages:
        local = names.get(tag)
        cells += [local.name, local.short_name] if local else ["", ""]
    return cells


def names_from_cells(
    row: Mapping[str, str], names: Mapping[str, LocalName], default: str
) -> tuple[dict[str, LocalName], list[str]]:
    """The names a unit gets from a row's name columns (those left out keep ``names``),
    and the problems found, each naming its column."""
    result = dict(names)
    problems: list[str] = []
    for column, value in row.items():
        prefix, at, tag = column.partition("@")
        if not at or prefix != "name":
            continue
        short = row.get(f"short_name@{tag}", result[tag].short_name if tag in result else "")
        if same_language(tag, default):
            problems.append(f"{column}: {tag} is the design's own language; use the name column")
        elif not value:
            if short:
                problems.append(f"{column}: a short name in {tag} needs a name in {tag}")
            result.pop(tag, None)
        else:
            result[tag] = LocalName(value, short)
    for column, value in row.items():
        prefix, at, tag = column.partition("@")
        if at and prefix == "short_name" and f"name@{tag}" not in row and value:
            if tag not in result:
                problems.append(f"{column}: a short name in {tag} needs a name in {tag}")
            else:
                result[tag] = LocalName(result[tag].name, value)
    if problems:
        return dict(names), problems
    try:
        return checked_names(result, default, MAX_NAME_LENGTH), []
    except ValueError as error:
        return dict(names), [str(error)]


def title_cells(titles: Mapping[str, str], languages: list[str]) -> list[str]:
    """A post's cells under :func:`title_columns` of ``languages`` (empty where it has none)."""
    return [titles.get(tag, "") for tag in languages]


def titles_from_cells(
    row: Mapping[str, str], titles: Mapping[str, str], default: str
) -> tuple[dict[str, str], list[str]]:
    """The titles a post gets from a row's ``title@TAG`` columns (those left out keep
    ``titles``, an empty cell removes one), and the problems found, each naming its column."""
    result = dict(titles)
    problems: list[str] = []
    for column, value in row.items():
        prefix, at, tag = column.partition("@")
        if not at or prefix != TITLE_PREFIX:
            continue
        if same_language(tag, default):
            problems.append(f"{column}: {tag} is the design's own language; use the title column")
        elif value:
            result[tag] = value
        else:
            result.pop(tag, None)
    if problems:
        return dict(titles), problems
    try:
        return checked_titles(result, default, MAX_NAME_LENGTH), []
    except ValueError as error:
        return dict(titles), [str(error)]
