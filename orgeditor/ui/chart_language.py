"""View > Chart Language (issue 19): the chart's names in one language.

The menu lists the design's own language, the six UN languages and any other
language the design names things in. Choosing one shows the chart (and the
charts File > Export and Print make) with the names in that language; the
status bar says how many units have no name there and keep their own.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from orgeditor.model import Design
from orgeditor.model.names import UN_LANGUAGES, same_language
from orgeditor.ui.canvas.presenter import ChartPresenter
from orgeditor.ui.i18n import QT_TRANSLATE_NOOP, number, translate

LANGUAGE_NAMES = {  # translated where shown
    "ar": QT_TRANSLATE_NOOP("ChartLanguageMenu", "Arabic (العربية)"),
    "zh": QT_TRANSLATE_NOOP("ChartLanguageMenu", "Chinese (中文)"),
    "en": QT_TRANSLATE_NOOP("ChartLanguageMenu", "English"),
    "fr": QT_TRANSLATE_NOOP("ChartLanguageMenu", "French (Français)"),
    "ru": QT_TRANSLATE_NOOP("ChartLanguageMenu", "Russian (Русский)"),
    "es": QT_TRANSLATE_NOOP("ChartLanguageMenu", "Spanish (Español)"),
}


def chart_languages(design: Design) -> list[str]:
    """The design's own language, then the UN languages, then any other tag it uses."""
    found = [design.metadata.language]
    used: set[str] = set()
    for scenario in design.scenarios:
        used.update(scenario.names)
        for unit in scenario.units.values():
            used.update(unit.names)
        for post in scenario.posts.values():  # a title may be the only text in a language
            used.update(post.titles)
    for tag in [*UN_LANGUAGES, *sorted(used)]:
        if not any(same_language(tag, known) for known in found):
            found.append(tag)
    return found


def language_label(tag: str, own: str) -> str:
    """How the menu names ``tag``; the design's own language says so."""
    known = LANGUAGE_NAMES.get(tag.lower())
    name = translate("ChartLanguageMenu", known) if known else tag
    own_text = translate("ChartLanguageMenu", "{0} — the design's own")
    return own_text.format(name) if same_language(tag, own) else name


def missing_message(presenter: ChartPresenter) -> str:
    """The status bar's line after a language is chosen: how many names it lacks."""
    scenario = presenter.controller.scenario
    if presenter.language is None:
        return translate("ChartLanguageMenu", "Chart in the design's own language")
    missing = len(presenter.missing_names)
    if not missing:
        return translate("ChartLanguageMenu", "Chart in {0}: every unit has a name there").format(
            presenter.language
        )
    return translate(
        "ChartLanguageMenu",
        "Chart in {0}: {1} of {2} units have no name there and show their own",
    ).format(presenter.language, number(missing), number(len(scenario.units)))


class ChartLanguageMenu(QMenu):
    """View > Chart Language: one checkable action per language (rebuilt on opening)."""

    def __init__(
        self,
        presenter: Callable[[], ChartPresenter | None],
        report: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(translate("ChartLanguageMenu", "Chart &Language"), parent)
        self._presenter, self._report = presenter, report
        self.group = QActionGroup(self)
        self.aboutToShow.connect(self.rebuild)

    def rebuild(self) -> None:
        """List the languages of the current design, the one shown checked."""
        self.clear()
        for action in self.group.actions():
            self.group.removeAction(action)
        presenter = self._presenter()
        if presenter is None:
            return
        design = presenter.controller.design
        own = design.metadata.language
        shown = presenter.language or own
        for tag in chart_languages(design):
            action = QAction(language_label(tag, own), self)
            action.setCheckable(True)
            action.setChecked(same_language(tag, shown))
            action.setData(tag)
            action.triggered.connect(lambda _=False, tag=tag: self.choose(tag))
            self.group.addAction(action)
            self.addAction(action)

    def choose(self, tag: str) -> None:
        """Show the chart in ``tag`` (the design's own language: no translation at all)."""
        presenter = self._presenter()
        if presenter is None:
            return
        own = presenter.controller.design.metadata.language
        presenter.set_language(None if same_language(tag, own) else tag)
        self._report(missing_message(presenter))
