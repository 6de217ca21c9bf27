"""Design > Settings…: the design's grades, costs, funding sources, functions, department
roles, segments, rule parameters, rule switches and required bodies, each change one step on the
document's undo stack.

The dialog follows the document: an undo or redo in the main window shows at
once. Apply pushes the current page's pending edit; OK applies every page's
(one undo step each) and closes; Close drops what was not applied. Apply stays
off while a field of the page has a problem, OK while any page has one.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from orgeditor.commands.references import Kind
from orgeditor.ui.controller import DocumentController
from orgeditor.ui.design_settings.bodies import BodiesPage
from orgeditor.ui.design_settings.catalogue import CataloguePage
from orgeditor.ui.design_settings.costs import CostsPage
from orgeditor.ui.design_settings.page import Factory, SettingsPage
from orgeditor.ui.design_settings.rule_parameters import RuleParametersPage
from orgeditor.ui.design_settings.rule_switches import RulesPage
from orgeditor.ui.design_settings.segments import SegmentsPage
from orgeditor.ui.i18n import QT_TRANSLATE_NOOP, translate

HINTS = {
    Kind.GRADE: QT_TRANSLATE_NOOP(
        "CataloguePage",
        "The ladder runs from the most senior grade down; the rules read seniority "
        "from this order. The group (such as Professional or General Service) is shown "
        "in tables.",
    ),
    Kind.FUNDING: QT_TRANSLATE_NOOP(
        "CataloguePage",
        "Cost neutrality is checked per funding source, or per part where chosen.",
    ),
    Kind.FUNCTION: QT_TRANSLATE_NOOP(
        "CataloguePage",
        "A function's home is the department role that must carry it; units list "
        "the functions they carry.",
    ),
    Kind.ROLE: QT_TRANSLATE_NOOP(
        "CataloguePage", "Each scenario names the unit that plays each department role."
    ),
    Kind.LOCATION: QT_TRANSLATE_NOOP(
        "CataloguePage",
        "A unit sits at a duty station (set in the Inspector) and so do its posts; "
        "the Costs page may give a station costs of its own.",
    ),
}


class DesignSettingsDialog(QDialog):
    """The design's settings, page by page; it edits only through the controller."""

    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("DesignSettingsDialog", "Design Settings"))
        self.controller: DocumentController | None = None
        self.tabs = QTabWidget()
        self.pages: list[SettingsPage] = [
            CataloguePage(
                Kind.GRADE, QT_TRANSLATE_NOOP("SettingsPage", "Grades"), HINTS[Kind.GRADE]
            ),
            CostsPage(),
            CataloguePage(
                Kind.FUNDING,
                QT_TRANSLATE_NOOP("SettingsPage", "Funding Sources"),
                HINTS[Kind.FUNDING],
            ),
            CataloguePage(
                Kind.FUNCTION, QT_TRANSLATE_NOOP("SettingsPage", "Functions"), HINTS[Kind.FUNCTION]
            ),
            CataloguePage(
                Kind.ROLE, QT_TRANSLATE_NOOP("SettingsPage", "Department Roles"), HINTS[Kind.ROLE]
            ),
            SegmentsPage(),
            CataloguePage(
                Kind.LOCATION,
                QT_TRANSLATE_NOOP("SettingsPage", "Duty Stations"),
                HINTS[Kind.LOCATION],
            ),
            RuleParametersPage(),
            RulesPage(),
            BodiesPage(),
        ]
        for page in self.pages:
            self.tabs.addTab(page, translate("SettingsPage", page.title))
            page.state_changed.connect(self._update_buttons)
            page.edit_requested.connect(self._on_page_edit_requested)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.Close
        )
        self.ok_button = self._button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button = self._button(QDialogButtonBox.StandardButton.Apply)
        self.ok_button.clicked.connect(self._on_ok_clicked)
        self.apply_button.clicked.connect(self._on_apply_clicked)
        self.buttons.rejected.connect(self.reject)
        self.tabs.currentChanged.connect(self._update_buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 660)
        self.follow(controller)

    def _button(self, which: QDialogButtonBox.StandardButton) -> QPushButton:
        button = self.buttons.button(which)
        button.setAutoDefault(False)
        return button

    def follow(self, controller: DocumentController) -> None:
        """Show and edit ``controller``'s design (the window's open document)."""
        if self.controller is not None:
            self.controller.changed.disconnect(self._on_controller_changed)
        self.controller = controller
        controller.changed.connect(self._on_controller_changed)
        for page in self.pages:
            page.show_design(controller.design)
        self._update_buttons()

    def page(self) -> SettingsPage:
        """The page on screen."""
        return self.pages[self.tabs.currentIndex()]

    def apply(self, page: SettingsPage | None = None) -> bool:
        """Push a page's (by default the current page's) pending edit as one undo step.

        Returns False if the edit is refused or a field has a problem.
        """
        page = self.page() if page is None else page
        factory = page.pending()
        if factory is None or not page.valid() or self.controller is None:
            return factory is None
        page.applied()
        return bool(self.controller.edit(factory))

    def _on_apply_clicked(self) -> None:
        self.apply()

    def _on_ok_clicked(self) -> None:
        """Apply what every page holds (a step each), then close; stay on a page that fails."""
        for index, page in enumerate(self.pages):
            if not self.apply(page):
                self.tabs.setCurrentIndex(index)
                return
        self.accept()

    def _on_page_edit_requested(self, factory: Factory) -> None:
        if self.controller is not None:
            self.controller.edit(factory)

    def _on_controller_changed(self, _change: object) -> None:
        assert self.controller is not None
        for page in self.pages:
            page.show_design(self.controller.design)
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        page = self.page()
        self.ok_button.setEnabled(all(p.valid() for p in self.pages))
        self.apply_button.setEnabled(page.valid() and page.pending() is not None)
