"""ui/printing has a bottom module and no import circle: every import is at the top."""

from __future__ import annotations

import ast
from graphlib import CycleError, TopologicalSorter
from pathlib import Path

import orgeditor.ui.printing as printing

PACKAGE = Path(printing.__file__).parent
PREFIX = "orgeditor.ui.printing."


def _modules() -> dict[str, ast.Module]:
    return {p.stem: ast.parse(p.read_text()) for p in sorted(PACKAGE.glob("*.py"))}


def test_every_import_is_at_the_top_of_its_module() -> None:
    late = []
    for name, tree in _modules().items():
        top = set(map(id, tree.body))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom) and id(node) not in top:
                late.append(f"{name}.py:{node.lineno}")
    assert late == []


def test_the_modules_import_each_other_without_a_circle_from_a_bottom() -> None:
    graph: dict[str, set[str]] = {}
    for name, tree in _modules().items():
        graph[name] = {
            node.module.removeprefix(PREFIX)
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(PREFIX)
        }
    try:
        order = list(TopologicalSorter(graph).static_order())
    except CycleError as error:
        raise AssertionError(f"import circle: {error.args[1]}") from None
    assert graph["base"] == set()  # the bottom imports none of its siblings
    assert order.index("base") < order.index("render") < order.index("export")
