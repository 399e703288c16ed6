"""The light Core tables read exactly the columns, with exactly the types, of the ORM's tables."""

from __future__ import annotations

import pytest
from sqlalchemy import Enum
from sqlalchemy.sql import TableClause

from kamdesk.store import light_tables
from kamdesk.store.column_types import ScaledDecimal
from kamdesk.store.light_tables import ACCOUNT_CHANGE_TABLES, LIGHT_TABLES
from kamdesk.store.orm import Base
from kamdesk.store.orm.base import data_tables

COLUMNS = [
    (light.name, column.name) for light in LIGHT_TABLES.values() for column in light.columns
]


def test_there_is_one_clause_per_table_named_after_it() -> None:
    # A second clause for a table would drift from the first; every clause the module
    # defines is listed, so the column test below sees it.
    defined = {name: value for name, value in vars(light_tables).items()
               if isinstance(value, TableClause)}
    misnamed = {name: light.name for name, light in defined.items() if name != light.name}
    assert misnamed == {}
    assert defined == LIGHT_TABLES
    assert all(light is LIGHT_TABLES[light.name] for light in ACCOUNT_CHANGE_TABLES)


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
        assert light.type.name == mapped.type.name


def test_the_account_change_tables_are_every_table_naming_an_account_and_its_editor() -> None:
    # A new table with account_id and changed_by must be added, or the account header's
    # "Changed by …" would not see changes in it.
    expected = [
        table.name
        for table in data_tables()
        if table.name != "account" and {"account_id", "changed_by"} <= set(table.c.keys())
    ]
    assert [light.name for light in ACCOUNT_CHANGE_TABLES] == expected
    assert all({"updated_at", "changed_by"} <= set(light.c.keys())
               for light in ACCOUNT_CHANGE_TABLES)
