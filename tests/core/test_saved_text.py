"""A save that reuses each untouched scenario's kept text writes the very bytes of a fresh save.

The oracle is the file form serialised in one piece (``to_json(to_plain(design))``),
independent of the splicing and of the kept texts; the edits are random commands of
every class through the editing core's one history, with undo and redo among them.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic_core import to_json

from orgeditor.commands import CommandError
from orgeditor.editing import OpenDocument
from orgeditor.io import dumps, load_design, loads
from orgeditor.io.convert import to_plain
from orgeditor.io.saved_text import read_texts, scenario_text
from orgeditor.synthetic import generate
from tests.conftest import CITY_SAMPLE, MINISTRIES_SAMPLE, UN_SAMPLE
from tests.core.edits import DESIGNS, any_command, design_named


def _fresh(design: object) -> bytes:
    return to_json(to_plain(design), indent=2) + b"\n"  # type: ignore[arg-type]


@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(name=st.sampled_from(DESIGNS), data=st.data())
def test_a_kept_save_equals_a_fresh_one_byte_for_byte_after_random_edits(
    name: str, data: st.DataObject
) -> None:
    design = design_named(name)
    document = OpenDocument(design)
    assert dumps(design, document.scenario_text) == _fresh(design)
    for _ in range(data.draw(st.integers(1, 8))):
        action = data.draw(st.sampled_from(["edit", "edit", "edit", "undo", "redo", "save"]))
        history = document.history
        if action == "undo" and history.can_undo:
            history.undo()
        elif action == "redo" and history.can_redo:
            history.redo()
        elif action != "save":
            try:
                history.push(any_command(design, data))
            except CommandError:
                continue
        assert dumps(design, document.scenario_text) == _fresh(design)


def test_a_save_after_an_edit_of_one_scenario_makes_only_its_text_again() -> None:
    """The oracle counts the scenarios serialised: an edit of the proposal leaves the
    baseline's kept text alone."""
    from orgeditor.commands import SetUnitFieldCommand

    design = design_named("un")
    document = OpenDocument(design)
    made: list[str] = []
    original = document._texts.text

    def counted(scenario, revision):  # type: ignore[no-untyped-def]
        before = document._texts._texts.get(scenario.id)
        text = original(scenario, revision)
        if before is None or before[2] is not text:
            made.append(scenario.id)
        return text

    document._texts.text = counted  # type: ignore[method-assign]
    dumps(design, document.scenario_text)
    assert made == [s.id for s in design.scenarios]
    plan = design.proposals[0]
    unit = next(iter(plan.units))
    made.clear()
    document.history.push(SetUnitFieldCommand(design, plan.id, unit, "name", "Renamed"))
    assert dumps(design, document.scenario_text) == _fresh(design)
    assert made == [plan.id]


@pytest.mark.parametrize("path", [UN_SAMPLE, MINISTRIES_SAMPLE, CITY_SAMPLE], ids=lambda p: p.stem)
def test_a_save_writes_the_bytes_of_the_schemas_serialiser(path: Path) -> None:
    """orjson writes each scenario's text; the bytes are pydantic's, as before."""
    design = load_design(path)
    assert dumps(design) == _fresh(design) == path.read_bytes()


any_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=12)


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(names=st.lists(any_text, min_size=3, max_size=3), seed=st.integers(1, 5))
def test_any_text_in_a_random_design_is_written_as_the_schemas_serialiser_writes_it(
    names: list[str], seed: int
) -> None:
    design = generate(40, seed=seed)
    units = list(design.scenarios[-1].units.values())
    units[1].name, units[2].note.text, units[3].short_name = names
    next(iter(design.scenarios[-1].posts.values())).title = names[0]
    assert dumps(design) == _fresh(design)


@pytest.mark.parametrize("path", [UN_SAMPLE, MINISTRIES_SAMPLE, CITY_SAMPLE], ids=lambda p: p.stem)
def test_the_texts_read_from_a_file_are_its_scenarios_texts(path: Path) -> None:
    """A file a save wrote gives back each scenario's text exactly as a save makes it."""
    data = path.read_bytes()
    design = load_design(path)
    texts = read_texts(data, design)
    assert texts == {s.id: scenario_text(s) for s in design.scenarios}


@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(name=st.sampled_from(DESIGNS), data=st.data())
def test_a_save_after_opening_writes_the_bytes_of_a_fresh_save_after_random_edits(
    name: str, data: st.DataObject
) -> None:
    """The texts read at opening are kept as the scenarios' texts before any change."""
    design = loads(_fresh(design_named(name)))
    document = OpenDocument(design)
    document.keep_file_texts(read_texts(_fresh(design), design))
    assert document._texts._texts.keys() == {s.id for s in design.scenarios}
    assert dumps(design, document.scenario_text) == _fresh(design)
    for _ in range(data.draw(st.integers(1, 6))):
        action = data.draw(st.sampled_from(["edit", "edit", "undo", "redo"]))
        history = document.history
        if action == "undo" and history.can_undo:
            history.undo()
        elif action == "redo" and history.can_redo:
            history.redo()
        elif action == "edit":
            try:
                history.push(any_command(design, data))
            except CommandError:
                continue
        assert dumps(design, document.scenario_text) == _fresh(design)


def _reindented(data: bytes) -> bytes:
    return json.dumps(json.loads(data), indent=1, ensure_ascii=False).encode() + b"\n"


def _keys_turned(data: bytes) -> bytes:
    plain = json.loads(data)
    plain["scenarios"][-1] = dict(reversed(plain["scenarios"][-1].items()))
    return json.dumps(plain, indent=2, ensure_ascii=False).encode() + b"\n"


@pytest.mark.parametrize(
    "change",
    [_reindented, _keys_turned, lambda d: b"\xef\xbb\xbf" + d, lambda d: d + b"\n"],
    ids=["reindented", "keys-turned", "byte-order-mark", "trailing-line"],
)
def test_a_file_laid_out_otherwise_gives_no_texts(change: Callable[[bytes], bytes]) -> None:
    """Reading the same design from a file laid out in any other way keeps no text: the
    first save serialises every scenario (and so writes this version's layout)."""
    data = change(UN_SAMPLE.read_bytes())
    design = loads(data)
    assert design == load_design(UN_SAMPLE)
    assert read_texts(data, design) == {}
