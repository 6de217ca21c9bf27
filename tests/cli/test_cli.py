"""orgeditor-cli in process: outputs, JSON shape, exit codes, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from orgeditor import cli
from orgeditor.assets import resource
from tests.conftest import MINISTRIES_SAMPLE, ROOT, UN_SAMPLE


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_summary_text_lists_the_three_scenarios(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "summary", str(UN_SAMPLE))
    assert code == 0 and err == ""
    assert out.index("Baseline: As-is 2017") < out.index("Proposal: A/72/525")
    assert "Proposal: As approved, res. 72/262 C  [res-72-262c]" in out
    assert "Regular budget (RB)" in out and "Peacekeeping support account (SA)" in out
    assert out.count("Posts by grade and funding source") == 3
    totals = [
        line.split()
        for line in out.splitlines()
        if line.strip().startswith("Total") and "," in line
    ]
    assert totals[0] == ["Total", "109,470,000"]
    assert totals[1:] == [["Total", "109,470,000", "0"]] * 2


def test_summary_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "summary", str(UN_SAMPLE), "--format", "json")
    assert code == 0
    document = json.loads(out)
    assert document["file"] == str(UN_SAMPLE)
    scenarios = document["scenarios"]
    assert [s["kind"] for s in scenarios] == ["baseline", "proposal", "proposal"]
    assert [s["id"] for s in scenarios] == ["as-is-2017", "a-72-525", "res-72-262c"]
    for item in scenarios:
        assert {
            "id",
            "name",
            "kind",
            "units",
            "posts",
            "posts_by_grade",
            "cost_by_funding",
            "cost_total",
        } <= set(item)
        assert item["cost_by_funding"] == scenarios[0]["cost_by_funding"]
        assert item["cost_total"] == sum(item["cost_by_funding"].values())
        assert sum(item["posts_by_grade"].values()) == item["posts"] == 650
    assert list(scenarios[0]["posts_by_grade"])[:3] == ["USG", "ASG", "D-2"]


def test_summary_of_the_non_un_sample(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "summary", str(MINISTRIES_SAMPLE), "--format", "json")
    assert code == 0
    assert json.loads(out)["currency"] == "EUR"


def test_schema_prints_the_shipped_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "schema")
    assert code == 0
    assert out == resource("schema", "orgdesign.schema.json").read_text()


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"{not json", "not valid JSON"),
        (b"", "the file is empty"),
        (b'{"format": "orgeditor-design", "schema_version": 99}', "written by a newer orgeditor"),
        (b"\x00\x01\x02binary", "this is a binary file"),
    ],
)
def test_bad_files_give_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "bad.orgdesign"
    path.write_bytes(content)
    code, out, err = _run(capsys, "summary", str(path))
    assert code == 2 and out == ""
    assert err.startswith(f"orgeditor-cli: error: {path}: ")
    assert expected in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_a_missing_file_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = _run(capsys, "summary", str(tmp_path / "nope.orgdesign"))
    assert code == 2
    assert (
        err == f"orgeditor-cli: error: cannot read {tmp_path / 'nope.orgdesign'}: "
        "No such file or directory\n"
    )


@pytest.mark.parametrize(
    "argv", [[], ["frobnicate"], ["summary"], ["summary", "x", "--format", "xml"]]
)
def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    code, _, err = _run(capsys, *argv)
    assert code == 2
    assert "usage: orgeditor-cli" in err


def test_an_internal_error_is_one_line_and_exit_3(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_: object) -> str:
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(cli, "summary_text", broken)
    code, _, err = _run(capsys, "summary", str(UN_SAMPLE))
    assert code == 3
    assert err.startswith("orgeditor-cli: internal error: ZeroDivisionError: boom")
    assert "Traceback" not in err
    code, _, err = _run(capsys, "--debug", "summary", str(UN_SAMPLE))
    assert "Traceback" in err


def test_installed_console_script_runs() -> None:
    result = subprocess.run(
        [Path(sys.executable).with_name("orgeditor-cli"), "summary", str(UN_SAMPLE)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "Proposal: A/72/525" in result.stdout


def test_python_dash_m_orgeditor_knows_its_version() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "orgeditor", "--version"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode == 0
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert result.stdout.strip() == f"orgeditor {project['version']}"


def test_validate_checks_every_proposal_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "validate", str(UN_SAMPLE))
    assert code == 0 and err == ""
    assert "A/72/525  [a-72-525, proposal]: 0 errors, 0 warnings, 0 info" in out
    assert "As approved, res. 72/262 C  [res-72-262c, proposal]" in out
    assert "As-is 2017" not in out


def test_validate_all_adds_the_baseline_and_fails_on_its_errors(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = _run(capsys, "validate", str(UN_SAMPLE), "--all")
    assert code == 1
    baseline = out.split("\n\n")[1]
    assert baseline.startswith("As-is 2017  [as-is-2017, baseline]: 8 errors, 0 warnings, 0 info")
    assert "    REGION-ENTRY          Region Africa has 4 entry points:" in baseline
    assert "  Not checked\n    COST-TOTAL            it compares a proposal" in baseline


def test_validate_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(
        capsys, "validate", str(UN_SAMPLE), "--scenario", "As-is 2017", "--format", "json"
    )
    assert code == 1
    document = json.loads(out)
    assert document["file"] == str(UN_SAMPLE)
    [report] = document["reports"]
    assert report["scenario"] == "as-is-2017"
    assert report["counts"] == {"error": 8, "warning": 0, "info": 0}
    finding = report["findings"][2]
    assert set(finding) >= {"rule", "severity", "message", "units", "posts", "fix", "no_fix"}
    assert finding["rule"] == "GOV-SPG"
    assert finding["fix"]["action"] == "create-body"
    assert finding["fix"]["params"]["members"] == ["dpa", "dpko"]
    finding = report["findings"][3]
    assert finding["rule"] == "REGION-ENTRY" and finding["fix"] is None
    assert finding["no_fix"].startswith("MINUSCA, MINUSMA, MONUSCO, UNAMID and UNISFA … are")


@pytest.mark.parametrize(("fail_on", "expected"), [("error", 0), ("warning", 1), ("info", 1)])
def test_fail_on_sets_the_threshold(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, fail_on: str, expected: int
) -> None:
    from orgeditor.io import load_design, save_design

    design = load_design(UN_SAMPLE)
    design.rules.max_span = 25  # a warning on DPPA's span in both proposals
    path = tmp_path / "span.orgdesign"
    save_design(design, path)
    code, out, _ = _run(capsys, "validate", str(path), "--fail-on", fail_on)
    assert code == expected
    assert "STRUCT-SPAN" in out


def test_validate_an_unknown_scenario_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "validate", str(UN_SAMPLE), "--scenario", "Plan B")
    assert code == 2 and out == ""
    assert err.startswith("orgeditor-cli: error: no scenario 'Plan B'; the design has: as-is-2017")


def test_scenario_and_all_exclude_each_other(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "validate", str(UN_SAMPLE), "--all", "--scenario", "x")
    assert code == 2 and "not allowed with argument" in err


def test_rules_lists_the_catalogue(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "rules")
    assert code == 0
    assert out.startswith("COST-TOTAL  (error)  Total cost equals the baseline\n")
    assert out.count("Source:") == 20  # issue 21 added five rules for a reform's promises
    for rule in ["STRUCT-KEEP-TOGETHER", "GRADE-HEAD", "LEAD-CHART", "REGION-DUAL-CONDITION"]:
        assert f"\n{rule}  (error)" in out
    assert "\nREGION-SPREAD  (error)  Regional entry points are spread" in out
    code, out, _ = _run(capsys, "rules", "--format", "json")
    assert [r["id"] for r in json.loads(out)][-1] == "GOV-PBF-LINK"


def test_diff_text_json_and_csv(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(
        capsys, "diff", str(UN_SAMPLE), "--from", "as-is-2017", "--to", "a-72-525"
    )
    assert code == 0 and err == ""
    # 6 new units (SPG, the regional structure, DOS, DMSPC, and from issue 21 the Management
    # Client Board and the regional ASGs' coordination mechanism); 12 succeed baseline units
    # (DPPA, DPO, 6 regional divisions, 3 ASG offices, OCSS), 15 are succeeded, 2 go.
    assert "6 added, 12 succeeding earlier units, 47 moved" in out
    assert "15 succeeded by later units, 2 abolished" in out
    # redeployed: 7 to PBSO, the 2 DPA ASGs to ASG offices, 4 DPKO division D-2s
    assert (
        "posts: 13 redeployed to another unit, "
        "283 continuing with their unit in another department" in out
    )
    code, out, _ = _run(capsys, "diff", str(UN_SAMPLE), "--format", "json")
    document = json.loads(out)
    assert document["from"]["id"] == "as-is-2017" and document["to"]["id"] == "a-72-525"
    assert document["counts"]["posts"] == {"redeployed": 13, "moved with its unit": 283}
    [pmd] = [u for u in document["units"] if u["id"] == "pmd"]
    assert pmd["action"] == "moved" and pmd["after"]["department"] == "dppa"
    assert pmd["before"]["department"] == "dpa"
    code, out, _ = _run(capsys, "diff", str(UN_SAMPLE), "--format", "csv")
    assert out.splitlines()[0] == "Kind,Id,Name,Change,From,To"
    code, _, err = _run(capsys, "diff", str(UN_SAMPLE), "--to", "nope")
    assert code == 2 and "nope" in err


@pytest.mark.parametrize("table", ["posts", "redeployment", "costs", "changes", "sources"])
@pytest.mark.parametrize("fmt", ["csv", "xlsx", "html", "pdf"])
def test_report_writes_every_table_in_every_format(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, table: str, fmt: str
) -> None:
    out = tmp_path / f"r.{fmt}"
    code, text, err = _run(capsys, "report", str(UN_SAMPLE), "--table", table, "--out", str(out))
    assert code == 0, err
    assert text.startswith(f"wrote {out}") and out.stat().st_size > 0


def test_report_pdf_has_the_tables_as_text(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from pypdf import PdfReader

    out = tmp_path / "posts.pdf"
    assert _run(capsys, "report", str(UN_SAMPLE), "--table", "posts", "--out", str(out))[0] == 0
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(out).pages]
    assert "Posts by unit: As-is 2017 and A/72/525" in pages[0] and "Page 1 of" in pages[0]
    assert "109,470,000" in pages[-1]
    # the title (continued) and the header repeat on every page
    assert all("Unit id" in page for page in pages)
    assert all("(continued)" in page for page in pages[1:])


def test_template_then_import_into_a_new_design(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, _ = _run(capsys, "template", "--out", str(tmp_path / "t.csv"))
    assert code == 0 and "t-units.csv" in out and "t-posts.csv" in out
    units = tmp_path / "t-units.csv"
    units.write_text(
        units.read_text("utf-8-sig") + "org,My organisation,office,,,,,,,,,,,,\n"
        "ops,Operations,division,org,OPS,D-1,,,,,,,,,\n",
        encoding="utf-8",
    )
    posts = tmp_path / "t-posts.csv"
    posts.write_text(posts.read_text("utf-8-sig") + "p1,ops,P-4,RB,Officer\n", encoding="utf-8")
    new = tmp_path / "new.orgdesign"
    code, out, err = _run(capsys, "import", str(units), str(posts), "--out", str(new))
    assert code == 0, err
    assert "2 units (+2) and 1 posts (+1)" in out
    code, out, _ = _run(capsys, "summary", str(new))
    assert "2 units, 1 posts" in out


def test_import_lists_every_bad_row_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "u.csv"
    bad.write_text("id,name,kind,parent\nx,X,dept,\ny,,unit,x\n", encoding="utf-8")
    out = tmp_path / "new.orgdesign"
    code, _, err = _run(capsys, "import", str(bad), "--out", str(out))
    assert code == 2 and not out.exists()
    assert "Units row 2: unknown kind 'dept'" in err and "Units row 3: name is empty" in err


def test_export_graphml(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out = tmp_path / "un.graphml"
    code, text, _ = _run(capsys, "export", str(UN_SAMPLE), "--out", str(out))
    assert code == 0 and "GraphML" in text
    assert b'<graphml xmlns="http://graphml.graphdrawing.org/xmlns"' in out.read_bytes()


def test_export_pdf_with_table_pages(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from pypdf import PdfReader

    out = tmp_path / "chart.pdf"
    argv = ["export", str(UN_SAMPLE), "--out", str(out), "--tables", "redeployment", "costs"]
    code, text, err = _run(capsys, *argv)
    assert code == 0, err
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(out).pages]
    assert text == f"wrote {out} ({len(pages)} pages, A/72/525)\n"
    assert "DPPA" in pages[0] and "Post redeployment" not in pages[0]
    assert "Post redeployment: As-is 2017 to A/72/525" in pages[1]
    assert any("Accounting for every post and cost" in p for p in pages)
    assert any("Posts by grade" in p and "Annual cost by funding source" in p for p in pages)
    assert all(f"Page {i + 1} of {len(pages)}" in p for i, p in enumerate(pages))


def test_generate_writes_a_valid_design_and_faults_on_request(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "g.orgdesign"
    code, text, err = _run(capsys, "generate", "--units", "300", "--seed", "4", "--out", str(out))
    assert code == 0, err
    assert text.startswith(f"wrote {out}: 29")  # about 300 units
    assert _run(capsys, "validate", str(out))[0] == 0
    first = out.read_bytes()
    _run(capsys, "generate", "--units", "300", "--seed", "4", "--out", str(out))
    assert out.read_bytes() == first  # same size and seed, same file
    bad = tmp_path / "bad.orgdesign"
    code, text, _ = _run(capsys, "generate", "--units", "300", "--faults", "5", "--out", str(bad))
    assert code == 0 and text.count("  fault ") == 5
    code, text, _ = _run(capsys, "validate", str(bad), "--format", "json")
    rules = {f["rule"] for r in json.loads(text)["reports"] for f in r["findings"]}
    assert code == 1
    assert {"COST-TOTAL", "REGION-ENTRY", "REGION-DUAL", "FUNC-HOME", "LEAD-DEPT"} <= rules
    code, _, err = _run(capsys, "generate", "--units", "5", "--out", str(out))
    assert code == 2 and "--units must be between" in err


def test_edge_cases_end_in_one_line_errors_or_work(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    header = tmp_path / "t-units.csv"
    header.write_text("id,name,kind\n", encoding="utf-8")
    code, _, err = _run(capsys, "import", str(header), "--out", str(tmp_path / "x.orgdesign"))
    assert code == 2 and "changes nothing" in err and "t-units.csv" in err
    code, _, err = _run(capsys, "template", "--out", str(tmp_path))
    assert code == 2 and "give --out NAME.xlsx or NAME.csv" in err
    blank = tmp_path / "blank.orgdesign"
    from orgeditor.io import save_design
    from orgeditor.io.templates import design_from_template

    save_design(design_from_template("un-secretariat"), blank)
    code, _, err = _run(capsys, "export", str(blank), "--out", str(tmp_path / "b.graphml"))
    assert code == 0, err
    assert _run(capsys, "validate", str(blank))[0] == 0


def test_big_files_report_progress_on_stderr(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "BIG_FILE_BYTES", 1000)
    monkeypatch.setattr(cli, "BIG_DESIGN_UNITS", 10)
    code, out, err = _run(capsys, "validate", str(UN_SAMPLE))
    assert code == 0
    assert err.startswith(f"orgeditor-cli: reading {UN_SAMPLE} (")
    assert "orgeditor-cli: checking A/72/525…" in err
    assert "checking" not in out and "reading" not in out
