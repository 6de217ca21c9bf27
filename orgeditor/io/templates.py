"""The designs a new design starts from: small ``.orgdesign`` files in ``resources/templates``.

Each template is an ordinary design file; its title and description are what
File > New and ``orgeditor-cli new`` show. A new design is the template with
the title "Untitled design" and no description (the provenance stays: it says
what in the template is illustrative).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Final

from orgeditor.assets import resource
from orgeditor.io.files import SUFFIX, load_design
from orgeditor.model import Design

TEMPLATE_IDS: Final = ("blank", "un-secretariat", "ministry")
DEFAULT_TEMPLATE: Final = "blank"
UNTITLED: Final = "Untitled design"


@dataclass(frozen=True)
class Template:
    """One template: its id (the file name's stem), the name and one-line description shown."""

    id: str
    name: str
    description: str

    @property
    def path(self) -> Path:
        """The template's file."""
        return template_path(self.id)


def template_path(template_id: str) -> Path:
    """The file of ``template_id``; raises ``KeyError`` for an id not in ``TEMPLATE_IDS``."""
    if template_id not in TEMPLATE_IDS:
        raise KeyError(template_id)
    return resource("templates", template_id + SUFFIX)


def templates() -> list[Template]:
    """Every template, in the order File > New lists them."""
    found = []
    for template_id in TEMPLATE_IDS:
        meta = load_design(template_path(template_id)).metadata
        found.append(Template(template_id, meta.title, meta.description))
    return found


def design_from_template(template_id: str = DEFAULT_TEMPLATE) -> Design:
    """A new, untitled design made from the template ``template_id``.

    Raises:
        KeyError: there is no such template.
        DesignFileError, OSError: the installed template file is damaged or missing.
    """
    design = load_design(template_path(template_id))
    design.metadata.title = UNTITLED
    design.metadata.description = ""
    return design
