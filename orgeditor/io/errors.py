"""The one error a design file can raise on load: where, and what is wrong."""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a file: where (a JSON path such as ``$.units[3].parent``) and what."""

    location: str
    message: str

    def __str__(self) -> str:
        return f"{self.location}: {self.message}" if self.location else self.message


class DesignFileError(Exception):
    """A design file cannot be read; names the file, the place in it and what is wrong.

    ``str(error)`` is one line fit for a user: the first problem, and how many
    more there are. ``problems`` holds them all.
    """

    def __init__(self, file: str, problems: list[Problem]) -> None:
        if not problems:
            raise ValueError("DesignFileError needs at least one problem")
        self.file = file
        self.problems = list(problems)
        super().__init__(self._summary())

    def _summary(self) -> str:
        first = self.problems[0]
        more = len(self.problems) - 1
        tail = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
        return f"{self.file}: {first}{tail}"

    def details(self) -> str:
        """Every problem, one per line, for a dialog's details or ``--verbose``."""
        return "\n".join(str(p) for p in self.problems)


_ADVICE = {
    errno.EACCES: "you may not write there (a read-only file or folder)",
    errno.EPERM: "you may not write there (a read-only file or folder)",
    errno.EROFS: "the drive is read-only",
    errno.ENOSPC: "the disk is full; free some space",
    errno.EDQUOT: "your disk quota is used up; free some space",
    errno.ENOENT: "the folder no longer exists (a removed drive or a lost network folder?)",
    errno.ENOTDIR: "part of the path is a file, not a folder",
    errno.EISDIR: "a folder has that name",
    errno.EIO: "the drive did not respond (a removed drive or a lost network folder?)",
    errno.ESTALE: "the network folder went away",
}


def write_failure(target: object, error: OSError) -> str:
    """One line on why ``target`` could not be written: the system's reason and what it means.

    When the error names another file that the user knows (the ``NAME~`` backup,
    a link's target), that file is named instead; hidden staging files are not.
    """
    reason = error.strerror or str(error)
    advice = _ADVICE.get(error.errno or 0)
    if advice and advice in reason:
        advice = None
    named = error.filename
    if isinstance(named, str) and not os.path.basename(named).startswith("."):
        target = named
    return f"{target}: {reason}" + (f"; {advice}" if advice else "")
