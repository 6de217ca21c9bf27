"""The core's translations (orgeditor.i18n, resources/i18n/core_<lang>.ts).

The strings the code marks are found here by reading the source with ``ast`` (not by
lupdate, which wrote the files), and the .ts files are read with ElementTree directly.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from orgeditor import i18n
from orgeditor.rules import RULES
from tests.conftest import ROOT

TRANSLATED = [lang for lang in i18n.LANGUAGES if lang != "en"]
REVIEW = "needs review by a native speaker"
FIELD = re.compile(r"\{[a-z_]*\}")


def _ts(language: str) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> the <message> element, from the file itself."""
    root = ET.parse(ROOT / "resources" / "i18n" / f"core_{language}.ts").getroot()
    return {
        (context.findtext("name", ""), message.findtext("source", "")): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def _marked() -> set[tuple[str, str]]:
    """Every (context, text) the core marks: translate(...) and QT_TRANSLATE_NOOP(...) calls
    whose two arguments are string literals, in every module outside orgeditor/ui."""
    found = set()
    for path in (ROOT / "orgeditor").rglob("*.py"):
        if "ui" in path.relative_to(ROOT / "orgeditor").parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) != 2:
                continue
            name = getattr(node.func, "id", None)
            args = node.args
            if name in ("translate", "QT_TRANSLATE_NOOP") and all(
                isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args
            ):
                found.add((args[0].value, args[1].value))  # type: ignore[attr-defined]
    return found


@pytest.fixture(autouse=True)
def _english_after() -> object:
    yield
    i18n.set_language("en")


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_marked_string_is_translated_and_marked_for_review(language: str) -> None:
    messages = _ts(language)
    marked = _marked()
    assert len(marked) > 50
    for key in sorted(marked):
        assert key in messages, (
            f"core_{language}.ts lacks {key}: run the lupdate line of docs/I18N.md"
        )
        message = messages[key]
        translation = message.find("translation")
        assert translation is not None and translation.text, key
        assert translation.get("type") is None, key
        assert message.findtext("translatorcomment") == REVIEW, key
        assert sorted(FIELD.findall(translation.text)) == sorted(FIELD.findall(key[1])), key


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_rule_of_the_catalogue_reads_in_the_language(language: str) -> None:
    messages = _ts(language)
    for rule in RULES:
        for part in ("title", "explanation", "source"):
            text = getattr(rule, part)
            message = messages.get(("Rule", text))
            assert message is not None, f"{rule.id} {part} is not in core_{language}.ts"
            shown = message.findtext("translation")
            if part != "source":
                assert shown and shown != text, (rule.id, part)


@pytest.mark.parametrize("language", TRANSLATED)
def test_each_file_names_its_translator_and_date(language: str) -> None:
    credits = _ts(language)[i18n.CREDITS].findtext("translation", "")
    assert re.search(r"\d{4}-\d{2}-\d{2}", credits), credits
    i18n.set_language(language)
    assert i18n.translation_credits() == credits
    i18n.set_language("en")
    assert i18n.translation_credits() == ""


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_the_kept_messages_equal_a_fresh_reading(language: str) -> None:
    assert i18n.set_language(language) == language
    assert i18n.current_language() == language
    if language == "en":
        assert dict(i18n._state.messages) == {}
        return
    fresh = {
        key: message.findtext("translation", "")
        for key, message in _ts(language).items()
        if message.find("translation") is not None and not message.find("translation").get("type")  # type: ignore[union-attr]
    }
    assert dict(i18n._state.messages) == fresh
    title = RULES[0].title
    assert i18n.translate("Rule", title) == fresh[("Rule", title)]
    assert i18n.translate("Rule", "no such text") == "no such text"


def test_unfinished_and_vanished_entries_are_not_used(tmp_path: Path) -> None:
    path = tmp_path / "core_fr.ts"
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="fr">'
        "<context><name>C</name>"
        "<message><source>a</source><translation>A</translation></message>"
        '<message><source>b</source><translation type="unfinished">B</translation></message>'
        '<message><source>c</source><translation type="vanished">C</translation></message>'
        "<message><source>d</source><translation></translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    assert i18n.read_messages(path) == {("C", "a"): "A"}


def test_a_broken_file_is_named_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "core_ru.ts"
    path.write_text("<TS>\n<context>\n</TS>\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"core_ru\.ts: line 3: not a valid \.ts file"):
        i18n.read_messages(path)


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({}, "en"),
        ({"LANG": "zh_CN.UTF-8"}, "zh"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LANG": "en_GB.UTF-8", "LC_MESSAGES": "ru_RU.UTF-8"}, "ru"),
        ({"LC_MESSAGES": "ru_RU.UTF-8", "LC_ALL": "ar_EG.UTF-8"}, "ar"),
        ({"LANGUAGE": "de:es_MX:fr", "LC_ALL": "ar_EG.UTF-8"}, "es"),
        ({"LANGUAGE": "de", "LANG": "fr_CA.UTF-8"}, "fr"),
        ({"LANGUAGE": "en", "LANG": "fr_FR.UTF-8"}, "en"),
        ({"LANG": "sr_RS@latin"}, "en"),
    ],
)
def test_the_locale_chooses_the_language(environ: dict[str, str], language: str) -> None:
    assert i18n.locale_language(environ) == language


def test_speaking_restores_the_earlier_language() -> None:
    i18n.set_language("fr")
    with i18n.speaking("zh") as chosen:
        assert chosen == "zh" and i18n.current_language() == "zh"
    assert i18n.current_language() == "fr"
    with i18n.speaking(None):
        assert i18n.current_language() == "fr"


@pytest.mark.parametrize(
    ("language", "value", "decimals", "shown"),
    [
        ("en", 1234567, 0, "1,234,567"),
        ("zh", 2730000.5, 1, "2,730,000.5"),
        ("fr", 1234567.25, 2, "1\u202f234\u202f567,25"),
        ("es", 1234, 0, "1234"),
        ("es", 12345.5, 1, "12.345,5"),
        ("ru", -98765, 0, "-98\u00a0765"),
        ("ar", 1000, 0, "1,000"),
    ],
)
def test_numbers_follow_the_language(
    language: str, value: float, decimals: int, shown: str
) -> None:
    i18n.set_language(language)
    assert i18n.format_number(value, decimals) == shown


@given(
    st.sampled_from(i18n.LANGUAGES),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.integers(min_value=0, max_value=2),
)
def test_a_formatted_number_reads_back_as_the_number(
    language: str, cents: int, decimals: int
) -> None:
    value = cents / 100
    i18n.set_language(language)
    text = i18n.format_number(value, decimals)
    grouping, point = i18n._NUMBER_MARKS[language]
    digits = text.replace(grouping, "").replace(point, ".")
    assert float(digits) == pytest.approx(round(value, decimals))
    assert re.fullmatch(r"-?[0-9]{1,3}(\D[0-9]{3})*(\D[0-9]+)?|-?[0-9]+(\D[0-9]+)?", text)
