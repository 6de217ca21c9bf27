"""The quick way of reading a design (``io/quick_read.py``) against the full way.

The oracle is the full way itself, the schema's parser and classes with the
loader's checks (``loads`` with the quick way switched off): whatever the quick
way returns must be exactly what the full way builds, and it must return nothing
for a file the full way refuses, so every error a user can meet stays the same.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from orgeditor.io import DesignFileError, dumps, loads
from orgeditor.io import files as files_module
from orgeditor.io.quick_read import quick_load
from orgeditor.model import Design, LocalName, Succession
from orgeditor.synthetic import generate
from tests.conftest import CITY_SAMPLE, MINISTRIES_SAMPLE, UN_SAMPLE
from tests.core.test_load_fuzz import mutated

Raw = dict[str, Any]


def full_way(data: bytes, monkeypatch: pytest.MonkeyPatch) -> Design | str:
    """The design the full way builds, or the message it refuses the file with."""
    with monkeypatch.context() as patch:
        patch.setattr(files_module, "quick_load", lambda data: None)
        try:
            return loads(data, "file.orgdesign")
        except DesignFileError as error:
            return str(error)


@pytest.mark.parametrize("path", [UN_SAMPLE, MINISTRIES_SAMPLE, CITY_SAMPLE], ids=lambda p: p.stem)
def test_the_samples_take_the_quick_way_to_the_same_design(
    path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = path.read_bytes()
    quick = quick_load(data)
    assert quick is not None, "a sound sample should not need the full way"
    assert quick == full_way(data, monkeypatch)
    assert dumps(quick) == dumps(loads(data))


def test_a_synthetic_design_with_every_kind_of_unit_takes_the_quick_way(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    design = generate(400, seed=3)
    units = list(design.scenarios[1].units.values())
    units[5].names["fr"] = LocalName("Nom", "N")  # a unit and a post in the other form
    units[6].note.text = 'a "quoted" note\\ with a backslash\nand a second line'
    units[7].name = "ends with a backslash \\"
    units[8].succession = Succession([units[8].id], "para. 3")
    post = next(iter(design.scenarios[1].posts.values()))
    post.titles["fr"] = "Titre"
    data = dumps(design)
    quick = quick_load(data)
    assert quick is not None
    assert quick == full_way(data, monkeypatch) == design


def _unit(raw: Raw) -> Raw:
    unit: Raw = raw["scenarios"][0]["units"][1]
    return unit


def _post(raw: Raw) -> Raw:
    post: Raw = raw["scenarios"][0]["posts"][0]
    return post


HOSTILE: list[tuple[str, Callable[[Raw], object]]] = [
    ("note is null", lambda r: _unit(r).update(note=None)),
    ("note with an unknown key", lambda r: _unit(r).update(note={"txt": "a"})),
    ("note with a control character", lambda r: _unit(r).update(note={"reference": "a\nb"})),
    ("id with a space", lambda r: _unit(r).update(id="a b")),
    ("id too long", lambda r: _unit(r).update(id="a" * 101)),
    ("id ending in a newline", lambda r: _unit(r).update(id="ab\n")),
    ("empty name", lambda r: _unit(r).update(name="")),
    ("name too long", lambda r: _unit(r).update(name="n" * 301)),
    ("name with a tab", lambda r: _unit(r).update(name="a\tb")),
    ("short name null", lambda r: _unit(r).update(short_name=None)),
    ("unknown kind", lambda r: _unit(r).update(kind="bureau")),
    ("kind as a list", lambda r: _unit(r).update(kind=["office"])),
    ("unknown presence type", lambda r: _unit(r).update(presence_type="mission")),
    ("parent as a number", lambda r: _unit(r).update(parent=3)),
    ("parent as an object", lambda r: _unit(r).update(parent={"id": "x"})),
    ("dangling parent", lambda r: _unit(r).update(parent="nowhere")),
    ("functions null", lambda r: _unit(r).update(functions=None)),
    ("function as a number", lambda r: _unit(r).update(functions=[1])),
    ("function id with a newline", lambda r: _unit(r).update(functions=["a\nb"])),
    ("unknown unit key", lambda r: _unit(r).update(colour="red")),
    ("unit is a list", lambda r: r["scenarios"][0]["units"].__setitem__(1, [])),
    ("units is an object", lambda r: r["scenarios"][0].update(units={})),
    ("post title null", lambda r: _post(r).update(title=None)),
    ("post id with a newline", lambda r: _post(r).update(id="p\n1")),
    ("post id empty", lambda r: _post(r).update(id="")),
    ("post grade unknown", lambda r: _post(r).update(grade="Z-9")),
    ("post unit as a list", lambda r: _post(r).update(unit=["a"])),
    ("unknown post key", lambda r: _post(r).update(step=3)),
    ("duplicate unit id", lambda r: _unit(r).update(id=r["scenarios"][0]["units"][0]["id"])),
    ("no baseline", lambda r: r["scenarios"][0].update(kind="proposal")),
    ("an older schema version", lambda r: r.update(schema_version=1)),
]


@pytest.mark.parametrize(("what", "edit"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_a_hostile_unit_or_post_meets_the_same_answer(
    what: str, edit: Callable[[Raw], object], monkeypatch: pytest.MonkeyPatch
) -> None:
    raw = json.loads(dumps(generate(60, seed=2)))
    edit(raw)
    data = json.dumps(raw, indent=2).encode()
    expected = full_way(data, monkeypatch)
    quick = quick_load(data)
    assert quick is None or quick == expected
    if isinstance(expected, str):
        assert quick is None
        with pytest.raises(DesignFileError) as error:
            loads(data, "file.orgdesign")
        assert str(error.value) == expected


TEXT_EDITS = [
    ("a key given twice", b'"name": ', b'"name": "again", "name": ', 1),
    ("a key given twice in a post", b'"grade": ', b'"grade": "P-4", "grade": ', 1),
    ("NaN", b'"title": "Synthetic', b'"x": NaN, "title": "Synthetic', 1),
    ("an infinite number", b'"schema_version": 2', b'"schema_version": 1e999', 1),
    ("a lone surrogate", b'"name": "', b'"name": "\\ud800', 1),
    ("a space before a colon", b'"name":', b'"name" :', -1),
    ("a quote escaped before a colon", b'"name": "', b'"name": "a\\":b', 1),
]


@pytest.mark.parametrize(
    ("what", "old", "new", "count"), TEXT_EDITS, ids=[t[0] for t in TEXT_EDITS]
)
def test_a_file_the_quick_way_cannot_count_or_parse_meets_the_same_answer(
    what: str, old: bytes, new: bytes, count: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = dumps(generate(60, seed=2)).replace(old, new, count)
    assert new in data
    expected = full_way(data, monkeypatch)
    quick = quick_load(data)
    assert quick is None or quick == expected
    if isinstance(expected, str):
        assert quick is None


def test_utf16_is_left_to_the_full_way(monkeypatch: pytest.MonkeyPatch) -> None:
    data = dumps(generate(30, seed=2)).decode().encode("utf-16")
    assert quick_load(data) is None
    assert "UTF-16" in str(full_way(data, monkeypatch))


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(mutated())
def test_the_quick_way_never_accepts_what_the_full_way_refuses(data: bytes) -> None:
    quick = quick_load(data)
    if quick is None:
        return
    with pytest.MonkeyPatch.context() as patch:
        assert quick == full_way(data, patch)
