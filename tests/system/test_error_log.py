"""The error log: rotating, in the user's log folder, and free of customer data."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from kamdesk.cli.errors import report_unexpected
from kamdesk.system.error_log import (
    BACKUP_COUNT,
    LOGGER_NAME,
    MAX_BYTES,
    crash_report,
    describe_exception,
    enable_error_log,
    log_file,
    log_unexpected,
    redacted_message,
    short_path,
)

# What a stakeholder record and a note look like: none of it may reach the log.
CUSTOMER_DATA = (
    "Dr. Hannelore Brückner-Vogt",
    "h.brueckner@acme-maschinenbau.de",
    "+49 30 1234567",
    "Einkauf verlangt 5 % Nachlass bis Q3",
)


@pytest.fixture(autouse=True)
def _fresh_logger() -> Iterator[None]:
    """Each test attaches its own handler; none survives into the next test."""
    logger = logging.getLogger(LOGGER_NAME)
    before = list(logger.handlers)
    yield
    for handler in list(logger.handlers):
        if handler not in before:
            logger.removeHandler(handler)
            handler.close()


def save_stakeholder(name: str, email: str, phone: str, note: str) -> None:
    """Fails the way a bug would, with customer data in locals and in the messages."""
    record = {"name": name, "email": email, "phone": phone, "note": note}
    try:
        raise KeyError(f"no column for {record['email']}")
    except KeyError as error:
        raise ValueError(f"could not save {name} <{email}>, {phone}: {note}") from error


def failure() -> ValueError:
    try:
        save_stakeholder(*CUSTOMER_DATA)
    except ValueError as error:
        return error
    raise AssertionError("save_stakeholder did not fail")


def test_the_log_lives_in_the_user_log_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    assert log_file() == tmp_path / "state" / "kamdesk" / "log" / "kamdesk.log"


def test_an_unexpected_error_is_logged_without_customer_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    path = log_unexpected(failure(), "app")
    assert path == log_file() and path.is_file()
    text = path.read_text(encoding="utf-8")
    for secret in CUSTOMER_DATA:
        assert secret not in text
    assert "brueckner" not in text.lower() and "1234567" not in text
    # What a developer needs is there: types, functions, lines of code, both exceptions.
    assert "ERROR kamdesk: unexpected error in the app; kamdesk 0.1.0" in text
    assert "in save_stakeholder" in text and "KeyError" in text and "ValueError" in text
    assert "direct cause" in text
    assert 'File "test_error_log.py"' in text
    assert str(Path.home()) not in text and str(tmp_path) not in text


def test_log_arguments_are_shown_only_when_they_are_numbers(tmp_path: Path) -> None:
    path = enable_error_log(tmp_path / "kamdesk.log")
    logger = logging.getLogger("kamdesk.ui.goals_tab")
    logger.error("goal %d of account %s failed: %s", 42, CUSTOMER_DATA[0], CUSTOMER_DATA[3])
    text = path.read_text(encoding="utf-8")
    assert "goal 42 of account <…> failed: <…>" in text
    for secret in CUSTOMER_DATA:
        assert secret not in text


def test_a_template_that_does_not_fit_its_arguments_is_shown_without_them() -> None:
    record = logging.LogRecord(
        "kamdesk", logging.ERROR, __file__, 1, "id %d", (CUSTOMER_DATA[0],), None
    )
    assert redacted_message(record) == "id %d (1 arguments withheld)"


def test_a_traceback_another_handler_formatted_is_not_reused(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # pytest's own handler formats (and caches) the full traceback first.
    path = enable_error_log(tmp_path / "kamdesk.log")
    with caplog.at_level(logging.ERROR, logger=LOGGER_NAME):
        logging.getLogger(LOGGER_NAME).error("save failed", exc_info=failure())
    assert CUSTOMER_DATA[1] in caplog.text  # the other handler had the messages …
    text = path.read_text(encoding="utf-8")
    for secret in CUSTOMER_DATA:  # … the log file never does
        assert secret not in text


def test_nothing_is_written_before_the_first_error(tmp_path: Path) -> None:
    path = enable_error_log(tmp_path / "logs" / "kamdesk.log")
    logging.getLogger("kamdesk").warning("not an error")
    assert not (tmp_path / "logs").exists()
    logging.getLogger("kamdesk").error("an error")
    assert path.is_file()


def test_the_log_rotates_and_keeps_three_old_files(tmp_path: Path) -> None:
    path = enable_error_log(tmp_path / "kamdesk.log")
    logger = logging.getLogger(LOGGER_NAME)
    error = failure()
    # Long entries (an eighth of a file each), so that filling the files twice over takes
    # some dozens of formatted tracebacks rather than thousands.
    message = "again " + "x" * (MAX_BYTES // 8)
    entry = len(message) + len(describe_exception(error))
    for _ in range(2 * (BACKUP_COUNT + 1) * MAX_BYTES // entry):
        logger.error(message, exc_info=error)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["kamdesk.log", "kamdesk.log.1", "kamdesk.log.2", "kamdesk.log.3"]
    assert all(p.stat().st_size <= MAX_BYTES for p in tmp_path.iterdir())
    assert path.stat().st_size > 0


def test_enabling_twice_adds_one_handler(tmp_path: Path) -> None:
    enable_error_log(tmp_path / "kamdesk.log")
    enable_error_log(tmp_path / "kamdesk.log")
    logging.getLogger(LOGGER_NAME).error("once")
    assert (tmp_path / "kamdesk.log").read_text(encoding="utf-8").count("once") == 1


def test_an_unwritable_log_folder_costs_nothing_but_the_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    in_the_way = tmp_path / "state"
    in_the_way.write_text("a file where the log folder should be", encoding="utf-8")
    monkeypatch.setenv("XDG_STATE_HOME", str(in_the_way))
    assert log_unexpected(failure(), "app") is None
    assert in_the_way.read_text(encoding="utf-8") == "a file where the log folder should be"


def test_the_command_line_says_one_line_and_logs_the_details(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    report_unexpected(failure())
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("kamdesk: error: unexpected ValueError: could not save ")
    assert lines[0].endswith(f"(details in {log_file()})")
    text = log_file().read_text(encoding="utf-8")
    assert "unexpected error in the command line" in text and "in save_stakeholder" in text
    for secret in CUSTOMER_DATA:
        assert secret not in text


def test_the_crash_report_names_version_and_code_but_no_data() -> None:
    report = crash_report(failure())
    assert report.startswith("kamdesk 0.1.0, Python 3.")
    assert report.rstrip().endswith("ValueError")
    for secret in CUSTOMER_DATA:
        assert secret not in report


@pytest.mark.parametrize(
    ("filename", "short"),
    [
        ("/home/anna/.venv/lib/python3.11/site-packages/sqlalchemy/orm/session.py",
         "sqlalchemy/orm/session.py"),
        ("/home/anna/src/kamdesk/kamdesk/ui/app.py", "kamdesk/ui/app.py"),
        ("/opt/kamdesk/_internal/PySide6/support/signature/loader.py",
         "PySide6/support/signature/loader.py"),
        ("/home/anna/Kunden Müller/script.py", "script.py"),
    ],
)
def test_paths_leave_out_the_users_folders(filename: str, short: str) -> None:
    assert short_path(filename) == short
