"""The first rows of a file to import, as a table whose headers say where each column goes."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from kamdesk.domain.import_records import TableRow
from kamdesk.domain.import_values import cell_text

AnyIndex = QModelIndex | QPersistentModelIndex
UNUSED_COLOUR = QColor("#8a8f98")


class ImportPreviewModel(QAbstractTableModel):
    """Rows of cells (read only); each header shows the file's column and its target."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._header: tuple[str, ...] = ()
        self._targets: tuple[str | None, ...] = ()
        self._rows: tuple[tuple[str, ...], ...] = ()
        self._lines: tuple[int, ...] = ()

    def set_rows(
        self, header: Sequence[str], targets: Sequence[str | None], rows: Sequence[TableRow]
    ) -> None:
        """Show these rows under these headers (targets: field labels, None = not imported)."""
        self.beginResetModel()
        self._header = tuple(header)
        self._targets = tuple(targets)
        self._rows = tuple(
            tuple(" ".join(cell_text(cell).split()) for cell in row.cells) for row in rows
        )
        self._lines = tuple(row.line for row in rows)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._header)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            row = self._rows[index.row()]
            return row[index.column()] if index.column() < len(row) else ""
        if role == Qt.ItemDataRole.ForegroundRole and self._targets[index.column()] is None:
            return UNUSED_COLOUR
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return self.tr("Line %1").replace("%1", str(self._lines[section]))
        target = self._targets[section]
        where = f"→ {target}" if target is not None else self.tr("(not imported)")
        return f"{self._header[section]}\n{where}"
