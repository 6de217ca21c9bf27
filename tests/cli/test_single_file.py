"""The single-file ``.run`` (``packaging/make-run.sh``) unpacks once, then starts from there.

A small stand-in bundle (two shell programs that print who they are and their
arguments) is packed with the real script, so this runs without building the
app; ``tests/cli/test_bundle.py`` runs the real one when it has been built.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.conftest import ROOT

MAKE_RUN = ROOT / "packaging" / "make-run.sh"
VERSION = "9.8.7"


def _fake_bundle(folder: Path) -> Path:
    folder.mkdir()
    for program in ("orgeditor", "orgeditor-cli"):
        script = folder / program
        script.write_text(
            f'#!/bin/sh\necho "{program} $(cd "$(dirname "$0")" && pwd) $*"\n'
            'echo "single=$ORGEDITOR_SINGLE_FILE"\n'
        )
        script.chmod(0o755)
    (folder / "_internal").mkdir()
    (folder / "_internal" / "data.txt").write_text("payload\n")
    return folder


def _pack(tmp_path: Path) -> Path:
    out = tmp_path / "orgeditor.run"
    subprocess.run(
        [str(MAKE_RUN), str(_fake_bundle(tmp_path / "bundle")), VERSION, str(out)], check=True
    )
    return out


def _start(run_file: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home)}
    return subprocess.run(
        [str(run_file), *args], env=env, capture_output=True, text=True, timeout=60
    )


def test_the_first_start_unpacks_into_a_versioned_folder_and_later_ones_reuse_it(
    tmp_path: Path,
) -> None:
    run_file = _pack(tmp_path)
    home = tmp_path / "home"
    target = home / ".local" / "share" / "orgeditor" / "bundle" / VERSION

    first = _start(run_file, home, "a.orgdesign", "--print")
    assert first.returncode == 0, first.stderr
    assert first.stdout.splitlines() == [
        f"orgeditor {target} a.orgdesign --print",
        f"single={run_file}",
    ]
    assert "unpacking" in first.stderr
    assert (target / "_internal" / "data.txt").read_text() == "payload\n"
    stamp = (target / ".unpacked").stat().st_mtime_ns

    (target / "_internal" / "data.txt").write_text("kept\n")  # proof nothing is unpacked again
    second = _start(run_file, home, "cli", "summary", "x")
    assert second.returncode == 0 and second.stderr == "", second.stderr
    assert second.stdout.splitlines()[0] == f"orgeditor-cli {target} summary x"
    assert (target / "_internal" / "data.txt").read_text() == "kept\n"
    assert (target / ".unpacked").stat().st_mtime_ns == stamp
    assert sorted(p.name for p in target.parent.iterdir()) == [VERSION]  # no leftovers


def test_a_damaged_file_is_refused_and_leaves_nothing_behind(tmp_path: Path) -> None:
    run_file = _pack(tmp_path)
    data = bytearray(run_file.read_bytes())
    data[-100] ^= 0xFF
    run_file.write_bytes(bytes(data))
    home = tmp_path / "home"
    done = _start(run_file, home)
    assert done.returncode == 1 and "damaged" in done.stderr
    bundles = home / ".local" / "share" / "orgeditor" / "bundle"
    assert list(bundles.iterdir()) == []


def test_remove_deletes_every_unpacked_version(tmp_path: Path) -> None:
    run_file = _pack(tmp_path)
    home = tmp_path / "home"
    assert _start(run_file, home).returncode == 0
    bundles = home / ".local" / "share" / "orgeditor" / "bundle"
    (bundles / "0.1.0").mkdir()
    done = _start(run_file, home, "--remove")
    assert done.returncode == 0, done.stderr
    assert "orgeditor" in done.stdout.splitlines()[0]  # the app was asked to --uninstall-desktop
    assert "--uninstall-desktop" in done.stdout.splitlines()[0]
    assert not bundles.exists()
