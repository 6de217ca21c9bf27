"""Commands on review comments (issue 18): add, resolve or reopen, edit, delete; all undoable.

A comment is on a unit or a post of one scenario (see :mod:`orgeditor.model.review`).
Adding checks that the target exists; later edits do not, since a comment outlives
the unit or post it is on. The commands change nothing a chart or a rule reads, so
their :class:`Change` names the scenario and, for a comment on a unit, that unit.
"""

from __future__ import annotations

import copy
import secrets
from datetime import UTC, datetime

from orgeditor.commands.base import (
    Change,
    Command,
    CommandError,
    check_text,
    new_id,
    no_scenario,
    no_unit,
    nothing_changes,
)
from orgeditor.i18n import QT_TRANSLATE_NOOP, translate
from orgeditor.model import Comment, CommentTarget, Design
from orgeditor.model.aspects import Aspect
from orgeditor.model.text import SHORT, TEXT

REVIEW = frozenset({Aspect.COMMENTS})
# AddCommentCommand's name by what the comment is on
COMMENT_ON = {
    CommentTarget.UNIT: QT_TRANSLATE_NOOP("Command", "Comment on unit {id}"),
    CommentTarget.POST: QT_TRANSLATE_NOOP("Command", "Comment on post {id}"),
}


def new_comment(
    design: Design,
    scenario_id: str,
    target: CommentTarget,
    target_id: str,
    text: str,
    author: str = "",
    when: datetime | None = None,
) -> Comment:
    """A comment dated ``when`` (default: now) in UTC to the minute.

    Its id is random, not the next number, so that two planners commenting on two
    branches make different ids and the branches merge without a conflict.
    """
    moment = (when or datetime.now(UTC)).astimezone(UTC)
    taken = {c.id for c in design.comments}
    return Comment(
        new_id(f"c-{secrets.token_hex(4)}", taken),
        scenario_id,
        target,
        target_id,
        text,
        author,
        moment.strftime("%Y-%m-%dT%H:%MZ"),
    )


def _index(design: Design, comment_id: str) -> int:
    for index, comment in enumerate(design.comments):
        if comment.id == comment_id:
            return index
    raise CommandError(translate("Refusal", "there is no comment {id}").format(id=repr(comment_id)))


def _change(design: Design, comment: Comment) -> Change:
    """The comment's scenario, and the card that shows its open comments: the unit it is
    on, or the unit its post sits in (none when the post is gone)."""
    unit: str | None = comment.target_id
    if comment.target is CommentTarget.POST:
        scenario = next((s for s in design.scenarios if s.id == comment.scenario), None)
        post = scenario.posts.get(comment.target_id) if scenario else None
        unit = post.unit if post is not None else None
    return Change(comment.scenario, REVIEW, frozenset({unit} if unit else ()))


class AddCommentCommand(Command):
    """Add a review comment on a unit or a post."""

    def __init__(self, design: Design, comment: Comment) -> None:
        scenario = next((s for s in design.scenarios if s.id == comment.scenario), None)
        if scenario is None:
            raise CommandError(no_scenario(comment.scenario))
        on_unit = comment.target is CommentTarget.UNIT
        if comment.target_id not in (scenario.units if on_unit else scenario.posts):
            raise CommandError(
                no_unit(comment.target_id)
                if on_unit
                else translate("Refusal", "there is no post {id}").format(
                    id=repr(comment.target_id)
                )
            )
        if not comment.text.strip():
            raise CommandError(translate("Refusal", "a comment needs a text"))
        check_text(comment.text, TEXT, "comment")
        check_text(comment.author, SHORT, "author")
        if any(c.id == comment.id for c in design.comments):
            raise CommandError(
                translate("Refusal", "a comment with id {id} exists already").format(
                    id=repr(comment.id)
                )
            )
        self.comment = copy.deepcopy(comment)
        self.text = translate("Command", COMMENT_ON[comment.target]).format(id=comment.target_id)

    def do(self, design: Design) -> Change:
        design.comments.append(copy.deepcopy(self.comment))
        return _change(design, self.comment)

    def undo(self, design: Design) -> Change:
        del design.comments[_index(design, self.comment.id)]
        return _change(design, self.comment)


class _SetCommentCommand(Command):
    """Set one field of a comment; undo puts the old value back."""

    field: str

    def __init__(self, design: Design, comment_id: str, value: object) -> None:
        comment = design.comments[_index(design, comment_id)]
        self.old = getattr(comment, self.field)
        if value == self.old:
            raise CommandError(nothing_changes())
        self.comment_id, self.new = comment_id, value

    def _set(self, design: Design, value: object) -> Change:
        comment = design.comments[_index(design, self.comment_id)]
        setattr(comment, self.field, value)
        return _change(design, comment)

    def do(self, design: Design) -> Change:
        return self._set(design, self.new)

    def undo(self, design: Design) -> Change:
        return self._set(design, self.old)


class ResolveCommentCommand(_SetCommentCommand):
    """Mark a comment resolved, or open it again (``resolved=False``)."""

    field = "resolved"

    def __init__(self, design: Design, comment_id: str, resolved: bool = True) -> None:
        super().__init__(design, comment_id, resolved)
        target = design.comments[_index(design, comment_id)].target_id
        self.text = (
            translate("Command", "Resolve comment on {id}")
            if resolved
            else translate("Command", "Reopen comment on {id}")
        ).format(id=target)


class EditCommentCommand(_SetCommentCommand):
    """Change a comment's text."""

    field = "text"

    def __init__(self, design: Design, comment_id: str, text: str) -> None:
        if not text.strip():
            raise CommandError(translate("Refusal", "a comment needs a text"))
        check_text(text, TEXT, "comment")
        super().__init__(design, comment_id, text)
        self.text = translate("Command", "Edit comment on {id}").format(
            id=design.comments[_index(design, comment_id)].target_id
        )


class DeleteCommentCommand(Command):
    """Delete a comment; undo puts it back in its place."""

    def __init__(self, design: Design, comment_id: str) -> None:
        self.index = _index(design, comment_id)
        self.saved = copy.deepcopy(design.comments[self.index])
        self.text = translate("Command", "Delete comment on {id}").format(id=self.saved.target_id)

    def do(self, design: Design) -> Change:
        design.comments.pop(_index(design, self.saved.id))
        return _change(design, self.saved)

    def undo(self, design: Design) -> Change:
        design.comments.insert(self.index, copy.deepcopy(self.saved))
        return _change(design, self.saved)
