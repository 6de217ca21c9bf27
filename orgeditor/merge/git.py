"""Git plumbing for designs: read a file at a revision, set up the merge and diff drivers.

``git-setup`` makes git call ``orgeditor-cli merge`` for ``*.orgdesign`` files (a
merge driver: git passes the ancestor's, ours and theirs' versions as files
``%O %A %B`` and expects the result in ``%A``, exit 0 when clean; ``%P``, the
file's path in the repository, names it in messages; ``%L``, the conflict
marker size, is accepted and unused, since a design never holds markers) and show
``orgeditor-cli textconv`` output in ``git diff`` and ``git log -p``. The
commands name the running interpreter by its absolute path, since git runs them
from any folder with whatever PATH it has.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import orgeditor

DRIVER: Final = "orgdesign"
ATTRIBUTES_LINE: Final = f"*.orgdesign merge={DRIVER} diff={DRIVER}"


class GitError(Exception):
    """Git is missing, the file is outside a repository, or git refused; the message says which."""


@dataclass(frozen=True)
class SetupStep:
    """One thing ``git-setup`` wrote: a config entry or an attributes line, and where."""

    where: str
    what: str


def _git(args: list[str], cwd: Path) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise GitError("git is not installed (or not on PATH)") from None
    if done.returncode != 0:
        detail = done.stderr.strip().splitlines()
        raise GitError(detail[-1] if detail else f"git {args[0]} failed")
    return done.stdout


def repository_root(folder: Path) -> Path:
    """The top folder of the git work tree ``folder`` is in.

    Raises:
        GitError: ``folder`` is not inside a git work tree.
    """
    try:
        return Path(_git(["rev-parse", "--show-toplevel"], folder).strip())
    except GitError:
        raise GitError(f"{folder} is not in a git repository") from None


def file_at_revision(path: str | os.PathLike[str], revision: str) -> bytes:
    """The bytes of the design file ``path`` as committed at ``revision`` (say, HEAD~3).

    Raises:
        GitError: not in a repository, no such revision, or the file is not in it.
    """
    file = Path(path).resolve()
    try:
        root = repository_root(file.parent)
    except GitError as error:
        raise GitError(f"{error}; to compare two files, give both: diff OLD NEW") from None
    inside = file.relative_to(root.resolve()).as_posix()
    try:
        done = subprocess.run(
            ["git", "show", f"{revision}:{inside}"], cwd=root, capture_output=True, check=False
        )
    except FileNotFoundError:
        raise GitError("git is not installed (or not on PATH)") from None
    if done.returncode != 0:
        detail = done.stderr.decode(errors="replace").strip().splitlines()
        reason = detail[-1] if detail else "git show failed"
        raise GitError(f"cannot read {inside} at {revision}: {reason}")
    return done.stdout


@dataclass(frozen=True)
class Revision:
    """A commit that touched a design file: its id, author, date (ISO 8601) and subject."""

    commit: str
    author: str
    date: str
    subject: str

    @property
    def short(self) -> str:
        """The abbreviated commit id people quote."""
        return self.commit[:8]


def file_history(path: str | os.PathLike[str], limit: int = 200) -> list[Revision]:
    """The commits that touched the design file ``path``, newest first (at most ``limit``).

    Raises:
        GitError: git is missing or ``path`` is not in a repository.
    """
    file = Path(path).resolve()
    root = repository_root(file.parent)
    inside = file.relative_to(root.resolve()).as_posix()
    out = _git(
        ["log", f"--max-count={limit}", "--format=%H%x1f%an%x1f%aI%x1f%s%x1e", "--", inside],
        root,
    )
    found = []
    for record in out.split("\x1e"):
        fields = record.strip("\n").split("\x1f")
        if len(fields) == 4:
            found.append(Revision(*fields))
    return found


def cli_command() -> str:
    """How a shell runs this orgeditor's command line: absolute interpreter, and the source
    folder on PYTHONPATH when the interpreter would not find this copy by itself."""
    command = f"{shlex.quote(sys.executable)} -m orgeditor.cli"
    package = Path(orgeditor.__file__).resolve().parent
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    probe = subprocess.run(
        [sys.executable, "-c", "import orgeditor; print(orgeditor.__file__)"],
        capture_output=True,
        text=True,
        env=env,
        cwd=Path.home() if Path.home().is_dir() else "/",
        check=False,
    )
    found = probe.stdout.strip()
    if probe.returncode != 0 or Path(found).resolve().parent != package:
        command = f"PYTHONPATH={shlex.quote(str(package.parent))} {command}"
    return command


def config_entries(command: str) -> dict[str, str]:
    """The git config entries of the merge and diff drivers."""
    return {
        f"merge.{DRIVER}.name": "orgeditor: merge designs by identity, field by field",
        f"merge.{DRIVER}.driver": f"{command} merge %O %A %B --out %A --path %P --marker-size %L",
        f"diff.{DRIVER}.textconv": f"{command} textconv",
    }


def set_up(folder: Path, *, everywhere: bool) -> list[SetupStep]:
    """Write the git config entries and the attributes line; return what was written.

    ``everywhere`` writes the user's global config and global attributes file;
    otherwise the repository's own config and its top-level ``.gitattributes``.

    Raises:
        GitError: not in a repository (without ``everywhere``) or git refused.
    """
    scope = ["--global"] if everywhere else ["--local"]
    if everywhere:
        where_config = "global git config (~/.gitconfig)"
        attributes = _global_attributes(folder)
    else:
        root = repository_root(folder)
        where_config = f"{root / '.git' / 'config'}"
        attributes = root / ".gitattributes"
    steps = []
    for key, value in config_entries(cli_command()).items():
        _git(["config", *scope, key, value], folder)
        steps.append(SetupStep(where_config, f"{key} = {value}"))
    attributes.parent.mkdir(parents=True, exist_ok=True)
    text = attributes.read_text(encoding="utf-8") if attributes.exists() else ""
    if ATTRIBUTES_LINE not in text.splitlines():
        separator = "" if not text or text.endswith("\n") else "\n"
        attributes.write_text(f"{text}{separator}{ATTRIBUTES_LINE}\n", encoding="utf-8")
        steps.append(SetupStep(str(attributes), ATTRIBUTES_LINE))
    else:
        steps.append(SetupStep(str(attributes), f"{ATTRIBUTES_LINE} (already there)"))
    return steps


def _global_attributes(folder: Path) -> Path:
    try:
        configured = _git(["config", "--global", "--get", "core.attributesFile"], folder).strip()
    except GitError:
        configured = ""
    if configured:
        return Path(os.path.expanduser(configured))
    base = os.environ.get("XDG_CONFIG_HOME") or os.path.join(Path.home(), ".config")
    return Path(base) / "git" / "attributes"
