"""The sidebar's list models: the precomputed search texts and sort keys give the same list
as plain Python filtering and sorting of the accounts, both models pass the model tester,
and a reload that reads the same rows leaves the list (and where the user scrolled) alone.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from kamdesk.domain.data_changes import Change, DataKind
from kamdesk.domain.enums import Tier
from kamdesk.services.portfolio.account_directory import AccountRow, list_accounts
from kamdesk.services.settings.team_and_settings import load_settings, update_settings
from kamdesk.store.database import Database
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.portfolio.account_list_filter import AccountFilterProxy
from kamdesk.ui.portfolio.account_list_model import ROW_ROLE, AccountListModel
from kamdesk.ui.portfolio.portfolio_sidebar import PortfolioSidebar

TODAY = date(2026, 11, 28)


def row(number: int, name: str, industry: str = "", city: str = "") -> AccountRow:
    return AccountRow(number, name, Tier.STANDARD, industry, city, "DE", None, None,
                      Decimal("0.00"), None)


@pytest.fixture
def db(demo_database: Callable[..., Database]) -> Database:
    """The test's database: a copy of the session's 60-account demo (built once)."""
    return demo_database(accounts=60, today=TODAY)


@pytest.fixture
def demo_rows(db: Database) -> list[AccountRow]:
    return list_accounts(db, today=TODAY)


def shown(proxy: AccountFilterProxy) -> list[AccountRow]:
    return [proxy.index(i, 0).data(ROW_ROLE) for i in range(proxy.rowCount())]


def test_search_texts_are_the_whole_text_folded_even_for_tricky_letters() -> None:
    # Folding is per character, so folding the parts apart must equal folding them joined:
    # German ß, a final Greek sigma, a dotted Turkish İ, a ligature and a combining accent.
    rows = [
        row(1, "Straße Logistik", "Maßarbeit", "GROSSENHAIN"),
        row(2, "ΟΔΥΣΣΕΥΣ", "Ναυτιλία", "ΠΕΙΡΑΙΆΣ"),
        row(3, "İstanbul Kimya", "İlaç", "İZMİR"),
        row(4, "ﬂow Werke", "", "Cafe\u0301"),
        row(5, "Plain", "Straße", "Maßarbeit"),
    ]
    model = AccountListModel()
    model.set_rows(rows)
    assert list(model.haystacks()) == [
        f"{r.name}\n{r.industry}\n{r.city}".casefold() for r in rows
    ]
    assert list(model.name_keys()) == [r.name.casefold() for r in rows]


def reference(
    rows: list[AccountRow], words: list[str], keep: Callable[[AccountRow], bool], by_revenue: bool
) -> list[AccountRow]:
    """What the sidebar lists, by plain Python over the rows."""
    if by_revenue:
        ordered = sorted(rows, key=lambda r: r.revenue_last_4q, reverse=True)
    else:
        ordered = sorted(rows, key=lambda r: r.name.casefold())
    return [
        r for r in ordered
        if keep(r)
        and all(w in f"{r.name}\n{r.industry}\n{r.city}".casefold() for w in words)
    ]


@pytest.mark.parametrize("by_revenue", [False, True])
def test_filters_and_sorts_list_what_plain_python_lists(
    demo_rows: list[AccountRow], qtmodeltester: ModelTester, by_revenue: bool
) -> None:
    model = AccountListModel()
    model.set_rows(demo_rows)
    proxy = AccountFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort_by_revenue(by_revenue)
    assert shown(proxy) == reference(demo_rows, [], lambda r: True, by_revenue)
    owner = next(r.owner_id for r in demo_rows if r.owner_id is not None)
    proxy.set_owner(owner)
    proxy.set_tier(Tier.STANDARD)
    assert shown(proxy) == reference(
        demo_rows, [], lambda r: r.owner_id == owner and r.tier is Tier.STANDARD, by_revenue
    )
    proxy.set_owner(None)
    proxy.set_tier(None)
    city = demo_rows[3].city
    proxy.set_search(f"  {city.upper()}  ")
    expected = reference(demo_rows, [city.casefold()], lambda r: True, by_revenue)
    assert shown(proxy) == expected and expected
    qtmodeltester.check(proxy)
    proxy.set_owner(AccountFilterProxy.NO_OWNER)
    proxy.set_search("")
    assert shown(proxy) == reference(demo_rows, [], lambda r: r.owner_id is None, by_revenue)


def test_the_filter_maps_rows_both_ways(demo_rows: list[AccountRow]) -> None:
    model = AccountListModel()
    model.set_rows(demo_rows)
    proxy = AccountFilterProxy()
    proxy.setSourceModel(model)
    assert proxy.sourceModel() is model
    for row_number in range(proxy.rowCount()):
        index = proxy.index(row_number, 0)
        source = proxy.mapToSource(index)
        assert model.row_at(source.row()) == index.data(ROW_ROLE)
        assert proxy.mapFromSource(source).row() == row_number
    proxy.set_search("no account is called this")
    assert proxy.rowCount() == 0
    assert not proxy.mapFromSource(model.index(0, 0)).isValid()
    assert not proxy.index(0, 0).isValid()
    with pytest.raises(TypeError):
        AccountFilterProxy().setSourceModel(proxy)  # type: ignore[arg-type]


def test_the_same_rows_again_are_no_reset_and_changed_rows_are(
    demo_rows: list[AccountRow], qtbot: QtBot
) -> None:
    model = AccountListModel()
    assert model.set_rows(demo_rows)
    with qtbot.assertNotEmitted(model.modelReset):
        assert not model.set_rows(list(demo_rows))
    changed = [*demo_rows[:-1], demo_rows[-1]._replace(revenue_last_4q=Decimal("1.00"))]
    with qtbot.waitSignal(model.modelReset, timeout=0):
        assert model.set_rows(changed)
    assert model.revenues()[-1] == Decimal("1.00")


def test_a_settings_change_repaints_the_list_where_the_user_scrolled_to(
    context: AppContext, demo_rows: list[AccountRow], qtbot: QtBot
) -> None:
    sidebar = PortfolioSidebar(context)
    qtbot.addWidget(sidebar)
    sidebar.resize(340, 500)
    sidebar.show()
    sidebar.reload()
    qtbot.waitUntil(lambda: not sidebar.is_loading, timeout=20_000)
    scroll = sidebar.view.verticalScrollBar()
    scroll.setValue(scroll.maximum())
    assert scroll.value() > 0
    before = sidebar.view.viewport().grab().toImage()
    update_settings(context.db, load_settings(context.db).version, {"currency": "USD"})
    context.publish(Change.of(DataKind.SETTINGS, None))
    qtbot.waitUntil(lambda: not sidebar.is_loading, timeout=20_000)
    qtbot.wait(50)  # the view's layout and paint happen between events
    assert sidebar.delegate.currency_symbol == "$"
    assert scroll.value() == scroll.maximum() > 0  # still where the user scrolled to
    after = sidebar.view.viewport().grab().toImage()
    assert after != before  # the amounts are painted with the new symbol
