"""The error log rotates by size and stays private."""

from __future__ import annotations

import stat
from pathlib import Path

from orgeditor.ui import logs
from orgeditor.ui.crash import log_error


def test_the_log_rolls_over_and_keeps_a_bounded_number_of_files(
    tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "logs"
    log_error(folder, "first")
    handler = logs._HANDLERS[folder.resolve()]
    monkeypatch.setattr(handler, "maxBytes", 200)
    for n in range(100):
        assert log_error(folder, f"error {n:03} " + "x" * 50) == folder.resolve() / "errors.log"
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["errors.log", *(f"errors.log.{i}" for i in range(1, logs.BACKUPS + 1))]
    assert all(p.stat().st_size <= 200 + 64 for p in folder.iterdir())
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in folder.iterdir())
    assert "error 099" in (folder / "errors.log").read_text()  # the newest is in the live file
