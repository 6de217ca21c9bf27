"""Reading printed PDFs back independently: text sizes (pypdf), word boxes and ink (poppler)."""

from __future__ import annotations

import math
import re
import subprocess
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtGui import QImage


def text_sizes(path: Path) -> list[list[tuple[str, float]]]:
    """Per page, each piece of text with its size in points (font size x text and page matrices)."""
    pages = []
    for page in PdfReader(path).pages:
        found: list[tuple[str, float]] = []
        page.extract_text(visitor_text=lambda *args, into=found: _visit(into, *args))
        pages.append(found)
    return pages


def _visit(
    into: list[tuple[str, float]],
    text: str,
    cm: list[float],
    tm: list[float],
    font: object,
    size: float,
) -> None:
    """Keep a piece of text with its size: the font size scaled by both matrices."""
    if text.strip():
        scale = abs((tm[0] * tm[3] - tm[1] * tm[2]) * (cm[0] * cm[3] - cm[1] * cm[2]))
        into.append((text.strip(), size * math.sqrt(scale)))


def word_heights(path: Path) -> list[tuple[str, float]]:
    """Every word on every page with the height of its box, from ``pdftotext -bbox``."""
    html = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    pattern = r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>'
    return [(word, float(y1) - float(y0)) for y0, y1, word in re.findall(pattern, html)]


def page_images(path: Path, folder: Path, dpi: int = 30) -> list[QImage]:
    """Each page rendered by poppler (``pdftoppm``), as images."""
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(dpi), str(path), str(folder / "page")], check=True
    )
    return [QImage(str(p)) for p in sorted(folder.glob("page-*.png"))]


def ink(image: QImage, left: float, top: float, right: float, bottom: float) -> int:
    """Pixels darker than light grey, or coloured, inside the given fractions of the image."""
    count = 0
    for y in range(int(image.height() * top), int(image.height() * bottom)):
        for x in range(int(image.width() * left), int(image.width() * right)):
            colour = image.pixelColor(x, y)
            if colour.lightness() < 200 or colour.hslSaturation() > 80:
                count += 1
    return count
