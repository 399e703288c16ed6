"""A backup name's time stamp is read back as exactly the time ``strptime`` would read.

The app reads its backups' stamps while opening the file on its way to the first screen,
field by field (:func:`kamdesk.store.backup_files.stamp_time`) instead of with
``datetime.strptime``, whose first call costs a few milliseconds; the two must agree on
every stamp a backup can carry, and refuse the same impossible ones.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamdesk.store.backup_files import STAMP_FORMAT, backup_name, own_backups, stamp_time


@given(st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31, 23, 59)))
def test_a_stamp_reads_back_as_strptime_reads_it(moment: datetime) -> None:
    stamp = moment.strftime(STAMP_FORMAT)
    if len(stamp) != len("20261128-101500-123456"):
        stamp = f"{moment.year:04d}{stamp[-18:]}"  # strftime does not pad years before 1000
    expected = datetime.strptime(stamp, STAMP_FORMAT).replace(tzinfo=UTC)
    assert stamp_time(stamp) == expected
    assert stamp_time(stamp).tzinfo is UTC


@pytest.mark.parametrize(
    "stamp",
    ["20261328-101500-123456", "20260230-101500-123456", "20261128-241500-123456",
     "20261128-106000-123456", "00001128-101500-123456"],
)
def test_an_impossible_stamp_is_refused_as_strptime_refuses_it(stamp: str) -> None:
    with pytest.raises(ValueError):
        datetime.strptime(stamp, STAMP_FORMAT)
    with pytest.raises(ValueError):
        stamp_time(stamp)


def test_backups_are_listed_with_the_time_their_names_carry(tmp_path: Path) -> None:
    db_path = tmp_path / "kunden.sqlite3"
    db_path.write_bytes(b"")
    folder = tmp_path / "backups"
    folder.mkdir()
    times = [datetime(2026, 11, 28, 10, 15, 0, 123456, tzinfo=UTC),
             datetime(2025, 1, 2, 23, 59, 59, 999999, tzinfo=UTC)]
    for moment in times:
        (folder / backup_name(db_path.name, moment, "daily")).write_bytes(b"")
    assert [backup.taken_at for backup in own_backups(db_path)] == sorted(times)
