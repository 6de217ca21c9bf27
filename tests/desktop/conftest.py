"""Real launches of the app in separate processes, each test in its own home and socket name."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT

START_SECONDS = 90  # a loaded CI machine takes long to import Qt


@pytest.fixture
def app_env(tmp_path: Path) -> dict[str, str]:
    """The environment of a launch: offscreen, private folders, a socket name of its own."""
    env = dict(os.environ)
    home = tmp_path / "home"
    for folder in ("config", "data", "cache"):
        (home / folder).mkdir(parents=True)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        ORGEDITOR_INSTANCE=f"orgeditor-test-{uuid.uuid4().hex[:12]}",
        PYTHONPATH=str(ROOT),
    )
    return env


def wait_for(check: Callable[[], bool], seconds: float, what: str) -> None:
    """Poll ``check`` until it holds; fail naming ``what`` after ``seconds``."""
    deadline = time.monotonic() + seconds
    while not check():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.2)


def recent_files(env: dict[str, str]) -> str:
    """The running app's settings file (its recent files), as text; empty until written."""
    conf = Path(env["XDG_CONFIG_HOME"]) / "orgeditor" / "orgeditor.conf"
    return conf.read_text() if conf.is_file() else ""


@pytest.fixture
def running_app(app_env: dict[str, str]) -> Iterator[subprocess.Popen[bytes]]:
    """The first launch, listening on its socket; ended after the test."""
    socket = Path(os.environ.get("TMPDIR", "/tmp")) / app_env["ORGEDITOR_INSTANCE"]
    app = subprocess.Popen(
        [sys.executable, "-m", "orgeditor"],
        env=app_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        wait_for(lambda: socket.exists() or app.poll() is not None, START_SECONDS, "the app")
        assert app.poll() is None, app.communicate()[0].decode()
        yield app
    finally:
        app.terminate()
        try:
            app.wait(30)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait()
