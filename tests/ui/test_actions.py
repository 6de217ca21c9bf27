"""Every action a click away: context menus, arrow keys, the toolbar, the legend, help.

The oracles are what the user meets: the item under the pointer at a card's
centre, the tree worked out from the model, the saved file read back, pixels.
"""

from __future__ import annotations

import copy
import itertools
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QAction, QContextMenuEvent, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QMenu, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from orgeditor.io import load_design
from orgeditor.model import LineKind
from orgeditor.reports.chart_text import LEGEND_KINDS as KINDS
from orgeditor.ui import start_page as start_page_module
from orgeditor.ui.accessibility import accessible_name
from orgeditor.ui.canvas.items import KIND_COLOURS, UnitItem
from orgeditor.ui.chart_actions import AddPostDialog
from orgeditor.ui.dialogs import MoveToDialog
from orgeditor.ui.help.guide import UserGuideDialog
from orgeditor.ui.help.shortcuts import window_shortcuts
from orgeditor.ui.icons import themed_icon
from orgeditor.ui.main_window import MainWindow
from tests.conftest import UN_SAMPLE
from tests.ui.conftest import focus


def _open(window: MainWindow, qtbot: QtBot) -> None:
    assert window.open_file(UN_SAMPLE)
    window.view.set_zoom(0.35)
    qtbot.waitUntil(lambda: window.controller.report is not None)


def _centre(window: MainWindow, unit_id: str) -> QPoint:
    window.view.center_on_units([unit_id])
    window.view.set_zoom(0.5)
    window.view.center_on_units([unit_id])
    point = window.view.mapFromScene(window.scene.cards[unit_id].sceneBoundingRect().center())
    top = next(
        i for i in window.scene.items(window.view.mapToScene(point)) if isinstance(i, UnitItem)
    )
    assert top.unit_id == unit_id  # the card is what the pointer is on
    return point


def _texts(menu: QMenu) -> list[str]:
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def _by_text(menu: QMenu, text: str) -> QAction:
    return next(a for a in menu.actions() if a.text().replace("&", "").startswith(text))


def _toolbar_geometry(window: MainWindow) -> list[tuple[str, int, int]]:
    bar = window.toolbar
    return [
        (a.text(), bar.widgetForAction(a).x(), bar.widgetForAction(a).width())
        for a in bar.actions()
        if bar.widgetForAction(a) is not None
    ]


def test_the_toolbar_keeps_its_geometry_through_ten_edits(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    _open(main_window, qtbot)
    before = _toolbar_geometry(main_window)
    c = main_window.controller
    units = list(c.scenario.units)[:10]
    for n, unit_id in enumerate(units):
        assert c.set_unit_field(unit_id, "name", f"A much longer name for unit {n} " * 3)
    qtbot.wait(50)
    undo = main_window.undo_actions.undo
    assert undo.text() == "&Undo"
    assert undo.toolTip() == f"Undo {c.undo_stack.undo_text()}"  # the step is in the tooltip
    assert undo.toolTip().startswith("Undo Rename")
    assert _toolbar_geometry(main_window) == before
    assert len(before) >= 12  # the eleven buttons and the find field
    names = {b.accessibleName() for b in main_window.toolbar.findChildren(QToolButton)}
    for wanted in ("New", "Open", "Save", "Undo", "Redo", "Print", "Export Chart", "Fit to Window"):
        assert wanted in names
    for wanted in ("Compare with Baseline", "Focus on Unit", "Find"):
        assert wanted in names


@pytest.mark.parametrize(
    "window_colour, text_colour", [("#ffffff", "#000000"), ("#2b2b2b", "#f0f0f0")]
)
def test_icons_are_drawn_in_the_palettes_text_colour(window_colour: str, text_colour: str) -> None:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, window_colour)
    palette.setColor(QPalette.ColorRole.WindowText, text_colour)
    image = themed_icon("save", palette).pixmap(48, 48).toImage()
    inked = [
        image.pixelColor(x, y)
        for x in range(48)
        for y in range(48)
        if image.pixelColor(x, y).alpha() == 255
    ]
    assert len(inked) > 100  # it drew something
    assert all(c.name() == text_colour for c in inked)


def test_a_cards_context_menu_acts_in_one_undo_step(
    main_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _open(main_window, qtbot)
    c = main_window.controller
    unit_id = next(
        u for u in c.scenario.units if c.scenario.children(u) and c.scenario.units[u].parent
    )
    point = _centre(main_window, unit_id)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, main_window.view.viewport().mapToGlobal(point)
    )
    QApplication.sendEvent(main_window.view.viewport(), event)
    menu = main_window.context_menus.menu
    assert menu is not None and menu.isVisible()
    menu.close()
    assert main_window.scene.selected_unit_ids() == [unit_id]  # right-click selected it
    for entry in (
        "Move To",
        "Add Unit Below",
        "Add Post",
        "Collapse/Expand Sub-units",
        "Focus on Unit",
        "Show Findings of Unit",
        "Compare with Baseline",
        "Delete Units",
    ):
        assert any(t.startswith(entry) for t in _texts(menu)), entry
    before = copy.deepcopy(c.design)
    _by_text(menu, "Delete Units").trigger()
    assert unit_id not in c.scenario.units
    c.undo_stack.undo()
    assert c.design == before
    # Add Post through the menu: the dialog's choice, one step, and undo restores
    # Show Findings: the Findings dock's current row is about the unit (the baseline has some)
    c.switch_scenario("as-is-2017")
    before = copy.deepcopy(c.design)
    flagged = next(u for f in c.report.findings for u in f.units if u in main_window.scene.cards)
    _by_text(
        main_window.context_menus.menu_at(_centre(main_window, flagged)), "Show Findings"
    ).trigger()
    finding = main_window.findings.current_finding()
    assert finding is not None and flagged in finding.units
    unit_id = next(u for u in c.scenario.units if c.scenario.units[u].parent)
    monkeypatch.setattr(AddPostDialog, "exec", lambda self: 1)  # OK on the proposed grade
    menu = main_window.context_menus.menu_at(_centre(main_window, unit_id))
    posts = len(c.scenario.posts_of(unit_id))
    _by_text(menu, "Add Post").trigger()
    assert len(c.scenario.posts_of(unit_id)) == posts + 1
    c.undo_stack.undo()
    assert c.design == before


def test_a_lines_context_menu_edits_its_kind_caption_and_deletes_it(
    main_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _open(main_window, qtbot)
    c, scene, view = main_window.controller, main_window.scene, main_window.view
    layout = main_window.presenter.layout
    view.set_zoom(0.5)
    # the middle of a segment of a line, worked out from the layout's route (a polyline)
    found = [
        (route, QPointF((a[0] + b[0]) / 2, (a[1] + b[1]) / 2))
        for route in layout.routes
        for a, b in itertools.pairwise(route.points)
    ]
    free = [(r, m) for r, m in found if not any(isinstance(i, UnitItem) for i in scene.items(m))]
    if not free:
        pytest.fail("every line passes under a card")
    route, mid = free[0]
    view.centerOn(mid)
    menu = main_window.context_menus.menu_at(view.mapFromScene(mid))
    line_id = route.line
    assert any(t.startswith("Line:") for t in [a.text() for a in menu.actions()])
    before = copy.deepcopy(c.design)
    other = next(k for k in LineKind if k is not c.scenario.lines[line_id].kind)
    kinds = _by_text(menu, "Kind").menu()
    _by_text(kinds, other.value.capitalize()).trigger()
    assert c.scenario.lines[line_id].kind is other
    c.undo_stack.undo()
    assert c.design == before
    monkeypatch.setattr(
        "orgeditor.ui.context_menus.QInputDialog.getText", lambda *a, **k: ("from 2027", True)
    )
    _by_text(menu, "Edit Condition").trigger()
    assert c.scenario.lines[line_id].condition == "from 2027"
    _by_text(menu, "Delete Line").trigger()
    assert line_id not in c.scenario.lines
    c.undo_stack.undo()
    c.undo_stack.undo()
    assert c.design == before


def test_the_empty_canvas_menu_and_the_legend(main_window: MainWindow, qtbot: QtBot) -> None:
    _open(main_window, qtbot)
    view = main_window.view
    view.set_zoom(0.35)
    view.centerOn(main_window.scene.sceneRect().topLeft())
    corner = view.mapFromScene(main_window.scene.sceneRect().topLeft() + QPointF(20, 20))
    menu = main_window.context_menus.menu_at(corner)
    texts = _texts(menu)
    assert "Fit to Window" in texts and "Legend" in texts
    dock = main_window.legend.parentWidget()
    assert isinstance(dock, QDockWidget) and not dock.isVisible()
    _by_text(menu, "Legend").trigger()
    qtbot.waitUntil(dock.isVisible)
    for _kind, label in KINDS:
        assert label in main_window.legend.labels
    for wanted in ("dotted line", "errors of the rules (how many)"):
        assert wanted in main_window.legend.labels
    # each unit colour's swatch is painted in the card's colour
    swatches = [
        w for w in main_window.legend.findChildren(QLabel) if w.pixmap() and not w.pixmap().isNull()
    ]
    for kind, label in KINDS:
        swatch = next(s for s in swatches if s.accessibleName() == label)
        image = swatch.pixmap().toImage()
        assert (
            image.pixelColor(image.width() // 2, image.height() // 2).name() == KIND_COLOURS[kind]
        )


def test_arrows_walk_the_tree_and_return_opens_the_name(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    _open(main_window, qtbot)
    c, scene, view = main_window.controller, main_window.scene, main_window.view
    focus(qtbot, view)
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Down)
    first = scene.selected_unit_ids()
    assert len(first) == 1
    path = [first[0]]
    for _ in range(3):
        kids = [u.id for u in c.scenario.children(path[-1]) if u.id in scene.cards]
        if not kids:
            break
        qtbot.keyClick(view.viewport(), Qt.Key.Key_Down)
        assert scene.selected_unit_ids() == [kids[0]]
        path.append(kids[0])
    here = path[-1]
    parent = c.scenario.units[here].parent
    siblings = [u.id for u in c.scenario.children(parent) if u.id in scene.cards]
    if siblings.index(here) + 1 < len(siblings):
        qtbot.keyClick(view.viewport(), Qt.Key.Key_Right)
        assert scene.selected_unit_ids() == [siblings[siblings.index(here) + 1]]
        qtbot.keyClick(view.viewport(), Qt.Key.Key_Left)
        assert scene.selected_unit_ids() == [here]
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Up)
    assert scene.selected_unit_ids() == [parent]
    assert main_window.chart_actions.selection_label.text() == "1 unit selected"
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Return)
    name = main_window.inspector.name
    qtbot.waitUntil(name.hasFocus)
    assert name.text() == c.scenario.units[parent].name
    scene.select_units(siblings)
    assert (
        main_window.chart_actions.selection_label.text() == f"{len(siblings)} units selected"
        or len(siblings) == 1
    )


def test_the_shortcuts_list_is_every_menu_action_with_its_keys(main_window: MainWindow) -> None:
    rows = window_shortcuts(main_window)
    listed = {(text, keys) for _where, text, keys in rows}
    native = QKeySequence.SequenceFormat.NativeText
    for action in (
        main_window.move_action,
        main_window.delete_action,
        main_window.chart_actions.add_post,
        main_window.chart_actions.focus,
        main_window.legend_action,
        *main_window.chart_actions.arrows,
    ):
        keys = action.shortcut().toString(native)
        assert keys, action.text()
        assert any(t == action.text().replace("&", "").rstrip("…") and keys in k for t, k in listed)
    dialog = main_window.show_shortcuts()
    assert dialog.tree.topLevelItemCount() >= 5
    dialog.filter.setText("Ctrl+M")
    shown = [
        dialog.tree.topLevelItem(g).child(r).text(0)
        for g in range(dialog.tree.topLevelItemCount())
        for r in range(dialog.tree.topLevelItem(g).childCount())
        if not dialog.tree.topLevelItem(g).child(r).isHidden()
    ]
    assert shown == ["Move To"]
    dialog.close()


def test_the_user_guide_opens_in_the_app(main_window: MainWindow, qtbot: QtBot) -> None:
    help_menu = next(a.menu() for a in main_window.menuBar().actions() if a.text() == "&Help")
    _by_text(help_menu, "User Guide").trigger()
    dialog = next(d for d in main_window.findChildren(UserGuideDialog) if d.isVisible())
    text = dialog.browser.toPlainText()
    assert "Working from the keyboard" in text and "arrow keys" in text
    dialog.close()


def test_the_keyboard_alone_opens_a_sample_moves_a_unit_undoes_and_saves(
    main_window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy_path = tmp_path / UN_SAMPLE.name
    shutil.copy(UN_SAMPLE, copy_path)
    monkeypatch.setattr(start_page_module, "sample_files", lambda: [copy_path])
    page = main_window.show_start_page()
    title = load_design(copy_path).metadata.title
    assert page.samples.item(0).text() == title  # listed by its title
    focus(qtbot, page.samples)
    qtbot.keyClick(page.samples, Qt.Key.Key_Return)
    c = main_window.controller
    assert c.path == copy_path and main_window.start_page is None
    view = main_window.view
    qtbot.waitUntil(view.hasFocus)
    before = copy.deepcopy(c.design)
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Right):
        qtbot.keyClick(QApplication.focusWidget(), key)
    (moving,) = main_window.scene.selected_unit_ids()
    old_parent = c.scenario.units[moving].parent
    target = next(
        u
        for u in c.scenario.units.values()
        if u.id not in (moving, old_parent)
        and moving not in [u.id, *c.scenario.ancestors(u.id)]
        and u.parent is not None
        and u.short_name
    )

    def choose() -> None:  # in the Move To dialog, from the keyboard
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, MoveToDialog)]
        dialog = next((d for d in dialogs if d.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(20, choose)  # not shown yet
            return
        try:
            dialog.activateWindow()  # the dialog has the keyboard, as on a desktop
            dialog.search.setFocus()
            qtbot.keyClicks(dialog.search, f"({target.short_name})")
            qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
        finally:
            if dialog.isVisible():
                dialog.reject()  # never leave the test blocked: the asserts below then fail

    def back_to_the_window() -> None:
        """The desktop gives the window the keyboard back when the dialog closes."""
        main_window.activateWindow()
        qtbot.waitUntil(view.hasFocus)  # the window's own focus widget: the chart

    QTimer.singleShot(0, choose)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert c.scenario.units[moving].parent == target.id, main_window.statusBar().currentMessage()
    back_to_the_window()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert c.design == before
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right, Qt.KeyboardModifier.NoModifier)
    QTimer.singleShot(0, choose)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    back_to_the_window()
    moved = c.scenario.units[main_window.scene.selected_unit_ids()[0]].parent == target.id
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not c.modified
    assert load_design(copy_path) == c.design  # what was saved is what is on screen
    assert moved or c.design == before


def _unnamed(root: QWidget) -> list[str]:
    """The widgets a user can reach with Tab or a click that a screen reader cannot name."""
    return [
        f"{type(w).__name__} {w.objectName()} in {type(w.parentWidget()).__name__}"
        for w in [root, *root.findChildren(QWidget)]
        if w.isVisibleTo(root.window())
        and w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and not accessible_name(w)
    ]


def test_every_widget_a_user_reaches_has_an_accessible_name(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    _open(main_window, qtbot)
    main_window.scene.select_units([next(iter(main_window.scene.cards))])  # the Inspector fills
    for dock in main_window.findChildren(QDockWidget):
        dock.show()
    qtbot.wait(20)
    assert _unnamed(main_window) == []
    page = main_window.show_start_page()
    assert _unnamed(page) == []
    dialog = main_window.show_shortcuts()
    assert _unnamed(dialog) == []
    dialog.close()
