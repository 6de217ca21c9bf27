"""The core never imports Qt: import every core module with PySide6 blocked, then run the CLI."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from tests.conftest import ROOT, UN_SAMPLE

SCRIPT = textwrap.dedent(
    """
    import importlib, pkgutil, sys
    sys.modules["PySide6"] = None  # any "import PySide6..." now raises ImportError
    import orgeditor
    names = [m.name for m in pkgutil.walk_packages(orgeditor.__path__, "orgeditor.")
             if not m.name.startswith(("orgeditor.ui", "orgeditor.__main__"))]
    for name in names:
        importlib.import_module(name)
    assert "orgeditor.io.files" in names and "orgeditor.cli" in names, names
    from orgeditor.cli import main
    code = main(["summary", sys.argv[1], "--format", "json"])
    qt = sorted(name for name, module in sys.modules.items()
                if name.startswith(("PySide6", "shiboken6")) and module is not None)
    print("imported", len(names), "modules; exit", code, "; qt", qt)
    sys.exit(code or (1 if qt else 0))
    """
)


def test_core_and_cli_run_with_pyside_blocked() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(UN_SAMPLE)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert '"kind": "baseline"' in result.stdout
    assert "; qt []" in result.stdout
