"""Model values as plain JSON data, for reports and the rule catalogue."""

from __future__ import annotations

from dataclasses import fields, is_dataclass
from enum import Enum
from typing import Any


def plain_data(value: Any) -> Any:
    """Dataclasses as dictionaries and enums as their values, recursively.

    Not ``dataclasses.asdict``: it deep-copies every value, 50 times slower on a diff.
    """
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain_data(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list | tuple):
        return [plain_data(v) for v in value]
    if isinstance(value, dict):
        return {str(plain_data(k)): plain_data(v) for k, v in value.items()}
    return value
