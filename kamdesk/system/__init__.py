"""Where kamdesk meets the operating system, below the app's layers.

The user's log folder and the error log that the app and the command line share
(:mod:`kamdesk.system.error_log`), and the Linux desktop entry that puts kamdesk into the
application menu (:mod:`kamdesk.system.desktop_entry`). Nothing here imports Qt, the
database or the document renderer: the command line uses it without loading any of them.
"""
