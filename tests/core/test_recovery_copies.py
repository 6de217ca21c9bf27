"""Recovery copies: written atomically, found newest first, skipped when half-written."""

from __future__ import annotations

import json
import os
import stat
import time
from pathlib import Path

import pytest

from orgeditor.io import dumps, loads
from orgeditor.io.recovery import find_copies, remove_copy, scan_copies, write_copy
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


def test_the_folder_is_private_and_the_copies_are_0600(tmp_path: Path) -> None:
    folder = tmp_path / "data" / "recovery"
    original = tmp_path / "plan.orgdesign"
    original.write_bytes(b"{}")
    os.chmod(original, 0o644)
    write_copy(folder, "s1", b"{}", original, "Plan")
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in folder.iterdir()}
    assert modes == {"s1.orgdesign": 0o600, "s1.json": 0o600}


def test_an_existing_open_folder_is_closed_and_a_stricter_original_is_followed(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "recovery"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    original = tmp_path / "secret.orgdesign"
    original.write_bytes(b"{}")
    os.chmod(original, 0o400)
    write_copy(folder, "s1", b"1", original, "Secret")
    write_copy(folder, "s1", b"2", original, "Secret")  # a read-only copy is still replaced
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / "s1.orgdesign").stat().st_mode) == 0o400
    assert (folder / "s1.orgdesign").read_bytes() == b"2"


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"disk_stamp": [1e999, 2]}, "disk_stamp"),
        ({"disk_stamp": [1.5, 2]}, "disk_stamp"),
        ({"disk_stamp": "12"}, "disk_stamp"),
        ({"saved_at": "0001-01-01T00:00:00+14:00"}, ""),
        ({"saved_at": "9999-12-31T23:59:59-14:00"}, ""),
        ({"saved_at": "yesterday"}, "isoformat"),
        ({"saved_at": 5}, ""),
        ({"original": 5}, "text"),
        ({"title": ["x"]}, "text"),
        ({"title": None}, "text"),
    ],
)
def test_a_damaged_info_file_is_skipped_with_a_reason_and_good_copies_still_found(
    tmp_path: Path, change: dict[str, object], reason: str
) -> None:
    write_copy(tmp_path, "good", b"{}", None, "Good")
    write_copy(tmp_path, "bad", b"{}", None, "Bad")
    info_path = tmp_path / "bad.json"
    info = json.loads(info_path.read_text())
    info.update(change)
    info_path.write_text(json.dumps(info).replace("Infinity", "1e999"))
    scan = scan_copies(tmp_path)
    assert [c.session for c in scan.copies] == ["good"]
    [(path, why)] = scan.skipped
    assert path == info_path and why and reason in why


@pytest.mark.parametrize(
    "text", ["", "not json", "[1, 2]", '{"title": "x"}', "[" * 100_000, '"\\ud800"']
)
def test_info_that_is_not_an_info_object_is_skipped(tmp_path: Path, text: str) -> None:
    write_copy(tmp_path, "good", b"{}", None, "Good")
    (tmp_path / "bad.orgdesign").write_bytes(b"{}")
    (tmp_path / "bad.json").write_text(text)
    scan = scan_copies(tmp_path)
    assert [c.session for c in scan.copies] == ["good"]
    assert [p.name for p, _ in scan.skipped] == ["bad.json"]
