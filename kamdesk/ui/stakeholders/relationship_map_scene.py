"""The relationship map as a QGraphicsScene: person cards, reports-to lines, informal lines.

Positions come from the domain's :func:`~kamdesk.domain.org_layout.layout_org` (through
:func:`~kamdesk.services.stakeholders.relationship_map.map_layout`), so the screen, the SVG
and the PDF
show the same chart. A card shows the name, title, attitude (coloured stripe), influence
(1–5 dots), our owner's initials, a red corner for stale contact and small flags for
coverage (D: decider in a buying center, B: high-influence blocker).

Dragging a card onto another card asks for a new reports-to line (``reparent_requested``);
the tab checks it, puts it on the undo stack and reloads, which puts every card back in its
laid-out place. Dropping on empty space changes nothing: making somebody a top of the
chart is done in the form ("Reports to: nobody"), where it cannot happen by accident.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from kamdesk.domain.enums import Attitude, LinkKind
from kamdesk.domain.org_layout import CardBox, LayoutSpec
from kamdesk.domain.plan import StakeholderEntry
from kamdesk.services.stakeholders.relationship_map import (
    RelationshipMap,
    coverage_flags,
    map_layout,
)
from kamdesk.ui.common.person_names import shown_person_name
from kamdesk.ui.stakeholders.stakeholder_palette import (
    ATTITUDE_COLOURS,
    DECIDER_COLOUR,
    FRESHNESS_COLOURS,
    LINK_COLOURS,
    attitude_label,
    freshness_label,
    link_label,
    role_label,
)

CARD_SPEC = LayoutSpec(card_width=188, card_height=70, h_gap=26, v_gap=54, tree_gap=56)
DIMMED_OPACITY = 0.18
LINK_WIDTHS = {LinkKind.INFLUENCES: 1.6, LinkKind.CLOSE_TO: 1.0, LinkKind.CONFLICT: 2.6}
TEXT_COLOUR = QColor("#1f2328")
MUTED_COLOUR = QColor("#57606a")
BORDER_COLOUR = QColor("#d0d7de")
SELECTED_COLOUR = QColor("#0969da")
LINE_COLOUR = QColor("#8c959f")


class PersonCard(QGraphicsObject):
    """One person on the map; selectable, and draggable onto another card."""

    def __init__(self, person: StakeholderEntry, box: CardBox) -> None:
        super().__init__()
        self.person = person
        self.home = QPointF(box.x, box.y)
        self._size = QRectF(0, 0, box.width, box.height)
        self.setPos(self.home)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setZValue(2)
        self.setToolTip(self._tooltip())

    @property
    def person_id(self) -> int:
        """The stakeholder's id."""
        return self.person.id

    def boundingRect(self) -> QRectF:
        return self._size.adjusted(-3, -3, 3, 3)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self._size)
        return path

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        person = self.person
        rect = self._size
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = self.isSelected()
        painter.setPen(QPen(SELECTED_COLOUR if selected else BORDER_COLOUR, 2.4 if selected else 1))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRoundedRect(rect, 6, 6)
        stripe = QPainterPath()
        stripe.addRoundedRect(QRectF(rect.x(), rect.y(), 7, rect.height()), 3, 3)
        painter.fillPath(stripe, ATTITUDE_COLOURS[person.attitude])

        flags = coverage_flags(person)
        name_font = QFont(painter.font())
        name_font.setPointSizeF(9.5)
        name_font.setBold(True)
        painter.setFont(name_font)
        painter.setPen(TEXT_COLOUR)
        room = rect.width() - 22 - 18 * len(flags)
        name = QFontMetricsF(name_font).elidedText(
            shown_person_name(person.name), Qt.TextElideMode.ElideRight, room
        )
        painter.drawText(QPointF(rect.x() + 14, rect.y() + 19), name)
        title_font = QFont(painter.font())
        title_font.setPointSizeF(8)
        title_font.setBold(False)
        painter.setFont(title_font)
        painter.setPen(MUTED_COLOUR)
        metrics = QFontMetricsF(title_font)
        title = metrics.elidedText(person.title, Qt.TextElideMode.ElideRight, rect.width() - 22)
        painter.drawText(QPointF(rect.x() + 14, rect.y() + 35), title)

        painter.setPen(QPen(TEXT_COLOUR, 0.9))
        for index in range(5):
            painter.setBrush(TEXT_COLOUR if index < person.influence else QColor("#ffffff"))
            painter.drawEllipse(QPointF(rect.x() + 18 + index * 10, rect.bottom() - 13), 3.3, 3.3)

        if person.owner_initials:
            centre = QPointF(rect.right() - 20, rect.bottom() - 16)
            painter.setPen(QPen(QColor("#54aeff"), 0.9))
            painter.setBrush(QColor("#ddf4ff"))
            painter.drawEllipse(centre, 11, 11)
            badge_font = QFont(title_font)
            badge_font.setPointSizeF(7)
            badge_font.setBold(True)
            painter.setFont(badge_font)
            painter.setPen(QColor("#0969da"))
            painter.drawText(QRectF(centre.x() - 11, centre.y() - 11, 22, 22),
                             Qt.AlignmentFlag.AlignCenter, person.owner_initials)

        flag_font = QFont(title_font)
        flag_font.setPointSizeF(7)
        flag_font.setBold(True)
        painter.setFont(flag_font)
        for index, flag in enumerate(flags):
            box = QRectF(rect.right() - 22 - index * 18, rect.y() + 6, 16, 14)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(DECIDER_COLOUR if flag == "decider" else ATTITUDE_COLOURS[
                person.attitude])
            painter.drawRoundedRect(box, 2, 2)
            painter.setPen(QColor("#ffffff"))
            letter = self.tr("D") if flag == "decider" else self.tr("B")
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, letter)

        if person.freshness in ("stale", "never"):
            corner = QPolygonF(
                [QPointF(rect.right() - 16, rect.bottom()), QPointF(rect.right(), rect.bottom()),
                 QPointF(rect.right(), rect.bottom() - 16)]
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(FRESHNESS_COLOURS["stale"])
            painter.drawPolygon(corner)

    def _tooltip(self) -> str:
        person = self.person
        lines = [
            f"<b>{_html(shown_person_name(person.name))}</b>",
            _html(person.title),
            self.tr("Attitude: %1").replace("%1", attitude_label(person.attitude)),
            self.tr("Influence: %1 of 5").replace("%1", str(person.influence)),
            self.tr("Owner: %1").replace("%1", _html(person.owner or self.tr("nobody"))),
            self.tr("Contact: %1").replace("%1", freshness_label(person.freshness)),
        ]
        lines.extend(
            self.tr("%1: %2").replace("%1", _html(role.name)).replace("%2", role_label(role.role))
            for role in person.buying_centers
        )
        lines.append(
            self.tr("<i>Drag onto another card to change whom this person reports to.</i>")
        )
        return "<br>".join(line for line in lines if line)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.setZValue(5)
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        self.setZValue(2)
        moved = (self.pos() - self.home).manhattanLength() > 8
        target = self._card_under(event.scenePos()) if moved else None
        self.setPos(self.home)
        scene = self.scene()
        if target is not None and isinstance(scene, RelationshipMapScene):
            scene.reparent_requested.emit(self.person_id, target.person_id)

    def _card_under(self, point: QPointF) -> PersonCard | None:
        for item in self.scene().items(point):
            if isinstance(item, PersonCard) and item is not self:
                return item
        return None


class LinkItem(QGraphicsPathItem):
    """An informal line: influences (dashed arrow), close to (thin), conflict (red, thick)."""

    def __init__(self, start: CardBox, end: CardBox, kind: LinkKind) -> None:
        super().__init__()
        self.kind = kind
        (x1, y1), (x2, y2) = start.centre, end.centre
        length = math.hypot(x2 - x1, y2 - y1) or 1.0
        bend = min(60.0, length / 4)  # a curve keeps it apart from the straight org lines
        control = QPointF((x1 + x2) / 2 - (y2 - y1) / length * bend,
                          (y1 + y2) / 2 + (x2 - x1) / length * bend)
        first = _edge_point(start, control)
        last = _edge_point(end, control)
        path = QPainterPath(first)
        path.quadTo(control, last)
        colour = LINK_COLOURS[kind]
        pen = QPen(colour, LINK_WIDTHS[kind])
        if kind is LinkKind.INFLUENCES:
            pen.setStyle(Qt.PenStyle.DashLine)
            angle = math.atan2(last.y() - control.y(), last.x() - control.x())
            head = QPolygonF([last] + [
                QPointF(last.x() - 10 * math.cos(angle + side),
                        last.y() - 10 * math.sin(angle + side))
                for side in (-0.4, 0.4)
            ])
            path.addPolygon(head)
            path.closeSubpath()
        self.setPath(path)
        self.setPen(pen)
        self.setZValue(1)
        self.endpoints = (start, end)

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(6)
        return stroker.createStroke(self.path())


class RelationshipMapScene(QGraphicsScene):
    """The whole map of one account."""

    #: (person id, new manager id): a card was dropped onto another card.
    reparent_requested = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards: dict[int, PersonCard] = {}
        self.org_lines: dict[tuple[int, int], QGraphicsPathItem] = {}
        self.link_items: list[tuple[int, int, LinkItem]] = []
        # Where a first look should start: the top card of the biggest tree.
        self.focus_point = QPointF(0, 0)
        self.setBackgroundBrush(QBrush(QColor("#f6f8fa")))

    def show_map(self, relationship_map: RelationshipMap) -> None:
        """Draw this map, replacing what was shown."""
        self.clear()
        self.cards = {}
        self.org_lines = {}
        self.link_items = []
        layout = map_layout(relationship_map.people, CARD_SPEC)
        pen = QPen(LINE_COLOUR, 1.4)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        for edge, route in layout.routes.items():
            path = QPainterPath(QPointF(*route[0]))
            for point in route[1:]:
                path.lineTo(QPointF(*point))
            line = self.addPath(path, pen)
            line.setZValue(0)
            self.org_lines[edge] = line
        for link in relationship_map.links:
            start = layout.positions.get(link.from_id)
            end = layout.positions.get(link.to_id)
            if start is not None and end is not None:
                item = LinkItem(start, end, link.kind)
                self.addItem(item)
                self.link_items.append((link.from_id, link.to_id, item))
        for person in relationship_map.people:
            card = PersonCard(person, layout.positions[person.id])
            self.addItem(card)
            self.cards[person.id] = card
        tops = [box for box in layout.positions.values() if box.depth == 0]
        if tops:
            first = min(tops, key=lambda box: box.x)  # the layout puts the biggest tree first
            self.focus_point = QPointF(first.centre[0], first.y)
        margin = 40.0
        self.setSceneRect(QRectF(-margin, -margin, max(layout.width, 400) + 2 * margin,
                                 max(layout.height, 200) + 2 * margin))

    def selected_person(self) -> int | None:
        """The id of the selected card, if any."""
        for item in self.selectedItems():
            if isinstance(item, PersonCard):
                return item.person_id
        return None

    def select_person(self, person_id: int | None) -> None:
        """Select one card (None: none), without other cards staying selected."""
        for card_id, card in self.cards.items():
            card.setSelected(card_id == person_id)

    def highlight(self, buying_center: str | None, department: str | None) -> None:
        """Dim everybody outside the buying center and department (None: no filter)."""
        def lit(person: StakeholderEntry) -> bool:
            in_center = buying_center is None or any(
                role.name == buying_center for role in person.buying_centers
            )
            return in_center and (department is None or person.department == department)

        shown = {pid for pid, card in self.cards.items() if lit(card.person)}
        for pid, card in self.cards.items():
            card.setOpacity(1.0 if pid in shown else DIMMED_OPACITY)
        for (manager, report), line in self.org_lines.items():
            both = manager in shown and report in shown
            line.setOpacity(1.0 if both else DIMMED_OPACITY)
        for source, target, item in self.link_items:
            item.setOpacity(1.0 if source in shown and target in shown else DIMMED_OPACITY)

    def lit_people(self) -> set[int]:
        """Ids of the cards not dimmed by the current highlight."""
        return {pid for pid, card in self.cards.items() if card.opacity() > DIMMED_OPACITY}


def paint_legend(
    painter: QPainter, origin: QPointF, labels: dict[str, str], max_width: float = 1e9
) -> float:
    """Paint the map's key from ``origin``, wrapping between groups; returns the height used.

    ``labels`` holds the translated words: "attitude", "lines", "stale", "decider", "blocker".
    Used by the legend strip under the view and by the exported files.
    """
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    metrics = QFontMetricsF(painter.font())
    row_height = max(metrics.height(), 16.0) + 6
    gap = 12.0

    def words(x: float, mid: float, value: str, colour: QColor, draw: bool) -> float:
        if draw:
            painter.setPen(colour)
            painter.drawText(QPointF(x, mid + metrics.ascent() / 2 - 2), value)
        return metrics.horizontalAdvance(value) + gap

    def attitudes(x: float, mid: float, draw: bool) -> float:
        start = x
        x += words(x, mid, labels["attitude"], MUTED_COLOUR, draw)
        for attitude in Attitude:
            if draw:
                painter.fillRect(QRectF(x, mid - 5, 10, 10), ATTITUDE_COLOURS[attitude])
            x += 14
            x += words(x, mid, attitude_label(attitude), TEXT_COLOUR, draw)
        return x - start

    def lines(x: float, mid: float, draw: bool) -> float:
        start = x
        x += words(x, mid, labels["lines"], MUTED_COLOUR, draw)
        for kind in LinkKind:
            if draw:
                pen = QPen(LINK_COLOURS[kind], LINK_WIDTHS[kind])
                if kind is LinkKind.INFLUENCES:
                    pen.setStyle(Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.drawLine(QLineF(x, mid, x + 26, mid))
                if kind is LinkKind.INFLUENCES:
                    painter.setBrush(LINK_COLOURS[kind])
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.drawPolygon(QPolygonF([QPointF(x + 30, mid), QPointF(x + 22, mid - 4),
                                                   QPointF(x + 22, mid + 4)]))
            x += 34
            x += words(x, mid, link_label(kind), TEXT_COLOUR, draw)
        return x - start

    def marks(x: float, mid: float, draw: bool) -> float:
        start = x
        if draw:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(FRESHNESS_COLOURS["stale"])
            painter.drawPolygon(QPolygonF([QPointF(x, mid + 6), QPointF(x + 12, mid + 6),
                                           QPointF(x + 12, mid - 6)]))
        x += 16
        x += words(x, mid, labels["stale"], TEXT_COLOUR, draw)
        for letter, colour, label in (
            ("D", DECIDER_COLOUR, labels["decider"]),
            ("B", ATTITUDE_COLOURS[Attitude.BLOCKER], labels["blocker"]),
        ):
            if draw:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                badge = QRectF(x, mid - 7, 16, 14)
                painter.drawRoundedRect(badge, 2, 2)
                painter.setPen(QColor("#ffffff"))
                painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, letter)
            x += 20
            x += words(x, mid, label, TEXT_COLOUR, draw)
        return x - start

    x, row = origin.x(), 0
    for group in (attitudes, lines, marks):
        width = group(0, 0, False)
        if x > origin.x() and x - origin.x() + width > max_width:
            x, row = origin.x(), row + 1
        group(x, origin.y() + row * row_height + row_height / 2, True)
        x += width + gap
    painter.restore()
    return (row + 1) * row_height


def _edge_point(box: CardBox, towards: QPointF) -> QPointF:
    """Where the line from the card's centre towards a point leaves the card."""
    cx, cy = box.centre
    dx, dy = towards.x() - cx, towards.y() - cy
    if dx == 0 and dy == 0:
        return QPointF(cx, cy)
    scale = min((box.width / 2) / abs(dx) if dx else math.inf,
                (box.height / 2) / abs(dy) if dy else math.inf)
    return QPointF(cx + dx * scale, cy + dy * scale)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
