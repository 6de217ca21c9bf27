"""Templates: each opens, validates clean, saves to its own bytes; new posts avoid the top grade."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orgeditor.assets import resource
from orgeditor.io import dumps, load_design, loads
from orgeditor.io.templates import TEMPLATE_IDS, design_from_template, template_path, templates
from orgeditor.model import Design, Grade, Post, Scenario, ScenarioKind, Unit, UnitKind
from orgeditor.model.grades import default_post_grade
from orgeditor.rules import validate

# The UN Secretariat template is the design File > New made before templates (0412a39)
UN_LADDER = [
    "USG",
    "ASG",
    "D-2",
    "D-1",
    "P-5",
    "P-4",
    "P-3",
    "P-2",
    "P-1",
    "GS-PL",
    "GS-OL",
    "FS",
    "NO",
    "LL",
]


def test_every_shipped_template_is_listed() -> None:
    shipped = sorted(p.stem for p in resource("templates").glob("*.orgdesign"))
    assert shipped == sorted(TEMPLATE_IDS)
    assert [t.name for t in templates()] == ["Blank", "UN Secretariat", "National ministry"]
    assert all(t.description and "\n" not in t.description for t in templates())


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_a_template_opens_validates_saves_and_reopens_identically(template_id: str) -> None:
    path = template_path(template_id)
    design = load_design(path)
    for scenario in design.scenarios:
        assert validate(design, scenario).findings == [], scenario.name
    assert dumps(design) == path.read_bytes(), "a template is stored as orgeditor saves it"
    assert loads(dumps(design)) == design


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_a_new_design_is_the_template_untitled(template_id: str) -> None:
    design = design_from_template(template_id)
    template = load_design(template_path(template_id))
    assert design.metadata.title == "Untitled design" and not design.metadata.description
    assert design.grades == template.grades and design.scenarios == template.scenarios
    assert design.funding_sources == template.funding_sources


def test_the_templates_hold_what_their_names_promise() -> None:
    un = design_from_template("un-secretariat")
    assert [g.id for g in un.grades] == UN_LADDER
    assert [s.id for s in un.funding_sources] == ["RB", "SA", "XB"]
    blank = design_from_template("blank")
    assert len(blank.funding_sources) == 1 and len(blank.baseline.units) == 1
    assert not {g.id for g in blank.grades} & set(UN_LADDER)
    ministry = design_from_template("ministry")
    assert ministry.grades[0].name == "Permanent Secretary"
    assert len(ministry.funding_sources) == 1
    assert not {g.id for g in ministry.grades} & set(UN_LADDER)


def test_an_unknown_template_is_a_key_error() -> None:
    with pytest.raises(KeyError):
        design_from_template("../samples/un-peace-security-2017")


# --- the default grade of a new post ---------------------------------------------------------


@st.composite
def designs_with_a_unit(draw: st.DrawFn) -> tuple[Design, Scenario, str]:
    """A template or a random ladder, random units below its top, random head grades and posts."""
    template = draw(st.sampled_from([*TEMPLATE_IDS, None]))
    if template is None:
        size = draw(st.integers(2, 8))
        design = design_from_template("blank")
        design.grades = [Grade(f"g{i}", f"Grade {i}") for i in range(size)]
        design.baseline.units["top"].head_grade = "g0"
    else:
        design = design_from_template(template)
    ladder = [g.id for g in design.grades]
    scenario = design.baseline
    heads = st.none() | st.sampled_from(ladder)
    for index in range(draw(st.integers(1, 6))):
        parent = draw(st.sampled_from(list(scenario.units)))
        unit_id = f"new{index}"
        scenario.units[unit_id] = Unit(
            unit_id, f"Unit {index}", UnitKind.UNIT, head_grade=draw(heads), parent=parent
        )
        for number in range(draw(st.integers(0, 4))):
            grade = draw(st.sampled_from(ladder))
            post_id = f"{unit_id}.{number}"
            scenario.posts[post_id] = Post(post_id, grade, design.funding_sources[0].id, unit_id)
    return design, scenario, draw(st.sampled_from(list(scenario.units)))


@settings(max_examples=150, deadline=None)
@given(designs_with_a_unit())
def test_a_new_post_is_never_at_the_top_of_the_ladder(case: tuple[Design, Scenario, str]) -> None:
    design, scenario, unit_id = case
    ladder = [g.id for g in design.grades]
    grade = default_post_grade(design, scenario, unit_id)
    assert grade in ladder and grade != ladder[0]
    head = scenario.units[unit_id].head_grade
    if head is not None:  # the step below the head (the head itself at the bottom)
        assert ladder.index(grade) == min(ladder.index(head) + 1, len(ladder) - 1)
    else:
        counts = Counter(p.grade for p in scenario.posts.values() if p.unit == unit_id)
        counts.pop(ladder[0], None)
        if counts:  # one of the unit's most common grades
            assert counts[grade] == max(counts.values())


def test_the_default_grade_in_the_un_template() -> None:
    design = design_from_template("un-secretariat")
    scenario = design.baseline
    assert default_post_grade(design, scenario, "top") == "ASG"  # below the USG who heads it
    scenario.units["div"] = Unit("div", "Division", UnitKind.DIVISION, parent="top")
    assert default_post_grade(design, scenario, "div") == "D-2"  # no head: below the parent's
    scenario.posts = {
        f"p{i}": Post(f"p{i}", grade, "RB", "div")
        for i, grade in enumerate(["USG", "USG", "USG", "P-3", "P-3", "P-4"])
    }
    assert default_post_grade(design, scenario, "div") == "P-3"  # most common below the top
    assert default_post_grade(design, Scenario("s", "S", ScenarioKind.BASELINE), "x") == "ASG"
    design.grades = []
    assert default_post_grade(design, scenario, "div") is None
