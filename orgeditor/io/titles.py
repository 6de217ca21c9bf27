"""The title a design file shows in lists (the start page, File > Open Sample)."""

from __future__ import annotations

import json
from pathlib import Path


def design_title(path: Path) -> str:
    """The design's own title (``metadata.title``); the file's stem if it has none or is unreadable.

    Only the title is read: the file is checked in full when it is opened.
    """
    try:
        with path.open(encoding="utf-8") as stream:
            data = json.load(stream)
        title = data.get("metadata", {}).get("title", "") if isinstance(data, dict) else ""
    except (OSError, ValueError, AttributeError):
        title = ""
    return title.strip() if isinstance(title, str) and title.strip() else path.stem
