"""Pure validation of a scenario against the rule catalogue (see ``engine.RULES``)."""

from orgeditor.rules.base import Finding, Fix, Rule, Severity
from orgeditor.rules.engine import RULES, Report, SkippedRule, rule_by_id, validate

__all__ = [
    "RULES",
    "Finding",
    "Fix",
    "Report",
    "Rule",
    "Severity",
    "SkippedRule",
    "rule_by_id",
    "validate",
]
