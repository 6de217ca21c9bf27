"""The shipped JSON Schema is current and accepts the samples; bad files fail it too."""

from __future__ import annotations

import json

import jsonschema
import pytest

from orgeditor.assets import resource
from orgeditor.cli import design_schema
from orgeditor.io.schema import SCHEMA_VERSION, DesignFile
from tests.conftest import MINISTRIES_SAMPLE, UN_SAMPLE

SHIPPED = resource("schema", "orgdesign.schema.json")


def test_shipped_schema_is_current() -> None:
    assert json.loads(SHIPPED.read_text()) == design_schema(), (
        "resources/schema/orgdesign.schema.json is stale: "
        "run orgeditor-cli schema > resources/schema/orgdesign.schema.json"
    )


def test_schema_version_constant_matches_the_model() -> None:
    assert DesignFile.model_fields["schema_version"].annotation.__args__ == (SCHEMA_VERSION,)


@pytest.mark.parametrize("path", [UN_SAMPLE, MINISTRIES_SAMPLE], ids=lambda p: p.name)
def test_samples_validate_against_the_shipped_schema(path) -> None:  # type: ignore[no-untyped-def]
    validator = jsonschema.Draft202012Validator(json.loads(SHIPPED.read_text()))
    errors = [e.message for e in validator.iter_errors(json.loads(path.read_text()))]
    assert errors == []


def test_the_schema_rejects_an_unknown_key() -> None:
    schema = json.loads(SHIPPED.read_text())
    document = json.loads(UN_SAMPLE.read_text())
    document["scenarios"][0]["units"][0]["colour"] = "red"
    with pytest.raises(jsonschema.ValidationError, match="colour"):
        jsonschema.validate(document, schema)
