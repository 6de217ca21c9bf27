"""Writing files safely: a staging file, fsync, a rename, and the previous version kept.

What a save promises, whatever happens to the process or the disk:

- the target is never half-written: the bytes go to a hidden staging file
  ``.NAME.XXXXXXXX.tmp`` (made with ``O_EXCL``, in the target's folder), which
  is fsynced and renamed over the target;
- a symbolic link is written through: the link's target gets the new bytes and
  the link stays a link (the backup goes next to the target);
- the file keeps its mode, owner and group where the system allows it;
- with ``backup``, the previous version becomes ``NAME~`` without a moment where
  neither exists (a hard link, or a copy through another ``O_EXCL`` staging file,
  never through a predictable name someone could plant a link at);
- staging files that a killed save left behind are swept by a later save of the
  same file: only that file's, only regular files of this user, only old ones.
"""

from __future__ import annotations

import errno
import os
import re
import secrets
import shutil
import stat
import tempfile
import time
from contextlib import suppress
from pathlib import Path

# A staging file untouched for this long belongs to no save still running (a save
# rewrites it continuously and renames it within seconds of the last byte).
STALE_STAGING_SECONDS = 15 * 60
_STAGING_TAIL = r"~?\.[A-Za-z0-9_]{1,32}\.tmp"


class ReadOnlyFileError(PermissionError):
    """The file exists and is read-only: it is overwritten only when the user insists."""


def real_target(path: str | os.PathLike[str]) -> Path:
    """Where writing ``path`` really goes: the final target of a symbolic link, else ``path``."""
    target = Path(path)
    return Path(os.path.realpath(target)) if target.is_symlink() else target


def backup_path(path: str | os.PathLike[str]) -> Path:
    """Where a save keeps the previous version of ``path`` (beside the link's target)."""
    target = real_target(path)
    return target.with_name(target.name + "~")


def is_read_only(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` exists and its mode bits forbid this user to write it.

    Judged by the mode bits that apply to this user (owner, group or others),
    not by ``os.access``: the superuser may write anything, but a file marked
    read-only is still one the user meant to keep.
    """
    try:
        info = os.stat(path)
    except OSError:
        return False
    if os.geteuid() == info.st_uid:
        bit = stat.S_IWUSR
    elif info.st_gid == os.getegid() or info.st_gid in os.getgroups():
        bit = stat.S_IWGRP
    else:
        bit = stat.S_IWOTH
    return not info.st_mode & bit


def refuse_read_only(path: str | os.PathLike[str]) -> None:
    """Raise :class:`ReadOnlyFileError` if ``path`` is a read-only file.

    Raises:
        ReadOnlyFileError: the file is read-only (the message gives its mode).
    """
    if is_read_only(path):
        mode = os.stat(path).st_mode & 0o777
        raise ReadOnlyFileError(
            errno.EACCES, f"the file is read-only (mode {mode:04o})", os.fspath(path)
        )


def write_atomically(
    path: str | os.PathLike[str], data: bytes, *, backup: bool = False, mode: int | None = None
) -> list[Path]:
    """Write ``data`` to ``path`` through a staging file, fsync and a rename.

    A failure before the final rename leaves the old file as it was and removes
    the staging file. With ``backup``, the old file is kept as ``NAME~``.
    ``mode`` forces the new file's permissions (else an existing file's are kept
    and a new file gets 0666 less the umask).

    Returns:
        The stale staging files of earlier, interrupted saves that were removed.

    Raises:
        OSError: the folder is missing or read-only, the disk is full, ``NAME~``
            is a folder, and so on.
    """
    target = real_target(path)
    folder = target.parent
    old = _stat_or_none(target)
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp_name, mode if mode is not None else _mode_for(old))
        if old is not None:
            _keep_owner(temp_name, old)
        if backup and old is not None:
            _keep_backup(target)
        os.replace(temp_name, target)
    except BaseException:
        with suppress(FileNotFoundError):
            os.unlink(temp_name)
        raise
    _fsync_folder(folder)
    return sweep_staging(target)


def sweep_staging(
    path: str | os.PathLike[str], older_than: float = STALE_STAGING_SECONDS
) -> list[Path]:
    """Remove the staging files that interrupted saves of ``path`` left; return them.

    Only this file's (``.NAME.*.tmp`` and ``.NAME~.*.tmp`` beside it), only
    regular files (never links) owned by this user, only those untouched for
    ``older_than`` seconds: a save running in another window is left alone.
    """
    target = real_target(path)
    pattern = re.compile(re.escape(f".{target.name}") + _STAGING_TAIL)
    limit = time.time() - older_than
    removed: list[Path] = []
    try:
        names = os.listdir(target.parent)
    except OSError:
        return removed
    for name in names:
        if not pattern.fullmatch(name):
            continue
        candidate = target.parent / name
        try:
            info = candidate.lstat()
            if stat.S_ISREG(info.st_mode) and info.st_uid == os.geteuid() and info.st_mtime < limit:
                candidate.unlink()
                removed.append(candidate)
        except OSError:
            continue
    return sorted(removed)


def swept_note(target: str | os.PathLike[str], removed: list[Path]) -> str:
    """One line telling the user what :func:`sweep_staging` removed ("" for nothing)."""
    if not removed:
        return ""
    count = f"{len(removed)} temporary file{'s' if len(removed) > 1 else ''}"
    return f"removed {count} left by interrupted saves of {real_target(target)}"


def _stat_or_none(target: Path) -> os.stat_result | None:
    try:
        return target.stat()
    except FileNotFoundError:
        return None


def _mode_for(old: os.stat_result | None) -> int:
    """Keep an existing file's permissions; new files get 0666 less the umask."""
    if old is not None:
        return stat.S_IMODE(old.st_mode)
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _keep_owner(temp_name: str, old: os.stat_result) -> None:
    """Give the new file the old one's owner and group, or at least its group.

    A file shared through a group (0660, group ``planning``) would otherwise
    become the saver's primary group and lock the others out. Only the superuser
    may give a file away; anyone may pass it to a group they belong to.
    """
    for uid in (old.st_uid, -1):
        try:
            os.chown(temp_name, uid, old.st_gid)
            return
        except OSError:
            continue


def _keep_backup(target: Path) -> None:
    """Make ``target~`` the current ``target`` without a moment where neither exists."""
    backup = backup_path(target)
    if backup.is_dir():
        raise IsADirectoryError(
            errno.EISDIR,
            "a folder has that name, so the previous version cannot be kept as the backup; "
            "move or rename the folder",
            str(backup),
        )
    staging = _backup_staging(target, backup)
    try:
        os.replace(staging, backup)
    except BaseException:
        with suppress(FileNotFoundError):
            os.unlink(staging)
        raise


def _backup_staging(target: Path, backup: Path) -> str:
    """A new name holding the current ``target``: a hard link, else a copy.

    Both make a new name and fail if it exists (``link`` never follows a planted
    link at the new name; the copy is made with ``O_EXCL``).
    """
    staging = str(target.parent / f".{backup.name}.{secrets.token_hex(6)}.tmp")
    try:
        os.link(target, staging, follow_symlinks=False)
        return staging
    except OSError:
        pass  # a file system without hard links (FAT, some network shares): copy
    fd, staging = tempfile.mkstemp(prefix=f".{backup.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as stream, open(target, "rb") as source:
            shutil.copyfileobj(source, stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(staging, stat.S_IMODE(target.stat().st_mode))
    except BaseException:
        with suppress(FileNotFoundError):
            os.unlink(staging)
        raise
    return staging


def _fsync_folder(folder: Path) -> None:
    with suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
