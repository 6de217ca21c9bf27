"""The README's Quick start has exactly two commands, and CI runs the test one verbatim."""

from __future__ import annotations

import re

from tests.conftest import ROOT


def _quick_start_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text()
    section = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section, flags=re.S)


def test_quick_start_has_exactly_two_commands() -> None:
    commands = _quick_start_commands()
    assert len(commands) == 2 and all("\n" not in c for c in commands), commands
    assert "orgeditor samples/un-peace-security-2017.orgdesign" in commands[0]
    assert "pytest" in commands[1]


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text()
    assert _quick_start_commands()[1] in ci.splitlines()


def test_the_bundled_sample_of_the_quick_start_exists() -> None:
    assert (ROOT / "samples" / "un-peace-security-2017.orgdesign").is_file()


def test_ci_lints_and_type_checks_after_the_tests() -> None:
    lines = (ROOT / ".ci" / "run").read_text().splitlines()
    tests = lines.index(_quick_start_commands()[1])
    after = lines[tests + 1 :]
    assert '.venv/bin/pip install -e ".[dev]"' in after
    assert any(line.startswith(".venv/bin/ruff check ") for line in after)
    assert any(line.startswith(".venv/bin/mypy") for line in after)
