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


def relation_edges(scenario: Scenario) -> list[tuple[str, str, str]]:
    """Every relation of ``scenario`` as (from, to, key); edges to unknown units are left out."""
    units = scenario.units
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
    return edges


def build_graph(scenario: Scenario) -> UnitGraph:
    """A frozen multigraph of ``scenario``."""
    graph: UnitGraph = nx.MultiDiGraph()
    graph.add_nodes_from(scenario.units)
    graph.add_edges_from(cast(Any, relation_edges(scenario)))  # the key names the type
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


class GraphKeeper:
    """Keeps one scenario's graphs up to date across edits, changing only what changed.

    Rebuilding the graphs costs more than checking them (50 ms at 10,000 units);
    working out the edges is cheap, so :meth:`graphs` compares them with the
    previous ones and applies the difference. The graphs it returns are for
    reading: the next call changes them in place.
    """

    def __init__(self) -> None:
        self._reset(None)

    def _reset(self, scenario_id: str | None) -> None:
        self._scenario = scenario_id
        self._nodes: set[str] = set()
        self._edges: set[tuple[str, str, str]] = set()
        self._relations: UnitGraph = nx.MultiDiGraph()
        self._tree: Tree = nx.DiGraph()

    def graphs(self, scenario: Scenario) -> ScenarioGraphs:
        """The graphs of ``scenario`` as it is now."""
        with paused_gc():
            if scenario.id != self._scenario:
                self._reset(scenario.id)
            nodes = set(scenario.units)
            edges = set(relation_edges(scenario))
            gone_nodes, new_nodes = self._nodes - nodes, nodes - self._nodes
            gone_edges, new_edges = self._edges - edges, edges - self._edges
            self._relations.remove_edges_from(cast(Any, list(gone_edges)))
            self._relations.remove_nodes_from(gone_nodes)
            self._relations.add_nodes_from(scenario.units if not self._nodes else new_nodes)
            self._relations.add_edges_from(cast(Any, list(new_edges)))
            self._tree.remove_edges_from([(b, a) for a, b, key in gone_edges if key == PRIMARY])
            self._tree.remove_nodes_from(gone_nodes)
            self._tree.add_nodes_from(scenario.units if not self._nodes else new_nodes)
            self._tree.add_edges_from([(b, a) for a, b, key in new_edges if key == PRIMARY])
            self._nodes, self._edges = nodes, edges
            return ScenarioGraphs(self._relations, self._tree)
