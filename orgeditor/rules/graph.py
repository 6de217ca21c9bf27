"""The networkx graph of a scenario: units as nodes, typed edges for every relation.

Edge keys name the relation: ``primary`` (unit -> its parent), ``dual`` and
``dotted`` (source -> target; the key carries the line id), ``backstop``
(field presence -> the unit that backstops it), ``member`` and ``chair``
(unit -> body). The graph is frozen: rules read it and cannot change it.
"""

from __future__ import annotations

from typing import Any, TypeAlias, cast

import networkx as nx

from orgeditor.model import Scenario

PRIMARY = "primary"
DUAL = "dual"
DOTTED = "dotted"
BACKSTOP = "backstop"
MEMBER = "member"
CHAIR = "chair"

UnitGraph: TypeAlias = "nx.MultiDiGraph[str]"
Tree: TypeAlias = "nx.DiGraph[str]"


def build_graph(scenario: Scenario) -> UnitGraph:
    """A frozen multigraph of ``scenario``; edges to unknown units are left out."""
    graph: UnitGraph = nx.MultiDiGraph()
    units = scenario.units
    graph.add_nodes_from(units)
    edges: list[tuple[str, str, str, dict[str, str]]] = []
    for unit in units.values():
        if unit.parent in units:
            edges.append((unit.id, unit.parent, PRIMARY, {"type": PRIMARY}))
        if unit.backstopped_by in units:
            edges.append((unit.id, unit.backstopped_by, BACKSTOP, {"type": BACKSTOP}))
    for line in scenario.lines.values():
        if line.source in units and line.target in units:
            kind = line.kind.value
            edges.append(
                (line.source, line.target, f"{kind}:{line.id}", {"type": kind, "line": line.id})
            )
    for body in scenario.bodies.values():
        if body.unit not in units:
            continue
        if body.chair in units:
            edges.append((body.chair, body.unit, CHAIR, {"type": CHAIR}))
        edges.extend(
            (member, body.unit, MEMBER, {"type": MEMBER})
            for member in body.members
            if member in units
        )
    graph.add_edges_from(cast(Any, edges))  # (u, v, key, data) tuples
    return cast(UnitGraph, nx.freeze(graph))


def primary_tree(graph: UnitGraph) -> Tree:
    """The primary reporting lines as a frozen parent -> child digraph over every unit."""
    tree: Tree = nx.DiGraph()
    tree.add_nodes_from(graph)
    tree.add_edges_from(
        (parent, child) for child, parent, key in graph.edges(keys=True) if key == PRIMARY
    )
    return cast(Tree, nx.freeze(tree))
