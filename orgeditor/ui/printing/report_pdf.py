"""Reports as PDF files of their own: tables (and the cost chart) on pages with a frame."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from orgeditor.layout.pages import PageSetup
from orgeditor.model import Design, Scenario
from orgeditor.reports.table import Table
from orgeditor.reports.tables import report_tables, report_title
from orgeditor.ui.printing.base import PageText, check_folder, pdf_writer
from orgeditor.ui.printing.export import cost_picture
from orgeditor.ui.printing.pdf_text import make_searchable
from orgeditor.ui.printing.render import paint_pages
from orgeditor.ui.printing.tables import Picture, TablePage, plan_table_pages


def write_tables_pdf(
    tables: list[Table],
    title: str,
    out: Path,
    setup: PageSetup,
    subtitle: str = "",
    picture: Picture | None = None,
) -> int:
    """Write the tables as a PDF of their own (a picture first, if given); returns the pages."""
    check_folder(out)
    writer = pdf_writer(out, setup, title)
    pages = plan_table_pages(tables, setup.content)
    if picture is not None:
        pages.insert(0, TablePage([], picture))
    text = PageText(title, subtitle or "tables", date.today().isoformat())
    try:
        paint_pages(writer, [], setup, text, writer.newPage, table_pages=pages)
    except BaseException:
        del writer
        out.unlink(missing_ok=True)
        raise
    del writer  # closes the file
    if not out.exists():
        raise OSError(f"cannot write {out}")
    make_searchable(out)
    return len(pages)


def write_report_pdf(
    design: Design, table: str, scenarios: list[Scenario], out: Path, setup: PageSetup
) -> int:
    """One report (posts, redeployment, costs or changes) as a PDF; returns the page count."""
    names = " and ".join(s.name for s in scenarios[:2])
    more = f" and {len(scenarios) - 2} more" if len(scenarios) > 2 else ""
    picture = cost_picture(design, scenarios) if table == "costs" else None
    tables = report_tables(design, table, scenarios)
    title = report_title(design, table)
    return write_tables_pdf(tables, title, out, setup, names + more, picture)
