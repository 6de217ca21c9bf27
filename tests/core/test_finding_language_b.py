"""Findings, fixes, no-fix and skip reasons of the regional, promise, spread and structure
rules speak the core's language (issue 19, part B).

The oracles: the English texts are the ones the rules wrote before they were translated
(``tests/data/finding_texts_b.json``, recorded from the code of 249b6a4, with one English
slip mended: "is a envoy" now reads "is an envoy"); the templates an
English text must not leak are read from the ``.ts`` files with ElementTree, and the names a
message must keep are the units', regions' and segments' own.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from functools import cache

import pytest

from orgeditor import cli, i18n
from orgeditor.model import Design
from orgeditor.rules.context import Context
from tests.conftest import ROOT, UN_SAMPLE
from tests.finding_corpus_b import cases, texts

GOLDEN = ROOT / "tests" / "data" / "finding_texts_b.json"
TRANSLATED = ("zh", "fr", "es", "ru", "ar")
CONTEXTS = ("Finding", "Fix", "Skip", "NoFix")
RUN = 4  # an English run of this many template words is English left in a translation


@pytest.fixture(autouse=True)
def _english_after() -> Iterator[None]:
    yield
    i18n.set_language("en")


@cache
def _corpus() -> list[tuple[str, Design, list[str]]]:
    return list(cases())


@cache
def _said(language: str) -> dict[str, list[list[str]]]:
    with i18n.speaking(language):
        return {name: texts(design, ids) for name, design, ids in _corpus()}


def _words(text: str) -> list[str]:
    """The words of ``text``, lower case; a parameter name (``rules.max_span``) is one word."""
    tokens = (token.strip("()[].,;:'\"«»“”") for token in text.lower().split())
    return [token for token in tokens if re.search(r"[a-z]", token)]


@cache
def _template_runs() -> frozenset[str]:
    """Every run of RUN words inside one English template of the four contexts (a field
    breaks a run: what fills it is data)."""
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


def _names(design: Design, scenario_ids: list[str]) -> set[str]:
    """How messages name this design's units, regions and segments."""
    names = {r.name for r in design.regions}
    names |= {s.name for kind in design.segment_kinds for s in kind.items}
    for scenario_id in scenario_ids:
        scenario = design.find_scenario(scenario_id)
        context = Context(design, scenario)
        names |= {context.label(u) for u in scenario.units}
    return names


def test_english_is_what_the_rules_always_said() -> None:
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    said = _said("en")
    assert said.keys() == golden.keys()
    for name, records in golden.items():
        assert said[name] == records, name


def test_the_corpus_reaches_every_rule_of_part_b() -> None:
    from tests.finding_corpus_b import RULES_B

    said = [record for records in _said("en").values() for record in records]
    assert {r[0] for r in said if len(r) == 4} == set(RULES_B)
    assert {r[0] for r in said if len(r) == 2} == set(RULES_B) - {"STRUCT-TREE"}
    assert sum(1 for r in said if len(r) == 4 and r[2]) > 50  # fixes
    assert sum(1 for r in said if len(r) == 4 and r[3]) > 10  # no-fix reasons


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_text_is_translated_and_keeps_its_names(language: str) -> None:
    english, translated = _said("en"), _said(language)
    runs = _template_runs()
    assert len(runs) > 300  # the templates are in the .ts files
    leaks, untranslated, lost = [], [], []
    for name, design, ids in _corpus():
        names = _names(design, ids)
        assert [r[0] for r in translated[name]] == [r[0] for r in english[name]], name
        for before, after in zip(english[name], translated[name], strict=True):
            for old, new in zip(before[1:], after[1:], strict=True):
                if not old:
                    assert not new
                    continue
                if new == old:
                    untranslated.append(old)
                joined = " ".join(_words(new))
                leaks += [(run, new) for run in runs if f" {run} " in f" {joined} "]
                lost += [(n, new) for n in names if n in old and n not in new]
    assert not untranslated, untranslated[:5]
    assert not leaks, leaks[:5]
    assert not lost, lost[:5]


def _ts(language: str, context: str, source: str) -> str:
    root = ET.parse(ROOT / "resources" / "i18n" / f"core_{language}.ts").getroot()
    for ctx in root.iter("context"):
        if ctx.findtext("name") == context:
            for message in ctx.iter("message"):
                if message.findtext("source") == source:
                    return message.findtext("translation", "")
    raise LookupError(source)


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)  # the text output wraps long lines


def test_validate_speaks_french(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["validate", str(UN_SAMPLE), "--all", "--ui-lang", "fr"]) == 1
    out = _squeezed(capsys.readouterr().out)
    several = _ts("fr", "Finding", "Region {region} has {count} entry points: {units}.")
    assert _squeezed(several.split("{units}")[0].format(region="Middle East", count="2")) in out
    skip = _ts("fr", "Skip", "this scenario has no shared structure (roles.shared_structure)")
    assert _squeezed(skip) in out
    assert "RegionMiddleEasthas2entrypoints" not in out
    assert "hasnosharedstructure" not in out
