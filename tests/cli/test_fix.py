"""``validate --fix``: every broken variant becomes a design with no error, or says why not.

The oracle reloads the written file and validates it afresh, independently of what
the command printed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from orgeditor import cli
from orgeditor.io import DesignFileError, load_design, save_design
from orgeditor.rules import Severity, validate
from tests.conftest import UN_SAMPLE
from tests.core.test_fixes import ALL, _broken


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _errors_in(path: Path, scenario: str) -> list[str]:
    design = load_design(path)
    report = validate(design, design.find_scenario(scenario))
    return [f.message for f in report.findings if f.severity is Severity.ERROR]


def _saved(variant: dict[str, Any], tmp_path: Path) -> Path:
    design, _ = _broken(variant)
    path = tmp_path / f"{variant['name']}.orgdesign"
    save_design(design, path)
    return path


def _sample_file(tmp_path: Path) -> Path:
    path = tmp_path / "un.orgdesign"
    path.write_bytes(UN_SAMPLE.read_bytes())
    return path


SAVABLE = [v for v in ALL if v["name"] != "cycle-in-primary-lines"]  # a cycle cannot be saved


@pytest.mark.parametrize("variant", SAVABLE, ids=[v["name"] for v in SAVABLE])
def test_fix_turns_each_broken_variant_into_a_design_with_no_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, variant: dict[str, Any]
) -> None:
    try:
        path = _saved(variant, tmp_path)
    except DesignFileError:
        pytest.skip("this variant cannot be saved")
    out = tmp_path / "fixed.orgdesign"
    before = _errors_in(path, variant["scenario"])
    code, text, err = _run(
        capsys, "validate", str(path), "--scenario", variant["scenario"], "--fix", "--out", str(out)
    )
    assert err == "" and code == 0, text
    assert _errors_in(out, variant["scenario"]) == []
    assert text.endswith(f"wrote {out}\n")
    if before:
        assert "fixed " in text and "by: " in text


def test_the_issue_example_prints_what_it_changed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = _sample_file(tmp_path)
    design = load_design(path)
    posts = design.find_scenario("a-72-525").posts
    posts["dpa.05"].funding, posts["dpa-africa1.26"].funding = "SA", "RB"
    save_design(design, path)
    out = tmp_path / "fixed.orgdesign"
    code, text, _ = _run(capsys, "validate", str(path), "--fix", "--out", str(out))
    assert code == 0
    words = " ".join(text.split())  # the text is wrapped
    assert (
        "move post dpa.05 (P-5) in Department of Political and Peacebuilding Affairs back" in words
    )
    assert (
        "Affairs back from SA to RB; move post dpa-africa1.26 (P-3) in Africa I Division back "
        "from RB to SA" in words
    )
    assert "abolish" not in words
    fixed = load_design(out).find_scenario("a-72-525")
    assert len(fixed.posts) == len(posts)
    assert (fixed.posts["dpa.05"].funding, fixed.posts["dpa-africa1.26"].funding) == ("RB", "SA")


def test_fix_rule_applies_that_rules_fixes_only(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    design = load_design(_sample_file(tmp_path))
    proposal = design.find_scenario("a-72-525")
    proposal.posts["ead.03"].funding = "SA"
    del proposal.lines["asg-africa-dpo"]
    path = tmp_path / "two-faults.orgdesign"
    save_design(design, path)
    out = tmp_path / "fixed.orgdesign"
    code, text, _ = _run(
        capsys,
        "validate",
        str(path),
        "--scenario",
        "A/72/525",
        "--fix",
        "--rule",
        "COST-FUNDING",
        "--out",
        str(out),
    )
    assert code == 1
    left = _errors_in(out, "a-72-525")
    assert left == [
        "Office of the Assistant Secretary-General for Africa does not report to Department of "
        "Peace Operations; a regional entry point reports to both department heads."
    ]
    assert "not fixed error" in text and "only COST-FUNDING's fixes were asked for" in text
    code, text, _ = _run(capsys, "validate", str(out), "--fix", "--out", str(out))
    assert code == 0 and _errors_in(out, "a-72-525") == []


def test_what_cannot_be_fixed_is_listed_with_why(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    design = load_design(_sample_file(tmp_path))
    unmiss = design.find_scenario("a-72-525").units["unmiss"]
    unmiss.region, unmiss.backstopped_by = None, None
    path = tmp_path / "lost-mission.orgdesign"
    save_design(design, path)
    out = tmp_path / "fixed.orgdesign"
    code, text, _ = _run(
        capsys,
        "validate",
        str(path),
        "--scenario",
        "a-72-525",
        "--fix",
        "--out",
        str(out),
        "--format",
        "json",
    )
    assert code == 1
    (run,) = json.loads(text)["scenarios"]
    (left,) = run["not_fixed"]
    assert left["rule"] == "REGION-COVERAGE" and left["units"] == ["unmiss"]
    assert "choose its region" in left["reason"]
    assert run["counts"]["error"] == 1 and _errors_in(out, "a-72-525") == [left["message"]]


@pytest.mark.parametrize(
    "argv",
    [
        ["--fix"],
        ["--fix", "--out", "x.orgdesign", "--rule", "NO-SUCH-RULE"],
        ["--out", "x.orgdesign"],
        ["--rule", "COST-TOTAL"],
    ],
)
def test_fix_usage_errors_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, argv: list[str]
) -> None:
    code, out, err = _run(capsys, "validate", str(_sample_file(tmp_path)), *argv)
    assert code == 2 and out == "" and err.count("\n") == 1
