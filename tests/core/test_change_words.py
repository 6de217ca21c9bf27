"""The core's change descriptions speak the core's language (issue 19): the diff's text, the
changes table, the cards' notes in compare mode and a design's version summary."""

from __future__ import annotations

from orgeditor.i18n import speaking
from orgeditor.io.files import load_design
from orgeditor.model import ScenarioKind, Unit, UnitKind
from orgeditor.reports.changes import CHANGE_WORDS, change_rows, changes_table
from orgeditor.reports.diff import (
    _UNIT_FIELDS,
    FIELD_WORDS,
    PostAction,
    ScenarioDiff,
    UnitAction,
    diff_scenarios,
    mark_tag,
    unit_marks,
)
from orgeditor.reports.diff_output import diff_text
from orgeditor.reports.diff_relations import BodyAction, LineAction, RoleAction
from orgeditor.reports.versions import version_summary
from tests.builders import tiny_design
from tests.conftest import UN_SAMPLE


def _tiny_diff() -> ScenarioDiff:
    design = tiny_design()
    old = design.baseline
    new = old.copy("new", "New", ScenarioKind.PROPOSAL)
    new.units["c"] = Unit("c", "Division C", UnitKind.DIVISION, parent="hq")
    del new.units["b"]
    del new.posts["p3"]
    new.units["a"].parent = "c"
    new.units["a"].name = "Division Alpha"
    new.units["hq"].head_grade = "D-1"
    new.posts["p2"].grade = "D-2"
    return diff_scenarios(old, new)


def test_every_action_kind_and_field_has_words_to_translate() -> None:
    actions = [*UnitAction, *PostAction, *LineAction, *BodyAction, *RoleAction]
    assert {a.value for a in actions} <= set(CHANGE_WORDS)
    assert set(_UNIT_FIELDS) <= set(FIELD_WORDS)  # a new unit field needs its words


def test_the_diff_is_told_in_french_with_the_names_as_they_are() -> None:
    diff = _tiny_diff()
    english = diff_text(diff, "x.orgdesign")
    with speaking("fr"):
        french = diff_text(diff, "x.orgdesign")
        marks = unit_marks(diff)
        rows = [row.cells[3] for row in changes_table(diff).rows]
        tag = mark_tag("renamed")
    assert "units: " in english and "1 abolished" in english
    assert "unités — " in french and "suppression : 1" in french
    assert "Division Alpha" in french  # names are data
    assert "changement de rattachement" in rows and "moved" not in rows
    assert marks["a"].notes[0].startswith("auparavant rattachée à ")
    assert "classe du chef" in marks["hq"].notes[0]  # a field in words
    assert tag == "RENOMMÉ"
    # the keys the compare dock groups by stay untranslated
    assert {row.action for row in change_rows(diff)} >= {"moved", "renamed", "abolished"}


def test_the_un_sample_changes_in_chinese_leave_no_english_words() -> None:
    design = load_design(UN_SAMPLE)
    with speaking("zh"):
        diff = diff_scenarios(design.scenarios[0], design.scenarios[1])
        table = changes_table(diff)
        summary = version_summary(None, design)
    kinds = {row.cells[0] for row in table.rows}
    changes = {row.cells[3] for row in table.rows}
    assert kinds <= {"单位", "员额", "汇报线", "机构", "角色", "设置"}, kinds
    assert all(not any("a" <= ch <= "z" for ch in str(c)) for c in changes), changes
    assert summary == [f"新增设计\uff1a{len(design.scenarios)} 个方案"]  # a full-width colon
