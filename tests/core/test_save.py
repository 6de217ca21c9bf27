"""Saving is atomic, keeps a backup and never leaves a partial or temporary file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from orgeditor.io import dumps, load_design, save_design
from orgeditor.io import files as files_module
from orgeditor.io.files import backup_path
from tests.builders import tiny_design


def test_first_save_writes_the_file_and_no_backup(tmp_path: Path) -> None:
    target = tmp_path / "d.orgdesign"
    save_design(tiny_design(), target)
    assert target.read_bytes() == dumps(tiny_design())
    assert not backup_path(target).exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.orgdesign"]


def test_second_save_keeps_the_previous_version_as_backup(tmp_path: Path) -> None:
    target = tmp_path / "d.orgdesign"
    first = tiny_design()
    save_design(first, target)
    second = tiny_design()
    second.metadata.title = "Second"
    save_design(second, target)
    assert load_design(target).metadata.title == "Second"
    assert load_design(backup_path(target)) == first
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.orgdesign", "d.orgdesign~"]


def test_a_failed_write_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "d.orgdesign"
    save_design(tiny_design(), target)
    before = target.read_bytes()

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files_module.os, "fsync", full_disk)
    changed = tiny_design()
    changed.metadata.title = "Lost"
    with pytest.raises(OSError, match="No space left"):
        save_design(changed, target)
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.orgdesign"]


def test_saving_into_a_missing_folder_raises(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        save_design(tiny_design(), tmp_path / "gone" / "d.orgdesign")


def test_permissions_of_an_existing_file_are_kept(tmp_path: Path) -> None:
    target = tmp_path / "d.orgdesign"
    save_design(tiny_design(), target)
    os.chmod(target, 0o640)
    save_design(tiny_design(), target)
    assert target.stat().st_mode & 0o777 == 0o640


def test_a_new_file_gets_ordinary_permissions(tmp_path: Path) -> None:
    target = tmp_path / "d.orgdesign"
    save_design(tiny_design(), target)
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


def test_saving_twice_is_byte_identical(tmp_path: Path) -> None:
    a, b = tmp_path / "a.orgdesign", tmp_path / "b.orgdesign"
    save_design(tiny_design(), a)
    save_design(load_design(a), b)
    assert a.read_bytes() == b.read_bytes()


def _canonical(data: bytes) -> bytes:
    """What pydantic itself writes for these bytes: schema key order, defaults left out."""
    from orgeditor.io.schema import DesignFile

    doc = DesignFile.model_validate_json(data)
    return doc.model_dump_json(indent=2, exclude_defaults=True).encode() + b"\n"


def test_dumps_writes_the_schemas_canonical_form() -> None:
    """dumps builds the JSON itself (for speed); it must be what the schema would write."""
    from orgeditor.io.templates import design_from_template
    from orgeditor.model import Note, PresenceType
    from orgeditor.synthetic import generate
    from tests.conftest import MINISTRIES_SAMPLE, UN_SAMPLE

    odd = tiny_design()
    unit = odd.baseline.units["a"]
    unit.note = Note(reference="A/72/525 para. 3")  # only a reference
    unit.short_name, unit.presence_type = "Ä “quoted” \\ \u200f", PresenceType.ENVOY
    odd.metadata.description = "two\nlines\twith a tab"  # a long text keeps LF and tab
    odd.rules.presence_leads = {PresenceType.ENVOY: "political"}
    odd.cost_table.currency = "EUR"
    designs = [odd, design_from_template("un-secretariat"), generate(300, seed=2)]
    designs += [load_design(UN_SAMPLE), load_design(MINISTRIES_SAMPLE)]
    for design in designs:
        data = dumps(design)
        assert data == _canonical(data)
