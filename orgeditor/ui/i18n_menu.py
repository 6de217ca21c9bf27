"""Settings > Language: the interface's language, remembered; it applies at the next start.

Qt widgets keep the text they were made with, so a new language shows once the app starts
again (the choice is kept in the app's settings, see :mod:`orgeditor.ui.i18n`).
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from orgeditor.ui.i18n import LANGUAGES, NATIVE_NAMES, system_language, translate
from orgeditor.ui.settings import AppSettings


def language_menu(window: QMainWindow, settings: AppSettings) -> QMenu:
    """Add Settings > Language to ``window``'s menu bar; returns the Language menu."""
    settings_menu = window.menuBar().addMenu(translate("LanguageMenu", "Se&ttings"))
    menu = settings_menu.addMenu(translate("LanguageMenu", "&Language"))
    menu.setObjectName("languageMenu")
    group = QActionGroup(menu)
    chosen = settings.language()
    system = NATIVE_NAMES[system_language()]
    entries: list[tuple[str | None, str]] = [
        (None, translate("LanguageMenu", "System Default ({0})").format(system))
    ]
    entries += [(tag, NATIVE_NAMES[tag]) for tag in LANGUAGES]
    for tag, label in entries:
        action = QAction(label, menu)
        action.setCheckable(True)
        action.setChecked(tag == chosen)
        action.setData(tag)
        action.triggered.connect(lambda _=False, t=tag: _choose(window, settings, t))
        group.addAction(action)
        menu.addAction(action)
        if tag is None:
            menu.addSeparator()
    return menu


def _choose(window: QMainWindow, settings: AppSettings, tag: str | None) -> None:
    if tag == settings.language():
        return
    settings.set_language(tag)
    name = NATIVE_NAMES[tag or system_language()]
    box = QMessageBox(
        QMessageBox.Icon.Information,
        translate("LanguageMenu", "Language"),
        translate(
            "LanguageMenu", "The interface will be in {0} the next time orgeditor starts."
        ).format(name),
        QMessageBox.StandardButton.Ok,
        window,
    )
    box.setObjectName("languageBox")
    box.open()
