"""The findings an editor keeps between edits, and what makes each of them stale."""

from __future__ import annotations

from collections.abc import Generator
from typing import Any, Protocol

from orgeditor.model import Design, Scenario
from orgeditor.model.aspects import Aspect
from orgeditor.rules.context import CostFunction
from orgeditor.rules.engine import Report, validate, validation_steps


class Touch(Protocol):
    """What :meth:`KeptFindings.note` reads of an edit (a command's ``Change``)."""

    @property
    def scenario(self) -> str | None: ...

    @property
    def aspects(self) -> frozenset[Aspect]: ...

    @property
    def scenarios(self) -> bool: ...


class KeptFindings:
    """The last report of one scenario, and the aspects of it edits have touched since.

    Keeps: ``report``, the findings of one scenario as last checked in full or in
    part, and ``touched``, every aspect of that scenario an edit changed since
    (for a proposal, an edit of the baseline counts as :attr:`Aspect.BASELINE`;
    an edit of the design's settings as what it changed).

    Invalidates: :meth:`note` adds each edit's aspects; a change of the scenario
    list, or an edit that reached several scenarios, drops the report. A check
    (:meth:`steps`) runs again every rule whose :attr:`~orgeditor.rules.Rule.reads`
    meets ``touched`` and keeps the findings of the others; :meth:`keep` then
    stores its report with nothing touched. ``tests/core/test_kept_findings.py``
    compares the kept result with a fresh :func:`~orgeditor.rules.validate` after
    every step of random edit sequences.
    """

    def __init__(self) -> None:
        self.report: Report | None = None
        self.touched: set[Aspect] = set()

    def note(self, change: Touch, baseline: str) -> None:
        """Record an edit (``baseline``: the id of the design's baseline scenario)."""
        report = self.report
        if report is None:
            return
        if change.scenarios:
            self.report = None
        elif change.scenario is None or change.scenario == report.scenario:
            self.touched |= change.aspects
        elif change.scenario == baseline and change.aspects:
            self.touched.add(Aspect.BASELINE)

    def keep(self, report: Report) -> None:
        """Store ``report`` as up to date."""
        self.report = report
        self.touched = set()

    def steps(
        self, design: Design, scenario: Scenario, costs: CostFunction | None = None
    ) -> Generator[str, None, Report]:
        """Check ``scenario`` in slices (see :func:`validation_steps`), reusing what is kept;
        the caller keeps the report it returns."""
        return validation_steps(design, scenario, costs=costs, **self._reuse(scenario))

    def validate(
        self, design: Design, scenario: Scenario, costs: CostFunction | None = None
    ) -> Report:
        """Check ``scenario`` now, reusing what is kept; the report is kept."""
        report = validate(design, scenario, costs=costs, **self._reuse(scenario))
        self.keep(report)
        return report

    def _reuse(self, scenario: Scenario) -> dict[str, Any]:
        """The engine's ``kept`` and ``touched`` arguments for a check of ``scenario``."""
        if self.report is None or self.report.scenario != scenario.id:
            return {}
        return {"kept": self.report, "touched": frozenset(self.touched)}
