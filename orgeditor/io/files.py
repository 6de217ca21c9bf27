"""Load and save ``.orgdesign`` files: validated on load, atomic on save.

Loading parses with pydantic's JSON parser (no eval, no pickle; it refuses
NaN, Infinity and nesting deeper than 200), refuses a key given twice in one
object (in files up to ``DUPLICATE_CHECK_BYTES``), checks references, and
raises :class:`DesignFileError` naming the file, the JSON path and what to do.
The limits are listed in ``resources/schema/FORMAT.md``.
Saving goes through :mod:`orgeditor.io.atomic`: a staging file in the target
folder, fsynced, the previous version kept as ``NAME~``, renamed into place.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

import pydantic_core
from pydantic import ValidationError
from pydantic_core import to_json

from orgeditor.io.atomic import backup_path as backup_path
from orgeditor.io.atomic import refuse_read_only
from orgeditor.io.atomic import write_atomically as write_atomically
from orgeditor.io.checks import check_design_file
from orgeditor.io.convert import to_model
from orgeditor.io.errors import DesignFileError, Problem
from orgeditor.io.locations import describe
from orgeditor.io.migrations import MigrationError, migrate
from orgeditor.io.quick_read import quick_load
from orgeditor.io.saved_text import ScenarioText, design_bytes, scenario_text
from orgeditor.io.schema import FORMAT_TAG, SCHEMA_VERSION, DesignFile, FileHeader
from orgeditor.model import Design
from orgeditor.model.names import tag_problem
from orgeditor.model.text import pattern_problem
from orgeditor.perf import paused_gc

SUFFIX = ".orgdesign"
MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_REPORTED_PROBLEMS = 50
# Finding a key given twice takes a second parse (0.13 s for 17 MB, 10,000 units); past
# this size, as with most JSON readers, the last value given wins.
DUPLICATE_CHECK_BYTES = 32 * 1024 * 1024


def load_design(path: str | os.PathLike[str]) -> Design:
    """Read and check a design file.

    Raises:
        DesignFileError: the file is not a sound design (the message says where and why).
        OSError: the file cannot be read at all.
    """
    return loads(read_bytes(path), os.fspath(path))


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    """The bytes of a design file, refused if it is not a regular file or too large
    (what :func:`load_design` reads before :func:`loads` checks them).

    Raises:
        DesignFileError: not a regular file, or larger than ``MAX_FILE_BYTES``.
        OSError: the file cannot be read at all.
    """
    name = os.fspath(path)
    info = os.stat(name)
    if not stat.S_ISREG(info.st_mode):
        raise DesignFileError(name, [Problem("", "not a regular file; choose a .orgdesign file")])
    size = info.st_size
    if size > MAX_FILE_BYTES:
        raise DesignFileError(
            name,
            [
                Problem(
                    "",
                    f"the file is {size:,} bytes; designs larger than "
                    f"{MAX_FILE_BYTES:,} bytes are refused",
                )
            ],
        )
    with open(name, "rb") as stream:
        return stream.read()


def loads(data: bytes | str, source: str = "<memory>") -> Design:
    """Parse and check the bytes of a design file; ``source`` names it in errors.

    A UTF-8 byte-order mark, which some Windows editors add, is ignored.
    """
    if isinstance(data, bytes):
        data = data.removeprefix(b"\xef\xbb\xbf")
    else:
        data = data.removeprefix("\ufeff")
    with paused_gc():
        design = quick_load(data) if isinstance(data, bytes) else None
        if design is not None:
            return design
        try:
            doc = DesignFile.model_validate_json(data)
        except ValidationError as error:
            doc = _recover(data, source, error)
        if len(data) <= DUPLICATE_CHECK_BYTES:
            _refuse_duplicate_keys(data, source)
        problems = check_design_file(doc)
        if problems:
            raise DesignFileError(source, _described(problems[:MAX_REPORTED_PROBLEMS], data))
        return to_model(doc)


def dumps(design: Design, text: ScenarioText = scenario_text) -> bytes:
    """The bytes of a design file: 2-space indent, stable order, trailing newline.

    ``text`` gives each scenario's text, from a cache (:class:`SavedTexts`) if
    the caller keeps one.
    """
    return design_bytes(design, text)


def save_design(
    design: Design,
    path: str | os.PathLike[str],
    *,
    backup: bool = True,
    force: bool = False,
    text: ScenarioText = scenario_text,
) -> list[Path]:
    """Write ``design`` to ``path`` atomically; the old file, if any, becomes ``path~``.

    A symbolic link is written through (its target gets the design, the link
    stays). A read-only file is overwritten only with ``force``. ``text`` gives each
    scenario's text, as in :func:`dumps`.

    Returns:
        The stale staging files of earlier, interrupted saves that were removed.

    Raises:
        ReadOnlyFileError: the file is read-only and ``force`` was not given.
        OSError: the folder is missing or read-only, the disk is full, and so on.
    """
    if not force:
        refuse_read_only(path)
    return write_atomically(path, dumps(design, text), backup=backup)


def _recover(data: bytes | str, source: str, error: ValidationError) -> DesignFile:
    """Explain a file that failed the fast path, or migrate it if it is older."""
    errors = error.errors(include_url=False)
    if any(e["type"] == "json_invalid" for e in errors):
        raise DesignFileError(source, [_syntax_problem(data, errors[0]["msg"], source)])
    try:
        header = FileHeader.model_validate_json(data)
    except ValidationError:
        header = None
    if header is None:
        raise DesignFileError(
            source,
            [
                Problem(
                    "$",
                    'an orgeditor design is a JSON object with "format": '
                    f'"{FORMAT_TAG}"; this file holds something else',
                )
            ],
        )
    if header.format != FORMAT_TAG:
        found = "no format tag" if header.format is None else f"format {header.format!r}"
        raise DesignFileError(
            source,
            [Problem("$.format", f"not an orgeditor design ({found}; expected {FORMAT_TAG!r})")],
        )
    version = header.schema_version
    if version is not None and version > SCHEMA_VERSION:
        raise DesignFileError(
            source,
            [
                Problem(
                    "$.schema_version",
                    f"written by a newer orgeditor (schema version {version}); this program "
                    f"reads versions up to {SCHEMA_VERSION}: update orgeditor to open it",
                )
            ],
        )
    if version is not None and version < SCHEMA_VERSION:
        return _migrated(data, source, version)
    raise DesignFileError(source, _described(_problems_of(errors), data))


class _DuplicateKey(Exception):
    def __init__(self, key: str, owner: object) -> None:
        super().__init__(key)
        self.key, self.owner = key, owner


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found = dict(pairs)
    if len(found) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKey(key, found.get("id"))
            seen.add(key)
    return found


def _refuse_duplicate_keys(data: bytes | str, source: str) -> None:
    """A key given twice in one object is ambiguous (readers keep one or the other): refuse it."""
    try:
        json.loads(data, object_pairs_hook=_unique_keys)
    except _DuplicateKey as duplicate:
        owner = (
            f" (the one with id {duplicate.owner!r})" if isinstance(duplicate.owner, str) else ""
        )
        message = (
            f'the key "{duplicate.key}" is given twice in one object{owner}; '
            "a design says each thing once: remove one of them"
        )
        raise DesignFileError(source, [Problem("", message)]) from None
    except (ValueError, RecursionError):
        pass  # pydantic's parser accepted it; this one is stricter about what it cannot judge


def _migrated(data: bytes | str, source: str, version: int) -> DesignFile:
    """An older file upgraded, then read exactly as a current file (JSON mode, same checks)."""
    raw: Any = pydantic_core.from_json(data, allow_inf_nan=False)
    try:
        upgraded = to_json(migrate(raw, version))
    except MigrationError as error:
        raise DesignFileError(source, [Problem("$.schema_version", str(error))]) from None
    try:
        return DesignFile.model_validate_json(upgraded)
    except ValidationError as error:
        problems = _problems_of(error.errors(include_url=False))
        note = Problem("", f"(after upgrading from schema version {version})")
        raise DesignFileError(source, [*_described(problems, upgraded), note]) from None


def _described(problems: list[Problem], data: bytes | str) -> list[Problem]:
    """Add the ids of the scenario, unit, post ... that each path points into."""
    raw = pydantic_core.from_json(data, allow_inf_nan=True)
    return [Problem(describe(p.location, raw), p.message) for p in problems]


def _syntax_problem(data: bytes | str, message: str, source: str) -> Problem:
    head = data[:4096]
    backup = f"try its backup {backup_path(source).name} if there is one"
    if not head.strip():
        return Problem("", f"the file is empty; it may have been cut short: {backup}")
    if isinstance(head, bytes) and _looks_utf16(head):
        return Problem("", "UTF-16 text: save it as UTF-8 (an orgeditor design is UTF-8 JSON)")
    if (b"\0" in head) if isinstance(head, bytes) else ("\0" in head):
        return Problem("", "this is a binary file, not an orgeditor design (which is JSON text)")
    detail = message.removeprefix("Invalid JSON: ")
    return Problem("", f"not valid JSON ({detail}); the file may be damaged: {backup}")


def _looks_utf16(head: bytes) -> bool:
    """A UTF-16 byte-order mark, or text whose every other byte is zero (ASCII as UTF-16)."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    sample = head[:512]
    half = len(sample) // 2
    return half >= 2 and max(sample[0::2].count(0), sample[1::2].count(0)) >= 0.9 * half


def _problems_of(errors: list[Any]) -> list[Problem]:
    problems = []
    for item in errors[:MAX_REPORTED_PROBLEMS]:
        message = item["msg"]
        if item["type"] == "missing":
            message = "a required value is missing"
        elif item["type"] == "extra_forbidden":
            message = "unknown key; check its spelling or remove it"
        elif item["type"] not in {"literal_error"}:
            pattern, value = item.get("ctx", {}).get("pattern"), item.get("input")
            detail = pattern_problem(pattern, value) or tag_problem(pattern, value)
            message = f"{detail or message} (found {_short(value)})"
        problems.append(Problem(json_path(item["loc"]), message))
    return problems


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def json_path(loc: tuple[int | str, ...]) -> str:
    """``("scenarios", 0, "units")`` -> ``$.scenarios[0].units``."""
    parts = ["$"]
    for step in loc:
        if isinstance(step, int):
            parts.append(f"[{step}]")
        elif step == "[key]":
            parts.append(" (key)")
        else:
            parts.append(f".{step}")
    return "".join(parts)
