"""The import wizard's last page: what the import would do, and every problem by line."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from kamdesk.services.exchange.import_runner import ImportReport
from kamdesk.ui.exchange.import_texts import problem_text


class ImportCheckPage(QWizardPage):
    """The dry run's summary and problems; the Import button writes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Check before importing"))
        self.setSubTitle(self.tr(
            "Nothing has been written yet. This is what the import would do."
        ))
        self.report: ImportReport | None = None
        self.summary = QLabel(self.tr("Checking every row…"))
        self.summary.setObjectName("summaryLabel")
        self.summary.setWordWrap(True)
        self.problems = QTreeWidget()
        self.problems.setObjectName("problemList")
        self.problems.setRootIsDecorated(False)
        self.problems.setHeaderLabels([self.tr("Line"), self.tr("Column"), self.tr("Problem")])
        self.problems.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.problems.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.problems.header().setStretchLastSection(True)
        self.skip_invalid = QCheckBox(self.tr("Import the valid rows and leave out the rows "
                                              "with problems"))
        self.skip_invalid.setObjectName("skipInvalid")
        self.skip_invalid.toggled.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.skip_invalid)

    def clear(self) -> None:
        """Forget the last check (the file or mapping changed)."""
        self.report = None
        self.summary.setText(self.tr("Checking every row…"))
        self.problems.clear()
        self.problems.hide()
        self.skip_invalid.setChecked(False)
        self.skip_invalid.hide()
        self.completeChanged.emit()

    def show_report(self, report: ImportReport) -> None:
        """Show a dry run's outcome."""
        self.report = report
        counts = self.tr(
            "%1 to create, %2 to update, %3 unchanged."
        ).replace("%1", str(report.created)).replace("%2", str(report.updated)).replace(
            "%3", str(report.unchanged))
        parts = [counts]
        if report.team_members_created:
            parts.append(self.tr("%1 new team members (owners named in the file).").replace(
                "%1", str(report.team_members_created)))
        if report.rejected:
            parts.append(self.tr(
                "%1 problems: nothing is imported unless you leave those rows out."
            ).replace("%1", str(len(report.rejected))))
        elif not report.created and not report.updated:
            parts.append(self.tr("Everything in the file is already in kamdesk."))
        self.summary.setText(" ".join(parts))
        self.problems.clear()
        for problem in report.rejected:
            item = QTreeWidgetItem([str(problem.line), problem.column, problem_text(problem)])
            item.setToolTip(2, problem_text(problem))
            self.problems.addTopLevelItem(item)
        self.problems.setVisible(bool(report.rejected))
        self.skip_invalid.setVisible(bool(report.rejected))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        report = self.report
        if report is None:
            return False
        if report.rejected:
            return self.skip_invalid.isChecked() and bool(report.created or report.updated)
        return bool(report.created or report.updated)
