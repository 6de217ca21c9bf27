"""Undoable changes of how a design runs its rules: a rule's switch and severity."""

from __future__ import annotations

from orgeditor.commands.base import Change, Command, CommandError
from orgeditor.model import Design, RuleOverride
from orgeditor.model.design import SEVERITIES
from orgeditor.rules.engine import rule_by_id


class SetRuleStateCommand(Command):
    """Switch a rule on or off for this design and set the severity it reports at.

    ``severity`` None keeps the rule's own. A rule left on at its own severity
    has no entry in ``rules.rule_overrides``, so the file stays as it was; undo
    restores the entry exactly, in its place.
    """

    def __init__(
        self, design: Design, rule_id: str, enabled: bool, severity: str | None = None
    ) -> None:
        try:
            rule = rule_by_id(rule_id)
        except LookupError:
            raise CommandError(f"there is no rule {rule_id!r}") from None
        if severity is not None and severity not in SEVERITIES:
            raise CommandError(f"a severity is one of {', '.join(SEVERITIES)}, not {severity!r}")
        if severity == rule.severity.value:
            severity = None
        self.rule_id, self.enabled, self.severity = rule_id, enabled, severity
        self._before: list[tuple[str, RuleOverride]] = []
        if RuleOverride(enabled, severity) == design.rules.override(rule_id):
            raise CommandError(f"{rule_id} is already set that way")
        what = "on" if enabled else "off"
        self.text = f"Turn {rule_id} {what}" + (f" ({severity})" if severity else "")

    def do(self, design: Design) -> Change:
        overrides = design.rules.rule_overrides
        self._before = list(overrides.items())
        choice = RuleOverride(self.enabled, self.severity)
        if choice == RuleOverride():
            overrides.pop(self.rule_id, None)
        else:
            overrides[self.rule_id] = choice
        return Change(None)

    def undo(self, design: Design) -> Change:
        overrides = design.rules.rule_overrides
        overrides.clear()
        overrides.update(self._before)
        return Change(None)


def turn_off_rule_command(design: Design, rule_id: str) -> SetRuleStateCommand:
    """ "Turn off this rule for this design": off, keeping any severity the design set."""
    return SetRuleStateCommand(design, rule_id, False, design.rules.override(rule_id).severity)
