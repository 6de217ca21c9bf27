"""Recovery copies: written atomically, found newest first, skipped when half-written."""

from __future__ import annotations

import json
import time
from pathlib import Path

from orgeditor.io import dumps, loads
from orgeditor.io.recovery import find_copies, remove_copy, write_copy
from tests.builders import tiny_design


def test_a_copy_round_trips_with_its_file_and_time(tmp_path: Path) -> None:
    folder = tmp_path / "recovery"
    data = dumps(tiny_design())
    written = write_copy(folder, "s1", data, tmp_path / "plan.orgdesign", "Plan")
    [found] = find_copies(folder)
    assert found == written
    assert found.belongs_to == str(tmp_path / "plan.orgdesign")
    assert loads(found.path.read_bytes()) == tiny_design()
    assert sorted(p.name for p in folder.iterdir()) == ["s1.json", "s1.orgdesign"]


def test_an_untitled_design_is_named_by_its_title(tmp_path: Path) -> None:
    write_copy(tmp_path, "s1", b"{}", None, "Draft <b>A</b>")
    [found] = find_copies(tmp_path)
    assert found.original is None
    assert found.belongs_to == 'the untitled design "Draft <b>A</b>"'


def test_newest_first_and_rewriting_replaces(tmp_path: Path) -> None:
    write_copy(tmp_path, "old", b"1", None, "Old")
    time.sleep(1.1)  # the times are kept to the second
    write_copy(tmp_path, "new", b"2", None, "New")
    write_copy(tmp_path, "new", b"3", None, "New")
    found = find_copies(tmp_path)
    assert [c.session for c in found] == ["new", "old"]
    assert found[0].path.read_bytes() == b"3"


def test_half_written_and_foreign_files_are_skipped(tmp_path: Path) -> None:
    write_copy(tmp_path, "good", b"1", None, "Good")
    (tmp_path / "lost.orgdesign").write_bytes(b"no info beside it")
    write_copy(tmp_path, "no-design", b"1", None, "Gone")
    (tmp_path / "no-design.orgdesign").unlink()
    (tmp_path / "garbled.json").write_text("{not json")
    (tmp_path / "garbled.orgdesign").write_text("x")
    (tmp_path / "wrong.json").write_text(json.dumps({"original": 3, "saved_at": "x"}))
    (tmp_path / "wrong.orgdesign").write_text("x")
    assert [c.session for c in find_copies(tmp_path)] == ["good"]
    assert find_copies(tmp_path / "missing") == []


def test_removing_a_copy_removes_both_files_and_tolerates_none(tmp_path: Path) -> None:
    write_copy(tmp_path, "s1", b"1", None, "T")
    remove_copy(tmp_path, "s1")
    remove_copy(tmp_path, "s1")
    assert list(tmp_path.iterdir()) == []
