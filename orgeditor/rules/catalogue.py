"""The rule catalogue as a planner reads it: each rule, its parameters and the design's choices.

One source for ``orgeditor-cli rules [FILE]`` (text and JSON) and Help > Rules in the app.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from orgeditor.i18n import QT_TRANSLATE_NOOP, translate
from orgeditor.model import Design
from orgeditor.model.plain import plain_data
from orgeditor.rules.base import Rule
from orgeditor.rules.terminal import terminal_fill


@dataclass(frozen=True)
class RuleEntry:
    """One rule as the catalogue shows it; the design's fields are None without a design."""

    rule: Rule
    enabled: bool = True
    severity: str = ""  # the severity it reports at here
    parameters: tuple[tuple[str, Any], ...] = ()  # (field of rules, its plain value)
    with_design: bool = False

    @property
    def state(self) -> str:
        """``on``, ``off``, or ``on, at warning instead of error``, in the core's language."""
        if not self.enabled:
            return translate("Catalogue", "off (this design turns it off)")
        if self.severity != self.rule.severity.value:
            return translate("Catalogue", "on, at {severity} instead of {default}").format(
                severity=severity_name(self.severity),
                default=severity_name(self.rule.severity.value),
            )
        return translate("Catalogue", "on")

    def as_json(self) -> dict[str, Any]:
        """A JSON-ready dictionary."""
        found: dict[str, Any] = {
            "id": self.rule.id,
            "severity": self.rule.severity.value,
            "title": self.rule.title,
            "explanation": self.rule.explanation,
            "source": self.rule.source,
            "parameters": list(self.rule.parameters),
        }
        if self.with_design:
            found["design"] = {
                "enabled": self.enabled,
                "severity": self.severity,
                "parameters": dict(self.parameters),
            }
        return found


def catalogue(rules: Sequence[Rule], design: Design | None = None) -> list[RuleEntry]:
    """Every rule of ``rules``, with ``design``'s switch, severity and parameter values."""
    if design is None:
        return [RuleEntry(r, severity=r.severity.value) for r in rules]
    entries = []
    for rule in rules:
        choice = design.rules.override(rule.id)
        values = tuple((p, plain_data(getattr(design.rules, p))) for p in rule.parameters)
        severity = choice.severity or rule.severity.value
        entries.append(RuleEntry(rule, choice.enabled, severity, values, True))
    return entries


def _wrapped(text: str, indent: str = "  ") -> str:
    return terminal_fill(text, indent, indent + "  ")


def severity_name(value: str) -> str:
    """A severity (``error``, ``warning``, ``info``) in the core's language."""
    names = {
        "error": QT_TRANSLATE_NOOP("Severity", "error"),
        "warning": QT_TRANSLATE_NOOP("Severity", "warning"),
        "info": QT_TRANSLATE_NOOP("Severity", "info"),
    }
    return translate("Severity", names.get(value, value))


def rule_text(rule: Rule, part: str) -> str:
    """A rule's ``title``, ``explanation`` or ``source`` in the core's language."""
    return translate("Rule", str(getattr(rule, part)))


def catalogue_text(entries: Sequence[RuleEntry]) -> str:
    """Every rule with its id, severity, title, explanation, source, parameters and state,
    in the core's language (ids and parameter names stay as they are: they are typed)."""
    blocks = []
    for entry in entries:
        rule = entry.rule
        title, severity = rule_text(rule, "title"), severity_name(rule.severity.value)
        lines = [f"{rule.id}  ({severity})  {title}"]
        source = translate("Catalogue", "Source: {source}.").format(
            source=rule_text(rule, "source")
        )
        lines.append(_wrapped(f"{rule_text(rule, 'explanation')} {source}"))
        if entry.with_design:
            here = translate("Catalogue", "In this design: {state}").format(state=entry.state)
            lines.append(f"  {here}")
            for name, value in entry.parameters:
                shown = json.dumps(value, ensure_ascii=False) if value not in (None, [], {}) else ""
                unset = translate("Catalogue", "(not set)")
                lines.append(_wrapped(f"rules.{name}: {shown or unset}"))
        elif rule.parameters:
            listed = ", ".join(f"rules.{p}" for p in rule.parameters)
            lines.append(
                _wrapped(translate("Catalogue", "Parameters: {names}").format(names=listed))
            )
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def chosen_rules(
    rules: Sequence[Rule], select: str | None = None, ignore: str | None = None
) -> tuple[Rule, ...]:
    """``rules`` limited to the comma-separated ids of ``select`` and without those of ``ignore``
    (the convention of Python linters), in catalogue order.

    Raises:
        LookupError: an id names no rule; the message lists the unknown ids.
    """
    known = {rule.id for rule in rules}

    def ids(text: str | None) -> set[str] | None:
        if text is None:
            return None
        found = {part.strip() for part in text.split(",") if part.strip()}
        unknown = sorted(found - known)
        if unknown:
            listed = ", ".join(r.id for r in rules)
            raise LookupError(f"no rule {', '.join(unknown)}; the rules are {listed}")
        return found

    selected, ignored = ids(select), ids(ignore) or set()
    return tuple(r for r in rules if (selected is None or r.id in selected) and r.id not in ignored)
