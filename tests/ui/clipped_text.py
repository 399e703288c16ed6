"""Finding text a user cannot read in full: labels, buttons, check boxes, tabs, group titles.

``clipped_texts(window)`` walks every widget the user can see in a window and reports each
one that shows less than its text: a label narrower than its text (or, word-wrapped, lower
than its lines), a button or check box narrower than its size hint, a combo box whose field
cannot hold the chosen entry, a group box narrower than its title, a tab bar that needs
scroll arrows or elides a tab, and any of these cut off by the edge of the window. Text a
widget elides on purpose counts as clipped unless its tool tip holds the whole text.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStyleOptionGroupBox,
    QTabBar,
    QToolButton,
    QWidget,
)

# A pixel of rounding between font metrics and layout is not a clipped letter.
TOLERANCE = 1


@dataclass(frozen=True)
class Clipped:
    """One widget showing less than its text."""

    kind: str
    text: str
    shown: int
    needed: int
    path: str

    def __str__(self) -> str:
        return f"{self.kind} {self.text!r}: {self.shown} px of {self.needed} px ({self.path})"


def _path(widget: QWidget) -> str:
    names = []
    current: QWidget | None = widget
    while current is not None and len(names) < 4:
        names.append(current.objectName() or type(current).__name__)
        current = current.parentWidget()
    return " < ".join(names)


def _seen(widget: QWidget, window: QWidget) -> bool:
    """Visible in the window (not on a hidden page, tab or collapsed part)."""
    return widget.isVisibleTo(window) and widget.width() > 0 and widget.height() > 0


def _inside_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _cut_by_window(widget: QWidget, window: QWidget) -> int:
    """How many pixels of the widget lie right of or below the window's edge."""
    if _inside_scroll_area(widget):
        return 0  # scrolled content may lie outside the view: the user can scroll to it
    top_left = widget.mapTo(window, QPoint(0, 0))
    rect = QRect(top_left, widget.size())
    return max(0, rect.right() - window.rect().right(), rect.bottom() - window.rect().bottom())


def _beyond_scroll_view(widget: QWidget) -> int:
    """Pixels of the widget right of the scroll area's view: text one must scroll sideways
    to read (scrolling down to more content is fine; sideways to finish a line is not)."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is None or parent.widget() is None:
        return 0
    view = parent.viewport()
    left = widget.mapTo(view, QPoint(0, 0)).x() + parent.horizontalScrollBar().value()
    return max(0, left + widget.width() - view.width())


def _tooltip_holds(widget: QWidget, text: str) -> bool:
    tip = widget.toolTip()
    return bool(tip) and text.rstrip("…").strip() in tip


def _without_mnemonic(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _label(label: QLabel) -> Clipped | None:
    text = label.text()
    if label.buddy() is not None:
        text = _without_mnemonic(text)  # "&Status" shows as "Status" with a buddy
    if not text.strip() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    margins = label.contentsMargins()
    frame = margins.left() + margins.right() + 2 * label.margin() + max(0, label.indent())
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + TOLERANCE:
            return Clipped("wrapped label", text, label.height(), needed, _path(label))
        return None
    if rich:
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setHtml(text)
        document.setDocumentMargin(0)
        width = int(document.idealWidth() + 0.999)
    else:
        width = max(label.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
    needed = width + frame
    if needed > label.width() + TOLERANCE and not _tooltip_holds(label, text):
        return Clipped("label", text, label.width(), needed, _path(label))
    return None


def _button(button: QAbstractButton) -> Clipped | None:
    text = _without_mnemonic(button.text())
    if not text.strip():
        return None
    if isinstance(button, QToolButton) and (
        button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    ):
        return None
    needed = button.sizeHint().width()
    if isinstance(button, QPushButton):
        # The style rounds a short button up to a minimum width; only the text counts here.
        option = QStyleOptionButton()
        button.initStyleOption(option)
        icon = 0 if option.icon.isNull() else option.iconSize.width() + 4
        option.text = ""
        frame = button.style().sizeFromContents(
            QStyle.ContentsType.CT_PushButton, option, QSize(0, 0), button
        ).width()
        needed = min(needed, button.fontMetrics().horizontalAdvance(text) + icon + frame)
    if needed > button.width() + TOLERANCE and not _tooltip_holds(button, text):
        return Clipped(type(button).__name__, text, button.width(), needed, _path(button))
    return None


def _combo(combo: QComboBox) -> Clipped | None:
    text = combo.currentText()
    if not text.strip() or combo.isEditable():
        return None
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    icon = 0 if combo.itemIcon(combo.currentIndex()).isNull() else combo.iconSize().width() + 4
    needed = combo.fontMetrics().horizontalAdvance(text) + icon
    if needed > field.width() + TOLERANCE and not _tooltip_holds(combo, text):
        return Clipped("combo box", text, field.width(), needed, _path(combo))
    return None


def _group(box: QGroupBox) -> Clipped | None:
    title = box.title().replace("&", "")
    if not title.strip():
        return None
    option = QStyleOptionGroupBox()
    box.initStyleOption(option)
    label = box.style().subControlRect(
        QStyle.ComplexControl.CC_GroupBox, option, QStyle.SubControl.SC_GroupBoxLabel, box
    )
    needed = box.fontMetrics().horizontalAdvance(title)
    shown = min(label.width(), box.width() - max(0, label.left()))
    if needed > shown + TOLERANCE:
        return Clipped("group title", title, shown, needed, _path(box))
    return None


def _tabs(bar: QTabBar) -> list[Clipped]:
    found = []
    arrows = [b for b in bar.findChildren(QToolButton) if b.isVisibleTo(bar)]
    if arrows:
        wanted = sum(bar.tabSizeHint(i).width() for i in range(bar.count()))
        found.append(Clipped("tab bar scrolls", "", bar.width(), wanted, _path(bar)))
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        text = bar.tabText(index).replace("&", "")
        hint = bar.tabSizeHint(index).width()
        shown = bar.tabRect(index).width()
        if bar.elideMode() != Qt.TextElideMode.ElideNone:
            # An eliding bar shrinks tabs below their hint: compare with the text itself.
            hint = min(hint, bar.fontMetrics().horizontalAdvance(text) + 24)
        if hint > shown + TOLERANCE and not bar.tabToolTip(index):
            found.append(Clipped("tab", text, shown, hint, _path(bar)))
    return found


def clipped_texts(window: QWidget) -> list[Clipped]:
    """Every visible text in ``window`` that is not shown in full."""
    found: list[Clipped] = []
    for widget in [window, *window.findChildren(QWidget)]:
        if not _seen(widget, window):
            continue
        problem: Clipped | None = None
        if isinstance(widget, QLabel):
            problem = _label(widget)
        elif isinstance(widget, QAbstractButton):
            problem = _button(widget)
        elif isinstance(widget, QComboBox):
            problem = _combo(widget)
        elif isinstance(widget, QGroupBox):
            problem = _group(widget)
        elif isinstance(widget, QTabBar):
            found += _tabs(widget)
        if problem is not None:
            found.append(problem)
            continue
        has_text = isinstance(widget, QLabel | QAbstractButton | QGroupBox) and bool(
            getattr(widget, "text", getattr(widget, "title", lambda: ""))()
        )
        if has_text:
            sideways = _beyond_scroll_view(widget)
            if sideways > TOLERANCE:
                text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
                found.append(Clipped("needs sideways scrolling", text, widget.width() - sideways,
                                     widget.width(), _path(widget)))
                continue
            cut = _cut_by_window(widget, window)
            if cut > TOLERANCE:
                text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
                found.append(
                    Clipped("cut by the window edge", text, widget.width() - cut,
                            widget.width(), _path(widget))
                )
    return found
