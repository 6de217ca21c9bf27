"""The file schema spells each model enum's values as a Literal: the two lists agree."""

from __future__ import annotations

from enum import StrEnum
from typing import Any, get_args

import pytest

from orgeditor.io import schema
from orgeditor.model import (
    CommentTarget,
    LineKind,
    MergeSide,
    NeutralityLevel,
    PresenceType,
    ScenarioKind,
    UnitKind,
)
from orgeditor.model.design import Severity


def _values(annotation: Any) -> set[object]:
    """The values a Literal (or a union of Literals and None) allows."""
    args = get_args(annotation)
    if all(isinstance(a, str) for a in args):
        return set(args)
    return {value for a in args if a is not type(None) for value in _values(a)}


@pytest.mark.parametrize(
    ("annotation", "enum"),
    [
        (schema.UnitKindName, UnitKind),
        (schema.PresenceTypeName, PresenceType),
        (schema.LineFile.model_fields["kind"].annotation, LineKind),
        (schema.ScenarioFile.model_fields["kind"].annotation, ScenarioKind),
        (schema.FundingSourceFile.model_fields["neutrality"].annotation, NeutralityLevel),
        (schema.RuleOverrideFile.model_fields["severity"].annotation, Severity),
        (schema.CommentFile.model_fields["target"].annotation, CommentTarget),
        (schema.ConflictFile.model_fields["kept"].annotation, MergeSide),
    ],
    ids=lambda x: getattr(x, "__name__", ""),
)
def test_the_schema_allows_exactly_the_enum_values(annotation: Any, enum: type[StrEnum]) -> None:
    assert _values(annotation) == {member.value for member in enum}
