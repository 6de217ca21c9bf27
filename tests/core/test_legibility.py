"""The smallest text a print shows, legible proposals, and tiles that never print blank."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orgeditor.io import load_design
from orgeditor.layout.geometry import Box
from orgeditor.layout.legibility import (
    default_choice,
    estimate,
    larger_papers,
    printed_areas,
    proposals,
    tile_layout,
)
from orgeditor.layout.pages import PageSetup, plan_tiles
from orgeditor.layout.text_sizes import LEGIBLE_PT, legible_scale, smallest_text_pt
from tests.conftest import UN_SAMPLE

DESIGN = load_design(UN_SAMPLE)
PROPOSAL = DESIGN.find_scenario("A/72/525")
RANK = DESIGN.grade_rank()
WITH_LEGEND = PageSetup("A4", legend_mm=15.0)


def test_the_smallest_text_follows_the_scale_and_the_page_text() -> None:
    assert smallest_text_pt(0.5, legend=False) == pytest.approx(4.0)  # 8 px names at 50%
    assert smallest_text_pt(1.0, legend=True) == pytest.approx(7.0)  # the legend is smaller
    assert smallest_text_pt(2.0, legend=False) == pytest.approx(9.0)  # the header
    assert smallest_text_pt(legible_scale(), legend=False) >= LEGIBLE_PT
    assert smallest_text_pt(legible_scale() - 0.01, legend=False) < LEGIBLE_PT


def test_a4_fit_is_too_small_and_the_proposals_are_not() -> None:
    fit = estimate(PROPOSAL, WITH_LEGEND, "fit", turn=True, grade_rank=RANK)
    assert fit.smallest_pt < 4.5 and not fit.legible
    found = proposals(PROPOSAL, WITH_LEGEND, grade_rank=RANK)
    assert {p.mode for p in found} >= {"tile"}
    assert all(p.legible and p.smallest_pt >= LEGIBLE_PT for p in found)
    [bigger] = [p for p in found if p.mode == "fit"]
    assert bigger.setup.paper in larger_papers("A4")
    smaller = larger_papers("A4")[: larger_papers("A4").index(bigger.setup.paper)]
    for paper in smaller:  # the smallest sheet that is legible is the one proposed
        one = estimate(
            PROPOSAL, replace(WITH_LEGEND, paper=paper), "fit", turn=True, grade_rank=RANK
        )
        assert not one.legible


def test_the_default_is_legible_on_every_paper() -> None:
    for paper in ("A4", "A3", "A1", "Letter", "Arch D"):
        choice = default_choice(PROPOSAL, replace(WITH_LEGEND, paper=paper), RANK)
        assert choice.legible, paper
        assert choice.setup.paper == paper
    assert default_choice(PROPOSAL, replace(WITH_LEGEND, paper="A1"), RANK).mode == "fit"
    assert default_choice(PROPOSAL, WITH_LEGEND, RANK).mode == "tile"


def test_larger_papers_stay_in_the_family() -> None:
    assert larger_papers("A3") == ["A2", "A1", "A0"]
    assert larger_papers("Letter") == ["Legal", "Tabloid", "ANSI C", "ANSI D", "ANSI E"]
    assert larger_papers("Arch E") == []
    assert larger_papers("500x400mm")[0] == "A2"


def test_un_tiles_each_hold_part_of_a_card_or_zone_title_in_their_own_cell() -> None:
    layout = tile_layout(PROPOSAL, RANK)
    areas = printed_areas(layout)
    every = plan_tiles(layout.bounds, WITH_LEGEND, 0.75)
    kept = plan_tiles(layout.bounds, WITH_LEGEND, 0.75, occupied=areas)
    assert len(kept) < len(every)
    for tile in kept:
        assert tile.cell is not None
        assert any(_overlap(tile.cell, box) > 1.0 for box in areas), tile.label


def _overlap(one: Box, other: Box) -> float:
    w = min(one.right, other.right) - max(one.x, other.x)
    h = min(one.bottom, other.bottom) - max(one.y, other.y)
    return max(w, 0.0) * max(h, 0.0)


boxes = st.lists(
    st.builds(
        Box,
        st.floats(0, 3000),
        st.floats(0, 2000),
        st.floats(20, 300),
        st.floats(10, 120),
    ),
    min_size=1,
    max_size=12,
)


@settings(max_examples=80, deadline=None)
@given(boxes, st.floats(0.2, 1.5))
def test_kept_tiles_cover_every_box_and_each_holds_part_of_one(
    cards: list[Box], scale: float
) -> None:
    bounds = cards[0]
    for card in cards[1:]:
        bounds = bounds.union(card)
    setup = PageSetup("A4", "portrait")
    kept = plan_tiles(bounds, setup, scale, occupied=cards)
    for tile in kept:  # no tile without a part of a card in its own cell
        assert tile.cell is not None
        assert any(_overlap(tile.cell, card) > 0 for card in cards)
    for card in cards:  # and every point of every card is on a printed sheet
        for fx in (0.0, 0.5, 1.0):
            for fy in (0.0, 0.5, 1.0):
                point = (card.x + fx * card.w, card.y + fy * card.h)
                assert any(tile.source.contains(point) for tile in kept), (card, point)
