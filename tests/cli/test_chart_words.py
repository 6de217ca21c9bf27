"""The chart's own words on paper (issue 19): ``export --lang`` writes a card's detail and
figures lines in the chart language when the core speaks it, read back with ``pdftotext``."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from orgeditor import cli
from orgeditor.i18n import current_language
from tests.conftest import UN_SAMPLE


def _exported_text(tmp_path: Path, *language: str) -> str:
    out = tmp_path / f"chart{''.join(language)}.pdf"
    assert cli.main(["export", str(UN_SAMPLE), "--out", str(out), *language]) == 0
    found = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, check=True)
    return found.stdout.decode("utf-8")


def test_a_chart_in_chinese_writes_its_own_words_in_chinese(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = _exported_text(tmp_path, "--lang", "zh")
    assert "16 个员额 · USD 2.73百万" in text  # the USG DPPA's card
    assert "SG · 办公室" in text and "无员额" in text
    assert not re.search(r"\b(posts?|office|division|department)\b", text)
    assert current_language() == "en"  # the messages keep the interface's language


def test_a_chart_in_english_keeps_its_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = _exported_text(tmp_path)
    assert "16 posts · USD 2.73M" in text and "SG · office" in text and "no posts" in text
