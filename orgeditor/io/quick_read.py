"""The quick way to read a sound design file: its units and posts checked by hand.

Most of a big design is its units and posts (a 50,000-unit design has about
230,000 posts per scenario). Building a schema object for each, checking them,
then converting each into the model costs seconds and holds two copies of the
design at once. :func:`quick_load` parses the file once and, for every unit and
post in the plain form (the keys below, each value a text, null or a list of
texts), checks the schema's limits by hand and builds the model's object at
once; a unit or post in another form (names in other languages, segments,
successors) goes through the schema's own class. The rest of the file, a few
hundred objects, is validated by the schema (:class:`DesignFile`) as always, and
the consistency checks (:func:`check_design_file`) run on the result.

It answers only for sound files: at the first doubt (a value the hand checks do
not accept, a consistency problem, a key it cannot count ...) it returns None and
the caller reads the file the full way, which names the problem as it always
has. ``tests/core/test_quick_read.py`` compares both ways on valid and hostile files.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from typing import Any

from pydantic_core import to_json

from orgeditor.io.checks import check_design_file
from orgeditor.io.convert import post_to_model, to_model, unit_to_model
from orgeditor.io.schema import DesignFile, PostFile, UnitFile
from orgeditor.model import Design, Note, Post, PresenceType, Unit, UnitKind
from orgeditor.model.text import (
    ID_PATTERN,
    LINE_PATTERN,
    MAX_ID_LENGTH,
    MAX_NAME_LENGTH,
    MAX_TEXT_LENGTH,
    TEXT_PATTERN,
)

_ID = re.compile(ID_PATTERN).fullmatch
_IDS = re.compile(
    rf"[A-Za-z0-9][A-Za-z0-9._:-]{{0,{MAX_ID_LENGTH - 1}}}"
    rf"(?:\n[A-Za-z0-9][A-Za-z0-9._:-]{{0,{MAX_ID_LENGTH - 1}}})*"
).fullmatch  # ID_PATTERN and its length, for many ids at once
_LINE = re.compile(LINE_PATTERN).fullmatch
_TEXT = re.compile(TEXT_PATTERN).fullmatch
_KINDS: dict[Any, UnitKind] = {kind.value: kind for kind in UnitKind}
_PRESENCES = {kind.value: kind for kind in PresenceType}
# the plain form: anything else about a unit or a post goes through the schema's class
_REFERENCES = ("head_grade", "parent", "region", "lead_department", "backstopped_by", "location")
_LISTS = ("entry_point_for", "functions")
_UNIT_KEYS = frozenset(
    ("id", "name", "kind", "short_name", "presence_type", "note", *_REFERENCES, *_LISTS)
)
_NOTE_KEYS = frozenset(("text", "justification", "reference"))
_NO_NOTE: Any = object()
_POST_KEYS = frozenset(("id", "grade", "funding", "unit", "title"))
# a quote escaped inside a text, or spaces before a key's colon, hide keys from a count;
# a lone surrogate is refused by the schema's parser but not by json's
_ESCAPE = re.compile(rb"\\.", re.DOTALL)
_SPACED_KEY = re.compile(rb'"[ \t\r\n]+:')
_SURROGATE = re.compile(rb"\\u[dD][89a-fA-F]")


class _Unsure(Exception):
    """The quick way cannot vouch for the file; the full way reads it."""


def quick_load(data: bytes) -> Design | None:
    """The design in ``data`` if it is a sound current file of the usual form, else None.

    None says nothing about the file: read it with :func:`orgeditor.io.files.loads`,
    which accepts or refuses it with the exact reason.
    """
    try:
        return _read(data)
    except (_Unsure, ValueError, TypeError, RecursionError):  # ValidationError is a ValueError
        return None


def _read(data: bytes) -> Design:
    texts_keys = _keys_in_text(data)
    # decoded first: json would also take UTF-16, which the schema's parser refuses
    raw = json.loads(data.decode("utf-8"), parse_constant=_refuse, parse_float=_finite)
    if type(raw) is not dict or type(raw.get("scenarios", [])) is not list:
        raise _Unsure
    # every id-like text checked so far, each kept once: references repeat them (a post's
    # grade, funding and unit), and the model shares one text object (80 MB less at 50k)
    ids: dict[str, str] = {}
    bulk: list[tuple[list[Unit], list[Post]]] = []
    keys = 0
    for scenario in raw.get("scenarios", []):
        if type(scenario) is not dict:
            raise _Unsure
        keys += ("units" in scenario) + ("posts" in scenario)  # the two keys taken out
        units, posts = scenario.pop("units", []), scenario.pop("posts", [])
        if type(units) is not list or type(posts) is not list:
            raise _Unsure
        found_units, unit_keys = _units(units, ids)
        found_posts, post_keys = _posts(posts, ids)
        keys += unit_keys + post_keys
        units.clear()  # each scenario's file form goes as soon as it is read
        posts.clear()
        bulk.append((found_units, found_posts))
    if texts_keys != keys + _count_keys(raw):
        raise _Unsure  # a key given twice, or keys the count cannot see
    rest = DesignFile.model_validate_json(to_json(raw))
    view = rest.model_copy(
        update={
            "scenarios": [
                scenario.model_copy(update={"units": units, "posts": posts})
                for scenario, (units, posts) in zip(rest.scenarios, bulk, strict=True)
            ]
        }
    )
    if check_design_file(view):  # reads units and posts by the attributes both forms share
        raise _Unsure
    design = to_model(rest)
    for scenario, (units, posts) in zip(design.scenarios, bulk, strict=True):
        scenario.units = {unit.id: unit for unit in units}
        scenario.posts = {post.id: post for post in posts}
    return design


def _keys_in_text(data: bytes) -> int:
    """How many keys the text gives (a key is a closing quote right before a colon)."""
    if b"\\" in data:
        if _SURROGATE.search(data):
            raise _Unsure
        data = _ESCAPE.sub(b"", data)
    if _SPACED_KEY.search(data):
        raise _Unsure
    return data.count(b'":')


def _count_keys(value: object) -> int:
    if type(value) is dict:
        return len(value) + sum(_count_keys(v) for v in value.values())
    if type(value) is list:
        return sum(_count_keys(v) for v in value)
    return 0


def _refuse(constant: str) -> None:
    raise _Unsure(constant)  # NaN and Infinity are not JSON


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _Unsure(text)
    return value


def _units(items: list[Any], ids: dict[str, str]) -> tuple[list[Unit], int]:
    """The model's units of one scenario's ``units``, and how many keys they hold."""
    found, keys = [], 0
    for item in items:
        if type(item) is not dict:
            raise _Unsure
        unit = _plain_unit(item, ids) if _UNIT_KEYS.issuperset(item) else None
        if unit is None:
            unit = unit_to_model(UnitFile.model_validate_json(to_json(item)))
            keys += _count_keys(item)
        else:  # texts, nulls, lists of texts and the note's texts
            keys += len(item) + len(item.get("note", ()))
        found.append(unit)
    return found, keys


def _plain_unit(item: dict[str, Any], ids: dict[str, str]) -> Unit | None:
    """The unit ``item`` holds if every value is sound, else None (the schema decides)."""
    get: Callable[..., Any] = item.get
    unit_id, name, short_name = get("id"), get("name"), get("short_name", "")
    kind, presence = _KINDS.get(get("kind")), get("presence_type")
    if (
        kind is None
        or (unit_id := _known(unit_id, ids)) is None
        or not _is_line(name, 1)
        or (short_name != "" and not _is_line(short_name, 0))
        or (presence is not None and presence not in _PRESENCES)
    ):
        return None
    references = [get(key) for key in _REFERENCES]
    for index, value in enumerate(references):
        if value is not None:
            references[index] = known = _known(value, ids)
            if known is None:
                return None
    lists = [get(key, []) for key in _LISTS]
    for index, value in enumerate(lists):
        if type(value) is not list:
            return None
        known_ids = [_known(x, ids) for x in value]
        if None in known_ids:
            return None
        lists[index] = known_ids
    note = get("note", _NO_NOTE)  # (null is not a note)
    if note is not _NO_NOTE and not _plain_note(note):
        return None
    head_grade, parent, region, lead_department, backstopped_by, location = references
    return Unit(
        id=unit_id,
        name=name,
        kind=kind,
        short_name=short_name,
        head_grade=head_grade,
        parent=parent,
        region=region,
        presence_type=_PRESENCES[presence] if presence is not None else None,
        lead_department=lead_department,
        backstopped_by=backstopped_by,
        entry_point_for=lists[0],
        functions=lists[1],
        note=Note() if note is _NO_NOTE else Note(**note),
        location=location,
    )


def _plain_note(note: object) -> bool:
    return (
        type(note) is dict
        and _NOTE_KEYS.issuperset(note)
        and all(_is_text(value, key != "reference") for key, value in note.items())
    )


def _posts(items: list[Any], ids: dict[str, str]) -> tuple[list[Post], int]:
    """The model's posts of one scenario's ``posts``, and how many keys they hold."""
    found, keys, fresh = [], 0, []
    for item in items:
        if type(item) is not dict:
            raise _Unsure
        get: Callable[..., Any] = item.get
        post_id, grade, funding, unit = get("id"), get("grade"), get("funding"), get("unit")
        title = get("title", "")
        if (
            _POST_KEYS.issuperset(item)
            and type(post_id) is str
            and (grade := _known(grade, ids)) is not None  # (a list or object: TypeError)
            and (funding := _known(funding, ids)) is not None
            and (unit := _known(unit, ids)) is not None
            and (title == "" or _is_line(title, 0))
        ):
            fresh.append(post_id)  # post ids are new texts: checked all at once below
            found.append(Post(post_id, grade, funding, unit, title))
            keys += len(item)
        else:
            found.append(post_to_model(PostFile.model_validate_json(to_json(item))))
            keys += _count_keys(item)
    if not _all_ids(fresh):
        raise _Unsure
    return found, keys


def _all_ids(texts: list[str]) -> bool:
    """Whether every text is an id; one match over them all (a separator no id holds)."""
    if not texts:
        return True
    joined = "\n".join(texts)
    return joined.count("\n") == len(texts) - 1 and _IDS(joined) is not None


def _known(value: object, ids: dict[str, str]) -> str | None:
    """``value`` as the one kept text if it is an id, else None."""
    known: str | None = ids.get(value)  # type: ignore[call-overload]
    if known is None and type(value) is str and 0 < len(value) <= MAX_ID_LENGTH and _ID(value):
        ids[value] = known = value
    return known


def _is_line(value: object, shortest: int) -> bool:
    return (
        type(value) is str
        and shortest <= len(value) <= MAX_NAME_LENGTH
        and _LINE(value) is not None
    )


def _is_text(value: object, long: bool) -> bool:
    if not long:
        return _is_line(value, 0)
    return type(value) is str and len(value) <= MAX_TEXT_LENGTH and _TEXT(value) is not None
