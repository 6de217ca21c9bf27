"""What changed between two versions of a design, in a few lines (history views, reviews).

Scenarios are matched by id, as ``orgeditor-cli diff OLD NEW`` matches them; each
scenario both versions have gets the headline of its diff, those only one has a
line saying it was added or removed.
"""

from __future__ import annotations

from orgeditor.i18n import format_number, translate
from orgeditor.model import Design
from orgeditor.reports.diff import diff_scenarios
from orgeditor.reports.diff_output import diff_headline


def version_summary(earlier: Design | None, later: Design) -> list[str]:
    """One line per change of each scenario from ``earlier`` to ``later`` (None: the design
    was added), in ``later``'s scenario order; an empty list when nothing differs."""
    if earlier is None:
        count = format_number(len(later.scenarios))
        return [translate("Change", "design added: {count} scenario(s)").format(count=count)]
    before = {s.id: s for s in earlier.scenarios}
    lines = []
    for scenario in later.scenarios:
        old = before.get(scenario.id)
        if old is None:
            lines.append(
                translate("Change", "{scenario}: scenario added").format(scenario=scenario.name)
            )
            continue
        diff = diff_scenarios(old, scenario, (earlier.rules, later.rules))
        change = translate("Change", "{scenario}: {change}")
        lines += [
            change.format(scenario=scenario.name, change=line) for line in diff_headline(diff)
        ]
    now = {s.id for s in later.scenarios}
    removed = translate("Change", "{scenario}: scenario removed")
    lines += [removed.format(scenario=s.name) for s in earlier.scenarios if s.id not in now]
    if not lines and (earlier.metadata != later.metadata or earlier.conflicts != later.conflicts):
        lines.append(translate("Change", "design properties or review notes changed"))
    return lines
