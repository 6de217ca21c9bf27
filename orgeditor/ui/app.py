"""``orgeditor [FILE…]``: start the desktop application, or hand the files to the running one."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from orgeditor import __version__
from orgeditor.assets import resource
from orgeditor.io import DesignFileError, load_design
from orgeditor.ui import crash, first_start, i18n
from orgeditor.ui.fonts import add_bundled_fonts, bundled_fonts_folder, prefer_simplified_chinese
from orgeditor.ui.instance import InstanceServer, OpenRequest, absolute, hand_over
from orgeditor.ui.main_window import APP_NAME, MainWindow
from orgeditor.ui.settings import AppSettings

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


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
    add_bundled_fonts(app, bundled_fonts_folder())
    prefer_simplified_chinese(app)  # after the bundle's: its face may be the first
    return app


def parser() -> argparse.ArgumentParser:
    """The command line of the desktop app (Qt's own options pass through)."""
    p = argparse.ArgumentParser(
        prog="orgeditor",
        description="Edit organisation designs. With the app already running, the files "
        "open in it (a new window each) and this command ends.",
    )
    p.add_argument("files", nargs="*", metavar="FILE", help=".orgdesign files to open")
    p.add_argument("--scenario", metavar="NAME", help="show this scenario (an id or a name)")
    p.add_argument("--compare-with", metavar="NAME", help="mark the changes against this scenario")
    p.add_argument("--print", action="store_true", help="open the print dialog and preview")
    p.add_argument(
        "--export-pdf",
        metavar="OUT",
        help="open FILE without a screen, export its chart as PDF to OUT and exit",
    )
    p.add_argument(
        "--new-instance", action="store_true", help="start a separate app, never hand over"
    )
    p.add_argument(
        "--install-desktop",
        action="store_true",
        help="register the app, its icon and the .orgdesign file type with this desktop",
    )
    p.add_argument(
        "--uninstall-desktop", action="store_true", help="remove what --install-desktop added"
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return p


class AppWindows:
    """The app's windows: the first one made at start, one more per file handed over."""

    def __init__(self) -> None:
        self.windows: list[MainWindow] = []

    def new_window(self) -> MainWindow:
        """A new main window, shown; the first one also reports unexpected errors."""
        window = MainWindow()
        if not self.windows:
            crash.install(window, window.settings.log_folder, window.recovery.autosave)
        else:
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.destroyed.connect(lambda _=None, w=window: self._forget(w))
        self.windows.append(window)
        window.show()
        return window

    def _forget(self, window: MainWindow) -> None:
        if window in self.windows:
            self.windows.remove(window)

    def _unused(self) -> MainWindow | None:
        """A window that holds only the untitled design it started with."""
        for window in reversed(self.windows):
            c = window.controller
            if c is not None and c.path is None and not c.modified and window.isVisible():
                return window
        return None

    def open(self, request: OpenRequest) -> list[MainWindow]:
        """Open each file of ``request`` in an unused window or a new one; returns those windows."""
        opened = []
        for path in request.files:
            window = self._unused() or self.new_window()
            if window.open_file(path):
                show_as_asked(window, request)
                opened.append(window)
        front = opened[-1] if opened else (self.windows[-1] if self.windows else None)
        if front is not None:
            front.setWindowState(front.windowState() & ~Qt.WindowState.WindowMinimized)
            front.raise_()
            front.activateWindow()
        return opened


def show_as_asked(window: MainWindow, request: OpenRequest) -> None:
    """Switch to the scenario, start comparing and open the print dialog, as asked."""
    c = window.controller
    assert c is not None
    try:
        if request.scenario:
            c.switch_scenario(c.design.find_scenario(request.scenario).id)
        if request.compare_with:
            other = c.design.find_scenario(request.compare_with)
            window.compare_dock.show()
            window.compare_dock.raise_()
            window.compare.compare_requested.emit(other.id)
    except LookupError as error:
        window.statusBar().showMessage(str(error), 15000)
    if request.print:
        QTimer.singleShot(0, window.reports.on_print_triggered)


def export_pdf(args: argparse.Namespace) -> int:
    """``--export-pdf OUT``: open the one FILE in a window, export its chart, exit."""
    from orgeditor.ui.printing.export import ExportOptions, export_chart

    if len(args.files) != 1:
        print("orgeditor: --export-pdf needs exactly one FILE", file=sys.stderr)
        return EXIT_USAGE
    try:
        load_design(args.files[0])  # errors to the terminal, before a window would show them
    except (DesignFileError, OSError) as error:
        print(f"orgeditor: {error}", file=sys.stderr)
        return EXIT_FAILED
    windows = AppWindows()
    window = windows.new_window()
    windows.open(OpenRequest(files=absolute(args.files), scenario=args.scenario))
    c = window.controller
    assert c is not None
    out = Path(args.export_pdf)
    try:
        pages = export_chart(c.design, c.scenario, out, ExportOptions(format="pdf"))
    except (OSError, ValueError) as error:
        print(f"orgeditor: cannot export to {out}: {error}", file=sys.stderr)
        return EXIT_FAILED
    window.close()
    print(f"wrote {out} ({pages} page{'s' if pages != 1 else ''}, {c.scenario.name})")
    return EXIT_OK


def desktop_command(install: bool) -> int:
    """``--install-desktop`` / ``--uninstall-desktop``."""
    from orgeditor.ui import desktop

    try:
        paths = desktop.install() if install else desktop.uninstall()
    except OSError as error:
        print(f"orgeditor: cannot change the desktop's files: {error}", file=sys.stderr)
        return EXIT_FAILED
    print(desktop.describe(paths, "installed" if install else "removed"))
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Open the files in the running app, or start the app on them and run its event loop."""
    args, qt_args = parser().parse_known_args(list(sys.argv[1:] if argv is None else argv))
    headless = args.export_pdf or args.install_desktop or args.uninstall_desktop
    if headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = create_application([sys.argv[0], *qt_args])
    i18n.apply_language(i18n.chosen_language(AppSettings().language()))  # before any widget
    if args.install_desktop or args.uninstall_desktop:
        return desktop_command(args.install_desktop)
    if args.export_pdf:
        return export_pdf(args)
    request = OpenRequest(absolute(args.files), args.scenario, args.compare_with, args.print)
    if not args.new_instance and hand_over(request):
        return EXIT_OK
    windows = AppWindows()
    server = InstanceServer(app)
    if not args.new_instance and not server.listen():
        print(f"orgeditor: files cannot be handed to this app: {server.server.errorString()}")
    server.open_requested.connect(windows.open)
    window = windows.new_window()
    restored = window.recovery.offer_recovery()  # what a crash left, before anything else
    if request.files and not restored:
        windows.open(request)
    elif not restored:
        window.show_start_page()  # no file: open recent, a sample, or new from a template
    first_start.offer(window)  # the single-file bundle asks once to join the desktop
    return app.exec()


def run() -> None:
    """GUI-script entry point."""
    sys.exit(main())
