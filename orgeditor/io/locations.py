"""Make a JSON path readable: name the scenario, unit or post it points into."""

from __future__ import annotations

import re
from typing import Any

_STEP = re.compile(r"\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]")
_ITEM = {
    "scenarios": "scenario",
    "units": "unit",
    "posts": "post",
    "lines": "line",
    "bodies": "body",
    "grades": "grade",
    "funding_sources": "funding source",
    "regions": "region",
    "functions": "function",
    "department_roles": "department role",
}


def describe(location: str, raw: Any) -> str:
    """``$.scenarios[0].units[3].parent`` -> the same, plus ``(scenario 'x', unit 'y')``.

    ``raw`` is the parsed JSON of the file; steps that cannot be followed are
    left as they are.
    """
    names: list[str] = []
    node, field = raw, ""
    for match in _STEP.finditer(location):
        key, index = match.group(1), match.group(2)
        if key is not None:
            node = node.get(key) if isinstance(node, dict) else None
            field = key
        else:
            node = node[int(index)] if isinstance(node, list) and int(index) < len(node) else None
            if field in _ITEM and isinstance(node, dict):
                ident = node.get("id", node.get("unit"))
                if isinstance(ident, str):
                    names.append(f"{_ITEM[field]} {ident!r}")
    return f"{location} ({', '.join(names)})" if names else location
