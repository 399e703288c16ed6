"""Build kamdesk's one-folder app with PyInstaller, report its size, and prove it works alone.

Usage (from the repository, in an environment with ``pip install -e ".[bundle]"``)::

    python tools/build_bundle.py                 # build into build/bundle/dist/kamdesk
    python tools/build_bundle.py --smoke         # build, then run the smoke checks
    python tools/build_bundle.py --smoke --no-build   # check a bundle built before

The smoke checks run the bundle's own ``kamdesk`` with no Python or virtual environment on
PATH, an empty HOME and no XDG folders, as on a machine that never had Python: the version,
a demo portfolio, the account plan in German and English with every font embedded
(``pdffonts``), the relationship map as PNG, the main window painted once (``gui
--smoke``, offscreen), and on Linux the desktop entry installed, validated and removed. Each line
says what ran and how long it took; the exit code is 1 if anything failed or the bundle
is larger than ``--max-size`` megabytes.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "kamdesk.spec"
BUILD = ROOT / "build" / "bundle"
MAX_SIZE_MB = 200.0
COMMAND_TIMEOUT_S = 300


def build(dist: Path, work: Path) -> float:
    """Run PyInstaller on the spec; the seconds it took."""
    started = time.monotonic()
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work), str(SPEC)],
        cwd=ROOT, check=True,
    )
    return time.monotonic() - started


def unpacked_size(folder: Path) -> tuple[int, int]:
    """Bytes and number of the files in the bundle (links counted once, as their target)."""
    total = count = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
            count += 1
    return total, count


def largest_parts(folder: Path, top: int = 8) -> list[tuple[str, int]]:
    """The biggest first- and second-level parts of the bundle, for the report."""
    internal = folder / "_internal" if (folder / "_internal").is_dir() else folder
    sizes: dict[str, int] = {}
    for path in internal.rglob("*"):
        if path.is_file() and not path.is_symlink():
            parts = path.relative_to(internal).parts
            key = "/".join(parts[:3] if parts[0] == "PySide6" else parts[:1])
            sizes[key] = sizes.get(key, 0) + path.stat().st_size
    return sorted(sizes.items(), key=lambda item: -item[1])[:top]


@dataclass
class Check:
    """One smoke check: what it ran, whether it passed, how long it took."""

    name: str
    passed: bool
    seconds: float
    detail: str = ""


class Smoke:
    """Runs the bundle's kamdesk like a user on a machine without Python."""

    def __init__(self, executable: Path, home: Path) -> None:
        self.executable = executable
        self.home = home
        self.database = home / "kamdesk.sqlite3"
        self.checks: list[Check] = []
        # Nothing of the build's Python: no venv, no PYTHON* variables, no user folders.
        self.environment = {
            "HOME": str(home),
            "LANG": "C.UTF-8",
            "TMPDIR": str(home / "tmp"),
            "QT_QPA_PLATFORM": "offscreen",
        }
        if sys.platform == "win32":
            # Windows programs need the system folder; the user folders come from the
            # shell API there, not from the environment.
            system_root = os.environ.get("SYSTEMROOT", r"C:\Windows")
            self.environment.update(SYSTEMROOT=system_root, TEMP=str(home / "tmp"),
                                    PATH=os.pathsep.join([system_root + r"\System32",
                                                          system_root]))
        else:
            self.environment["PATH"] = os.pathsep.join(
                p for p in ("/usr/local/bin", "/usr/bin", "/bin") if Path(p).is_dir()
            )
        (home / "tmp").mkdir()

    def kamdesk(self, *arguments: str) -> subprocess.CompletedProcess[str]:
        """Run the bundle's kamdesk with ``--db`` in the empty home."""
        return subprocess.run(
            [str(self.executable), "--db", str(self.database), *arguments],
            env=self.environment, cwd=self.home, capture_output=True, text=True,
            timeout=COMMAND_TIMEOUT_S, check=False,
        )

    def check(self, name: str, step: Callable[[], str]) -> None:
        """Run one step; a failed assertion or command becomes a failed check."""
        started = time.monotonic()
        try:
            detail = step()
            passed = True
        except (AssertionError, OSError, subprocess.SubprocessError, ValueError) as error:
            detail, passed = str(error) or type(error).__name__, False
        self.checks.append(Check(name, passed, time.monotonic() - started, detail))
        mark = "ok  " if passed else "FAIL"
        print(f"  {mark} {name:<34} {self.checks[-1].seconds:6.1f} s  {detail}", flush=True)

    def ran(self, *arguments: str) -> str:
        result = self.kamdesk(*arguments)
        assert result.returncode == 0, (
            f"exit {result.returncode}: {(result.stderr or result.stdout).strip()[:300]}"
        )
        return result.stdout

    def run_all(self) -> bool:
        """Every check in order; True when all passed."""
        state: dict[str, str] = {}
        self.check("kamdesk --version", lambda: self._version())
        self.check("kamdesk demo", lambda: self.ran("demo").strip().splitlines()[-1])
        self.check("kamdesk accounts", lambda: self._first_key_account(state))
        for lang in ("de", "en"):
            self.check(f"export plan --lang {lang}", lambda lang=lang: self._plan(state, lang))
        self.check("export map -o map.png", lambda: self._map(state))
        self.check("export plan -o plan.docx", lambda: self._office(state, "plan", "docx"))
        self.check("export deck -o deck.pptx", lambda: self._office(state, "deck", "pptx"))
        self.check("gui --smoke", lambda: self.ran("gui", "--smoke").strip())
        if sys.platform.startswith("linux"):
            self.check("install-desktop / uninstall", self._desktop_entry)
        return all(check.passed for check in self.checks)

    def _version(self) -> str:
        result = subprocess.run(
            [str(self.executable), "--version"], env=self.environment, cwd=self.home,
            capture_output=True, text=True, timeout=COMMAND_TIMEOUT_S, check=False,
        )
        assert result.returncode == 0 and result.stdout.startswith("kamdesk "), result
        return result.stdout.strip()

    def _first_key_account(self, state: dict[str, str]) -> str:
        accounts = json.loads(self.ran("accounts", "--format", "json"))
        key = [account for account in accounts if account["tier"] == "key"]
        assert key, "the demo has no key account"
        state["account"] = key[0]["name"]
        return f"{len(accounts)} accounts, plan of {state['account']!r}"

    def _plan(self, state: dict[str, str], lang: str) -> str:
        assert "account" in state, "no account to export"
        target = self.home / f"plan-{lang}.pdf"
        self.ran("export", "plan", state["account"], "-o", str(target), "--lang", lang)
        assert target.read_bytes()[:5] == b"%PDF-", "not a PDF"
        return embedded_fonts(target)

    def _map(self, state: dict[str, str]) -> str:
        assert "account" in state, "no account to export"
        target = self.home / "map.png"
        self.ran("export", "map", state["account"], "-o", str(target))
        data = target.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
        return f"{len(data) // 1024} KB"

    def _office(self, state: dict[str, str], kind: str, suffix: str) -> str:
        """A Word plan or slide deck: python-docx/-pptx found their templates in the bundle."""
        assert "account" in state, "no account to export"
        target = self.home / f"{kind}.{suffix}"
        self.ran("export", kind, state["account"], "-o", str(target), "--audience", "client")
        with zipfile.ZipFile(target) as package:
            names = package.namelist()
        part = "word/document.xml" if suffix == "docx" else "ppt/presentation.xml"
        assert part in names, f"{target.name} has no {part}"
        return f"{target.stat().st_size // 1024} KB, {len(names)} parts"

    def _desktop_entry(self) -> str:
        self.ran("install-desktop")
        data = self.home / ".local" / "share"
        entry = data / "applications" / "org.kamdesk.Kamdesk.desktop"
        metainfo = data / "metainfo" / "org.kamdesk.Kamdesk.metainfo.xml"
        text = entry.read_text(encoding="utf-8")
        assert f"Exec={self.executable} gui" in text, "Exec does not start the bundle"
        validated = []
        for tool, arguments in (("desktop-file-validate", [str(entry)]),
                                ("appstreamcli", ["validate", "--no-net", str(metainfo)])):
            if shutil.which(tool):
                result = subprocess.run([tool, *arguments], capture_output=True, text=True,
                                        check=False)
                assert result.returncode == 0, f"{tool}: {result.stdout}{result.stderr}"
                validated.append(tool)
        self.ran("uninstall-desktop")
        assert not entry.exists(), "uninstall-desktop left the entry"
        return f"validated by {', '.join(validated)}" if validated else "not validated (no tools)"


def embedded_fonts(pdf: Path) -> str:
    """Check with poppler's pdffonts that every font of the PDF is embedded."""
    if shutil.which("pdffonts") is None:
        if sys.platform.startswith("linux"):  # CI: the check must run
            raise AssertionError("pdffonts is missing (apt-get install poppler-utils)")
        return "fonts not checked (no pdffonts here)"
    output = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                            check=True).stdout.splitlines()
    rows = output[2:]  # a header line and a rule
    assert rows, "the PDF has no fonts"
    # Columns: name type encoding emb sub uni object ID; "emb" is the fourth from the end.
    not_embedded = [row.split()[0] for row in rows if row.split()[-5] != "yes"]
    assert not not_embedded, f"fonts not embedded: {not_embedded}"
    return f"{len(rows)} fonts, all embedded"


def main(argv: list[str] | None = None) -> int:
    """Build and/or check; the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--smoke", action="store_true", help="run the smoke checks")
    parser.add_argument("--no-build", action="store_true", help="check the bundle built before")
    parser.add_argument("--dist", type=Path, default=BUILD / "dist", help="where the bundle goes")
    parser.add_argument("--max-size", type=float, default=MAX_SIZE_MB, metavar="MB",
                        help=f"fail when the unpacked bundle is larger (default {MAX_SIZE_MB:g})")
    arguments = parser.parse_args(argv)

    bundle = arguments.dist / "kamdesk"
    if not arguments.no_build:
        seconds = build(arguments.dist, BUILD / "work")
        print(f"built {bundle} in {seconds:.0f} s")
    # On Windows kamdesk.exe is windowed and prints nothing: its console twin is checked.
    executable = bundle / ("kamdesk-cli.exe" if sys.platform == "win32" else "kamdesk")
    if not executable.is_file():
        print(f"no bundle at {bundle}; build it first", file=sys.stderr)
        return 1
    size, files = unpacked_size(bundle)
    print(f"unpacked size: {size / 1e6:.1f} MB in {files} files (limit {arguments.max_size:g} MB)")
    for part, part_size in largest_parts(bundle):
        print(f"  {part_size / 1e6:7.1f} MB  {part}")
    ok = size / 1e6 <= arguments.max_size
    if not ok:
        print(f"the bundle is larger than {arguments.max_size:g} MB", file=sys.stderr)
    if arguments.smoke:
        print("smoke checks from the bundle alone (no Python on PATH, empty HOME):")
        with tempfile.TemporaryDirectory(prefix="kamdesk-smoke-") as home:
            ok = Smoke(executable, Path(home)).run_all() and ok
    print("bundle OK" if ok else "bundle FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
