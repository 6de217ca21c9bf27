"""Step names and refusals of the settings, segments, funding parts, rule switches and
fixes, and ``validate --fix``'s text, speak the core's language (issue 19, part B).

The oracles: the English texts are the ones the commands said before they were translated
(``tests/data/command_texts_b.json``, recorded from main's head before this change with
``tests/command_corpus_b.py``); the templates an English text must not leak are read from
the ``.ts`` files with ElementTree, and the names a text must keep are the corpus's
own (codes, scenario names, rule ids).
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from functools import cache

import pytest

from orgeditor import i18n
from orgeditor.commands.references import Kind
from orgeditor.rules.terminal import columns
from tests.command_corpus_b import cases, texts
from tests.conftest import ROOT

GOLDEN = ROOT / "tests" / "data" / "command_texts_b.json"
TRANSLATED = ("zh", "fr", "es", "ru", "ar")
CONTEXTS = ("Command", "Refusal", "NoFix", "Validation")
RUN = 4  # an English run of this many template words is English left in a translation


@pytest.fixture(autouse=True)
def _english_after() -> Iterator[None]:
    yield
    i18n.set_language("en")


@cache
def _said(language: str) -> dict[str, str]:
    with i18n.speaking(language):
        return texts()


def _words(text: str) -> list[str]:
    tokens = (token.strip("()[].,;:'\"«»“”") for token in text.lower().split())
    return [token for token in tokens if re.search(r"[a-z]", token)]


@cache
def _template_runs() -> frozenset[str]:
    """Every run of RUN words inside one English template of CONTEXTS (a field breaks a
    run: what fills it is data)."""
    root = ET.parse(ROOT / "resources" / "i18n" / "core_fr.ts").getroot()
    runs = set()
    for context in root.iter("context"):
        if context.findtext("name") not in CONTEXTS:
            continue
        for message in context.iter("message"):
            for piece in re.split(r"\{\w+\}", message.findtext("source", "")):
                words = _words(piece)
                runs |= {" ".join(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}
    return frozenset(runs)


def test_english_is_what_the_commands_always_said() -> None:
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    said = _said("en")
    assert said.keys() == golden.keys()
    for name, text in golden.items():
        assert said[name] == text, name


def test_the_corpus_reaches_every_kind_of_text() -> None:
    said = _said("en")
    assert len(said) > 50
    assert "fixed FUNC-HOME" in said["fix run"] and "why: " in said["fix run"]
    assert {said[f"add {kind.name}"].split()[1] for kind in Kind} == {
        "grade",
        "funding",
        "function",
        "department",
        "duty",
    }


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_text_is_translated_and_keeps_its_names(language: str) -> None:
    english, translated = _said("en"), _said(language)
    runs = _template_runs()
    assert len(runs) > 100  # the templates are in the .ts files
    nouns = [kind.value for kind in Kind if " " in kind.value]
    untranslated, leaks, lost = [], [], []
    for name, names in cases():
        old, new = english[name], translated[name]
        if new == old:
            untranslated.append(name)
        joined = " ".join(_words(new))
        leaks += [(run, new) for run in runs if f" {run} " in f" {joined} "]
        leaks += [(noun, new) for noun in nouns if noun in new]
        lost += [(n, new) for n in names if n in old and n not in new]
    assert not untranslated, untranslated
    assert not leaks, leaks[:5]
    assert not lost, lost[:5]


def test_a_step_reads_as_the_history_shows_it() -> None:
    """Spot checks, whole: the kind is a translated noun, the severity too, codes stay."""
    french = _said("fr")
    assert french["map grade"] == "Report sur D-2, puis suppression : classe D-1"
    assert _said("ru")["delete location"] == "Удаление: место службы NBO"
    assert _said("zh")["turn on as error"] == "启用 STRUCT-SPAN\uff08错误\uff09"
    # a list of uses is joined as the language joins it
    assert "; " not in _said("zh")["delete used grade"].replace("res. 72/262", "")
    assert _said("ar")["delete used grade"].count("\u061b ") == 6


def _starts_at(line: str, column: int) -> bool:
    """Whether a word of ``line`` starts at terminal column ``column`` after a space."""
    return any(
        columns(line[:i]) == column and line[i - 1] == " " and line[i] != " "
        for i in range(1, len(line))
    )


@pytest.mark.parametrize("language", ("en", *TRANSLATED))
def test_fix_output_fits_the_terminal_in_every_script(language: str) -> None:
    """``validate --fix``'s lines keep to 100 columns (a Chinese character takes two) and
    the text after each label starts in column 25, as in English."""
    lines = [line for line in _said(language)["fix run"].splitlines() if line.startswith("  ")]
    assert len(lines) > 10
    assert max(columns(line) for line in lines) <= 100
    assert all(_starts_at(line, 25) for line in lines), lines
