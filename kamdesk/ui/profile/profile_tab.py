"""The Profile tab: every profile field of the account, grouped, saved as each is left.

A field's value is read from its widget (text that is not a number is refused right
there), compared with what is stored, and only a real change goes to the service, as one
undoable edit. A refusal (invalid, or changed elsewhere) is shown under the field.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QWidget,
)

from kamdesk.domain.data_changes import Change, DataKind
from kamdesk.domain.enums import ReviewCadence, Tier
from kamdesk.services.profile.profile_reads import (
    ProfileData,
    read_known_industries,
    read_last_contact,
    read_profile,
)
from kamdesk.services.settings.settings_reads import read_settings, read_team_members
from kamdesk.store.errors import NotFoundError, ValidationError
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.common.currency_symbols import currency_symbol
from kamdesk.ui.common.edit_commands import UpdateRowCommand
from kamdesk.ui.common.enum_labels import cadence_label
from kamdesk.ui.common.error_messages import error_text
from kamdesk.ui.common.form_fields import FieldRow, holds_unsaved_typing
from kamdesk.ui.common.qt_dates import show_date
from kamdesk.ui.common.tier_badges import tier_label
from kamdesk.ui.common.workspace_tab import HeldTyping, WorkspaceTab
from kamdesk.ui.profile.profile_field_editors import (
    BoundEditor,
    country_editor,
    date_editor,
    enum_editor,
    industry_editor,
    line_editor,
    long_text_editor,
    money_editor,
    number_editor,
    owner_editor,
    time_zone_editor,
    years_editor,
)
from kamdesk.ui.profile.profile_held_fields import sort_held_fields
from kamdesk.ui.profile.time_zone_field import LocalTimeLabel

WIDE_LAYOUT_PX = 860


class ProfileTab(WorkspaceTab):
    """Company, location, relationship, strategy and notes of one account."""

    area = "profile"
    kinds = frozenset(
        {DataKind.PROFILE, DataKind.TEAM, DataKind.INTERACTIONS, DataKind.SETTINGS}
    )

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.profile: ProfileData | None = None
        # Fields the user is typing into whose stored value someone else changed meanwhile:
        # the version the typing started from, so leaving the field is refused as a conflict
        # instead of silently overwriting the other person's value of that very field.
        self._typed_over: dict[str, int] = {}
        self._shown: ProfileData | None = None  # the profile the fields showed before a read
        # Fields left with a value not saved yet because some field's value was refused: they
        # keep what was typed and are saved together once all are valid.
        self._held: set[str] = set()
        self.rows: dict[str, FieldRow] = {}
        self.labels: dict[str, str] = {}
        self._readers: dict[str, Callable[[], Any]] = {}
        self._writers: dict[str, Callable[[Any], None]] = {}
        self._build()

    def title(self) -> str:
        return self.tr("Profile")

    def set_account(self, account_id: int | None) -> None:
        # Refused typing belongs to the account it was typed on: it is not carried over
        # (the main window asked before leaving it). Read again (F5), the account keeps it.
        if account_id != self.account_id:
            self._held.clear()
            self._typed_over.clear()
        super().set_account(account_id)

    def editor(self, name: str) -> QWidget:
        """The input widget of a field (tests and keyboard focus use it)."""
        return self.rows[name].editor

    def focus_name(self) -> None:
        """Put the cursor in the name field, its text selected (a new account)."""
        name = self.editor("name")
        assert isinstance(name, QLineEdit)
        name.setFocus(Qt.FocusReason.OtherFocusReason)
        name.selectAll()

    # -- loading ----------------------------------------------------------------------------

    def reload(self) -> None:
        if not self._read_profile():
            return
        self._fill_industries()
        self._fill_owners()
        self._show_currency()
        self._show_fields()
        self._show_last_contact()

    def apply_change(self, change: Change) -> None:
        """Read again only what the change affects; an edit made here is already shown."""
        if change.origin is self:
            return
        if change.kind is DataKind.PROFILE:
            if self._read_profile():
                if change.touches(("industry",)):
                    self._fill_industries()
                self._show_fields()
        elif change.kind is DataKind.TEAM:
            self._fill_owners()
            self._show_fields(("owner_id",))
        elif change.kind is DataKind.INTERACTIONS:
            self._show_last_contact()
        elif change.kind is DataKind.SETTINGS:
            self._show_currency()
        else:
            self.reload()

    def _read_profile(self) -> bool:
        self._shown = self.profile
        self.profile = None
        if self.account_id is None:
            return False
        try:
            self.profile = read_profile(self.context.db, self.account_id)
        except NotFoundError:
            return False
        return True

    def _show_fields(self, names: tuple[str, ...] | None = None, keep_typing: bool = True) -> None:
        assert self.profile is not None
        for name in names or tuple(self.rows):
            if keep_typing and (name in self._held or holds_unsaved_typing(self.rows[name].editor)):
                # Saved when left: against the version just read when only other fields
                # changed, against the one typed over when this field changed too.
                shown = self._shown
                if shown is not None and getattr(shown, name) != getattr(self.profile, name):
                    self._typed_over.setdefault(name, shown.version)
                continue
            self._typed_over.pop(name, None)
            self.rows[name].show_error("")
            self._writers[name](getattr(self.profile, name))

    def _show_last_contact(self) -> None:
        assert self.account_id is not None
        contact = read_last_contact(self.context.db, self.account_id)
        self.last_contact_label.setText(
            show_date(contact) if contact
            else self.tr("No interaction recorded yet")
        )

    def _fill_industries(self) -> None:
        industry = self.editor("industry")
        assert isinstance(industry, QComboBox)
        industry.blockSignals(True)
        industry.clear()
        industry.addItems(read_known_industries(self.context.db))
        industry.blockSignals(False)

    def _fill_owners(self) -> None:
        owner = self.editor("owner_id")
        assert isinstance(owner, QComboBox)
        owner.clear()
        owner.addItem(self.tr("No owner"), None)
        for member in read_team_members(self.context.db):
            if member.active or (self.profile and member.id == self.profile.owner_id):
                owner.addItem(member.name, member.id)

    def _show_currency(self) -> None:
        self.revenue_unit.setText(currency_symbol(read_settings(self.context.db).currency))

    # -- saving -----------------------------------------------------------------------------

    def commit(self, name: str) -> None:
        """Save what changed once every held field is valid (called when a field is left).

        A field left with a value that cannot be stored is held: its refusal stays under it
        and its text stays in it, and other fields left meanwhile are held with it. Each
        time a field is left, every held field is checked again and all refusals are shown
        at once; only when none is left do the held changes go to the database, together,
        as one undoable edit.
        """
        if self.profile is None or self.account_id is None:
            return
        self._held.add(name)
        changes, refusals = sort_held_fields(self._held, self._readers, self.profile)
        left = self._held  # a held field typed back to its stored value is let go
        self._held = set(refusals) | set(changes)
        for held in left:
            self.rows[held].show_error(refusals.get(held, ""))
        if not refusals and changes:
            self._save(name, changes)

    # -- typing held when the account is left (asked by the main window) ------------------

    def held_typing(self) -> list[HeldTyping]:
        rows = self.rows
        return [HeldTyping(self.labels[n], rows[n].error()) for n in rows if n in self._held]

    def focus_held_typing(self) -> None:
        first = next((name for name in self.rows if name in self._held), None)
        if first is not None:
            self.scroll_area.ensureWidgetVisible(self.rows[first])
            self.rows[first].setFocus(Qt.FocusReason.OtherFocusReason)

    def discard_held_typing(self) -> None:
        held, self._held = self._held, set()
        for name in held:
            self._typed_over.pop(name, None)
            self.rows[name].show_error("")
        if self.profile is not None and held:
            self._show_fields(tuple(held), keep_typing=False)

    def save_valid_held_typing(self) -> None:
        if self.profile is None or self.account_id is None:
            return
        changes, refusals = sort_held_fields(self._held, self._readers, self.profile)
        valid = {name: value for name, value in changes.items() if name not in refusals}
        self._held -= set(valid)
        self.discard_held_typing()  # the refused ones: what is stored is shown again
        if valid:
            self._save(next(iter(valid)), valid)

    def _save(self, name: str, changes: dict[str, Any]) -> None:
        """Store the held changes as one undoable edit; a refusal is shown at its field."""
        # Loaded with the first change, not with the tab (see profile_held_fields).
        from kamdesk.services.profile.account_profile_editing import update_profile

        assert self.profile is not None and self.account_id is not None
        profile = self.profile
        seen = min(self._typed_over.get(held, profile.version) for held in changes)
        db = self.context.db
        labels = [self.labels[held] for held in sorted(changes)]
        command = UpdateRowCommand(
            self.context,
            self.tr("Edit %1").replace("%1", ", ".join(labels)),
            DataKind.PROFILE,
            self.account_id,
            lambda row_id, seen, values: update_profile(db, row_id, seen, values),
            self.account_id,
            seen,
            {held: getattr(profile, held) for held in changes},
            dict(changes),
            origin=self,
        )
        # Let go while the edit runs: a conflict reloads the fields with what is stored.
        self._held.clear()
        refusal = self.context.push(command)
        if refusal is None:
            for held in changes:
                self._typed_over.pop(held, None)
            # Nothing to read back: the fields hold what was typed (shown once more, for
            # what goes with them, such as the local time), and only the version moved on.
            # Text is stored trimmed: only then is the profile read back to show what was kept.
            assert command.version is not None
            self.profile = replace(profile, **changes, version=command.version)
            trimmed = any(isinstance(v, str) and v != v.strip() for v in changes.values())
            if trimmed and not self._read_profile():
                return
            self._show_fields(tuple(changes), keep_typing=False)
            return
        if isinstance(refusal, ValidationError):
            self._held.update(changes)
            for held, value in changes.items():
                self._writers[held](value)  # keep what the user typed, to correct it
        at = getattr(refusal, "field", None)
        self.rows[at if at in self.rows else name].show_error(error_text(refusal))

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        def left(name: str) -> Callable[[], None]:
            return lambda: self.commit(name)

        self.revenue_unit = QLabel("€")
        self.local_time = LocalTimeLabel()
        company = self._group(self.tr("Company"), [
            ("name", self.tr("Name"), line_editor(left("name"))),
            ("legal_name", self.tr("Legal name"), line_editor(left("legal_name"))),
            ("industry", self.tr("Industry"), industry_editor(left("industry"))),
            ("employees", self.tr("Employees"), number_editor(left("employees"))),
            ("annual_revenue", self.tr("Their annual revenue"),
             money_editor(left("annual_revenue"), self.revenue_unit)),
            ("website", self.tr("Website"), line_editor(left("website"), "https://…")),
        ])
        location = self._group(self.tr("Location"), [
            ("street", self.tr("Street"), line_editor(left("street"))),
            ("postal_code", self.tr("Postal code"), line_editor(left("postal_code"))),
            ("city", self.tr("City"), line_editor(left("city"))),
            ("country", self.tr("Country"), country_editor(left("country"))),
            ("time_zone", self.tr("Time zone"),
             time_zone_editor(left("time_zone"), self.local_time)),
        ])
        location_form = location.layout()
        assert isinstance(location_form, QFormLayout)
        location_form.addRow("", self.local_time)
        relationship = self._group(self.tr("Relationship"), [
            ("tier", self.tr("Tier"), enum_editor(left("tier"), Tier, tier_label)),
            ("owner_id", self.tr("Owner"), owner_editor(left("owner_id"))),
            ("customer_since", self.tr("Customer since"), date_editor(left("customer_since"))),
            ("expected_relationship_years", self.tr("Expected relationship"),
             years_editor(left("expected_relationship_years"))),
            ("review_cadence", self.tr("Review cadence"),
             enum_editor(left("review_cadence"), ReviewCadence, cadence_label)),
        ])
        self.last_contact_label = QLabel()
        self.last_contact_label.setToolTip(self.tr("The newest interaction in the History tab"))
        relationship_form = relationship.layout()
        assert isinstance(relationship_form, QFormLayout)
        relationship_form.addRow(self.tr("Last contact"), self.last_contact_label)
        strategy = self._group(self.tr("Strategy"), [
            ("business_plan", self.tr("Business plan and goals"),
             long_text_editor(left("business_plan"), 6)),
            ("target_audience", self.tr("Target audience / ICP"),
             long_text_editor(left("target_audience"))),
            ("usp", self.tr("Their USP"), long_text_editor(left("usp"), 3)),
        ])
        notes = self._group(self.tr("Notes"), [
            ("notes", "", long_text_editor(left("notes"), 6))
        ])
        self.groups = [company, location, relationship, strategy, notes]

        self.content = QWidget()
        self.grid = QGridLayout(self.content)
        self.grid.setContentsMargins(4, 8, 12, 12)
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(14)
        self._wide: bool | None = None
        self._arrange(wide=True)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setWidget(self.content)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(wide=event.size().width() >= WIDE_LAYOUT_PX)

    def _arrange(self, wide: bool) -> None:
        """Two columns on wide windows, one below the other on narrow ones."""
        if wide == self._wide:
            return
        self._wide = wide
        for group in self.groups:
            self.grid.removeWidget(group)
        company, location, relationship, strategy, notes = self.groups
        if wide:
            self.grid.addWidget(company, 0, 0)
            self.grid.addWidget(location, 1, 0)
            self.grid.addWidget(relationship, 0, 1)
            self.grid.addWidget(strategy, 1, 1)
            self.grid.addWidget(notes, 2, 0, 1, 2)
            self.grid.setColumnStretch(1, 1)
        else:
            for row, group in enumerate(self.groups):
                self.grid.addWidget(group, row, 0, 1, 2)
            self.grid.setColumnStretch(1, 0)
        self.grid.setColumnStretch(0, 1)
        self.grid.setRowStretch(3, 1)

    def _group(self, title: str, fields: list[tuple[str, str, BoundEditor]]) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(8)
        for name, label, bound in fields:
            self._readers[name] = bound.read
            self._writers[name] = bound.write
            row = FieldRow(bound.widget)
            self.rows[name] = row
            self.labels[name] = label or title
            if label:
                form.addRow(label, row)
            else:
                form.addRow(row)
        return box
