"""The attention lists replace only the rows that differ, so a long list keeps its layout."""

from __future__ import annotations

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from kamdesk.ui.portfolio.attention_list_model import AttentionItem, AttentionListModel


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
