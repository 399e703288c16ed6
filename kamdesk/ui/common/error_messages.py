"""The sentence of a failed service call, in the user's language.

Services raise errors carrying a :class:`~kamdesk.domain.user_messages.UserMessage`: an
English template collected into ``kamdesk_de.ts`` and its arguments. Every place the UI shows
such an error shows ``error_text(error)``, never ``str(error)`` (which is the English the
command line prints); ``tests/ui/common/test_error_messages.py`` holds the UI to that.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kamdesk.domain.os_error_reasons import os_reason
from kamdesk.domain.user_messages import UserMessage, message_of


def error_text(error: BaseException) -> str:
    """What ``error`` says, translated with the installed translator where it can be.

    An error raised with a plain string (from a library, or the operating system) is shown as
    it is: there is no template to look up.
    """
    message = message_of(error)
    if message is None:
        return str(error)
    return message.render(_translate)


def reason_text(error: OSError) -> str:
    """Why the operating system refused a file, in the user's language where we word it."""
    reason = os_reason(error)
    return reason.render(_translate) if isinstance(reason, UserMessage) else reason


def _translate(context: str, template: str) -> str:
    return QCoreApplication.translate(context, template)
