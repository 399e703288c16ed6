"""kamdesk: an offline desktop tool for key account managers.

The package is layered (see DESIGN.md): ``domain`` holds pure calculations, ``store`` the
database, ``services`` the use cases, ``reports`` the PDF rendering, ``ui`` the Qt app and
``cli`` the command line.
"""

__version__ = "0.1.0"
