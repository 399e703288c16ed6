"""Translatable sentences of the core: English as written, translated whole by the UI."""

from __future__ import annotations

from kamdesk.domain.user_messages import (
    QT_TRANSLATE_NOOP,
    SERVICE_CONTEXT,
    UserMessage,
    message_of,
)

GERMAN = {
    "{label} cannot be negative.": "{label} darf nicht negativ sein.",
    "The list price": "Der Listenpreis",
    "At most {limit} characters fit here.": "Hier passen höchstens {limit} Zeichen.",
}


def _german(context: str, template: str) -> str:
    assert context == SERVICE_CONTEXT
    return GERMAN.get(template, template)


def test_str_is_the_english_sentence_with_its_arguments_filled_in() -> None:
    message = QT_TRANSLATE_NOOP("ServiceMessage", "At most {limit} characters fit here.")
    assert str(message.format(limit=200)) == "At most 200 characters fit here."
    assert message.template == "At most {limit} characters fit here."  # kept untranslated


def test_a_translation_translates_the_sentence_and_its_word_arguments() -> None:
    label = QT_TRANSLATE_NOOP("ServiceMessage", "The list price")
    message = QT_TRANSLATE_NOOP("ServiceMessage", "{label} cannot be negative.").format(label=label)
    assert str(message) == "The list price cannot be negative."
    assert message.render(_german) == "Der Listenpreis darf nicht negativ sein."


def test_plain_arguments_are_shown_as_given_and_conversions_apply() -> None:
    message = QT_TRANSLATE_NOOP("ServiceMessage", "No account named {name!r}.").format(name="Ü AG")
    assert message.render(_german) == "No account named 'Ü AG'."  # no translation: English


def test_a_translation_with_a_broken_placeholder_falls_back_to_english() -> None:
    message = QT_TRANSLATE_NOOP("ServiceMessage", "{label} cannot be negative.").format(label="X")
    broken = {"{label} cannot be negative.": "{lable} darf nicht negativ sein."}
    assert message.render(lambda _c, t: broken.get(t, t)) == "X cannot be negative."


def test_an_error_made_from_a_message_keeps_english_and_carries_the_message() -> None:
    message = QT_TRANSLATE_NOOP("ServiceMessage", "Enter a date.")
    error = ValueError(message)
    assert str(error) == "Enter a date."
    assert message_of(error) == message
    assert message_of(ValueError("plain text")) is None
    assert message_of(ValueError()) is None


def test_messages_compare_by_template_and_arguments() -> None:
    first = QT_TRANSLATE_NOOP("ServiceMessage", "{n} rows.").format(n=1)
    assert first == UserMessage("ServiceMessage", "{n} rows.", (("n", 1),))
    assert first != QT_TRANSLATE_NOOP("ServiceMessage", "{n} rows.").format(n=2)
