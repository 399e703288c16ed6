"""Baseline: a bare PySide6 window – a QMainWindow with a splitter, shown once, then quit.

It prints ``window: N ms``, the time from the process's start until the window was painted,
measured as ``kamdesk gui --smoke`` measures its own (kamdesk.ui.shell.startup_clock).
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QSplitter

from kamdesk.ui.shell.startup_clock import milliseconds_since_start  # stdlib only


def main() -> int:
    """Show the window, paint it once, report, quit."""
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.addWidget(QLabel("accounts"))
    splitter.addWidget(QLabel("workspace"))
    window.setCentralWidget(splitter)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    window.grab()  # one full paint, as the smoke start does
    print(f"window: {milliseconds_since_start():.0f} ms", flush=True)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
