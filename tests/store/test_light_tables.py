"""The light Core tables read exactly the columns, with exactly the types, of the ORM's tables."""

from __future__ import annotations

import pytest
from sqlalchemy import Enum

from kamdesk.store.column_types import ScaledDecimal
from kamdesk.store.light_tables import ACCOUNT_CHANGE_TABLES, FIRST_SCREEN_TABLES, LIGHT_TABLES
from kamdesk.store.orm import Base
from kamdesk.store.orm.base import data_tables

EVERY_LIGHT_TABLE = (*LIGHT_TABLES.values(), *FIRST_SCREEN_TABLES)

COLUMNS = [
    (index, light.name, column.name)
    for index, light in enumerate(EVERY_LIGHT_TABLE)
    for column in light.columns
]


@pytest.mark.parametrize(("index", "table_name", "column_name"), COLUMNS)
def test_every_light_column_is_its_orm_twin(index: int, table_name: str, column_name: str) -> None:
    light = EVERY_LIGHT_TABLE[index].c[column_name]
    mapped = Base.metadata.tables[table_name].c[column_name]
    assert type(light.type) is type(mapped.type)
    if isinstance(mapped.type, ScaledDecimal):
        assert isinstance(light.type, ScaledDecimal)
        assert light.type.places == mapped.type.places
    if isinstance(mapped.type, Enum):
        assert isinstance(light.type, Enum)
        assert light.type.enum_class is mapped.type.enum_class
        assert light.type.enums == mapped.type.enums


def test_the_account_change_tables_are_every_table_naming_an_account_and_its_editor() -> None:
    # A new table with account_id and changed_by must be added, or the account header's
    # "Changed by …" would not see changes in it.
    expected = [
        table.name
        for table in data_tables()
        if table.name != "account" and {"account_id", "changed_by"} <= set(table.c.keys())
    ]
    assert [light.name for light in ACCOUNT_CHANGE_TABLES] == expected
