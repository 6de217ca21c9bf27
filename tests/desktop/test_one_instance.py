"""A second launch hands its files to the running app, over the local socket, and exits 0."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import MINISTRIES_SAMPLE, UN_SAMPLE
from tests.desktop.conftest import START_SECONDS, recent_files, wait_for


def test_a_second_launch_opens_its_files_in_the_running_app(
    running_app: subprocess.Popen[bytes], app_env: dict[str, str], tmp_path: Path
) -> None:
    first = shutil.copy(UN_SAMPLE, tmp_path / "handed over.orgdesign")
    second = shutil.copy(MINISTRIES_SAMPLE, tmp_path / "second.orgdesign")
    assert "handed over" not in recent_files(app_env)
    launch = subprocess.run(
        [sys.executable, "-m", "orgeditor", str(first), "second.orgdesign", "--scenario", "x"],
        env=app_env,
        cwd=tmp_path,  # a relative path is the launch's, not the running app's
        capture_output=True,
        timeout=START_SECONDS,
    )
    assert launch.returncode == 0, launch.stderr.decode()
    assert running_app.poll() is None  # the first app carries on ...
    # ... and opened both files (they enter its recent files, which it writes to its settings)
    wait_for(
        lambda: str(first) in recent_files(app_env) and str(second) in recent_files(app_env),
        30,
        "the running app to open the handed-over files",
    )


def test_the_app_exports_a_pdf_without_a_screen(app_env: dict[str, str], tmp_path: Path) -> None:
    from pypdf import PdfReader

    out = tmp_path / "chart.pdf"
    launch = subprocess.run(
        [sys.executable, "-m", "orgeditor", str(UN_SAMPLE), "--export-pdf", str(out)],
        env=app_env,
        capture_output=True,
        timeout=START_SECONDS,
    )
    assert launch.returncode == 0, launch.stderr.decode()
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    for name in ("DPPA", "DPO"):  # units of the proposal, drawn on the chart
        assert name in text


def test_export_pdf_of_a_damaged_file_says_why_and_fails(
    app_env: dict[str, str], tmp_path: Path
) -> None:
    bad = tmp_path / "bad.orgdesign"
    bad.write_text("{ not json")
    launch = subprocess.run(
        [sys.executable, "-m", "orgeditor", str(bad), "--export-pdf", str(tmp_path / "x.pdf")],
        env=app_env,
        capture_output=True,
        timeout=START_SECONDS,
    )
    assert launch.returncode == 1
    assert "bad.orgdesign" in launch.stderr.decode() and "Traceback" not in launch.stderr.decode()
    assert not (tmp_path / "x.pdf").exists()
