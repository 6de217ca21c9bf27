"""The print dialog's legibility row: the smallest text a choice prints, and better choices."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from orgeditor.layout import legibility
from orgeditor.layout.legibility import PrintEstimate
from orgeditor.layout.text_sizes import LEGIBLE_PT, smallest_text_pt
from orgeditor.model import Design, Scenario
from orgeditor.ui.printing.export import ExportOptions, chosen_part

TOO_SMALL = "#c00000"


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
        self.label.setAccessibleName("Smallest text")
        self.label.setWordWrap(True)
        self.buttons: list[QPushButton] = []
        self._box = QVBoxLayout(self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.addWidget(self.label)
        self._known: dict[tuple[object, ...], object] = {}
        self.setVisible(design is not None and scenario is not None)

    def _part(self, options: ExportOptions) -> Scenario | None:
        if self.scenario is None:
            return None
        return chosen_part(self.scenario, options.root)

    def _remembered(self, key: tuple[object, ...], work: object) -> object:
        if key not in self._known:
            self._known[key] = work()  # type: ignore[operator]
        return self._known[key]

    def estimate(self, options: ExportOptions) -> PrintEstimate | None:
        """What ``options`` print (None without a chart, or for an image)."""
        part = self._part(options)
        if part is None or self.design is None or options.format != "pdf":
            return None
        rank = self.design.grade_rank()
        setup = options.page_setup
        key = ("estimate", options.root, setup, options.layout, options.scale, options.turn)
        result = self._remembered(
            key,
            lambda: legibility.estimate(
                part, setup, options.layout, options.scale, options.turn, rank
            ),
        )
        assert isinstance(result, PrintEstimate)
        return result

    def proposals(self, options: ExportOptions) -> list[PrintEstimate]:
        """Legible choices for ``options``' paper (none without a chart)."""
        part = self._part(options)
        if part is None or self.design is None:
            return []
        rank = self.design.grade_rank()
        setup = options.page_setup
        key = ("proposals", options.root, setup)
        result = self._remembered(key, lambda: legibility.proposals(part, setup, True, rank))
        assert isinstance(result, list)
        return result

    def default_choice(self, options: ExportOptions) -> PrintEstimate | None:
        """The legible choice a print on ``options``' paper starts as (None without a chart)."""
        part = self._part(options)
        if part is None or self.design is None or options.format != "pdf":
            return None
        rank = self.design.grade_rank()
        setup = options.page_setup
        result = self._remembered(
            ("default", options.root, setup),
            lambda: legibility.default_choice(part, setup, rank),
        )
        assert isinstance(result, PrintEstimate)
        return result

    def show_for(self, options: ExportOptions) -> None:
        """Show the figure for ``options``, and proposals if it is under ``LEGIBLE_PT``."""
        for button in self.buttons:
            self._box.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        if self.scenario is None:
            return
        if options.format != "pdf":
            self.label.setText(
                f"Smallest text: {smallest_text_pt(1.0, False):.1f} pt at 100% "
                "(an image is drawn at full size)"
            )
            self.label.setStyleSheet("")
            return
        found = self.estimate(options)
        assert found is not None
        figure = f"Smallest text: {found.smallest_pt:.1f} pt ({found.pages} page"
        figure += f"{'s' if found.pages != 1 else ''} at {found.scale:.0%})"
        if found.legible:
            self.label.setText(figure)
            self.label.setStyleSheet("")
            return
        self.label.setText(f"{figure}: under {LEGIBLE_PT:g} pt, hard to read. Instead:")
        self.label.setStyleSheet(f"color: {TOO_SMALL}")
        for choice in self.proposals(options):
            button = QPushButton(f"Use {choice.describe()}")
            button.setAccessibleName(f"Use {choice.mode} on {choice.setup.paper}")
            button.clicked.connect(lambda _=False, c=choice: self.chosen.emit(c))
            self._box.addWidget(button)
            self.buttons.append(button)
