"""A design's git history without Qt: the commits that touched it and what each changed.

Oracles: the commits made here (their messages, in order) and the edit each made.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from orgeditor.commands import MoveUnitsCommand, SetUnitFieldCommand
from orgeditor.io import load_design, loads
from orgeditor.merge.git import GitError, file_at_revision, file_history
from orgeditor.reports.versions import version_summary
from tests.cli.test_git_merge import FILE, edit, git, repo  # noqa: F401  (repo: a fixture)

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def test_history_lists_the_commits_that_touched_the_design(repo: Path) -> None:  # noqa: F811
    edit(repo, "Move OMA to DPPA", MoveUnitsCommand, ["oma"], "dppa")
    (repo / "notes.txt").write_text("not the design\n")
    git(repo, "add", "notes.txt")
    git(repo, "commit", "-qm", "A note")  # does not touch the design: not listed
    edit(repo, "Rename PMD: a subject with | and ; in it", SetUnitFieldCommand, "pmd", "name", "X")
    history = file_history(repo / FILE)
    assert [r.subject for r in history] == [
        "Rename PMD: a subject with | and ; in it",
        "Move OMA to DPPA",
        "UN sample",
    ]
    assert {r.author for r in history} == {"Planner"}
    assert all(len(r.commit) == 40 and r.date[:4].isdigit() for r in history)
    newest, moved, first = (loads(file_at_revision(repo / FILE, r.commit)) for r in history)
    assert version_summary(moved, newest) == ["A/72/525: units: 1 renamed"]
    assert version_summary(first, moved)[0] == "A/72/525: units: 1 moved"
    assert version_summary(first, first) == []
    assert version_summary(None, first) == ["design added: 3 scenario(s)"]


def test_history_outside_a_repository_says_so(tmp_path: Path) -> None:
    path = tmp_path / FILE
    path.write_bytes(b"{}")
    with pytest.raises(GitError, match="not in a git repository"):
        file_history(path)


def test_a_scenario_added_or_removed_is_told(repo: Path) -> None:  # noqa: F811
    design = load_design(repo / FILE)
    fewer = loads(file_at_revision(repo / FILE, "HEAD"))
    gone = fewer.scenarios.pop()
    assert version_summary(design, fewer) == [f"{gone.name}: scenario removed"]
    assert version_summary(fewer, design) == [f"{gone.name}: scenario added"]
