"""``export --comments``: a review appendix in the PDF (issue 18 §4); pdftotext reads it back."""

from __future__ import annotations

import subprocess
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

import pytest

from orgeditor import cli
from orgeditor.commands import DeleteUnitsCommand
from orgeditor.commands.comments import AddCommentCommand, ResolveCommentCommand, new_comment
from orgeditor.io import loads, save_design
from orgeditor.model import CommentTarget
from tests.conftest import UN_SAMPLE

SID = "a-72-525"
WHEN = datetime(2026, 12, 2, 9, 30, tzinfo=UTC)
LONG = " ".join(f"word{i:04d}" for i in range(600))  # about 5,400 characters, many lines
COMMENTS = [
    ("unit", "ead", "Ana Lopez", "Merge EAD into DPPA?"),
    ("unit", "pmd", "Ben Okafor", "<b>HTML</b> stays as typed & printed"),
    ("unit", "pmd", "Chen Wei", "first line\nsecond line of the note"),
    ("post", "dpa.01", "Dana Ruiz", LONG),
    ("unit", "ead", "Eve Stone", "On a unit removed later"),
]


def design_file(tmp_path: Path) -> Path:
    design = loads(UN_SAMPLE.read_bytes())
    for index, (kind, target, author, text) in enumerate(COMMENTS):
        made = new_comment(design, SID, CommentTarget(kind), target, text, author, WHEN)
        AddCommentCommand(design, made).do(design)
        if index == 1:
            ResolveCommentCommand(design, made.id).do(design)
    DeleteUnitsCommand(design, SID, ["ead"]).do(design)
    path = tmp_path / "reviewed.orgdesign"
    save_design(design, path)
    return path


def pdf_words(path: Path) -> str:
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(unicodedata.normalize("NFKC", text.stdout).split())  # no "ﬁ" ligatures


def export(tmp_path: Path, name: str, *extra: str) -> str:
    out = tmp_path / name
    code = cli.main(["export", str(design_file(tmp_path)), "--out", str(out), *extra])
    assert code == 0
    return pdf_words(out)


def test_the_appendix_prints_every_comment_with_its_author_and_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    words = export(tmp_path, "with.pdf", "--comments")
    assert "Review comments" in words
    for _kind, _target, author, text in COMMENTS:
        if text is LONG:  # across pages: every word, in order, between page headers
            found = [w for w in words.split() if w.startswith("word")]
            assert found == text.split()
        else:
            assert " ".join(text.split()) in words, text[:40]
        assert author in words
    assert "on a removed unit (ead)" in words
    assert "dpa.01" in words and "A/72/525" in words
    pmd = words.index("<b>HTML</b>")
    assert words.index("first line") < pmd  # on PMD, the open comment before the resolved


def test_without_the_option_no_comment_prints(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    words = export(tmp_path, "without.pdf")
    assert "Review comments" not in words
    for _kind, _target, author, _text in COMMENTS:
        assert author not in words
    for text in ("Merge EAD into DPPA?", "<b>HTML</b>", "second line of the note", "word0000"):
        assert text not in words


def test_the_export_dialog_option_adds_the_appendix(tmp_path: Path, qtbot: object) -> None:
    from orgeditor.io import load_design
    from orgeditor.ui.printing.dialogs import ChartOptionsDialog
    from orgeditor.ui.printing.export import export_chart

    dialog = ChartOptionsDialog(for_print=False)
    assert dialog.comments.isEnabled() and not dialog.options().comments
    dialog.comments.setChecked(True)
    assert dialog.options().comments
    design = load_design(design_file(tmp_path))
    out = tmp_path / "dialog.pdf"
    export_chart(design, design.find_scenario(SID), out, dialog.options())
    words = pdf_words(out)
    assert "Review comments" in words and "Merge EAD into DPPA?" in words
    dialog.deleteLater()
