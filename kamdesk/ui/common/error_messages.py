"""The sentence of a failed service call, in the user's language.

Services raise errors carrying a :class:`~kamdesk.domain.user_messages.UserMessage`: an
English template collected into ``kamdesk_de.ts`` and its arguments. Every place the UI shows
such an error shows ``error_text(error)``, never ``str(error)`` (which is the English the
command line prints); ``tests/ui/common/test_error_messages.py`` holds the UI to that.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kamdesk.domain.user_messages import message_of


def error_text(error: BaseException) -> str:
    """What ``error`` says, translated with the installed translator where it can be.

    An error raised with a plain string (from a library, or the operating system) is shown as
    it is: there is no template to look up.
    """
    message = message_of(error)
    if message is None:
        return str(error)
    return message.render(_translate)


def _translate(context: str, template: str) -> str:
    return QCoreApplication.translate(context, template)
