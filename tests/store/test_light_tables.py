"""The light Core tables read exactly the columns, with exactly the types, of the ORM's tables."""

from __future__ import annotations

import pytest
from sqlalchemy import Enum
from sqlalchemy.sql import TableClause

from kamdesk.store import light_tables
from kamdesk.store.column_types import ScaledDecimal
from kamdesk.store.light_tables import ACCOUNT_CHANGE_TABLES
from kamdesk.store.orm import Base
from kamdesk.store.orm.base import data_tables

# Every table clause the module defines, whichever block (and whatever name) it is in, and
# the header's change tables, which it makes in a loop.
CLAUSES = {
    **{name: value for name, value in vars(light_tables).items()
       if isinstance(value, TableClause)},
    **{f"change:{light.name}": light for light in ACCOUNT_CHANGE_TABLES},
}
COLUMNS = [
    (clause_name, column.name)
    for clause_name, light in CLAUSES.items()
    for column in light.columns
]


def test_the_plan_reads_have_their_tables() -> None:
    # The walk finds the plan export block's clauses too (not only those LIGHT_TABLES lists).
    assert {"stakeholder", "plan_snapshot", "plan_account", "goal_update"} <= set(CLAUSES)


@pytest.mark.parametrize(("clause_name", "column_name"), COLUMNS)
def test_every_light_column_is_its_orm_twin(clause_name: str, column_name: str) -> None:
    table_name = CLAUSES[clause_name].name
    light = CLAUSES[clause_name].c[column_name]
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
