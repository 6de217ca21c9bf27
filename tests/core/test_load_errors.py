"""Every way a file can be wrong gives one DesignFileError naming the file, place and fix."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from orgeditor.io import DesignFileError, dumps, load_design, migrations
from orgeditor.io import files as files_module
from tests.builders import tiny_design

Raw = dict[str, Any]


def _raw() -> Raw:
    raw: Raw = json.loads(dumps(tiny_design()))
    return raw


def _write(tmp_path: Path, content: bytes | str | Raw) -> Path:
    path = tmp_path / "design.orgdesign"
    if isinstance(content, dict):
        content = json.dumps(content)
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return path


def _error(tmp_path: Path, content: bytes | str | Raw) -> DesignFileError:
    path = _write(tmp_path, content)
    with pytest.raises(DesignFileError) as caught:
        load_design(path)
    assert caught.value.file == str(path)
    assert str(caught.value).startswith(f"{path}: ")
    assert "\n" not in str(caught.value)
    return caught.value


def _edit(edit: Callable[[Raw], object]) -> Raw:
    raw = _raw()
    edit(raw)
    return raw


def _base(raw: Raw) -> Raw:
    scenario: Raw = raw["scenarios"][0]
    return scenario


def test_a_sound_file_loads(tmp_path: Path) -> None:
    assert load_design(_write(tmp_path, _raw())) == tiny_design()


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "the file is empty"),
        (b"   \n", "the file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "this is a binary file"),
        (b'{"format": "orgeditor-design",', "not valid JSON (EOF while parsing"),
        (b"[1, 2, 3]", "an orgeditor design is a JSON object"),
        (b'"just a string"', "an orgeditor design is a JSON object"),
        (b"[" * 5000 + b"]" * 5000, "not valid JSON (recursion limit exceeded"),
    ],
    ids=["empty", "blank", "binary", "truncated", "array", "string", "deep-nesting"],
)
def test_unreadable_content(tmp_path: Path, content: bytes, expected: str) -> None:
    error = _error(tmp_path, content)
    assert expected in str(error)


def test_broken_json_suggests_the_backup(tmp_path: Path) -> None:
    error = _error(tmp_path, b"{")
    assert "design.orgdesign~" in str(error)


def test_a_foreign_json_file(tmp_path: Path) -> None:
    error = _error(tmp_path, {"name": "package.json", "version": "1.0"})
    assert "$.format: not an orgeditor design (no format tag" in str(error)


def test_another_format_tag(tmp_path: Path) -> None:
    error = _error(tmp_path, _edit(lambda r: r.update(format="drawio")))
    assert "not an orgeditor design (format 'drawio'" in str(error)


def test_a_newer_schema_version_is_refused(tmp_path: Path) -> None:
    error = _error(tmp_path, _edit(lambda r: r.update(schema_version=7, future_key=1)))
    assert "$.schema_version: written by a newer orgeditor (schema version 7)" in str(error)
    assert "update orgeditor" in str(error)


def test_an_older_version_without_migration(tmp_path: Path) -> None:
    error = _error(tmp_path, _edit(lambda r: r.update(schema_version=0)))
    assert "schema version 0 is older than any this program can upgrade" in str(error)


def test_an_older_version_is_migrated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def rename_title(raw: Raw) -> Raw:
        raw["metadata"] = {"title": raw.pop("meta")["name"]}
        return raw

    monkeypatch.setitem(migrations.MIGRATIONS, 0, rename_title)
    monkeypatch.setattr(migrations, "_TO_2", ())  # only the step from 0 is under test
    raw = _raw()
    raw["schema_version"] = 0
    raw["meta"] = {"name": raw.pop("metadata")["title"]}
    design = load_design(_write(tmp_path, raw))
    assert design == tiny_design()


def test_a_failed_migration_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(migrations.MIGRATIONS, 0, lambda raw: raw)
    error = _error(tmp_path, _edit(lambda r: r.update(schema_version=0, extra=1)))
    assert "$.extra: unknown key" in str(error)
    assert "after upgrading from schema version 0" in error.details()


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (
            lambda r: _base(r)["units"][1].update(head_grade=3),
            "$.scenarios[0].units[1].head_grade (scenario 'base', unit 'a'): Input should be a valid string (found 3)",
        ),
        (
            lambda r: _base(r)["units"][1].update(kind="department-store"),
            "$.scenarios[0].units[1].kind (scenario 'base', unit 'a'): Input should be 'department'",
        ),
        (
            lambda r: _base(r)["units"][1].update(colour="red"),
            "$.scenarios[0].units[1].colour (scenario 'base', unit 'a'): unknown key; check its spelling or remove it",
        ),
        (
            lambda r: _base(r)["units"][1].pop("name"),
            "$.scenarios[0].units[1].name (scenario 'base', unit 'a'): a required value is missing",
        ),
        (
            lambda r: r["cost_table"]["rates"][0].update(annual_cost=float("nan")),
            "$.cost_table.rates[0].annual_cost: Input should be a valid integer",
        ),
        (
            lambda r: r["cost_table"]["rates"][0].update(annual_cost=10**30),
            "$.cost_table.rates[0].annual_cost: Input should be less than or equal to",
        ),
        (
            lambda r: r["cost_table"]["rates"][0].update(annual_cost=-5),
            "$.cost_table.rates[0].annual_cost: Input should be greater than or equal to 0",
        ),
        (
            lambda r: _base(r)["units"][1].update(name="x" * 1_000_000),
            "$.scenarios[0].units[1].name (scenario 'base', unit 'a'): String should have at most 300 characters",
        ),
        (
            lambda r: _base(r)["units"][1].update(id="has space"),
            "$.scenarios[0].units[1].id (scenario 'base', unit 'has space'): String should match pattern",
        ),
    ],
    ids=[
        "wrong-type",
        "bad-kind",
        "unknown-key",
        "missing",
        "nan",
        "huge-int",
        "negative",
        "megabyte-name",
        "bad-id",
    ],
)
def test_schema_errors_name_the_json_path(
    tmp_path: Path, edit: Callable[[Raw], object], expected: str
) -> None:
    assert expected in str(_error(tmp_path, _edit(edit)))


def test_nan_literal_is_refused(tmp_path: Path) -> None:
    text = dumps(tiny_design()).decode().replace('"annual_cost": 250', '"annual_cost": NaN')
    assert "annual_cost" in str(_error(tmp_path, text))


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (
            lambda r: _base(r)["units"].append(dict(_base(r)["units"][1])),
            "$.scenarios[0].units[3].id (scenario 'base', unit 'a'): duplicate unit id 'a'; every unit needs its own id",
        ),
        (
            lambda r: _base(r)["posts"].append(dict(_base(r)["posts"][0])),
            "$.scenarios[0].posts[3].id (scenario 'base', post 'p1'): duplicate post id 'p1'",
        ),
        (
            lambda r: r["grades"].append({"id": "D-1", "name": "Again"}),
            "$.grades[3].id (grade 'D-1'): duplicate grade id 'D-1'",
        ),
        (
            lambda r: _base(r)["units"][1].update(parent="ghost"),
            "$.scenarios[0].units[1].parent (scenario 'base', unit 'a'): unknown unit 'ghost'; use the id of an existing unit",
        ),
        (
            lambda r: _base(r)["posts"][0].update(grade="P-9"),
            "$.scenarios[0].posts[0].grade (scenario 'base', post 'p1'): unknown grade 'P-9'",
        ),
        (
            lambda r: _base(r)["posts"][0].update(funding="LOTTERY"),
            "$.scenarios[0].posts[0].funding (scenario 'base', post 'p1'): unknown funding source 'LOTTERY'",
        ),
        (
            lambda r: _base(r)["posts"][0].update(unit="ghost"),
            "$.scenarios[0].posts[0].unit (scenario 'base', post 'p1'): unknown unit 'ghost'",
        ),
        (
            lambda r: _base(r)["units"][0].update(parent="b"),
            "$.scenarios[0].units[0].parent (scenario 'base', unit 'hq'): primary reporting lines form a cycle (hq -> b -> hq)",
        ),
        (
            lambda r: _base(r)["units"][1].update(parent="a"),
            "$.scenarios[0].units[1].parent (scenario 'base', unit 'a'): unit 'a' cannot report to itself",
        ),
        (
            lambda r: r["scenarios"][1].update(kind="baseline"),
            "$.scenarios: a design needs exactly one baseline scenario, this one has 2",
        ),
        (
            lambda r: r["scenarios"].pop(0),
            "$.scenarios: a design needs exactly one baseline scenario, this one has 0",
        ),
        (
            lambda r: r["cost_table"]["rates"].append({"grade": "D-2", "annual_cost": 1}),
            "$.cost_table.rates[4]: a second cost for grade D-2; keep one",
        ),
        (
            lambda r: _base(r).update(lines=[{"id": "l", "source": "a", "target": "a"}]),
            "$.scenarios[0].lines[0] (scenario 'base', line 'l'): line 'l' runs from unit 'a' to itself",
        ),
        (
            lambda r: _base(r).update(bodies=[{"unit": "a"}]),
            "$.scenarios[0].bodies[0].unit (scenario 'base', body 'a'): unit 'a' is a division, not a body",
        ),
        (
            lambda r: _base(r)["roles"].update(departments={"political": "a"}),
            "$.scenarios[0].roles.departments.political (scenario 'base'): unknown department role 'political'",
        ),
    ],
    ids=[
        "dup-unit",
        "dup-post",
        "dup-grade",
        "dangling-parent",
        "unknown-grade",
        "unknown-funding",
        "post-in-ghost-unit",
        "cycle",
        "self-parent",
        "two-baselines",
        "no-baseline",
        "dup-rate",
        "self-line",
        "body-not-body",
        "unknown-role",
    ],
)
def test_consistency_errors(tmp_path: Path, edit: Callable[[Raw], object], expected: str) -> None:
    assert expected in str(_error(tmp_path, _edit(edit)))


def test_all_problems_are_kept_and_counted(tmp_path: Path) -> None:
    def break_three(raw: Raw) -> None:
        _base(raw)["posts"][0]["grade"] = "X"
        _base(raw)["posts"][1]["grade"] = "Y"
        _base(raw)["posts"][2]["funding"] = "Z"

    error = _error(tmp_path, _edit(break_three))
    assert len(error.problems) == 3
    assert str(error).endswith("(and 2 more problems)")
    assert error.details().count("\n") == 2


def test_an_oversized_file_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(files_module, "MAX_FILE_BYTES", 100)
    error = _error(tmp_path, _raw())
    assert "designs larger than 100 bytes are refused" in str(error)


def test_a_missing_file_is_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        load_design(tmp_path / "nowhere.orgdesign")


def test_a_folder_or_a_pipe_is_refused_without_reading(tmp_path: Path) -> None:
    with pytest.raises(DesignFileError, match="not a regular file"):
        load_design(tmp_path)
    pipe = tmp_path / "pipe.orgdesign"
    os.mkfifo(pipe)
    with pytest.raises(DesignFileError, match="not a regular file"):
        load_design(pipe)  # would block forever if it were opened


def test_a_byte_order_mark_is_ignored(tmp_path: Path) -> None:
    path = _write(tmp_path, b"\xef\xbb\xbf" + dumps(tiny_design()))
    assert load_design(path) == tiny_design()


def test_invalid_utf8_names_the_line(tmp_path: Path) -> None:
    data = dumps(tiny_design()).replace(b"Division A", b"Division \xff", 1)
    error = _error(tmp_path, data)
    assert "not valid JSON (invalid unicode code point at line" in str(error)


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (
            lambda text: text.replace('"format"', '"format": "other", "format"', 1),
            'the key "format" is given twice in one object; a design says each thing once',
        ),
        (
            lambda text: text.replace('"id": "hq",', '"id": "hq", "name": "Shadow",', 1),
            "the key \"name\" is given twice in one object (the one with id 'hq')",
        ),
        (
            lambda text: text.replace('"annual_cost": 250', '"annual_cost": Infinity'),
            "annual_cost: Input should be a valid integer (found inf)",
        ),
        (
            lambda text: text.replace('"annual_cost": 250', '"annual_cost": 1' + "0" * 400),
            "annual_cost: Input should be less than or equal to 1000000000000",
        ),
        (
            lambda text: text.replace('"annual_cost": 250', '"annual_cost": 2.5'),
            "annual_cost: Input should be a valid integer",
        ),
        (
            lambda text: text.replace('"name": "Head Office"', '"name": "' + "x" * 5_000_000 + '"'),
            "(scenario 'base', unit 'hq'): String should have at most 300 characters",
        ),
        (
            lambda text: text.replace('"name": "Head Office"', '"name": ["Head", "quarters"]'),
            "(scenario 'base', unit 'hq'): Input should be a valid string",
        ),
    ],
    ids=[
        "duplicate-top",
        "duplicate-in-unit",
        "infinity",
        "huge-int",
        "fraction",
        "5mb-name",
        "list",
    ],
)
def test_hostile_values_are_refused_with_the_place(
    tmp_path: Path, edit: Callable[[str], str], expected: str
) -> None:
    text = dumps(tiny_design()).decode()
    changed = edit(text)
    assert changed != text
    error = _error(tmp_path, changed)
    assert expected in str(error)
    assert str(error).startswith(str(tmp_path))


def test_duplicate_keys_are_not_looked_for_past_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = dumps(tiny_design()).decode().replace('"id": "hq",', '"id": "hq", "name": "Shadow",')
    monkeypatch.setattr(files_module, "DUPLICATE_CHECK_BYTES", len(text) - 1)
    design = load_design(_write(tmp_path, text))
    assert design.baseline.units["hq"].name == "Head Office"  # the last one counts
