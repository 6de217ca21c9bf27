"""``--install-desktop`` registers the app with a freedesktop desktop; uninstall undoes it.

The oracles are the desktop's own tools: ``gio`` tells a file's type from the installed
MIME database, and ``xdg-open`` (as a GNOME file manager's double-click) starts the
desktop entry's command, which hands the file to the running app.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import UN_SAMPLE
from tests.desktop.conftest import START_SECONDS, recent_files, wait_for

needs_tools = pytest.mark.skipif(
    not all(shutil.which(t) for t in ("gio", "xdg-open", "update-mime-database")),
    reason="needs gio, xdg-open and update-mime-database (Debian: libglib2.0-bin, xdg-utils, "
    "shared-mime-info)",
)


def _orgeditor(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "orgeditor", *args],
        env=env,
        capture_output=True,
        timeout=START_SECONDS,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def _content_type(env: dict[str, str], path: Path) -> str:
    info = subprocess.run(
        ["gio", "info", "-a", "standard::content-type", str(path)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return info.rsplit("standard::content-type:", 1)[1].strip()


def _files(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()}


def test_install_writes_the_entry_icons_and_type_and_uninstall_removes_exactly_them(
    app_env: dict[str, str], tmp_path: Path
) -> None:
    from PySide6.QtGui import QImage

    data = Path(app_env["XDG_DATA_HOME"])
    mine = data / "applications" / "someone-elses.desktop"
    mine.parent.mkdir(parents=True)
    mine.write_text("[Desktop Entry]\nType=Application\nName=x\nExec=x\n")
    before = _files(data)
    _orgeditor(app_env, "--install-desktop")
    manifest = json.loads((data / "orgeditor" / "desktop-install.json").read_text())
    installed = {data / name for name in manifest["files"]}
    assert installed <= _files(data) and mine.read_text().endswith("Exec=x\n")
    entry = (data / "applications" / "orgeditor.desktop").read_text()
    assert f"Exec={sys.executable} -m orgeditor %F" in entry.splitlines()
    assert "MimeType=application/x-orgdesign;" in entry.splitlines()
    for size in (16, 32, 48, 256):
        for kind, name in (("apps", "orgeditor"), ("mimetypes", "application-x-orgdesign")):
            image = QImage(str(data / f"icons/hicolor/{size}x{size}/{kind}/{name}.png"))
            assert (image.width(), image.height()) == (size, size)
            assert image.pixelColor(size // 2, size // 2).alpha() > 0  # drawn, not empty
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(
            ["desktop-file-validate", str(data / "applications" / "orgeditor.desktop")],
            capture_output=True,
            text=True,
        )
        assert check.returncode == 0, check.stdout
    if shutil.which("gio"):
        design = shutil.copy(UN_SAMPLE, tmp_path / "plan.orgdesign")
        assert _content_type(app_env, design) == "application/x-orgdesign"

    removed = _orgeditor(app_env, "--uninstall-desktop")
    assert f"removed {len(installed)} files" in removed
    left = _files(data)
    assert not installed & left
    assert mine in left and before <= left
    # what stays is only what the desktop's cache tools regenerate in their own folders
    assert all(
        "mime" in p.relative_to(data).parts[:1] or p.name.endswith(".cache") for p in left - before
    )


@needs_tools
def test_xdg_open_hands_a_design_to_the_running_app(
    running_app: subprocess.Popen[bytes], app_env: dict[str, str], tmp_path: Path
) -> None:
    _orgeditor(app_env, "--install-desktop")
    design = shutil.copy(UN_SAMPLE, tmp_path / "double-clicked.orgdesign")
    env = {**app_env, "XDG_CURRENT_DESKTOP": "GNOME"}  # xdg-open asks gio, as Files does
    opened = subprocess.run(
        ["xdg-open", str(design)], env=env, capture_output=True, text=True, timeout=START_SECONDS
    )
    assert opened.returncode == 0, opened.stderr
    wait_for(
        lambda: str(design) in recent_files(app_env), START_SECONDS, "the running app to open it"
    )
    assert running_app.poll() is None
