"""git and orgeditor together (issue 18): a real repository, git-setup, git merge, git diff.

The oracle is git's own result: the file git leaves after ``git merge`` is read
by the loader (no conflict markers, a valid design), each branch's edit is
looked up in it, and ``git diff`` output is checked for the textconv summary.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from orgeditor.cli import main
from orgeditor.commands import MoveUnitsCommand, SetPostFieldCommand, SetUnitFieldCommand
from orgeditor.io import dumps, load_design, save_design
from orgeditor.model import Design
from tests.conftest import ROOT, UN_SAMPLE

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
SID = "a-72-525"
FILE = "design.orgdesign"


def git(repo: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "GIT_CONFIG_GLOBAL": str(repo.parent / "gitconfig"),  # never the user's own
        "GIT_CONFIG_NOSYSTEM": "1",
        "PYTHONPATH": str(ROOT),  # the merge driver runs this copy of orgeditor
    }
    return subprocess.run(
        ["git", *args], cwd=repo, env=env, capture_output=True, text=True, check=check
    )


def edit(repo: Path, message: str, change: type | None, *args: object) -> None:
    design = load_design(repo / FILE)
    command = change(design, SID, *args)  # type: ignore[misc]
    command.do(design)
    save_design(design, repo / FILE, backup=False)
    git(repo, "commit", "-qam", message)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "plans"
    folder.mkdir()
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path / "gitconfig"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    git(folder, "init", "-q", "-b", "main")
    git(folder, "config", "user.name", "Planner")
    git(folder, "config", "user.email", "planner@example.org")
    shutil.copy(UN_SAMPLE, folder / FILE)
    monkeypatch.chdir(folder)
    assert main(["git-setup"]) == 0
    git(folder, "add", ".")
    git(folder, "commit", "-qm", "UN sample")
    return folder


def merged(repo: Path) -> Design:
    text = (repo / FILE).read_text(encoding="utf-8")
    assert "<<<<<<<" not in text and ">>>>>>>" not in text
    return load_design(repo / FILE)


def test_git_setup_writes_the_attributes_and_the_drivers(repo: Path) -> None:
    assert "*.orgdesign merge=orgdesign diff=orgdesign" in (repo / ".gitattributes").read_text()
    driver = git(repo, "config", "merge.orgdesign.driver").stdout.strip()
    assert driver.endswith("-m orgeditor.cli merge %O %A %B --out %A --path %P --marker-size %L")
    assert git(repo, "config", "diff.orgdesign.textconv").stdout.strip().endswith("textconv")
    assert main(["git-setup"]) == 0  # twice: the line is not written again
    assert (repo / ".gitattributes").read_text().count("merge=orgdesign") == 1


def test_git_merge_of_two_branches_keeps_both_edits(repo: Path) -> None:
    posts = [p.id for p in load_design(repo / FILE).find_scenario(SID).posts.values()]
    git(repo, "checkout", "-qb", "regions")
    edit(repo, "Move OMA to DPPA", MoveUnitsCommand, ["oma"], "dppa")
    git(repo, "checkout", "-q", "main")
    git(repo, "checkout", "-qb", "grades")
    edit(repo, "Reclassify a post", SetPostFieldCommand, posts[0], "grade", "D-1")
    done = git(repo, "merge", "-q", "--no-edit", "regions", check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    design = merged(repo)
    scenario = design.find_scenario(SID)
    assert scenario.units["oma"].parent == "dppa"
    assert scenario.posts[posts[0]].grade == "D-1"
    both = load_design(UN_SAMPLE)  # the two edits made one after the other, by hand
    SetPostFieldCommand(both, SID, posts[0], "grade", "D-1").do(both)
    MoveUnitsCommand(both, SID, ["oma"], "dppa").do(both)
    assert dumps(design) == dumps(both)  # read through the loader's checks: a valid design
    assert git(repo, "status", "--porcelain").stdout == ""


def test_a_real_conflict_ends_in_a_design_that_lists_it(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    git(repo, "checkout", "-qb", "one")
    edit(repo, "Rename PMD", SetUnitFieldCommand, "pmd", "name", "Policy Division")
    git(repo, "checkout", "-q", "main")
    edit(repo, "Rename PMD otherwise", SetUnitFieldCommand, "pmd", "name", "Mediation Division")
    done = git(repo, "merge", "--no-edit", "one", check=False)
    assert done.returncode != 0 and "CONFLICT" in done.stdout
    said = done.stdout + done.stderr
    assert f"kept in {FILE}" in said and ".merge_file" not in said  # %P names the real file
    design = merged(repo)
    [conflict] = design.conflicts
    assert conflict.path == ["scenarios", SID, "units", "pmd", "name"]
    assert (conflict.ours, conflict.theirs) == ("Mediation Division", "Policy Division")
    assert main(["validate", str(repo / FILE), "--scenario", SID]) == 1  # not decided yet
    said = capsys.readouterr().out
    assert "1 unresolved merge conflict(s)" in said and "units/pmd/name" in said


def test_git_diff_shows_the_readable_summary(repo: Path) -> None:
    edit(repo, "Move OMA", MoveUnitsCommand, ["oma"], "dppa")
    shown = git(repo, "log", "-p", "-1").stdout
    assert "Structure of A/72/525" in shown
    assert "+      oma  Office of Military Affairs  (office)" in shown
    assert '"parent"' not in shown  # the summary, not the JSON
    assert "git-blob" not in shown  # git's temporary copies do not show as a change


def test_diff_with_a_git_revision(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(repo, "Move OMA", MoveUnitsCommand, ["oma"], "dppa")
    assert main(["diff", FILE, "--rev", "HEAD~1", "--scenario", SID]) == 0
    out = capsys.readouterr().out
    assert "units: 1 moved" in out and "oma" in out


def test_diff_with_a_revision_outside_a_repository(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    alone = tmp_path / "alone"
    alone.mkdir()
    shutil.copy(UN_SAMPLE, alone / FILE)
    monkeypatch.chdir(alone)
    assert main(["diff", FILE, "--rev", "HEAD~1"]) == 2
    err = capsys.readouterr().err
    assert "not in a git repository" in err and "diff OLD NEW" in err
