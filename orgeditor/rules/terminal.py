"""Text for a terminal: paragraphs wrapped to its columns, in every script.

A Chinese character (and the full-width punctuation around it) takes two columns of a
terminal, and Chinese has no spaces to break at: a line may break between any two such
characters, but not before a closing mark (a full-width comma, full stop, closing bracket
...), and it must count two columns for each. ``textwrap`` counts characters and breaks
only at spaces, so it serves text without wide characters (English output stays exactly as
``textwrap`` wraps it).
"""

from __future__ import annotations

import textwrap
import unicodedata

WIDTH = 100  # columns of the rule catalogue and of validate's text output
# wide marks that close a phrase (full-width comma, full stop, enumeration comma, semicolon,
# colon, question and exclamation marks, closing brackets and quotes): they stay on the line
# of the character before them
_CLOSING = frozenset(
    "\uff0c\u3002\u3001\uff1b\uff1a\uff1f\uff01\uff09\u300d\u300f\u300b\u3009\u3011"
)


def _wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in "WF"


def columns(text: str) -> int:
    """The terminal columns ``text`` takes: two for each wide character."""
    return sum(2 if _wide(c) else 1 for c in text)


def _pieces(text: str) -> list[str]:
    """Words, spaces and wide characters: the places a line may break between."""
    pieces: list[str] = []
    for char in text:
        if char in _CLOSING and pieces and not pieces[-1].isspace():
            pieces[-1] += char
        elif (
            _wide(char)
            or not pieces
            or pieces[-1].isspace() != char.isspace()
            or _wide(pieces[-1][-1])
        ):
            pieces.append(char)
        else:
            pieces[-1] += char
    return pieces


def terminal_fill(text: str, indent: str, subsequent_indent: str) -> str:
    """``text`` wrapped to :data:`WIDTH` columns after ``indent`` (on its first line) and
    ``subsequent_indent`` (on the others); a word longer than a line is not cut."""
    if not any(_wide(c) for c in text):
        return textwrap.fill(
            text, WIDTH, initial_indent=indent, subsequent_indent=subsequent_indent
        )
    lines: list[str] = []
    line, space = indent, ""
    for piece in _pieces(text.strip()):
        if piece.isspace():
            space = " "
            continue
        if columns(line + space + piece) > WIDTH and line.strip():
            lines.append(line)
            line, space = subsequent_indent, ""
        line += space + piece
        space = ""
    lines.append(line)
    return "\n".join(lines)
