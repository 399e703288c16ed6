"""The one sentence for a row that is gone, and the words that name a kind of row.

An edit, a read or a new child row can find that another window or another person deleted
the row it is about: "This account no longer exists; it was deleted elsewhere." Every
service says so in the same words, made here, so the sentence a user reads cannot drift
from one tab to the next. The module imports no ORM: the app's first screen raises it
before the ORM is loaded.

The kind of row is a translatable phrase with its demonstrative ("This account"), not a
pasted noun: German articles follow the noun's gender ("Dieser Kunde", "Dieses Ziel"), and
a table whose name is no English noun phrase gets words of its own in both languages
("This entry of the company settings", "This SWOT entry").
``tests/services/common/test_deleted_elsewhere.py`` fails when a table lacks its phrase.
"""

from __future__ import annotations

from kamdesk.domain.user_messages import QT_TRANSLATE_NOOP, UserMessage
from kamdesk.store.errors import NotFoundError

# Row kind as :func:`kamdesk.services.common.compare_and_set.label` names it → "This …".
THIS_RECORD: dict[str, UserMessage] = {
    "account": QT_TRANSLATE_NOOP("ServiceMessage", "This account"),
    "account team role": QT_TRANSLATE_NOOP("ServiceMessage", "This role in the account team"),
    "action item": QT_TRANSLATE_NOOP("ServiceMessage", "This action item"),
    "business unit": QT_TRANSLATE_NOOP("ServiceMessage", "This business unit"),
    "buying center": QT_TRANSLATE_NOOP("ServiceMessage", "This buying center"),
    "buying center member": QT_TRANSLATE_NOOP("ServiceMessage", "This buying center membership"),
    "company settings": QT_TRANSLATE_NOOP("ServiceMessage", "This entry of the company settings"),
    "competitor": QT_TRANSLATE_NOOP("ServiceMessage", "This competitor"),
    "goal": QT_TRANSLATE_NOOP("ServiceMessage", "This goal"),
    "goal update": QT_TRANSLATE_NOOP("ServiceMessage", "This goal update"),
    "interaction": QT_TRANSLATE_NOOP("ServiceMessage", "This interaction"),
    "interaction stakeholder": QT_TRANSLATE_NOOP(
        "ServiceMessage", "This participation in the interaction"
    ),
    "need": QT_TRANSLATE_NOOP("ServiceMessage", "This need"),
    "offering": QT_TRANSLATE_NOOP("ServiceMessage", "This offering"),
    "opportunity": QT_TRANSLATE_NOOP("ServiceMessage", "This opportunity"),
    "opportunity stage": QT_TRANSLATE_NOOP("ServiceMessage", "This opportunity stage"),
    "plan snapshot": QT_TRANSLATE_NOOP("ServiceMessage", "This plan snapshot"),
    "revenue entry": QT_TRANSLATE_NOOP("ServiceMessage", "This revenue entry"),
    "review": QT_TRANSLATE_NOOP("ServiceMessage", "This review"),
    "score": QT_TRANSLATE_NOOP("ServiceMessage", "This score"),
    "stakeholder": QT_TRANSLATE_NOOP("ServiceMessage", "This stakeholder"),
    "stakeholder link": QT_TRANSLATE_NOOP("ServiceMessage", "This line between stakeholders"),
    "swot item": QT_TRANSLATE_NOOP("ServiceMessage", "This SWOT entry"),
    "team member": QT_TRANSLATE_NOOP("ServiceMessage", "This team member"),
    "whitespace cell": QT_TRANSLATE_NOOP("ServiceMessage", "This whitespace cell"),
}

_GONE = QT_TRANSLATE_NOOP("ServiceMessage", "{record} no longer exists; it was deleted elsewhere.")
# A person is "they", not "it".
_PERSON_GONE = QT_TRANSLATE_NOOP(
    "ServiceMessage", "This person no longer exists; they were deleted elsewhere."
)


def this_record(thing: str) -> UserMessage | str:
    """"This account", translatable; an unknown kind in English (``thing`` is a table name)."""
    return THIS_RECORD.get(thing, f"This {thing}")


def deleted_elsewhere(thing: str) -> NotFoundError:
    """The error for a ``thing`` ("account", "buying center", "person" …) deleted elsewhere."""
    if thing == "person":
        return NotFoundError(_PERSON_GONE)
    return NotFoundError(_GONE.format(record=this_record(thing)))
