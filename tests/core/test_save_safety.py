"""Saving hostile or shared places: symlinks, groups, read-only files, a folder named NAME~,
and the staging files that killed saves leave behind (issue 14, parts 5-7).

We run as root in CI containers: root may write any file, so these tests check
the decisions (mode bits, owners, what is refused) rather than what the kernel allows.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from orgeditor import cli
from orgeditor.io import atomic as atomic_module
from orgeditor.io import load_design, save_design
from orgeditor.io.atomic import (
    STALE_STAGING_SECONDS,
    ReadOnlyFileError,
    backup_path,
    is_read_only,
    sweep_staging,
)
from orgeditor.io.errors import write_failure
from tests.builders import tiny_design

OTHER_UID, OTHER_GID = 54321, 54322  # nobody's: no user of the test machine has them


def _titled(title: str) -> object:
    design = tiny_design()
    design.metadata.title = title
    return design


def test_saving_through_a_symlink_writes_the_target_and_keeps_the_link(tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    target = real / "plan.orgdesign"
    save_design(_titled("First"), target)
    link = tmp_path / "link.orgdesign"
    link.symlink_to(target)

    save_design(_titled("Second"), link)

    assert link.is_symlink() and os.readlink(link) == str(target)
    assert load_design(target).metadata.title == "Second"  # the real file is up to date
    assert load_design(real / "plan.orgdesign~").metadata.title == "First"  # beside the target
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.orgdesign", "real"]
    assert backup_path(link) == real / "plan.orgdesign~"


def test_a_chain_of_links_is_followed_to_the_end(tmp_path: Path) -> None:
    target = tmp_path / "plan.orgdesign"
    save_design(_titled("First"), target)
    (tmp_path / "b.orgdesign").symlink_to("plan.orgdesign")  # relative
    (tmp_path / "a.orgdesign").symlink_to(tmp_path / "b.orgdesign")
    save_design(_titled("Second"), tmp_path / "a.orgdesign")
    assert (tmp_path / "a.orgdesign").is_symlink() and (tmp_path / "b.orgdesign").is_symlink()
    assert load_design(target).metadata.title == "Second"


def test_save_keeps_the_group_owner_and_mode_of_a_shared_file(tmp_path: Path) -> None:
    target = tmp_path / "shared.orgdesign"
    save_design(tiny_design(), target)
    if os.geteuid() != 0:
        pytest.skip("only the superuser can hand a file to a group it is not in")
    os.chown(target, OTHER_UID, OTHER_GID)
    os.chmod(target, 0o660)
    save_design(_titled("Changed"), target, force=True)  # 0660 of another owner: read-only to us
    info = target.stat()
    assert (info.st_uid, info.st_gid, info.st_mode & 0o777) == (OTHER_UID, OTHER_GID, 0o660)
    assert load_design(target).metadata.title == "Changed"


def test_a_read_only_file_is_refused_without_force_and_kept_read_only_with_it(
    tmp_path: Path,
) -> None:
    target = tmp_path / "frozen.orgdesign"
    save_design(_titled("Kept"), target)
    os.chmod(target, 0o444)
    before = target.read_bytes()
    with pytest.raises(ReadOnlyFileError) as caught:
        save_design(_titled("Lost"), target)
    assert target.read_bytes() == before
    assert "read-only (mode 0444)" in write_failure(target, caught.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["frozen.orgdesign"]

    save_design(_titled("Forced"), target, force=True)
    assert load_design(target).metadata.title == "Forced"
    assert target.stat().st_mode & 0o777 == 0o444


@pytest.mark.parametrize(
    ("mode", "owner", "group", "read_only"),
    [
        (0o644, True, False, False),
        (0o444, True, False, True),
        (0o464, True, True, True),  # the owner's bit decides for the owner
        (0o464, False, True, False),  # the group may write
        (0o644, False, True, True),
        (0o646, False, False, False),  # others may write
        (0o664, False, False, True),
    ],
)
def test_read_only_is_decided_by_the_mode_bits_that_apply_to_this_user(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    mode: int,
    owner: bool,
    group: bool,
    read_only: bool,
) -> None:
    target = tmp_path / "d.orgdesign"
    target.write_text("{}")
    os.chmod(target, mode)
    info = target.stat()
    monkeypatch.setattr(os, "geteuid", lambda: info.st_uid if owner else OTHER_UID)
    monkeypatch.setattr(os, "getegid", lambda: info.st_gid if group else OTHER_GID)
    monkeypatch.setattr(os, "getgroups", lambda: [])
    assert is_read_only(target) is read_only
    assert is_read_only(tmp_path / "missing.orgdesign") is False


def test_a_folder_named_like_the_backup_names_itself_and_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "plan.orgdesign"
    save_design(_titled("First"), target)
    (tmp_path / "plan.orgdesign~").mkdir()
    before = target.read_bytes()
    with pytest.raises(IsADirectoryError) as caught:
        save_design(_titled("Second"), target)
    message = write_failure(target, caught.value)
    assert message.startswith(f"{tmp_path / 'plan.orgdesign~'}: a folder has that name")
    assert "move or rename the folder" in message
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.orgdesign", "plan.orgdesign~"]


def test_the_backup_copy_fallback_never_writes_through_a_planted_link(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without hard links the backup is copied: into a new O_EXCL file, not a guessable name."""
    target = tmp_path / "plan.orgdesign"
    save_design(_titled("First"), target)
    os.chmod(target, 0o640)
    victim = tmp_path / "victim.txt"
    victim.write_text("untouched")
    planted = [tmp_path / f".plan.orgdesign~.{os.getpid()}.tmp"]  # the name saves used to use
    for pid in range(os.getpid() - 2, os.getpid() + 3):
        planted.append(tmp_path / f".plan.orgdesign~.{pid}.tmp")
    for link in set(planted):
        link.symlink_to(victim)

    def no_hard_links(*args: object, **kwargs: object) -> None:
        raise OSError(1, "Operation not permitted")

    monkeypatch.setattr(atomic_module.os, "link", no_hard_links)
    save_design(_titled("Second"), target)
    assert victim.read_text() == "untouched"
    assert all(link.is_symlink() for link in planted)  # not ours: left as they were
    backup = tmp_path / "plan.orgdesign~"
    assert load_design(backup).metadata.title == "First"
    assert backup.stat().st_mode & 0o777 == 0o640
    leftovers = {p.name for p in tmp_path.iterdir()} - {p.name for p in planted}
    assert leftovers == {"plan.orgdesign", "plan.orgdesign~", "victim.txt"}


def _age(path: Path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then), follow_symlinks=False)


def test_a_later_save_sweeps_only_this_files_old_staging_files(tmp_path: Path) -> None:
    target = tmp_path / "plan.orgdesign"
    save_design(tiny_design(), target)
    old = STALE_STAGING_SECONDS + 60
    stale = [tmp_path / ".plan.orgdesign.k3j2h1g0.tmp", tmp_path / ".plan.orgdesign~.4242.tmp"]
    for path in stale:
        path.write_bytes(b"x" * 1000)
        _age(path, old)
    fresh = tmp_path / ".plan.orgdesign.a1b2c3d4.tmp"  # a save running in another window
    fresh.write_bytes(b"x")
    others = [
        tmp_path / ".other.orgdesign.k3j2h1g0.tmp",  # another design's
        tmp_path / ".plan.orgdesign.k3j2h1g0.tmp.keep",  # not a staging name
        tmp_path / "plan.orgdesign.k3j2h1g0.tmp",  # not hidden
    ]
    for path in others:
        path.write_bytes(b"x")
        _age(path, old)
    link = tmp_path / ".plan.orgdesign.zzzzzzzz.tmp"
    link.symlink_to(tmp_path / "others-file")
    _age(link, old)

    removed = save_design(tiny_design(), target)

    assert removed == sorted(stale)
    assert not any(p.exists() for p in stale)
    assert fresh.exists() and link.is_symlink() and all(p.exists() for p in others)
    assert sweep_staging(target) == []  # nothing left to sweep


def test_the_cli_says_what_it_swept_and_refuses_a_read_only_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "g.orgdesign"
    assert cli.main(["generate", "--units", "40", "--out", str(out)]) == 0
    stale = tmp_path / ".g.orgdesign.q1w2e3r4.tmp"
    stale.write_bytes(b"half a design")
    _age(stale, STALE_STAGING_SECONDS + 1)
    capsys.readouterr()
    assert cli.main(["generate", "--units", "40", "--seed", "2", "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert f"removed 1 temporary file left by interrupted saves of {out}" in err
    assert not stale.exists()

    os.chmod(out, 0o444)
    before = out.read_bytes()
    assert cli.main(["generate", "--units", "40", "--seed", "3", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "read-only (mode 0444)" in err and "give --force to overwrite it" in err
    assert out.read_bytes() == before
    assert cli.main(["generate", "--units", "40", "--seed", "3", "--force", "--out", str(out)]) == 0
    assert out.read_bytes() != before and out.stat().st_mode & 0o777 == 0o444


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_a_utf16_file_is_named_as_such(tmp_path: Path, encoding: str) -> None:
    from orgeditor.io import DesignFileError, dumps

    path = tmp_path / "d.orgdesign"
    path.write_bytes(dumps(tiny_design()).decode().encode(encoding))
    with pytest.raises(DesignFileError, match="UTF-16 text: save it as UTF-8"):
        load_design(path)
