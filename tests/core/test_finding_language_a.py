"""What the cost, function and governance rules say, in the six languages (issue 19, part A).

The corpus (``tests/finding_corpus_a.py``) raises every message, fix description, no_fix and
skip reason of COST-*, FUNC-*, GOV-* and the engine. English must read exactly as it did
before the texts were translated (the golden file was written by the code before); every
other language must say each of them in its own words and keep every name.
"""

from __future__ import annotations

import json
import re
import unicodedata
import xml.etree.ElementTree as ET
from typing import Any

import pytest

from orgeditor import cli, i18n
from orgeditor.rules.base import Skip
from orgeditor.rules.context import Context
from orgeditor.rules.cost import CostTotalRule
from tests.conftest import ROOT, UN_SAMPLE
from tests.finding_corpus_a import GOLDEN, RULE_IDS, cases, texts
from tests.marked_texts import marked_templates

TRANSLATED = [lang for lang in i18n.LANGUAGES if lang != "en"]
CONTEXTS = ("Finding", "Fix", "NoFix", "Skip")
PART_A = ("cost", "functions", "governance", "restore", "context", "engine")
FIELD = re.compile(r"\{[a-z_]*\}")
WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
CASES = cases()


@pytest.fixture(autouse=True)
def _english_after() -> Any:
    yield
    i18n.set_language("en")


def _templates(modules: tuple[str, ...] | None = None) -> set[str]:
    """The English templates marked in the contexts of findings, read from the source."""
    core = ROOT / "orgeditor"
    paths = [
        path
        for path in core.rglob("*.py")
        if "ui" not in path.relative_to(core).parts
        and (modules is None or (path.parent.name == "rules" and path.stem in modules))
    ]
    return marked_templates(paths, CONTEXTS)


def _runs(templates: set[str]) -> set[tuple[str, ...]]:
    """Every run of four words in a template between its fields (parameter names aside)."""
    runs = set()
    for template in templates:
        for piece in FIELD.split(re.sub(r"rules\.\w+", " ", template)):
            words = WORD.findall(piece)
            runs.update(tuple(words[i : i + 4]) for i in range(len(words) - 3))
    return runs


RUNS = _runs(_templates())


def _english_run(text: str) -> tuple[str, ...] | None:
    words = WORD.findall(text)
    found = set(zip(words, words[1:], words[2:], words[3:], strict=False))
    return next(iter(sorted(found & RUNS)), None)


def _golden() -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = json.loads(GOLDEN.read_text(encoding="utf-8"))
    return found


def _key(finding: dict[str, Any]) -> str:
    """What a finding is about, whatever the language it is said in."""
    return json.dumps([finding[k] for k in ("rule", "units", "posts", "data")], sort_keys=True)


def _names(case_index: int) -> set[str]:
    """The names of the units (and short names) and functions of a case's design."""
    design = CASES[case_index].design
    names = {f.name for f in design.functions}
    for scenario in design.scenarios:
        for unit in scenario.units.values():
            names.update(n for n in (unit.name, unit.short_name) if n)
    return {n for n in names if len(n) >= 3}


def test_english_reads_as_before_translation() -> None:
    assert [texts(case) for case in CASES] == _golden()


def test_the_corpus_says_every_text_of_part_a() -> None:
    said = [
        text
        for record in _golden()
        for f in record["findings"]
        for text in (f["message"], f["fix"] or "", f["no_fix"])
    ]
    said += [s["reason"] for record in _golden() for s in record["skipped"]]
    said.append(_context_skip())
    for template in _templates(PART_A):
        pattern = ".+?".join(re.escape(p) for p in FIELD.split(template))
        assert any(re.search(pattern, text) for text in said), template


def _context_skip() -> str:
    """Why a cost rule run by hand on a baseline stops (the engine never gets that far)."""
    design = CASES[0].design
    with pytest.raises(Skip) as skip:
        list(CostTotalRule().check(Context(design, design.baseline)))
    return str(skip.value)


@pytest.mark.parametrize("language", TRANSLATED)
def test_each_language_says_it_in_its_own_words_and_keeps_the_names(language: str) -> None:
    i18n.set_language(language)
    checked = 0
    for index, (case, english) in enumerate(zip(CASES, _golden(), strict=True)):
        said = texts(case)
        names = _names(index)
        ours = {_key(f): f for f in said["findings"]}
        assert sorted(ours) == sorted(_key(f) for f in english["findings"]), case.name
        pairs = [
            (f[part], ours[_key(f)][part])
            for f in english["findings"]
            for part in ("message", "fix", "no_fix")
            if f[part]
        ]
        assert [s["rule"] for s in said["skipped"]] == [s["rule"] for s in english["skipped"]]
        pairs += [
            (s["reason"], t["reason"])
            for s, t in zip(english["skipped"], said["skipped"], strict=True)
        ]
        for before, now in pairs:
            where = (case.name, language, now)
            assert now and now != before, where
            assert _english_run(now) is None, (*where, _english_run(now))
            assert all(name in now for name in names if name in before), where
            checked += 1
    assert checked > 150
    assert _english_run(_context_skip()) is None


def test_the_runs_catch_an_untranslated_text() -> None:
    english = _golden()[1]["findings"][0]["message"]  # the oracle itself can fail
    assert _english_run(english) is not None


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    cli.main(["validate", str(UN_SAMPLE), "--scenario", "as-is-2017", *argv])
    return capsys.readouterr().out


def _ts(language: str) -> dict[tuple[str, str], str]:
    root = ET.parse(ROOT / "resources" / "i18n" / f"core_{language}.ts").getroot()
    return {
        (c.findtext("name", ""), m.findtext("source", "")): m.findtext("translation", "")
        for c in root.iter("context")
        for m in c.iter("message")
    }


def _blocks(out: str) -> dict[str, list[str]]:
    """Rule id -> the text of each of its findings (and skips) in validate's text output,
    unwrapped."""
    found: dict[str, list[list[str]]] = {}
    text: list[str] | None = None
    for line in out.splitlines():
        head = re.match(r" {4}([A-Z][A-Z-]+) +(.*)", line)
        if head:
            text = [head.group(2)]
            found.setdefault(head.group(1), []).append(text)
        elif text is not None and line.startswith(" " * 26):
            text.append(line.strip())
        else:
            text = None
    return {rule: [" ".join(lines) for lines in texts] for rule, texts in found.items()}


def test_validate_speaks_french_and_its_json_stays_english(
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = _cli(capsys, "--ui-lang", "fr")
    words = _ts("fr")
    message = words[
        ("Finding", "{function} is carried by {unit}, outside the departments; its home is {home}.")
    ].format(
        function="Support to the Peacebuilding Commission",
        unit="Peacebuilding Commission Support Branch",
        home="Department of Political Affairs",
    )
    fix = words[("Validation", "fix: {description}")].format(
        description=words[("Fix", "move {unit} into {parent}")].format(
            unit="Peacebuilding Support Office", parent="Department of Political Affairs"
        )
    )
    blocks = _blocks(out)
    assert f"{message} {fix}" in blocks["FUNC-HOME"]
    assert len(blocks["GOV-SPG"]) == 1
    for rule in RULE_IDS:
        for text in blocks.get(rule, []):
            assert _english_run(text) is None, text
    english = [f["message"] for f in _golden()[0]["findings"]]
    document = json.loads(_cli(capsys, "--ui-lang", "fr", "--format", "json"))
    assert [f["message"] for f in document["reports"][0]["findings"] if f["rule"] in RULE_IDS] == (
        english
    )


def _columns(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


def test_chinese_findings_are_wrapped_to_the_terminals_columns(
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = _cli(capsys, "--ui-lang", "zh")
    lines = out.splitlines()
    assert max(_columns(line) for line in lines) <= 100
    assert max(_columns(line) for line in lines) > 90  # the lines are filled, not halved
    i18n.set_language("zh")
    said = texts(CASES[0])["findings"]
    flat = re.sub(r"\s+", "", out)
    for finding in said:
        assert re.sub(r"\s+", "", finding["message"]) in flat
