"""Issue 15, "Done when": a planner builds the city sample from Blank entirely in the app.

The whole sample is built (9 baseline units and 69 posts, the 13-unit proposal
with the same 69 posts moved, not re-created): small enough to enter in full,
so no subset is needed. ``tests/ui/city_build.py`` drives the widgets from
File > New > Blank; the file saved with File > Save As is then compared with
the sample the recipe writes, read back from disk. Ids the app generates (units
added, posts established, lines, the proposal) differ from the recipe's, so
units are compared by name, posts by their unit's name, grade, funding and title,
and each post's path from the baseline to the proposal by the same fields.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from orgeditor.io import load_design
from orgeditor.model import Design, Scenario
from orgeditor.reports.redeployment import redeployment_tables
from orgeditor.rules import validate
from orgeditor.ui.main_window import MainWindow
from tests.ui.city_build import CityBuilder

ROOT = Path(__file__).parents[2]
SAMPLE = ROOT / "samples" / "city-development-services.orgdesign"
BLANK = ROOT / "resources" / "templates" / "blank.orgdesign"


def _ref(ref: str, names: dict[str, str]) -> str:
    """A unit reference (``unit:<id>``) with the unit's name in place of its id."""
    kind, _, value = ref.partition(":")
    return f"{kind}:{names.get(value, value)}" if kind == "unit" else ref


def _scenario(scenario: Scenario, baseline: Scenario) -> dict[str, Any]:
    names = {u.id: u.name for u in scenario.units.values()}
    old_names = {u.id: u.name for u in baseline.units.values()}
    named = {
        k: (names.get(v, v) if isinstance(v, str) else v) for k, v in vars(scenario.roles).items()
    }
    named["departments"] = {r: names[u] for r, u in scenario.roles.departments.items()}
    units = {
        u.name: {
            "short": u.short_name,
            "kind": u.kind.value,
            "parent": names.get(u.parent or ""),
            "head": u.head_grade,
            "functions": u.functions,
            "segments": u.segments,
            "entry points": u.segment_entry_points,
            "note": u.note,
            "succeeds": sorted(old_names[o] for o in u.succession.units),
            "source": u.succession.source,
        }
        for u in scenario.units.values()
    }
    posts = Counter((names[p.unit], p.grade, p.funding, p.title) for p in scenario.posts.values())
    paths = Counter(
        (
            old_names[baseline.posts[p.id].unit] if p.id in baseline.posts else None,
            names[p.unit],
            baseline.posts[p.id].funding if p.id in baseline.posts else None,
            p.funding,
            p.grade,
            p.title,
        )
        for p in scenario.posts.values()
    )
    lines = Counter(
        (names[x.source], names[x.target], x.kind.value, x.caption, x.condition)
        for x in scenario.lines.values()
    )
    bodies = {
        names[b.unit]: (names.get(b.chair or ""), [names[m] for m in b.members])
        for b in scenario.bodies.values()
    }
    return {
        "kind": scenario.kind.value,
        "description": scenario.description,
        "roles": named,
        "units": units,
        "posts": posts,
        "paths": paths,
        "lines": lines,
        "bodies": bodies,
    }


def semantic(design: Design) -> dict[str, Any]:
    """What the planner entered, with generated ids replaced by names."""
    names = {u.id: u.name for s in design.scenarios for u in s.units.values()}
    rules = design.rules
    bodies = [
        (b.id, b.name, b.called, _ref(b.body, names), b.chair, b.members)
        for b in rules.required_bodies
    ]
    dual = {names[u]: roles for u, roles in rules.dual_reporting.items()}
    together = {k: [names[u] for u in units] for k, units in rules.keep_together.items()}
    named = ("required_bodies", "dual_reporting", "keep_together")
    other_rules = {k: v for k, v in vars(rules).items() if k not in named}
    return {
        "metadata": design.metadata,
        "grades": design.grades,
        "funding": design.funding_sources,
        "costs": design.cost_table,
        "functions": design.functions,
        "regions": design.regions,
        "segments": design.segment_kinds,
        "rules": other_rules,
        "bodies": bodies,
        "dual": dual,
        "together": together,
        "scenarios": {s.name: _scenario(s, design.baseline) for s in design.scenarios},
    }


def _differences(made: dict[str, Any], wanted: dict[str, Any], where: str = "") -> list[str]:
    """Where two nested structures differ, as readable paths."""
    if isinstance(made, dict) and isinstance(wanted, dict) and not isinstance(made, Counter):
        found = []
        for key in sorted(set(made) | set(wanted), key=str):
            if key not in made or key not in wanted:
                found.append(f"{where}/{key}: only in {'the app' if key in made else 'the recipe'}")
            else:
                found += _differences(made[key], wanted[key], f"{where}/{key}")
        return found
    return [] if made == wanted else [f"{where}: app {made!r} != recipe {wanted!r}"]


@pytest.mark.slow
def test_a_planner_builds_the_city_sample_from_blank_in_the_app(
    main_window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    CityBuilder(main_window).build()
    c = main_window.controller
    saved = tmp_path / "city.orgdesign"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    main_window.save_as_action.trigger()
    assert c.path == saved and c.undo_stack.clean

    made, wanted = load_design(saved), load_design(SAMPLE)
    assert _differences(semantic(made), semantic(wanted)) == []
    # the findings and the redeployment table, computed afresh from each file
    for made_s, wanted_s in zip(made.scenarios, wanted.scenarios, strict=True):
        found = sorted((f.rule, f.severity) for f in validate(made, made_s).findings)
        assert found == sorted((f.rule, f.severity) for f in validate(wanted, wanted_s).findings)
    made_tables = redeployment_tables(made, made.baseline, made.proposals[0])
    wanted_tables = redeployment_tables(wanted, wanted.baseline, wanted.proposals[0])
    # the same rows in each table; their order follows the order posts were made in
    assert [sorted(map(repr, (r.cells for r in t.rows))) for t in made_tables] == [
        sorted(map(repr, (r.cells for r in t.rows))) for t in wanted_tables
    ]
    # every edit is one step of the one history: undoing all of it gives Blank again
    while c.undo_stack.can_undo:
        c.undo_stack.undo()
    blank = json.loads(BLANK.read_text())
    assert [g.id for g in c.design.grades] == [g["id"] for g in blank["grades"]]
    assert [u.name for u in c.design.baseline.units.values()] == ["Organisation"]
