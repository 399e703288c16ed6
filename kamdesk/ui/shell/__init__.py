"""The app shell: start-up, the main window, the account workspace and the welcome page,
and what surrounds them: one window per database, the icon, crash reports.

``app`` starts the app; ``single_instance`` keeps one window per database,
``crash_dialog`` and ``crash_reporter`` turn an unexpected exception into a dialog and a
log entry, ``window_icon`` gives windows and taskbar the kamdesk icon, and
``platform_check`` turns Qt's start-up failures (no display, missing libraries) into one
line naming the fix.
"""
