"""Sentences for the user that the core writes in English and the UI can translate.

The services, the store and the domain raise errors whose sentence a user reads: on the
command line in English, in the app in the user's language. They cannot call Qt's ``tr()``
(the core does not know Qt exists), so a sentence is written as

    QT_TRANSLATE_NOOP("ServiceMessage", "At most {limit} characters fit here.").format(limit=200)

``pyside6-lupdate`` recognises the marker by its name (as it does Qt's own macro) and
collects the literal template into ``kamdesk_de.ts``; ``tools/update_translations.py``
reads these packages as well as the UI. The call returns a :class:`UserMessage`: the
untranslated template and its arguments. ``str()`` of it is the English sentence, so an
error made from it (``ValidationError(message)``) keeps its English ``str(error)``, and the
UI's ``error_text`` translates the template and every argument that is itself a
:class:`UserMessage` (a field label, a kind of record) before filling it in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

# The .ts context of every sentence the core writes for a user.
SERVICE_CONTEXT = "ServiceMessage"

# Turns (context, English template) into the template in the user's language.
Translate = Callable[[str, str], str]


def as_written(context: str, template: str) -> str:
    """No translation: the English template (what the command line prints)."""
    return template


@dataclass(frozen=True)
class UserMessage:
    """One sentence for the user: its English template, placeholders like ``{name}`` filled.

    Arguments that are user-facing words are :class:`UserMessage`s themselves (or a tuple of
    sentences, shown one after the other) and are translated with the sentence; anything
    else (a name typed by the user, a number, a path) is shown as it is.
    """

    context: str
    template: str
    arguments: tuple[tuple[str, object], ...] = ()

    def format(self, **arguments: object) -> UserMessage:
        """The same sentence with its placeholders' values (as :meth:`str.format` takes them)."""
        return UserMessage(self.context, self.template, (*self.arguments, *arguments.items()))

    def render(self, translate: Translate = as_written) -> str:
        """The sentence in the language ``translate`` gives, arguments translated too.

        A translation whose placeholders do not fit the arguments (a typo in the .ts file)
        falls back to the English template rather than losing the message.
        """
        values = {name: _rendered(value, translate) for name, value in self.arguments}
        try:
            return translate(self.context, self.template).format(**values)
        except (KeyError, IndexError, ValueError):
            return self.template.format(**values)

    def __str__(self) -> str:
        return self.render()


def _rendered(value: object, translate: Translate) -> object:
    if isinstance(value, UserMessage):
        return value.render(translate)
    if isinstance(value, tuple) and value and all(isinstance(v, UserMessage) for v in value):
        return " ".join(v.render(translate) for v in value)  # sentences in a row
    return value


# Upper case on purpose: lupdate collects calls by this name, as it does for Qt's own macro.
def QT_TRANSLATE_NOOP(context: str, template: str) -> UserMessage:
    """Mark ``template`` for translation in ``context``; named so that lupdate collects it.

    Only literal strings are collected: pass the template itself, never a variable, and add
    arguments with :meth:`UserMessage.format` on the result.
    """
    return UserMessage(context, template)


def message_of(error: BaseException) -> UserMessage | None:
    """The translatable sentence an error was raised with, or None for a plain text."""
    first = error.args[0] if error.args else None
    return first if isinstance(first, UserMessage) else None
