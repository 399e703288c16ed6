"""One running kamdesk per database: a second start brings the first window to the front.

Two writers on one SQLite file would not corrupt it, but a KAM with two windows on the
same plans loses track of which one is current; so the second start only knocks.

How: a lock file (QLockFile) says whether an instance runs on this database, and a local
server (QLocalServer: a Unix socket, a Windows named pipe) carries the knock. Both are
named from a hash of the user and the database's resolved path (or URL), so another
database, or another user on a shared machine, never meets this one. After a crash the
lock names a dead process and QLockFile treats it as stale; the socket file the crash
left behind is removed before listening again.
"""

from __future__ import annotations

import getpass
import hashlib
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDir, QLockFile, QObject, QThread, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kamdesk.store.location import resolve_location

if TYPE_CHECKING:
    # QtNetwork is loaded when the server starts listening or a second start knocks: the
    # start can listen after its window is painted (a knock retries meanwhile).
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

ACTIVATE = b"activate\n"
RAISED = b"raised\n"
# How long a second start waits for the first to answer (it may still be starting).
ANSWER_TIMEOUT_MS = 10_000
_RETRY_MS = 100


def server_name(identity: str) -> str:
    """The server's name for a database identity: short (macOS limits socket paths to
    104 bytes), free of path characters, and different for every user."""
    try:
        user = getpass.getuser()
    except (OSError, KeyError):  # no login name in the environment or the user database
        user = Path.home().name
    digest = hashlib.sha256(f"{user}\0{identity}".encode()).hexdigest()
    return f"kamdesk-{digest[:16]}"


class SingleInstance(QObject):
    """The claim of one process on one database, and the knock of a second one."""

    # A second start on this database asked for the window to come to the front.
    activation_requested = Signal()

    def __init__(self, identity: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(identity)
        self.lock_path = Path(QDir.tempPath()) / f"{self.name}.lock"
        self._lock = QLockFile(str(self.lock_path))
        # Held as long as the app runs: only a dead owner makes the lock stale, never age.
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None

    @property
    def is_listening(self) -> bool:
        """Whether this process holds the database and answers second starts."""
        return self._server is not None and self._server.isListening()

    def claim(self, listen: bool = True) -> bool:
        """Become the instance on this database; False when another one runs.

        ``listen``: answer second starts at once; else from :meth:`listen` on (a second
        start's knock retries until then).
        """
        if not self._lock.tryLock(0):
            return False
        if listen:
            self.listen()
        return True

    def listen(self) -> None:
        """Answer second starts on this database (the claim holds the lock)."""
        from PySide6.QtNetwork import QLocalServer

        if self._server is not None or not self._lock.isLocked():
            return
        # We hold the lock, so a socket of this name is what a crashed instance left.
        QLocalServer.removeServer(self.name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if server.listen(self.name):
            server.newConnection.connect(self._on_new_connection)
            self._server = server
        # Without a server the app still works; a second start then reports no answer.

    def release(self) -> None:
        """Stop answering and give the database free for another start."""
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    def knock(self, timeout_ms: int = ANSWER_TIMEOUT_MS) -> bool:
        """Ask the running instance to come to the front; True when it says it did."""
        from PySide6.QtNetwork import QLocalSocket

        deadline = time.monotonic() + timeout_ms / 1000
        while True:
            left = max(int((deadline - time.monotonic()) * 1000), 0)
            socket = QLocalSocket()
            socket.connectToServer(self.name)
            if socket.waitForConnected(min(left, 1000)):
                return self._ask(socket, deadline)
            if left == 0:
                return False
            # The first instance takes its lock a moment before it listens.
            QThread.msleep(_RETRY_MS)

    @staticmethod
    def _ask(socket: QLocalSocket, deadline: float) -> bool:
        socket.write(ACTIVATE)
        socket.flush()
        answer = b""
        while RAISED not in answer:
            left = int((deadline - time.monotonic()) * 1000)
            if left <= 0 or not socket.waitForReadyRead(left):
                break
            answer += socket.readAll().data()
        socket.disconnectFromServer()
        return RAISED in answer

    def _on_new_connection(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():
            socket = server.nextPendingConnection()
            # Not "disconnected → deleteLater": that connection crashes PySide6 when the
            # server is destroyed with the socket still open (the socket goes with it).
            socket.readyRead.connect(lambda s=socket: self._on_message(s))

    def _on_message(self, socket: QLocalSocket) -> None:
        if ACTIVATE in socket.readAll().data():
            self.activation_requested.emit()
            socket.write(RAISED)
            socket.flush()
        socket.disconnectFromServer()  # one knock per connection; the answer is written
        socket.deleteLater()


def bring_to_front(window: QWidget) -> None:
    """Show the window restored, raised and active (or flashing, where the system
    does not let a background program take the focus)."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
    QApplication.alert(window)


def database_identity(db_location: str | None) -> str:
    """What makes two starts "the same database": the resolved file, or the server URL."""
    location = resolve_location(db_location)
    if location.path is not None:
        # Symbolic links and, on Windows, letter case must not make one file two databases.
        return os.path.normcase(str(location.path.resolve()))
    return location.url


def hand_over(instance: SingleInstance, in_terminal: bool) -> int:
    """This start found kamdesk running on its database: knock, say so, and exit."""
    if instance.knock():
        if sys.stdout is not None:
            print("kamdesk is already open on this database; its window was brought to the "
                  "front.", flush=True)
        return 0
    message = QCoreApplication.translate(
        "SingleInstance",
        "kamdesk is already open on this database, but it does not answer. Close it (or end "
        "it in the task manager) and start kamdesk again.",
    )
    if in_terminal:
        if sys.stderr is not None:
            print(f"kamdesk: error: {message}", file=sys.stderr)
    else:
        QMessageBox.warning(None, "kamdesk", message)
    return 1
