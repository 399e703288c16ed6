"""Why the operating system refused a file, in words the UI can translate.

An :class:`OSError` carries the C library's ``strerror``, always in English ("Permission
denied", "No space left on device"). Put into a German sentence it was the one English
phrase a German user read. The reasons a KAM meets with files (a folder that is gone, a
read-only stick, a full disk, a name too long) are sentences of ours; any other keeps the
system's words, which at least name the cause.
"""

from __future__ import annotations

import errno

from kamdesk.domain.user_messages import QT_TRANSLATE_NOOP, UserMessage

# One clause per error number, written to stand in brackets or after a colon.
_REASONS: dict[int, UserMessage] = {
    errno.ENOENT: QT_TRANSLATE_NOOP("ServiceMessage", "the file or folder does not exist"),
    errno.EACCES: QT_TRANSLATE_NOOP("ServiceMessage", "access is not permitted"),
    errno.EPERM: QT_TRANSLATE_NOOP("ServiceMessage", "access is not permitted"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("ServiceMessage", "the disk is full"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("ServiceMessage", "the disk quota is used up"),
    errno.EROFS: QT_TRANSLATE_NOOP("ServiceMessage", "the drive is read-only"),
    errno.EISDIR: QT_TRANSLATE_NOOP("ServiceMessage", "a folder has that name"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("ServiceMessage", "a part of the path is not a folder"),
    errno.EEXIST: QT_TRANSLATE_NOOP("ServiceMessage", "something of that name is already there"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("ServiceMessage", "the name is too long"),
    errno.EBUSY: QT_TRANSLATE_NOOP("ServiceMessage", "another program is using it"),
    errno.EIO: QT_TRANSLATE_NOOP("ServiceMessage", "the drive reported a read or write error"),
    errno.ELOOP: QT_TRANSLATE_NOOP("ServiceMessage", "the path loops through links"),
}


def os_reason(error: OSError) -> UserMessage | str:
    """Why ``error`` happened: our clause for a common cause, else the system's own words."""
    known = _REASONS.get(error.errno) if error.errno is not None else None
    if known is not None:
        return known
    return error.strerror or str(error) or type(error).__name__
