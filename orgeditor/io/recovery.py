"""Recovery copies: what an editor autosaves while there are unsaved changes.

Each editing session keeps at most one copy in a recovery folder (in the
user's data folder, never beside the user's file): ``SESSION.orgdesign``
holds the design and ``SESSION.json`` says which file it belongs to and when
it was written. A session removes its copy when it saves or closes normally,
so a copy found by a later session is what a crash left behind. Which
sessions are still running is the editor's business (it holds a lock file
per session); this module only reads and writes the copies.
"""

from __future__ import annotations

import json
import os
import stat
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from orgeditor.io.atomic import write_atomically

COPY_SUFFIX = ".orgdesign"
INFO_SUFFIX = ".json"
PRIVATE_FOLDER_MODE, PRIVATE_FILE_MODE = 0o700, 0o600


@dataclass(frozen=True)
class RecoveryCopy:
    """One session's recovery copy: where it is, which file it belongs to, when it was made."""

    session: str
    folder: Path
    original: Path | None  # None: the design had never been saved
    title: str
    saved_at: datetime
    disk_stamp: tuple[int, int] | None = None  # the original as the session last read it

    @property
    def path(self) -> Path:
        """The design file of the copy."""
        return self.folder / f"{self.session}{COPY_SUFFIX}"

    @property
    def belongs_to(self) -> str:
        """``budget.orgdesign`` or ``the untitled design "Title"``, for the question asked."""
        if self.original is not None:
            return str(self.original)
        return f'the untitled design "{self.title}"'


def write_copy(
    folder: Path,
    session: str,
    data: bytes,
    original: Path | None,
    title: str,
    disk_stamp: tuple[int, int] | None = None,
) -> RecoveryCopy:
    """Write (or replace) ``session``'s copy atomically: the design first, then its info.

    ``disk_stamp`` (modification time in ns, size) is how the session last
    saw the original, so that a restored copy still notices later changes to it.
    The folder is private (0700); the copy and its info are 0600, or the
    original's mode if that is stricter.

    Raises:
        OSError: the recovery folder cannot be made or written.
    """
    make_private_folder(folder)
    now = datetime.now().astimezone().replace(microsecond=0)
    copy = RecoveryCopy(session, folder, original, title, now, disk_stamp)
    mode = copy_mode(original)
    write_atomically(copy.path, data, mode=mode)
    info = {
        "original": None if original is None else str(original),
        "title": title,
        "saved_at": copy.saved_at.isoformat(),
        "disk_stamp": None if disk_stamp is None else list(disk_stamp),
    }
    info_path = folder / f"{session}{INFO_SUFFIX}"
    write_atomically(info_path, json.dumps(info, indent=2).encode(), mode=mode)
    return copy


def make_private_folder(folder: Path) -> None:
    """Make ``folder`` (and missing parents) for this user's eyes only (0700).

    Raises:
        OSError: it cannot be made.
    """
    folder.mkdir(mode=PRIVATE_FOLDER_MODE, parents=True, exist_ok=True)
    if stat.S_IMODE(folder.stat().st_mode) != PRIVATE_FOLDER_MODE:
        with suppress(OSError):  # not ours to change: the copies are still 0600
            os.chmod(folder, PRIVATE_FOLDER_MODE)


def copy_mode(original: Path | None) -> int:
    """0600, or the original's mode if stricter (0400); always readable by its owner.

    The copy is replaced by a rename, never written in place, so it needs no write bit.
    """
    try:
        source = PRIVATE_FILE_MODE if original is None else stat.S_IMODE(os.stat(original).st_mode)
    except (OSError, ValueError):
        source = PRIVATE_FILE_MODE
    return (PRIVATE_FILE_MODE & source) | stat.S_IRUSR


@dataclass(frozen=True)
class CopyScan:
    """What a look into the recovery folder found: the copies, and the damaged info files."""

    copies: list[RecoveryCopy]
    skipped: list[tuple[Path, str]]  # an info file that cannot be read, and why


def scan_copies(folder: Path) -> CopyScan:
    """Every complete copy in ``folder``, newest first, and the info files that were skipped.

    A damaged info file (not JSON, a key missing, a time or a stamp out of range)
    is skipped with its reason; an info file whose copy is gone was half-written
    or half-removed and is skipped silently.
    """
    copies: list[RecoveryCopy] = []
    skipped: list[tuple[Path, str]] = []
    if not folder.is_dir():
        return CopyScan(copies, skipped)
    for info_path in sorted(folder.glob(f"*{INFO_SUFFIX}")):
        session = info_path.name.removesuffix(INFO_SUFFIX)
        try:
            copy = _read_info(folder, session, info_path)
            complete = copy.path.is_file()
        except (OSError, ValueError, KeyError, TypeError, OverflowError, RecursionError) as error:
            skipped.append((info_path, _why(error)))
            continue
        if complete:
            copies.append(copy)
    return CopyScan(sorted(copies, key=lambda c: c.saved_at, reverse=True), skipped)


def find_copies(folder: Path) -> list[RecoveryCopy]:
    """Every complete copy in ``folder``, newest first; damaged or half-written ones are skipped."""
    return scan_copies(folder).copies


def _read_info(folder: Path, session: str, info_path: Path) -> RecoveryCopy:
    """The copy an info file describes.

    Raises:
        ValueError, KeyError, TypeError, OverflowError: the info is damaged.
    """
    info = json.loads(info_path.read_text(encoding="utf-8"))
    original, stamp, title = info["original"], info.get("disk_stamp"), info["title"]
    if not (original is None or isinstance(original, str)) or not isinstance(title, str):
        raise TypeError("the original file and the title must be text")
    if stamp is not None:
        if not (isinstance(stamp, list) and len(stamp) == 2):
            raise TypeError("disk_stamp must be two whole numbers")
        if not all(isinstance(n, int) and not isinstance(n, bool) for n in stamp):
            raise TypeError(f"disk_stamp must be two whole numbers, not {stamp}")
        stamp = (stamp[0], stamp[1])
    saved_at = datetime.fromisoformat(info["saved_at"]).astimezone()
    return RecoveryCopy(
        session, folder, None if original is None else Path(original), title, saved_at, stamp
    )


def _why(error: BaseException) -> str:
    if isinstance(error, KeyError):
        return f"the key {error} is missing"
    if isinstance(error, RecursionError):
        return "nested too deeply"
    if isinstance(error, OSError):
        return error.strerror or str(error)
    return str(error)[:200] or type(error).__name__


def remove_copy(folder: Path, session: str) -> None:
    """Remove ``session``'s copy, if there is one (its info first: no info, no offer)."""
    for name in (f"{session}{INFO_SUFFIX}", f"{session}{COPY_SUFFIX}"):
        with suppress(FileNotFoundError):
            os.unlink(folder / name)
