"""What can be imported: the fields of accounts, contacts and revenue, and their headers.

Each field names the kind of value it holds and the column headers that mean it, in German
and English, as Excel sheets, CRM and Outlook exports and ERP reports spell them. Headers
are compared by :func:`header_key` (case, spacing, punctuation and a bracketed unit such as
"(EUR)" do not matter). Maximum lengths are those of the database columns; the store's
tests check that they agree.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from kamdesk.domain.enums import ReviewCadence, Tier


class ImportKind(StrEnum):
    """What a file holds."""

    ACCOUNTS = "accounts"
    CONTACTS = "contacts"
    REVENUE = "revenue"


class ValueKind(StrEnum):
    """How a cell is read."""

    TEXT = "text"
    INTEGER = "integer"
    MONEY = "money"
    DATE = "date"
    COUNTRY = "country"
    TIER = "tier"
    CADENCE = "cadence"
    FLAG = "flag"
    PERIOD = "period"
    YEAR = "year"
    QUARTER = "quarter"
    TIME_ZONE = "time_zone"
    EMAIL = "email"


@dataclass(frozen=True)
class FieldSpec:
    """One importable field: its name, how it is read, and the headers that mean it."""

    name: str
    kind: ValueKind
    headers: tuple[str, ...]
    max_length: int | None = None


def _field(name: str, kind: ValueKind, headers: str, max_length: int | None = None) -> FieldSpec:
    return FieldSpec(name, kind, tuple(h.strip() for h in headers.split("|")), max_length)


TEXT, INTEGER, MONEY, DATE = ValueKind.TEXT, ValueKind.INTEGER, ValueKind.MONEY, ValueKind.DATE

ACCOUNT_FIELDS = (
    _field("name", TEXT, "Firma|Firmenname|Unternehmen|Kunde|Kundenname|Account|Account name|"
           "Company|Company name|Customer|Customer name|Organisation|Organization|Name", 200),
    _field("legal_name", TEXT, "Rechtlicher Name|Firmierung|Legal name|Registered name", 300),
    _field("industry", TEXT, "Branche|Industrie|Sektor|Industry|Sector", 120),
    _field("employees", INTEGER, "Mitarbeiter|Mitarbeiterzahl|Anzahl Mitarbeiter|Beschäftigte|"
           "Employees|Number of employees|Headcount"),
    _field("annual_revenue", MONEY, "Jahresumsatz|Umsatz|Annual revenue|Revenue|Turnover"),
    _field("street", TEXT, "Straße|Strasse|Str|Adresse|Anschrift|Street|Address", 200),
    _field("postal_code", TEXT, "PLZ|Postleitzahl|Postal code|Postcode|Zip|Zip code", 20),
    _field("city", TEXT, "Ort|Stadt|City|Town", 120),
    _field("country", ValueKind.COUNTRY, "Land|Country"),
    _field("time_zone", ValueKind.TIME_ZONE, "Zeitzone|Time zone|Timezone"),
    _field("website", TEXT, "Website|Webseite|Homepage|Internet|Web|URL", 300),
    _field("tier", ValueKind.TIER, "Stufe|Kundenstufe|Tier"),
    _field("owner", TEXT, "Verantwortlich|Verantwortlicher|Betreuer|KAM|Key Account Manager|"
           "Owner|Account owner|Account manager", 120),
    _field("customer_since", DATE, "Kunde seit|Kundenbeziehung seit|Customer since"),
    _field("review_cadence", ValueKind.CADENCE, "Review-Rhythmus|Review cadence"),
    _field("business_plan", TEXT, "Geschäftsplan|Business plan"),
    _field("target_audience", TEXT, "Zielgruppe|Target audience|Ideal customer profile"),
    _field("usp", TEXT, "USP|Alleinstellungsmerkmal"),
    _field("notes", TEXT, "Notiz|Notizen|Bemerkung|Bemerkungen|Kommentar|Notes|Note|Comment|"
           "Comments"),
)

CONTACT_FIELDS = (
    _field("name", TEXT, "Name|Vollständiger Name|Kontakt|Ansprechpartner|Full name|Contact|"
           "Contact name|Display name", 200),
    _field("first_name", TEXT, "Vorname|First name|Given name", 200),
    _field("last_name", TEXT, "Nachname|Familienname|Last name|Surname|Family name", 200),
    _field("account", TEXT, "Firma|Firmenname|Unternehmen|Kunde|Account|Company|Customer|"
           "Organisation|Organization", 200),
    _field("title", TEXT, "Position|Funktion|Titel|Stellenbezeichnung|Title|Job title", 200),
    _field("department", TEXT, "Abteilung|Department", 120),
    _field("email", ValueKind.EMAIL, "E-Mail|E-Mail-Adresse|Email|Mail|Email address|"
           "E-mail address"),
    _field("phone", TEXT, "Telefon|Telefonnummer|Tel|Mobil|Mobiltelefon|Handy|Phone|"
           "Business phone|Mobile|Mobile phone|Telephone", 60),
    _field("owner", TEXT, "Verantwortlich|Betreuer|Owner|Relationship owner", 120),
    _field("last_contact", DATE, "Letzter Kontakt|Last contact"),
    _field("notes", TEXT, "Notiz|Notizen|Bemerkung|Bemerkungen|Notes|Note|Comment|Comments"),
)

REVENUE_FIELDS = (
    _field("account", TEXT, "Firma|Firmenname|Unternehmen|Kunde|Kundenname|Account|Company|"
           "Customer", 200),
    _field("period", ValueKind.PERIOD, "Periode|Zeitraum|Datum|Buchungsdatum|Period|Date"),
    _field("year", ValueKind.YEAR, "Jahr|Geschäftsjahr|GJ|Year|Fiscal year|FY"),
    _field("quarter", ValueKind.QUARTER, "Quartal|Quarter|Q"),
    _field("actual", MONEY, "Umsatz|Ist|Ist-Umsatz|Nettoumsatz|Betrag|Actual|Revenue|Amount|"
           "Net sales|Sales"),
    _field("plan", MONEY, "Plan|Planumsatz|Soll|Ziel|Budget|Target"),
    _field("recurring", ValueKind.FLAG, "Wiederkehrend|Recurring"),
)

FIELDS: Mapping[ImportKind, tuple[FieldSpec, ...]] = {
    ImportKind.ACCOUNTS: ACCOUNT_FIELDS,
    ImportKind.CONTACTS: CONTACT_FIELDS,
    ImportKind.REVENUE: REVENUE_FIELDS,
}

TIER_WORDS: Mapping[str, Tier] = {
    "key": Tier.KEY, "key account": Tier.KEY, "schlüsselkunde": Tier.KEY,
    "emerging": Tier.EMERGING, "emerging key": Tier.EMERGING, "aufstrebend": Tier.EMERGING,
    "potenzial": Tier.EMERGING, "standard": Tier.STANDARD,
    "archived": Tier.ARCHIVED, "archiviert": Tier.ARCHIVED,
}

CADENCE_WORDS: Mapping[str, ReviewCadence] = {
    "monthly": ReviewCadence.MONTHLY, "monatlich": ReviewCadence.MONTHLY,
    "quarterly": ReviewCadence.QUARTERLY, "vierteljährlich": ReviewCadence.QUARTERLY,
    "quartalsweise": ReviewCadence.QUARTERLY, "half yearly": ReviewCadence.HALF_YEARLY,
    "halbjährlich": ReviewCadence.HALF_YEARLY, "yearly": ReviewCadence.YEARLY,
    "annually": ReviewCadence.YEARLY, "jährlich": ReviewCadence.YEARLY,
}

_BRACKETED = re.compile(r"\([^)]*\)|\[[^]]*\]")
_PUNCTUATION = re.compile(r"[-_./:#*?!'\"’]+")


def header_key(text: str) -> str:
    """A header reduced for comparison: "E-Mail-Adresse" and "e mail  adresse" are one."""
    plain = unicodedata.normalize("NFKC", text).casefold()
    plain = _PUNCTUATION.sub(" ", _BRACKETED.sub(" ", plain))
    return " ".join(plain.split())


def word_key(text: str) -> str:
    """A vocabulary word (tier, cadence) reduced as a header is: "Half-yearly" → "half yearly"."""
    return header_key(text)


def field_named(kind: ImportKind, name: str) -> FieldSpec | None:
    """The field of this kind with this name."""
    return next((spec for spec in FIELDS[kind] if spec.name == name), None)
