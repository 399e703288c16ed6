"""The relationship map's view: zoom, pan, fit, highlight filters, legend and export.

Ctrl+wheel, the + and - keys or the buttons zoom; dragging the background pans; "Fit"
shows the whole chart. The two filters dim everybody outside a buying center or a
department. "Export map…" writes the chart with a title and the legend as SVG
(QSvgGenerator), PDF (QPdfWriter) or PNG (QImage).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QKeyEvent,
    QPageLayout,
    QPageSize,
    QPainter,
    QPaintEvent,
    QPdfWriter,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.file_names import safe_file_name
from kamdesk.services.stakeholders.relationship_map import RelationshipMap
from kamdesk.ui.common.error_messages import error_text
from kamdesk.ui.common.flow_layout import flow_row
from kamdesk.ui.stakeholders.relationship_map_scene import RelationshipMapScene, paint_legend

MIN_SCALE = 0.1
MAX_SCALE = 3.0
ZOOM_STEP = 1.2
# Below this, card text is too small to read: the first view of a big chart starts here
# at the top instead of fitting everything.
READABLE_SCALE = 0.8


class MapGraphicsView(QGraphicsView):
    """The scrolling, zooming view of the map scene."""

    def __init__(self, scene: RelationshipMapScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # A chart shorter than the view starts at the top, like a page.
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self._pending_first_look = False

    def zoom_factor(self) -> float:
        """The current scale (1.0: cards at their natural size)."""
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        """Zoom in (factor > 1) or out, within sensible limits."""
        target = min(MAX_SCALE, max(MIN_SCALE, self.zoom_factor() * factor))
        self.scale(target / self.zoom_factor(), target / self.zoom_factor())

    def fit(self) -> None:
        """Show the whole chart (never enlarged beyond natural size)."""
        rect = self.sceneRect()
        self.resetTransform()
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom_factor() > 1.0:
            self.resetTransform()

    def show_readable(self) -> None:
        """Fit when that is readable; otherwise a readable zoom on the top of the chart.

        Needs the view's final size, so before the view is shown it is only remembered and
        done on the first resize.
        """
        if not self.isVisible() or self.viewport().width() < 50:
            self._pending_first_look = True
            return
        self._pending_first_look = False
        self.fit()
        if self.zoom_factor() < READABLE_SCALE:
            self.resetTransform()
            self.scale(READABLE_SCALE, READABLE_SCALE)
            scene = self.scene()
            focus = scene.focus_point if isinstance(scene, RelationshipMapScene) else QPointF()
            half_height = self.viewport().height() / 2 / READABLE_SCALE
            self.centerOn(QPointF(focus.x(), focus.y() - 40 + half_height))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._pending_first_look:
            self.show_readable()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP)
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(ZOOM_STEP)
        elif event.key() == Qt.Key.Key_Minus:
            self.zoom_by(1 / ZOOM_STEP)
        elif event.key() == Qt.Key.Key_0:
            self.fit()
        else:
            super().keyPressEvent(event)


class LegendStrip(QWidget):
    """The map's key, always visible under the chart (painted like the exported legend)."""

    def __init__(self, labels: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels = labels
        self.setMinimumHeight(self.fontMetrics().height() + 10)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        height = paint_legend(painter, QPointF(6, 2), self._labels, self.width() - 12)
        painter.end()
        if abs(height + 4 - self.minimumHeight()) > 1:
            # The legend wraps to the width: take the height the rows need.
            self.setMinimumHeight(int(height + 4))


class RelationshipMapView(QWidget):
    """The map with its tool row (filters, zoom, export) and legend."""

    # A card was selected (the person's id) or the selection was cleared (0).
    person_selected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.map_data: RelationshipMap | None = None
        self.scene = RelationshipMapScene(self)
        self.view = MapGraphicsView(self.scene)
        self.center_filter = QComboBox()
        self.department_filter = QComboBox()
        # "+" and "−" as on every map: the words are in the tool tips and accessible names.
        self.zoom_in_button = QPushButton("+")
        self.zoom_out_button = QPushButton("−")
        self.fit_button = QPushButton(self.tr("Fit"))
        self.export_button = QPushButton(self.tr("Export map…"))
        self.fit_button.setToolTip(self.tr("Show the whole chart (0)"))
        self.zoom_in_button.setToolTip(self.tr("Zoom in (+ or Ctrl+wheel)"))
        self.zoom_out_button.setToolTip(self.tr("Zoom out (- or Ctrl+wheel)"))
        self.zoom_in_button.setAccessibleName(self.tr("Zoom in"))
        self.zoom_out_button.setAccessibleName(self.tr("Zoom out"))
        for button in (self.zoom_in_button, self.zoom_out_button):
            button.setFixedWidth(button.sizeHint().height() + 6)
        self.center_filter.setToolTip(self.tr("Highlight the members of a buying center"))
        self.department_filter.setToolTip(self.tr("Highlight the people of a department"))
        self.empty_label = QLabel(self.tr("Nobody is on the map yet: add people in the table."))
        self.empty_label.setObjectName("mutedLabel")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()

        # Two groups that wrap onto a second line when the map is narrow (a laptop, German).
        highlight = QWidget()
        highlight_row = QHBoxLayout(highlight)
        highlight_row.setContentsMargins(0, 0, 12, 0)
        highlight_row.addWidget(QLabel(self.tr("Highlight:")))
        highlight_row.addWidget(self.center_filter)
        highlight_row.addWidget(self.department_filter)
        view_tools = QWidget()
        view_row = QHBoxLayout(view_tools)
        view_row.setContentsMargins(0, 0, 0, 0)
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_button,
                       self.export_button):
            view_row.addWidget(button)
        tools = flow_row(highlight, view_tools)
        self.legend = LegendStrip(self.legend_labels())
        hint = QLabel(self.tr("Drag a card onto another card to change whom the person reports "
                              "to; drag the background to move around."))
        hint.setObjectName("mutedLabel")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(tools)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.legend)
        layout.addWidget(hint)

        self.zoom_in_button.clicked.connect(lambda: self.view.zoom_by(1.2))
        self.zoom_out_button.clicked.connect(lambda: self.view.zoom_by(1 / 1.2))
        self.fit_button.clicked.connect(self.view.fit)
        self.export_button.clicked.connect(self.ask_export)
        self.center_filter.currentIndexChanged.connect(self._apply_highlight)
        self.department_filter.currentIndexChanged.connect(self._apply_highlight)
        self.scene.selectionChanged.connect(self._on_selection)

    def legend_labels(self) -> dict[str, str]:
        """The translated words of the legend."""
        return {
            "attitude": self.tr("Attitude:"),
            "lines": self.tr("Lines:"),
            "stale": self.tr("stale contact"),
            "decider": self.tr("decider"),
            "blocker": self.tr("high-influence blocker"),
        }

    def show_map(self, relationship_map: RelationshipMap) -> None:
        """Draw an account's map; keeps the zoom when the same account is redrawn."""
        same_account = (
            self.map_data is not None and self.map_data.account_id == relationship_map.account_id
        )
        selected = self.scene.selected_person()
        self.map_data = relationship_map
        self.scene.blockSignals(True)
        self.scene.show_map(relationship_map)
        self.scene.select_person(selected)
        self.scene.blockSignals(False)
        self._fill_filter(
            self.center_filter, self.tr("All buying centers"), relationship_map.buying_centers
        )
        self._fill_filter(
            self.department_filter, self.tr("All departments"), relationship_map.departments
        )
        self._apply_highlight()
        empty = not relationship_map.people
        self.view.setVisible(not empty)
        self.empty_label.setVisible(empty)
        self.export_button.setEnabled(not empty)
        if not same_account:
            self.view.show_readable()

    def select_person(self, person_id: int | None) -> None:
        """Select (and scroll to) a person's card without announcing it back."""
        self.scene.blockSignals(True)
        self.scene.select_person(person_id)
        self.scene.blockSignals(False)
        card = self.scene.cards.get(person_id) if person_id is not None else None
        if card is not None:
            self.view.ensureVisible(card, 40, 40)

    def _fill_filter(self, combo: QComboBox, all_text: str, values: tuple[str, ...]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(all_text, None)
        for value in values:
            combo.addItem(value, value)
        combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
        combo.blockSignals(False)

    def _apply_highlight(self) -> None:
        self.scene.highlight(self.center_filter.currentData(), self.department_filter.currentData())

    def _on_selection(self) -> None:
        self.person_selected.emit(self.scene.selected_person() or 0)

    def ask_export(self) -> None:
        """Ask for a file and write the map there."""
        if self.map_data is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export map"),
            self.suggested_file_name(),
            self.tr("SVG drawing (*.svg);;PDF document (*.pdf);;PNG image (*.png)"),
        )
        if not path:
            return
        try:
            self.export_to(Path(path))
        except (OSError, ValueError) as error:
            QMessageBox.warning(self, self.tr("Export map"), error_text(error))

    def suggested_file_name(self) -> str:
        """The name the save dialog proposes: the account's, valid on every system."""
        return safe_file_name(f"{self.map_data.account_name if self.map_data else ''}.svg",
                              fallback="map")

    def export_to(self, path: Path) -> None:
        """Write the map with a title and legend; the suffix chooses SVG, PDF or PNG."""
        suffix = path.suffix.lower()
        if suffix not in (".svg", ".pdf", ".png"):
            raise ValueError(self.tr("Choose a file name ending in .svg, .pdf or .png."))
        title = self.tr("%1 – relationship map").replace(
            "%1", self.map_data.account_name if self.map_data else ""
        )
        source = self.scene.sceneRect()
        header = 64.0
        size = QSize(int(source.width()), int(source.height() + header))
        if suffix == ".svg":
            generator = QSvgGenerator()
            generator.setFileName(str(path))
            generator.setSize(size)
            generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
            generator.setTitle(title)
            self._paint_export(generator, QRectF(0, 0, size.width(), size.height()), title)
        elif suffix == ".pdf":
            writer = QPdfWriter(str(path))
            writer.setTitle(title)
            writer.setResolution(96)
            orientation = (QPageLayout.Orientation.Landscape if size.width() >= size.height()
                           else QPageLayout.Orientation.Portrait)
            writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A3), orientation,
                                             QMarginsF(10, 10, 10, 10)))
            page = writer.pageLayout().paintRectPixels(writer.resolution())
            self._paint_export(writer, QRectF(0, 0, page.width(), page.height()), title)
        else:
            image = QImage(size * 2, QImage.Format.Format_ARGB32)
            image.setDevicePixelRatio(2.0)
            image.fill(QColor("#ffffff"))
            self._paint_export(image, QRectF(0, 0, size.width(), size.height()), title)
            if not image.save(str(path)):
                raise OSError(self.tr("The map could not be written to %1.").replace(
                    "%1", str(path)))
        if not path.exists():
            raise OSError(self.tr("The map could not be written to %1.").replace("%1", str(path)))

    def _paint_export(self, device: QSvgGenerator | QPdfWriter | QImage, area: QRectF,
                      title: str) -> None:
        painter = QPainter(device)
        if not painter.isActive():
            raise OSError(self.tr("The map could not be written there."))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(painter.font())
        font.setPixelSize(18)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#1f2328"))
        painter.drawText(QPointF(area.x() + 8, area.y() + 24), title)
        font.setPixelSize(11)
        font.setBold(False)
        painter.setFont(font)
        paint_legend(painter, QPointF(area.x() + 8, area.y() + 34), self.legend_labels(),
                     area.width() - 16)
        selected = self.scene.selected_person()
        self.scene.blockSignals(True)
        self.scene.clearSelection()  # the export shows the chart, not the user's selection
        target = QRectF(area.x(), area.y() + 64, area.width(), area.height() - 64)
        self.scene.render(painter, target, self.scene.sceneRect(),
                          Qt.AspectRatioMode.KeepAspectRatio)
        self.scene.select_person(selected)
        self.scene.blockSignals(False)
        painter.end()
