"""The print dialog's legibility row: the smallest text a choice prints, and better choices."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TypeVar, cast

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from orgeditor.layout import legibility
from orgeditor.layout.legibility import PrintEstimate
from orgeditor.layout.pages import PageSetup
from orgeditor.layout.text_sizes import LEGIBLE_PT, smallest_text_pt
from orgeditor.model import Design, Scenario
from orgeditor.ui.i18n import QT_TRANSLATE_NOOP, number, translate
from orgeditor.ui.printing.export import ExportOptions, chosen_part

TOO_SMALL = "#c00000"
T = TypeVar("T")
Planner = Callable[[Scenario, PageSetup, dict[str, int]], T]  # (part, setup, grade rank)


MODES = {
    "fit": QT_TRANSLATE_NOOP("LegibleChoice", "Use one sheet on {0} at {1}%"),
    "tile": QT_TRANSLATE_NOOP("LegibleChoice", "Use tiles on {0} at {1}%"),
    "booklet": QT_TRANSLATE_NOOP("LegibleChoice", "Use a booklet on {0} at {1}%"),
}
ORIENTATIONS = {
    "portrait": QT_TRANSLATE_NOOP("LegibleChoice", "{0} portrait"),
    "landscape": QT_TRANSLATE_NOOP("LegibleChoice", "{0} landscape"),
}


def _points(value: float) -> str:
    """A text size in points, one decimal, in the interface's digits."""
    return QLocale().toString(float(value), "f", 1)


def proposal_text(choice: PrintEstimate) -> str:
    """``"Use tiles on A4 landscape at 75%: 12 sheets, smallest text 6.0 pt"``."""
    paper = translate("LegibleChoice", ORIENTATIONS[choice.setup.orientation]).format(
        choice.setup.paper
    )
    where = translate("LegibleChoice", MODES[choice.mode]).format(
        paper, number(round(choice.scale * 100))
    )
    sheets = (
        translate("LegibleChoice", "{0}: 1 sheet, smallest text {2} pt")
        if choice.pages == 1
        else translate("LegibleChoice", "{0}: {1} sheets, smallest text {2} pt")
    )
    return sheets.format(where, number(choice.pages), _points(choice.smallest_pt))


class SmallestTextRow(QWidget):
    """ "Smallest text: 4.3 pt", and when that is under 6 pt, buttons for legible choices.

    The figures come from the pure planner (``layout.legibility``), from the
    same functions that lay out the pages; each is kept for the dialog's life,
    keyed by everything it depends on (the design does not change meanwhile).
    """

    chosen = Signal(object)  # the PrintEstimate of a proposal the user took

    def __init__(
        self, design: Design | None, scenario: Scenario | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.design = design
        self.scenario = scenario
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAccessibleName(translate("LegibleChoice", "Smallest text"))
        self.label.setWordWrap(True)
        self.buttons: list[QPushButton] = []
        self._box = QVBoxLayout(self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.addWidget(self.label)
        self._known: dict[tuple[object, ...], object] = {}
        if design is None or scenario is None:
            self.hide()  # nothing to measure (showing it here would make it a window)

    def _planned(self, what: str, options: ExportOptions, work: Planner[T]) -> T | None:
        """``work(part, setup, grade rank)`` for ``options``, worked out once (None: no chart).

        The key is everything the pure planner reads from ``options``.
        """
        if self.scenario is None or self.design is None or options.format != "pdf":
            return None
        setup = options.page_setup
        key = (what, options.root, setup, options.layout, options.scale, options.turn)
        if key not in self._known:
            part = chosen_part(self.scenario, options.root)
            self._known[key] = work(part, setup, self.design.grade_rank())
        return cast(T, self._known[key])

    def estimate(self, options: ExportOptions) -> PrintEstimate | None:
        """What ``options`` print (None without a chart, or for an image)."""
        return self._planned(
            "estimate",
            options,
            lambda part, setup, rank: legibility.estimate(
                part, setup, options.layout, options.scale, options.turn, rank
            ),
        )

    def proposals(self, options: ExportOptions) -> list[PrintEstimate]:
        """Legible choices for ``options``' paper (none without a chart)."""
        found = self._planned(
            "proposals",
            replace(options, layout="fit", scale=0.75),
            lambda part, setup, rank: legibility.proposals(part, setup, True, rank),
        )
        return found or []

    def default_choice(self, options: ExportOptions) -> PrintEstimate | None:
        """The legible choice a print on ``options``' paper starts as (None without a chart)."""
        return self._planned(
            "default", replace(options, layout="fit", scale=0.75), legibility.default_choice
        )

    def _warn(self, too_small: bool) -> None:
        """Red text for a figure under ``LEGIBLE_PT``, the palette's own otherwise."""
        palette = self.palette()
        if too_small:
            palette.setColor(QPalette.ColorRole.WindowText, QColor(TOO_SMALL))
        self.label.setPalette(palette)

    def show_for(self, options: ExportOptions) -> None:
        """Show the figure for ``options``, and proposals if it is under ``LEGIBLE_PT``."""
        for button in self.buttons:
            self._box.removeWidget(button)
            button.hide()  # at once: deleting waits for the event loop
            button.deleteLater()
        self.buttons = []
        if self.scenario is None:
            return
        if options.format != "pdf":
            self.label.setText(
                translate(
                    "LegibleChoice",
                    "Smallest text: {0} pt at 100% (an image is drawn at full size)",
                ).format(_points(smallest_text_pt(1.0, False)))
            )
            self._warn(False)
            return
        found = self.estimate(options)
        assert found is not None
        figure = (
            translate("LegibleChoice", "Smallest text: {0} pt (1 page at {1}%)")
            if found.pages == 1
            else translate("LegibleChoice", "Smallest text: {0} pt ({2} pages at {1}%)")
        ).format(_points(found.smallest_pt), number(round(found.scale * 100)), number(found.pages))
        if found.legible:
            self.label.setText(figure)
            self._warn(False)
            return
        self.label.setText(
            translate("LegibleChoice", "{0}: under {1} pt, hard to read. Instead:").format(
                figure, QLocale().toString(float(LEGIBLE_PT), "g", 3)
            )
        )
        self._warn(True)
        for choice in self.proposals(options):
            button = QPushButton(proposal_text(choice))
            button.setAccessibleName(f"Use {choice.mode} on {choice.setup.paper}")
            button.clicked.connect(lambda _=False, c=choice: self.chosen.emit(c))
            self._box.addWidget(button)
            self.buttons.append(button)
