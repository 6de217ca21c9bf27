"""Commands on posts: establish, abolish, reclassify, change funding, redeploy."""

from __future__ import annotations

import copy
from collections.abc import Iterable

from orgeditor.commands.base import (
    Change,
    Command,
    CommandError,
    MacroCommand,
    ScenarioCommand,
    check_id,
    check_text,
    insert_at,
    no_unit,
    nothing_changes,
)
from orgeditor.commands.units import short
from orgeditor.i18n import QT_TRANSLATE_NOOP, format_number, translate
from orgeditor.model import Design, Post
from orgeditor.model.aspects import Aspect
from orgeditor.model.costs import funding_owners
from orgeditor.model.names import checked_titles
from orgeditor.model.text import MAX_NAME_LENGTH, NAME, SHORT

POST_FIELDS = ("grade", "funding", "title", "titles")
POSTS = frozenset({Aspect.POSTS})

# SetPostFieldCommand's name by field
FIELD_TEXTS = {
    "grade": QT_TRANSLATE_NOOP("Command", "Reclassify post {post} to {value}"),
    "funding": QT_TRANSLATE_NOOP("Command", "Change funding of post {post} to {value}"),
    "title": QT_TRANSLATE_NOOP("Command", "Retitle {post}"),
    "titles": QT_TRANSLATE_NOOP("Command", "Retitle {post} in other languages"),
}
# SetPostsFieldCommand's name by field, for more than one post
MANY_TEXTS = {
    "grade": QT_TRANSLATE_NOOP("Command", "Reclassify {count} posts to {value}"),
    "funding": QT_TRANSLATE_NOOP("Command", "Change funding of {count} posts to {value}"),
}


class AddPostCommand(ScenarioCommand):
    """Establish a post."""

    def __init__(self, design: Design, scenario_id: str, post: Post) -> None:
        super().__init__(design, scenario_id)
        scenario = self.scenario(design)
        check_id(post.id)
        check_text(post.title, SHORT, "title")
        if post.id in scenario.posts:
            raise CommandError(
                translate("Refusal", "a post with id {id} exists already").format(id=repr(post.id))
            )
        if post.unit not in scenario.units:
            raise CommandError(no_unit(post.unit))
        _check_grade_and_funding(design, post.grade, post.funding)
        self.post = copy.deepcopy(post)
        where = short(scenario.units[post.unit])
        self.text = translate("Command", "Establish a {grade} post ({funding}) in {unit}").format(
            grade=post.grade, funding=post.funding, unit=where
        )

    def do(self, design: Design) -> Change:
        self.scenario(design).posts[self.post.id] = copy.deepcopy(self.post)
        return Change(self.scenario_id, POSTS, frozenset({self.post.unit}))

    def undo(self, design: Design) -> Change:
        del self.scenario(design).posts[self.post.id]
        return Change(self.scenario_id, POSTS, frozenset({self.post.unit}))


class AbolishPostsCommand(ScenarioCommand):
    """Abolish posts; undo puts them back in their places."""

    def __init__(self, design: Design, scenario_id: str, post_ids: Iterable[str]) -> None:
        super().__init__(design, scenario_id)
        scenario = self.scenario(design)
        self.post_ids = [p for p in dict.fromkeys(post_ids) if p in scenario.posts]
        if not self.post_ids:
            raise CommandError(translate("Refusal", "no post to abolish"))
        self._saved: list[tuple[int, Post]] = []
        self.text = (
            translate("Command", "Abolish post {post}").format(post=self.post_ids[0])
            if len(self.post_ids) == 1
            else translate("Command", "Abolish {count} posts").format(
                count=format_number(len(self.post_ids))
            )
        )

    def do(self, design: Design) -> Change:
        posts = self.scenario(design).posts
        chosen = set(self.post_ids)
        self._saved = [(i, p) for i, p in enumerate(posts.values()) if p.id in chosen]
        for _, post in self._saved:
            del posts[post.id]
        return Change(self.scenario_id, POSTS, frozenset(p.unit for _, p in self._saved))

    def undo(self, design: Design) -> Change:
        posts = self.scenario(design).posts
        for index, post in self._saved:
            insert_at(posts, index, post.id, post)
        return Change(self.scenario_id, POSTS, frozenset(p.unit for _, p in self._saved))


class SetPostFieldCommand(ScenarioCommand):
    """Reclassify a post (grade), change its funding source, its title or its titles in
    other languages (``titles``: the whole map, tag -> title)."""

    def __init__(
        self, design: Design, scenario_id: str, post_id: str, name: str, value: str | dict[str, str]
    ):
        super().__init__(design, scenario_id)
        scenario = self.scenario(design)
        if post_id not in scenario.posts:
            raise CommandError(
                translate("Refusal", "there is no post {id}").format(id=repr(post_id))
            )
        if name not in POST_FIELDS:
            raise CommandError(
                translate("Refusal", "the {field} of a post cannot be edited here").format(
                    field=name
                )
            )
        post = scenario.posts[post_id]
        if name == "titles":  # in other languages (issue 19)
            value = _checked_titles(design, value)
        elif not isinstance(value, str):
            raise CommandError(
                translate("Refusal", "the {field} of a post is a text").format(field=name)
            )
        elif name == "grade":
            _check_grade_and_funding(design, value, post.funding)
        elif name == "funding":
            _check_grade_and_funding(design, post.grade, value)
        else:
            check_text(value, SHORT, "title")
        if getattr(post, name) == value:
            raise CommandError(nothing_changes())
        self.post_id, self.name, self.value = post_id, name, value
        self.old: str | dict[str, str] = copy.deepcopy(getattr(post, name))
        self.text = translate("Command", FIELD_TEXTS[name]).format(post=post_id, value=value)

    def _set(self, design: Design, value: str | dict[str, str]) -> Change:
        post = self.scenario(design).posts[self.post_id]
        setattr(post, self.name, copy.deepcopy(value))
        return Change(self.scenario_id, POSTS, frozenset({post.unit}))

    def do(self, design: Design) -> Change:
        return self._set(design, self.value)

    def undo(self, design: Design) -> Change:
        return self._set(design, self.old)


class MovePostsCommand(ScenarioCommand):
    """Redeploy posts to another unit; they keep their ids, grades and funding."""

    def __init__(self, design: Design, scenario_id: str, post_ids: Iterable[str], unit_id: str):
        super().__init__(design, scenario_id)
        scenario = self.scenario(design)
        if unit_id not in scenario.units:
            raise CommandError(no_unit(unit_id))
        self.post_ids = [
            p
            for p in dict.fromkeys(post_ids)
            if p in scenario.posts and scenario.posts[p].unit != unit_id
        ]
        if not self.post_ids:
            raise CommandError(
                translate("Refusal", "the posts are in {unit} already").format(
                    unit=short(scenario.units[unit_id])
                )
            )
        self.unit_id = unit_id
        self.old = {p: scenario.posts[p].unit for p in self.post_ids}
        count = len(self.post_ids)
        where = short(scenario.units[unit_id])
        self.text = (
            translate("Command", "Redeploy post {post} to {unit}").format(
                post=self.post_ids[0], unit=where
            )
            if count == 1
            else translate("Command", "Redeploy {count} posts to {unit}").format(
                count=format_number(count), unit=where
            )
        )

    def do(self, design: Design) -> Change:
        posts = self.scenario(design).posts
        for post_id in self.post_ids:
            posts[post_id].unit = self.unit_id
        return Change(self.scenario_id, POSTS, frozenset({self.unit_id, *self.old.values()}))

    def undo(self, design: Design) -> Change:
        posts = self.scenario(design).posts
        for post_id, unit_id in self.old.items():
            posts[post_id].unit = unit_id
        return Change(self.scenario_id, POSTS, frozenset({self.unit_id, *self.old.values()}))


class SetPostsFieldCommand(ScenarioCommand):
    """Reclassify several posts or change their funding, as one undoable step.

    Posts that have ``value`` already are left out; refused when none is left.
    """

    def __init__(
        self, design: Design, scenario_id: str, post_ids: Iterable[str], name: str, value: str
    ) -> None:
        super().__init__(design, scenario_id)
        if name not in ("grade", "funding"):
            raise CommandError(
                translate(
                    "Refusal", "the {field} of several posts cannot be edited at once"
                ).format(field=name)
            )
        posts = self.scenario(design).posts
        changing = [
            p for p in dict.fromkeys(post_ids) if p in posts and getattr(posts[p], name) != value
        ]
        if not changing:
            raise CommandError(nothing_changes())
        steps: list[Command] = [
            SetPostFieldCommand(design, scenario_id, p, name, value) for p in changing
        ]
        many = translate("Command", MANY_TEXTS[name])
        self.text = (
            steps[0].text
            if len(steps) == 1
            else many.format(count=format_number(len(steps)), value=value)
        )
        self.steps = MacroCommand(self.text, steps)

    def do(self, design: Design) -> Change:
        return self.steps.do(design)

    def undo(self, design: Design) -> Change:
        return self.steps.undo(design)


def _checked_titles(design: Design, value: object) -> dict[str, str]:
    """A post's titles in other languages as the file may hold them, or a CommandError."""
    try:
        titles = checked_titles(value, design.metadata.language, MAX_NAME_LENGTH)
    except ValueError as error:
        raise CommandError(str(error)) from None
    return {tag: check_text(title, NAME, f"title in {tag}") for tag, title in titles.items()}


def _check_grade_and_funding(design: Design, grade: str, funding: str) -> None:
    if grade not in {g.id for g in design.grades}:
        raise CommandError(translate("Refusal", "there is no grade {id}").format(id=repr(grade)))
    if funding not in funding_owners(design):
        raise CommandError(
            translate("Refusal", "there is no funding source {id}").format(id=repr(funding))
        )
