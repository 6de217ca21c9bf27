"""The version has one source (pyproject.toml) and every saved file names it."""

from __future__ import annotations

import json
import tomllib

import pytest

import orgeditor
from orgeditor.io import dumps, load_design, loads
from tests.conftest import ROOT, UN_SAMPLE


def test_the_version_is_the_one_in_pyproject() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert orgeditor.__version__ == project["version"]


def test_the_changelog_has_notes_for_this_version() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text()
    assert f"## {orgeditor.__version__} " in changelog


def test_a_saved_file_names_the_version_that_saved_it() -> None:
    saved = json.loads(dumps(load_design(UN_SAMPLE)))
    assert saved["metadata"]["saved_with"] == f"orgeditor {orgeditor.__version__}"


def test_the_version_line_is_the_only_change_a_new_version_makes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    design = load_design(UN_SAMPLE)
    before = dumps(design).decode().splitlines()
    monkeypatch.setattr("orgeditor.io.convert.__version__", "9.9.9")
    after = dumps(design).decode().splitlines()
    changed = [(a, b) for a, b in zip(before, after, strict=True) if a != b]
    assert changed == [
        (
            f'    "saved_with": "orgeditor {orgeditor.__version__}"',
            '    "saved_with": "orgeditor 9.9.9"',
        )
    ]
    assert loads(dumps(design)) == design  # the loader reads past it
