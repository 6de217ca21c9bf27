"""The single-file bundle's first start offers to join the desktop (issue 20).

Started from the ``.run`` (``ORGEDITOR_SINGLE_FILE`` set by its header), with no
desktop entry installed and the offer not declined before, the app asks once
whether to add orgeditor to the applications menu and open ``.orgdesign`` files
with it; Yes runs :func:`orgeditor.ui.desktop.install` (the entry points at the
unpacked, versioned bundle, which stays), No is remembered in the settings.
An entry installed earlier by another version of the single file is brought up
to date without asking: the user agreed once already.
"""

from __future__ import annotations

import os
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox, QWidget

from orgeditor.ui import desktop
from orgeditor.ui.i18n import translate

DECLINED_KEY = "desktop/integration_declined"


class Offer(Enum):
    """What the first start does about the desktop entry."""

    NOTHING = "nothing"
    ASK = "ask"
    UPDATE = "update"


def decide(
    single_file: bool, installed_entry: str | None, wanted_entry: str, declined: bool, bundles: Path
) -> Offer:
    """Ask, silently update the entry, or do nothing.

    ``installed_entry`` is the desktop entry's text (None: none is installed),
    ``wanted_entry`` what an install would write now, ``bundles`` the folder the
    single file unpacks its versions into.
    """
    if not single_file:
        return Offer.NOTHING
    if installed_entry is None:
        return Offer.NOTHING if declined else Offer.ASK
    stale = installed_entry != wanted_entry and str(bundles) in installed_entry
    return Offer.UPDATE if stale else Offer.NOTHING


def question(parent: QWidget | None) -> QMessageBox:
    """The dialog that asks; Yes is the default."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("FirstStart", "Add orgeditor to this desktop?"))
    box.setText(
        translate(
            "FirstStart",
            "Add orgeditor to the applications menu and open .orgdesign files with it?",
        )
    )
    box.setInformativeText(
        translate(
            "FirstStart",
            "A double-click on a design then opens it here. You are asked only once: "
            "to change it later, start orgeditor with --install-desktop or "
            "--uninstall-desktop.",
        )
    )
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    return box


def offer(
    parent: QWidget | None, store: QSettings | None = None, home: Path | None = None
) -> Offer:
    """Decide, ask when that is the decision, and act on the answer; returns the decision."""
    store = store if store is not None else QSettings()
    home = home or desktop.data_home()
    entry_file = home / "applications" / f"{desktop.APP_ID}.desktop"
    installed = entry_file.read_text(encoding="utf-8") if entry_file.is_file() else None
    decision = decide(
        bool(os.environ.get("ORGEDITOR_SINGLE_FILE")),
        installed,
        desktop.desktop_entry(desktop.launch_command()),
        bool(store.value(DECLINED_KEY, False, type=bool)),
        home / desktop.APP_ID / "bundle",
    )
    if decision is Offer.ASK and question(parent).exec() != QMessageBox.StandardButton.Yes:
        store.setValue(DECLINED_KEY, True)
        return decision
    if decision is not Offer.NOTHING:
        try:
            desktop.install(home)
        except OSError as error:
            QMessageBox.warning(
                parent,
                translate("FirstStart", "Add orgeditor to this desktop?"),
                translate("FirstStart", "The desktop's files cannot be written: {0}").format(error),
            )
    return decision
