"""The structured ``citation`` field (issue 21) between the file schema and the model.

Units, lines, bodies and catalogue functions carry one; this module converts it
both ways so ``orgeditor.io.convert`` names it once per element.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from orgeditor.io.schema import CitationFile
from orgeditor.model.citations import Citation, citation_problems

_DEFAULTS: dict[str, object] = {"ref": "", "inferred": False, "reason": ""}


def citation_to_model(doc: CitationFile) -> Citation:
    """The live source of a parsed (and checked) ``citation`` object."""
    return Citation(doc.ref, doc.inferred, doc.reason)


def citation_plain(source: Citation) -> dict[str, Any]:
    """The file form of ``source``: its keys in schema order, without their defaults."""
    values = {"ref": source.ref, "inferred": source.inferred, "reason": source.reason}
    return {k: v for k, v in values.items() if v != _DEFAULTS[k]}


# The Units table's columns of a citation (``orgeditor.io.importing``), and the words
# its "inferred" column takes; an empty cell reads as "no".
CITATION_COLUMNS = ("citation", "citation_inferred", "citation_reason")
_YES, _NO = ("yes", "true", "1", "[i]"), ("", "no", "false", "0", "[s]")


def citation_cells(citation: Citation) -> list[str]:
    """The cells of :data:`CITATION_COLUMNS` for ``citation`` in a Units table."""
    return [citation.ref, "yes" if citation.inferred else "", citation.reason]


def citation_from_cells(row: Mapping[str, str], old: Citation) -> tuple[Citation, list[str]]:
    """The citation a Units row gives (a column left out keeps ``old``'s value), and its
    problems, each prefixed by the column to fix."""
    inferred = old.inferred
    problems = []
    if "citation_inferred" in row:
        word = row["citation_inferred"].strip().lower()
        if word not in _YES + _NO:
            problems.append(f"citation_inferred: write yes or no, not {row['citation_inferred']!r}")
        inferred = word in _YES
    citation = Citation(
        row.get("citation", old.ref), inferred, row.get("citation_reason", old.reason)
    )
    problems += [f"citation: {problem}" for problem in citation_problems(citation)]
    return citation, problems
