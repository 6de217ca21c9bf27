"""Undoable changes of how a design runs its rules: a rule's switch and severity."""

from __future__ import annotations

from collections.abc import Mapping

from orgeditor.commands.base import Change, Command, CommandError, MacroCommand
from orgeditor.i18n import QT_TRANSLATE_NOOP, format_number, translate
from orgeditor.model import Design, RuleOverride
from orgeditor.model.aspects import Aspect
from orgeditor.model.design import SEVERITIES
from orgeditor.rules.engine import rule_by_id

# SetRuleStateCommand's name by (switched on, at a severity of the design's own)
STATE_NAMES = {
    (True, False): QT_TRANSLATE_NOOP("Command", "Turn {rule} on"),
    (False, False): QT_TRANSLATE_NOOP("Command", "Turn {rule} off"),
    (True, True): QT_TRANSLATE_NOOP("Command", "Turn {rule} on ({severity})"),
    (False, True): QT_TRANSLATE_NOOP("Command", "Turn {rule} off ({severity})"),
}


def rule_choice(rule_id: str, enabled: bool, severity: str | None = None) -> RuleOverride:
    """The override that switches ``rule_id`` and sets its severity, as the file keeps it.

    A severity equal to the rule's own is kept as None. Raises
    :class:`CommandError` for an unknown rule or severity.
    """
    try:
        rule = rule_by_id(rule_id)
    except LookupError:
        raise CommandError(
            translate("Refusal", "there is no rule {rule}").format(rule=repr(rule_id))
        ) from None
    if severity is not None and severity not in SEVERITIES:
        raise CommandError(
            translate("Refusal", "a severity is one of {severities}, not {severity}").format(
                severities=", ".join(SEVERITIES), severity=repr(severity)
            )
        )
    return RuleOverride(enabled, None if severity == rule.severity.value else severity)


class SetRuleStateCommand(Command):
    """Switch a rule on or off for this design and set the severity it reports at.

    ``severity`` None keeps the rule's own. A rule left on at its own severity
    has no entry in ``rules.rule_overrides``, so the file stays as it was; undo
    restores the entry exactly, in its place.
    """

    def __init__(
        self, design: Design, rule_id: str, enabled: bool, severity: str | None = None
    ) -> None:
        severity = rule_choice(rule_id, enabled, severity).severity
        self.rule_id, self.enabled, self.severity = rule_id, enabled, severity
        self._before: list[tuple[str, RuleOverride]] = []
        if RuleOverride(enabled, severity) == design.rules.override(rule_id):
            raise CommandError(
                translate("Refusal", "{rule} is already set that way").format(rule=rule_id)
            )
        text = translate("Command", STATE_NAMES[enabled, severity is not None])
        shown = translate("Severity", severity) if severity else ""
        self.text = text.format(rule=rule_id, severity=shown)

    def do(self, design: Design) -> Change:
        overrides = design.rules.rule_overrides
        self._before = list(overrides.items())
        choice = RuleOverride(self.enabled, self.severity)
        if choice == RuleOverride():
            overrides.pop(self.rule_id, None)
        else:
            overrides[self.rule_id] = choice
        return Change(None, frozenset({Aspect.RULE_SETTINGS}))

    def undo(self, design: Design) -> Change:
        overrides = design.rules.rule_overrides
        overrides.clear()
        overrides.update(self._before)
        return Change(None, frozenset({Aspect.RULE_SETTINGS}))


def turn_off_rule_command(design: Design, rule_id: str) -> SetRuleStateCommand:
    """ "Turn off this rule for this design": off, keeping any severity the design set."""
    return SetRuleStateCommand(design, rule_id, False, design.rules.override(rule_id).severity)


def rule_states_command(design: Design, states: Mapping[str, tuple[bool, str | None]]) -> Command:
    """Set several rules' switch and severity (rule id -> (enabled, severity)) in one step.

    Rules already set that way are left out; one change is that rule's own
    command, several are one :class:`MacroCommand` whose undo restores the
    overrides exactly. Raises :class:`CommandError` when nothing changes or an
    id or severity is unknown.
    """
    commands: list[Command] = [
        SetRuleStateCommand(design, rule_id, enabled, severity)
        for rule_id, (enabled, severity) in states.items()
        if rule_choice(rule_id, enabled, severity) != design.rules.override(rule_id)
    ]
    if not commands:
        raise CommandError(translate("Refusal", "every rule is already set that way"))
    if len(commands) == 1:
        return commands[0]
    text = translate("Command", "Set {count} rules' switches and severities")
    return MacroCommand(text.format(count=format_number(len(commands))), commands)
