"""The Linux bundle (``packaging/build-linux.sh``) runs with no Python and no checkout around it.

Skipped unless ``dist/orgeditor`` exists: ``ORGEDITOR_BUILD_BUNDLE=1 .ci/run`` builds it first.
Each program runs with an environment stripped of Python's variables and a current folder
outside the checkout, so it can only use what the bundle carries.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from orgeditor import __version__
from orgeditor.cli import main as cli_main
from tests.conftest import ROOT, UN_SAMPLE

BUNDLE = ROOT / "dist" / "orgeditor"
pytestmark = pytest.mark.skipif(
    not (BUNDLE / "orgeditor-cli").is_file(),
    reason="no bundle in dist/orgeditor: build it with packaging/build-linux.sh "
    "(or ORGEDITOR_BUILD_BUNDLE=1 .ci/run)",
)
SECONDS = 180


def _run(program: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(cwd), "QT_QPA_PLATFORM": "offscreen"}
    env |= {"XDG_CONFIG_HOME": str(cwd / "config"), "XDG_DATA_HOME": str(cwd / "data")}
    return subprocess.run(
        [str(BUNDLE / program), *args],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=SECONDS,
    )


def test_the_bundled_cli_summarises_the_un_sample_as_the_package_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bundled = _run("orgeditor-cli", "summary", str(UN_SAMPLE), "--format", "json", cwd=tmp_path)
    assert bundled.returncode == 0, bundled.stderr
    assert cli_main(["summary", str(UN_SAMPLE), "--format", "json"]) == 0
    assert json.loads(bundled.stdout) == json.loads(capsys.readouterr().out)


def test_the_bundle_is_this_version(tmp_path: Path) -> None:
    for program in ("orgeditor", "orgeditor-cli"):
        done = _run(program, "--version", cwd=tmp_path)
        assert done.returncode == 0 and done.stdout.split()[-1] == __version__, done


def test_the_bundled_app_opens_the_un_sample_and_exports_its_chart(tmp_path: Path) -> None:
    from pypdf import PdfReader

    out = tmp_path / "chart.pdf"
    done = _run("orgeditor", str(UN_SAMPLE), "--export-pdf", str(out), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "DPPA" in text and "DPO" in text


def test_the_bundle_carries_the_xcb_libraries_qt_needs() -> None:
    for lib in ("libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1"):
        assert (BUNDLE / "_internal" / lib).is_file(), lib


def test_the_bundle_carries_a_font_and_its_licence() -> None:
    fonts = BUNDLE / "_internal" / "fonts"
    assert (fonts / "DejaVuSans.ttf").is_file() and (fonts / "LICENSE-DejaVu.txt").is_file()


def test_the_single_file_unpacks_once_then_starts_from_its_folder(tmp_path: Path) -> None:
    runs = list(BUNDLE.parent.glob(f"orgeditor-{__version__}-linux-*.run"))
    assert len(runs) == 1, runs
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    target = tmp_path / ".local" / "share" / "orgeditor" / "bundle" / __version__
    for start in ("first", "second"):
        done = subprocess.run(
            [str(runs[0]), "cli", "--version"],
            env=env,
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=SECONDS,
        )
        assert done.returncode == 0 and done.stdout.split()[-1] == __version__, done
        assert ("unpacking" in done.stderr) == (start == "first"), (start, done.stderr)
        assert (target / "orgeditor-cli").is_file()
