"""The attention lists replace only the rows that differ, so a long list keeps its layout, and
hand a long list to the view a page at a time."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QListView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from kamdesk.ui.portfolio.attention_list_model import (
    PAGE,
    AttentionItem,
    AttentionListModel,
    WordedItems,
)


def _items(*texts: str) -> list[AttentionItem]:
    return [AttentionItem(text, index) for index, text in enumerate(texts)]


def _texts(model: AttentionListModel) -> list[str]:
    return [model.item(row).text for row in range(model.rowCount())]


def test_only_the_rows_in_between_are_replaced(
    qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    model = AttentionListModel()
    qtmodeltester.check(model)
    model.set_items(_items("a", "b", "c", "d", "e"))
    changes: list[tuple[str, int, int]] = []
    model.rowsRemoved.connect(lambda _parent, first, last: changes.append(("-", first, last)))
    model.rowsInserted.connect(lambda _parent, first, last: changes.append(("+", first, last)))
    model.modelReset.connect(lambda: changes.append(("reset", 0, 0)))

    new = _items("a", "b", "c", "d", "e")
    new[2:4] = [AttentionItem("x", 2)]
    model.set_items(new)
    assert _texts(model) == ["a", "b", "x", "e"]
    assert changes == [("-", 2, 3), ("+", 2, 2)]

    changes.clear()
    model.set_items(list(new))  # the same rows again: nothing happens
    assert changes == []

    model.set_items(_items("a", "b", "x", "e", "f"))  # "e" and "f" have new account ids
    assert _texts(model) == ["a", "b", "x", "e", "f"]
    model.set_items([])
    assert model.rowCount() == 0
    assert ("reset", 0, 0) not in changes


def test_a_long_list_is_handed_to_the_view_a_page_at_a_time(
    qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    """The view measures each row it gets: 3,400 wrapped notices would hold up the page."""
    model = AttentionListModel()
    many = _items(*(f"notice {n}" for n in range(PAGE * 2 + 50)))
    model.set_items(many)
    assert model.total() == len(many)
    assert model.rowCount() == PAGE and model.canFetchMore(QModelIndex())

    view = QListView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(300, 200)
    view.show()
    qtbot.waitExposed(view)
    view.scrollToBottom()  # the user scrolls to the end: the view asks for the next page
    qtbot.waitUntil(lambda: model.rowCount() > PAGE)
    fetched = model.rowCount()
    assert fetched == PAGE * 2

    # New figures keep what the view had fetched, and a shorter list shrinks to it.
    changed = list(many)
    changed[5] = AttentionItem("notice 5, changed", 5)
    model.set_items(changed)
    assert model.rowCount() == fetched and model.item(5).text == "notice 5, changed"
    model.set_items(many[:10])
    assert model.rowCount() == model.total() == 10 and not model.canFetchMore(QModelIndex())
    model.set_items(many)
    qtmodeltester.check(model)  # (the tester fetches every page itself)


def test_worded_items_are_worded_as_the_view_fetches_them(qtmodeltester: ModelTester) -> None:
    worded: list[int] = []

    def word(number: int) -> AttentionItem:
        worded.append(number)
        return AttentionItem(f"finding {number}", number)

    items = WordedItems(range(PAGE * 2 + 5), word)
    model = AttentionListModel()
    model.set_items(items)
    assert model.total() == PAGE * 2 + 5
    assert sorted(worded) == list(range(PAGE))  # the first page only
    model.fetchMore()
    assert len(worded) == PAGE * 2 and items[-1].text == f"finding {PAGE * 2 + 4}"
    qtmodeltester.check(model)
    assert model.item(PAGE).text == f"finding {PAGE}"
    assert items[3] is items[3] and len(worded) == len(set(worded))  # each worded once
