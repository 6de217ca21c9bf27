"""Packaging: every package is listed, and a built wheel carries resources and samples."""

from __future__ import annotations

import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())


def test_every_python_package_is_listed_in_pyproject() -> None:
    on_disk = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "orgeditor").rglob("__init__.py")
    }
    listed = set(PYPROJECT["tool"]["setuptools"]["packages"])
    assert on_disk <= listed, f"add to [tool.setuptools] packages: {sorted(on_disk - listed)}"


def test_pyside_is_pinned_below_6_12() -> None:
    pins = [d for d in PYPROJECT["project"]["dependencies"] if d.lower().startswith("pyside6")]
    assert pins and all("<6.12" in pin for pin in pins), pins


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return next(out.glob("orgeditor-*.whl"))


def test_wheel_carries_resources_and_samples(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for expected in [
        "orgeditor/resources/schema/orgdesign.schema.json",
        "orgeditor/resources/schema/FORMAT.md",
        "orgeditor/resources/icons/orgeditor.svg",
        "orgeditor/resources/orgeditor.desktop",
        "orgeditor/resources/templates/blank.orgdesign",
        "orgeditor/resources/templates/un-secretariat.orgdesign",
        "orgeditor/resources/templates/ministry.orgdesign",
        "orgeditor/resources/i18n/app_zh.ts",  # the interface's translations (issue 19)
        "orgeditor/resources/i18n/app_ar.ts",
        "orgeditor/samples/un-peace-security-2017.orgdesign",
        "orgeditor/samples/ministries-merger.orgdesign",
        "orgeditor/samples/city-development-services.orgdesign",
        "orgeditor/cli.py",
        "orgeditor/ui/main_window.py",
    ]:
        assert expected in names
    assert not any("recipes" in name for name in names)


def test_an_installed_wheel_finds_its_resources(wheel: Path, tmp_path: Path) -> None:
    zipfile.ZipFile(wheel).extractall(tmp_path / "site")
    probe = (
        "import orgeditor.assets as a; "
        "print(a.resource('schema', 'orgdesign.schema.json').is_file(), "
        "[p.name for p in a.sample_files()], a.__file__); "
        "import orgeditor.io.templates as t; print([x.name for x in t.templates()])"
    )
    result = subprocess.run(
        [
            sys.executable,
            "-I",
            "-c",
            f"import sys; sys.path.insert(0, {str(tmp_path / 'site')!r}); {probe}",
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
        check=True,
    )
    assert result.stdout.startswith(
        "True ['city-development-services.orgdesign', 'ministries-merger.orgdesign', "
        "'un-peace-security-2017.orgdesign']"
    )
    assert str(tmp_path / "site") in result.stdout
    assert result.stdout.splitlines()[1] == "['Blank', 'UN Secretariat', 'National ministry']"
