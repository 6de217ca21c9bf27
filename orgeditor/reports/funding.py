"""Costs by funding source with each source's parts under it, as the cost views show them."""

from __future__ import annotations

from dataclasses import dataclass

from orgeditor.model import Design, NeutralityLevel
from orgeditor.model.costs import CostBreakdown, cost_neutral


@dataclass(frozen=True)
class FundingRow:
    """One line of a cost view: a source (``depth`` 0) or one of its parts (``depth`` 1).

    ``checked`` says whether COST-FUNDING compares this line with the baseline: the
    source when it is checked as a whole, each part when it is checked part by part.
    """

    id: str
    name: str
    depth: int
    baseline: int
    cost: int
    checked: bool

    @property
    def change(self) -> int:
        """This scenario's cost minus the baseline's."""
        return self.cost - self.baseline

    def neutral(self, tolerance: int) -> bool:
        """Whether the line is not checked, or is within ``tolerance`` of the baseline."""
        return not self.checked or cost_neutral(self.change, tolerance)


def funding_rows(design: Design, costs: CostBreakdown, base: CostBreakdown) -> list[FundingRow]:
    """Every source, each followed by its parts (and, when it funds posts itself as well
    as through parts, a line for those), in design order."""
    rows = []
    for source in design.funding_sources:
        by_part = source.neutrality is NeutralityLevel.PART
        rows.append(
            FundingRow(
                source.id,
                source.name,
                0,
                base.cost_by_funding.get(source.id, 0),
                costs.cost_by_funding.get(source.id, 0),
                not by_part,
            )
        )
        if not source.parts:
            continue
        parts = [(p.id, p.name) for p in source.parts]
        if costs.posts_by_part.get(source.id) or base.posts_by_part.get(source.id):
            parts.append((source.id, f"{source.name} as a whole"))
        for key, name in parts:
            rows.append(
                FundingRow(
                    key,
                    name,
                    1,
                    base.cost_by_part.get(key, 0),
                    costs.cost_by_part.get(key, 0),
                    by_part,
                )
            )
    return rows
