"""The one error a design file can raise on load: where, and what is wrong."""

from __future__ import annotations

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
