"""The export service: option checks, rendering, atomic saving, export snapshots, client view."""

from __future__ import annotations

import io
import json
import os
import re
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from kamdesk.domain.enums import (
    Attitude,
    CompetitorKind,
    GoalKind,
    OpportunityType,
    SnapshotReason,
    SwotKind,
    Tier,
)
from kamdesk.domain.plain_json import dumps
from kamdesk.services.export import plan_export
from kamdesk.services.export.plan_export import (
    ExportOptions,
    available_sections,
    default_language,
    default_paper,
    parse_sections,
    render_document,
    save_document,
)
from kamdesk.store.database import Database
from kamdesk.store.errors import NotFoundError, StorageError, ValidationError
from kamdesk.store.orm import (
    Account,
    ActionItem,
    Competitor,
    Goal,
    Opportunity,
    OpportunityStage,
    PlanSnapshot,
    Stakeholder,
    SwotItem,
)

ACCOUNT_NAME = "Quellwerk Armaturen GmbH"

#: Unique strings that only the internal plan may show (checked absent from the client PDF).
INTERNAL_MARKERS = {
    "internal goal": "Zebrafinch margin goal",
    "competitor": "Kestrelcorp Valves",
    "swot strength": "Xylophone service depth",
    "swot threat": "Quokka price pressure",
    "opportunity": "Marmoset retrofit deal",
    "account note": "Wombat notes stay inside",
    "stakeholder note": "Narwhal prefers calls",
    "internal action": "Ocelot escalate pricing",
}
#: Strings the client version keeps (proof that the client PDF is not simply empty).
SHARED_MARKERS = {
    "customer goal": "Heron uptime goal",
    "shared action": "Pelican joint workshop",
}
STAKEHOLDER_ATTITUDES = {
    "Ada Brennecke": Attitude.CHAMPION,
    "Bruno Lindqvist": Attitude.BLOCKER,
    "Carla Oyelaran": Attitude.SCEPTIC,
}


def build_marked_account(db: Database, name: str = ACCOUNT_NAME) -> int:
    """A small but complete account whose internal texts are unique marker strings."""
    today = date.today()
    with db.session() as session:
        account = Account(name=name, tier=Tier.KEY, industry="Valves", city="Kassel",
                          country="DE", notes=INTERNAL_MARKERS["account note"])
        session.add(account)
        session.flush()
        for person, attitude in STAKEHOLDER_ATTITUDES.items():
            session.add(Stakeholder(
                account_id=account.id, name=person, title="Head of Operations",
                department="Operations", attitude=attitude, influence=5,
                notes=INTERNAL_MARKERS["stakeholder note"], last_contact=today,
            ))
        for kind, title in ((GoalKind.INTERNAL, INTERNAL_MARKERS["internal goal"]),
                            (GoalKind.CUSTOMER, SHARED_MARKERS["customer goal"])):
            session.add(Goal(account_id=account.id, kind=kind, title=title, metric="Percent",
                             baseline=Decimal(10), target=Decimal(20),
                             start_on=today - timedelta(days=30),
                             due_on=today + timedelta(days=300)))
        session.add(ActionItem(account_id=account.id, title=INTERNAL_MARKERS["internal action"],
                               due_on=today + timedelta(days=10)))
        session.add(ActionItem(account_id=account.id, title=SHARED_MARKERS["shared action"],
                               due_on=today + timedelta(days=20), shared_with_client=True))
        session.add(Competitor(account_id=account.id, name=INTERNAL_MARKERS["competitor"],
                               kind=CompetitorKind.OURS, strengths="Cheap"))
        session.add(SwotItem(account_id=account.id, kind=SwotKind.STRENGTH,
                             text=INTERNAL_MARKERS["swot strength"]))
        session.add(SwotItem(account_id=account.id, kind=SwotKind.THREAT,
                             text=INTERNAL_MARKERS["swot threat"]))
        stages = select(OpportunityStage).order_by(OpportunityStage.position)
        stage = session.scalars(stages).first()
        if stage is None:
            stage = OpportunityStage(name="Qualified", position=0, default_probability=20)
            session.add(stage)
            session.flush()
        session.add(Opportunity(account_id=account.id, title=INTERNAL_MARKERS["opportunity"],
                                type=OpportunityType.UPSELL, value=Decimal("48000"),
                                probability=40, stage_id=stage.id,
                                expected_close=today + timedelta(days=90)))
        session.flush()
        return account.id


def pdf_text(pdf: bytes) -> str:
    """The PDF's text with whitespace squeezed out (table cells wrap long words)."""
    pages = PdfReader(io.BytesIO(pdf)).pages
    return re.sub(r"\s+", "", "".join(page.extract_text() or "" for page in pages))


def squeeze(text: str) -> str:
    """``text`` without whitespace, to compare with :func:`pdf_text`."""
    return re.sub(r"\s+", "", text)


def snapshots(db: Database, account_id: int) -> list[tuple[SnapshotReason, str]]:
    """The account's stored snapshots (reason, content), oldest first."""
    with db.session() as session:
        rows = session.scalars(
            select(PlanSnapshot).where(PlanSnapshot.account_id == account_id)
            .order_by(PlanSnapshot.id)
        )
        return [(row.reason, row.content) for row in rows]


@pytest.fixture
def account(db: Database) -> int:
    return build_marked_account(db)


# -- options ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("options", "word"),
    [
        (ExportOptions(kind="letter"), "document"),
        (ExportOptions(lang="fr"), "language"),
        (ExportOptions(paper="a5"), "paper size"),
        (ExportOptions(audience="board"), "audience"),
        (ExportOptions(sections=("cover", "gossip")), "gossip"),
        (ExportOptions(audience="client", sections=("swot", "revenue")), "client version"),
    ],
)
def test_unknown_options_are_refused_before_anything_is_read(
    db: Database, account: int, options: ExportOptions, word: str
) -> None:
    with pytest.raises(ValidationError, match=word):
        render_document(db, account, options)
    assert snapshots(db, account) == []


def test_parse_sections_keeps_known_ids_and_refuses_the_rest() -> None:
    assert parse_sections(" cover, goals ,swot") == ("cover", "goals", "swot")
    with pytest.raises(ValidationError, match="at least one"):
        parse_sections(" , ")
    with pytest.raises(ValidationError, match="gossip"):
        parse_sections("cover,gossip")


def test_client_sections_are_a_subset_in_document_order() -> None:
    internal, client = available_sections("internal"), available_sections("client")
    assert set(client) < set(internal)
    assert [s for s in internal if s in client] == list(client)
    for hidden in ("swot", "opportunities", "whitespace", "buying_centers", "stakeholder_map"):
        assert hidden in internal and hidden not in client


@pytest.mark.parametrize(
    ("locale", "lang", "paper"),
    [("de_DE", "de", "a4"), ("de_CH", "de", "a4"), ("en_GB", "en", "a4"),
     ("en_US", "en", "letter"), ("fr_CA", "en", "letter")],
)
def test_locale_defaults(locale: str, lang: str, paper: str) -> None:
    assert default_language(locale) == lang
    assert default_paper(locale) == paper


def test_an_unknown_account_is_not_found(db: Database) -> None:
    with pytest.raises(NotFoundError):
        render_document(db, "Nobody AG", ExportOptions())


# -- rendering -------------------------------------------------------------------------------


def test_render_returns_a_pdf_and_records_nothing(db: Database, account: int) -> None:
    document = render_document(db, ACCOUNT_NAME, ExportOptions(paper="letter"))
    assert document.pdf.startswith(b"%PDF")
    reader = PdfReader(io.BytesIO(document.pdf))
    assert document.page_count == len(reader.pages) > 1
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert (round(width), round(height)) == (612, 792)  # US Letter
    assert document.plan.account.id == account
    assert snapshots(db, account) == []  # a preview stores nothing


def test_fewer_sections_give_fewer_pages(db: Database, account: int) -> None:
    full = render_document(db, account, ExportOptions())
    cover_only = render_document(db, account, ExportOptions(sections=("cover",)))
    assert cover_only.page_count == 1 < full.page_count


def test_the_client_pdf_leaves_out_everything_internal(db: Database, account: int) -> None:
    internal = pdf_text(render_document(db, account, ExportOptions()).pdf)
    client = pdf_text(render_document(db, account, ExportOptions(audience="client")).pdf)
    for what, marker in INTERNAL_MARKERS.items():
        if what != "stakeholder note":  # notes on people are not printed even internally
            assert squeeze(marker) in internal, f"the internal plan should show the {what}"
        assert squeeze(marker) not in client, f"the client plan shows the {what}"
    for attitude in STAKEHOLDER_ATTITUDES.values():
        word = attitude.value.capitalize()
        assert word in internal, word
        assert word not in client, word
    for what, marker in SHARED_MARKERS.items():
        assert squeeze(marker) in client, f"the client plan should show the {what}"
    assert squeeze("Bruno Lindqvist") in client  # the people are there, their coding is not


# -- saving ----------------------------------------------------------------------------------


def test_save_writes_the_file_and_an_export_snapshot(
    db: Database, account: int, tmp_path: Path
) -> None:
    document = render_document(db, account, ExportOptions())
    target = tmp_path / "plan.pdf"
    snapshot_id = save_document(db, document, target)
    assert target.read_bytes() == document.pdf
    assert not list(tmp_path.glob("*.part"))
    stored = snapshots(db, account)
    assert len(stored) == 1 and snapshot_id > 0
    reason, content = stored[0]
    assert reason == SnapshotReason.EXPORT
    assert json.loads(content) == json.loads(dumps(document.plan))
    assert json.loads(content)["account"]["name"] == ACCOUNT_NAME


def test_each_save_stores_its_own_snapshot(db: Database, account: int, tmp_path: Path) -> None:
    document = render_document(db, account, ExportOptions(kind="brief"))
    save_document(db, document, tmp_path / "one.pdf")
    save_document(db, document, tmp_path / "two.pdf")
    assert [reason for reason, _ in snapshots(db, account)] == [SnapshotReason.EXPORT] * 2
    # The next plan counts the exports so far: "version 3".
    assert render_document(db, account, ExportOptions()).plan.meta.version == 3


def test_a_missing_folder_writes_nothing_and_records_nothing(
    db: Database, account: int, tmp_path: Path
) -> None:
    document = render_document(db, account, ExportOptions())
    target = tmp_path / "missing" / "plan.pdf"
    with pytest.raises(ValidationError, match="does not exist"):
        save_document(db, document, target)
    assert not target.parent.exists()
    assert snapshots(db, account) == []


def test_a_failed_write_keeps_the_old_file_and_leaves_no_part_file(
    db: Database, account: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"the previous export")
    document = render_document(db, account, ExportOptions())

    def disk_full(source: str, destination: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(plan_export.os, "replace", disk_full)
    with pytest.raises(StorageError, match=r"Could not write .*plan\.pdf: the disk is full\.$"):
        save_document(db, document, target)
    assert target.read_bytes() == b"the previous export"
    assert not list(tmp_path.glob("*.part"))
    assert snapshots(db, account) == []


def test_an_existing_file_is_replaced_on_success(
    db: Database, account: int, tmp_path: Path
) -> None:
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"the previous export")
    document = render_document(db, account, ExportOptions(kind="brief"))
    save_document(db, document, target)
    assert target.read_bytes() == document.pdf
    assert not list(tmp_path.glob("*.part"))


@pytest.fixture
def unwritable_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder that exists but takes no new files, also when the tests run as root."""
    if os.geteuid() == 0:
        # Permissions do not stop root; sysfs refuses new files to everyone.
        if not Path("/sys/kernel").is_dir():
            pytest.skip("needs /sys when running as root")
        yield Path("/sys/kernel")
        return
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    yield folder
    folder.chmod(0o700)


def test_an_unwritable_folder_is_one_sentence(
    db: Database, account: int, unwritable_folder: Path
) -> None:
    document = render_document(db, account, ExportOptions(kind="brief"))
    refusal = r"Could not write .*brief\.pdf: access is not permitted\.$"
    with pytest.raises(StorageError, match=refusal):
        save_document(db, document, unwritable_folder / "brief.pdf")
    assert not (unwritable_folder / "brief.pdf").exists()
    assert snapshots(db, account) == []
