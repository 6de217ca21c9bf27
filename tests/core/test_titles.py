"""Samples are listed by their titles, read without loading the whole design."""

from __future__ import annotations

from pathlib import Path

from orgeditor.assets import sample_files
from orgeditor.io import load_design
from orgeditor.io.titles import design_title


def test_each_sample_title_is_the_loaded_designs_title() -> None:
    samples = sample_files()
    assert samples
    for path in samples:
        assert design_title(path) == load_design(path).metadata.title.strip()
        assert design_title(path) != path.stem


def test_an_unreadable_or_untitled_file_shows_its_name(tmp_path: Path) -> None:
    broken = tmp_path / "half-written.orgdesign"
    broken.write_text('{"metadata": {"title": ', encoding="utf-8")
    untitled = tmp_path / "untitled.orgdesign"
    untitled.write_text('{"metadata": {"title": "  "}}', encoding="utf-8")
    listed = tmp_path / "listed.orgdesign"
    listed.write_text("[1, 2]", encoding="utf-8")
    assert design_title(broken) == "half-written"
    assert design_title(untitled) == "untitled"
    assert design_title(listed) == "listed"
    assert design_title(tmp_path / "gone.orgdesign") == "gone"
