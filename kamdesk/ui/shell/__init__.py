"""The app's shell around the main window: how it starts, stays one per database, shows
its icon, and reports what goes wrong.

``single_instance`` keeps one window per database, ``crash_dialog`` and
``crash_reporter`` turn an unexpected exception into a dialog and a log entry,
``window_icon`` gives windows and taskbar the kamdesk icon, and ``platform_check`` turns
Qt's start-up failures (no display, missing libraries) into one line naming the fix.
"""
