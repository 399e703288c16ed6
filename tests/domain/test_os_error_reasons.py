"""The operating system's refusals in our words, and its own where we have none."""

from __future__ import annotations

import errno

from kamdesk.domain.os_error_reasons import os_reason
from kamdesk.domain.user_messages import UserMessage


def test_a_common_cause_is_our_clause_not_the_system_text() -> None:
    reason = os_reason(OSError(errno.ENOSPC, "No space left on device"))
    assert isinstance(reason, UserMessage)
    assert str(reason) == "the disk is full"
    assert str(os_reason(PermissionError(errno.EACCES, "Permission denied"))) == (
        "access is not permitted"
    )
    assert str(os_reason(NotADirectoryError(errno.ENOTDIR, "Not a directory"))) == (
        "a part of the path is not a folder"
    )


def test_a_cause_we_do_not_word_keeps_the_system_words() -> None:
    assert os_reason(OSError(errno.ENXIO, "No such device or address")) == (
        "No such device or address"
    )


def test_an_error_without_a_number_says_what_it_has() -> None:
    assert os_reason(OSError("the socket closed")) == "the socket closed"
    assert os_reason(OSError()) == "OSError"
