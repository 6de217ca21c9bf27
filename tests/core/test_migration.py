"""Version-1 files: they open through the migration, validate the same and save as version 2.

``tests/data/v1`` keeps frozen copies of the samples as they were published in
version 1 (commit 0412a39); they are never regenerated.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from orgeditor.io import DesignFileError, dumps, load_design, loads, migrations
from orgeditor.io.schema import SCHEMA_VERSION
from orgeditor.rules import validate
from tests.conftest import MINISTRIES_SAMPLE, ROOT, UN_SAMPLE
from tests.core.test_load_fuzz import mutated

V1 = ROOT / "tests" / "data" / "v1"
FROZEN = [
    (V1 / "un-peace-security-2017.v1.orgdesign", UN_SAMPLE),
    (V1 / "ministries-merger.v1.orgdesign", MINISTRIES_SAMPLE),
]
UPGRADE_NOTE = "(after upgrading from schema version 1)"


def _stamped(tree: dict[str, Any], version: int) -> bytes:
    return json.dumps({**tree, "schema_version": version}, indent=1).encode()


def _outcome(data: bytes) -> tuple[str, object]:
    """What loading gives: the design, or the problems without the upgrade note."""
    try:
        return "design", loads(data, "f.orgdesign")
    except DesignFileError as error:
        problems = [p for p in error.problems if p.message != UPGRADE_NOTE]
        return "error", problems


def test_the_current_version_is_2() -> None:
    assert SCHEMA_VERSION == 2
    assert json.loads(dumps(load_design(UN_SAMPLE)))["schema_version"] == 2


@pytest.mark.parametrize(("old", "current"), FROZEN, ids=lambda p: p.name)
def test_frozen_version_1_samples_open_validate_the_same_and_save_as_2(
    old: Path, current: Path, tmp_path: Path
) -> None:
    tree = json.loads(old.read_bytes())
    assert tree["schema_version"] == 1
    design = load_design(old)
    # the same content read as version 2 (the sample itself has grown since it was frozen)
    today = loads(_stamped(_with_principals(tree), 2))
    assert [s.id for s in design.scenarios] == [s.id for s in load_design(current).scenarios]
    for scenario, same in zip(design.scenarios, today.scenarios, strict=True):
        findings = validate(design, scenario).findings
        assert findings == validate(today, same).findings, scenario.name
    target = tmp_path / "saved.orgdesign"
    target.write_bytes(dumps(design))
    assert json.loads(target.read_bytes())["schema_version"] == 2
    assert load_design(target) == design


# Version 1 always checked this body (GOV-SPG); version 2 checks what a file declares.
PRINCIPALS = {
    "id": "principals-group",
    "name": "Standing Principals' Group",
    "called": "principals' group",
}


def _with_principals(tree: dict[str, Any]) -> dict[str, Any]:
    """``tree`` as version 2 must read it: the principals' group declared where it is not."""
    tree = json.loads(json.dumps(tree))
    rules = tree.setdefault("rules", {})
    if isinstance(rules, dict):
        rules.setdefault("required_bodies", [PRINCIPALS])
    return tree


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(mutated())
def test_a_version_1_file_loads_as_the_same_content_stamped_2(data: bytes) -> None:
    try:
        tree = json.loads(data)
    except ValueError:
        return
    if not isinstance(tree, dict):
        return
    old, new = _outcome(_stamped(tree, 1)), _outcome(_stamped(_with_principals(tree), 2))
    assert old == new


def test_a_version_1_file_keeps_its_principals_group_check() -> None:
    """A version-1 design without the group gets GOV-SPG's finding, as version 1 gave it."""
    tree = json.loads(dumps(load_design(UN_SAMPLE)))
    del tree["rules"]["required_bodies"]
    proposal = tree["scenarios"][1]
    group = proposal["roles"].pop("principals_group")
    proposal["units"] = [u for u in proposal["units"] if u["id"] != group]
    proposal["bodies"] = [b for b in proposal.get("bodies", []) if b["unit"] != group]
    proposal["lines"] = [
        x for x in proposal.get("lines", []) if group not in (x["source"], x["target"])
    ]
    old, new = loads(_stamped(tree, 1)), loads(_stamped(tree, 2))
    rules_of = [{f.rule for f in validate(d, d.scenarios[1]).findings} for d in (old, new)]
    assert "GOV-SPG" in rules_of[0] and "GOV-SPG" not in rules_of[1]


def test_a_rewrite_step_runs_for_version_1_files_only(monkeypatch: pytest.MonkeyPatch) -> None:
    def retitle(raw: dict[str, Any]) -> dict[str, Any]:
        raw["metadata"] = {**raw["metadata"], "title": raw["metadata"]["title"] + " (v1)"}
        return raw

    monkeypatch.setattr(migrations, "_TO_2", (retitle,))
    tree = json.loads(dumps(load_design(MINISTRIES_SAMPLE)))
    title = tree["metadata"]["title"]
    assert loads(_stamped(tree, 1)).metadata.title == f"{title} (v1)"
    assert loads(_stamped(tree, 2)).metadata.title == title


def test_a_broken_version_1_file_names_the_place_after_upgrading() -> None:
    tree = json.loads(dumps(load_design(MINISTRIES_SAMPLE)))
    tree["scenarios"][0]["units"][1]["kind"] = "directorate"
    with pytest.raises(DesignFileError) as caught:
        loads(_stamped(tree, 1), "old.orgdesign")
    text = caught.value.details()
    unit = tree["scenarios"][0]["units"][1]["id"]
    assert "$.scenarios[0].units[1].kind" in text and unit in text
    assert UPGRADE_NOTE in text
