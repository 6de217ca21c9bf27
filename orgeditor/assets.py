"""Where the shipped resources and samples are, installed or in a source checkout.

A wheel carries ``resources/`` and ``samples/`` inside the package
(``orgeditor/resources``, ``orgeditor/samples``); a source checkout or an
editable install has them at the top of the repository.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
SAMPLE_SUFFIX = ".orgdesign"


def _folder(name: str) -> Path:
    inside = _PACKAGE / name
    return inside if inside.is_dir() else _PACKAGE.parent / name


def resource(*parts: str) -> Path:
    """The path of a shipped resource, e.g. ``resource("schema", "orgdesign.schema.json")``."""
    return _folder("resources").joinpath(*parts)


def sample_files() -> list[Path]:
    """The bundled sample designs, sorted by file name."""
    return sorted(_folder("samples").glob(f"*{SAMPLE_SUFFIX}"))
