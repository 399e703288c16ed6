"""Finding an account the way a user names it: by id or by exact name."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.domain.user_messages import QT_TRANSLATE_NOOP
from kamdesk.store.errors import NotFoundError
from kamdesk.store.orm import Account


def find_account(session: Session, reference: str | int) -> Account:
    """The account with this id or exactly this name; a clear error when there is none."""
    text = str(reference).strip()
    account: Account | None = None
    if text.isdigit():
        account = session.get(Account, int(text))
    if account is None:
        account = session.execute(select(Account).where(Account.name == text)).scalar_one_or_none()
    if account is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "There is no account with the id or name {text!r}.",
            ).format(text=text)
        )
    return account
