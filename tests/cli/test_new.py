"""``orgeditor-cli new``: a design from a template, never over an existing file unasked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from orgeditor import cli
from orgeditor.io import load_design
from orgeditor.io.templates import TEMPLATE_IDS, template_path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("template", TEMPLATE_IDS)
def test_new_writes_the_template_untitled_and_it_validates_clean(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, template: str
) -> None:
    out = tmp_path / "plan.orgdesign"
    code, text, err = _run(capsys, "new", "--template", template, "--out", str(out))
    assert (code, err) == (0, "")
    source = load_design(template_path(template))
    written = load_design(out)
    assert written.metadata.title == "Untitled design"
    assert written.grades == source.grades and written.scenarios == source.scenarios
    assert f"{len(source.grades)} grades" in text
    code, report, _ = _run(capsys, "validate", str(out), "--format", "json")
    assert code == 0
    assert [r["findings"] for r in json.loads(report)["reports"]] == [[]]


def test_new_refuses_an_existing_file_without_force(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "plan.orgdesign"
    out.write_text("mine")
    code, _, err = _run(capsys, "new", "--template", "blank", "--out", str(out))
    assert code == 2 and "exists; give --force" in err
    assert out.read_text() == "mine"
    code, _, err = _run(capsys, "new", "--template", "ministry", "--out", str(out), "--force")
    assert (code, err) == (0, "")
    assert load_design(out).grades[0].name == "Permanent Secretary"


def test_new_names_the_templates_when_given_another(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = _run(capsys, "new", "--template", "city", "--out", str(tmp_path / "x"))
    assert code == 2 and "blank" in err and "ministry" in err
    assert not (tmp_path / "x").exists()


def test_import_into_a_new_design_can_start_from_a_template(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    units = tmp_path / "units.csv"
    units.write_text("id,name,kind,parent,head_grade\nm,Ministry,department,,PS\n")
    out = tmp_path / "imported.orgdesign"
    code, _, err = _run(capsys, "import", str(units), "--template", "ministry", "--out", str(out))
    assert (code, err) == (0, ""), err
    design = load_design(out)
    assert design.grades[0].id == "PS" and design.baseline.units["m"].head_grade == "PS"
