"""Text wrapped for a terminal in every script (``orgeditor.rules.terminal``)."""

from __future__ import annotations

import itertools
import re
import textwrap
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from orgeditor.rules.terminal import WIDTH, terminal_fill

CLOSING = "\uff0c\u3002\uff1b\uff09"  # full-width comma, full stop, semicolon, closing bracket
# Chinese as the messages write it: Latin names between Chinese characters, spaces only
# inside the names (no word is longer than a line)
PIECES = ["员额", "部门", "的", *CLOSING, "Department的", "of Peace Operations中", "P-4员额"]
# where a line may break: a word or a wide character, with the closing marks after it
PIECE = re.compile(rf"(?:[^\s\u3000-\u9fff\uff00-\uffef]+|.)[{CLOSING}]*")


def _columns(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


@given(st.lists(st.sampled_from(PIECES), max_size=200))
def test_wide_text_keeps_every_character_within_the_columns(pieces: list[str]) -> None:
    text = "员" + "".join(pieces)
    wrapped = terminal_fill(text, "    ", "      ")
    assert re.sub(r"\s", "", wrapped) == re.sub(r"\s", "", text)
    lines = wrapped.split("\n")
    assert all(_columns(line) <= WIDTH for line in lines)
    assert lines[0].startswith("    ") and all(line.startswith("      ") for line in lines[1:])
    for before, line in itertools.pairwise(lines):
        assert line.strip()[0] not in CLOSING, (before, line)
        first = PIECE.match(line.strip())
        assert first is not None  # filled: the next piece did not fit (after a space, or not)
        assert _columns(before) + _columns(first.group()) >= WIDTH


def test_text_without_wide_characters_wraps_as_textwrap_does() -> None:
    text = "The proposal costs USD 275,000 a year more than the baseline " * 4
    assert terminal_fill(text, "  ", "    ") == textwrap.fill(
        text, WIDTH, initial_indent="  ", subsequent_indent="    "
    )
