"""Budget tables and the diff as the user gets them: files written by the CLI, read back.

Oracles: each scenario's departments and labels come from a plain walk up that
scenario's own parents; the files are parsed (openpyxl, csv, pypdf).
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from pathlib import Path

import pytest

from orgeditor import cli
from orgeditor.io import load_design, save_design
from orgeditor.model import Scenario, ScenarioKind
from tests.conftest import UN_SAMPLE
from tests.core.test_diff_sections import department_of

BASE, PROPOSAL = "As-is 2017", "A/72/525"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    assert err == "" or code != 0, err
    return code, out


def _label(scenario: Scenario, unit_id: str | None) -> str:
    if unit_id is None:
        return ""
    unit = scenario.units[unit_id]
    return unit.short_name or unit.name


def _department_label(scenario: Scenario, unit_id: str) -> str:
    department = department_of(scenario, unit_id)
    return _label(scenario, department) if department else ""


def _xlsx_rows(path: Path, sheet: str) -> list[dict[str, object]]:
    from openpyxl import load_workbook

    rows = list(load_workbook(path, read_only=True)[sheet].iter_rows(values_only=True))
    header = [str(c) for c in rows[1]]  # row 1 is the title
    return [dict(zip(header, row, strict=False)) for row in rows[2:] if any(row)]


def _csv_rows(text: str) -> list[dict[str, object]]:
    return list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))


def _pair() -> tuple[Scenario, Scenario]:
    design = load_design(UN_SAMPLE)
    return design.baseline, design.find_scenario("a-72-525")


def _moved_departments(old: Scenario, new: Scenario) -> list[str]:
    """Units in both scenarios whose department differs (walked independently)."""
    moved = [
        u for u in old.units if u in new.units and department_of(old, u) != department_of(new, u)
    ]
    assert {"oma", "pmd", "opsp"} <= set(moved)
    return moved


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_post_table_tells_each_side_in_its_own_terms(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / f"posts.{fmt}"
    code, _ = _run(capsys, "report", str(UN_SAMPLE), "--table", "posts", "--out", str(out))
    assert code == 0
    read = _xlsx_rows(out, "Posts") if fmt == "xlsx" else _csv_rows(out.read_text("utf-8-sig"))
    rows = [r for r in read if r["Unit"] != "Subtotal"]
    old, new = _pair()
    seen = 0
    for unit_id in _moved_departments(old, new):
        if not old.posts_of(unit_id) and not new.posts_of(unit_id):
            continue  # a unit without posts has no rows
        for scenario, name in ((old, BASE), (new, PROPOSAL)):
            [row] = [r for r in rows if r["Unit id"] == unit_id and r["Scenario"] == name]
            assert row["Department"] == _department_label(scenario, unit_id), (unit_id, name)
            assert row["Unit"] == _label(scenario, unit_id), (unit_id, name)
            seen += 1
    assert seen >= 6
    oma = {r["Scenario"]: r["Department"] for r in rows if r["Unit id"] == "oma"}
    assert oma == {BASE: "DPKO", PROPOSAL: "DPO", "Change": "DPKO to DPO"}
    opsp = {r["Scenario"]: r["Unit"] for r in rows if r["Unit id"] == "opsp"}
    assert opsp[BASE] == "OPSP" and opsp[PROPOSAL] == "OSP"


def test_post_table_subtotals_by_department(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "posts.xlsx"
    assert _run(capsys, "report", str(UN_SAMPLE), "--table", "posts", "--out", str(out))[0] == 0
    rows = _xlsx_rows(out, "Posts")
    for scenario, name in zip(_pair(), (BASE, PROPOSAL), strict=True):
        expected = Counter(
            _department_label(scenario, p.unit) or "(no department)"
            for p in scenario.posts.values()
        )
        subtotals = {
            str(r["Department"]): r["Posts"]
            for r in rows
            if r["Unit"] == "Subtotal" and r["Scenario"] == name and r["Posts"]
        }
        assert subtotals == dict(expected), name
        [total] = [r["Posts"] for r in rows if r["Unit"] == "Total" and r["Scenario"] == name]
        assert total == sum(expected.values()) == len(scenario.posts)
    assert {"DPKO", "DPA", "PBSO"} <= {
        str(r["Department"]) for r in rows if r["Unit"] == "Subtotal" and r["Scenario"] == BASE
    }


def test_redeployment_from_columns_name_the_baseline(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "moves.xlsx"
    code, _ = _run(capsys, "report", str(UN_SAMPLE), "--table", "redeployment", "--out", str(out))
    assert code == 0
    rows = _xlsx_rows(out, "Redeployment")
    old, new = _pair()
    expected: Counter[tuple[str, ...]] = Counter()
    for post_id, before in old.posts.items():
        after = new.posts[post_id]
        unit = new.units[after.unit]
        continues = before.unit in {unit.id, *unit.succession.units}  # declared successors
        moved = before.unit != after.unit
        department = new.units[department_of(new, after.unit) or ""]
        if not moved and department_of(old, before.unit) in {
            department.id,
            *department.succession.units,
        }:
            continue
        action = "Continuing" if continues else "Redeployed between units"
        expected[
            (
                action,
                _department_label(old, before.unit),
                _label(old, before.unit),
                _department_label(new, after.unit),
                _label(new, after.unit),
            )
        ] += 1
    got: Counter[tuple[str, ...]] = Counter()
    for r in rows:
        if r["Action"] in ("Continuing", "Redeployed between units"):
            key = ("Action", "From department", "From unit", "To department", "To unit")
            got[tuple(str(r[k]) for k in key)] += int(r["Posts"])  # type: ignore[call-overload]
    assert got == expected
    assert any(k[2] == "DPA Africa I" and k[4] == "Africa I" for k in got)


def _cut_sample(tmp_path: Path) -> Path:
    """The UN sample with a copy of A/72/525 that drops ASG Africa's dual line to DPO and
    cuts the principals' group to one member."""
    design = load_design(UN_SAMPLE)
    cut = design.find_scenario("a-72-525").copy("cut", "Cut", ScenarioKind.PROPOSAL)
    del cut.lines["asg-africa-dpo"]
    group = cut.roles.principals_group
    assert group is not None
    cut.bodies[group].members = cut.bodies[group].members[:1]
    design.scenarios.append(cut)
    path = tmp_path / "cut.orgdesign"
    save_design(design, path)
    return path


def test_diff_json_has_a_section_per_kind(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = _cut_sample(tmp_path)
    code, out = _run(
        capsys, "diff", str(path), "--from", "a-72-525", "--to", "cut", "--format", "json"
    )
    assert code == 0
    document = json.loads(out)
    sections = ("units", "posts", "lines", "bodies", "roles", "settings")
    assert all(isinstance(document[s], list) for s in sections)
    assert [(e["action"], e["id"]) for e in document["lines"]] == [("removed", "asg-africa-dpo")]
    assert [(e["action"], e["id"]) for e in document["bodies"]] == [("members changed", "spg")]
    assert document["bodies"][0]["before"]["members"] == ["dppa", "dpo"]
    assert document["bodies"][0]["after"]["members"] == ["dppa"]
    assert not any(document[s] for s in ("units", "posts", "roles", "settings"))
    code, out = _run(capsys, "diff", str(path), "--from", "a-72-525", "--to", "cut")
    assert "lines: 1 removed" in out and "bodies: 1 members changed" in out


def test_diff_against_another_file_compares_rule_settings(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    design = load_design(UN_SAMPLE)
    design.rules.max_span = 12
    design.find_scenario("a-72-525").roles.shared_structure = None
    later = tmp_path / "later.orgdesign"
    save_design(design, later)
    code, out = _run(
        capsys, "diff", str(later), "--against", str(UN_SAMPLE), "--to", "a-72-525",
        "--format", "json",
    )  # fmt: skip
    assert code == 0
    document = json.loads(out)
    assert document["from"]["id"] == document["to"]["id"] == "a-72-525"
    assert document["settings"] == [
        {"action": "changed", "id": "max_span", "before": 40, "after": 12}
    ]
    assert document["roles"] == [
        {"action": "cleared", "id": "shared_structure", "before": "srs", "after": None}
    ]
    assert not any(document[s] for s in ("units", "posts", "lines", "bodies"))


def test_changes_report_pdf_lists_the_removed_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from pypdf import PdfReader

    path = _cut_sample(tmp_path)
    out = tmp_path / "changes.pdf"
    code, _ = _run(
        capsys, "report", str(path), "--table", "changes", "--from", "a-72-525", "--to", "cut",
        "--out", str(out),
    )  # fmt: skip
    assert code == 0
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)
    assert "asg-africa-dpo" in text and "removed" in text
    assert "members changed" in text
