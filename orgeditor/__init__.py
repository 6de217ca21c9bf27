"""orgeditor: a desktop editor for organisation designs.

The core packages (``model``, ``io``, ``reports`` and the ones that follow) are
pure Python and never import Qt; ``orgeditor.ui`` is the only package that does.

The version has one source, ``pyproject.toml``: a source checkout reads it from
there, an installed package or a bundle from the package metadata built from it.
"""

import tomllib
from importlib import metadata
from pathlib import Path


def _version() -> str:
    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    if pyproject.is_file():  # a source checkout (the tests, an editable install)
        project = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("project", {})
        if project.get("name") == "orgeditor":
            return str(project["version"])
    try:
        return metadata.version("orgeditor")
    except metadata.PackageNotFoundError:
        return "0+unknown"


__version__ = _version()
