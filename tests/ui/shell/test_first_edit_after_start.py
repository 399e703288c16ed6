"""The first edit after start saves at once, whether the ORM has been loaded or not.

The app opens the last account through Core and loads the ORM between events afterwards
(:class:`~kamdesk.ui.shell.orm_warm_up.OrmWarmUp`). A user who types before that finishes,
and one who types after, both find their value stored.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from kamdesk.services.profile.account_profile_editing import create_account, load_profile
from kamdesk.store.database import Database
from kamdesk.ui.portfolio.portfolio_preload import PortfolioPreload
from kamdesk.ui.shell.app import open_main_window
from kamdesk.ui.shell.orm_warm_up import OrmWarmUp
from tests.ui.conftest import show_active, type_and_leave


def test_typing_right_after_start_and_after_the_orm_loaded_both_save(
    db: Database, qtbot: QtBot
) -> None:
    acme = create_account(db, "Acme")
    session = QSettings("kamdesk", "kamdesk")  # as after a session that ended on Acme
    session.setValue("session/last_account", acme)
    session.setValue("session/last_database", db.location.display())
    session.sync()

    window = open_main_window(db, preload_portfolio=True)  # as the app opens it
    qtbot.addWidget(window)
    window.resize(1280, 800)
    try:
        warm_up = window.findChild(OrmWarmUp)
        assert isinstance(warm_up, OrmWarmUp)
        assert not warm_up.done  # it starts once the list has arrived
        show_active(qtbot, window)
        assert window.account_id == acme
        profile = window.workspace.tab("profile")
        assert profile is not None and profile.isVisible()
        city = profile.editor("city")
        assert isinstance(city, QLineEdit)

        type_and_leave(qtbot, city, "Osaka")
        assert load_profile(db, acme).city == "Osaka"
        assert window.save_label.text() == "All changes saved"

        qtbot.waitUntil(lambda: warm_up.done, timeout=20_000)
        qtbot.waitUntil(lambda: window.context.findChild(PortfolioPreload) is not None,
                        timeout=10_000)
        type_and_leave(qtbot, city, "Kyoto")
        assert load_profile(db, acme).city == "Kyoto"
    finally:
        window.close()
        QThreadPool.globalInstance().waitForDone(10_000)
