"""Paper planning: sizes, fit to one page, tiles that cover the chart and overlap."""

from __future__ import annotations

import pytest

from orgeditor.layout.geometry import Box
from orgeditor.layout.pages import MM, PageSetup, column_letters, plan_fit, plan_tiles


def test_paper_sizes_and_orientation() -> None:
    a4 = PageSetup("A4", "portrait")
    assert a4.size == pytest.approx((595.3, 841.9), abs=0.1)
    assert PageSetup("A3", "landscape").size == pytest.approx((1190.6, 841.9), abs=0.1)
    content = a4.content
    assert content.x == pytest.approx(10 * MM) and content.y == pytest.approx(19 * MM)
    assert content.bottom == pytest.approx(a4.size[1] - 17 * MM)
    with pytest.raises(ValueError, match="unknown paper 'A7'"):
        PageSetup("A7")


def test_fit_scales_down_to_the_page_and_never_up() -> None:
    setup = PageSetup("A3", "landscape")
    [page] = plan_fit(Box(0, 0, 5000, 1000), setup)
    assert page.scale == pytest.approx(setup.content.w / 5000)
    assert page.source.w * page.scale == pytest.approx(setup.content.w)
    [small] = plan_fit(Box(0, 0, 100, 50), setup)
    assert small.scale == 1.0


def test_tiles_cover_the_chart_with_overlap_and_map_labels() -> None:
    setup = PageSetup("A4", "portrait")
    bounds = Box(-100, 0, 3000, 1200)
    pages = plan_tiles(bounds, setup, scale=0.75, overlap_mm=8)
    columns = {p.column for p in pages}
    rows = {p.row for p in pages}
    assert len(pages) == len(columns) * len(rows)
    assert [p.label for p in pages[:3]] == ["A1", "B1", "C1"]
    assert [p.number for p in pages] == list(range(1, len(pages) + 1))
    left = min(p.source.x for p in pages)
    right = max(p.source.right for p in pages)
    assert left <= bounds.x and right >= bounds.right
    assert min(p.source.y for p in pages) <= bounds.y
    assert max(p.source.bottom for p in pages) >= bounds.bottom
    first, second = pages[0], pages[1]
    assert first.source.right - second.source.x == pytest.approx(8 * MM / 0.75)


def test_bad_tiling_is_refused() -> None:
    with pytest.raises(ValueError, match="positive"):
        plan_tiles(Box(0, 0, 10, 10), PageSetup(), scale=0)
    with pytest.raises(ValueError, match="overlap"):
        plan_tiles(Box(0, 0, 10, 10), PageSetup(), scale=1, overlap_mm=500)


@pytest.mark.parametrize(("index", "letters"), [(0, "A"), (25, "Z"), (26, "AA"), (701, "ZZ")])
def test_column_letters(index: int, letters: str) -> None:
    assert column_letters(index) == letters


def test_empty_tiles_are_left_out_and_labels_kept() -> None:
    setup = PageSetup("A4", "portrait")
    bounds = Box(0, 0, 3000, 1200)
    everything = plan_tiles(bounds, setup, 0.75)
    cards = [Box(10, 10, 100, 50), Box(2890, 1140, 100, 50)]
    kept = plan_tiles(bounds, setup, 0.75, occupied=cards)
    assert len(kept) == 2 < len(everything)
    assert [p.label for p in kept] == [everything[0].label, everything[-1].label]
    assert [p.number for p in kept] == [1, 2]
