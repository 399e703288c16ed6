"""The light Core tables read exactly the columns, with exactly the types, of the ORM's tables."""

from __future__ import annotations

import pytest
from sqlalchemy import Enum

from kamdesk.store.column_types import ScaledDecimal
from kamdesk.store.light_tables import LIGHT_TABLES
from kamdesk.store.orm import Base

COLUMNS = [
    (table_name, column.name)
    for table_name, light in LIGHT_TABLES.items()
    for column in light.columns
]


@pytest.mark.parametrize(("table_name", "column_name"), COLUMNS)
def test_every_light_column_is_its_orm_twin(table_name: str, column_name: str) -> None:
    light = LIGHT_TABLES[table_name].c[column_name]
    mapped = Base.metadata.tables[table_name].c[column_name]
    assert type(light.type) is type(mapped.type)
    if isinstance(mapped.type, ScaledDecimal):
        assert isinstance(light.type, ScaledDecimal)
        assert light.type.places == mapped.type.places
    if isinstance(mapped.type, Enum):
        assert isinstance(light.type, Enum)
        assert light.type.enum_class is mapped.type.enum_class
        assert light.type.enums == mapped.type.enums

