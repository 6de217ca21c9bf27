"""``validate --select/--ignore`` and ``rules FILE``: as a user of the command line meets them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orgeditor import cli
from orgeditor.commands import SetRuleStateCommand
from orgeditor.io import load_design, save_design
from orgeditor.rules import RULES
from tests.conftest import UN_SAMPLE

IDS = [r.id for r in RULES]


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _full(capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    code, out, _ = _run(capsys, "validate", str(UN_SAMPLE), "--all", "--format", "json")
    assert code == 1
    full: dict[str, object] = json.loads(out)
    return full


def _filtered(
    full: dict[str, object], keep: set[str]
) -> list[tuple[str, list[object], list[object]]]:
    """The full report's findings and skipped rules of ``keep``, filtered here, not by the CLI."""
    return [
        (
            r["scenario"],
            [f for f in r["findings"] if f["rule"] in keep],
            [s for s in r["skipped"] if s["rule"] in keep],
        )
        for r in full["reports"]  # type: ignore[attr-defined]
    ]


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    select=st.none() | st.sets(st.sampled_from(IDS), min_size=1),
    ignore=st.none() | st.sets(st.sampled_from(IDS), min_size=1),
)
def test_select_and_ignore_equal_the_full_report_filtered(
    capsys: pytest.CaptureFixture[str], select: set[str] | None, ignore: set[str] | None
) -> None:
    full = _full(capsys)
    argv = ["validate", str(UN_SAMPLE), "--all", "--format", "json"]
    if select is not None:
        argv += ["--select", ",".join(sorted(select))]
    if ignore is not None:
        argv += ["--ignore", " , ".join(sorted(ignore))]
    code, out, _ = _run(capsys, *argv)
    keep = (select if select is not None else set(IDS)) - (ignore or set())
    got = json.loads(out)
    assert _filtered(got, set(IDS)) == _filtered(full, keep)
    has_errors = any(
        f["severity"] == "error" for _, found, _ in _filtered(full, keep) for f in found
    )
    assert code == (1 if has_errors else 0)


def test_an_unknown_rule_id_exits_2_naming_it(capsys: pytest.CaptureFixture[str]) -> None:
    for option in ("--select", "--ignore"):
        code, out, err = _run(capsys, "validate", str(UN_SAMPLE), option, "GOV-SPG,NOPE")
        assert code == 2 and out == ""
        assert "no rule NOPE" in err and "Traceback" not in err


def test_a_rule_the_design_turns_off_shows_in_rules_file_and_validate(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    design = load_design(UN_SAMPLE)
    SetRuleStateCommand(design, "GOV-SPG", False).do(design)
    SetRuleStateCommand(design, "REGION-ENTRY", True, "warning").do(design)
    path = tmp_path / "un.orgdesign"
    save_design(design, path)
    code, out, _ = _run(capsys, "rules", str(path), "--format", "json")
    assert code == 0
    entries = {e["id"]: e for e in json.loads(out)}
    assert entries["GOV-SPG"]["design"]["enabled"] is False
    assert entries["REGION-ENTRY"]["design"]["severity"] == "warning"
    assert entries["REGION-ENTRY"]["design"]["parameters"]["entry_point_grade"] == "ASG"
    assert entries["GOV-SPG"]["design"]["parameters"]["required_bodies"][0]["chair"] == "top"
    code, text, _ = _run(capsys, "rules", str(path))
    block = text.split("\n\n")[IDS.index("GOV-SPG")]
    assert block.startswith("GOV-SPG") and "In this design: off" in block
    block = text.split("\n\n")[IDS.index("REGION-ENTRY")]
    assert "on, at warning instead of error" in block
    # validate: no GOV-SPG finding, REGION-ENTRY at warning, and --fail-on follows it
    code, out, _ = _run(capsys, "validate", str(path), "--all", "--format", "json")
    findings = [f for r in json.loads(out)["reports"] for f in r["findings"]]
    assert not [f for f in findings if f["rule"] == "GOV-SPG"]
    assert {f["severity"] for f in findings if f["rule"] == "REGION-ENTRY"} == {"warning"}
    code, _, _ = _run(capsys, "validate", str(path), "--all", "--select", "REGION-ENTRY")
    assert code == 0
    code, _, _ = _run(
        capsys, "validate", str(path), "--all", "--select", "REGION-ENTRY", "--fail-on", "warning"
    )
    assert code == 1


def test_rules_without_a_file_lists_parameters(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "rules")
    assert code == 0
    assert "rules.required_bodies" in out and "In this design" not in out
