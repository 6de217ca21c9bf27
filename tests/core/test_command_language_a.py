"""What the History dock, the Undo/Redo labels and a refused edit say, in the six languages
(issue 19, part A: the commands on units, posts, lines, bodies, scenarios, properties,
imports, conflicts and comments).

The corpus (``tests/command_corpus_a.py``) makes every command class of these modules on the
UN sample, and most of their refusals. English must read exactly as it did before the texts
were translated (the golden file was written by the code before); every other language must
say each of them in its own words and keep every name.
"""

from __future__ import annotations

import functools
import json
import re
from typing import Any

import pytest

from orgeditor import i18n
from orgeditor.io import loads
from tests.command_corpus_a import CASES, GOLDEN, texts
from tests.conftest import ROOT, UN_SAMPLE
from tests.marked_texts import marked_templates

TRANSLATED = [lang for lang in i18n.LANGUAGES if lang != "en"]
CONTEXTS = ("Command", "Refusal")
PART_A = (
    "posts",
    "units",
    "lines",
    "scenarios",
    "properties",
    "bodies",
    "base",
    "imports",
    "shared",
    "conflicts",
    "comments",
)
FIELD = re.compile(r"\{[a-z_]*\}")
WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
# the one template the corpus does not raise: the Settings dialog shows a body's problems
# beside its fields and never sends a refused body (tests/core/test_i18n.py still checks it)
UNRAISED = {"required body {id}: {field}: {problem}"}


@pytest.fixture(autouse=True)
def _english_after() -> Any:
    yield
    i18n.set_language("en")


def _templates() -> set[str]:
    """The English templates the part A command modules mark as command names or refusals."""
    paths = [ROOT / "orgeditor" / "commands" / f"{stem}.py" for stem in PART_A]
    return marked_templates(paths, CONTEXTS)


TEMPLATES = _templates()
RUNS = {
    tuple(words[i : i + 4])
    for template in TEMPLATES
    for piece in FIELD.split(template)
    for words in [WORD.findall(piece)]
    for i in range(len(words) - 3)
}


def _english_run(text: str) -> tuple[str, ...] | None:
    words = WORD.findall(text)
    found = set(zip(words, words[1:], words[2:], words[3:], strict=False))
    return next(iter(sorted(found & RUNS)), None)


def _golden() -> dict[str, str]:
    found: dict[str, str] = json.loads(GOLDEN.read_text(encoding="utf-8"))
    return found


@functools.cache
def _names() -> frozenset[str]:
    """What the sample names (units, scenarios, posts, lines, grades, funding sources) and
    the names the corpus gives, longest first so that a short one inside a long one counts
    once."""
    design = loads(UN_SAMPLE.read_bytes())
    names = {"units.csv", "Variant B", "Variant C", "Regional structure", "client group"}
    names.update(g.id for g in design.grades)
    names.update(f.id for f in design.funding_sources)
    for scenario in design.scenarios:
        names.add(scenario.name)
        names.update(scenario.posts)
        names.update(scenario.lines)
        for unit in scenario.units.values():
            names.update(n for n in (unit.name, unit.short_name, unit.id) if n)
    return frozenset(names)


def _kept(english: str) -> list[str]:
    """The names in an English text, and its quoted ids: what every language must keep."""
    quoted = re.findall(r"'[^']*'", english)
    found, rest = [], english
    for name in sorted(_names(), key=len, reverse=True):
        if name in rest and re.search(rf"(?<![\w.-]){re.escape(name)}(?![\w-])", rest):
            found.append(name)
            rest = rest.replace(name, " ")
    return found + quoted


def test_english_reads_as_before_translation() -> None:
    assert texts() == _golden()


def test_the_corpus_says_every_command_name_and_refusal_of_part_a() -> None:
    said = list(_golden().values())
    assert len(TEMPLATES) > 100
    for template in sorted(TEMPLATES - UNRAISED):
        pattern = ".+?".join(re.escape(p) for p in FIELD.split(template))
        assert any(re.search(pattern, text) for text in said), template


@pytest.mark.parametrize("language", TRANSLATED)
def test_each_language_says_it_in_its_own_words_and_keeps_the_names(language: str) -> None:
    english = _golden()
    i18n.set_language(language)
    said = texts()
    assert list(said) == list(CASES)
    for case, before in english.items():
        now = said[case]
        where = (case, language, now)
        assert now.startswith("refused: ") == before.startswith("refused: "), where
        assert now != before, where
        assert _english_run(now) is None, (*where, _english_run(now))
        assert all(name in now for name in _kept(before)), (*where, _kept(before))


def test_the_runs_catch_an_untranslated_text() -> None:
    assert _english_run(_golden()["move under own"]) is not None  # the oracle itself can fail
    assert sorted(_kept(_golden()["add post"])) == ["MSU", "P-4", "RB"]
