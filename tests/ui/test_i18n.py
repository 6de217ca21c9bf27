"""The interface in the UN's six languages (issue 19): nothing left in English, nothing clipped.

The oracle is the ``.ts`` files read with the standard library: a string a widget shows that
is an English source string with a different translation in the window's language was not
translated. The window itself is built after ``apply_language`` as the app does at start.
"""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt, QTranslator
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QDockWidget,
    QLabel,
    QMenu,
    QSpinBox,
    QTabBar,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from orgeditor import i18n as core_i18n
from orgeditor.reports.departments import DepartmentSummary
from orgeditor.ui import i18n
from orgeditor.ui.canvas.cards import summary_lines
from orgeditor.ui.main_window import MainWindow
from orgeditor.ui.printing.export import ExportOptions, export_chart
from orgeditor.ui.settings import AppSettings
from tests.conftest import UN_SAMPLE

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"\{\d+\}")
CORE_TS = str(Path(__file__).parents[2] / "resources" / "i18n" / "core_{tag}.ts")
# Qt's own button texts, which qtbase_<lang>.qm translates
QT_BUTTONS = {"Cancel", "&Cancel", "Close", "&Close", "Apply", "&Apply", "Save", "&Save"}


def translations(tag: str) -> dict[str, str]:
    """English source -> translation, from ``app_<tag>.ts`` (empty for English)."""
    if tag == i18n.SOURCE_LANGUAGE:
        return {}
    found = {}
    for message in ET.parse(i18n.ts_file(tag)).getroot().iter("message"):
        source, text = message.findtext("source", ""), message.findtext("translation", "")
        if text:
            found[source] = text
    return found


@pytest.fixture(params=i18n.LANGUAGES)
def window_in(
    request: pytest.FixtureRequest, qtbot: QtBot, settings: AppSettings
) -> Iterator[tuple[str, MainWindow]]:
    """A main window made after the app was switched to one of the six languages."""
    tag = request.param
    assert i18n.apply_language(tag) == tag
    window = MainWindow(settings)
    window.resize(1600, 1000)
    window.show()
    qtbot.waitExposed(window)
    try:
        yield tag, window
    finally:
        window.close()
        window.deleteLater()
        i18n.apply_language(i18n.SOURCE_LANGUAGE)


def menu_texts(window: MainWindow) -> Iterator[str]:
    """Every menu title and menu entry reachable from the menu bar."""
    menus = [a.menu() for a in window.menuBar().actions() if isinstance(a.menu(), QMenu)]
    while menus:
        menu = menus.pop()
        menu.aboutToShow.emit()  # menus filled on opening (Open Recent, Chart Language)
        yield menu.title()
        for action in menu.actions():
            if isinstance(action.menu(), QMenu):
                menus.append(action.menu())
            elif not action.isSeparator():
                yield action.text()
                yield action.statusTip()


def shown_texts(window: MainWindow) -> Iterator[str]:
    """What the window shows: menus, dock titles, toolbar tips, buttons and labels."""
    yield from menu_texts(window)
    yield from (d.windowTitle() for d in window.findChildren(QDockWidget))
    yield from (b.toolTip() for b in window.toolbar.findChildren(QToolButton))
    yield window.toolbar.windowTitle()
    yield window.find_field.placeholderText()
    for widget in window.findChildren(QWidget):
        if isinstance(widget, QAbstractButton | QLabel):
            yield widget.text()
            yield widget.toolTip()
    yield window.errors_label.text()


def untranslated(shown: Iterator[str], table: dict[str, str]) -> list[str]:
    """The shown strings that are English sources translated otherwise; a language's own name
    (Settings > Language lists each in itself) is never translated."""
    own_names = set(i18n.NATIVE_NAMES.values())
    return sorted({t for t in shown if t in table and table[t] != t and t not in own_names})


def test_no_visible_string_is_left_in_english(window_in: tuple[str, MainWindow]) -> None:
    tag, window = window_in
    table = translations(tag)
    assert tag == "en" or len(table) > 300  # the oracle has something to compare with
    window.show_start_page()
    window.chart_language_menu.rebuild()
    assert untranslated(shown_texts(window), table) == []
    if tag != "en":  # and the translations are really in place, not merely absent English
        assert window.menuBar().actions()[0].text() == table["&File"]


def test_dialog_buttons_are_translated(window_in: tuple[str, MainWindow], qtbot: QtBot) -> None:
    tag, window = window_in
    table = translations(tag)
    settings = window.show_design_settings()
    qtbot.waitExposed(settings)
    boxes = settings.findChildren(QDialogButtonBox)
    assert boxes
    buttons = [b.text() for box in boxes for b in box.buttons()]
    assert untranslated(iter(buttons), table) == []
    if tag != "en":
        assert not QT_BUTTONS & set(buttons), buttons  # Qt's own translation is loaded
    settings.close()


def _clipped(widget: QWidget) -> bool:
    hint = widget.minimumSizeHint() if isinstance(widget, QLabel) else widget.sizeHint()
    return widget.isVisible() and widget.width() < min(hint.width(), 10_000) - 1


def test_no_text_is_clipped_in_the_toolbar_and_docks(window_in: tuple[str, MainWindow]) -> None:
    tag, window = window_in
    toolbar = window.toolbar
    assert toolbar.sizeHint().width() <= window.width(), tag  # no button falls off the end
    for button in toolbar.findChildren(QToolButton):
        assert not _clipped(button), (tag, button.toolTip())
    for dock in window.findChildren(QDockWidget):
        if not dock.isVisible():
            continue
        title = dock.fontMetrics().horizontalAdvance(dock.windowTitle())
        assert title < dock.width(), (tag, dock.windowTitle())
        assert dock.minimumSizeHint().width() <= window.width()
        for widget in dock.findChildren(QAbstractButton):
            assert not _clipped(widget), (tag, dock.windowTitle(), widget.text())
    for bar in window.findChildren(QTabBar):  # the tabs of docks stacked on each other
        for index in range(bar.count()):
            needed = bar.fontMetrics().horizontalAdvance(bar.tabText(index))
            assert needed <= bar.tabRect(index).width(), (tag, bar.tabText(index))


def test_arabic_runs_right_to_left(window_in: tuple[str, MainWindow]) -> None:
    tag, window = window_in
    rtl = Qt.LayoutDirection.RightToLeft
    assert (window.layoutDirection() == rtl) == (tag == "ar")
    assert (QApplication.layoutDirection() == rtl) == (tag == "ar")
    assert window.view.layoutDirection() == Qt.LayoutDirection.LeftToRight  # the chart is kept


def test_numbers_follow_the_language(qtbot: QtBot, settings: AppSettings) -> None:
    i18n.apply_language("fr")
    try:
        assert i18n.number(1234567) == QLocale(QLocale.Language.French).toString(1234567)
        assert i18n.number(1234567) != "1,234,567"
        assert i18n.signed(2500) == "+" + QLocale(QLocale.Language.French).toString(2500)
    finally:
        i18n.apply_language("en")
    assert i18n.number(1234567) == "1,234,567"


def test_arabic_numbers_use_western_digits(qtbot: QtBot) -> None:
    """UN Arabic documents write 0-9: the interface's counts, costs, dates and spin boxes do
    too, grouped as the core's reports group them."""
    i18n.apply_language("ar")
    try:
        spin = QSpinBox()
        qtbot.addWidget(spin)
        spin.setRange(0, 5000)
        spin.setValue(1250)
        shown = [
            i18n.number(1234567),
            i18n.signed(2500),
            QLocale().toString(QDate(2026, 12, 2), QLocale.FormatType.LongFormat),
            spin.text(),
        ]
        assert shown[:2] == [core_i18n.format_number(1234567), "+2,500"]
        assert shown[0] == "1,234,567"
        assert "2026" in shown[2] and "ديسمبر" in shown[2]  # Arabic month, Western digits
        assert spin.text() == "1250"
        assert not re.search("[\u0660-\u0669\u06f0-\u06f9]", " ".join(shown)), shown
    finally:
        i18n.apply_language("en")


def test_settings_language_is_remembered(
    main_window: MainWindow, settings: AppSettings, qtbot: QtBot
) -> None:
    menu = main_window.language_menu
    by_tag = {a.data(): a for a in menu.actions() if not a.isSeparator()}
    assert set(by_tag) == {None, *i18n.LANGUAGES}
    assert by_tag[None].isChecked()  # nothing chosen: the system's language
    by_tag["ar"].trigger()
    assert settings.language() == "ar"
    assert i18n.chosen_language(settings.language()) == "ar"
    box = main_window.findChild(QWidget, "languageBox")
    assert box is not None and "العربية" in box.text()  # says when it applies
    box.close()
    by_tag[None].trigger()
    assert settings.language() is None
    assert i18n.chosen_language(None) == i18n.system_language()


@pytest.mark.parametrize(
    ("name", "tag"), [("fr_CA", "fr"), ("zh-Hans-CN", "zh"), ("ar_EG.UTF-8", "ar"), ("de", "en")]
)
def test_locale_names_map_to_languages(name: str, tag: str) -> None:
    assert i18n.language_of(name) == tag


@pytest.mark.parametrize("tag", i18n.TRANSLATED)
def test_every_string_is_translated_and_marked_for_review(tag: str) -> None:
    messages = list(ET.parse(i18n.ts_file(tag)).getroot().iter("message"))
    assert len(messages) > 300
    for message in messages:
        source = message.findtext("source", "")
        translation = message.find("translation")
        assert translation is not None and translation.text, (tag, source)
        assert translation.get("type") is None, (tag, source)  # lrelease drops "unfinished"
        assert message.findtext("translatorcomment") == i18n.REVIEW_NOTE
        placeholders = sorted(PLACEHOLDER.findall(source))
        assert placeholders == sorted(PLACEHOLDER.findall(translation.text)), (tag, source)


def test_the_ts_files_hold_every_marked_string(tmp_path: Path) -> None:
    """lupdate run afresh finds no string that the shipped .ts files lack."""
    ts = tmp_path / "fresh.ts"
    sources = [str(p) for p in i18n.ui_sources(ROOT)]
    subprocess.run(
        [str(i18n.qt_tool("lupdate")), "-silent", "-locations", "none", *sources, "-ts", str(ts)],
        check=True,
    )

    def keys(path: Path) -> set[tuple[str, str]]:
        root = ET.parse(path).getroot()
        return {
            (c.findtext("name", ""), m.findtext("source", ""))
            for c in root.iter("context")
            for m in c.iter("message")
        }

    fresh = keys(ts)
    for tag in i18n.TRANSLATED:
        assert keys(i18n.ts_file(tag)) == fresh, tag


def _chart_images(tag: str, qtbot: QtBot, settings: AppSettings, tmp_path: Path) -> list[QImage]:
    """The UN sample's chart on the canvas, and exported as PNG, in language ``tag``."""
    i18n.apply_language(tag)
    window = MainWindow(settings)
    try:
        window.resize(1200, 800)
        window.show()
        qtbot.waitExposed(window)
        assert window.open_file(UN_SAMPLE)
        # the chart's own words follow the chart language (docs/I18N.md): English in both,
        # so that the pictures differ only if the chart mirrors
        assert window.presenter is not None
        window.presenter.set_language("en")
        window.fit_chart()
        c = window.controller
        assert c is not None
        out = tmp_path / f"chart-{tag}.png"
        options = ExportOptions(format="png", dpi=60, language="en")
        export_chart(c.design, c.scenario, out, options)
        view = window.view  # the canvas at one size whatever the docks' widths in ``tag``
        view.setParent(None)
        view.resize(1000, 700)
        view.show()
        qtbot.waitExposed(view)
        # near enough for names and grades; far out the zones' totals are interface text
        view.set_zoom(0.5)
        view.centerOn(window.scene.itemsBoundingRect().center())
        return [view.viewport().grab().toImage(), QImage(str(out))]
    finally:
        window.view.close()
        window.close()
        window.deleteLater()
        i18n.apply_language(i18n.SOURCE_LANGUAGE)


def test_the_chart_does_not_mirror_in_arabic(
    qtbot: QtBot, settings: AppSettings, tmp_path: Path
) -> None:
    """The chart on screen and in an export is the same picture in Arabic as in English."""
    english = _chart_images("en", qtbot, settings, tmp_path)
    arabic = _chart_images("ar", qtbot, settings, tmp_path)
    for en_image, ar_image in zip(english, arabic, strict=True):
        assert not en_image.isNull() and en_image.size() == ar_image.size()
        assert en_image == ar_image


def test_the_compiled_translations_follow_their_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cached .qm is lrelease's output for the .ts as it is now; a changed .ts gets a new
    one, which translates the changed message."""
    ts = tmp_path / "app_fr.ts"
    ts.write_bytes(i18n.ts_file("fr").read_bytes())
    monkeypatch.setattr(i18n, "ts_file", lambda tag: tmp_path / f"app_{tag}.ts")
    cache = tmp_path / "cache"
    qm = i18n.qm_file("fr", cache)
    assert qm is not None
    fresh = tmp_path / "fresh.qm"
    subprocess.run(
        [str(i18n.qt_tool("lrelease")), "-silent", str(ts), "-qm", str(fresh)], check=True
    )
    assert qm.read_bytes() == fresh.read_bytes()
    assert i18n.qm_file("fr", cache) == qm  # kept, not compiled again
    ts.write_text(
        ts.read_text(encoding="utf-8").replace(";Fichier<", ";Dossier<"), encoding="utf-8"
    )
    changed = i18n.qm_file("fr", cache)
    assert changed is not None and changed != qm and not qm.exists()
    translator = QTranslator()
    assert translator.load(str(changed))
    assert translator.translate("MainWindow", "&File") == "&Dossier"
    assert i18n.qm_file("xx", cache) is None  # no such language: English stays


@pytest.mark.parametrize("tag", i18n.TRANSLATED)
def test_strings_shown_through_helpers_are_translated(
    tag: str, qtbot: QtBot, settings: AppSettings
) -> None:
    """Strings passed through a helper or a variable reach the ``.ts`` files too: the Conflicts
    dock, Compare with File/Version and the department summary cards speak ``tag``."""
    table = translations(tag)
    i18n.apply_language(tag)
    try:
        window = MainWindow(settings)
        try:
            shown = {
                "Take &Ours": window.conflicts.take_ours.text(),
                "Compare with &File…": window.versions.file_action.text(),
                "File &History…": window.versions.history_action.text(),
            }
            summary = DepartmentSummary(units=12, posts=1, cost=0, findings=3, currency="USD")
            lines = summary_lines(summary)
        finally:
            window.close()
            window.deleteLater()
    finally:
        i18n.apply_language(i18n.SOURCE_LANGUAGE)
    for source, text in shown.items():
        assert text == table[source] != source, (tag, source)
    chart = core_i18n.read_messages(Path(CORE_TS.format(tag=tag)))  # the chart: core words
    assert lines[0] == chart["Chart", "{count} units"].format(count=12) != "12 units"
    assert lines[1] == chart["Chart", "1 post"] != "1 post"
    assert lines[3] == chart["Chart", "{count} findings"].format(count=3) != "3 findings"


def test_a_cards_tooltip_speaks_the_interfaces_language(qtbot: QtBot) -> None:
    """The tooltip over a card (posts, cost, note, findings) is interface text: in French it
    reads French, with French digit grouping, and keeps the unit's name as it is."""
    from orgeditor.io import load_design
    from orgeditor.rules import validate
    from orgeditor.ui.canvas.cards import card_tooltip
    from tests.conftest import UN_SAMPLE

    design = load_design(UN_SAMPLE)
    scenario = design.scenarios[0]
    report = validate(design, scenario)
    unit_id = next(iter(report.findings[0].units))
    english = card_tooltip(design, scenario, report, unit_id)
    i18n.apply_language("fr")
    try:
        french = card_tooltip(design, scenario, report, unit_id)
    finally:
        i18n.apply_language("en")
    assert "Posts:" in english and "Annual cost:" in english
    assert "Postes :" in french and "Coût annuel :" in french and "Posts:" not in french
    assert "ERREUR" in french.upper() and scenario.units[unit_id].name in french
