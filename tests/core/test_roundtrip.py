"""Saving and loading: exact round trips, byte-identical re-saves, small diffs."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from orgeditor.io import dumps, load_design, loads, save_design
from tests.builders import tiny_design
from tests.conftest import MINISTRIES_SAMPLE, UN_SAMPLE

SAMPLES = [UN_SAMPLE, MINISTRIES_SAMPLE]


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_load_of_save_equals_the_design(path: Path, tmp_path: Path) -> None:
    design = load_design(path)
    target = tmp_path / "copy.orgdesign"
    save_design(design, target)
    again = load_design(target)
    assert again == design
    assert again.scenarios == design.scenarios


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_resaving_a_sample_is_byte_identical(path: Path) -> None:
    assert dumps(load_design(path)) == path.read_bytes()


def test_tiny_design_round_trips() -> None:
    design = tiny_design()
    assert loads(dumps(design)) == design


def test_format_is_indented_with_a_trailing_newline() -> None:
    text = dumps(tiny_design()).decode()
    assert text.startswith('{\n  "format": "orgeditor-design",\n  "schema_version": 2,\n')
    assert text.endswith("}\n") and not text.endswith("\n\n")


def _changed_lines(before: bytes, after: bytes) -> list[str]:
    diff = difflib.unified_diff(
        before.decode().splitlines(), after.decode().splitlines(), lineterm="", n=0
    )
    return [line for line in diff if line[:1] in "+-" and not line.startswith(("+++", "---"))]


def test_renaming_one_unit_changes_one_line() -> None:
    design = load_design(UN_SAMPLE)
    before = dumps(design)
    design.find_scenario("A/72/525").units["ead"].name = "Electoral Division"
    assert _changed_lines(before, dumps(design)) == [
        '-          "name": "Electoral Assistance Division",',
        '+          "name": "Electoral Division",',
    ]


def test_moving_one_post_changes_one_line() -> None:
    design = tiny_design()
    before = dumps(design)
    design.proposals[0].posts["p2"].unit = "b"
    assert _changed_lines(before, dumps(design)) == [
        '-          "unit": "a"',
        '+          "unit": "b"',
    ]
