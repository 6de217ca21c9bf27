"""The file format's number limits, in one place for the schema and the commands."""

from __future__ import annotations

from typing import Final

MAX_COST: Final = 10**12  # an annual cost, a rate or a tolerance, in the design's currency
MIN_COST_YEAR: Final = 1900
MAX_COST_YEAR: Final = 2200
MAX_SPAN: Final = 100_000  # the largest span of control a design may set
MAX_LAYERS: Final = 1_000  # the largest number of layers a design may set
