"""Where an element of a design comes from (issue 21 §3): its citation, a structured source.

A unit, a reporting line, a body and a catalogue function may each name their
source in a ``citation`` (not ``source``: a line's ``source`` is the unit it
starts at): a reference (a document and paragraph, "A/72/525 para. 24", or a
resolution, "A/RES/72/199"), whether the element is *inferred* rather than
stated there, and the reason for an inference. The free-text ``Note.reference``
stays for prose; this field is what the sources table lists and tests count.

Three states are meaningful:

- nothing given (the default): the element names no source;
- ``ref`` and not ``inferred``: sourced, tagged [S];
- ``inferred`` with a ``reason`` (and a ``ref`` when a text supports part of it):
  inferred, tagged [I].

An inference without a reason, or a reason with neither a reference nor an
inference, is a problem (:func:`citation_problems`): the schema, the commands and
the import refuse it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Citation:
    """The source of one element: a reference, whether it is inferred, and why."""

    ref: str = ""
    inferred: bool = False
    reason: str = ""

    @property
    def given(self) -> bool:
        """Whether the element names a source at all (a reference or an inference)."""
        return bool(self.ref) or self.inferred

    @property
    def tag(self) -> str:
        """ "[I]" for an inference, "[S]" for a reference, "" when nothing is given."""
        if self.inferred:
            return "[I]"
        return "[S]" if self.ref else ""


def citation_problems(source: Citation) -> list[str]:
    """What makes ``source`` meaningless, in words a planner can act on (none: fine)."""
    problems = []
    if source.inferred and not source.reason.strip():
        problems.append("an inferred source needs a reason: say why it is inferred")
    if not source.given and source.reason.strip():
        problems.append("a reason without a reference: give the reference or mark it inferred")
    return problems
