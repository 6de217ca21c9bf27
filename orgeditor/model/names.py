"""Names in several languages (issue 19 part 2), and a design seen in one language.

A unit, a scenario and a post's title keep their default-language text in
their own ``name``/``short_name``/``title`` fields; the design's
``metadata.language`` says which language that is (English unless set).
``names`` (``titles`` for a post) adds the same texts in other languages,
keyed by a BCP 47 tag ("zh", "fr", "pt-BR" ...). The default language never
appears as a key there: the own fields are its one home.

:func:`in_language` gives a copy of a design with every text it can put in
the wanted language, and what it could not: charts, exports and reports take
that copy and stay unaware of languages.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Final

from orgeditor.i18n import translate
from orgeditor.model.design import Design
from orgeditor.model.scenario import LocalName, Scenario, Unit

# the six official languages of the United Nations, in the order its documents list them
UN_LANGUAGES: Final = ("ar", "zh", "en", "fr", "ru", "es")
# BCP 47 in the shape tools write it: a 2-3 letter language, then subtags of 1-8 letters or
# digits (script, region, variant ...); the schema checks this, :func:`language_tag` explains
LANGUAGE_TAG_PATTERN: Final = r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$"
_TAG = re.compile(LANGUAGE_TAG_PATTERN)


def language_tag(text: str) -> str:
    """``text`` as a language tag, its primary subtag lower-case (``"ZH-Hans"`` -> ``"zh-Hans"``).

    Raises:
        ValueError: ``text`` is not a BCP 47 tag; the message says what one looks like.
    """
    tag = text.strip()
    if not _TAG.fullmatch(tag):
        raise ValueError(
            f"not a language tag: use a BCP 47 tag such as {', '.join(UN_LANGUAGES)} or pt-BR"
        )
    first, _, rest = tag.partition("-")
    return f"{first.lower()}-{rest}" if rest else first.lower()


def tag_problem(pattern: object, value: object) -> str | None:
    """Why ``value`` failed the schema's language tag pattern (load errors), or None."""
    if pattern != LANGUAGE_TAG_PATTERN:
        return None
    try:
        language_tag(str(value))
    except ValueError as error:
        return str(error)
    return None


def checked_names(
    names: object, default: str, max_length: int, what: str = "name"
) -> dict[str, LocalName]:
    """A clean copy of ``names`` (tag -> :class:`LocalName`) as a unit, scenario or
    required body may hold it; messages call an entry ``what``.

    Raises:
        ValueError: a tag is not BCP 47, names the design's own language or repeats
            another in other case, or a name is empty or longer than ``max_length``.
    """
    if not isinstance(names, dict):
        raise ValueError("names in other languages map a language tag to a name")
    found: dict[str, LocalName] = {}
    for key, entry in names.items():
        tag = language_tag(str(key))
        if same_language(tag, default):
            raise ValueError(f"{tag} is the design's own language: edit the {what} itself")
        if tag in found:
            raise ValueError(f"two {what}s in {tag}")
        if not isinstance(entry, LocalName) or not entry.name.strip():
            raise ValueError(f"the {what} in {tag} is empty")
        if max(len(entry.name), len(entry.short_name)) > max_length:
            raise ValueError(f"the {what} in {tag} is longer than {max_length} characters")
        found[tag] = LocalName(entry.name, entry.short_name)
    return found


def checked_titles(titles: object, default: str, max_length: int) -> dict[str, str]:
    """A clean copy of a post's ``titles`` (tag -> title), checked as :func:`checked_names`
    checks names: a post's title has no short form, so each entry is one text.

    Raises:
        ValueError: as :func:`checked_names`, or a title is not a text.
    """
    if not isinstance(titles, dict):
        raise ValueError("titles in other languages map a language tag to a title")
    if not all(isinstance(title, str) for title in titles.values()):
        raise ValueError("a title in another language is a text")
    names = {tag: LocalName(title) for tag, title in titles.items()}
    checked = checked_names(names, default, max_length, "title")
    return {tag: entry.name for tag, entry in checked.items()}


def reads_right_to_left(text: str) -> bool:
    """Whether ``text``'s first strongly directed letter is right-to-left (Arabic, Hebrew ...).

    This is the paragraph direction of the Unicode bidirectional algorithm
    (rules P2-P3): the chart aligns such a text to the right.
    """
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def same_language(one: str, other: str) -> bool:
    """Whether two tags name one language (tags are case-insensitive)."""
    return one.lower() == other.lower()


def local_name(names: Mapping[str, LocalName], language: str) -> LocalName | None:
    """The entry of ``names`` for ``language`` (case-insensitive tag), or None."""
    for tag, entry in names.items():
        if same_language(tag, language):
            return entry
    return None


@dataclass
class Translation:
    """A design put in one language, and the units and post titles it had no text for.

    ``missing`` maps a scenario id to the ids of its units shown by their
    default-language name; ``missing_titles`` to the ids of its titled posts
    whose title is shown in the default language.
    """

    design: Design
    language: str
    default: str
    missing: dict[str, list[str]] = field(default_factory=dict)
    missing_titles: dict[str, list[str]] = field(default_factory=dict)

    def missing_count(self, scenario_ids: list[str] | None = None) -> int:
        """Units without a name in the language, over ``scenario_ids`` (all when None)."""
        keys = self.missing if scenario_ids is None else scenario_ids
        return sum(len(self.missing.get(key, [])) for key in keys)

    def missing_title_count(self, scenario_ids: list[str] | None = None) -> int:
        """Titled posts without a title in the language, over ``scenario_ids`` (all when None)."""
        keys = self.missing_titles if scenario_ids is None else scenario_ids
        return sum(len(self.missing_titles.get(key, [])) for key in keys)

    def missing_note(self, scenario_ids: list[str] | None = None) -> str:
        """For the user: how many names (a line) and post titles (another line) fell
        back to the default language, or "" when none did."""
        chosen = [s for s in self.design.scenarios if scenario_ids is None or s.id in scenario_ids]
        lines = []
        count = self.missing_count(scenario_ids)
        if count:
            text = (
                translate(
                    "Names", "1 of {total} units has no name in {language}: shown in {default}"
                )
                if count == 1
                else translate(
                    "Names",
                    "{count} of {total} units have no name in {language}: shown in {default}",
                )
            )
            total = sum(len(s.units) for s in chosen)
            lines.append(self._filled(text, count, total))
        count = self.missing_title_count(scenario_ids)
        if count:
            text = (
                translate(
                    "Names", "1 of {total} post titles has none in {language}: shown in {default}"
                )
                if count == 1
                else translate(
                    "Names",
                    "{count} of {total} post titles have none in {language}: shown in {default}",
                )
            )
            total = sum(1 for s in chosen for post in s.posts.values() if post.title)
            lines.append(self._filled(text, count, total))
        return "\n".join(lines)

    def _filled(self, text: str, count: int, total: int) -> str:
        return text.format(count=count, total=total, language=self.language, default=self.default)


def in_language(design: Design, language: str) -> Translation:
    """A copy of ``design`` whose units, scenarios and post titles read in ``language``.

        A unit named in the language takes its short name there too, or none (a
    Chinese chart spells out "政治和建设和平事务部" rather than "DPPA"); a text
    the design lacks in that language keeps its default-language form;
        the units that do are listed per scenario. The default language gives an
        unchanged copy with nothing missing. ``design`` itself is not changed.
    """
    default = design.metadata.language
    copied = copy.deepcopy(design)
    result = Translation(copied, language, default)
    if same_language(language, default):
        return result
    for scenario in copied.scenarios:
        missing, titles = _rename_scenario(scenario, language)
        if missing:
            result.missing[scenario.id] = missing
        if titles:
            result.missing_titles[scenario.id] = titles
    for body in copied.rules.required_bodies:  # as findings and fixes name them
        entry = local_name(body.names, language)
        if entry is not None:
            body.name = entry.name
    return result


def scenario_in_language(
    scenario: Scenario, language: str, default: str
) -> tuple[Scenario, list[str]]:
    """A copy of ``scenario`` in ``language`` (as :func:`in_language` makes it), and the
    ids of its units without a name there; ``scenario`` itself unchanged. The chart
    on screen uses this, one scenario at a time."""
    twin = copy.deepcopy(scenario)
    if same_language(language, default):
        return twin, []
    return twin, _rename_scenario(twin, language)[0]


def _rename_scenario(scenario: Scenario, language: str) -> tuple[list[str], list[str]]:
    """Put ``scenario``'s names and post titles in ``language`` in place (on a copy!);
    returns the ids of the units that have no name there and keep their own, and of
    the titled posts that have no title there and keep their own."""
    _rename(scenario.names, language, scenario)
    missing = []
    for unit in scenario.units.values():
        if not _rename(unit.names, language, unit):
            missing.append(unit.id)
    untitled = []
    for post in scenario.posts.values():
        title = next((t for k, t in post.titles.items() if same_language(k, language)), None)
        if title:
            post.title = title
        elif post.title:
            untitled.append(post.id)
    return missing, untitled


def _rename(names: Mapping[str, LocalName], language: str, target: Unit | Scenario) -> bool:
    entry = local_name(names, language)
    if entry is None:
        return False
    target.name = entry.name
    if isinstance(target, Unit):  # no short name there: the name itself serves (no acronym)
        target.short_name = entry.short_name
    return True
