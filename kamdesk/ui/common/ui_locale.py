"""Which locale the UI formats numbers, money and dates in: the UI's language first.

A KAM who runs kamdesk in English reads €25,750, in German 25.750 € — whatever locale the
company's settings name for its documents. The company's locale still decides the region
when it speaks the UI's language (de_CH gives Swiss German figures, en_US American dates);
otherwise the language's usual European region is used (en_GB: day before month, like the
rest of a European KAM's world).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

_LANGUAGES = {
    "de": (QLocale.Language.German, QLocale.Country.Germany),
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


def ui_locale(company_locale: str, language: str) -> QLocale:
    """The locale for the UI in ``language`` ("de" or "en") given the company's locale."""
    wanted, region = _LANGUAGES.get(language, _LANGUAGES["en"])
    company = QLocale(company_locale)
    if company.language() == wanted:
        return company
    return QLocale(wanted, region)
