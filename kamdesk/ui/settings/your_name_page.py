"""The "You" page of the settings: the name the team sees on what this user changes.

Unlike the company settings it is not stored in the shared database (each member of a
team has their own) but in the user's settings folder, and it is not an undoable edit: it
changes no data, only how the next changes are signed. It takes effect at once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from kamdesk.services.settings.editor_name import (
    current_editor_name,
    save_editor_name,
    saved_editor_name,
    use_saved_editor_name,
)
from kamdesk.store.editors import EDITOR_NAME_LENGTH, operating_system_user
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.common.error_messages import reason_text


class YourNamePage(QWidget):
    """One field, "Your name", saved to the user's settings file when it is left."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.name_edit = QLineEdit(saved_editor_name() or "")
        self.name_edit.setMaxLength(EDITOR_NAME_LENGTH)
        login = operating_system_user()
        if login:
            self.name_edit.setPlaceholderText(login)
        self.name_edit.editingFinished.connect(self.commit)
        hint = QLabel(
            self.tr(
                "Your team sees this name on what you change (\"Changed by …\"). It is kept "
                "on this computer, not in the shared database. Left empty, your login name "
                "is used."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("mutedLabel")
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        # The hint and a refusal sit right under the field, not in rows of their own: a
        # form's empty label rows add a gap a word-wrapped label makes worse.
        field = QWidget()
        column = QVBoxLayout(field)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.name_edit)
        column.addWidget(self.error)
        column.addWidget(hint)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Your name"), field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)

    def commit(self) -> None:
        """Keep the typed name and sign the next changes with it (or the login name)."""
        typed = self.name_edit.text().strip() or None
        if typed == saved_editor_name():
            return
        try:
            save_editor_name(typed)
        except OSError as error:
            self.error.setText(
                self.tr("Your name could not be saved (%1).").replace("%1", reason_text(error))
            )
            self.error.show()
            return
        self.error.hide()
        use_saved_editor_name(self.context.db)
        self.name_edit.setText(saved_editor_name() or "")

    def signing_name(self) -> str | None:
        """The name the next change is signed with."""
        return current_editor_name(self.context.db)
