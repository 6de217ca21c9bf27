"""Editing the segment kinds and their items (the Segments page's command).

Oracles: the saved file read as plain JSON (not through the model), the loader,
and the rules run again after the edit; undo gives back the exact bytes.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orgeditor.commands import CommandError, UndoStack
from orgeditor.commands.segments import (
    ItemDraft,
    KindDraft,
    drafts_of,
    segment_problems,
    segment_uses,
    set_segments,
)
from orgeditor.io import dumps, loads
from orgeditor.model import Design
from orgeditor.rules import validate
from tests.builders import json_strings
from tests.conftest import UN_SAMPLE
from tests.segment_builders import city_design


def _city() -> Design:
    return loads(dumps(city_design()))


def _units(saved: bytes) -> dict[str, dict[str, object]]:
    """The baseline's units as the file holds them (plain JSON)."""
    return {u["id"]: u for u in json.loads(saved)["scenarios"][0]["units"]}


def test_a_renamed_item_and_kind_follow_into_every_unit() -> None:
    design = _city()
    original = dumps(design)
    drafts = drafts_of(design)
    clients = drafts[1]
    clients.id, clients.items[0].id = "client-groups", "developers"
    stack = UndoStack(design)
    stack.push(set_segments(design, drafts))
    saved = dumps(design)
    units = _units(saved)
    assert units["fd-dev"]["segment_entry_points"] == {"client-groups": ["developers"]}
    assert units["permits"]["segments"] == {"client-groups": "developers"}
    assert units["biz"]["segments"] == {"client-groups": "biz"}
    strings = json_strings(json.loads(saved))
    assert "dev" not in strings and "clients" not in strings
    assert loads(saved) == design
    stack.undo()
    assert dumps(design) == original


def test_a_renamed_region_follows_into_memberships_and_entry_points() -> None:
    design = loads(UN_SAMPLE.read_bytes())
    original = dumps(design)
    members = sum(u.region == "africa" for s in design.scenarios for u in s.units.values())
    entries = sum("africa" in u.entry_point_for for s in design.scenarios for u in s.units.values())
    assert members and entries  # the oracle sees the region where it is used
    drafts = drafts_of(design)
    next(i for i in drafts[0].items if i.id == "africa").id = "afr"
    stack = UndoStack(design)
    stack.push(set_segments(design, drafts))
    doc = json.loads(dumps(design))
    units = [u for s in doc["scenarios"] for u in s["units"]]
    assert sum(u.get("region") == "afr" for u in units) == members
    assert sum("afr" in u.get("entry_point_for", []) for u in units) == entries
    assert "africa" not in json_strings(doc)
    stack.undo()
    assert dumps(design) == original


def test_a_used_item_is_deleted_only_when_mapped() -> None:
    design = _city()
    drafts = drafts_of(design)
    del drafts[1].items[0]  # "dev": an entry point and a member
    assert segment_uses(design, "clients", "dev") == [
        "1 member unit in Today",
        "1 entry point in Today",
    ]
    with pytest.raises(CommandError, match="client group dev is used by 1 member unit"):
        set_segments(design, drafts)
    stack = UndoStack(design)
    stack.push(set_segments(design, drafts, {("clients", "dev"): "res"}))
    units = _units(dumps(design))
    assert units["fd-dev"]["segment_entry_points"] == {"clients": ["res"]}
    assert units["permits"]["segments"] == {"clients": "res"}


def test_a_used_kind_is_deleted_only_when_cleared() -> None:
    design = _city()
    original = dumps(design)
    drafts = drafts_of(design)[:1]
    with pytest.raises(CommandError, match="segment kind clients is used by"):
        set_segments(design, drafts)
    stack = UndoStack(design)
    stack.push(set_segments(design, drafts, cleared={"clients"}))
    saved = dumps(design)
    assert "clients" not in json_strings(json.loads(saved))
    assert loads(saved) == design
    stack.undo()
    assert dumps(design) == original


@pytest.mark.parametrize(
    ("change", "key", "message"),
    [
        (lambda d: d[1].items.append(ItemDraft(None, "dev", "Twin")), "1.items", "used twice"),
        (lambda d: setattr(d[1], "id", "region"), "1.id", "built-in"),
        (lambda d: d.append(KindDraft(None, "clients", "x")), "2.id", "already"),
        (lambda d: setattr(d[1], "grade", "Z9"), "1.grade", "no grade 'Z9'"),
        (lambda d: setattr(d[1], "name", ""), "1.name", "empty"),
        (lambda d: setattr(d[1].items[0], "id", "a b"), "1.items", "letters, digits"),
    ],
    ids=["twin-item", "region-code", "twin-kind", "grade", "name", "item-code"],
)
def test_what_the_loader_refuses_is_named_and_refused(change, key: str, message: str) -> None:
    design = _city()
    drafts = drafts_of(design)
    change(drafts)
    problems = segment_problems(drafts, [g.id for g in design.grades])
    assert key in problems and message in problems[key]
    with pytest.raises(CommandError):
        set_segments(design, drafts)


def test_a_new_kind_with_entry_points_is_checked_by_the_rules() -> None:
    design = _city()
    drafts = drafts_of(design)
    items = [ItemDraft(None, f"s{n}", f"Sector {n}") for n in range(3)]
    drafts.append(KindDraft(None, "sectors", "sector", True, "M3", items))
    UndoStack(design).push(set_segments(design, drafts))
    reopened = loads(dumps(design))
    missing = sorted(  # an item with no entry point at all is REGION-ENTRY's finding
        f.message
        for f in validate(reopened, reopened.baseline).findings
        if f.rule == "REGION-ENTRY" and f.message.startswith("Sector")
    )
    assert missing == [f"Sector 'Sector {n}' has no entry point." for n in range(3)]


# --- random edits ---------------------------------------------------------------------------
CODES = st.sampled_from(["dev", "res", "n1", "region", "clients", "x y", ""])


def random_segments(design: Design, data: st.DataObject) -> list[KindDraft]:
    """The design's segment drafts after a few random changes, good and bad."""
    drafts = drafts_of(design)
    for _ in range(data.draw(st.integers(1, 3))):
        kind = data.draw(st.sampled_from(drafts))
        action = data.draw(st.sampled_from(["code", "item", "add", "drop", "kind", "flag"]))
        if action == "code" and not kind.is_region:
            kind.id = data.draw(CODES)
        elif action == "item" and kind.items:
            data.draw(st.sampled_from(kind.items)).id = data.draw(CODES)
        elif action == "add":
            kind.items.insert(0, ItemDraft(None, data.draw(CODES), "New"))
        elif action == "drop" and kind.items:
            kind.items.pop(data.draw(st.integers(0, len(kind.items) - 1)))
        elif action == "kind":
            drafts.append(KindDraft(None, data.draw(CODES), "client group"))
        else:
            kind.entry_points = not kind.entry_points
            kind.grade = data.draw(st.sampled_from([None, *(g.id for g in design.grades)]))
    return drafts


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_random_segment_edits_save_reload_and_undo_exactly(data: st.DataObject) -> None:
    design = _city()
    original = dumps(design)
    stack = UndoStack(design)
    for _ in range(data.draw(st.integers(1, 4))):
        drafts = random_segments(design, data)
        kinds = [k.original for k in drafts_of(design)[1:]]
        cleared = data.draw(st.sets(st.sampled_from(kinds))) if kinds else set()
        try:
            command = set_segments(design, drafts, cleared=cleared)
        except CommandError:
            continue
        before = dumps(design)
        stack.push(command)
        saved = dumps(design)
        assert saved != before
        assert loads(saved) == design  # the loader accepts every applied state
    while stack.can_undo:
        stack.undo()
    assert dumps(design) == original
