"""Rules that keep kamdesk's code working on Windows and macOS, checked on its source.

The tests run on Linux, where a POSIX-only call or a text file opened without an encoding
works fine; on Windows the first raises AttributeError and the second reads and writes
cp1252. So the source itself is searched, every module of the package.
"""

from __future__ import annotations

import ast
import gc
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "kamdesk"
MODULES = sorted(PACKAGE.rglob("*.py"))

# Names that do not exist (or do nothing useful) on Windows.
POSIX_ONLY_MODULES = {"fcntl", "pwd", "grp", "termios", "tty", "pty", "resource", "posix"}
POSIX_ONLY_OS = {
    "getuid", "geteuid", "getgid", "getegid", "getgroups", "setuid", "setgid", "setsid",
    "getpgid", "killpg", "fork", "forkpty", "chown", "lchown", "fchown", "mkfifo", "mknod",
    "getloadavg", "sync", "statvfs", "fchmod", "lchmod", "O_NOFOLLOW", "O_CLOEXEC",
    "sched_getaffinity", "WNOHANG", "wait3", "wait4",
}
POSIX_ONLY_SIGNALS = {
    "SIGKILL", "SIGHUP", "SIGUSR1", "SIGUSR2", "SIGALRM", "SIGCHLD", "SIGPIPE", "SIGQUIT",
    "SIGSTOP", "SIGCONT", "SIGTSTP", "alarm", "pause", "setitimer", "siginterrupt",
}
# Ways of opening a file with the system instead of Qt's desktop services.
FOREIGN_OPENERS = {"startfile", "xdg-open", "webbrowser", "subprocess"}
# Modules that may start another program, and why: none of them opens a document for the user.
PROGRAM_RUNNERS = {
    # Runs LibreOffice headless to convert a deck or Word file to PDF pages for the preview;
    # the program is found with shutil.which, so the same call works on Windows.
    PACKAGE / "services" / "export" / "office_preview.py": {"subprocess"},
}


Parsed = tuple[tuple[Path, tuple[ast.AST, ...]], ...]


@pytest.fixture(scope="module")
def package() -> Parsed:
    """Every module of the package with all its nodes, parsed once for all the rules.

    Module-scoped, not cached for the process: the 365,000 nodes are freed when these tests
    end instead of being walked by every full garbage collection of the worker's later tests.
    """
    # A parse makes no reference cycles (nodes do not point back at their parents), so the
    # collections its million new objects set off find nothing: half the parse's CPU
    # (2.8 s -> 1.4 s for the package on the 2-core machine).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return tuple(
            (path, tuple(ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path)))))
            for path in MODULES
        )
    finally:
        if collecting:
            gc.enable()


def where(path: Path, node: ast.AST) -> str:
    return f"{path.relative_to(PACKAGE.parent)}:{getattr(node, 'lineno', 0)}"


def test_the_rules_see_the_whole_package() -> None:
    assert len(MODULES) > 200
    assert PACKAGE / "ui" / "shell" / "app.py" in MODULES


def test_no_posix_only_module_or_call(package: Parsed) -> None:
    found = []
    for path, nodes in package:
        for node in nodes:
            if isinstance(node, ast.Import):
                found += [where(path, node) for alias in node.names
                          if alias.name.split(".")[0] in POSIX_ONLY_MODULES]
            elif isinstance(node, ast.ImportFrom) and node.module:
                if node.module.split(".")[0] in POSIX_ONLY_MODULES:
                    found.append(where(path, node))
                elif node.module == "os":
                    found += [where(path, node) for alias in node.names
                              if alias.name in POSIX_ONLY_OS]
            elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
                if node.value.id == "os" and node.attr in POSIX_ONLY_OS:
                    found.append(f"{where(path, node)} os.{node.attr}")
                if node.value.id == "signal" and node.attr in POSIX_ONLY_SIGNALS:
                    found.append(f"{where(path, node)} signal.{node.attr}")
    assert not found, f"POSIX-only calls without a fallback: {found}"


def _mode(call: ast.Call, position: int) -> str | None:
    for keyword in call.keywords:
        if keyword.arg == "mode" and isinstance(keyword.value, ast.Constant):
            return str(keyword.value.value)
    if len(call.args) > position and isinstance(call.args[position], ast.Constant):
        value = call.args[position].value
        return value if isinstance(value, str) else None
    return None


def test_text_files_are_opened_with_an_encoding(package: Parsed) -> None:
    found = []
    for path, nodes in package:
        for node in nodes:
            if not isinstance(node, ast.Call):
                continue
            keywords = {keyword.arg for keyword in node.keywords}
            function = node.func
            if isinstance(function, ast.Name) and function.id == "open":
                mode = _mode(node, 1) or "r"
            elif isinstance(function, ast.Attribute) and function.attr in (
                "read_text", "write_text"
            ):
                mode = "t"
            elif (isinstance(function, ast.Attribute) and function.attr == "open"
                  and node.args and isinstance(node.args[0], ast.Constant)):
                # Path.open("w"); a dialog's open() or a buffer's open(flags) has no mode text
                mode = _mode(node, 0) or "r"
            elif (isinstance(function, ast.Attribute) and function.attr == "fdopen"):
                mode = _mode(node, 1) or "r"
            else:
                continue
            if "b" not in mode and "encoding" not in keywords:
                found.append(where(path, node))
    assert not found, f"text files opened in the system's encoding (cp1252 on Windows): {found}"


def test_file_modes_keep_the_owner_able_to_write(package: Parsed) -> None:
    # Windows maps a mode to the read-only flag alone: a mode without the owner's write
    # bit would leave a file kamdesk can no longer replace or delete there.
    found = []
    for path, nodes in package:
        for node in nodes:
            if not isinstance(node, ast.Call):
                continue
            function = node.func
            name = function.attr if isinstance(function, ast.Attribute) else getattr(
                function, "id", ""
            )
            candidates = [k.value for k in node.keywords if k.arg == "mode"]
            if name in ("chmod", "open") and len(node.args) >= 2:
                candidates.append(node.args[-1])
            if name not in ("chmod", "open", "mkdir", "touch", "makedirs"):
                continue
            found += [
                f"{where(path, node)} {oct(value.value)}" for value in candidates
                if isinstance(value, ast.Constant) and isinstance(value.value, int)
                and not value.value & 0o200
            ]
    assert not found, found


def test_documents_are_opened_through_qt_not_the_shell(package: Parsed) -> None:
    found = []
    for path, nodes in package:
        forbidden = FOREIGN_OPENERS - PROGRAM_RUNNERS.get(path, set())
        for node in nodes:
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = [a.name for a in node.names]
                module = node.module if isinstance(node, ast.ImportFrom) else None
                if {module, *names} & forbidden:
                    found.append(where(path, node))
            elif getattr(node, "attr", None) in forbidden or (
                isinstance(node, ast.Constant) and node.value in forbidden
            ):
                found.append(where(path, node))
    assert not found, found
    export_dialog = (PACKAGE / "ui" / "export" / "export_dialog.py").read_text(encoding="utf-8")
    assert "QDesktopServices.openUrl(QUrl.fromLocalFile(" in export_dialog


@pytest.mark.parametrize("fragment", ["/.local/", "~/", "AppData", "Library/Application",
                                      "/.config/", "/tmp/"])
def test_user_folders_come_from_platformdirs_not_from_literals(
    package: Parsed, fragment: str
) -> None:
    found = []
    for path, nodes in package:
        docstrings = {
            id(node.body[0].value) for node in nodes
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
            and node.body and isinstance(node.body[0], ast.Expr)
        }
        for node in nodes:
            if (isinstance(node, ast.Constant) and isinstance(node.value, str)
                    and fragment in node.value and id(node) not in docstrings):
                found.append(where(path, node))
    assert not found, found
