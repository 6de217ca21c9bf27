"""Every saved file opens again: random edits with hostile text, each followed by save -> load.

The oracle is the loader itself (the schema and its checks, which decide what
opens): after every accepted command the saved bytes must load, and saving the
loaded design must give the same bytes. Texts are long, hold control
characters, markup, right-to-left marks and lone surrogates; generated ids come
from units with the longest ids the format allows.
"""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orgeditor.commands import (
    AddLineCommand,
    AddPostCommand,
    AddUnitCommand,
    Command,
    CommandError,
    CopyScenarioCommand,
    RenameScenarioCommand,
    SetLineFieldCommand,
    SetPostFieldCommand,
    SetUnitFieldCommand,
    UndoStack,
    new_id,
)
from orgeditor.io import dumps, loads
from orgeditor.io.recovery import find_copies, write_copy
from orgeditor.model import Design, LineKind, Note, Post, ReportingLine, Unit, UnitKind
from orgeditor.model.text import (
    MAX_ID_LENGTH,
    NAME,
    SHORT,
    TEXT,
    fitted_text,
    id_problem,
    json_text,
    make_id,
    terminal_text,
    text_problem,
)
from tests.conftest import MINISTRIES_SAMPLE

ORIGINAL = MINISTRIES_SAMPLE.read_bytes()
ANY_CHAR = st.characters(blacklist_categories=())  # control characters and surrogates too
PIECES = ["x", "é", "\u202e", "\u200f", "<b>", "&amp;", "=cmd|' /C calc'!A0", "\r\n", "\x1b]0;"]
HOSTILE = st.one_of(
    st.text(ANY_CHAR, max_size=40),
    st.builds(
        lambda piece, count: piece * count,
        st.sampled_from(PIECES),
        st.sampled_from([1, 61, 100, 101, 301, 401, 2_001, 25_000]),
    ),
    st.lists(st.sampled_from(PIECES), max_size=8).map("".join),
)
LONG_IDS = ["a" * MAX_ID_LENGTH, "b." + "c" * (MAX_ID_LENGTH - 2)]


def _with_long_ids() -> Design:
    """The sample with two units whose ids have the most characters the format allows."""
    design = loads(ORIGINAL)
    scenario = design.scenarios[-1]
    top = scenario.roles.top
    for unit_id in LONG_IDS:
        unit = Unit(unit_id, "Long id", UnitKind.OFFICE, parent=top)
        AddUnitCommand(design, scenario.id, unit).do(design)
    return design


def _hostile_command(design: Design, data: st.DataObject) -> Command:
    scenario = design.scenarios[-1]
    sid = scenario.id
    pick = st.sampled_from
    text = data.draw(HOSTILE)
    unit = data.draw(pick([*LONG_IDS, *sorted(scenario.units)]))
    kind = data.draw(
        pick(["name", "short_name", "note", "title", "add-post", "add-line", "line-field"])
        | pick(["add-unit", "rename-scenario", "copy-scenario"])
    )
    if kind in ("name", "short_name"):
        return SetUnitFieldCommand(design, sid, unit, kind, text)
    if kind == "note":
        part = data.draw(pick([0, 1, 2]))
        texts = ["", "", ""]
        texts[part] = text
        return SetUnitFieldCommand(design, sid, unit, "note", Note(*texts))
    if kind == "title":
        post = data.draw(pick(sorted(scenario.posts)))
        return SetPostFieldCommand(design, sid, post, "title", text)
    if kind == "add-post":  # as the editor makes post ids
        post_id = new_id(f"{unit}.new", scenario.posts)
        return AddPostCommand(design, sid, Post(post_id, "OF", "STATE", unit, text))
    if kind == "add-line":  # as the editor and the fixes make line ids
        target = data.draw(pick([*LONG_IDS, *sorted(scenario.units)]))
        line_id = new_id(f"{unit}-{target}", scenario.lines)
        return AddLineCommand(
            design, sid, ReportingLine(line_id, unit, target, LineKind.DUAL, caption=text)
        )
    if kind == "line-field" and scenario.lines:
        line = data.draw(pick(sorted(scenario.lines)))
        return SetLineFieldCommand(
            design, sid, line, data.draw(pick(["caption", "condition"])), text
        )
    if kind == "add-unit":
        unit_id = new_id(f"{unit}.{text}", scenario.units)
        return AddUnitCommand(design, sid, Unit(unit_id, text, UnitKind.UNIT, parent=unit))
    if kind == "rename-scenario":
        return RenameScenarioCommand(design, sid, text)
    if kind == "copy-scenario":
        return CopyScenarioCommand(design, sid, text)
    raise CommandError("not applicable here")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_every_accepted_edit_saves_a_file_that_opens_again(data: st.DataObject) -> None:
    design = _with_long_ids()
    stack = UndoStack(design)
    for _ in range(data.draw(st.integers(1, 8))):
        try:
            command = _hostile_command(design, data)
        except CommandError:
            continue
        stack.push(command)
        saved = dumps(design)
        assert dumps(loads(saved)) == saved
    with tempfile.TemporaryDirectory() as folder:  # the recovery copy opens again too
        write_copy(Path(folder), "s1", dumps(design), None, design.metadata.title)
        (copy,) = find_copies(Path(folder))
        assert dumps(loads(copy.path.read_bytes(), str(copy.path))) == dumps(design)


def test_the_reported_cases_are_refused_with_a_reason() -> None:
    """A 400-character title, a 25,000-character note: refused, saying the limit."""
    design = loads(ORIGINAL)
    sid = design.scenarios[0].id
    post = next(iter(design.scenarios[0].posts))
    unit = next(iter(design.scenarios[0].units))
    for make in (
        lambda: SetPostFieldCommand(design, sid, post, "title", "t" * 400),
        lambda: SetUnitFieldCommand(design, sid, unit, "note", Note("n" * 25_000)),
        lambda: SetUnitFieldCommand(design, sid, unit, "name", "Evil\x1b]0;pwned\x07"),
    ):
        try:
            make()
        except CommandError as error:
            assert re.search(r"at most|control character", str(error)), error
        else:
            raise AssertionError("accepted a text the file format refuses")


@settings(max_examples=200, deadline=None)
@given(st.text(ANY_CHAR, max_size=300), st.sets(st.text(max_size=3), max_size=5))
def test_generated_ids_are_valid_and_new(prefix: str, taken: set[str]) -> None:
    first = make_id(prefix, taken)
    assert id_problem(first) is None
    assert first not in taken
    second = make_id(prefix, taken | {first})
    assert id_problem(second) is None and second != first


@settings(max_examples=200, deadline=None)
@given(HOSTILE, st.sampled_from([NAME, SHORT, TEXT]))
def test_fitted_text_is_always_accepted(text: str, rule: object) -> None:
    """What the Inspector stores after fitting is what the commands and the file accept."""
    fitted, message = fitted_text(text, rule)  # type: ignore[arg-type]
    if not fitted.strip() and rule is NAME:
        return  # an empty name is refused as such ("a unit needs a name")
    assert text_problem(fitted, rule) is None  # type: ignore[arg-type]
    assert (message is None) == (fitted == text)


@settings(max_examples=200, deadline=None)
@given(st.text(ANY_CHAR, max_size=60))
def test_terminal_text_holds_no_control_character_and_json_stays_json(text: str) -> None:
    shown = terminal_text(text)
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]", shown)
    if not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]", text):
        assert shown == text
    document = json_text(json.dumps({"name": text}, ensure_ascii=False))
    assert terminal_text(document) == document  # nothing left for the terminal to escape
    assert json.loads(document) == {"name": text}
