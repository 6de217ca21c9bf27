"""The English templates a module marks for translation, read from its source (for the
language oracles: a translation must not leave a run of a template's words in English)."""

from __future__ import annotations

import ast
from collections.abc import Iterable
from pathlib import Path


def marked_templates(paths: Iterable[Path], contexts: Iterable[str]) -> set[str]:
    """The texts of every ``translate``/``QT_TRANSLATE_NOOP`` call in ``paths`` whose context
    (a literal) is one of ``contexts``."""
    wanted = set(contexts)
    found = set()
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and len(node.args) == 2:
                context, text = node.args
                if (
                    getattr(node.func, "id", None) in ("translate", "QT_TRANSLATE_NOOP")
                    and isinstance(context, ast.Constant)
                    and context.value in wanted
                    and isinstance(text, ast.Constant)
                ):
                    found.add(text.value)
    return found
