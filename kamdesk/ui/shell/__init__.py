"""The app shell: start-up, the main window, the account workspace and the welcome page."""
