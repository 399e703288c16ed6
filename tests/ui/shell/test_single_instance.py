"""One kamdesk per database, in-process: the claim, the knock, a crashed owner."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from PySide6.QtNetwork import QLocalSocket
from pytestqt.qtbot import QtBot

from kamdesk.ui.shell.main_window import MainWindow
from kamdesk.ui.shell.single_instance import (
    ACTIVATE,
    RAISED,
    SingleInstance,
    bring_to_front,
    database_identity,
    server_name,
)


@pytest.fixture(autouse=True)
def _private_temp_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Locks and sockets of this test in a folder of its own."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    assert Path(QDir.tempPath()) == folder
    return folder


def test_one_claim_per_database_and_another_database_is_free(qtbot: QtBot) -> None:
    first = SingleInstance("/data/kunden.sqlite3")
    assert first.claim() and first.is_listening
    second = SingleInstance("/data/kunden.sqlite3")
    assert not second.claim() and not second.is_listening
    other = SingleInstance("/data/archiv.sqlite3")
    assert other.claim()
    first.release()
    assert second.claim()
    second.release()
    other.release()


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_a_knock_brings_the_minimised_window_to_the_front(
    window: MainWindow, qtbot: QtBot
) -> None:
    running = SingleInstance("/data/kunden.sqlite3")
    assert running.claim()
    running.activation_requested.connect(lambda: bring_to_front(window))
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized, timeout=5_000)

    # The second start's knock, sent without blocking this (the first one's) event loop.
    knock = QLocalSocket()
    knock.connectToServer(running.name)
    qtbot.waitUntil(lambda: knock.state() == QLocalSocket.LocalSocketState.ConnectedState,
                    timeout=5_000)
    with qtbot.waitSignal(running.activation_requested, timeout=5_000):
        knock.write(ACTIVATE)
        knock.flush()
    qtbot.waitUntil(lambda: knock.bytesAvailable() > 0, timeout=5_000)
    assert knock.readAll().data() == RAISED
    assert not window.isMinimized()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    knock.disconnectFromServer()
    running.release()


def test_a_knock_nobody_answers_gives_up(qtbot: QtBot) -> None:
    assert not SingleInstance("/data/nobody.sqlite3").knock(timeout_ms=300)


CLAIM_AND_WAIT = """
import sys
from PySide6.QtCore import QCoreApplication
from kamdesk.ui.shell.single_instance import SingleInstance
app = QCoreApplication([])
instance = SingleInstance(sys.argv[1])
print("claimed" if instance.claim() else "refused", flush=True)
sys.stdin.read()
"""


def test_the_lock_and_socket_of_a_crashed_instance_are_taken_over(
    _private_temp_folder: Path, qtbot: QtBot
) -> None:
    with subprocess.Popen(
        [sys.executable, "-c", CLAIM_AND_WAIT, "/data/kunden.sqlite3"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    ) as owner:
        assert owner.stdout is not None and owner.stdout.readline().strip() == "claimed"
        assert not SingleInstance("/data/kunden.sqlite3").claim()  # it runs: refused
        owner.kill()  # a crash: nothing is cleaned up
        owner.wait(timeout=30)
    name = server_name("/data/kunden.sqlite3")
    assert {p.name for p in _private_temp_folder.iterdir()} == {name, f"{name}.lock"}
    successor = SingleInstance("/data/kunden.sqlite3")
    assert successor.claim() and successor.is_listening
    successor.release()
    assert not (_private_temp_folder / f"{name}.lock").exists()


def test_server_names_are_short_and_plain() -> None:
    name = server_name("/home/anna/Kunden #2/kamdesk.sqlite3")
    assert name.startswith("kamdesk-") and len(name) == 24
    assert name[len("kamdesk-"):].isalnum() and name.islower()
    assert name == server_name("/home/anna/Kunden #2/kamdesk.sqlite3")
    assert name != server_name("/home/anna/Kunden #3/kamdesk.sqlite3")


def test_a_link_to_the_database_is_the_same_database(tmp_path: Path) -> None:
    real = tmp_path / "kunden.sqlite3"
    real.write_bytes(b"")
    link = tmp_path / "link.sqlite3"
    link.symlink_to(real)
    assert database_identity(str(link)) == database_identity(str(real))
    assert database_identity(str(tmp_path / "other.sqlite3")) != database_identity(str(real))
    url = "postgresql+psycopg://kam@server/kunden"
    assert database_identity(url) == url
