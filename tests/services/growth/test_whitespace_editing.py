"""Tests of the whitespace matrix service: units, cells, validation, totals."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kamdesk.domain.enums import CellStatus, CompetitorKind
from kamdesk.services.common.compare_and_set import NOT_STORED
from kamdesk.services.growth import whitespace_editing as ws
from kamdesk.services.growth.offering_catalogue import create_offering, update_offering
from kamdesk.store.database import Database
from kamdesk.store.errors import ConflictError, ValidationError
from kamdesk.store.orm import Account, BusinessUnit, Competitor, Offering
from tests.helpers.storage_files import version_of


def _account(db: Database, name: str = "Acme") -> int:
    with db.session() as session:
        account = Account(name=name)
        session.add(account)
        session.flush()
        return account.id


def _competitor(db: Database, account_id: int, name: str, kind: CompetitorKind) -> int:
    with db.session() as session:
        row = Competitor(account_id=account_id, name=name, kind=kind)
        session.add(row)
        session.flush()
        return row.id


def test_matrix_is_units_by_active_offerings_with_unknown_gaps(db: Database) -> None:
    account = _account(db)
    berlin = ws.create_unit(db, account, "Berlin")
    munich = ws.create_unit(db, account, "Munich")
    mes = create_offering(db, "MES")
    audit = create_offering(db, "Audit")
    retired = create_offering(db, "Retired")
    update_offering(db, retired, version_of(db, Offering, retired), {"active": False})
    ws.set_cell(db, berlin, mes, None, {"status": CellStatus.ACTIVE,
                                         "estimated_value": Decimal("1000")})
    ws.set_cell(db, munich, mes, None, {"status": CellStatus.OPPORTUNITY,
                                         "estimated_value": Decimal("400")})
    ws.set_cell(db, munich, audit, None, {"status": CellStatus.NOT_RELEVANT})

    matrix = ws.load_matrix(db, account)
    assert [u.name for u in matrix.units] == ["Berlin", "Munich"]
    assert [o.name for o in matrix.offerings] == ["MES", "Audit"]
    assert matrix.cell(berlin, audit).status is CellStatus.UNKNOWN
    assert matrix.cell(berlin, audit).id is None
    totals = matrix.totals
    assert (totals.active_value, totals.potential_value) == (Decimal(1000), Decimal(400))
    # 4 cells, 1 not relevant: 1 active out of 3 relevant.
    assert totals.coverage == Decimal("0.3333")
    assert [(t.key, t.active, t.potential) for t in totals.by_offering] == [
        (mes, Decimal(1000), Decimal(400)),
        (audit, Decimal(0), Decimal(0)),
    ]


def test_a_cell_is_stored_on_its_first_change_and_versioned(db: Database) -> None:
    account = _account(db)
    unit = ws.create_unit(db, account, "Berlin")
    offering = create_offering(db, "MES")
    first = ws.set_cell(db, unit, offering, None, {"status": CellStatus.OPPORTUNITY})
    assert first.version > 0
    with pytest.raises(ConflictError):  # another window still thinks it was never stored
        ws.set_cell(db, unit, offering, NOT_STORED, {"status": CellStatus.ACTIVE})
    second = ws.set_cell(db, unit, offering, first.version, {"note": "Asked in May"})
    assert (second.status, second.note) == (CellStatus.OPPORTUNITY, "Asked in May")
    assert second.version > first.version


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"estimated_value": Decimal("-5")}, "estimated_value"),
        ({"estimated_value": Decimal("0.001")}, "estimated_value"),
        ({"status": "maybe"}, "status"),
    ],
)
def test_bad_cell_input_is_refused_and_nothing_stored(
    db: Database, changes: dict[str, object], field: str
) -> None:
    account = _account(db)
    unit = ws.create_unit(db, account, "Berlin")
    offering = create_offering(db, "MES")
    with pytest.raises(ValidationError) as refused:
        ws.set_cell(db, unit, offering, None, changes)
    assert refused.value.field == field
    assert ws.load_matrix(db, account).cells == {}


def test_a_cell_of_a_deleted_unit_or_offering_is_refused(db: Database) -> None:
    from kamdesk.services.growth.offering_catalogue import delete_offering

    account = _account(db)
    unit = ws.create_unit(db, account, "Berlin")
    offering = create_offering(db, "MES")
    other = create_offering(db, "Audit")
    delete_offering(db, other, version_of(db, Offering, other))
    with pytest.raises(ValidationError, match="offering was deleted"):
        ws.set_cell(db, unit, other, None, {"status": CellStatus.ACTIVE})
    ws.delete_unit(db, unit, version_of(db, BusinessUnit, unit))
    with pytest.raises(ValidationError, match="business unit was deleted"):
        ws.set_cell(db, unit, offering, None, {"status": CellStatus.ACTIVE})


def test_competitor_must_be_one_of_ours_at_this_account(db: Database) -> None:
    account = _account(db)
    elsewhere = _account(db, "Other")
    unit = ws.create_unit(db, account, "Berlin")
    offering = create_offering(db, "MES")
    ours = _competitor(db, account, "Siemens", CompetitorKind.OURS)
    theirs = _competitor(db, account, "Rival GmbH", CompetitorKind.CUSTOMERS)
    foreign = _competitor(db, elsewhere, "ABB", CompetitorKind.OURS)
    for bad in (theirs, foreign, 9999):
        with pytest.raises(ValidationError) as refused:
            ws.set_cell(db, unit, offering, None, {"status": CellStatus.COMPETITOR,
                                                   "competitor_id": bad})
        assert refused.value.field == "competitor_id"
    cell = ws.set_cell(db, unit, offering, None, {"status": CellStatus.COMPETITOR,
                                                  "competitor_id": ours})
    assert cell.competitor == "Siemens"
    assert [c.name for c in ws.list_competitors(db, account)] == ["Siemens"]


def test_units_are_named_uniquely_per_account_and_reordered(db: Database) -> None:
    account = _account(db)
    other = _account(db, "Other")
    a = ws.create_unit(db, account, "Berlin")
    b = ws.create_unit(db, account, "Munich")
    ws.create_unit(db, other, "Berlin")  # another account may use the name
    with pytest.raises(ValidationError, match="already has"):
        ws.create_unit(db, account, " berlin")
    with pytest.raises(ValidationError):
        ws.update_unit(db, b, version_of(db, BusinessUnit, b), {"name": ""})
    ws.update_unit(db, b, version_of(db, BusinessUnit, b), {"name": "München"})
    ws.reorder_units(db, account, [b, a])
    assert [u.name for u in ws.list_units(db, account)] == ["München", "Berlin"]


def test_deleting_a_unit_takes_its_cells_and_undo_restores_them(db: Database) -> None:
    account = _account(db)
    unit = ws.create_unit(db, account, "Berlin")
    offering = create_offering(db, "MES")
    ws.set_cell(db, unit, offering, None, {"status": CellStatus.ACTIVE,
                                           "estimated_value": Decimal(10)})
    assert ws.unit_usage(db, unit) == ws.UnitUsage(cells=1, opportunities=0)
    deleted = ws.delete_unit(db, unit, version_of(db, BusinessUnit, unit))
    assert ws.load_matrix(db, account).units == ()
    ws.restore_deleted(db, deleted)
    matrix = ws.load_matrix(db, account)
    assert matrix.cell(unit, offering).status is CellStatus.ACTIVE
    assert matrix.cell(unit, offering).estimated_value == Decimal(10)


def test_undo_of_a_cell_checks_the_values_it_left(db: Database) -> None:
    account = _account(db)
    unit = ws.create_unit(db, account, "Berlin")
    offering = create_offering(db, "MES")
    first = ws.set_cell(db, unit, offering, None, {"status": CellStatus.OPPORTUNITY})
    ws.set_cell(db, unit, offering, first.version, {"status": CellStatus.ACTIVE})
    ws.set_cell(db, unit, offering, {"status": CellStatus.ACTIVE},
                {"status": CellStatus.OPPORTUNITY})
    with pytest.raises(ConflictError):
        ws.set_cell(db, unit, offering, {"status": CellStatus.ACTIVE},
                    {"status": CellStatus.UNKNOWN})
    assert ws.get_cell(db, unit, offering).status is CellStatus.OPPORTUNITY
