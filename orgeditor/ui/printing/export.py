"""Export a scenario's chart as PDF, SVG or PNG: one entry point for the menu and the CLI."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Literal

from orgeditor.layout.pages import PageSetup, plan_fit, plan_tiles
from orgeditor.model import Design, Scenario

Format = Literal["pdf", "svg", "png"]
Layout = Literal["fit", "tile", "booklet"]


@dataclass(frozen=True)
class ExportOptions:
    """How to export: format, page layout, paper, tile scale, PNG resolution, DRAFT mark."""

    format: Format = "pdf"
    layout: Layout = "fit"
    setup: PageSetup = field(default_factory=PageSetup)
    scale: float = 0.75
    dpi: int = 150
    draft: bool = False


def ensure_application() -> None:
    """A QApplication for drawing, offscreen when there is no display (batch jobs, CI)."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        QApplication(["orgeditor-export"])


def export_chart(design: Design, scenario: Scenario, out: Path, options: ExportOptions) -> int:
    """Write the chart of ``scenario`` to ``out``; returns the number of pages (1 for images).

    Raises:
        OSError: the file cannot be written.
        ValueError: options that cannot work (a bad scale, an unknown paper).
    """
    folder = out.resolve().parent
    if not folder.is_dir():
        raise FileNotFoundError(f"the folder {folder} does not exist")
    if not os.access(folder, os.W_OK):
        raise PermissionError(f"the folder {folder} is not writable")
    ensure_application()
    from orgeditor.ui.printing.render import (
        PageText,
        booklet_charts,
        paper_chart,
        write_booklet_pdf,
        write_pdf,
        write_png,
        write_svg,
    )

    title = design.metadata.title
    text = PageText(title, scenario.name, date.today().isoformat(), options.draft)
    if options.format == "pdf" and options.layout == "booklet":
        pages = booklet_charts(design, scenario, options.setup)
        write_booklet_pdf(pages, options.setup, text, out)
        return len(pages)
    chart = paper_chart(design, scenario)
    if options.format == "png":
        write_png(chart, out, options.dpi)
        return 1
    if options.format == "svg":
        write_svg(chart, out, f"{title} — {scenario.name}")
        return 1
    if options.layout == "tile":
        plans = plan_tiles(chart.bounds, options.setup, options.scale, occupied=chart.boxes)
    else:
        plans = plan_fit(chart.bounds, options.setup)
    write_pdf(chart, plans, options.setup, text, out)
    if not out.exists():
        raise OSError(f"cannot write {out}")
    return len(plans)
