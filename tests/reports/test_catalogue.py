"""The PDF catalogue: complete in both languages, every enum value and code covered."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from kamdesk.domain import enums
from kamdesk.domain.coverage import Freshness, GapCode
from kamdesk.reports.catalogue import LANGUAGES, MESSAGES, label, text
from kamdesk.reports.formatting import Formatter


def test_every_message_has_every_language() -> None:
    for msgid, entry in MESSAGES.items():
        for lang in LANGUAGES:
            assert entry.get(lang), (msgid, lang)


@pytest.mark.parametrize(
    "enum_type",
    [
        enums.Attitude,
        enums.Tier,
        enums.ReviewCadence,
        enums.Criterion,
        enums.CompetitorKind,
        enums.LinkKind,
        enums.BuyingRole,
        enums.CellStatus,
        enums.OpportunityType,
        enums.OpportunityStatus,
        enums.GoalKind,
        enums.Direction,
        enums.GoalStatus,
        enums.Priority,
        enums.SwotKind,
        enums.TeamRole,
        enums.InteractionKind,
        enums.ReviewKind,
        GapCode,
        Freshness,
    ],
)
def test_every_enum_value_is_translated(enum_type: type[enums.StrEnum]) -> None:
    for value in enum_type:
        assert f"{enum_type.__name__}.{value.value}" in MESSAGES, value
        assert label(value, "de") != value.value or value.value == "neutral"


def test_placeholders_are_filled() -> None:
    assert text("page.of", "de", page=2, pages=9) == "Seite 2 von 9"
    assert text("more", "en", count=3) == "+3 more"
    assert text("no.such.message", "en") == "no.such.message"
    assert label("stale", "de", kind="GapCode") == "Kontakt veraltet"


def test_money_dates_and_percentages_follow_the_language() -> None:
    de, en = Formatter("de", "EUR"), Formatter("en", "EUR")
    assert de.money(Decimal("1234.5")) == "1.234,50\xa0€"
    assert en.money(Decimal("1234.5")) == "€1,234.50"
    assert de.money(Decimal("1234567.49"), whole=True) == "1.234.567\xa0€"
    assert de.date(dt.date(2025, 3, 1)) == "01.03.2025"
    assert en.percent(Decimal("0.125"), signed=True) == "+12.5%"
    assert de.percent(Decimal("-0.5")) == "-50\xa0%"
