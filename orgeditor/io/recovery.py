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
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from orgeditor.io.files import write_atomically

COPY_SUFFIX = ".orgdesign"
INFO_SUFFIX = ".json"


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

    Raises:
        OSError: the recovery folder cannot be made or written.
    """
    folder.mkdir(parents=True, exist_ok=True)
    now = datetime.now().astimezone().replace(microsecond=0)
    copy = RecoveryCopy(session, folder, original, title, now, disk_stamp)
    write_atomically(copy.path, data)
    info = {
        "original": None if original is None else str(original),
        "title": title,
        "saved_at": copy.saved_at.isoformat(),
        "disk_stamp": None if disk_stamp is None else list(disk_stamp),
    }
    write_atomically(folder / f"{session}{INFO_SUFFIX}", json.dumps(info, indent=2).encode())
    return copy


def find_copies(folder: Path) -> list[RecoveryCopy]:
    """Every complete copy in ``folder``, newest first; half-written or foreign ones are skipped."""
    copies: list[RecoveryCopy] = []
    if not folder.is_dir():
        return copies
    for info_path in sorted(folder.glob(f"*{INFO_SUFFIX}")):
        session = info_path.name.removesuffix(INFO_SUFFIX)
        try:
            info = json.loads(info_path.read_text(encoding="utf-8"))
            original, stamp = info["original"], info.get("disk_stamp")
            copy = RecoveryCopy(
                session,
                folder,
                None if original is None else Path(original),
                str(info["title"]),
                datetime.fromisoformat(info["saved_at"]).astimezone(),
                None if stamp is None else (int(stamp[0]), int(stamp[1])),
            )
        except (OSError, ValueError, KeyError, TypeError, IndexError):
            continue
        if copy.path.is_file():
            copies.append(copy)
    return sorted(copies, key=lambda c: c.saved_at, reverse=True)


def remove_copy(folder: Path, session: str) -> None:
    """Remove ``session``'s copy, if there is one (its info first: no info, no offer)."""
    for name in (f"{session}{INFO_SUFFIX}", f"{session}{COPY_SUFFIX}"):
        with suppress(FileNotFoundError):
            os.unlink(folder / name)
