"""The CLI's human output in the six languages (``--ui-lang``, the locale).

Expected texts come from the .ts files read with ElementTree, not from orgeditor.i18n.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

import pytest

from orgeditor import cli, i18n
from orgeditor.rules import RULES
from tests.conftest import ROOT, UN_SAMPLE

LANGUAGES = ("en", "zh", "fr", "es", "ru", "ar")


def _translations(language: str) -> dict[tuple[str, str], str]:
    if language == "en":
        return {}
    root = ET.parse(ROOT / "resources" / "i18n" / f"core_{language}.ts").getroot()
    return {
        (context.findtext("name", ""), message.findtext("source", "")): message.findtext(
            "translation", ""
        )
        for context in root.iter("context")
        for message in context.iter("message")
    }


def _title_lines(out: str) -> dict[str, tuple[str, str]]:
    """Rule id -> (severity, title) from the first line of each rule's block."""
    found = {}
    for line in out.splitlines():
        match = re.fullmatch(r"([A-Z]+(?:-[A-Z]+)+)  \((.+?)\)  (.+)", line)
        if match:
            found[match.group(1)] = (match.group(2), match.group(3))
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_rules_shows_the_titles_of_the_language(
    capsys: pytest.CaptureFixture[str], language: str
) -> None:
    assert cli.main(["rules", "--ui-lang", language]) == 0
    out = capsys.readouterr().out
    shown = _title_lines(out)
    assert set(shown) == {rule.id for rule in RULES}
    words = _translations(language)
    for rule in RULES:
        severity, title = shown[rule.id]
        assert title == words.get(("Rule", rule.title), rule.title), rule.id
        assert severity == words.get(("Severity", rule.severity.value), rule.severity.value)
        if language != "en":
            assert title != rule.title, rule.id
            explanation = words[("Rule", rule.explanation)]
            # the explanation is wrapped: compare it without the line breaks and indents
            assert explanation.replace(" ", "") in re.sub(r"\s+", "", out), rule.id
    assert i18n.current_language() == "en"  # main() leaves the language as it found it


def test_the_option_may_come_before_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--ui-lang", "ru", "rules", str(UN_SAMPLE)]) == 0
    out = capsys.readouterr().out
    words = _translations("ru")
    assert words[("Rule", RULES[0].title)] in out
    assert (
        words[("Catalogue", "In this design: {state}")].format(state=words[("Catalogue", "on")])
        in out
    )


def test_the_locale_is_the_default(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("LANGUAGE")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "ar_EG.UTF-8")
    assert cli.main(["rules"]) == 0
    shown = _title_lines(capsys.readouterr().out)
    assert shown[RULES[0].id][1] == _translations("ar")[("Rule", RULES[0].title)]
    assert cli.main(["rules", "--ui-lang", "en"]) == 0  # the option wins over the locale
    assert _title_lines(capsys.readouterr().out)[RULES[0].id][1] == RULES[0].title


def test_json_output_stays_in_the_source_language(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["rules", "--ui-lang", "zh", "--format", "json"]) == 0
    rules = json.loads(capsys.readouterr().out)
    assert [r["title"] for r in rules] == [rule.title for rule in RULES]


def test_an_unknown_interface_language_is_a_usage_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert cli.main(["rules", "--ui-lang", "de"]) == 2
    assert "'de': choose one of en, zh, fr, es, ru, ar" in capsys.readouterr().err
