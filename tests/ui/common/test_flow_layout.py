"""The flow layout: one row when wide, more rows when narrow, every widget at its full size."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from kamdesk.ui.common.elided_label import ElidedLabel
from kamdesk.ui.common.flow_layout import flow_row


def _window(qtbot: QtBot) -> tuple[QWidget, QWidget, list[QPushButton]]:
    window = QWidget()
    qtbot.addWidget(window)
    buttons = [QPushButton(text) for text in ("Zoom out", "Zoom in", "Fit", "Export map…")]
    row = flow_row(*buttons)
    column = QVBoxLayout(window)
    column.addWidget(row)
    column.addWidget(QLabel("below"))
    column.addStretch(1)
    window.show()
    return window, row, buttons


def test_wide_one_row_narrow_several_rows_and_nothing_squeezed(qtbot: QtBot) -> None:
    window, row, buttons = _window(qtbot)
    window.resize(800, 300)
    qtbot.wait(20)
    assert len({b.y() for b in buttons}) == 1
    one_row = row.height()

    window.resize(200, 300)
    qtbot.wait(20)
    assert len({b.y() for b in buttons}) > 1
    assert row.height() > one_row  # the widgets below moved down
    for button in buttons:
        assert button.width() >= button.sizeHint().width()
        assert button.geometry().right() <= row.width()


def test_a_hidden_widget_takes_no_place(qtbot: QtBot) -> None:
    window, _row, buttons = _window(qtbot)
    window.resize(800, 300)
    buttons[0].hide()
    qtbot.wait(20)
    assert buttons[1].x() == 0


def test_the_elided_label_keeps_its_whole_text_in_the_tool_tip(qtbot: QtBot) -> None:
    label = ElidedLabel("Semiconductors · Singapore, Singapore · Owner: Jörg Weiß")
    qtbot.addWidget(label)
    label.resize(80, 20)
    label.show()
    assert label.toolTip() == label.text()
    assert label.minimumSizeHint().width() < 80  # it gives way
    label.setText("Foods · Lyon")
    assert label.toolTip() == "Foods · Lyon"
