"""What a rule is and what it returns: findings with units, posts and a fix as data."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from orgeditor.model.aspects import Aspect
from orgeditor.model.design import Severity as Severity  # re-exported: rules grade findings

if TYPE_CHECKING:
    from orgeditor.rules.context import Context


@dataclass(frozen=True)
class Fix:
    """A suggested repair, as data a command can apply.

    ``action`` is one of a small vocabulary that
    :func:`orgeditor.commands.command_for_fix` turns into a command
    (``designate-entry-point``, ``remove-entry-point``, ``move-entry-point``,
    ``set-backstop``, ``set-region``, ``add-line``, ``report-to-departments``, ``set-lead``,
    ``set-head-grade``, ``move-unit``, ``add-function``, ``add-member``,
    ``set-chair``, ``create-body``, ``restore-posts``, ``move-entry-points``,
    ``set-line-conditions``); ``params`` names its
    ids; ``dual_lines_to`` lists departments its unit gets dual lines to, as
    a unit that becomes a regional entry point does. ``description`` names
    every unit and post the fix changes.
    """

    action: str
    description: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        """A JSON-ready dictionary."""
        return {"action": self.action, "description": self.description, "params": dict(self.params)}


@dataclass(frozen=True)
class Finding:
    """One thing a rule found, in a planner's words, with the ids it concerns.

    ``no_fix`` says, when there is no ``fix``, why the rule cannot repair it by itself
    (the choice it would take), for ``validate --fix`` and the Findings dock.
    """

    rule: str
    severity: Severity
    message: str
    units: tuple[str, ...] = ()
    posts: tuple[str, ...] = ()
    fix: Fix | None = None
    data: Mapping[str, Any] = field(default_factory=dict)
    no_fix: str = ""


# How a message names units (:meth:`Context.label`): by their names and kinds (a unit
# added or removed touches both, so a namesake's label follows too).
LABELS = frozenset({Aspect.NAMES, Aspect.KINDS})
# What a rule on the shape of the organisation reads: the tree, the labels and the roles.
TREE = LABELS | {Aspect.STRUCTURE, Aspect.ROLES}
# What a cost rule reads: posts (against the baseline's), and the units its fixes name.
POSTS_AND_BASELINE = LABELS | {Aspect.POSTS, Aspect.BASELINE}


class Skip(Exception):
    """Raised by a rule that cannot run here; the message says why, in one sentence."""


class Rule(ABC):
    """A check with a stable id, a severity, an explanation and its source."""

    id: ClassVar[str]
    title: ClassVar[str]
    severity: ClassVar[Severity]
    explanation: ClassVar[str]
    source: ClassVar[str]
    compares_with_baseline: ClassVar[bool] = False
    # The aspects of its scenario the rule reads (required, no default): the engine keeps
    # its earlier findings only after edits that touched none of them. Every rule also
    # reads the design's settings (the engine reruns every rule when they change).
    reads: ClassVar[frozenset[Aspect]]
    parameters: ClassVar[tuple[str, ...]] = ()  # the fields of ``rules`` (RuleSettings) it reads

    def __init_subclass__(cls, **kwargs: Any) -> None:
        """Refuse a rule class that does not say what it reads."""
        super().__init_subclass__(**kwargs)
        reads = getattr(cls, "reads", None)
        if (
            not isinstance(reads, frozenset)
            or not reads
            or not all(isinstance(aspect, Aspect) for aspect in reads)
        ):
            raise TypeError(f"{cls.__name__} must declare reads: a frozenset of Aspect")

    @abstractmethod
    def check(self, ctx: Context) -> Iterable[Finding]:
        """The findings for ``ctx``'s scenario; raise :class:`Skip` if the rule cannot run."""

    def finding(
        self,
        message: str,
        units: Iterable[str] = (),
        posts: Iterable[str] = (),
        fix: Fix | None = None,
        severity: Severity | None = None,
        data: Mapping[str, Any] | None = None,
        no_fix: str = "",
    ) -> Finding:
        """A finding of this rule (its own severity unless another is given)."""
        return Finding(
            self.id,
            severity or self.severity,
            message,
            tuple(units),
            tuple(posts),
            fix,
            dict(data or {}),
            "" if fix is not None else no_fix,
        )
