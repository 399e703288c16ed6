"""The Profile tab's held fields sorted into what can be saved and what is refused.

A field left with a value that cannot be stored is held, and every field left meanwhile is
held with it (see :meth:`ProfileTab.commit`). Both the tab's "save once all are valid" and
"save the others" (when the user leaves the account with a refused field) need the same
sorting, so it lives here once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from kamdesk.services.profile.profile_reads import ProfileData
from kamdesk.ui.common.error_messages import error_text
from kamdesk.ui.common.form_fields import ParseError


def sort_held_fields(
    held: Iterable[str], readers: dict[str, Callable[[], Any]], stored: ProfileData
) -> tuple[dict[str, Any], dict[str, str]]:
    """The held fields' values that differ from ``stored``, and the refused fields' sentences.

    A field whose text cannot be read is refused here; a value the profile rules refuse
    (checked by the editing service) is refused too, and stays among the changes.
    """
    changes: dict[str, Any] = {}
    refusals: dict[str, str] = {}
    for name in sorted(held):
        try:
            value = readers[name]()
        except ParseError as error:
            refusals[name] = error_text(error)
            continue
        if value != getattr(stored, name):
            changes[name] = value
    if changes:
        # Loaded with the first change, not with the tab: the app shows the last account's
        # profile before the ORM (which the editing service imports) is loaded.
        from kamdesk.services.profile.account_profile_editing import profile_refusals

        for name, refused in profile_refusals(changes).items():
            refusals[name] = error_text(refused)
    return changes, refusals
