"""The plan read through Core is the plan the ORM and the feature services give.

``kamdesk export plan`` assembles the plan through Core statements over the light tables,
so that the command never imports the ORM. The reference is the assembly as it was before
(``tests/helpers/orm_plan``): through the ORM, the Stakeholders, Whitespace, Goals, Revenue
and Assessment services the app's tabs show. Every demo account, on both backends.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from kamdesk.domain.enums import SnapshotReason
from kamdesk.services.export.plan_export import ExportOptions, render_document, save_document
from kamdesk.services.plans.plan_assembly import assemble_in_session, assemble_plan
from kamdesk.services.plans.review_start import start_review
from kamdesk.store.database import Database
from kamdesk.store.errors import NotFoundError
from kamdesk.store.orm import Account, CompanySettings, PlanSnapshot, Stakeholder
from tests.helpers.orm_plan.assembly import assemble_plan as orm_assemble_plan

TODAY = date(2026, 11, 28)


@pytest.mark.slow
def test_every_demo_account_reads_the_same_through_core(
    demo_database: Callable[..., Database], tmp_path: Path
) -> None:
    # The session's 48-account demo, shared with the profile and settings reads.
    db = demo_database(accounts=48, seed=7, today=TODAY)
    with db.session() as session:
        ids = list(session.scalars(select(Account.id).order_by(Account.id)))
    assert len(ids) == 48
    for account_id in ids:
        assert assemble_plan(db, account_id, TODAY) == orm_assemble_plan(db, account_id, TODAY)
    # With snapshots (a review and an export) the plans carry the changes since the last one.
    for account_id in ids[:3]:
        start_review(db, account_id, TODAY)
        exported = assemble_plan(db, account_id, TODAY).meta.version
        with db.session() as session:
            person = session.scalars(
                select(Stakeholder).where(Stakeholder.account_id == account_id)
            ).first()
            assert person is not None
            person.influence = 1 if person.influence != 1 else 2
        # What the export records is the assembled plan, whatever the sections: the cover
        # and the changes print in a page or two (the whole plan took a quarter of the test).
        document = render_document(
            db, account_id, ExportOptions(sections=("cover", "changes")), TODAY
        )
        save_document(db, document, tmp_path / f"plan-{account_id}.pdf")
        plan = assemble_plan(db, account_id, TODAY)
        assert plan.changes_since_last_review is not None
        assert plan.meta.version == exported + 1
        assert plan == orm_assemble_plan(db, account_id, TODAY)


def test_a_name_or_an_id_finds_the_account_and_anything_else_is_refused(db: Database) -> None:
    with db.session() as session:
        session.add(Account(name="4711 Kölnisch"))
        session.add(Account(name="Acme"))
    assert assemble_plan(db, "Acme", TODAY).account.id == 2
    assert assemble_plan(db, " 2 ", TODAY).account.name == "Acme"
    assert assemble_plan(db, "4711 Kölnisch", TODAY).account.id == 1
    with pytest.raises(NotFoundError, match="no account with the id or name 'Acne'"):
        assemble_plan(db, "Acne", TODAY)


def test_a_database_without_settings_gets_them_as_before(db: Database) -> None:
    with db.session() as session:
        session.add(Account(name="Acme"))
    plan = assemble_plan(db, "Acme", TODAY)
    with db.session() as session:
        settings = session.get(CompanySettings, 1)
        assert settings is not None
        assert plan.meta.currency == settings.currency
    assert plan == orm_assemble_plan(db, "Acme", TODAY)


def test_the_plan_in_a_unit_of_work_shows_what_it_holds_unsaved(db: Database) -> None:
    with db.session() as session:
        session.add(Account(name="Acme"))
    with db.session() as session:
        account = session.get(Account, 1)
        assert account is not None
        account.usp = "Fastest delivery in the region"
        assert assemble_in_session(session, 1, TODAY).account.usp == account.usp


def test_the_export_snapshot_is_stamped_as_the_orm_stamps_a_row(
    db: Database, tmp_path: Path
) -> None:
    with db.session() as session:
        session.add(Account(name="Acme"))
    start_review(db, 1, TODAY)  # a snapshot the ORM writes
    document = render_document(db, 1, ExportOptions(), TODAY)
    snapshot_id = save_document(db, document, tmp_path / "plan.pdf")
    with db.session() as session:
        review, export = session.scalars(select(PlanSnapshot).order_by(PlanSnapshot.id)).all()
        assert export.id == snapshot_id
        assert export.reason is SnapshotReason.EXPORT
        assert export.version > review.version  # drawn from the database-wide clock
        assert export.changed_by == review.changed_by is not None
        assert export.taken_at.tzinfo is not None
        assert export.created_at == export.updated_at == export.taken_at
        assert json.loads(export.content)["account"]["name"] == "Acme"
