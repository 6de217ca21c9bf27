"""The pure core's language: translated rule texts, report headings and CLI messages.

The translations are Qt Linguist files, ``resources/i18n/core_<lang>.ts`` (one per language of
:data:`LANGUAGES` but English, the source), read here with the standard library so that the core
and the CLI need no Qt. ``pyside6-lupdate`` extracts the strings: a call
``translate("Context", "text")`` translates where it is made, and
``QT_TRANSLATE_NOOP("Context", "text")`` marks a text kept as data (a rule's title, a table
heading) that is translated later by ``translate(context, value)``. Templates carry named
fields (``"wrote {path}"``), translated first and filled after, so that a translation can move
them. See docs/I18N.md, "The core".

Kept state: the active language and the messages of its file (:data:`_state`); only
:func:`set_language` changes either, and it reads the file again.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from orgeditor.assets import resource

SOURCE_LANGUAGE = "en"
# The UN's six official languages: English (the source), Chinese (Simplified), French, Spanish,
# Russian and Arabic.
LANGUAGES = ("en", "zh", "fr", "es", "ru", "ar")
# Where the locale's language is looked for, first that is set wins (POSIX order, with GNU
# gettext's LANGUAGE list first).
LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")

# Digit grouping in reports (thousands separator, decimal mark), after the CLDR defaults for
# each language with Western digits: French a narrow no-break space, Russian a no-break space.
_NUMBER_MARKS = {
    "en": (",", "."),
    "zh": (",", "."),
    "fr": ("\u202f", ","),
    "es": (".", ","),
    "ru": ("\u00a0", ","),
    "ar": (",", "."),
}

Messages = Mapping[tuple[str, str], str]
# Each .ts file names its translator and date in this message (lupdate keeps no file comment).
CREDITS = ("Translation", "translator-credits")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    """``text`` unchanged: marks it for extraction into the ``.ts`` files under ``context``."""
    return text


QT_TRANSLATE_NOOP("Translation", "translator-credits")  # keeps CREDITS in the .ts files


def language_of(tag: str | None) -> str:
    """The supported language of a locale or BCP 47 tag (``zh_CN.UTF-8``, ``fr-CA``, ``ar``);
    English for an empty tag, ``C``/``POSIX`` or a language without translations."""
    primary = _primary(tag or "")
    return primary if primary in LANGUAGES else SOURCE_LANGUAGE


def _primary(tag: str) -> str:
    """The language subtag of ``zh_CN.UTF-8@pinyin`` or ``fr-CA``, lower case."""
    return tag.split(".")[0].split("@")[0].replace("_", "-").split("-")[0].lower()


def locale_language(environ: Mapping[str, str] | None = None) -> str:
    """The language the environment asks for (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``).

    ``LANGUAGE`` is a colon-separated list of preferences; its first supported entry counts
    (English too), else the next variable does.
    """
    env = os.environ if environ is None else environ
    for name in LOCALE_VARIABLES:
        value = env.get(name, "")
        if not value:
            continue
        if name == "LANGUAGE":
            known = [_primary(part) for part in value.split(":") if _primary(part) in LANGUAGES]
            if known:
                return known[0]
            continue
        return language_of(value)
    return SOURCE_LANGUAGE


def catalogue_path(language: str) -> Path:
    """The ``.ts`` file of ``language``'s core translations."""
    return resource("i18n", f"core_{language}.ts")


def read_messages(path: Path) -> dict[tuple[str, str], str]:
    """The finished translations of a Qt Linguist file, keyed by (context, source text).

    Entries that ``lrelease`` would drop are left out too: empty, ``unfinished``,
    ``vanished`` or ``obsolete`` ones.

    Raises:
        OSError: the file cannot be read.
        ValueError: it is not well-formed XML (the message names the file and line).
    """
    try:
        root = ElementTree.parse(path).getroot()
    except ElementTree.ParseError as error:
        raise ValueError(f"{path}: line {error.position[0]}: not a valid .ts file") from None
    found: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source")
            element = message.find("translation")
            if source is None or element is None or element.get("type"):
                continue
            text = element.text or ""
            if text:
                found[(name, source)] = text
    return found


@dataclass
class _State:
    language: str = SOURCE_LANGUAGE
    messages: Messages = field(default_factory=dict)


_state = _State()


def set_language(tag: str | None) -> str:
    """Make ``tag``'s language (None: the locale's) the one the core speaks; returns it.

    A language without translations falls back to English. The app calls this from its own
    language setting; the CLI from ``--ui-lang`` or the locale.
    """
    language = locale_language() if tag is None else language_of(tag)
    path = catalogue_path(language)
    messages = read_messages(path) if language != SOURCE_LANGUAGE and path.is_file() else {}
    _state.language, _state.messages = language, messages
    return language


@contextmanager
def speaking(tag: str | None) -> Iterator[str]:
    """Speak ``tag``'s language inside the ``with`` block (None: keep the current one), then
    the earlier one again: a document written in another language than the messages."""
    earlier = _state.language
    chosen = set_language(tag) if tag is not None else earlier
    try:
        yield chosen
    finally:
        if tag is not None:
            set_language(earlier)


def current_language() -> str:
    """The language the core speaks now (English until :func:`set_language` is called)."""
    return _state.language


def translate(context: str, text: str) -> str:
    """``text`` in the current language, or ``text`` itself where it has no translation."""
    return _state.messages.get((context, text), text)


def translation_credits() -> str:
    """Who translated the current language and when ("" for English, the source)."""
    text = translate(*CREDITS)
    return "" if text == CREDITS[1] else text


def format_number(value: float, decimals: int = 0) -> str:
    """``value`` with the current language's thousands separator and decimal mark."""
    grouping, point = _NUMBER_MARKS[_state.language]
    if _state.language == "es" and abs(value) < 10_000:  # CLDR: Spanish groups from 5 digits
        grouping = ""
    text = f"{value:,.{decimals}f}"
    return text.translate({ord(","): "\x00", ord("."): point}).replace("\x00", grouping)


def format_signed(value: int) -> str:
    """A change as a signed count (``+3``, ``-1``, ``+0``), grouped as :func:`format_number`
    groups it (``+1,234`` in English, ``+1 234`` in French)."""
    return ("+" if value >= 0 else "") + format_number(value)
