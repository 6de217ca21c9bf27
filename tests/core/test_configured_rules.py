"""Rules a design configures: switches, severities, required bodies, dual reporting."""

from __future__ import annotations

import json
from pathlib import Path

from orgeditor.io import load_design
from orgeditor.rules import validate
from orgeditor.rules.output import reports_json

ROOT = Path(__file__).resolve().parents[2]
UN = ROOT / "samples" / "un-peace-security-2017.orgdesign"
GOLDEN = ROOT / "tests" / "data" / "un-findings-0412a39.json"


def _reports(path: Path) -> list[dict[str, object]]:
    design = load_design(path)
    checked = [(s, validate(design, s)) for s in design.scenarios]
    reports: list[dict[str, object]] = reports_json(str(path), checked)["reports"]
    return reports


def _by_rule(report: dict[str, object]) -> dict[str, list[object]]:
    found: dict[str, list[object]] = {}
    for finding in report["findings"]:  # type: ignore[attr-defined]
        found.setdefault(finding["rule"], []).append(finding)
    return found


def test_un_sample_findings_unchanged_rule_by_rule() -> None:
    """The findings computed on main at 0412a39 (the golden file), rule by rule, every scenario."""
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))["reports"]
    now = _reports(UN)
    assert [r["scenario"] for r in now] == [r["scenario"] for r in golden]
    for old, new in zip(golden, now, strict=True):
        old_rules, new_rules = _by_rule(old), _by_rule(new)
        assert sorted(new_rules) == sorted(old_rules), old["scenario"]
        for rule_id, findings in old_rules.items():
            assert new_rules[rule_id] == findings, (old["scenario"], rule_id)
        assert new["counts"] == old["counts"]


def test_un_sample_declares_its_principals_group() -> None:
    design = load_design(UN)
    assert [b.name for b in design.rules.required_bodies] == ["Standing Principals' Group"]
