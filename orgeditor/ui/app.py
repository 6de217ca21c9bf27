"""``orgeditor [FILE]``: start the desktop application."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from orgeditor import __version__
from orgeditor.assets import resource
from orgeditor.ui import crash
from orgeditor.ui.main_window import APP_NAME, MainWindow


def create_application(argv: Sequence[str]) -> QApplication:
    """The one QApplication, named so that settings and the desktop entry find it."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(list(argv))
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("orgeditor")
    app.setWindowIcon(QIcon(str(resource("icons", "orgeditor.svg"))))
    return app


def main(argv: Sequence[str] | None = None) -> int:
    """Open the main window (on FILE if given) and run the event loop."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(prog="orgeditor", description="Edit organisation designs.")
    parser.add_argument("file", nargs="?", metavar="FILE", help="a .orgdesign file to open")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    args, qt_args = parser.parse_known_args(args_list)
    app = create_application([sys.argv[0], *qt_args])
    window = MainWindow()
    crash.install(window, window.settings.log_folder, window.recovery.autosave)
    window.show()
    restored = window.recovery.offer_recovery()  # what a crash left, before anything else
    if args.file and not restored:
        window.open_file(args.file)
    elif not restored:
        window.show_start_page()  # no file: open recent, a sample, or new from a template
    return app.exec()


def run() -> None:
    """GUI-script entry point."""
    sys.exit(main())
