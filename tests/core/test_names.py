"""Names in several languages (issue 19): the file keeps them, loading checks them,
a design seen in one language shows them and counts what it lacks."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orgeditor.commands import CommandError
from orgeditor.commands.units import SetUnitFieldCommand
from orgeditor.io import DesignFileError, dumps, load_design, loads
from orgeditor.io.convert import to_plain
from orgeditor.io.schema import DesignFile
from orgeditor.model import LocalName
from orgeditor.model.names import (
    in_language,
    language_tag,
    reads_right_to_left,
)
from tests.builders import tiny_design
from tests.conftest import UN_SAMPLE

TAGS = st.sampled_from(["ar", "zh", "fr", "ru", "es", "pt-BR", "zh-Hant", "sr-Latn-RS"])
# one-line texts the file format accepts (no control characters, no lone surrogates)
LINE = st.text(
    st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="\ufffe\uffff"),
    min_size=1,
    max_size=12,
).filter(lambda text: text.strip() != "")
LOCAL = st.builds(LocalName, LINE, st.one_of(st.just(""), LINE))


def _raw_units(path: Path) -> dict[str, list[dict[str, Any]]]:
    """The units of each scenario as the file has them (no orgeditor code involved)."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    return {s["id"]: s.get("units", []) for s in raw["scenarios"]}


def test_the_un_sample_carries_sourced_chinese_names() -> None:
    design = load_design(UN_SAMPLE)
    proposal = design.find_scenario("a-72-525")
    assert proposal.units["dppa"].names["zh"].name == "政治和建设和平事务部"
    assert proposal.units["dpo"].names["zh"].name == "和平行动部"
    assert design.metadata.language == "en"
    assert any("A/72/525" in line and "Chinese" in line for line in design.metadata.provenance)


def test_names_survive_save_and_reopen(tmp_path: Path) -> None:
    design = tiny_design()
    design.scenarios[0].names["fr"] = LocalName("Aujourd'hui")
    design.scenarios[0].units["a"].names = {"zh": LocalName("甲司", "甲"), "ar": LocalName("قسم أ")}
    next(iter(design.scenarios[0].posts.values())).titles = {"es": "Director"}
    again = loads(dumps(design))
    assert again == design
    assert again.scenarios[0].units["a"].names["zh"] == LocalName("甲司", "甲")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    units=st.dictionaries(TAGS, LOCAL, max_size=3),
    scenario=st.dictionaries(TAGS, LOCAL, max_size=2),
    titles=st.dictionaries(TAGS, LINE, max_size=2),
    language=st.sampled_from(["en", "de", "ja"]),
)
def test_names_round_trip_and_the_written_form_is_the_schemas(
    units: dict[str, LocalName],
    scenario: dict[str, LocalName],
    titles: dict[str, str],
    language: str,
) -> None:
    design = tiny_design()
    design.metadata.language = language
    base = design.scenarios[0]
    base.names = dict(scenario)
    for unit in base.units.values():
        unit.names = dict(units)
    for post in base.posts.values():
        post.titles = dict(titles)
    assert loads(dumps(design)) == design
    # the fast writer gives what the schema itself dumps
    assert to_plain(design) == DesignFile.model_validate(to_plain(design)).model_dump(
        mode="json", exclude_defaults=True
    )


def _load_raw(tmp_path: Path, edit: Any) -> str:
    raw = json.loads(dumps(tiny_design()))
    edit(raw)
    path = tmp_path / "names.orgdesign"
    path.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(DesignFileError) as caught:
        load_design(path)
    return str(caught.value)


def _unit(raw: dict[str, Any]) -> dict[str, Any]:
    unit: dict[str, Any] = raw["scenarios"][0]["units"][1]
    return unit


def test_loading_refuses_a_tag_that_is_not_bcp47(tmp_path: Path) -> None:
    message = _load_raw(tmp_path, lambda r: _unit(r).update(names={"Chinese": {"name": "x"}}))
    assert "$.scenarios[0].units[1].names.Chinese" in message
    assert "not a language tag: use a BCP 47 tag such as ar, zh" in message


def test_loading_refuses_a_name_in_the_designs_own_language(tmp_path: Path) -> None:
    message = _load_raw(tmp_path, lambda r: _unit(r).update(names={"EN": {"name": "x"}}))
    assert "$.scenarios[0].units[1].names.EN" in message
    assert "own language" in message and "remove this entry" in message


def test_loading_refuses_one_language_under_two_tags(tmp_path: Path) -> None:
    def edit(raw: dict[str, Any]) -> None:
        _unit(raw)["names"] = {"zh": {"name": "x"}, "ZH": {"name": "y"}}

    message = _load_raw(tmp_path, edit)
    assert "$.scenarios[0].units[1].names.ZH" in message and "one language" in message


def test_in_language_counts_exactly_the_units_without_a_name_there() -> None:
    raw = _raw_units(UN_SAMPLE)
    design = load_design(UN_SAMPLE)
    for language in ("zh", "fr", "ar", "ru"):
        shown = in_language(design, language)
        for scenario in design.scenarios:
            expected = [u["id"] for u in raw[scenario.id] if language not in u.get("names", {})]
            assert shown.missing.get(scenario.id, []) == expected
            seen = shown.design.find_scenario(scenario.id)
            for unit in raw[scenario.id]:
                wanted = unit.get("names", {}).get(language, {}).get("name", unit["name"])
                assert seen.units[unit["id"]].name == wanted
    assert design == load_design(UN_SAMPLE)  # the design itself is untouched


def test_the_default_language_misses_nothing() -> None:
    design = load_design(UN_SAMPLE)
    shown = in_language(design, "en")
    assert shown.missing_count() == 0 and shown.missing_note() == ""
    assert shown.design == design


def test_missing_note_says_how_many_of_how_many() -> None:
    design = load_design(UN_SAMPLE)
    scenario = design.find_scenario("a-72-525")
    lacking = sum(1 for u in scenario.units.values() if "zh" not in u.names)
    titled = [p for p in scenario.posts.values() if p.title]
    untitled = sum(1 for p in titled if "zh" not in p.titles)
    note = in_language(design, "zh").missing_note([scenario.id])
    assert note.splitlines() == [
        f"{lacking} of {len(scenario.units)} units have no name in zh: shown in en",
        f"{untitled} of {len(titled)} post titles have none in zh: shown in en",
    ]


def test_a_unit_named_without_a_short_name_there_goes_by_its_name() -> None:
    design = load_design(UN_SAMPLE)
    seen = in_language(design, "zh").design.find_scenario("a-72-525").units
    assert (seen["dppa"].name, seen["dppa"].short_name) == ("政治和建设和平事务部", "")
    assert seen["dppa"].label == "政治和建设和平事务部"
    assert seen["ead"].label == "EAD"  # not named in Chinese: all stays English


def test_setting_names_is_one_undoable_edit() -> None:
    design = tiny_design()
    before = loads(dumps(design))
    names = {"zh": LocalName("甲司"), "fr": LocalName("Division A", "DA")}
    command = SetUnitFieldCommand(design, "base", "a", "names", names)
    command.do(design)
    assert design.scenarios[0].units["a"].names == names
    command.undo(design)
    assert design == before


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        ({"en": LocalName("x")}, "own language"),
        ({"Chinese": LocalName("x")}, "not a language tag"),
        ({"zh": LocalName("  ")}, "empty"),
        ({"zh": LocalName("a\nb")}, "line break"),
    ],
)
def test_names_a_command_refuses(names: dict[str, LocalName], expected: str) -> None:
    with pytest.raises(CommandError, match=expected):
        SetUnitFieldCommand(tiny_design(), "base", "a", "names", names)


def test_language_tags_are_normalised_and_checked() -> None:
    assert language_tag("ZH-Hans") == "zh-Hans"
    assert language_tag(" ar ") == "ar"
    with pytest.raises(ValueError, match="BCP 47"):
        language_tag("Chinese")


@pytest.mark.parametrize(
    ("text", "rtl"),
    [
        ("إدارة عمليات السلام", True),
        ("DPO إدارة", False),  # the first strong letter is Latin
        ("123 إدارة", True),  # digits are weak: the Arabic letter decides
        ("שלום", True),
        ("和平行动部", False),
        ("", False),
    ],
)
def test_text_direction_follows_the_first_strong_letter(text: str, rtl: bool) -> None:
    assert reads_right_to_left(text) is rtl
