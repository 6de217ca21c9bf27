"""The file format's text rules, in one place: lengths, id shapes and control characters.

The schema, every command, the import and the Inspector ask this module, so a
text the editor accepts is a text the file format accepts, and a saved design
always opens again. One policy for control characters:

- names, short texts and ids hold one line: no control character at all;
- long texts (notes, descriptions) may hold line feeds and tabs, nothing else;
- nothing holds a lone surrogate (UTF-8 cannot encode it) or U+FFFE/U+FFFF.

The core (schema, commands) refuses what breaks the rules. Where text comes in,
line breaks are first normalised (:func:`normalise_breaks`: LF in a long text,
a space in a one-line text); then the import refuses any other control
character or an over-long text with its row and column (the file is fixed at
its source), and the Inspector removes them and cuts the text to its limit,
saying so (:func:`fitted_text`).
Writers of other formats (XML, terminals) still guard their output with
:func:`xml_text` and :func:`terminal_text`, for designs built in code.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from typing import Final, TypeVar

MAX_ID_LENGTH: Final = 100
MAX_NAME_LENGTH: Final = 300
MAX_TEXT_LENGTH: Final = 20_000

ID_PATTERN: Final = r"^[A-Za-z0-9][A-Za-z0-9._:-]*$"
ID_RULE: Final = "use letters, digits and . _ : - and start with a letter or digit"
# the same rules as regular expressions the schema's (Rust) validator runs too;
# surrogates cannot be written there, and JSON text cannot carry a lone one anyway
LINE_PATTERN: Final = r"^[^\x00-\x1f\x7f-\x9f\ufffe\uffff]*$"
TEXT_PATTERN: Final = r"^[^\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff]*$"

_ID = re.compile(ID_PATTERN)
_NOT_IN_ID = re.compile(r"[^A-Za-z0-9._:-]+")
_SURROGATE = "\ud800-\udfff"
_NOT_IN_LINE = re.compile(f"[\x00-\x1f\x7f-\x9f\ufffe\uffff{_SURROGATE}]")
_NOT_IN_TEXT = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff{_SURROGATE}]")
_LINE_BREAK = re.compile(r"\r\n?|[\n\x85\u2028\u2029]")
_ILLEGAL_IN_XML = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff{_SURROGATE}]")
_RAW_IN_JSON = re.compile(f"[\x7f-\x9f{_SURROGATE}]")
_UNSAFE_ON_TERMINAL = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_SURROGATE}]")

T = TypeVar("T")


@dataclass(frozen=True)
class TextRule:
    """What one kind of text field holds: its length limit, one line or many, empty or not."""

    what: str
    limit: int
    multiline: bool = False
    required: bool = False


NAME: Final = TextRule("a name", MAX_NAME_LENGTH, required=True)
SHORT: Final = TextRule("a short text", MAX_NAME_LENGTH)
TEXT: Final = TextRule("a text", MAX_TEXT_LENGTH, multiline=True)


def control_problem(value: str, rule: TextRule) -> str | None:
    """Which character ``value`` may not hold under ``rule``, said for a planner, or None."""
    found = (_NOT_IN_TEXT if rule.multiline else _NOT_IN_LINE).search(value)
    if found is None:
        return None
    char = found.group()
    if char in "\n\t":
        kind = "a line break" if char == "\n" else "a tab"
        return f"{rule.what} holds {kind}; keep it on one line"
    return f"{rule.what} holds a control character (U+{ord(char):04X}); remove it"


def text_problem(value: object, rule: TextRule) -> str | None:
    """Why ``value`` cannot be stored in a field under ``rule``, or None when it can."""
    if not isinstance(value, str):
        return f"{rule.what} must be text"
    if rule.required and not value.strip():
        return f"{rule.what} cannot be empty"
    if len(value) > rule.limit:
        return f"{rule.what} has at most {rule.limit:,} characters (this one has {len(value):,})"
    return control_problem(value, rule)


def normalise_breaks(value: str, rule: TextRule) -> str:
    """Line breaks as the rule wants them: LF in a multi-line text, a space in a one-line text.

    CR LF, CR, NEL and the Unicode line and paragraph
    separators count as line breaks; a one-line text also gets a space for a tab.
    """
    value = _LINE_BREAK.sub("\n", value)
    if not rule.multiline:
        value = value.replace("\n", " ").replace("\t", " ")
    return value


def clean_text(value: str, rule: TextRule) -> str:
    """``value`` as the rule allows it: line breaks normalised, other control characters dropped.

    The length is not touched (see :func:`fitted_text`).
    """
    value = normalise_breaks(value, rule)
    return (_NOT_IN_TEXT if rule.multiline else _NOT_IN_LINE).sub("", value)


def fitted_text(value: str, rule: TextRule) -> tuple[str, str | None]:
    """``value`` cleaned and cut to the rule's limit, and what changed ("cut to 300 characters")."""
    cleaned = clean_text(value, rule)
    notes = []
    if cleaned != value:
        notes.append("line breaks or control characters replaced")
    if len(cleaned) > rule.limit:
        cleaned = cleaned[: rule.limit]
        if cleaned and "\ud800" <= cleaned[-1] <= "\udbff":  # never keep half a pair
            cleaned = cleaned[:-1]
        notes.append(f"cut to {rule.limit:,} characters")
    return cleaned, " and ".join(notes) or None


def pattern_problem(pattern: object, value: object) -> str | None:
    """What a text that failed :data:`LINE_PATTERN` or :data:`TEXT_PATTERN` holds (load errors)."""
    rules = {LINE_PATTERN: False, TEXT_PATTERN: True}
    if pattern not in rules or not isinstance(value, str):
        return None
    return control_problem(value, TextRule("the text", MAX_TEXT_LENGTH, rules[pattern]))


def id_problem(value: object) -> str | None:
    """Why ``value`` is not a valid id, or None."""
    if not isinstance(value, str) or not value:
        return "an id cannot be empty"
    if len(value) > MAX_ID_LENGTH:
        return f"an id has at most {MAX_ID_LENGTH} characters ({value[:20]!r}... has {len(value)})"
    if _ID.match(value) is None:
        return f"{value!r} is not a valid id: {ID_RULE}"
    return None


def make_id(prefix: str, taken: Collection[str]) -> str:
    """A valid id not in ``taken``: ``prefix-1``, ``prefix-2`` ...

    Characters an id cannot hold become ``-`` and a long prefix is cut, so the
    result always fits :data:`MAX_ID_LENGTH` whatever the prefix (such as two
    unit ids joined for a line).
    """
    stem = _NOT_IN_ID.sub("-", prefix).lstrip("._:-") or "id"
    number = 1
    while True:
        suffix = f"-{number}"
        candidate = stem[: MAX_ID_LENGTH - len(suffix)] + suffix
        if candidate not in taken:
            return candidate
        number += 1


def xml_text(value: T) -> T:
    """Text XML can hold (SVG, GraphML, workbooks): characters XML forbids become U+FFFD."""
    if isinstance(value, str) and _ILLEGAL_IN_XML.search(value):
        return _ILLEGAL_IN_XML.sub("\ufffd", value)  # type: ignore[return-value]
    return value


def terminal_text(text: str) -> str:
    r"""``text`` safe to print: control characters shown escaped (``\x1b``), as git and ls do.

    Line feeds and tabs stay, so the output keeps its lines; ESC, CR, BEL, DEL,
    C1 controls and lone surrogates can no longer move the cursor, retitle the
    terminal or erase lines.
    """
    if not _UNSAFE_ON_TERMINAL.search(text):
        return text
    return _UNSAFE_ON_TERMINAL.sub(_escaped, text)


def json_text(text: str) -> str:
    """JSON text with DEL, C1 controls and lone surrogates written as ``\\u`` escapes.

    ``json.dumps(..., ensure_ascii=False)`` escapes C0 controls but leaves these
    raw; escaped, the JSON means the same and :func:`terminal_text` leaves it be.
    """
    return _RAW_IN_JSON.sub(lambda found: f"\\u{ord(found.group()):04x}", text)


def _escaped(found: re.Match[str]) -> str:
    code = ord(found.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
