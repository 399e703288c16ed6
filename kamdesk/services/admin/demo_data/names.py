"""Word lists for the demo portfolio: places, people's names, company names, texts.

Every list is a tuple, so a seeded ``random.Random`` picking from it gives the same demo on
every machine. The letters are deliberately not ASCII-only (Müller, Šimek, Łódź, Ōno):
the demo doubles as a test of every layer's Unicode handling, the PDF fonts included.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Place:
    """A city where customers sit, with its postal code, country and time zone."""

    city: str
    postal_code: str
    country: str  # ISO 3166-1 alpha-2
    time_zone: str  # IANA zone name


@dataclass(frozen=True)
class CountryWords:
    """What a generic account of one country is made of."""

    country: str
    weight: int  # relative share of the generic accounts
    places: tuple[Place, ...]
    streets: tuple[str, ...]
    first_names: tuple[str, ...]
    surnames: tuple[str, ...]
    trades: tuple[str, ...]
    # "{surname}", "{trade}" and "{city}" are filled in; the legal form is part of the pattern.
    patterns: tuple[str, ...]
    tld: str
    phone_prefix: str


def _places(country: str, zone: str, *pairs: tuple[str, str]) -> tuple[Place, ...]:
    return tuple(Place(city, code, country, zone) for city, code in pairs)


COUNTRIES: tuple[CountryWords, ...] = (
    CountryWords(
        "DE", 44,
        _places(
            "DE", "Europe/Berlin",
            ("Stuttgart", "70173"), ("München", "80331"), ("Köln", "50667"),
            ("Düsseldorf", "40213"), ("Nürnberg", "90402"), ("Würzburg", "97070"),
            ("Göttingen", "37073"), ("Lüneburg", "21335"), ("Jena", "07743"),
            ("Saarbrücken", "66111"), ("Osnabrück", "49074"), ("Fürth", "90762"),
            ("Bielefeld", "33602"), ("Chemnitz", "09111"), ("Ulm", "89073"),
            ("Tübingen", "72070"), ("Lörrach", "79539"), ("Brühl", "50321"),
        ),
        ("Industriestraße", "Max-Eyth-Straße", "Röntgenstraße", "Am Mühlbach",
         "Daimlerstraße", "Otto-Hahn-Straße", "Zeppelinstraße", "Gewerbepark Süd",
         "Lindenweg", "Schlossstraße", "Äußere Bayreuther Straße", "Carl-Zeiss-Straße"),
        ("Anna", "Katrin", "Jürgen", "Günter", "Sören", "Björn", "Lena", "Jörg", "Sabine",
         "Tobias", "Franziska", "Uwe", "Matthias", "Jörn", "Ömer", "Elif", "Hannah", "Lukas",
         "Bärbel", "Maximilian"),
        ("Müller", "Schröder", "Weiß", "Krüger", "Böhm", "Köhler", "Große", "Jäger",
         "Hübner", "Schäfer", "Fuchs", "Brandt", "Lange", "Vogt", "Gärtner", "Kühn",
         "Zöllner", "Hoffmann", "Wagner", "Becker", "Strauß", "Löffler", "Dreßler", "Günther"),
        ("Antriebstechnik", "Präzisionsmechanik", "Kunststofftechnik", "Gießerei",
         "Blechbearbeitung", "Verpackungstechnik", "Lebensmitteltechnik",
         "Elektronikfertigung", "Oberflächentechnik", "Maschinenbau", "Hydraulik",
         "Fördertechnik", "Werkzeugbau", "Umformtechnik", "Messtechnik", "Zerspanung"),
        ("{surname} {trade} GmbH", "{surname} & Söhne {trade} KG", "{trade} {city} GmbH",
         "{surname} {trade} AG", "{surname} {trade} GmbH & Co. KG"),
        "de", "+49",
    ),
    CountryWords(
        "AT", 9,
        _places(
            "AT", "Europe/Vienna",
            ("Wien", "1100"), ("Linz", "4020"), ("Graz", "8010"), ("Wels", "4600"),
            ("Klagenfurt", "9020"), ("Innsbruck", "6020"), ("Sankt Pölten", "3100"),
        ),
        ("Industriezeile", "Wiener Straße", "Gewerbestraße", "Linzer Straße", "Mühlgasse"),
        ("Florian", "Johanna", "Andreas", "Theresa", "Stefan", "Magdalena", "Lukas", "Vroni"),
        ("Hofer", "Pichler", "Steiner", "Gruber", "Moser", "Frühwirth", "Wölfl", "Höllwarth",
         "Brunner", "Eder"),
        ("Kunststofftechnik", "Stahlbau", "Maschinenbau", "Holztechnik", "Anlagenbau",
         "Fördertechnik", "Elektrotechnik"),
        ("{surname} {trade} GmbH", "{trade} {city} GmbH", "{surname} {trade} AG"),
        "at", "+43",
    ),
    CountryWords(
        "CH", 7,
        _places(
            "CH", "Europe/Zurich",
            ("Zürich", "8005"), ("Winterthur", "8400"), ("St. Gallen", "9000"),
            ("Basel", "4051"), ("Biel/Bienne", "2502"), ("Luzern", "6003"),
        ),
        ("Industriestrasse", "Bahnhofstrasse", "Zürcherstrasse", "Hauptstrasse"),
        ("Reto", "Urs", "Corinne", "Beat", "Nadine", "Luca", "Séverine", "Mélanie"),
        ("Meier", "Keller", "Zürcher", "Gisler", "Hänni", "Bühler", "Aeschbacher", "Lüthi"),
        ("Präzisionsmechanik", "Medizintechnik", "Uhrenkomponenten", "Messtechnik",
         "Pharmatechnik", "Feinwerktechnik"),
        ("{surname} {trade} AG", "{trade} {city} AG", "{surname} & Cie {trade} SA"),
        "ch", "+41",
    ),
    CountryWords(
        "PL", 10,
        _places(
            "PL", "Europe/Warsaw",
            ("Łódź", "90-001"), ("Wrocław", "50-001"), ("Poznań", "60-101"),
            ("Kraków", "30-001"), ("Gdańsk", "80-001"), ("Katowice", "40-001"),
            ("Bielsko-Biała", "43-300"),
        ),
        ("ul. Przemysłowa", "ul. Piotrkowska", "ul. Łąkowa", "ul. Fabryczna", "ul. Główna"),
        ("Łukasz", "Agnieszka", "Małgorzata", "Paweł", "Krzysztof", "Zofia", "Tomasz",
         "Bożena", "Michał", "Katarzyna"),
        ("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski",
         "Zieliński", "Szymański", "Dąbrowski", "Łuczak", "Michałowski", "Król", "Żak"),
        ("Zakłady Mechaniczne", "Odlewnia", "Tworzywa", "Elektronika", "Automatyka",
         "Przetwórstwo Metali", "Opakowania"),
        ("{trade} {surname} Sp. z o.o.", "{trade} {city} S.A.", "{trade} {surname} S.A."),
        "pl", "+48",
    ),
    CountryWords(
        "CZ", 9,
        _places(
            "CZ", "Europe/Prague",
            ("Brno", "602 00"), ("Plzeň", "301 00"), ("Ostrava", "702 00"),
            ("Praha", "150 00"), ("Zlín", "760 01"), ("České Budějovice", "370 01"),
            ("Liberec", "460 01"),
        ),
        ("Průmyslová", "Hlavní", "Vídeňská", "Nádražní", "Křižíkova"),
        ("Jiří", "Lucie", "Petr", "Tereza", "Tomáš", "Kateřina", "Ondřej", "Zdeněk", "Jana"),
        ("Šimek", "Dvořák", "Novotný", "Svoboda", "Černý", "Procházka", "Kučera", "Veselý",
         "Horák", "Němec", "Pospíšil", "Hájek", "Růžička", "Král"),
        ("Strojírny", "Slévárna", "Plasty", "Elektro", "Kovo", "Automatizace", "Obaly",
         "Přesné obrábění"),
        ("{surname} {trade} s.r.o.", "{trade} {city} a.s.", "{surname} {trade} a.s."),
        "cz", "+420",
    ),
    CountryWords(
        "US", 10,
        (
            Place("Milwaukee", "WI 53202", "US", "America/Chicago"),
            Place("Chicago", "IL 60607", "US", "America/Chicago"),
            Place("Houston", "TX 77002", "US", "America/Chicago"),
            Place("Columbus", "OH 43215", "US", "America/New_York"),
            Place("Greenville", "SC 29601", "US", "America/New_York"),
            Place("Detroit", "MI 48226", "US", "America/Detroit"),
        ),
        ("Industrial Pkwy", "W Oak St", "Commerce Dr", "Technology Blvd", "Enterprise Way"),
        ("Michael", "Jennifer", "David", "Sarah", "Robert", "Emily", "James", "Ashley",
         "Daniel", "Maria"),
        ("Miller", "Johnson", "Kowalczyk", "Schultz", "Anderson", "Rivera", "Thompson",
         "Nguyen", "O'Brien", "Carter", "Hughes", "Patel"),
        ("Manufacturing", "Precision Components", "Packaging Systems", "Plastics",
         "Fluid Power", "Automation", "Castings"),
        ("{surname} {trade} Inc.", "{surname} {trade} LLC", "{city} {trade} Corp."),
        "com", "+1",
    ),
    CountryWords(
        "SG", 4,
        (
            Place("Singapore", "629 588", "SG", "Asia/Singapore"),
            Place("Singapore", "738 099", "SG", "Asia/Singapore"),
            Place("Singapore", "569 871", "SG", "Asia/Singapore"),
        ),
        ("Tuas Avenue 8", "Jurong West Street 61", "Woodlands Loop",
         "Ang Mo Kio Industrial Park 2"),
        ("Wei Ling", "Jun Jie", "Mei Hua", "Arjun", "Siti", "Kai Xiang", "Priya"),
        ("Tan", "Lim", "Lee", "Ng", "Wong", "Goh", "Chua", "Koh", "Teo", "Rajan"),
        ("Precision Engineering", "Electronics", "Medtech Manufacturing",
         "Semiconductor Services", "Marine Engineering"),
        ("{surname} {trade} Pte. Ltd.",),
        "sg", "+65",
    ),
    CountryWords(
        "JP", 5,
        (
            Place("Nagoya", "450-0002", "JP", "Asia/Tokyo"),
            Place("Ōsaka", "530-0001", "JP", "Asia/Tokyo"),
            Place("Hamamatsu", "430-0944", "JP", "Asia/Tokyo"),
            Place("Kōbe", "650-0001", "JP", "Asia/Tokyo"),
        ),
        ("Nishiki 2-chōme", "Umeda 1-chōme", "Sakae 3-chōme", "Minatojima 4-chōme"),
        ("Hiroshi", "Yuki", "Kenji", "Aiko", "Takeshi", "Naoko", "Sōta", "Haruka"),
        ("Tanaka", "Suzuki", "Takahashi", "Watanabe", "Itō", "Yamamoto", "Nakamura",
         "Kobayashi", "Katō", "Saitō", "Ōno", "Sasaki"),
        ("Seimitsu", "Kōgyō", "Denki", "Kikai", "Jushi"),
        ("{surname} {trade} K.K.", "{surname} {trade} Co., Ltd."),
        "jp", "+81",
    ),
)

# Which industry a trade word suggests; trades not listed fall back to mechanical engineering.
INDUSTRY_OF_TRADE: dict[str, str] = {
    "Antriebstechnik": "Drive technology",
    "Präzisionsmechanik": "Precision engineering",
    "Precision Components": "Precision engineering",
    "Precision Engineering": "Precision engineering",
    "Seimitsu": "Precision engineering",
    "Feinwerktechnik": "Precision engineering",
    "Uhrenkomponenten": "Precision engineering",
    "Přesné obrábění": "Precision engineering",
    "Kunststofftechnik": "Plastics processing",
    "Tworzywa": "Plastics processing",
    "Plasty": "Plastics processing",
    "Plastics": "Plastics processing",
    "Jushi": "Plastics processing",
    "Gießerei": "Foundry",
    "Odlewnia": "Foundry",
    "Slévárna": "Foundry",
    "Castings": "Foundry",
    "Verpackungstechnik": "Packaging",
    "Opakowania": "Packaging",
    "Obaly": "Packaging",
    "Packaging Systems": "Packaging",
    "Lebensmitteltechnik": "Food & beverage",
    "Elektronikfertigung": "Electronics manufacturing",
    "Elektronika": "Electronics manufacturing",
    "Elektro": "Electronics manufacturing",
    "Electronics": "Electronics manufacturing",
    "Denki": "Electronics manufacturing",
    "Elektrotechnik": "Electronics manufacturing",
    "Semiconductor Services": "Semiconductors",
    "Medizintechnik": "Medical technology",
    "Medtech Manufacturing": "Medical technology",
    "Pharmatechnik": "Pharmaceuticals",
    "Messtechnik": "Test & measurement",
    "Hydraulik": "Fluid power",
    "Fluid Power": "Fluid power",
    "Blechbearbeitung": "Metal processing",
    "Umformtechnik": "Metal processing",
    "Zerspanung": "Metal processing",
    "Oberflächentechnik": "Metal processing",
    "Przetwórstwo Metali": "Metal processing",
    "Kovo": "Metal processing",
    "Stahlbau": "Metal processing",
    "Fördertechnik": "Intralogistics",
    "Marine Engineering": "Shipbuilding",
    "Holztechnik": "Wood processing",
    "Automation": "Automation",
    "Automatyka": "Automation",
    "Automatizace": "Automation",
}
DEFAULT_INDUSTRY = "Mechanical engineering"

INTERACTION_SUMMARIES: tuple[str, ...] = (
    "Quarterly call on open service tickets; no escalations, two tickets closed.",
    "Angebot für Schulungen nachgefasst; Entscheidung fällt im nächsten Quartal.",
    "Visited the plant; line 3 still runs on the old S7-300, modernisation is on their list.",
    "Jahresgespräch mit dem Einkauf: Rahmenvertrag um ein Jahr verlängert.",
    "E-mail exchange about the price increase; accepted with a two-month delay.",
    "Call with maintenance lead about spare-part lead times; they asked for a stock list.",
    "Besuch auf der Hausmesse, kurze Vorstellung des Energie-Monitorings.",
    "Remote session to check the condition-monitoring alarms after a sensor swap.",
    "Abstimmung zur Rechnungsstellung; Bestellnummern künftig pro Werk.",
    "Short call: new production manager introduced himself, wants a demo in spring.",
    "Reklamation zu einer Lieferung besprochen; Gutschrift zugesagt und erledigt.",
    "Lunch meeting with the plant manager; interest in OT security after an incident nearby.",
)

INTERACTION_NEXT_STEPS: tuple[str, ...] = (
    "Send the updated price list by end of month.",
    "Termin für Vor-Ort-Demo vereinbaren.",
    "Ask service to check the remaining warranty period.",
    "Kontakt zum neuen Werkleiter herstellen.",
    "",
    "Prepare a short reference case from a similar plant.",
    "Angebot bis Quartalsende nachreichen.",
    "",
)

STANDARD_NOTES: tuple[str, ...] = (
    "",
    "",
    "Kauft überwiegend Ersatzteile und Service; Entscheidungen im Stammwerk.",
    "Orders through a distributor until 2021; now direct.",
    "Zahlungsziel 60 Tage, pünktlicher Zahler.",
    "Parent company is also a customer; keep the two contacts apart.",
    "",
)

# (title, department) of the few contacts at a standard account, by language.
GERMAN_TITLES: tuple[tuple[str, str], ...] = (
    ("Leitung Einkauf", "Einkauf"),
    ("Leitung Instandhaltung", "Instandhaltung"),
    ("Produktionsleitung", "Produktion"),
    ("Werkleitung", "Werkleitung"),
    ("IT-Leitung", "IT"),
    ("Technischer Einkauf", "Einkauf"),
    ("Geschäftsführung", "Geschäftsführung"),
)
ENGLISH_TITLES: tuple[tuple[str, str], ...] = (
    ("Purchasing Manager", "Purchasing"),
    ("Head of Maintenance", "Maintenance"),
    ("Production Manager", "Production"),
    ("Plant Manager", "Operations"),
    ("IT Manager", "IT"),
    ("Technical Buyer", "Purchasing"),
    ("Managing Director", "Management"),
)
GERMAN_SPEAKING = frozenset({"DE", "AT", "CH"})

# Legal forms, longest first, left out of web domains ("Fuchs Werkzeugbau GmbH" → fuchs-…).
LEGAL_FORMS: tuple[str, ...] = (
    "GmbH & Co. KG", "Sp. z o.o.", "Pte. Ltd.", "Co., Ltd.", "& Cie", "GmbH", "S.A.",
    "s.r.o.", "a.s.", "Inc.", "LLC", "Corp.", "K.K.", "AG", "KG", "SA",
)

# Transliteration for e-mail addresses and web domains: letters NFKD cannot split.
_ASCII = str.maketrans({
    "ß": "ss", "ł": "l", "Ł": "L", "ø": "o", "đ": "d", "æ": "ae", "&": " ", "'": "",
})


def web_domain(company: str, tld: str) -> str:
    """A plausible web domain for a company: words without legal form, ASCII, hyphenated."""
    words = company
    for form in LEGAL_FORMS:
        words = words.replace(f" {form}", " ")
    slugs = [ascii_slug(word) for word in words.split()]
    return "-".join(slug for slug in slugs if slug)[:50] + f".{tld}"


def ascii_slug(text: str) -> str:
    """Lower-case ASCII letters and digits only: "Brühl Präzisionsteile" → "bruehlpraez..."."""
    german = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    german = german.replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue")
    decomposed = unicodedata.normalize("NFKD", german.translate(_ASCII))
    return "".join(ch for ch in decomposed.lower() if ch.isascii() and ch.isalnum())
