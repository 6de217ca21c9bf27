"""Nothing a planner opens is left in English (issue 19): every dialog, page and dock.

The oracle compares what each window shows in English with what it shows in another language,
widget by widget's text, and reads each text for English words:

- a text shown the same in English and in the other language is untranslated, unless it is
  data or the translation files say the language writes it the same way ("Total" in French);
- in Chinese, Russian and Arabic, a Latin word left in a text that is not data is English.

**Data** is what the program does not write itself, and it stays as it is in every language:
any text of the designs, templates and samples it opens (unit names, post titles, grades,
codes), rule ids and parameter names (which people type), the languages' own names, the names
of the program, of the software it reports (``importlib.metadata``) and of the file formats
it writes (Excel, GraphML), key names in shortcuts, numbers, and codes written in capitals
or with digits (USD, P-4, ST/SGB/2009/13).

The Compare dock shows the change descriptions the core writes (``reports.changes``), checked
like the rest. The History dock (and so Undo's and Redo's texts) shows the commands' names
(``orgeditor.commands``, context ``Command``): checked apart, as strictly.
"""

from __future__ import annotations

import html
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from functools import cache
from importlib import metadata

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTabBar,
    QTableView,
    QTextBrowser,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from orgeditor.assets import resource, sample_files
from orgeditor.layout.paper_sizes import PAPERS_MM
from orgeditor.model.segments import REGION_KIND
from orgeditor.rules import RULES
from orgeditor.ui import i18n
from orgeditor.ui.main_window import MainWindow
from orgeditor.ui.settings import AppSettings
from tests.conftest import UN_SAMPLE
from tests.ui.conftest import show_dock

NON_LATIN = {"zh", "ru", "ar"}
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
CODE = re.compile(r"\S*(?:\d|[A-Z]{2,})\S*")  # a token with a digit or a run of capitals
WORD = re.compile(r"\(?[^\s()]+\)?")  # "(Enter)(&R)" is two words
FILE_PATTERN = re.compile(r"\*?\.[a-z]+\b")  # *.csv, .orgdesign: file names
PATH = re.compile(r"(?<!\S)(?:~?/|[A-Za-z]:\\)\S*")  # /home/me/plan.orgdesign, C:\plans
TAGS = re.compile(r"<[^>]+>|&nbsp;")  # rich text: its entities are read as characters


@cache
def data_strings() -> tuple[str, ...]:
    """Every text the program shows as data, longest first (see the module's docstring)."""
    found: set[str] = {*i18n.NATIVE_NAMES.values(), *i18n.LANGUAGES, *PAPERS_MM, REGION_KIND}
    for standard in QKeySequence.StandardKey:  # modifier names, as Qt writes them in shortcuts
        for keys in QKeySequence.keyBindings(standard):
            found.update(keys.toString(QKeySequence.SequenceFormat.NativeText).split("+")[:-1])

    def walk(value: object) -> None:
        if isinstance(value, str):
            found.add(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for path in [*sample_files(), *resource("templates").glob("*.orgdesign")]:
        walk(json.loads(path.read_text(encoding="utf-8")))
        found.add(path.name)
    for rule in RULES:
        found.add(rule.id)
        found.update(f"rules.{p}" for p in rule.parameters)
        found.update(rule.parameters)
    software = {"orgeditor", "git", "Python", "Qt", "PySide6", "Excel", "GraphML"}
    software.update(metadata.requires("orgeditor") or [])
    found.update(re.split(r"[\s;<>=!\[~]", name)[0] for name in software)
    return tuple(sorted((s for s in found if len(s) > 1), key=len, reverse=True))


def _keyboard_key(key: Qt.Key) -> bool:
    """A key of a standard keyboard (Esc, Enter, Ctrl, F2 ...), not a media key ("Open")."""
    return Qt.Key.Key_Escape.value <= key.value <= Qt.Key.Key_Direction_R.value


def _is_key(word: str, text: str, tag: str) -> bool:
    """Whether ``word`` of ``text`` names a key: joined with + ("Ctrl+E"), in brackets
    ("(Esc)"), alone ("Del"), or in Latin letters in another script ("нажмите Enter")."""
    named = "+" in word or word.startswith("(") or len(text) <= 3 or tag in NON_LATIN
    bare = word.strip("(),.").replace("&", "")
    keys = QKeySequence.fromString(bare, QKeySequence.SequenceFormat.NativeText)
    first = keys[0] if keys.count() else None
    return (
        named
        and first is not None
        and first.key() != Qt.Key.Key_unknown
        and bool(first.keyboardModifiers().value or _keyboard_key(first.key()))
    )


def without_data(text: str, tag: str) -> str:
    """``text`` with its data (names, codes, numbers, key names) taken out."""
    text = html.unescape(TAGS.sub(" ", text))  # a tooltip writes "DPPA's" as "DPPA&#x27;s"
    text = WORD.sub(lambda m: " " if _is_key(m.group(), text, tag) else m.group(), text)
    for data in data_strings():
        if data in text:
            text = re.sub(rf"(?<!\w){re.escape(data)}(?!\w)", " ", text)
    return FILE_PATTERN.sub(" ", CODE.sub(" ", PATH.sub(" ", text)))


@cache
def same_in(tag: str) -> frozenset[str]:
    """The English sources the translation files write the same way in ``tag``."""
    same = set()
    for kind in ("app", "core"):
        path = i18n.translations_folder() / f"{kind}_{tag}.ts"
        for message in ET.parse(path).getroot().iter("message"):
            source = message.findtext("source", "")
            if message.findtext("translation", "").casefold() == source.casefold():
                same.add(source.casefold())  # "sources" is shown as "Sources"
    return frozenset(same)


def _view_texts(view: QAbstractItemView) -> Iterator[str]:
    """Header labels and the cells (and their tips) of the first rows, nested rows too."""
    model = view.model()
    header = view.horizontalHeader() if isinstance(view, QTableView) else None
    header = view.header() if isinstance(view, QTreeView) else header
    columns = header.count() if header is not None else 1
    for section in range(columns):
        yield str(model.headerData(section, Qt.Orientation.Horizontal) or "")
    top = QModelIndex()
    pending = [model.index(r, 0, top) for r in range(min(model.rowCount(top), 60))]
    while pending:
        index = pending.pop()
        for column in range(columns):
            cell = index.siblingAtColumn(column)
            yield str(model.data(cell) or "")
            yield str(model.data(cell, Qt.ItemDataRole.ToolTipRole) or "")
        pending.extend(model.index(r, 0, index) for r in range(min(model.rowCount(index), 20)))


def widget_texts(top: QWidget) -> Iterator[str]:
    """Every text ``top`` and its children show: titles, labels, buttons, combo items, table
    headers and cells, group boxes, tabs, placeholders and tooltips of widgets and actions."""
    for widget in [top, *top.findChildren(QWidget)]:
        yield widget.toolTip()
        if widget.isWindow() or isinstance(widget, QDockWidget):
            yield widget.windowTitle()
        if isinstance(widget, QLabel | QAbstractButton):
            yield widget.text()
        elif isinstance(widget, QGroupBox):
            yield widget.title()
        elif isinstance(widget, QLineEdit):
            yield widget.placeholderText()
        elif isinstance(widget, QComboBox):
            yield from (widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QTabBar):
            yield from (widget.tabText(i) for i in range(widget.count()))
            yield from (widget.tabToolTip(i) for i in range(widget.count()))
        elif isinstance(widget, QTextBrowser):
            yield from widget.toPlainText().splitlines()
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            yield from _view_texts(widget)
        for action in widget.actions():
            yield from (action.text(), action.toolTip(), action.statusTip())
    for action in top.findChildren(QAction):
        yield from (action.text(), action.statusTip())


def english_left(tag: str, english: set[str], shown: set[str]) -> list[str]:
    """The texts of ``shown`` (in ``tag``) that are English (the module's rules)."""
    left = set()
    for text in shown:
        rest = without_data(text, tag)
        if not re.search(r"[^\W\d_]", rest):
            continue  # nothing but data
        same = text in english and text.casefold() not in same_in(tag)
        if same or (tag in NON_LATIN and LATIN_WORD.search(rest)):
            left.add(text)
    return sorted(left)


# --- what a planner opens ---------------------------------------------------------------


def _open_sample(window: MainWindow, qtbot: QtBot) -> None:
    assert window.open_file(UN_SAMPLE)
    c = window.controller
    assert c is not None
    show_dock(window, "findings")  # a dock out of sight waits until it is shown
    qtbot.waitUntil(lambda: window.findings.tree.topLevelItemCount() > 0, timeout=10_000)
    post = next(iter(c.scenario.posts.values()))
    unit = c.scenario.units[post.unit]
    window.scene.select_units([unit.id])
    assert c.set_unit_field(unit.id, "name", unit.name + " 2")  # a step in the History dock
    window.compare_action.trigger()  # the Compare dock against the baseline
    for name in ("compare", "history", "comments", "costs", "inspector", "findings"):
        show_dock(window, name)  # each tab brought to the front once, as a user looks
        qtbot.wait(20)


def _docks(window: MainWindow) -> list[QWidget]:
    """The window, its menus and every dock but History (``_history``)."""
    return [window, *window.findChildren(QDockWidget)]


def _compare(window: MainWindow) -> list[QWidget]:
    """The Compare dock's change descriptions (``reports.changes``, the core's words)."""
    return [window.compare]


def _history(window: MainWindow) -> list[QWidget]:
    """The History dock's steps (and so Undo's and Redo's texts): the commands' names."""
    return [window.history]


def _design_settings(window: MainWindow) -> list[QWidget]:
    dialog = window.show_design_settings()
    return [dialog]


def _inspector(window: MainWindow) -> list[QWidget]:
    return [window.inspector]


def _chart_dialogs(window: MainWindow) -> list[QWidget]:
    from orgeditor.ui.report_files import ReportDialog

    c = window.controller
    assert c is not None
    reports = window.reports
    # the export dialog has every field of the print dialog and its format (each estimates
    # the chart's legibility on every paper: seconds each, so one of the two)
    return [reports._chart_options(for_print=False), ReportDialog(c.design, c.scenario_id, window)]


def _help_dialogs(window: MainWindow) -> list[QWidget]:
    from orgeditor.ui.about import AboutDialog

    window._on_rules_help_triggered()
    assert window.rules_dialog is not None
    return [window.rules_dialog, AboutDialog(window), window.show_shortcuts()]


def _start_page(window: MainWindow) -> list[QWidget]:
    return [window.show_start_page()]


OPENED: dict[str, Callable[[MainWindow], list[QWidget]]] = {
    "docks": _docks,
    "compare": _compare,
    "history": _history,
    "design settings": _design_settings,
    "inspector": _inspector,
    "print and export": _chart_dialogs,
    "help and about": _help_dialogs,
    "start page": _start_page,
}


def shown_in(
    tag: str, qtbot: QtBot, settings: AppSettings, monkeypatch: pytest.MonkeyPatch
) -> dict[str, set[str]]:
    """What each of ``OPENED`` shows with the app in ``tag``, and the message boxes asked
    on the way (closing the window with unsaved changes asks one)."""
    asked: set[str] = set()

    def answer(box: QMessageBox) -> int:
        asked.update(widget_texts(box))
        return QMessageBox.StandardButton.Discard.value

    monkeypatch.setattr(QMessageBox, "exec", answer)
    i18n.apply_language(tag)
    window = MainWindow(settings)
    try:
        window.resize(1600, 1000)
        window.show()
        qtbot.waitExposed(window)
        found = {"start page": {t for w in _start_page(window) for t in widget_texts(w)}}
        _open_sample(window, qtbot)
        for name, opened in OPENED.items():
            if name != "start page":
                found[name] = {t for w in opened(window) for t in widget_texts(w) if t}
        stack = window.controller.undo_stack  # Undo and Redo name the History's steps
        steps = [stack.text(i) for i in range(stack.count())]
        found["history"] |= {t for t in found["docks"] if any(s in t for s in steps)}
        found["docks"] -= found["history"] | found["compare"]
        for dialog in window.findChildren(QDialog):
            dialog.close()
        window.close()
        found["message boxes"] = asked - {""}
        return found
    finally:
        window.close()
        window.deleteLater()
        QCoreApplication.processEvents()
        i18n.apply_language(i18n.SOURCE_LANGUAGE)


_english: dict[str, set[str]] = {}


@pytest.mark.parametrize("tag", i18n.TRANSLATED)
def test_nothing_a_planner_opens_is_left_in_english(
    tag: str, qtbot: QtBot, settings: AppSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not _english:
        _english.update(shown_in(i18n.SOURCE_LANGUAGE, qtbot, settings, monkeypatch))
    shown = shown_in(tag, qtbot, settings, monkeypatch)
    assert sum(len(texts) for texts in shown.values()) > 300  # the oracle saw the windows
    left = {
        name: english_left(tag, _english[name], texts)
        for name, texts in shown.items()
        if english_left(tag, _english[name], texts)
    }
    assert "Unsaved changes" in _english["message boxes"]  # the close asked
    assert left == {}, (tag, left)


def test_the_oracle_knows_english_from_data(qtbot: QtBot) -> None:  # keys need the app
    english = {"Add line", "Annual cost: USD 120,000", "DPPA", "Ctrl+Shift+E", "PySide6 6.11"}
    shown = {"Add line", "Coût annuel : USD 120 000", "DPPA", "Ctrl+Shift+E", "PySide6 6.11"}
    assert english_left("fr", english, shown) == ["Add line"]
    zh = {
        "添加线",
        "DPPA (12 posts)",
        "P-4",
        "orgeditor 1.0",
        "文件 Open",
        "按 Enter 键\uff08Ctrl\u3001Shift\uff09",
    }
    assert english_left("zh", english, zh) == ["DPPA (12 posts)", "文件 Open"]
