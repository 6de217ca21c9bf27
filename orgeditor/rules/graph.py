"""The networkx graph of a scenario: units as nodes, typed edges for every relation.

Edge keys name the relation: ``primary`` (unit -> its parent), ``dual:<line id>``
and ``dotted:<line id>`` (source -> target), ``backstop``
(field presence -> the unit that backstops it), ``member`` and ``chair``
(unit -> body). The graph is frozen: rules read it and cannot change it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypeAlias, cast

import networkx as nx

from orgeditor.model import Scenario
from orgeditor.perf import paused_gc

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
    edges: list[tuple[str, str, str]] = [
        (unit.id, unit.parent, PRIMARY) for unit in units.values() if unit.parent in units
    ]
    edges += [
        (unit.id, unit.backstopped_by, BACKSTOP)
        for unit in units.values()
        if unit.backstopped_by is not None and unit.backstopped_by in units
    ]
    edges += [
        (line.source, line.target, f"{line.kind.value}:{line.id}")
        for line in scenario.lines.values()
        if line.source in units and line.target in units
    ]
    for body in scenario.bodies.values():
        if body.unit in units:
            if body.chair is not None and body.chair in units:
                edges.append((body.chair, body.unit, CHAIR))
            edges += [(m, body.unit, MEMBER) for m in body.members if m in units]
    graph.add_edges_from(cast(Any, edges))  # (u, v, key) triples: the key names the type
    return cast(UnitGraph, nx.freeze(graph))


def primary_tree(scenario: Scenario) -> Tree:
    """The primary reporting lines as a frozen parent -> child digraph over every unit."""
    tree: Tree = nx.DiGraph()
    units = scenario.units
    tree.add_nodes_from(units)
    tree.add_edges_from((u.parent, u.id) for u in units.values() if u.parent in units)
    return cast(Tree, nx.freeze(tree))


@dataclass(frozen=True)
class ScenarioGraphs:
    """What the rules read: every relation as a multigraph, and the primary tree.

    An editor can keep one per scenario and pass it to ``validate`` to save
    rebuilding both after every edit.
    """

    relations: UnitGraph
    tree: Tree

    @classmethod
    def of(cls, scenario: Scenario) -> ScenarioGraphs:
        """Both graphs of ``scenario``."""
        with paused_gc():
            return cls(build_graph(scenario), primary_tree(scenario))
