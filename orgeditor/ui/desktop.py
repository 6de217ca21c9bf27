"""``orgeditor --install-desktop``: register the app with a freedesktop (Linux) desktop.

Writes, under ``$XDG_DATA_HOME`` (``~/.local/share``): the desktop entry (its
``Exec`` line names the program that runs now: the bundle, or this Python with
``-m orgeditor``), the icon in the hicolor sizes rendered from the one SVG, the
same icon for design files, and the ``application/x-orgdesign`` MIME type; then
refreshes the MIME, desktop-entry and icon caches with the tools the system
has. A manifest lists every file written; ``--uninstall-desktop`` removes
exactly those (and the manifest), then refreshes the caches again.
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

from orgeditor.assets import resource

ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)  # the hicolor theme's usual sizes
APP_ID = "orgeditor"
MIME_ICON = "application-x-orgdesign"
MANIFEST = Path(APP_ID) / "desktop-install.json"
Runner = Callable[[list[str]], object]


def data_home() -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share``."""
    value = os.environ.get("XDG_DATA_HOME")
    return Path(value) if value and Path(value).is_absolute() else Path.home() / ".local/share"


def launch_command() -> list[str]:
    """The command that starts this app: the AppImage or bundle, else this Python.

    The single-file ``.run`` unpacks itself once into a versioned folder of the
    user's data folder and starts the bundle there, so ``sys.executable`` stays.
    """
    if os.environ.get("APPIMAGE"):
        return [os.environ["APPIMAGE"]]
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", APP_ID]


def desktop_entry(command: list[str]) -> str:
    """The shipped desktop entry with ``Exec`` running ``command`` on the files opened."""
    lines = resource(f"{APP_ID}.desktop").read_text(encoding="utf-8").splitlines()
    exec_line = "Exec=" + " ".join(_exec_quote(part) for part in command) + " %F"
    return "\n".join(exec_line if line.startswith("Exec=") else line for line in lines) + "\n"


def _exec_quote(part: str) -> str:
    """One argument of an ``Exec`` key (the desktop entry spec's quoting)."""
    if not any(c in part for c in " \t\n\"'\\><~|&;$*?#()`"):
        return part
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in part)
    return f'"{escaped}"'.replace("\\", "\\\\")


def icon_png(size: int) -> bytes:
    """The app icon rendered from its SVG at ``size`` pixels square, as PNG."""
    renderer = QSvgRenderer(str(resource("icons", f"{APP_ID}.svg")))
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    QImageWriter(buffer, b"PNG").write(image)  # QImage.save refuses b"PNG", which its stubs ask
    return bytes(data.data())


def planned_files(home: Path) -> dict[Path, bytes]:
    """Every file ``--install-desktop`` writes under ``home``, with its content."""
    icons = home / "icons" / "hicolor"
    files = {
        home / "applications" / f"{APP_ID}.desktop": desktop_entry(launch_command()).encode(),
        home / "mime" / "packages" / f"{APP_ID}.xml": resource(f"{APP_ID}-mime.xml").read_bytes(),
    }
    svg = resource("icons", f"{APP_ID}.svg").read_bytes()
    files[icons / "scalable" / "apps" / f"{APP_ID}.svg"] = svg
    files[icons / "scalable" / "mimetypes" / f"{MIME_ICON}.svg"] = svg
    for size in ICON_SIZES:
        png = icon_png(size)
        files[icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png"] = png
        files[icons / f"{size}x{size}" / "mimetypes" / f"{MIME_ICON}.png"] = png
    return files


def refresh_caches(home: Path, run: Runner | None = None) -> list[str]:
    """Run the cache tools this system has; returns the names of those that ran."""
    run = run or (lambda argv: subprocess.run(argv, capture_output=True, check=False))
    tools = [
        ["update-mime-database", str(home / "mime")],
        ["update-desktop-database", str(home / "applications")],
        ["gtk-update-icon-cache", "--force", "--ignore-theme-index", str(home / "icons/hicolor")],
    ]
    ran = []
    for argv in tools:
        if shutil.which(argv[0]) and Path(argv[-1]).is_dir():
            run(argv)
            ran.append(argv[0])
    return ran


def install(home: Path | None = None) -> list[Path]:
    """Write the desktop entry, icons and MIME type; returns the files written.

    Installing again replaces the files and removes any that an earlier install
    wrote and this one does not, so the manifest lists exactly what is there.

    Raises:
        OSError: a file cannot be written.
    """
    home = home or data_home()
    previous = set(_recorded(home))
    files = planned_files(home)
    _write_manifest(home, sorted(previous | set(files)))  # first: a half install can be undone
    for path, content in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    for stale in previous - set(files):
        stale.unlink(missing_ok=True)
    _write_manifest(home, sorted(files))
    refresh_caches(home)
    return sorted(files)


def uninstall(home: Path | None = None) -> list[Path]:
    """Remove exactly the files the install recorded (and the manifest); returns them."""
    home = home or data_home()
    removed = []
    for path in _recorded(home):
        if path.is_file():
            path.unlink()
            removed.append(path)
    (home / MANIFEST).unlink(missing_ok=True)
    with_parents = [home / MANIFEST, *removed]
    for path in with_parents:  # folders the install made and left empty
        for parent in path.parents:
            if parent == home or not parent.is_relative_to(home):
                break
            try:
                parent.rmdir()
            except OSError:
                break
    refresh_caches(home)
    return removed


def _recorded(home: Path) -> list[Path]:
    try:
        names = json.loads((home / MANIFEST).read_text(encoding="utf-8"))["files"]
    except (OSError, ValueError, KeyError, TypeError):
        return []
    paths = [home / str(name) for name in names]
    return [p for p in paths if p.resolve().is_relative_to(home.resolve())]


def _write_manifest(home: Path, paths: list[Path]) -> None:
    manifest = home / MANIFEST
    manifest.parent.mkdir(parents=True, exist_ok=True)
    names = [str(p.relative_to(home)) for p in paths]
    manifest.write_text(json.dumps({"files": names}, indent=1) + "\n", encoding="utf-8")


def describe(paths: list[Path], verb: str) -> str:
    """One line per file, for the terminal."""
    return "\n".join([f"{verb} {len(paths)} files:", *(f"  {shlex.quote(str(p))}" for p in paths)])
