"""GraphML export: valid against the GraphML schema, and read back by networkx."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import xmlschema

from orgeditor.io import load_design
from orgeditor.io.graphml import graphml_bytes, write_graphml
from tests.builders import tiny_design
from tests.conftest import ROOT, UN_SAMPLE

SCHEMA = ROOT / "tests" / "data" / "graphml" / "graphml.xsd"


def test_un_proposal_is_valid_graphml_with_typed_lines(tmp_path: Path) -> None:
    design = load_design(UN_SAMPLE)
    proposal = design.proposals[0]
    out = tmp_path / "un.graphml"
    write_graphml(design, proposal, out)
    xmlschema.XMLSchema(SCHEMA).validate(str(out))
    graph = nx.read_graphml(out, force_multigraph=True)
    assert graph.number_of_nodes() == len(proposal.units)
    kinds = [data["kind"] for _, _, data in graph.edges(data=True)]
    assert kinds.count("primary") == len(proposal.units) - 1
    assert kinds.count("dual") == sum(1 for line in proposal.lines.values() if line.kind == "dual")
    assert graph.nodes["dppa"]["label"] == "DPPA" and graph.nodes["dppa"]["posts"] == 16


def test_the_schema_rejects_a_broken_graph() -> None:
    design = tiny_design()
    data = graphml_bytes(design, design.baseline).decode()
    schema = xmlschema.XMLSchema(SCHEMA)
    assert schema.is_valid(data)
    assert not schema.is_valid(data.replace('target="a"', 'target="nowhere"', 1))


def test_markup_in_names_is_escaped_text() -> None:
    design = tiny_design()
    design.baseline.units["a"].name = '<b>x</b> & <img src="y">'
    data = graphml_bytes(design, design.baseline)
    assert b"&lt;b&gt;x&lt;/b&gt; &amp; &lt;img" in data
    graph = nx.parse_graphml(data.decode())
    assert graph.nodes["a"]["name"] == '<b>x</b> & <img src="y">'
