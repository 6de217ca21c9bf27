"""The CLI's human output in the six languages (``--ui-lang``, the locale).

Expected texts come from the .ts files read with ElementTree, not from orgeditor.i18n.
"""

from __future__ import annotations

import html
import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest
from openpyxl import load_workbook

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


def _html_cells(path: Path) -> list[list[str]]:
    """The body rows of every table of an HTML report, as the cells' texts."""
    text = path.read_text(encoding="utf-8")
    rows = re.findall(r'<tr class="(?:body|total)">(.*?)</tr>', text)
    return [[html.unescape(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", row)] for row in rows]


@pytest.mark.parametrize(
    ("language", "grouping"), [("fr", "\u202f"), ("ru", "\u00a0"), ("es", "."), ("zh", ",")]
)
def test_report_numbers_follow_the_language_and_xlsx_keeps_numbers(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, language: str, grouping: str
) -> None:
    argv = ["report", str(UN_SAMPLE), "--table", "costs", "--lang", language]
    assert cli.main([*argv, "--out", str(tmp_path / "c.html")]) == 0
    assert cli.main([*argv, "--out", str(tmp_path / "c.xlsx")]) == 0
    capsys.readouterr()
    words = _translations(language)
    page = (tmp_path / "c.html").read_text(encoding="utf-8")
    assert f"<h2>{html.escape(words[('Report', 'Annual cost by funding source')])}</h2>" in page
    book = load_workbook(tmp_path / "c.xlsx")
    sheet_rows = [
        [cell.value for cell in row if cell.value is not None]
        for sheet in book.worksheets
        for row in sheet.iter_rows(min_row=3)
    ]
    numbers = [[v for v in row if not isinstance(v, str)] for row in sheet_rows]
    numbers = [row for row in numbers if row]
    assert numbers and all(isinstance(v, int) for row in numbers for v in row)  # not text
    shown = [
        [c for c in row if c and re.fullmatch(r"[+\-]?[\d\u202f\u00a0.,]+|\u2013", c)]
        for row in _html_cells(tmp_path / "c.html")
    ]
    shown = [row for row in shown if row]
    assert len(shown) == len(numbers)
    big = 0
    for texts, values in zip(shown, numbers, strict=True):
        for text, value in zip(texts, values, strict=True):
            plain = "0" if text == "\u2013" else text.replace(grouping, "")  # a nil count (en dash)
            assert int(plain) == value, (text, value)
            big += abs(value) >= 10_000 and grouping in text
    assert big  # the separators are there, and they are the language's


@pytest.mark.parametrize("language", ["zh", "fr", "es", "ru", "ar"])
def test_validate_and_report_messages_speak_the_language(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, language: str
) -> None:
    words = _translations(language)
    sample = ROOT / "samples" / "ministries-merger.orgdesign"
    cli.main(["validate", str(sample), "--all", "--ui-lang", language])
    out = capsys.readouterr().out
    baseline_line = next(line for line in out.splitlines() if line.startswith("Two ministries"))
    assert f", {words[('Validation', 'baseline')]}]" in baseline_line
    assert f"  {words[('Validation', 'Not checked')]}\n" in out
    english = ("baseline", "Not checked", "No findings", " errors", " warnings")
    framing = [line for line in out.splitlines() if not line.startswith("    ")]  # not findings
    assert not any(word in line for word in english for line in framing), out
    csv_out = tmp_path / "posts.csv"
    argv = ["report", str(UN_SAMPLE), "--table", "posts", "--lang", "zh", "--ui-lang", language]
    assert cli.main([*argv, "--out", str(csv_out)]) == 0
    said = capsys.readouterr().out.splitlines()
    wrote = words[("CLI", "wrote {path} ({details})")].format(
        path=csv_out, details=words[("CLI", "1 table, {rows} rows")].format(rows=172)
    )
    assert said[0] == wrote
    note = words[
        ("Names", "{count} of {total} units have no name in {language}: shown in {default}")
    ]
    assert said[1] == note.format(count=146, total=161, language="zh", default="en")
    zh = _translations("zh")  # the table itself is in the names' language, zh
    assert zh[("Report", "Subtotals by department")] in csv_out.read_text(encoding="utf-8")


class _SourcesPage(HTMLParser):
    """The sources report as HTML: its table title, headings, body rows and notes."""

    def __init__(self) -> None:
        super().__init__()
        self.title, self.headings, self.notes = "", [], []
        self.rows: list[list[str]] = []
        self._tag, self._text = "", ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tr":
            self.rows.append([])
        if tag in ("h2", "th", "td", "p"):
            self._tag, self._text = tag if tag != "p" or ("class", "note") in attrs else "", ""

    def handle_data(self, data: str) -> None:
        self._text += data

    def handle_endtag(self, tag: str) -> None:
        if tag != self._tag:
            return
        text, self._tag = self._text, ""
        if tag == "h2":
            self.title = text
        elif tag == "th":
            self.headings.append(text)
        elif tag == "td":
            self.rows[-1].append(text)
        else:
            self.notes.append(text)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_sources_report_speaks_the_language_of_the_names(tmp_path: Path, language: str) -> None:
    words = _translations(language)

    def said(text: str) -> str:
        return words.get(("Report", text)) or text

    out = tmp_path / "sources.html"
    argv = ["report", str(UN_SAMPLE), "--table", "sources", "--lang", language]
    assert cli.main([*argv, "--out", str(out)]) == 0
    page = _SourcesPage()
    page.feed(out.read_text(encoding="utf-8"))
    assert page.title == said("Sources of every element")
    headings = ["Scenario", "Kind", "Id", "Element", "Source", "Tag", "Reason"]
    assert page.headings == [said(h) for h in headings]
    rows = [r for r in page.rows if len(r) == len(headings)]
    counts = said(
        "{scenario}: {elements} elements, {sourced} sourced [S], "
        "{inferred} inferred [I], {missing} without a source."
    )
    expected = []
    for scenario in dict.fromkeys(r[0] for r in rows):
        tags = [r[5] for r in rows if r[0] == scenario]
        sourced, inferred = tags.count("[S]"), tags.count("[I]")
        expected.append(
            counts.format(
                scenario=scenario,
                elements=len(tags),
                sourced=sourced,
                inferred=inferred,
                missing=len(tags) - sourced - inferred,
            )
        )
    assert [n for n in page.notes if not n.startswith("  [I]")] == expected
    see = said(" (see {ref})").format(ref="A/72/525 para. 27")
    assert any(n.endswith(see) for n in page.notes), page.notes
