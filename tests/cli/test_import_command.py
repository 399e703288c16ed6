"""``kamdesk import`` as a user runs it: the German Excel list, a second run, a bad row.

The first import and the refused bad row run the real program in its own process (what
the user's shell sees: exit code, stdout, one line on stderr); the runs that check what the
database then holds run ``main()`` in the test's process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from kamdesk.cli import main
from tests.helpers.cli_runs import CliRun
from tests.helpers.import_files import write_german_csv

pytestmark = pytest.mark.slow
Capture = pytest.CaptureFixture[str]
InProcess = Callable[..., CliRun]


def kamdesk(*argv: str) -> subprocess.CompletedProcess[str]:
    """The real program in a process of its own, as a user starts it."""
    environment = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "kamdesk", *argv], capture_output=True,
                          text=True, encoding="utf-8", timeout=120, env=environment)


def test_the_german_list_in_one_command_then_again(
    db_path: Path, tmp_path: Path, kamdesk_in_process: InProcess
) -> None:
    path = write_german_csv(tmp_path / "Kundenliste.csv", rows=500)
    first = kamdesk("--db", str(db_path), "import", "accounts", str(path))
    assert (first.returncode, first.stderr) == (0, "")
    assert "Windows-1252, delimiter ';', decimal comma; 500 rows." in first.stdout
    assert "Firma → name; Branche → industry" in first.stdout
    assert "Not imported (map them with --mapping or --map): Lieblingsfarbe." in first.stdout
    assert ("Imported accounts: 500 created, 0 updated, 0 unchanged; 3 new team members."
            in first.stdout)
    second = kamdesk_in_process("--db", str(db_path), "import", "accounts", str(path),
                                "--format", "json")
    assert second.returncode == 0
    assert json.loads(second.stdout) == {
        "created": 0, "updated": 0, "unchanged": 500, "rejected": [], "dry_run": False,
        "written": False, "team_members_created": 0,
    }
    listed = kamdesk_in_process("--db", str(db_path), "accounts", "--format", "json")
    account = next(a for a in json.loads(listed.stdout)
                   if a["name"] == "Bäckerei Müller & Söhne 004 GmbH")
    assert (account["country"], account["owner"]) == ("FR", "Anja Schäfer")


def test_one_bad_row_stops_it_with_the_line_named(
    db_path: Path, tmp_path: Path, kamdesk_in_process: InProcess
) -> None:
    path = write_german_csv(tmp_path / "k.csv", rows=30, bad={9: (7, "zwölf Mio")})
    run = kamdesk("--db", str(db_path), "import", "accounts", str(path))
    assert run.returncode == 1
    assert "line 11, Jahresumsatz: 'zwölf Mio' is not a number." in run.stdout
    assert run.stderr.count("\n") == 1 and "Traceback" not in run.stderr
    assert "nothing was imported" in run.stderr and "--skip-invalid" in run.stderr
    listed = kamdesk_in_process("--db", str(db_path), "accounts", "--format", "json")
    assert json.loads(listed.stdout) == []
    as_json = kamdesk_in_process("--db", str(db_path), "import", "accounts", str(path),
                                 "--format", "json", "--skip-invalid")
    assert as_json.returncode == 0
    report = json.loads(as_json.stdout)
    assert (report["created"], report["written"]) == (29, True)
    assert report["rejected"] == [{"line": 11, "column": "Jahresumsatz",
                                   "message": "'zwölf Mio' is not a number."}]


def test_dry_run_and_mapping_options(db_path: Path, tmp_path: Path, capsys: Capture) -> None:
    path = tmp_path / "sp500.csv"
    path.write_text('Symbol,Security,GICS Sector,Headquarters Location,Date added\n'
                    'MMM,3M,Industrials,"Saint Paul, Minnesota",1957-03-04\n'
                    'AOS,A. O. Smith,Industrials,"Milwaukee, Wisconsin",2017-07-26\n',
                    encoding="utf-8")
    mapping = tmp_path / "map.json"
    mapping.write_text(json.dumps({"Security": "name", "GICS Sector": "industry",
                                   "Headquarters Location": "city", "Symbol": None}))
    code = main(["--db", str(db_path), "import", "accounts", str(path), "--mapping",
                 str(mapping), "--map", "Date added=customer_since", "--dry-run"])
    out = capsys.readouterr().out
    assert code == 0
    assert "Dry run — nothing was written. Would create 2, update 0" in out
    assert "Not imported: Symbol." in out
    code = main(["--db", str(db_path), "import", "accounts", str(path), "--mapping",
                 str(mapping), "--format", "json"])
    assert json.loads(capsys.readouterr().out)["created"] == 2


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["import", "accounts", "missing.csv"], "missing.csv does not exist."),
        (["import", "accounts", "k.csv", "--map", "Firma"], "should read COLUMN=FIELD"),
        (["import", "accounts", "k.csv", "--map", "Firma=nom"], "'nom' is not a field"),
        (["import", "contacts", "k.csv"], "No column holds the contact's name"),
        (["import", "revenue", "r.csv", "--account", "Nobody"], "no account with the id"),
    ],
)
def test_errors_are_one_line(db_path: Path, tmp_path: Path, capsys: Capture, argv: list[str],
                             message: str, monkeypatch: pytest.MonkeyPatch) -> None:
    write_german_csv(tmp_path / "k.csv", rows=2)
    (tmp_path / "r.csv").write_text("Quartal;Umsatz\nQ1 2026;5\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code = main(["--db", str(db_path), *argv])
    err = capsys.readouterr().err
    assert code == 1
    assert message in err and err.count("\n") == 1


def test_a_vcard_file_is_contacts(db_path: Path, tmp_path: Path, capsys: Capture) -> None:
    path = tmp_path / "a.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada\r\nORG:Acme\r\nEND:VCARD\r\n")
    assert main(["--db", str(db_path), "import", "accounts", str(path)]) == 1
    assert "imported as contacts" in capsys.readouterr().err
