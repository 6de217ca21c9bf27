"""Fuzz: mutated design files load as a design or raise DesignFileError, never anything else.

The normal run tries a few dozen mutations of each sample; for a long run::

    pytest tests/core/test_load_fuzz.py --hypothesis-profile=fuzz

A design that loads must also validate, lay out and save again without error.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orgeditor.io import DesignFileError, dumps, loads
from orgeditor.layout import layout_chart
from orgeditor.rules import validate
from tests.builders import tiny_design
from tests.conftest import MINISTRIES_SAMPLE

SOURCES = [dumps(tiny_design()), MINISTRIES_SAMPLE.read_bytes()]
# mostly changes to the document (wrong types, missing parts, dangling ids, cycles), some to bytes
KINDS = ["replace", "replace", "delete", "swap", "swap", "swap", "bytes", "cut", "duplicate"]

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


def _paths(node: Any, here: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a parsed document (each key of each object, each item of each list)."""
    found = [here]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*here, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, (*here, index))
    return found


def _replace(node: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    head, rest = path[0], path[1:]
    copy = dict(node) if isinstance(node, dict) else list(node)
    copy[head] = _replace(node[head], rest, value)
    return copy


def _delete(node: Any, path: tuple[Any, ...]) -> Any:
    if len(path) == 1:
        copy = dict(node) if isinstance(node, dict) else list(node)
        del copy[path[0]]
        return copy
    return _replace(node, path[:1], _delete(node[path[0]], path[1:]))


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    """A sample file with one or a few mutations: to its JSON tree, or to its bytes."""
    data = draw(st.sampled_from(SOURCES))
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(KINDS))
        try:
            tree = json.loads(data)
        except ValueError:
            kind = "bytes"
        if kind in ("replace", "delete", "swap"):
            paths = _paths(tree)
            path = draw(st.sampled_from(paths))
            if kind == "replace" or not path:
                tree = _replace(tree, path, draw(json_values))
            elif kind == "delete":
                tree = _delete(tree, path)
            else:  # give one place the value of another (dangling ids, cycles, wrong types)
                other = draw(st.sampled_from(paths))
                source = tree
                for step in other:
                    source = source[step]
                tree = _replace(tree, path, source)
            data = json.dumps(tree, indent=1).encode()
        elif kind == "duplicate":
            text = data.decode("utf-8", "replace")
            at = text.find('"', draw(st.integers(0, max(len(text) - 1, 0))))
            data = (text[:at] + '"id": "again", ' + text[at:]).encode() if at > 0 else data
        elif kind == "cut":
            data = data[: draw(st.integers(0, len(data)))]
        else:
            at = draw(st.integers(0, len(data)))
            noise = draw(st.binary(max_size=8))
            data = data[:at] + noise + data[at + draw(st.integers(0, 8)) :]
    return data


@settings(deadline=None, suppress_health_check=list(HealthCheck))
@given(mutated())
def test_the_loader_returns_a_design_or_says_what_is_wrong(data: bytes) -> None:
    try:
        design = loads(data, "fuzzed.orgdesign")
    except DesignFileError as error:
        assert str(error).startswith("fuzzed.orgdesign: ")
        return
    for scenario in design.scenarios:  # what loads is sound enough to work with
        validate(design, scenario)
        layout_chart(scenario, grade_rank=design.grade_rank())
    assert loads(dumps(design)) == design
