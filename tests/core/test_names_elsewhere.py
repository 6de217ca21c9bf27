"""Names per language beyond units (issue 19 §2): post titles, scenario names and required
bodies are kept by the file, edited in one undo step, imported from ``title@TAG``
columns, given to a body the fix creates, and counted when a language lacks them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from orgeditor.commands import CommandError, ImportTablesCommand, command_for_fix
from orgeditor.commands.posts import SetPostFieldCommand
from orgeditor.commands.scenarios import RenameScenarioCommand
from orgeditor.io import DesignFileError, dumps, load_design, loads, save_design
from orgeditor.io.importing import merge_tables, read_tables
from orgeditor.io.unit_tables import write_import_tables
from orgeditor.merge.designs import merge_designs
from orgeditor.model import Design, LocalName, RequiredBody, Scenario, UnitKind
from orgeditor.model.names import in_language
from orgeditor.rules import validate
from tests.builders import tiny_design
from tests.conftest import UN_SAMPLE


def _named_design() -> tuple[Design, Scenario]:
    """The tiny design with a titled post, a scenario and a required body named elsewhere."""
    design = tiny_design()
    base = design.scenarios[0]
    base.posts["p2"].title = "Chief of Division A"
    base.posts["p2"].titles = {"fr": "Chef de la Division A", "ru": "Начальник Отдела A"}
    base.names = {"zh": LocalName("今天", "今")}
    design.rules.required_bodies = [
        RequiredBody(
            "board", "Board", names={"es": LocalName("Junta", "J"), "ar": LocalName("مجلس")}
        )
    ]
    return design, base


def test_titles_scenario_and_body_names_survive_save_and_reopen(tmp_path: Path) -> None:
    design, _ = _named_design()
    path = tmp_path / "named.orgdesign"
    save_design(design, path)
    raw = json.loads(path.read_text(encoding="utf-8"))  # what the file says, read without us
    base = raw["scenarios"][0]
    post = next(p for p in base["posts"] if p["id"] == "p2")
    assert post["titles"] == {"fr": "Chef de la Division A", "ru": "Начальник Отдела A"}
    assert base["names"] == {"zh": {"name": "今天", "short_name": "今"}}
    assert raw["rules"]["required_bodies"][0]["names"] == {
        "es": {"name": "Junta", "short_name": "J"},
        "ar": {"name": "مجلس"},
    }
    again = load_design(path)
    assert again == design
    assert dumps(again) == path.read_bytes()  # the saved order is stable


def test_a_body_name_in_the_designs_own_language_is_refused_with_its_place() -> None:
    design, _ = _named_design()
    data = json.loads(dumps(design))
    data["rules"]["required_bodies"][0]["names"]["EN"] = {"name": "Board again"}
    with pytest.raises(DesignFileError) as caught:
        loads(json.dumps(data).encode())
    assert "$.rules.required_bodies[0].names.EN" in str(caught.value)


def test_titles_are_one_undo_step_and_undo_restores_the_document() -> None:
    design, base = _named_design()
    before = dumps(design)
    command = SetPostFieldCommand(design, base.id, "p2", "titles", {"zh": "甲司司长"})
    change = command.do(design)
    assert base.posts["p2"].titles == {"zh": "甲司司长"} and change.units == {"a"}
    command.undo(design)
    assert dumps(design) == before
    with pytest.raises(CommandError, match="own language"):
        SetPostFieldCommand(design, base.id, "p2", "titles", {"en": "Chief"})
    with pytest.raises(CommandError, match="title in fr is empty"):
        SetPostFieldCommand(design, base.id, "p2", "titles", {"fr": " "})


def test_a_rename_sets_the_scenarios_names_in_the_same_step() -> None:
    design, base = _named_design()
    before = dumps(design)
    command = RenameScenarioCommand(design, base.id, "Now", {"fr": LocalName("Maintenant")})
    command.do(design)
    assert (base.name, base.names) == ("Now", {"fr": LocalName("Maintenant")})
    command.undo(design)
    assert dumps(design) == before
    only_names = RenameScenarioCommand(design, base.id, base.name, {})
    assert only_names.text == "Rename Today in other languages"
    with pytest.raises(CommandError, match="nothing changes"):
        RenameScenarioCommand(design, base.id, base.name, dict(base.names))


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_titles_go_out_and_come_back_through_title_columns(tmp_path: Path, suffix: str) -> None:
    design, base = _named_design()
    files = write_import_tables(design, base, tmp_path / f"t{suffix}")
    base.posts["p2"].titles = {}  # the import must bring them back
    merged = merge_tables(design, base, read_tables(files, design), "t")
    assert merged.posts["p2"].titles == {"fr": "Chef de la Division A", "ru": "Начальник Отдела A"}


def test_an_import_keeps_titles_it_has_no_column_for_and_sets_those_it_has(
    tmp_path: Path,
) -> None:
    design, base = _named_design()
    posts = tmp_path / "posts.csv"
    posts.write_text(
        "id,unit,grade,funding,title,title@ZH,title@ru\n"
        "p2,a,D-1,RB,Chief of Division A,甲司司长,\n"  # an empty cell removes Russian
        "p3,b,P-4,XB,,乙司干事,\n",
        encoding="utf-8",
    )
    merged = merge_tables(design, base, read_tables([posts], design), "posts.csv")
    assert merged.posts["p2"].titles == {"fr": "Chef de la Division A", "zh": "甲司司长"}
    assert merged.posts["p3"].titles == {"zh": "乙司干事"}
    command = ImportTablesCommand(design, base.id, merged, "posts.csv")
    before = dumps(design)
    command.do(design)
    assert loads(dumps(design)).scenarios[0].posts["p3"].titles == {"zh": "乙司干事"}
    command.undo(design)
    assert dumps(design) == before


def test_a_posts_row_without_title_columns_keeps_the_titles(tmp_path: Path) -> None:
    """Before title@TAG columns, importing a known post dropped its titles."""
    design, base = _named_design()
    posts = tmp_path / "posts.csv"
    posts.write_text("id,unit,grade,funding\np2,a,D-1,RB\n", encoding="utf-8")
    merged = merge_tables(design, base, read_tables([posts], design), "posts.csv")
    assert merged.posts["p2"].titles == base.posts["p2"].titles


def test_a_bad_title_column_is_reported_with_its_row(tmp_path: Path) -> None:
    design, base = _named_design()
    posts = tmp_path / "posts.csv"
    posts.write_text("id,unit,grade,funding,title@en\np2,a,D-1,RB,Chief\n", encoding="utf-8")
    with pytest.raises(DesignFileError) as caught:
        merge_tables(design, base, read_tables([posts], design), "posts.csv")
    assert "Posts row 2" in str(caught.value) and "title@en" in str(caught.value)


def test_the_create_body_fix_gives_the_body_the_required_bodys_names() -> None:
    design = load_design(UN_SAMPLE)
    required = design.rules.required_bodies[0]
    assert required.names == {"zh": LocalName("常设主管小组")}  # as the spg unit is named
    scenario = design.find_scenario("as-is-2017")
    finding = next(f for f in validate(design, scenario).findings if f.rule == "GOV-SPG")
    assert finding.fix is not None and finding.fix.action == "create-body"
    command_for_fix(design, scenario.id, finding.fix).do(design)
    [body] = [u for u in scenario.units.values() if u.kind is UnitKind.BODY]
    assert body.name == required.name and body.names == required.names


def test_a_language_counts_the_titled_posts_it_has_no_title_for() -> None:
    design, _ = _named_design()
    design.scenarios[1].posts["p2"].title = "Chief"  # titled, in English only
    seen = in_language(design, "ru")
    assert seen.design.scenarios[0].posts["p2"].title == "Начальник Отдела A"
    assert seen.design.scenarios[1].posts["p2"].title == "Chief"
    assert seen.missing_title_count() == 1  # untitled posts need no title in Russian
    assert seen.missing_titles == {"option": ["p2"]}
    assert seen.design.rules.required_bodies[0].name == "Board"  # no Russian name: its own
    spanish = in_language(design, "es")
    assert spanish.design.rules.required_bodies[0].name == "Junta"
    assert spanish.missing_title_count() == 2


def test_titles_merge_by_language_as_unit_names_do(tmp_path: Path) -> None:
    """Two sides' titles in different languages both arrive; one language titled two ways is
    a conflict kept with the three values, as a unit's name is."""
    design, base = _named_design()
    source = dumps(design)
    ours, theirs = loads(source), loads(source)
    titles = base.posts["p2"].titles
    SetPostFieldCommand(ours, base.id, "p2", "titles", {**titles, "zh": "甲司司长"}).do(ours)
    SetPostFieldCommand(theirs, base.id, "p2", "titles", {**titles, "es": "Jefe"}).do(theirs)
    merged = merge_designs(loads(source), ours, theirs)
    assert merged.clean
    path = tmp_path / "merged.orgdesign"
    save_design(merged.design, path)
    kept = load_design(path).scenarios[0].posts["p2"].titles
    assert kept == {**titles, "zh": "甲司司长", "es": "Jefe"}
    ours, theirs = loads(source), loads(source)
    SetPostFieldCommand(ours, base.id, "p2", "titles", {"fr": "Cheffe"}).do(ours)
    SetPostFieldCommand(theirs, base.id, "p2", "titles", {"fr": "Directeur"}).do(theirs)
    [conflict] = merge_designs(loads(source), ours, theirs).conflicts
    assert conflict.path == ["scenarios", base.id, "posts", "p2", "titles", "fr"]
    assert (conflict.base, conflict.ours, conflict.theirs) == (
        "Chef de la Division A",
        "Cheffe",
        "Directeur",
    )
