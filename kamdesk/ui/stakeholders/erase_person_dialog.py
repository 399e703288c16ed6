"""The confirmation before a person is erased: what goes, what stays, what is left to do.

Erasure cannot be undone, so the dialog says so plainly, names the texts the KAM will have to
edit by hand (kamdesk does not rewrite someone's sentences on its own) and lists the backups
made before that still hold the person (of a server database: the user's own dumps of it,
named as server dumps), with their times and reasons and a check box to purge them from
those too; a backup that cannot be read is named. Cancel is the default button.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.user_messages import UserMessage
from kamdesk.services.stakeholders.personal_data_erasure_preview import ErasurePreview
from kamdesk.ui.common.person_names import shown_person_name
from kamdesk.ui.common.qt_dates import changed_at_text


class ErasePersonDialog(QDialog):
    """Asks to confirm the erasure of one person; ``purge_backups`` is the user's choice."""

    def __init__(self, preview: ErasurePreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        name = shown_person_name(preview.person.name)
        self.setWindowTitle(self.tr("Erase person"))
        self.setMinimumWidth(520)

        intro = QLabel(
            self.tr("Erase %1 for good? Their name becomes “Former contact” with a number; "
                    "their e-mail, phone, notes, source, lawful basis and our judgement of "
                    "them (attitude, influence, strength) are removed, also from stored plan "
                    "snapshots. Their place in the org chart and the buying centers stays, and "
                    "the meetings they attended stay in the history without their name.")
            .replace("%1", name)
        )
        intro.setWordWrap(True)
        warning = QLabel(self.tr("<b>This cannot be undone</b>, not even with Ctrl+Z."))
        warning.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(warning)

        self.mentions_list = QListWidget()
        if preview.mentions_left:
            label = QLabel(self.tr("These texts still name them; edit them by hand afterwards:"))
            label.setWordWrap(True)
            layout.addWidget(label)
            for mention in preview.mentions_left:
                self.mentions_list.addItem(
                    self.tr("%1: %2").replace("%1", record_kind_label(mention.record_kind))
                    .replace("%2", mention.excerpt)
                )
            self.mentions_list.setMaximumHeight(110)
            layout.addWidget(self.mentions_list)

        held = preview.backups.backups
        dumps = preview.backups.server_dumps
        self.purge_check = QCheckBox(
            self.tr("Also purge them from these server dumps") if dumps
            else self.tr("Also purge them from these backups")
        )
        self.backups_list = QListWidget()
        if held:
            label = QLabel(
                (self.tr("%1 server dumps made before still hold them:") if dumps
                 else self.tr("%1 backups made before still hold them:"))
                .replace("%1", QLocale().toString(len(held)))
            )
            layout.addWidget(label)
            for backup in held:
                self.backups_list.addItem(
                    self.tr("%1 (%2)")
                    .replace("%1", changed_at_text(backup.taken_at))
                    .replace("%2", backup_reason_label(backup.reason))
                )
            self.backups_list.setMaximumHeight(90)
            layout.addWidget(self.backups_list)
            layout.addWidget(self.purge_check)
        for refused in preview.backups.unreadable:
            note = QLabel(message_text(refused.message))
            note.setObjectName("mutedLabel")
            note.setWordWrap(True)
            layout.addWidget(note)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = buttons.addButton(
            self.tr("Erase for good"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        cancel.setFocus()
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @property
    def purge_backups(self) -> bool:
        """Whether the user asked to purge the person from the listed backups too."""
        return bool(self.preview.backups.backups) and self.purge_check.isChecked()


def message_text(message: UserMessage) -> str:
    """A sentence of the services (a backup left as it was) in the user's language."""
    return message.render(QCoreApplication.translate)


def backup_reason_label(reason: str) -> str:
    """The words for why a backup (or server dump) was taken."""
    labels = {
        "daily": QCoreApplication.translate("BackupReasons", "daily"),
        "manual": QCoreApplication.translate("BackupReasons", "by hand"),
        "before-upgrade": QCoreApplication.translate("BackupReasons", "before an upgrade"),
        "before-restore": QCoreApplication.translate("BackupReasons", "before a restore"),
    }
    return labels.get(reason, reason)


def record_kind_label(kind: str) -> str:
    """The words for the kind of record a mention is in."""
    # Written out as QCoreApplication.translate(...) calls so that lupdate finds them.
    labels = {
        "account": QCoreApplication.translate("RecordKinds", "Account profile"),
        "competitor": QCoreApplication.translate("RecordKinds", "Competitor"),
        "need": QCoreApplication.translate("RecordKinds", "Need"),
        "swot_item": QCoreApplication.translate("RecordKinds", "SWOT"),
        "account_team_role": QCoreApplication.translate("RecordKinds", "Account team"),
        "score": QCoreApplication.translate("RecordKinds", "Scorecard"),
        "goal": QCoreApplication.translate("RecordKinds", "Goal"),
        "goal_update": QCoreApplication.translate("RecordKinds", "Goal update"),
        "action_item": QCoreApplication.translate("RecordKinds", "Action"),
        "opportunity": QCoreApplication.translate("RecordKinds", "Opportunity"),
        "business_unit": QCoreApplication.translate("RecordKinds", "Business unit"),
        "whitespace_cell": QCoreApplication.translate("RecordKinds", "Whitespace"),
        "buying_center": QCoreApplication.translate("RecordKinds", "Buying center"),
        "stakeholder": QCoreApplication.translate("RecordKinds", "Another person"),
        "stakeholder_link": QCoreApplication.translate("RecordKinds", "Line between people"),
        "interaction": QCoreApplication.translate("RecordKinds", "Interaction"),
        "review": QCoreApplication.translate("RecordKinds", "Review"),
    }
    return labels.get(kind, kind)

