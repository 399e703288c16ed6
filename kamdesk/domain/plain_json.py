"""Plain data (dataclasses, Decimals, dates, enums) to JSON-ready values and back to text.

Decimals become JSON numbers: every figure here has at most a handful of decimal places
and far fewer than 15 significant digits, so the float written shows exactly the decimal.
"""

from __future__ import annotations

import dataclasses
import enum
import json
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Any


def to_json_value(value: Any) -> Any:
    """A value made only of dicts, lists, str, int, float, bool and None."""
    if value is None or isinstance(value, bool | int | str | float):
        return value.value if isinstance(value, enum.Enum) else value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        result: dict[str, Any] = {}
        for item in dataclasses.fields(value):
            name = item.metadata.get("json", item.name)
            if name is None:
                continue
            result[name] = to_json_value(getattr(value, item.name))
        return result
    if isinstance(value, Mapping):
        return {str(key): to_json_value(item) for key, item in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [to_json_value(item) for item in value]
    if isinstance(value, bytes):
        return None
    raise TypeError(f"cannot turn {type(value).__name__} into JSON")


def dumps(value: Any, *, indent: int | None = 2) -> str:
    """JSON text of any plain value (UTF-8 letters kept readable)."""
    return json.dumps(to_json_value(value), indent=indent, ensure_ascii=False)
