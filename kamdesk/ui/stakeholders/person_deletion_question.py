"""The question before a person is deleted: what goes with them, and the better choice.

A person who left the company is better marked so ("Left the company"): they then stay in
the history and off the map. The question says that, what goes with them (buying-center
roles, lines, interactions) and who loses their manager.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kamdesk.services.stakeholders.stakeholder_editing import stakeholder_dependents
from kamdesk.services.stakeholders.stakeholder_facts import StakeholderRow
from kamdesk.store.database import Database
from kamdesk.ui.common.dependents_text import dependents_sentence

# The texts were the stakeholders tab's and keep its translation context; the tool that
# collects them finds calls spelled translate("StakeholdersTab", "…").
translate = QCoreApplication.translate


def confirm_person_deletion(parent: QWidget, db: Database, person: StakeholderRow,
                            people: Sequence[StakeholderRow]) -> bool:
    """Whether the user confirms deleting ``person`` (``people``: the account's)."""
    reports = sum(1 for r in people if r.reports_to_id == person.id)
    parts = [translate("StakeholdersTab", "Delete %1?").replace("%1", person.name)]
    also = dependents_sentence(stakeholder_dependents(db, person.id))
    if also:
        parts.append(also)
    if reports:
        parts.append(translate("StakeholdersTab",
                               "%1 people who report to them will have no manager.")
                     .replace("%1", str(reports)))
    parts.append(translate("StakeholdersTab",
                           "If they left the company, set “Left the company” instead: "
                           "they then stay in the history. You can undo a delete (Ctrl+Z)."))
    answer = QMessageBox.question(
        parent, translate("StakeholdersTab", "Delete person"), "\n\n".join(parts),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return bool(answer == QMessageBox.StandardButton.Yes)
