"""Booklet planning: pages along the tree, with references that point at the right page."""

from __future__ import annotations

from orgeditor.io import load_design
from orgeditor.layout import LayoutOptions
from orgeditor.layout.booklet import plan_booklet, subtree_scenario
from orgeditor.layout.pages import PageSetup
from tests.conftest import UN_SAMPLE


def _booklet():  # type: ignore[no-untyped-def]
    design = load_design(UN_SAMPLE)
    proposal = design.find_scenario("A/72/525")
    booklet = plan_booklet(
        proposal, PageSetup("A4"), LayoutOptions(card_height=96), 0.6, design.grade_rank()
    )
    return proposal, booklet


def test_every_unit_is_drawn_and_each_page_continues_where_it_says() -> None:
    proposal, booklet = _booklet()
    assert booklet.pages[0].root == "sg"
    drawn = {u for page in booklet.pages for u in page.drawn}
    assert drawn == set(proposal.units)
    for page in booklet.pages:
        for unit_id in page.collapsed:
            target = booklet.pages[booklet.page_of[unit_id] - 1]
            assert target.root == unit_id and target.number > page.number
        notes = booklet.notes(proposal, page)
        for unit_id in page.collapsed:
            assert notes[unit_id].startswith(f"continued on p. {booklet.page_of[unit_id]}")


def test_lines_to_other_pages_name_their_other_end() -> None:
    proposal, booklet = _booklet()
    page = next(p for p in booklet.pages if p.root == "pbso")
    assert booklet.notes(proposal, page)["fpb"] == "dotted line to EOSG p. 1"


def test_a_small_organisation_is_one_page() -> None:
    design = load_design(UN_SAMPLE)
    proposal = design.find_scenario("A/72/525")
    small = subtree_scenario(proposal, "orolsi")
    booklet = plan_booklet(small, PageSetup("A4"), LayoutOptions(), 0.6)
    assert len(booklet.pages) == 1 and not booklet.pages[0].collapsed
    assert set(booklet.pages[0].drawn) == set(small.units)
