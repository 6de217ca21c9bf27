"""Units and posts from CSV and XLSX: round trips, bad rows, one undoable step."""

from __future__ import annotations

import copy
from pathlib import Path

import networkx as nx
import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from orgeditor.commands import CommandError, ImportTablesCommand
from orgeditor.io import DesignFileError, dumps, load_design
from orgeditor.io.importing import merge_tables, read_tables
from orgeditor.io.unit_tables import write_import_tables, write_template
from orgeditor.model import Design, Scenario, parent_cycles
from tests.builders import tiny_design
from tests.conftest import UN_SAMPLE


def _emptied(scenario: Scenario) -> Scenario:
    empty = copy.deepcopy(scenario)
    empty.units.clear()
    empty.posts.clear()
    empty.roles.top = None
    return empty


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_then_import_gives_the_same_units_and_posts(tmp_path: Path, suffix: str) -> None:
    design = load_design(UN_SAMPLE)
    proposal = design.proposals[0]
    files = write_import_tables(design, proposal, tmp_path / f"un{suffix}")
    merged = merge_tables(design, _emptied(proposal), read_tables(files, design), "un")
    assert any(unit.names for unit in proposal.units.values())  # names per language come too
    assert list(merged.units.items()) == list(proposal.units.items())
    assert list(merged.posts.items()) == list(proposal.posts.items())
    assert merged.roles.top == "sg"


def _csv(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_every_bad_row_is_reported_and_nothing_is_merged(tmp_path: Path) -> None:
    design = tiny_design()
    units = _csv(
        tmp_path,
        "units.csv",
        "id,name,kind,parent,head_grade\n"
        "c,Division C,division,hq,D-1\n"
        "d,,division,hq,\n"  # row 3: no name
        "e,Division E,dept,hq,\n"  # row 4: unknown kind
        "c,Again,division,hq,\n"  # row 5: duplicate id
        "f g,Bad id,unit,hq,\n"  # row 6: bad id
        "h,Orphan,unit,nowhere,\n"  # row 7: unknown parent
        "i,Senior,unit,hq,Q-9\n",  # row 8: unknown grade
    )
    posts = _csv(
        tmp_path,
        "posts.csv",
        "id,unit,grade,funding,title\np7,c,P-4,RB,Officer\np8,zzz,P-4,RB,\np9,c,P-4,ZZ,\n",
    )
    before = dumps(design)
    with pytest.raises(DesignFileError) as caught:
        merge_tables(design, design.baseline, read_tables([units, posts]), "import")
    where = [problem.location for problem in caught.value.problems]
    assert where == [
        "Units row 3",
        "Units row 4",
        "Units row 5",
        "Units row 6",
        "Units row 7",
        "Units row 8",
        "Posts row 3",
        "Posts row 4",
    ]
    messages = caught.value.details()
    assert "name is empty" in messages and "unknown kind 'dept'" in messages
    assert "also on row 2" in messages and "unknown head grade 'Q-9'" in messages
    assert "Units row 7: parent 'nowhere' is neither" in messages
    assert "unit 'zzz' is neither in the Units table" in messages
    assert "unknown funding source 'ZZ'" in messages
    assert dumps(design) == before


def test_unknown_parent_and_cycles_are_found_after_the_rows(tmp_path: Path) -> None:
    design = tiny_design()
    units = _csv(
        tmp_path, "u.csv", "id,name,kind,parent\nx,X,unit,y\ny,Y,unit,x\nz,Z,unit,nowhere\n"
    )
    with pytest.raises(DesignFileError) as caught:
        merge_tables(design, design.baseline, read_tables([units]), "u.csv")
    text = caught.value.details()
    assert "Units row 2: its parents lead back to itself" in text
    assert "Units row 4: parent 'nowhere' is neither" in text


def test_wrong_headers_and_files_are_refused(tmp_path: Path) -> None:
    bad = _csv(tmp_path, "u.csv", "id,nmae,kind\n")
    with pytest.raises(DesignFileError, match="unknown column 'nmae'"):
        read_tables([bad])
    missing = _csv(tmp_path, "p.csv", "id,unit,grade\n")
    with pytest.raises(DesignFileError, match="'funding' is missing"):
        read_tables([missing])
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"not a zip")
    with pytest.raises(DesignFileError, match="not a readable XLSX workbook"):
        read_tables([junk])
    with pytest.raises(DesignFileError, match=r"give a \.csv or \.xlsx"):
        read_tables([tmp_path / "x.txt"])


def test_known_ids_are_replaced_in_place_and_new_ones_added(tmp_path: Path) -> None:
    design = tiny_design()
    units = _csv(
        tmp_path,
        "u.csv",
        "id,name,kind,parent\na,Division Alpha,division,hq\nc,Division C,division,hq\n",
    )
    merged = merge_tables(design, design.baseline, read_tables([units]), "u.csv")
    assert list(merged.units) == ["hq", "a", "b", "c"]
    assert merged.units["a"].name == "Division Alpha"
    assert design.baseline.units["a"].name == "Division A"  # the design is untouched


def test_import_is_one_undoable_step(tmp_path: Path) -> None:
    design: Design = tiny_design()
    before = dumps(design)
    posts = _csv(tmp_path, "p.csv", "id,unit,grade,funding\np7,a,P-4,RB\np1,a,D-2,RB\n")
    merged = merge_tables(design, design.baseline, read_tables([posts]), "p.csv")
    command = ImportTablesCommand(design, "base", merged, "p.csv")
    command.do(design)
    assert design.baseline.posts["p1"].unit == "a" and "p7" in design.baseline.posts
    after = dumps(design)
    command.undo(design)
    assert dumps(design) == before
    command.do(design)
    assert dumps(design) == after


def test_the_template_lists_the_designs_grades(tmp_path: Path) -> None:
    design = load_design(UN_SAMPLE)
    [path] = write_template(design, tmp_path / "t.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Units", "Posts", "Read me"]
    own = ["id", "unit", "grade", "funding", "title"]
    languages = ["title@ar", "title@zh", "title@fr", "title@es"]  # a title column per language
    assert [c.value for c in book["Posts"][1]] == [*own, *languages]
    grades = [r[1] for r in book["Read me"].iter_rows(values_only=True) if r[0] == "Posts: grade"]
    assert grades and "SG, USG, ASG" in str(grades[0])
    # an empty template imports as nothing
    merged = merge_tables(design, design.baseline, read_tables([path]), "t.xlsx")
    with pytest.raises(CommandError, match="changes nothing"):
        ImportTablesCommand(design, design.baseline.id, merged, "t.xlsx")


def test_columns_left_out_keep_their_values(tmp_path: Path) -> None:
    design = load_design(UN_SAMPLE)
    base = design.baseline
    table = _csv(tmp_path, "rename.csv", "id,name,kind\ndpa,Department of Politics,department\n")
    merged = merge_tables(design, base, read_tables([table]), "rename.csv")
    before, after = base.units["dpa"], merged.units["dpa"]
    assert after.name == "Department of Politics"
    assert (after.parent, after.short_name, after.head_grade, after.functions, after.note) == (
        before.parent,
        before.short_name,
        before.head_grade,
        before.functions,
        before.note,
    )
    post = next(iter(base.posts.values()))
    posts = _csv(tmp_path, "p.csv", f"id,unit,grade,funding\n{post.id},{post.unit},P-5,RB\n")
    merged = merge_tables(design, base, read_tables([posts]), "p.csv")
    assert merged.posts[post.id].title == post.title and merged.posts[post.id].grade == "P-5"


def test_an_import_that_would_not_load_is_refused(tmp_path: Path) -> None:
    design = load_design(UN_SAMPLE)
    proposal = design.find_scenario("a-72-525")
    body = _csv(tmp_path, "body.csv", "id,name,kind\nspg,SPG,office\n")
    with pytest.raises(DesignFileError, match="after the import the design would not load"):
        merge_tables(design, proposal, read_tables([body]), "body.csv")


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("latin.csv", "id,name,kind\nx,D\xe9partement,office\n".encode("latin-1"), "not UTF-8"),
        (
            "extra.csv",
            b"id,unit,grade,funding,title\np1,a,P-4,RB,Officer, Senior\n",
            "a comma inside a text needs quotes",
        ),
        ("twice.csv", b"id,name,kind,parent,Name\n", "the column 'name' appears twice"),
        ("long.csv", b'id,name,kind\nx,"' + b"y" * 200_000 + b'",office\n', "line 2"),
        ("control.csv", b"id,name,kind\nx,A\x0bB,office\n", "control character (U+000B)"),
    ],
)
def test_bad_csv_files_give_one_clear_error(
    tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    design = tiny_design()
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(DesignFileError) as caught:
        merge_tables(design, design.baseline, read_tables([path]), name)
    assert message in caught.value.details()
    assert caught.value.file == str(path) or caught.value.file == name


def test_broken_and_odd_workbooks_give_one_clear_error(tmp_path: Path) -> None:
    import datetime
    import zipfile

    broken = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(broken, "w") as archive:
        archive.writestr("[Content_Types].xml", "<not xml")
    with pytest.raises(DesignFileError, match="not a readable XLSX workbook"):
        read_tables([broken])
    dated = tmp_path / "dated.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Units"
    sheet.append(["id", "name", "kind"])
    sheet.append(["x", datetime.datetime(2017, 1, 1), "office"])
    book.save(dated)
    with pytest.raises(DesignFileError, match=r"Units row 2, column B: .* is not text"):
        read_tables([dated])


class _CountingParents(dict[str, "str | None"]):
    """A parent map that counts how often a parent is looked up."""

    lookups = 0

    def __getitem__(self, key: str) -> str | None:
        self.lookups += 1
        return super().__getitem__(key)


@given(st.lists(st.integers(0, 12), max_size=12))
def test_parent_cycles_are_the_graphs_cycles_found_in_one_walk(parents: list[int]) -> None:
    """Each unit's parent is another unit, itself, or (past the end) no unit at all."""
    parent = _CountingParents(
        {f"u{i}": (f"u{p}" if p < len(parents) else None) for i, p in enumerate(parents)}
    )
    cycles = parent_cycles(parent)
    graph = nx.DiGraph([(unit, up) for unit, up in parent.items() if up is not None])
    expected = sorted(sorted(cycle) for cycle in nx.simple_cycles(graph))
    assert sorted(sorted(cycle) for cycle in cycles) == expected
    for cycle in cycles:  # listed in walk order: each unit followed by its parent
        assert [parent[unit] for unit in cycle] == [*cycle[1:], cycle[0]]
    assert parent.lookups <= 2 * len(parents) + sum(len(cycle) for cycle in cycles)


def test_a_deep_chain_is_walked_once(tmp_path: Path) -> None:
    """The import's cycle check looks each parent up a bounded number of times: a chain
    of 3,000 units (a cycle of three at its foot) costs a few lookups per unit, not
    one walk to the top per unit."""
    depth = 3_000
    rows = [f"u{i},Unit {i},unit,{f'u{i - 1}' if i else ''}" for i in range(depth)]
    rows += ["c0,C0,unit,c2", "c1,C1,unit,c0", "c2,C2,unit,c1"]
    units = _csv(tmp_path, "chain.csv", "id,name,kind,parent\n" + "\n".join(rows) + "\n")
    design = tiny_design()
    with pytest.raises(DesignFileError) as caught:
        merge_tables(design, _emptied(design.baseline), read_tables([units]), "chain.csv")
    assert [p.location for p in caught.value.problems] == [
        f"Units row {depth + 2 + i}" for i in range(3)
    ]
    chain = _CountingParents({f"u{i}": f"u{i - 1}" if i else None for i in range(depth)})
    assert parent_cycles(chain) == [] and chain.lookups == depth
