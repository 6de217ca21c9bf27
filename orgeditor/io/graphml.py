"""GraphML export of a scenario, for yEd, Gephi and other graph tools.

Nodes are units with their key attributes (name, kind, head grade, posts,
annual cost, department); edges run from a unit to the units that report to
it, typed ``primary``, ``dual`` or ``dotted``. Texts are XML-escaped by the
writer; the file is written atomically.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import networkx as nx

from orgeditor.io.files import write_atomically
from orgeditor.model import Design, Scenario
from orgeditor.model.costs import cost_rates, post_cost
from orgeditor.model.text import xml_text


def scenario_graph(design: Design, scenario: Scenario) -> nx.MultiDiGraph[str]:
    """The scenario as a graph whose attributes are all strings or integers (GraphML types)."""
    rates = cost_rates(design)
    posts: dict[str, int] = dict.fromkeys(scenario.units, 0)
    costs: dict[str, int] = dict.fromkeys(scenario.units, 0)
    for post in scenario.posts.values():
        if post.unit in posts:
            posts[post.unit] += 1
            costs[post.unit] += post_cost(rates, post, scenario) or 0
    departments = scenario.departments()
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph(
        name=xml_text(scenario.name), scenario=scenario.id
    )
    for unit in scenario.units.values():
        department = departments.get(unit.id)
        texts = {
            "label": unit.label,
            "name": unit.name,
            "kind": unit.kind.value,
            "head_grade": unit.head_grade,
            "region": unit.region,
            "department": scenario.units[department].label if department else None,
        }
        present = {key: xml_text(value) for key, value in texts.items() if value}
        graph.add_node(unit.id, **present, posts=posts[unit.id], annual_cost=costs[unit.id])
    for unit in scenario.units.values():
        if unit.parent in scenario.units:
            graph.add_edge(
                unit.parent, unit.id, key=f"reports:{unit.id}", kind="primary", caption=""
            )
    for line in scenario.lines.values():
        if line.source in scenario.units and line.target in scenario.units:
            caption = {"caption": xml_text(line.caption)} if line.caption else {}
            graph.add_edge(line.target, line.source, key=line.id, kind=line.kind.value, **caption)
    return graph


def graphml_bytes(design: Design, scenario: Scenario) -> bytes:
    """The GraphML document of :func:`scenario_graph`."""
    buffer = io.BytesIO()
    nx.write_graphml(scenario_graph(design, scenario), buffer, encoding="utf-8", prettyprint=True)
    return buffer.getvalue()


def write_graphml(design: Design, scenario: Scenario, path: str | os.PathLike[str]) -> None:
    """Write the scenario's GraphML to ``path`` atomically."""
    write_atomically(Path(path), graphml_bytes(design, scenario))
