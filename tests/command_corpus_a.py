"""Every name and refusal of the part A command classes, raised on the UN sample (issue 19).

Each case builds one command on a fresh copy of the sample and says what the History dock
shows (``text``) or why the edit is refused (``refused``). ``texts()`` runs them in the
language the core speaks; ``tests/data/command_texts_a.json`` holds what the code said in
English before the texts were translated (``python -m tests.command_corpus_a`` rewrites it).
"""

from __future__ import annotations

import copy
import dataclasses
import json
from collections.abc import Callable

from orgeditor.commands import (
    AbolishPostsCommand,
    AddLineCommand,
    AddPostCommand,
    AddUnitCommand,
    Command,
    CommandError,
    CopyScenarioCommand,
    DeleteScenarioCommand,
    DeleteUnitsCommand,
    ImportTablesCommand,
    MacroCommand,
    MovePostsCommand,
    MoveUnitsCommand,
    RemoveLineCommand,
    RenameScenarioCommand,
    SetBodyCommand,
    SetLineFieldCommand,
    SetPostFieldCommand,
    SetPostsFieldCommand,
    SetUnitFieldCommand,
    move_units_command,
)
from orgeditor.commands.bodies import set_bodies
from orgeditor.commands.comments import (
    AddCommentCommand,
    DeleteCommentCommand,
    EditCommentCommand,
    ResolveCommentCommand,
    new_comment,
)
from orgeditor.commands.conflicts import ResolveConflictCommand, take_side
from orgeditor.commands.properties import (
    SetMetadataCommand,
    SetScenarioDescriptionCommand,
    SetScenarioRoleCommand,
)
from orgeditor.io import dumps, loads
from orgeditor.model import (
    Body,
    Citation,
    CommentTarget,
    Design,
    LineKind,
    Location,
    MergeConflict,
    MergeSide,
    Note,
    Post,
    PresenceType,
    ReportingLine,
    Segment,
    SegmentKind,
    Succession,
    Unit,
    UnitKind,
)
from orgeditor.model.names import LocalName
from tests.conftest import ROOT, UN_SAMPLE

GOLDEN = ROOT / "tests" / "data" / "command_texts_a.json"
S = "a-72-525"  # the proposal the cases edit
Case = Callable[[Design], Command]


def _commented(d: Design, target: CommentTarget = CommentTarget.UNIT, on: str = "pmd") -> str:
    comment = dataclasses.replace(new_comment(d, S, target, on, "Check"), id="c-check")
    d.comments.append(comment)
    return comment.id


def _index(d: Design, comment_id: str) -> int:
    return next(i for i, c in enumerate(d.comments) if c.id == comment_id)


def _listed(d: Design) -> Design:
    """``d`` with a duty station and a segment list (the sample has neither)."""
    d.locations.append(Location("nyc", "New York"))
    d.segment_kinds.append(SegmentKind("client", "client group", [Segment("g1", "Group 1")]))
    return d


def _resolved(d: Design) -> str:
    comment_id = _commented(d)
    d.comments[-1].resolved = True
    return comment_id


def _conflict(d: Design, path: list[str], value: object) -> int:
    d.conflicts.append(MergeConflict(path, value, value, "Other", MergeSide.OURS, "changed"))
    return len(d.conflicts) - 1


def _unit(d: Design, parent: str | None = "pmd", unit_id: str = "new-unit") -> Unit:
    unit = Unit(unit_id, "Regional Liaison Office", UnitKind.OFFICE, short_name="RLO")
    unit.parent = parent
    return unit


def _imported(d: Design, change: bool = True) -> ImportTablesCommand:
    imported = copy.deepcopy(next(s for s in d.scenarios if s.id == S))
    if change:
        imported.units["msu"].name = "Mediation Support Service"
    return ImportTablesCommand(d, S, imported, "units.csv")


ROLES = ("top", "shared_structure", "executive_office", "principals_group")


def _role(role: str, unit: str | None) -> Case:
    return lambda d: SetScenarioRoleCommand(d, S, role, unit)


CASES: dict[str, Case] = {
    # units
    "move one": lambda d: MoveUnitsCommand(d, S, ["msu"], "glu"),
    "move many": lambda d: MoveUnitsCommand(d, S, ["msu", "glu"], "dppa"),
    "move to nowhere": lambda d: MoveUnitsCommand(d, S, ["msu"], "nowhere"),
    "move nothing": lambda d: MoveUnitsCommand(d, S, [], "glu"),
    "move the top": lambda d: MoveUnitsCommand(d, S, ["sg"], "msu"),
    "move under own": lambda d: MoveUnitsCommand(d, S, ["pmd"], "msu"),
    "move in place": lambda d: MoveUnitsCommand(d, S, ["msu"], "pmd"),
    "move to shared": lambda d: move_units_command(d, S, ["msu"], "srs"),
    "add unit": lambda d: AddUnitCommand(d, S, _unit(d)),
    "add unit twice": lambda d: AddUnitCommand(d, S, _unit(d, unit_id="msu")),
    "add unit nowhere": lambda d: AddUnitCommand(d, S, _unit(d, parent="nowhere")),
    "delete one": lambda d: DeleteUnitsCommand(d, S, ["msu"]),
    "delete with subunits": lambda d: DeleteUnitsCommand(d, S, ["pmd"]),
    "delete many": lambda d: DeleteUnitsCommand(d, S, ["msu", "glu"]),
    "delete many with subunits": lambda d: DeleteUnitsCommand(d, S, ["msu", "pmd"]),
    "delete nothing": lambda d: DeleteUnitsCommand(d, S, []),
    "delete the top": lambda d: DeleteUnitsCommand(d, S, ["sg"]),
    "unit field": lambda d: SetUnitFieldCommand(d, S, "msu", "short_name", "MSS"),
    "unit id": lambda d: SetUnitFieldCommand(d, S, "msu", "parent", "glu"),
    "unit no name": lambda d: SetUnitFieldCommand(d, S, "msu", "name", " "),
    "unit bad note": lambda d: SetUnitFieldCommand(d, S, "msu", "note", "text"),
    "unit same": lambda d: SetUnitFieldCommand(d, S, "msu", "short_name", "MSU"),
    "unit rename": lambda d: SetUnitFieldCommand(d, S, "msu", "name", "Mediation Service"),
    "unit head grade": lambda d: SetUnitFieldCommand(d, S, "msu", "head_grade", "D-1"),
    "unit kind": lambda d: SetUnitFieldCommand(d, S, "msu", "kind", UnitKind.SERVICE),
    "unit functions": lambda d: SetUnitFieldCommand(d, S, "msu", "functions", []),
    "unit no grade": lambda d: SetUnitFieldCommand(d, S, "msu", "head_grade", "Z-9"),
    "unit twice": lambda d: SetUnitFieldCommand(d, S, "msu", "functions", ["a", "a"]),
    "unit itself": lambda d: SetUnitFieldCommand(d, S, "msu", "lead_department", "msu"),
    "unit no such": lambda d: SetUnitFieldCommand(d, S, "nope", "short_name", "MSS"),
    "unit region": lambda d: SetUnitFieldCommand(d, S, "msu", "region", "africa"),
    "unit presence": lambda d: SetUnitFieldCommand(
        d, S, "msu", "presence_type", PresenceType.ENVOY
    ),
    "unit lead": lambda d: SetUnitFieldCommand(d, S, "msu", "lead_department", "dppa"),
    "unit backstop": lambda d: SetUnitFieldCommand(d, S, "msu", "backstopped_by", "dppa"),
    "unit entry": lambda d: SetUnitFieldCommand(d, S, "msu", "entry_point_for", ["africa"]),
    "unit note": lambda d: SetUnitFieldCommand(d, S, "msu", "note", Note("Small", "", "")),
    "unit names": lambda d: SetUnitFieldCommand(d, S, "msu", "names", {"fr": LocalName("UAM")}),
    "unit citation": lambda d: SetUnitFieldCommand(d, S, "msu", "citation", Citation("A/72/525")),
    "unit succession": lambda d: SetUnitFieldCommand(
        d, S, "msu", "succession", Succession(["msu"], "A/72/525")
    ),
    "unit location": lambda d: SetUnitFieldCommand(_listed(d), S, "msu", "location", "nyc"),
    "unit segments": lambda d: SetUnitFieldCommand(
        _listed(d), S, "msu", "segments", {"client": "g1"}
    ),
    "unit segment entry": lambda d: SetUnitFieldCommand(
        _listed(d), S, "msu", "segment_entry_points", {"client": ["g1"]}
    ),
    "unit function twice": lambda d: SetUnitFieldCommand(
        d, S, "msu", "functions", ["mediation-support", "mediation-support"]
    ),
    "unit no segment kind": lambda d: SetUnitFieldCommand(
        _listed(d), S, "msu", "segments", {"sector": "g1"}
    ),
    "unit no segment": lambda d: SetUnitFieldCommand(
        _listed(d), S, "msu", "segments", {"client": "g9"}
    ),
    "unit segment twice": lambda d: SetUnitFieldCommand(
        _listed(d), S, "msu", "segment_entry_points", {"client": ["g1", "g1"]}
    ),
    "unit no region": lambda d: SetUnitFieldCommand(d, S, "msu", "region", "nowhere"),
    "unit no location": lambda d: SetUnitFieldCommand(d, S, "msu", "location", "nowhere"),
    "unit region twice": lambda d: SetUnitFieldCommand(
        d, S, "msu", "entry_point_for", ["africa", "africa"]
    ),
    "unit bad succession": lambda d: SetUnitFieldCommand(d, S, "msu", "succession", "msu"),
    "unit bad citation": lambda d: SetUnitFieldCommand(d, S, "msu", "citation", "A/72/525"),
    "unit segments not a map": lambda d: SetUnitFieldCommand(
        _listed(d), S, "msu", "segments", ["g1"]
    ),
    # posts
    "add post": lambda d: AddPostCommand(d, S, Post("p-new", "P-4", "RB", "msu")),
    "add post twice": lambda d: AddPostCommand(d, S, Post("dpa.01", "P-4", "RB", "msu")),
    "add post nowhere": lambda d: AddPostCommand(d, S, Post("p-new", "P-4", "RB", "nowhere")),
    "add post bad grade": lambda d: AddPostCommand(d, S, Post("p-new", "P-9", "RB", "msu")),
    "add post bad funding": lambda d: AddPostCommand(d, S, Post("p-new", "P-4", "ZZ", "msu")),
    "abolish one": lambda d: AbolishPostsCommand(d, S, ["dpa.01"]),
    "abolish many": lambda d: AbolishPostsCommand(d, S, ["dpa.01", "dpa.02"]),
    "abolish nothing": lambda d: AbolishPostsCommand(d, S, []),
    "reclassify": lambda d: SetPostFieldCommand(d, S, "dpa.01", "grade", "D-2"),
    "refund": lambda d: SetPostFieldCommand(d, S, "dpa.01", "funding", "XB"),
    "retitle": lambda d: SetPostFieldCommand(d, S, "dpa.01", "title", "Chief of Staff"),
    "retitle others": lambda d: SetPostFieldCommand(d, S, "dpa.01", "titles", {"fr": "Chef"}),
    "post no such": lambda d: SetPostFieldCommand(d, S, "nope", "grade", "D-2"),
    "post field": lambda d: SetPostFieldCommand(d, S, "dpa.01", "unit", "msu"),
    "post titles text": lambda d: SetPostFieldCommand(d, S, "dpa.01", "title", {"fr": "Chef"}),
    "post same": lambda d: SetPostFieldCommand(d, S, "dpa.01", "grade", _grade(d, "dpa.01")),
    "redeploy one": lambda d: MovePostsCommand(d, S, ["dpa.01"], "msu"),
    "redeploy many": lambda d: MovePostsCommand(d, S, ["dpa.01", "dpa.02"], "msu"),
    "redeploy nowhere": lambda d: MovePostsCommand(d, S, ["dpa.01"], "nowhere"),
    "redeploy in place": lambda d: MovePostsCommand(d, S, ["dpa.01"], _unit_of(d, "dpa.01")),
    "reclassify many": lambda d: SetPostsFieldCommand(d, S, ["dpa.01", "dpa.02"], "grade", "LL"),
    "refund many": lambda d: SetPostsFieldCommand(d, S, ["dpa.01", "dpa.02"], "funding", "XB"),
    "reclassify one of many": lambda d: SetPostsFieldCommand(d, S, ["dpa.01"], "grade", "LL"),
    "many title": lambda d: SetPostsFieldCommand(d, S, ["dpa.01"], "title", "Chief"),
    "many same": lambda d: SetPostsFieldCommand(d, S, [], "grade", "LL"),
    # lines
    "add dual line": lambda d: AddLineCommand(
        d, S, ReportingLine("l-new", "msu", "dpo", LineKind.DUAL)
    ),
    "add dotted line": lambda d: AddLineCommand(
        d, S, ReportingLine("l-new", "msu", "dpo", LineKind.DOTTED)
    ),
    "add line twice": lambda d: AddLineCommand(
        d, S, ReportingLine("fpb-eosg", "msu", "dpo", LineKind.DUAL)
    ),
    "add line nowhere": lambda d: AddLineCommand(
        d, S, ReportingLine("l-new", "msu", "nowhere", LineKind.DUAL)
    ),
    "add line to itself": lambda d: AddLineCommand(
        d, S, ReportingLine("l-new", "msu", "msu", LineKind.DUAL)
    ),
    "remove line": lambda d: RemoveLineCommand(d, S, "fpb-eosg"),
    "remove no line": lambda d: RemoveLineCommand(d, S, "nope"),
    "line caption": lambda d: SetLineFieldCommand(d, S, "fpb-eosg", "caption", "Fund link"),
    "line no such": lambda d: SetLineFieldCommand(d, S, "nope", "caption", "Fund link"),
    "line field": lambda d: SetLineFieldCommand(d, S, "fpb-eosg", "source", "msu"),
    "line kind": lambda d: SetLineFieldCommand(d, S, "fpb-eosg", "kind", "solid"),
    "line condition": lambda d: SetLineFieldCommand(d, S, "fpb-eosg", "condition", "in crises"),
    "line kind to dual": lambda d: SetLineFieldCommand(d, S, "fpb-eosg", "kind", "dual"),
    "line citation": lambda d: SetLineFieldCommand(
        d, S, "fpb-eosg", "citation", Citation("A/72/525 para. 25")
    ),
    "line same": lambda d: SetLineFieldCommand(d, S, "fpb-eosg", "kind", "dotted"),
    "body": lambda d: SetBodyCommand(d, S, Body("mcb", "dppa", ["dppa", "dpo", "msu"])),
    "body nowhere": lambda d: SetBodyCommand(d, S, Body("mcb", "nowhere", ["dppa"])),
    # scenarios
    "copy": lambda d: CopyScenarioCommand(d, S, "Variant B"),
    "copy no name": lambda d: CopyScenarioCommand(d, S, "  "),
    "copy taken": lambda d: CopyScenarioCommand(d, S, "As-is 2017"),
    "rename": lambda d: RenameScenarioCommand(d, S, "Variant C"),
    "rename others": lambda d: RenameScenarioCommand(
        d, S, "A/72/525", {"fr": LocalName("Variante", "V")}
    ),
    "rename same": lambda d: RenameScenarioCommand(d, S, "A/72/525"),
    "rename taken": lambda d: RenameScenarioCommand(d, S, "As-is 2017"),
    "rename no name": lambda d: RenameScenarioCommand(d, S, ""),
    "delete scenario": lambda d: DeleteScenarioCommand(d, S),
    "delete baseline": lambda d: DeleteScenarioCommand(d, "as-is-2017"),
    "no scenario": lambda d: DeleteScenarioCommand(d, "nope"),
    # properties
    "metadata": lambda d: SetMetadataCommand(d, dataclasses.replace(d.metadata, title="Pillar")),
    "metadata same": lambda d: SetMetadataCommand(d, d.metadata),
    "describe": lambda d: SetScenarioDescriptionCommand(d, S, "The Secretary-General's plan"),
    "describe same": lambda d: SetScenarioDescriptionCommand(d, S, _description(d)),
    **{f"role {role}": _role(role, "msu") for role in ROLES},
    **{f"clear {role}": _role(role, None) for role in ROLES},
    "no role": lambda d: SetScenarioRoleCommand(d, S, "chair", "msu"),
    "role nowhere": lambda d: SetScenarioRoleCommand(d, S, "top", "nowhere"),
    "role same": lambda d: SetScenarioRoleCommand(d, S, "top", "sg"),
    # bodies (settings)
    "bodies": lambda d: set_bodies(d, [], {}),
    "dual nowhere": lambda d: set_bodies(d, [], {"nowhere": ["political"]}),
    # imports
    "import": lambda d: _imported(d),
    "import nothing": lambda d: _imported(d, change=False),
    "import elsewhere": lambda d: ImportTablesCommand(d, "as-is-2017", d.scenarios[1], "u.csv"),
    # comments
    "comment unit": lambda d: AddCommentCommand(
        d, new_comment(d, S, CommentTarget.UNIT, "msu", "Why here?")
    ),
    "comment post": lambda d: AddCommentCommand(
        d, new_comment(d, S, CommentTarget.POST, "dpa.01", "Grade?")
    ),
    "comment nowhere": lambda d: AddCommentCommand(
        d, new_comment(d, S, CommentTarget.UNIT, "nowhere", "Why here?")
    ),
    "comment no scenario": lambda d: AddCommentCommand(
        d, new_comment(d, "nope", CommentTarget.UNIT, "msu", "Why here?")
    ),
    "comment twice": lambda d: AddCommentCommand(d, d.comments[_index(d, _commented(d))]),
    "comment empty": lambda d: AddCommentCommand(
        d, new_comment(d, S, CommentTarget.UNIT, "msu", " ")
    ),
    "resolve": lambda d: ResolveCommentCommand(d, _commented(d)),
    "reopen": lambda d: ResolveCommentCommand(d, _resolved(d), False),
    "edit comment": lambda d: EditCommentCommand(d, _commented(d), "Why there?"),
    "edit comment empty": lambda d: EditCommentCommand(d, _commented(d), ""),
    "edit comment same": lambda d: EditCommentCommand(d, _commented(d), "Check"),
    "delete comment": lambda d: DeleteCommentCommand(d, _commented(d)),
    "no comment": lambda d: DeleteCommentCommand(d, "nope"),
    # conflicts
    "take ours": lambda d: take_side(d, _conflict(d, ["metadata", "title"], "T"), MergeSide.OURS),
    "take theirs": lambda d: take_side(
        d, _conflict(d, ["metadata", "title"], "T"), MergeSide.THEIRS
    ),
    "take base": lambda d: take_side(d, _conflict(d, ["metadata", "title"], "T"), MergeSide.BASE),
    "decide": lambda d: ResolveConflictCommand(d, _conflict(d, ["metadata", "title"], "T"), "X"),
    "no conflict": lambda d: take_side(d, 3, MergeSide.OURS),
    # several steps as one
    "nothing to do": lambda d: MacroCommand("Edit", []),
}


def _grade(d: Design, post: str) -> str:
    return next(s for s in d.scenarios if s.id == S).posts[post].grade


def _unit_of(d: Design, post: str) -> str:
    return next(s for s in d.scenarios if s.id == S).posts[post].unit


def _description(d: Design) -> str:
    return next(s for s in d.scenarios if s.id == S).description


def texts() -> dict[str, str]:
    """Case name -> the command's name, or ``refused: why``, in the current language."""
    source = UN_SAMPLE.read_bytes()
    sample = loads(source)  # a command only reads the design until it is done
    lists = (sample.comments, sample.conflicts, sample.locations, sample.segment_kinds)
    kept = [list(items) for items in lists]  # what the cases add to before making one
    said = {}
    for name, case in CASES.items():
        try:
            said[name] = case(sample).text
        except CommandError as error:
            said[name] = f"refused: {error}"
        for items, before in zip(lists, kept, strict=True):
            items[:] = before
    assert dumps(sample) == dumps(loads(source)), "a case changed the sample"
    return said


if __name__ == "__main__":  # write the golden file (only from the code before translation)
    GOLDEN.write_text(json.dumps(texts(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
