"""Fuzz: designs that load go through every command without a crash.

Hypothesis builds designs full of awkward text (terminal escapes, control
characters, markup, formula starts, right-to-left marks, long names), odd
shapes (deep chains, empty proposals, lines, moved and abolished units) and
saves them; every design that loads is then put through every command of
``orgeditor-cli`` in process: validate, summary, diff, every report table in
every format, every export format and layout, the import template and an
import back, and a save-and-reopen round trip. A command may refuse (exit 2,
one line on stderr) but never crash (exit 3, a traceback), and what it writes
must parse.

The normal run tries 100 designs, each with a few commands drawn from the
whole list (so each command meets about twenty designs); the long run tries
20,000::

    pytest tests/cli/test_command_fuzz.py --hypothesis-profile=fuzz
"""

from __future__ import annotations

import json
import tempfile
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from dataclasses import dataclass, field
from io import StringIO
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from orgeditor import cli
from orgeditor.io import DesignFileError, load_design, save_design
from orgeditor.model import Design, LineKind, Post, ReportingLine, ScenarioKind, Unit, UnitKind
from orgeditor.model.text import NAME, SHORT, clean_text
from orgeditor.reports.tables import REPORT_TITLES
from tests.builders import tiny_design

# The long run (--hypothesis-profile=fuzz, 20,000) takes the profile's count; the normal
# run 100, a few seconds per ten.
EXAMPLES = max(100, settings.default.max_examples)
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

NASTY = [
    "\x1b]0;pwned\x07",  # OSC: retitles a terminal
    "\x1b[2K\x1b[1A",  # erases the line above
    "\x1b[31mred\x1b[0m",
    "a\x01b\x08c",
    "\x7f\x9b",
    "Finance\r=cmd|' /C calc'!A0",
    "line\nbreak",
    "tab\there",
    "<b>bold</b> & <script>x</script>",
    "]]> ' \" &amp;",
    "=SUM(A1:A9)",
    "+1",
    "@import",
    "\u202eevil.exe",
    "名前と部署",
    "\u2028\u0085",
    "x" * 200,
    " ",
]
# Control characters cannot reach a design that loads (the format refuses them); they
# arrive as the Inspector and the import leave them: cleaned by the format's one text rule.
texts = st.one_of(
    st.sampled_from(NASTY),
    st.text(min_size=1, max_size=24),
    st.lists(st.sampled_from(NASTY), min_size=2, max_size=3).map("".join),
).map(lambda text: clean_text(text, NAME) or "x")
ESC_OR_CONTROL = {chr(c) for c in range(32) if chr(c) not in "\n\t"} | {"\x7f"}


@st.composite
def designs(draw: st.DrawFn) -> Design:
    """A small design with awkward text and shapes, built through the model."""
    design = tiny_design()
    design.metadata.title = draw(texts)
    base = design.baseline
    base.name = draw(texts)
    grades = [g.id for g in design.grades]
    for index in range(draw(st.integers(0, 8))):
        unit_id = f"u{index}"
        chain = draw(st.booleans())  # a deep chain or a bushy tree
        parent = f"u{index - 1}" if chain and index else draw(st.sampled_from(sorted(base.units)))
        base.units[unit_id] = Unit(
            unit_id,
            draw(texts),
            draw(st.sampled_from(list(UnitKind))),
            short_name=clean_text(draw(st.sampled_from(["", "S", *NASTY[:3]])), SHORT),
            head_grade=draw(st.sampled_from([None, *grades])),
            parent=parent,
        )
        for number in range(draw(st.integers(0, 2))):
            post_id = f"p{index}-{number}"
            grade = draw(st.sampled_from(grades))
            base.posts[post_id] = Post(post_id, grade, draw(st.sampled_from(["RB", "XB"])), unit_id)
    units = sorted(base.units)
    for number in range(draw(st.integers(0, 2))):
        source, target = draw(st.sampled_from(units)), draw(st.sampled_from(units))
        if source != target:
            base.lines[f"l{number}"] = ReportingLine(
                f"l{number}", source, target, draw(st.sampled_from(list(LineKind))), draw(texts)
            )
    design.scenarios = [base]
    for number in range(draw(st.integers(0, 2))):
        proposal = base.copy(f"prop{number}", draw(texts), ScenarioKind.PROPOSAL)
        movable = [u for u in sorted(proposal.units) if u != proposal.roles.top]
        for _ in range(draw(st.integers(0, 3))):
            if not movable:
                break
            unit = draw(st.sampled_from(movable))
            below = {u for u in proposal.units if unit in {u, *proposal.ancestors(u)}}
            targets = sorted(set(proposal.units) - below)
            if targets:
                proposal.units[unit].parent = draw(st.sampled_from(targets))
        for post_id in draw(st.lists(st.sampled_from(sorted(proposal.posts)), max_size=2)):
            proposal.posts.pop(post_id, None)
        if draw(st.integers(0, 9)) == 0:  # now and then a proposal with nothing in it
            proposal.units.clear()
            proposal.posts.clear()
            proposal.lines.clear()
            proposal.roles.top = None
        design.scenarios.append(proposal)
    return design


@dataclass
class Run:
    """What one command did: its arguments, exit code and output."""

    argv: list[str]
    code: int
    out: str
    err: str


@dataclass
class Trial:
    """Every command run on one design file, and the files they wrote."""

    folder: Path
    design: Design
    runs: list[Run] = field(default_factory=list)

    def run(self, command: list[str]) -> Run:
        """Run ``command`` in process, its FILE the design and its OUT/ the trial's folder."""
        design = str(self.folder / "design.orgdesign")
        argv = [
            design if arg == "FILE" else arg.replace("OUT/", f"{self.folder}/") for arg in command
        ]
        out, err = StringIO(), StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            code = cli.main(argv)
        result = Run(command, code, out.getvalue(), err.getvalue())
        self.runs.append(result)
        return result


@contextmanager
def trial(design: Design) -> Iterator[Trial]:
    """The design saved in a fresh folder; a design that does not load is not a trial."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "design.orgdesign"
        save_design(design, path)
        try:
            loaded = load_design(path)
        except DesignFileError:
            assume(False)  # the loader refuses it (over-long text, ...): only loadable files
            raise
        yield Trial(Path(folder), loaded)


TEXT_COMMANDS = [
    ["summary", "FILE"],
    ["summary", "FILE", "--format", "json"],
    ["validate", "FILE", "--all"],
    ["validate", "FILE", "--all", "--format", "json"],
    ["diff", "FILE"],
    ["diff", "FILE", "--format", "json"],
    ["diff", "FILE", "--format", "csv"],
]
FILE_COMMANDS = [
    *(
        ["report", "FILE", "--table", table, "--out", f"OUT/{table}.{fmt}"]
        for table in REPORT_TITLES
        for fmt in ("csv", "xlsx", "html", "pdf")
    ),
    ["export", "FILE", "--out", "OUT/chart.graphml"],
    ["export", "FILE", "--out", "OUT/chart.pdf"],
    ["export", "FILE", "--out", "OUT/chart.pdf", "--layout", "tile", "--scale", "0.3"],
    ["export", "FILE", "--out", "OUT/chart.pdf", "--layout", "booklet"],
    ["export", "FILE", "--out", "OUT/chart.pdf", "--tables", "posts", "redeployment", "costs"],
    ["export", "FILE", "--out", "OUT/chart.svg"],
    ["export", "FILE", "--out", "OUT/chart.png", "--dpi", "36"],
    ["template", "FILE", "--out", "OUT/template.xlsx"],
    # the template's empty tables imported back into the design
    ["template", "FILE", "--out", "OUT/template.csv"],
    [
        "import",
        "OUT/template-units.csv",
        "OUT/template-posts.csv",
        "--into",
        "FILE",
        "--out",
        "OUT/imported.orgdesign",
    ],
]
XML_COMMANDS = [
    ["export", "FILE", "--out", "OUT/chart.svg"],
    ["export", "FILE", "--out", "OUT/chart.graphml"],
    ["report", "FILE", "--table", "posts", "--out", "OUT/posts.xlsx"],
    ["report", "FILE", "--table", "changes", "--out", "OUT/changes.xlsx"],
    ["report", "FILE", "--table", "posts", "--out", "OUT/posts.html"],
]
# The normal run draws a few commands for each design (each runs in 30-60 ms; every one of
# them on every design would take minutes), so each command meets about twenty designs.
PER_DESIGN = 5


def picks(commands: list[list[str]], most: int) -> st.SearchStrategy[list[list[str]]]:
    """A few of ``commands``, in their order (the import follows the template it reads)."""
    indexes = st.lists(st.integers(0, len(commands) - 1), min_size=1, max_size=most, unique=True)
    return indexes.map(lambda chosen: [commands[i] for i in sorted(chosen)])


def xml_files(folder: Path) -> Iterator[tuple[str, bytes]]:
    """Every XML document the commands wrote: SVG, GraphML, and the parts of each XLSX."""
    for path in sorted(folder.iterdir()):
        if path.suffix in (".svg", ".graphml"):
            yield path.name, path.read_bytes()
        elif path.suffix == ".xlsx":
            with zipfile.ZipFile(path) as book:
                for name in book.namelist():
                    if name.endswith((".xml", ".rels")):
                        yield f"{path.name}:{name}", book.read(name)


@given(design=designs(), commands=picks(TEXT_COMMANDS + FILE_COMMANDS, PER_DESIGN))
@FUZZ
def test_no_command_crashes_on_a_design_that_loads(
    design: Design, commands: list[list[str]]
) -> None:
    with trial(design) as t:
        for command in commands:
            t.run(command)
        for run in t.runs:
            where = f"{run.argv}: {run.err[-300:]!r}"
            assert run.code <= 2, where
            assert "Traceback" not in run.err and "internal error" not in run.err, where
            if run.code == 2:
                assert run.err.startswith("orgeditor-cli: error: "), where
            if "json" in run.argv and run.code <= 1:
                json.loads(run.out)
        reopened = t.folder / "again.orgdesign"
        save_design(t.design, reopened)
        assert load_design(reopened) == t.design  # the round trip
        for path in t.folder.glob("*.pdf"):
            assert path.read_bytes().startswith(b"%PDF-"), path.name
        for path in t.folder.glob("*.png"):
            assert path.read_bytes().startswith(b"\x89PNG"), path.name


@given(design=designs(), commands=picks(TEXT_COMMANDS, 2))
@FUZZ
def test_text_output_shows_no_raw_escapes_or_control_characters(
    design: Design, commands: list[list[str]]
) -> None:
    with trial(design) as t:
        for command in commands:
            run = t.run(command)
            raw = ESC_OR_CONTROL & set(run.out + run.err)
            assert not raw, f"{run.argv}: raw {sorted(raw)!r} in the output"


@given(design=designs(), commands=picks(XML_COMMANDS, 1))
@FUZZ
def test_every_xml_export_is_well_formed(design: Design, commands: list[list[str]]) -> None:
    with trial(design) as t:
        for command in commands:
            assert t.run(command).code <= 2
        for name, data in xml_files(t.folder):
            try:
                ET.fromstring(data)
            except ET.ParseError as error:
                raise AssertionError(f"{name} is not well-formed XML: {error}") from None
        for html in t.folder.glob("*.html"):
            raw = ESC_OR_CONTROL & set(html.read_text(encoding="utf-8"))
            assert not raw, f"raw {sorted(raw)!r} in {html.name}"
