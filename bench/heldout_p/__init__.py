"""Held-out P: interview and observation notes of a Swedish study, in Swedish, English,
Norwegian, Danish and Finnish, built from published spoken-language sentences (film and TV
subtitles; an English chat corpus) with planted identifiers. Sealed: see README.md. Nobody who
writes or tunes the redactor may read this folder."""

from __future__ import annotations

import random
import re
import unicodedata
from typing import Any

from casebook.deid.registry import NameEntry

from bench.heldout_p import numbers, people
from bench.heldout_p.build_data import FINNISH_WORD_NAMES
from bench.scoring import entry_forms, name_category
from tests.deid_corpus import Corpus, Ordinary, Planted

SEED = 5309
REALISTIC = 0.7
LANG_WEIGHTS = {"sv": 42, "en": 22, "no": 13, "da": 12, "fi": 11}
STYLES = ("interview", "observation", "diary", "email", "sms", "pasted", "list")
INVISIBLE = {
    "invisible-soft-hyphen": "\u00ad",
    "invisible-zwsp": "\u200b",
    "invisible-zwj": "\u200d",
    "invisible-word-joiner": "\u2060",
    "invisible-bom": "\ufeff",
}
WORD = re.compile(r"[^\W\d_]+")
CLOCK = re.compile(r"(^|\n)\d\d:\d\d$")


def hidden(text: str) -> bool:
    """An invisible or compatibility character (what scoring counts as hidden)."""
    if unicodedata.normalize("NFKC", text) != text:
        return True
    return any(unicodedata.category(c) == "Cf" for c in text)


def _full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def _full_width_digits(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in text)


_FOLD = str.maketrans(
    {
        "å": "a",
        "ä": "a",
        "ö": "o",
        "ø": "o",
        "é": "e",
        "ü": "u",
        "Å": "A",
        "Ä": "A",
        "Ö": "O",
        "Ø": "O",
        "É": "E",
        "Ü": "U",
        "æ": "ae",
        "Æ": "Ae",
    }
)

# --- what is written around identifiers (written for this set) ---------------------------------
# Name frames: "{}" is the name. Many positions: subject, object, after a preposition, in
# apposition, in a question, after "according to", at the end, in a list.
NAME_FRAMES = {
    "sv": [
        "{} ringde strax efter lunch.",
        "Vi pratade länge med {} om flytten.",
        "Enligt {} har det blivit lugnare i trapphuset.",
        "Jag frågade {} om hon ville vara med.",
        "Sedan kom {} in och satte sig vid fönstret.",
        "Har {} fått någon kallelse än?",
        "Det var {} som öppnade dörren.",
        "Mötet flyttades eftersom {} var sjuk.",
        "Hennes granne, {}, hade sett allt.",
        "Kontakta {} innan nästa besök.",
        "Vi väntade på {} i nästan en halvtimme.",
        "Efter samtalet skrev {} ett sms.",
        "Ingen hade hört av {} sedan i våras.",
        "Han sa att {} brukar hjälpa till.",
        "Till slut kom även {}.",
        "Boendestödjaren {} var med hela tiden.",
        "Fråga {} om nycklarna.",
        "Jag träffade {} utanför affären.",
    ],
    "en": [
        "{} called just after lunch.",
        "We talked with {} for a long time about the move.",
        "According to {}, the stairwell has been quieter.",
        "I asked {} if she wanted to join.",
        "Then {} came in and sat by the window.",
        "Has {} had a letter yet?",
        "It was {} who opened the door.",
        "The meeting was moved because {} was ill.",
        "Her neighbour, {}, had seen everything.",
        "Contact {} before the next visit.",
        "We waited for {} for almost half an hour.",
        "After the call {} sent a text.",
        "Nobody had heard from {} since spring.",
        "He said that {} usually helps out.",
        "In the end {} came too.",
        "The support worker {} was there the whole time.",
        "Ask {} about the keys.",
        "I ran into {} outside the shop.",
    ],
    "no": [
        "{} ringte rett etter lunsj.",
        "Vi snakket lenge med {} om flyttingen.",
        "Ifølge {} har det blitt roligere i oppgangen.",
        "Jeg spurte {} om hun ville være med.",
        "Så kom {} inn og satte seg ved vinduet.",
        "Har {} fått noe brev ennå?",
        "Det var {} som åpnet døra.",
        "Møtet ble flyttet fordi {} var syk.",
        "Naboen hennes, {}, hadde sett alt.",
        "Kontakt {} før neste besøk.",
        "Vi ventet på {} i nesten en halvtime.",
        "Etter samtalen sendte {} en melding.",
        "Han sa at {} pleier å hjelpe til.",
        "Til slutt kom også {}.",
        "Spør {} om nøklene.",
        "Jeg traff {} utenfor butikken.",
    ],
    "da": [
        "{} ringede lige efter frokost.",
        "Vi talte længe med {} om flytningen.",
        "Ifølge {} er der blevet mere roligt på trappen.",
        "Jeg spurgte {} om hun ville med.",
        "Så kom {} ind og satte sig ved vinduet.",
        "Har {} fået et brev endnu?",
        "Det var {} der åbnede døren.",
        "Mødet blev flyttet fordi {} var syg.",
        "Hendes nabo, {}, havde set det hele.",
        "Kontakt {} før næste besøg.",
        "Vi ventede på {} i næsten en halv time.",
        "Efter samtalen sendte {} en sms.",
        "Han sagde at {} plejer at hjælpe.",
        "Til sidst kom {} også.",
        "Spørg {} om nøglerne.",
        "Jeg mødte {} uden for butikken.",
    ],
    "fi": [
        "{} soitti heti lounaan jälkeen.",
        "Puhuimme pitkään {} kanssa muutosta.",
        "Kysyin, haluaako {} tulla mukaan.",
        "Sitten {} tuli sisään ja istui ikkunan viereen.",
        "Onko {} saanut kirjettä?",
        "Oven avasi {}.",
        "Kokous siirtyi, koska {} oli sairaana.",
        "Naapuri {} oli nähnyt kaiken.",
        "Odotimme, että {} tulee paikalle.",
        "Puhelun jälkeen {} lähetti viestin.",
        "Hän sanoi, että {} auttaa yleensä.",
        "Lopulta myös {} tuli.",
        "Tapasin {} kaupan edessä.",
        "Ohjaaja {} oli paikalla.",
    ],
}
# Frames where the name carries a glued suffix: "{}" the name, "{s}" the suffix.
INFLECTED_FRAMES = {
    "sv": [
        "Vi satt i {}{s} kök och drack kaffe.",
        "{}{s} dotter ringde två gånger.",
        "Jag lånade {}{s} telefon.",
    ],
    "no": ["Vi satt på {}{s} kjøkken.", "{}{s} datter ringte to ganger."],
    "da": ["Vi sad i {}{s} køkken.", "{}{s} datter ringede to gange."],
    "fi": ["Soitin {}{s} illalla.", "Annoin avaimen {}{s}."],
}
THIRD_ROLES = {
    "sv": [
        "från bostadsbolaget",
        "på socialtjänsten",
        "från skolan",
        "på vårdcentralen",
        "från hyresgästföreningen",
        "på arbetsförmedlingen",
        "från kyrkan",
    ],
    "en": [
        "from the housing office",
        "at the job centre",
        "from the school",
        "at the clinic",
        "from the tenants' association",
        "from the council",
    ],
    "no": ["fra boligkontoret", "på NAV-kontoret", "fra skolen", "på legekontoret"],
    "da": ["fra boligselskabet", "på jobcentret", "fra skolen", "på lægehuset"],
    "fi": ["asuntotoimistosta", "koulusta", "terveysasemalta", "seurakunnasta"],
}
THIRD_FRAMES = {
    "sv": [
        "{} {r} kom sent.",
        "Vi fick ett samtal från {} {r}.",
        "Även {} {r} var där.",
        "Hon nämnde {}, som jobbar {r}.",
        "{} {r} lovade att återkomma.",
        "Han hade pratat med {} {r} dagen innan.",
    ],
    "en": [
        "{} {r} joined late.",
        "We had a call from {} {r}.",
        "{} {r} was there as well.",
        "She mentioned {}, who works {r}.",
        "{} {r} promised to get back to us.",
        "He had spoken to {} {r} the day before.",
    ],
    "no": [
        "{} {r} kom sent.",
        "Vi fikk en telefon fra {} {r}.",
        "Også {} {r} var der.",
        "Hun nevnte {}, som jobber {r}.",
    ],
    "da": [
        "{} {r} kom sent.",
        "Vi fik et opkald fra {} {r}.",
        "Også {} {r} var der.",
        "Hun nævnte {}, som arbejder {r}.",
    ],
    "fi": [
        "{} {r} tuli myöhässä.",
        "Meille soitti {} {r}.",
        "Myös {} {r} oli paikalla.",
        "Hän mainitsi nimen {}.",
    ],
}
PHONE_FRAMES = {
    "sv": [
        ("Ring {} efter fem.", "cue"),
        ("Mobil: {}", "cue"),
        ("Hennes nr är {}.", "cue"),
        ("Nås på tel. {} dagtid.", "cue"),
        ("Nytt nummer {}", "bare"),
        ("{} (kvällar)", "bare"),
    ],
    "en": [
        ("Call {} after five.", "cue"),
        ("Mobile: {}", "cue"),
        ("Her number is {}.", "cue"),
        ("Tel. {} in the daytime.", "cue"),
        ("New number {}", "bare"),
        ("{} (evenings)", "bare"),
    ],
    "no": [
        ("Ring {} etter fem.", "cue"),
        ("Mobil: {}", "cue"),
        ("Nr. {} på dagtid.", "cue"),
        ("Nytt nummer {}", "bare"),
    ],
    "da": [
        ("Ring {} efter fem.", "cue"),
        ("Mobil: {}", "cue"),
        ("Tlf. {} i dagtimerne.", "cue"),
        ("Nyt nummer {}", "bare"),
    ],
    "fi": [
        ("Soita {} viiden jälkeen.", "cue"),
        ("Puh. {}", "cue"),
        ("Numero {} iltaisin.", "cue"),
        ("Uusi numero {}", "bare"),
    ],
}
PNR_FRAMES = {
    "sv": ["Personnummer {} enligt kallelsen.", "Pnr: {}", "Hon läste upp {} från kortet."],
    "en": ["ID number {} on the form.", "Personal number: {}", "He read out {} from the card."],
    "no": ["Fødselsnummer {} står på skjemaet.", "Fnr: {}"],
    "da": ["CPR {} står på brevet.", "CPR-nr.: {}"],
    "fi": ["Henkilötunnus {} lomakkeessa.", "Hetu: {}"],
}
DATE_FRAMES = {
    "sv": ["Nästa träff blir {}.", "Hon flyttade in {}.", "Datum: {}", "Vi ses igen {}, sa hon."],
    "en": [
        "The next meeting is on {}.",
        "She moved in on {}.",
        "Date: {}",
        "We meet again on {}, she said.",
    ],
    "no": ["Neste møte blir {}.", "Hun flyttet inn {}.", "Dato: {}"],
    "da": ["Næste møde bliver {}.", "Hun flyttede ind {}.", "Dato: {}"],
    "fi": ["Seuraava tapaaminen on {}.", "Hän muutti {}.", "Päivämäärä: {}"],
}
ADDRESS_FRAMES = {
    "sv": ["Hon bor på {} i {t}.", "Adress: {}", "Besöket var på {}, tredje våningen."],
    "en": ["She lives at {}, {t}.", "Address: {}", "The visit was at {}, second floor."],
    "no": ["Hun bor i {} i {t}.", "Adresse: {}"],
    "da": ["Hun bor på {} i {t}.", "Adresse: {}"],
    "fi": ["Hän asuu osoitteessa {}, {t}.", "Osoite: {}"],
}
EMAIL_FRAMES = {
    "sv": ["Skicka protokollet till {} senast fredag.", "Mejl: {}", "Hon mejlade från {} i går."],
    "en": ["Send the notes to {} by Friday.", "Email: {}", "She wrote from {} yesterday."],
    "no": ["Send referatet til {}.", "E-post: {}"],
    "da": ["Send referatet til {}.", "Mail: {}"],
    "fi": ["Lähetä muistio osoitteeseen {}.", "Sähköposti: {}"],
}
URL_FRAMES = {
    "sv": ["Länk till mötet: {}", "Hon delade sin profil {} med gruppen.", "Filen ligger på {}"],
    "en": ["Meeting link: {}", "She shared her profile {} with the group.", "The file is at {}"],
    "no": ["Lenke til møtet: {}", "Filen ligger på {}"],
    "da": ["Link til mødet: {}", "Filen ligger på {}"],
    "fi": ["Kokouksen linkki: {}", "Tiedosto on osoitteessa {}"],
}
PLACE_FRAMES = {
    "sv": [
        "Vi åkte ut till {} på eftermiddagen.",
        "I {} är det svårt att få lägenhet.",
        "Hon har bott i {} i tio år.",
    ],
    "en": ["We drove out to {} in the afternoon.", "In {} it is hard to find a flat."],
    "no": ["Vi dro ut til {} på ettermiddagen.", "Hun har bodd på {} i ti år."],
    "da": ["Vi kørte ud til {} om eftermiddagen.", "Hun har boet i {} i ti år."],
    "fi": ["Menimme iltapäivällä alueelle {}.", "Hän on asunut alueella {} kymmenen vuotta."],
}
TOWNS = {
    "sv": ["Malmö", "Uppsala", "Göteborg", "Örebro", "Umeå"],
    "en": ["Leeds", "Hull"],
    "no": ["Bergen", "Drammen"],
    "da": ["Odense", "Aarhus"],
    "fi": ["Tampere", "Turku"],
}
PLACES = {
    "sv": [
        "Gottsunda",
        "Hammarkullen",
        "Rosengård",
        "Vivalla",
        "Tensta",
        "Husby",
        "Bergsjön",
        "Holma",
        "Skäggetorp",
        "Araby",
        "Ålidhem",
        "Fisksätra",
        "Hjällbo",
        "Navestad",
    ],
    "en": ["Harehills", "Moss Side", "Chapeltown", "Tower Hamlets"],
    "no": ["Grorud", "Stovner", "Furuset", "Holmlia", "Romsås"],
    "da": ["Gellerup", "Vollsmose", "Tingbjerg", "Mjølnerparken"],
    "fi": ["Kontula", "Itäkeskus", "Hervanta", "Varissuo", "Myllypuro"],
}
_FI_MONTHS = (
    "tammikuu helmikuu maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu lokakuu"
    " marraskuu joulukuu"
)
MONTHS = {
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "en": "January February March April May June July August September October November December",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "fi": " ".join(m + "ta" for m in _FI_MONTHS.split()),
}
WEEKDAYS = {
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag".split(),
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "no": "mandag tirsdag onsdag torsdag fredag lørdag søndag".split(),
    "da": "mandag tirsdag onsdag torsdag fredag lørdag søndag".split(),
    "fi": (
        "maanantaina tiistaina keskiviikkona torstaina perjantaina lauantaina sunnuntaina"
    ).split(),
}
STREET_STEMS = {
    "sv": [
        "Björk",
        "Ek",
        "Lind",
        "Skol",
        "Kyrk",
        "Stor",
        "Kvarn",
        "Tall",
        "Gran",
        "Hammar",
        "Sjö",
        "Äng",
        "Prast",
        "Smed",
        "Rönn",
        "Lärk",
        "Hög",
        "Möllevångs",
    ],
    "en": ["Mill", "Station", "Church", "Chapel", "Park", "Victoria", "Albert", "Green", "Hill"],
    "no": ["Kirke", "Skole", "Stor", "Bjørke", "Furu", "Sjø", "Mølle", "Grorud"],
    "da": ["Kirke", "Skole", "Vester", "Nørre", "Bøge", "Mølle", "Strand", "Ege"],
    "fi": ["Koivu", "Kuusi", "Mänty", "Rauta", "Kirkko", "Koulu", "Myllypuron", "Pappila"],
}
STREET_TYPES = {
    "sv": ["vägen", "gatan", "gränd", "stigen", "backen", "allén", "torget"],
    "en": [" Road", " Street", " Lane", " Close", " Avenue"],
    "no": ["veien", "gata", "stien", "bakken"],
    "da": ["vej", "gade", "stræde", "allé"],
    "fi": ["tie", "katu", "kuja", "polku"],
}
DOMAINS = [
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "telia.com",
    "online.no",
    "mail.dk",
    "yahoo.co.uk",
    "icloud.com",
    "live.se",
    "elisa.fi",
    "kommun.se",
    "region.se",
]
SPEAKERS = {
    "sv": ["I", "IP", "D1", "D2", "Int"],
    "en": ["I", "R", "P1", "P2", "Int"],
    "no": ["I", "IP", "D1"],
    "da": ["I", "IP", "D1"],
    "fi": ["H", "V", "K1"],
}
HEADINGS = {
    "sv": {
        "interview": "Intervju {n}, transkriberad",
        "observation": "Observationslogg {n}",
        "diary": "Fältdagbok, dag {n}",
        "email": "Vidarebefordrat mejl",
        "sms": "Sms-tråd {n}",
        "pasted": "Inklistrat från Word-dokument",
        "list": "Möte {n}",
    },
    "en": {
        "interview": "Interview {n}, transcript",
        "observation": "Observation log {n}",
        "diary": "Field diary, day {n}",
        "email": "Forwarded e-mail",
        "sms": "Text thread {n}",
        "pasted": "Pasted from a PDF",
        "list": "Meeting {n}",
    },
    "no": {
        "interview": "Intervju {n}",
        "observation": "Observasjonslogg {n}",
        "diary": "Feltdagbok, dag {n}",
        "email": "Videresendt e-post",
        "sms": "Meldinger {n}",
        "pasted": "Limt inn fra Word",
        "list": "Møte {n}",
    },
    "da": {
        "interview": "Interview {n}",
        "observation": "Observationslog {n}",
        "diary": "Feltdagbog, dag {n}",
        "email": "Videresendt mail",
        "sms": "Beskeder {n}",
        "pasted": "Indsat fra PDF",
        "list": "Møde {n}",
    },
    "fi": {
        "interview": "Haastattelu {n}",
        "observation": "Havainnointiloki {n}",
        "diary": "Kenttäpäiväkirja, päivä {n}",
        "email": "Välitetty sähköposti",
        "sms": "Viestiketju {n}",
        "pasted": "Liitetty Word-tiedostosta",
        "list": "Kokous {n}",
    },
}
PRESENT = {
    "sv": "Närvarande",
    "en": "Present",
    "no": "Til stede",
    "da": "Til stede",
    "fi": "Paikalla",
}
EMAIL_HEAD = {
    "sv": ("Från", "Till", "Skickat", "Ämne", "Hälsningar"),
    "en": ("From", "To", "Sent", "Subject", "Best wishes"),
    "no": ("Fra", "Til", "Sendt", "Emne", "Hilsen"),
    "da": ("Fra", "Til", "Sendt", "Emne", "Venlig hilsen"),
    "fi": ("Lähettäjä", "Vastaanottaja", "Lähetetty", "Aihe", "Terveisin"),
}
PHONE_REGIONS = {
    "sv": ["SE"] * 6 + ["FI", "NO", "DK", "DE", "PL", "US", "GB", "EE", "NL", "FR", "ES"],
    "en": ["GB", "GB", "US", "US", "SE", "ES", "FR", "NL", "DE"],
    "no": ["NO", "NO", "NO", "SE", "PL", "DE"],
    "da": ["DK", "DK", "DK", "SE", "DE"],
    "fi": ["FI", "FI", "FI", "SE", "EE", "EE"],
}
PNR_COUNTRIES = {
    "sv": ["se"] * 5 + ["fi", "pl", "ee", "is", "nl"],
    "en": ["se", "nl", "pl", "is"],
    "no": ["no", "no", "se"],
    "da": ["dk", "dk", "se", "is"],
    "fi": ["fi", "fi", "ee", "se"],
}


class _Note:
    def __init__(self, index: int, style: str, lang: str) -> None:
        self.index, self.style, self.lang = index, style, lang
        self.parts: list[str] = []
        self.length = 0
        self.planted: list[Planted] = []

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def plant(
        self,
        written: str,
        kind: str,
        form: str,
        value: str,
        exact: bool = False,
        key: str | None = None,
    ) -> None:
        self.planted.append(
            Planted(
                self.index, self.length, self.length + len(written), kind, form, value, exact, key
            )
        )
        self.add(written)

    def frame(
        self,
        template: str,
        written: str,
        kind: str,
        form: str,
        value: str,
        exact: bool = False,
        key: str | None = None,
        **fill: str,
    ) -> None:
        before, after = template.split("{}", 1)
        self.add(before.format(**fill) if fill else before)
        self.plant(written, kind, form, value, exact, key)
        self.add(after.format(**fill) if fill else after)

    def text(self) -> str:
        return "".join(self.parts)

    def size(self) -> int:
        return len(self.text().encode("utf-8"))


class _Person:
    def __init__(self, key: str, given: str, family_name: str | None, lang: str) -> None:
        self.key, self.given, self.family, self.lang = key, given, family_name, lang
        self.full = f"{given} {family_name}" if family_name else given


class _Writer:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        rng = self.rng
        self.sentences = people.sentences()
        self.persons: list[_Person] = []
        taken: set[str] = set()
        n = 0
        for lang, count in (("sv", 190), ("en", 80), ("no", 60), ("da", 55), ("fi", 55)):
            given, fam = people.given(lang), people.family(lang)
            for _ in range(count):
                g = rng.choice(given)
                f = rng.choice(fam)
                if g in taken or f in taken:
                    continue
                taken.update((g, f))
                n += 1
                self.persons.append(_Person(f"p{n}", g, f, lang))
        for i, word in enumerate(people.WORD_NAMES):
            lang = (
                "fi" if word in FINNISH_WORD_NAMES else rng.choice(("sv", "sv", "en", "no", "da"))
            )
            fam = rng.choice(people.family(lang))
            n += 1
            self.persons.append(_Person(f"p{n}", word, fam if i % 3 else None, lang))
        self.entries = [
            NameEntry(p.key, p.full, f"[Deltagare {i + 1}]") for i, p in enumerate(self.persons)
        ]
        self.places: dict[str, list[tuple[str, str]]] = {}
        k = 0
        for lang, names in PLACES.items():
            for name in names:
                k += 1
                self.places.setdefault(lang, []).append((f"x{k}", name))
                self.entries.append(NameEntry(f"x{k}", name, f"[Plats {k}]", kind="place"))
        self.forms = {e.key: entry_forms(e) for e in self.entries}
        self.registered_lower = set().union(*self.forms.values())
        self.by_lang: dict[str, list[_Person]] = {}
        for p in self.persons:
            self.by_lang.setdefault(p.lang, []).append(p)
        self.strangers_used: set[str] = set()
        self.sentence_bag: dict[str, list[str]] = {lang: [] for lang in LANG_WEIGHTS}

    # -- pools --
    def sentence(self, lang: str) -> str:
        bag = self.sentence_bag[lang]
        if not bag:
            bag.extend(self.sentences[lang])
            self.rng.shuffle(bag)
        return bag.pop()

    def person(self, lang: str) -> _Person:
        if self.rng.random() < 0.8:
            return self.rng.choice(self.by_lang[lang])
        return self.rng.choice(self.persons)

    def stranger(self, lang: str) -> str:
        rng = self.rng
        for _ in range(50):
            g = rng.choice(people.given(lang))
            f = rng.choice(people.family(lang))
            full = f"{g} {f}"
            if full in self.strangers_used or g.lower() in self.registered_lower:
                continue
            if f.lower() in self.registered_lower:
                continue
            self.strangers_used.add(full)
            return full
        return full

    def misspell(self, form: str) -> str:
        rng = self.rng
        for _ in range(20):
            i = rng.randrange(1, len(form) - 1)
            how = rng.randrange(4)
            if how == 0:
                out = form[:i] + form[i] + form[i:]
            elif how == 1:
                out = form[:i] + form[i + 1 :]
            elif how == 2 and i < len(form) - 1:
                out = form[:i] + form[i + 1] + form[i] + form[i + 2 :]
            else:
                vowels = "aeiouy"
                if form[i] not in vowels:
                    continue
                out = form[:i] + rng.choice(vowels.replace(form[i], "")) + form[i + 1 :]
            if out != form:
                return out
        return form[:-1] + form[-1] * 2

    # -- identifiers --
    def name(self, note: _Note, template: str, style: str) -> None:
        """A registered name in one of scoring's categories, or an unregistered third party."""
        rng, lang = self.rng, note.lang
        want = rng.choices(
            (
                "exact",
                "unregistered",
                "invisible",
                "misspelt",
                "lower",
                "upper",
                "ascii",
                "inflected",
            ),
            (28, 32, 11, 9, 6, 6, 5, 5),
        )[0]
        if want == "inflected" and lang not in INFLECTED_FRAMES:
            want = "exact"
        if want == "unregistered":
            role = rng.choice(THIRD_ROLES[lang])
            full = self.stranger(lang)
            note.frame(
                rng.choice(THIRD_FRAMES[lang]), full, "name", f"{style}/{lang}/third", full, r=role
            )
            return
        for _ in range(30):
            p = self.person(lang)
            form = rng.choice((p.given, p.given, p.full, p.family or p.given))
            written, how, exact = form, want, False
            if want == "exact":
                exact = True
            elif want == "lower":
                written = form.lower()
            elif want == "upper":
                written = form.upper()
            elif want == "ascii":
                written = form.translate(_FOLD)
            elif want == "misspelt":
                written = self.misspell(form)
            elif want == "invisible":
                kind = rng.choice([*INVISIBLE, "invisible-full-width", "invisible-nbsp"])
                if kind == "invisible-nbsp":
                    form = p.full
                    written = form.replace(" ", "\u00a0")
                elif kind == "invisible-full-width":
                    written = _full_width(form)
                else:
                    i = rng.randrange(1, len(form))
                    written = form[:i] + INVISIBLE[kind] + form[i:]
                how = f"invisible/{kind}"
            elif want == "inflected":
                form = p.given
                written, exact = form, True
            if want == "inflected":
                suffix = {"sv": "s", "no": "s", "da": "s"}.get(lang)
                if suffix is None:
                    suffix = rng.choice(("lle", "n", "lta")) if form[-1] in "aeiouyäö" else "ille"
                if form[-1] in "sxz" or not form.isalpha() or not written.isalpha():
                    continue
                text = f"{written}{suffix}"
                if name_category(written, exact, p.key, text, 0, len(written), self.forms) != want:
                    continue
                before, after = rng.choice(INFLECTED_FRAMES[lang]).split("{}", 1)
                note.add(before)
                note.plant(written, "name", f"{style}/{lang}/inflected", form, True, p.key)
                note.add(after.format(s=suffix))
                return
            if written == form and want not in ("exact",):
                continue
            category = name_category(written, exact, p.key, written, 0, len(written), self.forms)
            if category != want:
                continue
            if template.startswith("{}") and written[0].islower() and want != "lower":
                continue
            note.frame(template, written, "name", f"{style}/{lang}/{how}", form, exact, p.key)
            return
        p = self.person(lang)
        note.frame(template, p.given, "name", f"{style}/{lang}/exact", p.given, True, p.key)

    def date(self, lang: str) -> tuple[str, str]:
        rng = self.rng
        y, m, d = rng.randrange(2023, 2027), rng.randrange(1, 13), rng.randrange(1, 29)
        month = MONTHS[lang].split()[m - 1]
        wd = rng.choice(WEEKDAYS[lang])
        shapes = {
            "sv": [
                f"{d} {month} {y}",
                f"{d} {month}",
                f"{y}-{m:02d}-{d:02d}",
                f"{d}/{m}",
                f"{wd} {d} {month}",
                f"{d}/{m} {y}",
            ],
            "en": [
                f"{month} {d}, {y}",
                f"{d} {month} {y}",
                f"{m}/{d}/{y}",
                f"{d}/{m}/{y}",
                f"{wd}, {d} {month}",
                f"{month} {d}",
            ],
            "no": [f"{d}. {month} {y}", f"{d:02d}.{m:02d}.{y}", f"{wd} {d}. {month}", f"{d}.{m}."],
            "da": [
                f"{d}. {month} {y}",
                f"{d:02d}-{m:02d}-{y}",
                f"{d}/{m}-{y}",
                f"{wd} den {d}. {month}",
            ],
            "fi": [f"{d}.{m}.{y}", f"{d}. {month} {y}", f"{wd} {d}.{m}.", f"{d}.{m}."],
        }[lang]
        i = rng.randrange(len(shapes))
        return shapes[i], f"shape{i}"

    def address(self, lang: str) -> tuple[str, str]:
        rng = self.rng
        street = rng.choice(STREET_STEMS[lang]) + rng.choice(STREET_TYPES[lang])
        no = rng.randrange(1, 120)
        if lang == "sv":
            extra = rng.choice(
                [
                    "",
                    f" {rng.choice('ABC')}",
                    f", {rng.randrange(100, 985)} {rng.randrange(10, 99)}",
                ]
            )
            return f"{street} {no}{extra}", "sv"
        if lang == "en":
            return f"{no} {street}", "en"
        if lang == "no":
            extra = rng.choice(["", rng.choice("ABC"), f", {rng.randrange(150, 9999):04d}"])
            return f"{street} {no}{extra}", "no"
        if lang == "da":
            extra = rng.choice(["", f", {rng.randrange(1, 6)}. {rng.choice(['th.', 'tv.'])}"])
            return f"{street} {no}{extra}", "da"
        extra = rng.choice(["", f" {rng.choice('ABC')} {rng.randrange(1, 40)}"])
        return f"{street} {no}{extra}", "fi"

    def email(self, lang: str, p: _Person | None = None) -> str:
        rng = self.rng
        if p is None:
            g, f = self.stranger(lang).split(" ", 1)
        else:
            g, f = p.given, p.family or rng.choice(people.family(lang))
        g, f = g.lower().translate(_FOLD), f.lower().translate(_FOLD)
        g = unicodedata.normalize("NFKD", g).encode("ascii", "ignore").decode()
        f = unicodedata.normalize("NFKD", f).encode("ascii", "ignore").decode()
        local = rng.choice((f"{g}.{f}", f"{g[0]}{f}", f"{g}{rng.randrange(10, 99)}", f"{f}.{g}"))
        return f"{local}@{rng.choice(DOMAINS)}"

    def url(self) -> str:
        rng = self.rng
        token = "".join(
            rng.choice("abcdefghijkmnopqrstuvwxyzABCDEFGH0123456789") for _ in range(11)
        )
        return rng.choice(
            (
                f"https://www.facebook.com/profile.php?id={rng.randrange(10**9, 10**10)}",
                f"https://zoom.us/j/{rng.randrange(10**9, 10**10)}",
                f"https://teams.microsoft.com/l/meetup-join/{token}",
                f"https://drive.google.com/file/d/{token}/view",
                f"https://www.instagram.com/{token.lower()}",
                f"https://linkedin.com/in/{token.lower()}",
                f"www.dropbox.com/s/{token}",
            )
        )

    def phone(self, lang: str, hide: bool) -> tuple[str, str, str]:
        rng = self.rng
        region = rng.choice(PHONE_REGIONS[lang])
        nsn, groups = numbers.draw(rng, region)
        written, shape = numbers.write(rng, region, nsn, groups)
        how = "plain"
        if hide:
            how = rng.choice(("hidden-full-width", "hidden-zwsp", "hidden-nbsp"))
            if how == "hidden-nbsp" and " " not in written:
                how = "hidden-full-width"
            if how == "hidden-full-width":
                written = _full_width_digits(written)
            elif how == "hidden-zwsp":
                i = max(written.find(" "), 2)
                written = written[:i] + "\u200b" + written[i:]
            else:
                written = written.replace(" ", "\u00a0")
        return written, f"{region}/{shape}", how if hide else "plain"

    def pnr(self, lang: str, hide: bool) -> tuple[str, str, str, str]:
        rng = self.rng
        country = rng.choice(PNR_COUNTRIES[lang])
        number, shape = numbers.BUILDERS[country][0](rng)
        written, how = number, "plain"
        if hide:
            how = rng.choice(("hidden-full-width", "hidden-zwsp"))
            if how == "hidden-full-width":
                written = _full_width_digits(number)
            else:
                written = number[:4] + "\u200b" + number[4:]
        return written, number, f"{country}/{shape}", how


def _identifier_line(w: _Writer, note: _Note, style: str) -> None:
    """One line with one identifier in a frame, with published sentences around it."""
    rng, lang = w.rng, note.lang
    hide = style == "pasted" and rng.random() < 0.5 or rng.random() < 0.04
    kind = rng.choices(
        ("name", "date", "phone", "email", "address", "personnummer", "url", "place"),
        (52, 10, 9, 8, 6, 5, 5, 5),
    )[0]
    if rng.random() < 0.35:
        note.add(w.sentence(lang) + " ")
    if kind == "name":
        template = rng.choice(NAME_FRAMES[lang])
        w.name(note, template, style)
    elif kind == "date":
        written, shape = w.date(lang)
        note.frame(
            rng.choice(DATE_FRAMES[lang]), written, "date", f"{style}/{lang}/{shape}", written
        )
    elif kind == "phone":
        template, cue = rng.choice(PHONE_FRAMES[lang])
        written, facet, how = w.phone(lang, hide)
        value = _e164(written, facet)
        note.frame(template, written, "phone", f"{style}/{facet}/{cue}/{how}", value)
    elif kind == "email":
        p = w.person(lang) if rng.random() < 0.6 else None
        written = w.email(lang, p)
        note.frame(rng.choice(EMAIL_FRAMES[lang]), written, "email", f"{style}/{lang}", written)
    elif kind == "address":
        written, shape = w.address(lang)
        note.frame(
            rng.choice(ADDRESS_FRAMES[lang]),
            written,
            "address",
            f"{style}/{shape}",
            written,
            t=rng.choice(TOWNS[lang]),
        )
    elif kind == "personnummer":
        written, number, facet, how = w.pnr(lang, hide)
        note.frame(
            rng.choice(PNR_FRAMES[lang]), written, "personnummer", f"{style}/{facet}/{how}", number
        )
    elif kind == "url":
        written = w.url()
        note.frame(rng.choice(URL_FRAMES[lang]), written, "url", f"{style}/{lang}", written)
    else:
        key, name = rng.choice(w.places[lang] if rng.random() < 0.8 else w.places["sv"])
        note.frame(
            rng.choice(PLACE_FRAMES[lang]), name, "place", f"{style}/{lang}", name, True, key
        )
    if rng.random() < 0.35:
        note.add(" " + w.sentence(lang))


def _e164(written: str, facet: str) -> str:
    region = facet.split("/")[0]
    plain = unicodedata.normalize("NFKC", written).replace("\u200b", "")
    digits = re.sub(r"\D", "", plain)
    cc = numbers.PLANS[region][0]
    trunk = numbers.PLANS[region][1]
    if plain.startswith("+") or plain.startswith("(+"):
        digits = digits[len(cc) :]
        if "(0)" in plain:
            digits = digits[1:]
    elif plain.startswith("00"):
        digits = digits[2 + len(cc) :]
    elif trunk and digits.startswith(trunk):
        digits = digits[len(trunk) :]
    return f"+{cc}{digits}"


def _line_prefix(w: _Writer, note: _Note, style: str, clock: list[int], due: bool) -> bool:
    """The line's speaker label or clock time; True when the speaker is a planted name."""
    rng = w.rng
    clock[0] += rng.randrange(2, 25)
    hh, mm = 8 + clock[0] // 60 % 12, clock[0] % 60
    if style == "interview":
        if due and rng.random() < 0.12:
            p = w.person(note.lang)
            note.plant(p.given, "name", f"interview/{note.lang}/exact", p.given, True, p.key)
            note.add(": ")
            return True
        else:
            note.add(rng.choice(SPEAKERS[note.lang]) + ": ")
    elif style == "observation":
        note.add(f"{hh:02d}:{mm:02d} ")
    elif style == "sms":
        note.add(f"[{hh:02d}:{mm:02d}] ")
    return False


def _plain_line(w: _Writer, note: _Note) -> None:
    rng, lang = w.rng, note.lang
    said = [w.sentence(lang) for _ in range(rng.randrange(1, 5))]
    note.add(" ".join(said))


def _present_line(w: _Writer, note: _Note) -> None:
    rng, lang = w.rng, note.lang
    note.add(f"{PRESENT[lang]}: ")
    for i in range(rng.randrange(2, 5)):
        if i:
            note.add(", ")
        if rng.random() < 0.4:
            full = w.stranger(lang)
            note.plant(full, "name", f"list/{lang}/third", full)
        else:
            p = w.person(lang)
            form = rng.choice((p.full, p.given))
            note.plant(form, "name", f"list/{lang}/exact", form, True, p.key)


def _email_head(w: _Writer, note: _Note) -> None:
    rng, lang = w.rng, note.lang
    frm, to, sent, subject, _ = EMAIL_HEAD[lang]
    p = w.person(lang)
    note.add(f"{frm}: ")
    note.plant(p.full, "name", f"header/{lang}/exact", p.full, True, p.key)
    if rng.random() < 0.6:
        note.add(" <")
        address = w.email(lang, p)
        note.plant(address, "email", f"header/{lang}", address)
        note.add(">")
    note.add(f"\n{to}: ")
    q = w.person(lang)
    form = rng.choice((q.full, q.given))
    note.plant(form, "name", f"header/{lang}/exact", form, True, q.key)
    note.add("\n")
    note.add(f"{sent}: ")
    written, shape = w.date(lang)
    if rng.random() < 0.5:
        note.plant(written, "date", f"header/{lang}/{shape}", written)
        note.add(" ")
    note.add(f"{rng.randrange(7, 18):02d}:{rng.randrange(60):02d}\n{subject}: ")  # a clock only
    note.add(w.sentence(lang).rstrip(".!?") + "\n\n")


def _signature(w: _Writer, note: _Note) -> None:
    rng, lang = w.rng, note.lang
    p = w.person(lang)
    note.add(f"\n{EMAIL_HEAD[lang][4]}\n")
    note.plant(p.full, "name", f"signature/{lang}/exact", p.full, True, p.key)
    note.add("\n")
    if rng.random() < 0.4:
        note.add("\n")
        written, facet, how = w.phone(lang, rng.random() < 0.1)
        note.plant(written, "phone", f"signature/{facet}/bare/{how}", _e164(written, facet))
    if rng.random() < 0.2:
        note.add("\n")
        address, shape = w.address(lang)
        note.plant(address, "address", f"signature/{shape}", address)


def generate_heldout_p(seed: int, size: int, per_kb: float = REALISTIC) -> Corpus:
    """Notes of one to four kilobytes until `size` bytes, `per_kb` identifiers per kilobyte."""
    w = _Writer(seed)
    rng = w.rng
    texts: list[str] = []
    planted: list[Planted] = []
    total = 0
    langs, weights = list(LANG_WEIGHTS), list(LANG_WEIGHTS.values())
    while total < size:
        index = len(texts)
        style = rng.choices(STYLES, (22, 18, 16, 6, 12, 13, 10))[0]
        note = _Note(index, style, rng.choices(langs, weights)[0])
        target = min(rng.randrange(1000, 4000), max(size - total, 200))
        note.add(HEADINGS[note.lang][style].format(n=rng.randrange(1, 60)) + "\n\n")
        if style == "email":
            _email_head(w, note)
        clock = [rng.randrange(0, 120)]
        while True:
            now = total + note.length
            if note.length >= target:
                break
            due = len(planted) + len(note.planted) < per_kb * (now + 60) / 1000
            if _line_prefix(w, note, style, clock, due):
                due = False
            if due and style == "list" and rng.random() < 0.3:
                _present_line(w, note)
            elif due:
                _identifier_line(w, note, style)
            else:
                _plain_line(w, note)
            note.add("\n" if style != "diary" or rng.random() < 0.5 else "\n\n")
        if style == "email":
            _signature(w, note)
        texts.append(note.text())
        planted.extend(note.planted)
        total += note.size()
    persons = [e for e in w.entries]
    return Corpus(
        texts=texts,
        registry_people=persons,
        planted=planted,
        ordinary=_ordinary(texts, planted, w.entries),
    )


def _ordinary(texts: list[str], planted: list[Planted], entries: list[NameEntry]) -> list[Ordinary]:
    """Every word outside an identifier written like a registered person's name or a part of it."""
    forms = set().union(*(entry_forms(e) for e in entries if e.kind == "person"))
    spans: dict[int, list[tuple[int, int]]] = {}
    for p in planted:
        spans.setdefault(p.text, []).append((p.start, p.end))
    out = []
    for i, text in enumerate(texts):
        inside = spans.get(i, [])
        for m in WORD.finditer(text):
            if m.group().lower() not in forms:
                continue
            if any(s < m.end() and m.start() < e for s, e in inside):
                continue
            before = text[: m.start()].rstrip(" \t")
            initial = not before or before[-1] in ".!?:\n]" or CLOCK.search(before) is not None
            where = "initial" if initial else "inner"
            out.append(Ordinary(i, m.start(), m.end(), m.group(), f"homograph/{where}"))
    return out


def check(corpus: Corpus) -> None:
    """Raise ValueError unless every span is inside its text, identifiers do not overlap and every
    ordinary word is its text and outside every identifier."""
    by_text: dict[int, list[Planted]] = {}
    for p in corpus.planted:
        if not (0 <= p.text < len(corpus.texts)) or not (
            0 <= p.start < p.end <= len(corpus.texts[p.text])
        ):
            raise ValueError(f"{p} out of its text")
        by_text.setdefault(p.text, []).append(p)
    for items in by_text.values():
        items.sort(key=lambda p: (p.start, p.end))
        for a, b in zip(items, items[1:], strict=False):
            if b.start < a.end:
                raise ValueError(f"{a} and {b} overlap")
    for o in corpus.ordinary:
        if corpus.texts[o.text][o.start : o.end] != o.word:
            raise ValueError(f"{o} is not its text")
        if any(p.start < o.end and o.start < p.end for p in by_text.get(o.text, [])):
            raise ValueError(f"{o} inside an identifier")


def for_figure(_unused: Any, size: int, per_kb: float = REALISTIC) -> Corpus:
    """Figure 1's entry point: held-out P at its own seed."""
    return generate_heldout_p(SEED, size, per_kb)
