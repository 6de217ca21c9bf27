"""``orgeditor-cli merge``, ``textconv`` and ``diff OLD NEW`` in process: exit codes and output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from orgeditor.cli import main
from orgeditor.commands import SetPostFieldCommand, SetUnitFieldCommand
from orgeditor.io import load_design, loads, save_design
from orgeditor.model import Design
from tests.conftest import UN_SAMPLE

SID = "a-72-525"


def write(design: Design, path: Path) -> str:
    save_design(design, path, backup=False)
    return str(path)


def versions(tmp_path: Path, tolerance: int = 0) -> tuple[Design, Design, Design]:
    base = loads(UN_SAMPLE.read_bytes())
    base.rules.cost_tolerance = tolerance
    write(base, tmp_path / "base.orgdesign")
    return base, load_design(tmp_path / "base.orgdesign"), load_design(tmp_path / "base.orgdesign")


def sa_p3_posts(design: Design) -> list[str]:
    posts = design.find_scenario(SID).posts.values()
    return [p.id for p in posts if (p.grade, p.funding) == ("P-3", "SA")]


def test_a_clean_merge_with_new_findings_exits_1_only_when_strict(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base, ours, theirs = versions(tmp_path, tolerance=40_000)
    posts = sa_p3_posts(base)
    SetPostFieldCommand(ours, SID, posts[0], "grade", "P-4").do(ours)
    SetPostFieldCommand(theirs, SID, posts[1], "grade", "P-4").do(theirs)
    args = [
        str(tmp_path / "base.orgdesign"),
        write(ours, tmp_path / "ours.orgdesign"),
        write(theirs, tmp_path / "theirs.orgdesign"),
        "--out",
        str(tmp_path / "merged.orgdesign"),
    ]
    assert main(["merge", *args]) == 0
    out = capsys.readouterr().out
    assert "merged cleanly" in out and "neither side had" in out and "USD 60,000" in out
    assert main(["merge", *args, "--strict"]) == 1
    grades = {
        p.id: p.grade
        for p in load_design(tmp_path / "merged.orgdesign").find_scenario(SID).posts.values()
    }
    assert (grades[posts[0]], grades[posts[1]]) == ("P-4", "P-4")


def test_a_conflict_exits_1_and_is_listed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, ours, theirs = versions(tmp_path)
    SetUnitFieldCommand(ours, SID, "ead", "name", "A").do(ours)
    SetUnitFieldCommand(theirs, SID, "ead", "name", "B").do(theirs)
    out = tmp_path / "merged.orgdesign"
    code = main(
        [
            "merge",
            str(tmp_path / "base.orgdesign"),
            write(ours, tmp_path / "ours.orgdesign"),
            write(theirs, tmp_path / "theirs.orgdesign"),
            "--out",
            str(out),
        ]
    )
    assert code == 1
    assert "scenarios/a-72-525/units/ead/name: changed on both sides" in capsys.readouterr().out
    assert main(["textconv", str(out)]) == 0
    listing = capsys.readouterr().out
    assert "Merge conflicts (unresolved)" in listing and 'ours: "A"' in listing


def test_an_empty_base_means_both_sides_added_the_design(tmp_path: Path) -> None:
    (tmp_path / "empty").write_bytes(b"")
    same = str(UN_SAMPLE)
    assert main(["merge", str(tmp_path / "empty"), same, same, "--out", str(tmp_path / "m")]) == 0
    assert load_design(tmp_path / "m") == load_design(UN_SAMPLE)


def test_a_damaged_side_is_an_error_and_nothing_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "bad.orgdesign").write_text("<<<<<<< HEAD\n")
    out = tmp_path / "m.orgdesign"
    code = main(
        [
            "merge",
            str(UN_SAMPLE),
            str(tmp_path / "bad.orgdesign"),
            str(UN_SAMPLE),
            "--out",
            str(out),
        ]
    )
    assert code == 2 and not out.exists()
    assert "bad.orgdesign" in capsys.readouterr().err


def test_diff_of_two_files_per_scenario(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, _, later = versions(tmp_path)
    SetUnitFieldCommand(later, SID, "ead", "name", "Electoral Division").do(later)
    old, new = str(tmp_path / "base.orgdesign"), write(later, tmp_path / "later.orgdesign")
    assert main(["diff", old, new, "--format", "json"]) == 0
    document = json.loads(capsys.readouterr().out)
    changed = {d["to"]["id"]: d["counts"]["units"] for d in document["scenarios"]}
    assert changed == {"as-is-2017": {}, SID: {"renamed": 1}, "res-72-262c": {}}
    assert main(["diff", old, new, "--scenario", SID]) == 0
    assert "Electoral Division" in capsys.readouterr().out
    assert main(["diff", old, new, "--to", SID]) == 2
