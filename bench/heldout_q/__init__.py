"""Held-out Q: notes of a Swedish study in five languages with planted identifiers, written on
2026-12-05 apart from the redactor and every other set (see README.md before anything else).

`generate_heldout_q(seed, size, per_kb=REALISTIC)` returns a `Corpus` of notes of one to four
kilobytes; the same seed and size always give the same notes."""

from __future__ import annotations

import datetime
import random
import re
import unicodedata

from casebook.deid.registry import PERSON, PLACE, NameEntry, ascii_fold

from bench.heldout_q import numbers, people
from bench.scoring import entry_forms, name_category
from tests.deid_corpus import Corpus, Ordinary, Planted

SEED = 6047
REALISTIC = 0.7
LANGS = ("sv", "en", "da", "no", "fi")
LANG_WEIGHTS = (40, 24, 14, 11, 11)
STYLES = ("interview", "observation", "diary", "email", "sms", "pasted", "list")
INVISIBLE = {
    "invisible-soft-hyphen": "\u00ad",
    "invisible-zwsp": "\u200b",
    "invisible-zwj": "\u200d",
    "invisible-word-joiner": "\u2060",
    "invisible-bom": "\ufeff",
}
WORD = re.compile(r"[^\W\d_]+")


def hidden(text: str) -> bool:
    """Whether `text` carries an invisible or compatibility character."""
    if unicodedata.normalize("NFKC", text) != text:
        return True
    return any(unicodedata.category(c) == "Cf" for c in text)


def _wide(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


# --- this writer's frames: roles, cues, headings ----------------------------------------------

ROLES = {
    "sv": [
        "från bostadsbolaget",
        "på socialkontoret",
        "från skolan",
        "från vårdcentralen",
        "på Arbetsförmedlingen",
        "från hyresgästföreningen",
        "från fritidsgården",
        "på biblioteket",
        "från kyrkan",
        "från föreningen",
        "på kommunen",
        "från hemtjänsten",
    ],
    "en": [
        "from the housing office",
        "at the job centre",
        "from the school",
        "from the clinic",
        "at the library",
        "from the tenants' association",
        "from the youth club",
        "at the council",
        "from the church",
        "from the home-care team",
        "at the pharmacy",
        "from the mosque",
    ],
    "da": [
        "fra boligselskabet",
        "på jobcentret",
        "fra skolen",
        "fra lægehuset",
        "på biblioteket",
        "fra beboerforeningen",
        "fra klubben",
        "på kommunen",
        "fra hjemmeplejen",
    ],
    "no": [
        "fra boligkontoret",
        "på NAV-kontoret",
        "fra skolen",
        "fra legekontoret",
        "på biblioteket",
        "fra velforeningen",
        "fra fritidsklubben",
        "i kommunen",
        "fra hjemmetjenesten",
    ],
    "fi": [
        "asuntotoimistosta",
        "työvoimatoimistosta",
        "koululta",
        "terveysasemalta",
        "kirjastosta",
        "asukasyhdistyksestä",
        "nuorisotalolta",
        "kunnasta",
        "kotihoidosta",
    ],
}
THIRD = {  # {N}: someone nobody registered, {R}: their role
    "sv": [
        "{N} {R} kom in sent.",
        "Vi pratade länge med {N} {R}.",
        "Enligt {N} {R} är det fullt.",
        "Hon nämnde {N}, {R}, flera gånger.",
        "Även {N} {R} var med en stund.",
        "Mötet leddes av {N} {R}.",
        "Han hade ringt till {N} {R} dagen innan.",
        "{N} ({R}) tog anteckningar.",
        "Det var {N} {R} som ordnade lokalen.",
    ],
    "en": [
        "{N} {R} joined late.",
        "We talked for a while with {N} {R}.",
        "According to {N} {R} the list is full.",
        "She mentioned {N}, {R}, twice.",
        "Also {N} {R} stayed for a bit.",
        "The meeting was chaired by {N} {R}.",
        "He had called {N} {R} the day before.",
        "{N} ({R}) took notes.",
        "It was {N} {R} who sorted out the room.",
    ],
    "da": [
        "{N} {R} kom for sent.",
        "Vi talte længe med {N} {R}.",
        "Ifølge {N} {R} er der fuldt.",
        "Hun nævnte {N}, {R}, flere gange.",
        "Også {N} {R} var med et stykke tid.",
        "Mødet blev ledet af {N} {R}.",
        "{N} ({R}) tog noter.",
    ],
    "no": [
        "{N} {R} kom sent.",
        "Vi snakket lenge med {N} {R}.",
        "Ifølge {N} {R} er det fullt.",
        "Hun nevnte {N}, {R}, flere ganger.",
        "Også {N} {R} var med en stund.",
        "Møtet ble ledet av {N} {R}.",
        "{N} ({R}) tok notater.",
    ],
    "fi": [
        "{N} {R} tuli myöhässä.",
        "Juttelimme pitkään, {N} {R} oli paikalla.",
        "Paikalla oli myös {N} {R}.",
        "Hänen mukaansa {N} {R} on auttanut paljon.",
        "Kokousta johti {N} {R}.",
        "{N} ({R}) kirjoitti muistiinpanot.",
    ],
}
NAME_FRAMES = {  # {X}: a registered person
    "sv": [
        "{X} berättade om flytten.",
        "Jag frågade {X} om skolan.",
        "Efteråt ville {X} prata mer.",
        "Vi träffade {X} i köket.",
        "Enligt {X} fungerar det bättre nu.",
        "{X} var trött idag.",
        "Det var {X} som tog upp frågan.",
        "Samtal med {X} om ekonomin.",
        "Sedan kom {X} tillbaka.",
    ],
    "en": [
        "{X} talked about the move.",
        "I asked {X} about school.",
        "Afterwards {X} wanted to talk.",
        "We met {X} in the kitchen.",
        "According to {X} things are better now.",
        "{X} was tired today.",
        "It was {X} who raised it.",
        "Talk with {X} about money.",
        "Then {X} came back.",
    ],
    "da": [
        "{X} fortalte om flytningen.",
        "Jeg spurgte {X} om skolen.",
        "Bagefter ville {X} snakke.",
        "Vi mødte {X} i køkkenet.",
        "Ifølge {X} går det bedre nu.",
        "{X} var træt i dag.",
    ],
    "no": [
        "{X} fortalte om flyttingen.",
        "Jeg spurte {X} om skolen.",
        "Etterpå ville {X} prate.",
        "Vi møtte {X} på kjøkkenet.",
        "Ifølge {X} går det bedre nå.",
        "{X} var sliten i dag.",
    ],
    "fi": [
        "{X} kertoi muutosta.",
        "Kysyin koulusta, ja {X} vastasi lyhyesti.",
        "Jälkeenpäin {X} halusi puhua.",
        "Tapasimme keittiössä, {X} keitti kahvia.",
        "{X} oli tänään väsynyt.",
        "Sitten {X} palasi.",
    ],
}
# A suffix glued to a registered given name, with frames that want it: the Scandinavian
# genitive, and Finnish allative, genitive and ablative (a name ending in a consonant takes
# the linking -i-: "Kristianille"; the ablative follows vowel harmony: -lta / -ltä).
INFLECT = {
    "sv": {"s": ["{X}{S} mamma var också där.", "Vi läste {X}{S} brev högt."]},
    "da": {"s": ["{X}{S} mor var der også.", "Vi læste {X}{S} brev."]},
    "no": {"s": ["{X}{S} mor var også der.", "Vi leste {X}{S} brev."]},
    "fi": {
        "lle": ["Soitin {X}{S} illalla.", "Annoin paperit {X}{S}."],
        "n": ["{X}{S} äiti oli myös paikalla.", "Luimme {X}{S} kirjeen ääneen."],
        "lta": ["Kysyin {X}{S} lupaa.", "Saimme {X}{S} viestin aamulla."],
    },
    "en": {},
}


def _inflect(lang: str, given: str, suffix: str) -> str | None:
    """What is glued after `given` for `suffix`, or None when the name does not take it."""
    if lang != "fi":
        return None if given[-1].lower() in "sxz" else suffix
    link = "" if given[-1].lower() in "aeiouyäö" else "i"
    if suffix == "lta" and not any(c in "aouAOU" for c in given):
        suffix = "ltä"
    return link + suffix


CUES = {
    "sv": ["Ring", "Mobil:", "nr", "Tel.", "tel", "ring på"],
    "en": ["call", "Mobile:", "no.", "Tel:", "phone", "ring"],
    "da": ["Ring", "Mobil:", "nr.", "Tlf.", "tlf"],
    "no": ["Ring", "Mobil:", "nr.", "Tlf.", "tlf"],
    "fi": ["Soita", "Puh.", "numero", "puh", "GSM:"],
}
PHONE_FRAMES = {
    "sv": [
        "{C} {P} om tiden ändras.",
        "Hennes nummer: {P}",
        "{C} {P} efter tre.",
        "Nytt nummer {P}.",
    ],
    "en": [
        "{C} {P} if the time changes.",
        "Her number: {P}",
        "{C} {P} after three.",
        "New number {P}.",
    ],
    "da": ["{C} {P} hvis tiden ændres.", "Hendes nummer: {P}", "{C} {P} efter kl. tre."],
    "no": ["{C} {P} hvis tiden endres.", "Nummeret hennes: {P}", "{C} {P} etter tre."],
    "fi": ["{C} {P} jos aika muuttuu.", "Hänen numeronsa: {P}", "{C} {P} kolmen jälkeen."],
}
PNR_FRAMES = {
    "sv": ["Personnummer {I} står på blanketten.", "Pnr: {I}", "Hans nummer i journalen är {I}."],
    "en": ["ID number {I} on the form.", "ID: {I}", "Her number on the file is {I}."],
    "da": ["CPR {I} står på skemaet.", "Cpr-nr.: {I}"],
    "no": ["Fødselsnummer {I} står på skjemaet.", "Fnr: {I}"],
    "fi": ["Henkilötunnus {I} on lomakkeessa.", "Hetu: {I}"],
}
DATE_FRAMES = {
    "sv": ["Nästa träff {D}.", "Hon flyttade {D}.", "Besöket {D} ställdes in.", "Datum: {D}"],
    "en": [
        "Next meeting {D}.",
        "She moved on {D}.",
        "The visit on {D} was cancelled.",
        "Date: {D}",
    ],
    "da": ["Næste møde {D}.", "Hun flyttede {D}.", "Dato: {D}"],
    "no": ["Neste møte {D}.", "Hun flyttet {D}.", "Dato: {D}"],
    "fi": ["Seuraava tapaaminen {D}.", "Hän muutti {D}.", "Päivämäärä: {D}"],
}
ADDRESS_FRAMES = {
    "sv": ["Hon bor på {A} i {T}.", "Adress: {A}", "Vi ses på {A}."],
    "en": ["She lives at {A}, {T}.", "Address: {A}", "We meet at {A}."],
    "da": ["Hun bor på {A} i {T}.", "Adresse: {A}"],
    "no": ["Hun bor i {A} i {T}.", "Adresse: {A}"],
    "fi": ["Hän asuu osoitteessa {A}, {T}.", "Osoite: {A}"],
}
EMAIL_FRAMES = {
    "sv": ["Mejla {E} före fredag.", "E-post: {E}"],
    "en": ["Email {E} before Friday.", "E-mail: {E}"],
    "da": ["Skriv til {E}.", "Mail: {E}"],
    "no": ["Send e-post til {E}.", "E-post: {E}"],
    "fi": ["Lähetä viesti osoitteeseen {E}.", "Sähköposti: {E}"],
}
URL_FRAMES = {
    "sv": ["Länken: {U}", "Hon skickade {U} i chatten."],
    "en": ["Link: {U}", "She sent {U} in the chat."],
    "da": ["Link: {U}"],
    "no": ["Lenke: {U}"],
    "fi": ["Linkki: {U}"],
}
PLACE_FRAMES = {
    "sv": ["Vi gick runt i {L}.", "Träffen hölls i {L}."],
    "en": ["We walked around {L}.", "The meeting was in {L}."],
    "da": ["Vi gik rundt i {L}."],
    "no": ["Vi gikk rundt på {L}."],
    "fi": ["Kävelimme alueella {L}."],
}
TOWNS = {
    "sv": ["Malmö", "Göteborg", "Örebro", "Umeå"],
    "en": ["Malmö", "Uppsala"],
    "da": ["Aarhus", "Odense"],
    "no": ["Bergen", "Drammen"],
    "fi": ["Tampere", "Vantaa"],
}
PLACES = {
    "sv": ["Kvarnbyn", "Hagalund", "Ekbacken", "Norrby", "Solvalla", "Björkhagen"],
    "en": ["Kvarnbyn", "Hagalund"],
    "da": ["Bispebjerg", "Gellerup", "Vollsmose"],
    "no": ["Haugerud", "Lindeberg", "Furuset"],
    "fi": ["Kontula", "Myllypuro", "Hervanta"],
}
STREETS = {
    "sv": (["Björk", "Lönn", "Kvarn", "Tall", "Ängs", "Skol"], ["vägen", "gatan", "stigen"]),
    "en": (["Birch", "Mill", "Station", "Church"], [" Road", " Street", " Lane"]),
    "da": (["Birke", "Mølle", "Skole", "Kirke"], ["vej", "gade", "alle"]),
    "no": (["Bjørke", "Mølle", "Skole", "Kirke"], ["veien", "gata", "stien"]),
    "fi": (["Koivu", "Mylly", "Koulu", "Kirkko"], ["tie", "katu", "kuja"]),
}
DOMAINS = [
    "mejlen.se",
    "postlada.nu",
    "brevlada.se",
    "boligpost.no",
    "postkasse.dk",
    "posti-laatikko.fi",
    "mailbox.org",
    "inbox.eu",
]
MONTHS = {
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "en": "January February March April May June July August September October November December",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta"
    " syyskuuta lokakuuta marraskuuta joulukuuta",
}
WEEKDAYS = {
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag",
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "da": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
    "no": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
    "fi": "maanantaina tiistaina keskiviikkona torstaina perjantaina lauantaina sunnuntaina",
}
SPEAKERS = {
    "sv": ["I", "IP", "Int", "D1", "D2"],
    "en": ["I", "R", "Q", "A", "P1"],
    "da": ["I", "D", "Int"],
    "no": ["I", "D", "Int"],
    "fi": ["H", "V", "K"],
}
HEAD_WORDS = {
    "sv": [
        "Intervju",
        "Samtal",
        "Observation",
        "Fältanteckning",
        "Anteckningar",
        "Träff",
        "Logg",
        "Besök",
        "Möte",
        "Utskrift",
    ],
    "en": [
        "Interview",
        "Conversation",
        "Observation",
        "Field note",
        "Notes",
        "Visit",
        "Log",
        "Meeting",
        "Transcript",
        "Session",
    ],
    "da": ["Interview", "Samtale", "Observation", "Feltnote", "Noter", "Besøg", "Møde", "Log"],
    "no": ["Intervju", "Samtale", "Observasjon", "Feltnotat", "Notater", "Besøk", "Møte", "Logg"],
    "fi": [
        "Haastattelu",
        "Keskustelu",
        "Havainnointi",
        "Kenttämuistiinpano",
        "Muistiinpanot",
        "Käynti",
        "Tapaaminen",
        "Loki",
    ],
}
HEAD_TAILS = {
    "sv": [
        "transkriberad",
        "renskriven",
        "utkast",
        "del",
        "kort version",
        "kompletterad",
        "omgång",
    ],
    "en": ["transcribed", "clean copy", "draft", "part", "short version", "added to", "round"],
    "da": ["transskriberet", "renskrevet", "udkast", "del", "runde"],
    "no": ["transkribert", "renskrevet", "utkast", "del", "runde"],
    "fi": ["litteroitu", "puhtaaksikirjoitettu", "luonnos", "osa", "kierros"],
}
PRESENT = {
    "sv": ["Närvarande:", "Deltog:", "Med på mötet:"],
    "en": ["Present:", "Attending:", "Also there:"],
    "da": ["Til stede:", "Deltog:"],
    "no": ["Til stede:", "Deltok:"],
    "fi": ["Läsnä:", "Paikalla:"],
}
EMAIL_HEAD = {
    "sv": ("Från:", "Till:", "Skickat:", "Ämne:"),
    "en": ("From:", "To:", "Sent:", "Subject:"),
    "da": ("Fra:", "Til:", "Sendt:", "Emne:"),
    "no": ("Fra:", "Til:", "Sendt:", "Emne:"),
    "fi": ("Lähettäjä:", "Vastaanottaja:", "Lähetetty:", "Aihe:"),
}
SUBJECTS = {
    "sv": ["Ang. nästa träff", "Sv: tider", "Frågor", "Uppföljning"],
    "en": ["Re: next meeting", "Times", "Questions", "Follow-up"],
    "da": ["Sv: næste møde", "Tider", "Spørgsmål"],
    "no": ["Sv: neste møte", "Tider", "Spørsmål"],
    "fi": ["Vs: seuraava tapaaminen", "Ajat", "Kysymyksiä"],
}
YESTERDAY = {"sv": "igår", "en": "yesterday", "da": "i går", "no": "i går", "fi": "eilen"}
GREETINGS = {
    "sv": ["Mvh", "Hälsningar", "Vänliga hälsningar", "/"],
    "en": ["Best", "Thanks", "Kind regards", "Cheers"],
    "da": ["Hilsen", "Mvh", "Venlig hilsen"],
    "no": ["Hilsen", "Mvh", "Vennlig hilsen"],
    "fi": ["Terveisin", "Ystävällisin terveisin", "T."],
}
# Norwegian: no published text was reachable (README); its lines are built from these parts.
OWN_PARTS = {
    "no": (
        ["Vi", "Hun", "Han", "De", "Familien", "Gruppen", "Naboene", "Barna", "Ingen", "Alle"],
        [
            "snakket om",
            "ventet på",
            "spurte etter",
            "var bekymret for",
            "ble enige om",
            "lo av",
            "glemte",
            "tenkte mye på",
            "ville vite mer om",
            "klaget på",
        ],
        [
            "husleien",
            "bussen",
            "maten",
            "skolen",
            "jobben",
            "været",
            "papirene",
            "helsen",
            "møtet",
            "kaffen",
            "barnehagen",
            "naboen",
        ],
        [
            "i dag",
            "etterpå",
            "hele tiden",
            "en stund",
            "igjen",
            "til slutt",
            "før lunsj",
            "etter møtet",
            "nesten ikke",
            "mer enn før",
            "",
        ],
    ),
}


# --- the registry -------------------------------------------------------------------------


def _registry(rng: random.Random) -> tuple[list[NameEntry], dict[str, list[NameEntry]]]:
    entries: list[NameEntry] = []
    by_lang: dict[str, list[NameEntry]] = {lang: [] for lang in LANGS}
    seen: set[str] = set()
    counts = {"sv": 170, "en": 90, "da": 60, "no": 60, "fi": 60}
    # the word-names stand in the notes of the language whose word they are: Scandinavian
    # ones in Swedish, Danish and Norwegian notes, English ones in English, Finnish in Finnish
    nordic, english, finnish = (
        list(people.WORD_NAMES[a:b]) for a, b in ((0, 12), (12, 23), (23, None))
    )
    pools = {"sv": nordic[:6], "da": nordic[6:9], "no": nordic[9:], "en": english, "fi": finnish}
    for lang in LANGS:
        word_names = pools[lang]
        for i in range(counts[lang]):
            if word_names and i % 5 == 0:
                first = word_names.pop(0)
            else:
                first = rng.choice(people.given(lang))
            last = rng.choice(people.family(lang))
            canonical = f"{first} {last}"
            if canonical in seen:
                continue
            seen.add(canonical)
            n = len(entries) + 1
            entry = NameEntry(key=f"q{n:04d}", canonical=canonical, tag=f"[Person {n}]")
            entries.append(entry)
            by_lang[lang].append(entry)
    for lang in LANGS:
        for place in PLACES[lang]:
            if place not in seen:
                seen.add(place)
                n = len(entries) + 1
                entries.append(
                    NameEntry(key=f"q{n:04d}", canonical=place, tag=f"[Plats {n}]", kind=PLACE)
                )
    return entries, by_lang


# --- writing one note ------------------------------------------------------------------------


class _Note:
    def __init__(self, lang: str, style: str) -> None:
        self.lang, self.style = lang, style
        self.text = ""
        self.spans: list[tuple[int, int, str, str, str, bool, str | None]] = []

    def add(
        self, line: str, marks: list[tuple[str, tuple[str, str, str, bool, str | None]]]
    ) -> None:
        """Append `line`; each mark is (exact substring, (kind, form, value, exact, key))."""
        base = len(self.text)
        pos = 0
        for sub, (kind, form, value, exact, key) in marks:
            i = line.index(sub, pos)
            self.spans.append((base + i, base + i + len(sub), kind, form, value, exact, key))
            pos = i + len(sub)
        self.text += line + "\n"


class _Writer:
    def __init__(
        self, rng: random.Random, entries: list[NameEntry], by_lang: dict[str, list[NameEntry]]
    ):
        self.rng = rng
        self.by_lang = by_lang
        self.entries = entries
        self.forms = {e.key: entry_forms(e) for e in entries if e.kind == PERSON}
        self.taken = set().union(*self.forms.values())
        self.bags: dict[str, list[str]] = {}
        self.strangers: set[str] = set()
        self.names = 0  # names written so far: a third go to strangers, in turn

    # sentences -------------------------------------------------------------------------------
    def sentence(self, lang: str) -> str:
        if lang in OWN_PARTS:
            subj, verb, obj, adv = OWN_PARTS[lang]
            words = [
                self.rng.choice(subj),
                self.rng.choice(verb),
                self.rng.choice(obj),
                self.rng.choice(adv),
            ]
            return " ".join(w for w in words if w) + "."
        bag = self.bags.get(lang)
        if not bag:
            bag = list(people.sentences()[lang])
            self.rng.shuffle(bag)
            self.bags[lang] = bag
        return bag.pop()

    def filler(self, lang: str) -> str:
        return " ".join(self.sentence(lang) for _ in range(self.rng.choice((1, 1, 2, 2, 3))))

    # names -------------------------------------------------------------------------------------
    def stranger(self, lang: str) -> str:
        for _ in range(100):
            name = f"{self.rng.choice(people.given(lang))} {self.rng.choice(people.family(lang))}"
            parts = {p.lower() for p in name.split()}
            if name not in self.strangers and not parts & self.taken:
                self.strangers.add(name)
                return name
        return name

    def registered(self, lang: str, style: str, text_after: str = " ") -> tuple[str, tuple]:
        """A registered name written one of the ways (category checked with scoring's rule)."""
        rng = self.rng
        how = rng.choices(
            ["exact", "lower", "upper", "misspelt", "ascii", "invisible"], (54, 8, 7, 10, 9, 12)
        )[0]
        pool = self.by_lang[lang]
        if how == "ascii":
            pool = [e for e in pool if ascii_fold(e.canonical) != e.canonical] or pool
        e = rng.choice(pool)
        given, family = e.canonical.split(" ", 1)
        shape = rng.choice(("given", "given", "full", "family"))
        if how == "ascii":
            shape = "given" if ascii_fold(given) != given else "family"
            shape = "full" if ascii_fold(e.canonical) == e.canonical else shape
        plain = {"given": given, "family": family, "full": e.canonical}[shape]
        written, facet = plain, shape
        if how == "lower":
            written = plain.lower()
        elif how == "upper":
            written = plain.upper()
        elif how == "ascii":
            folded = ascii_fold(plain)
            written = folded if folded != plain else plain
        elif how == "misspelt":
            written, facet = _slip(rng, plain)
        elif how == "invisible":
            facet = rng.choice(list(INVISIBLE) + ["invisible-full-width", "invisible-nbsp"])
            if facet == "invisible-nbsp":
                written = e.canonical.replace(" ", "\u00a0")
            elif facet == "invisible-full-width":
                written = _wide(plain)
            else:
                cut = rng.randint(1, len(plain) - 1)
                written = plain[:cut] + INVISIBLE[facet] + plain[cut:]
        exact = written == plain
        value = plain if not exact else written
        probe = f" {written}{text_after}"
        category = name_category(written, exact, e.key, probe, 1, 1 + len(written), self.forms)
        if how == "invisible" and facet == "invisible-nbsp":
            value = e.canonical
        return written, ("name", f"{style}/{lang}/{category}/{facet}", value, exact, e.key)


def _slip(rng: random.Random, word: str) -> tuple[str, str]:
    """A slip people really type: a letter dropped, doubled, swapped with the next, a neighbouring
    key, or (in a full name) the space one letter early."""
    keys = "qwertyuiopåasdfghjklöäzxcvbnm"
    for _ in range(20):
        kind = rng.choices(["drop", "double", "swap", "key", "space"], (35, 20, 25, 15, 5))[0]
        i = rng.randint(1, max(1, len(word) - 2))
        if kind == "space" and " " in word:
            j = word.index(" ")
            return word[: j - 1] + " " + word[j - 1] + word[j + 1 :], "slip-space"
        if kind == "drop" and len(word) > 4 and word[i].isalpha():
            return word[:i] + word[i + 1 :], "slip-drop"
        if kind == "double" and word[i].isalpha():
            return word[:i] + word[i] + word[i:], "slip-double"
        if (
            kind == "swap"
            and i + 1 < len(word)
            and word[i] != word[i + 1]
            and word[i + 1].isalpha()
        ):
            return word[:i] + word[i + 1] + word[i] + word[i + 2 :], "slip-swap"
        if kind == "key" and word[i].lower() in keys:
            k = keys.index(word[i].lower())
            near = keys[k + 1] if k + 1 < len(keys) else keys[k - 1]
            return word[:i] + near + word[i + 1 :], "slip-key"
    return word[:1] + word[2:], "slip-drop"


def _date(rng: random.Random, lang: str) -> str:
    d = datetime.date(2025, 1, 1) + datetime.timedelta(days=rng.randint(0, 700))
    month = MONTHS[lang].split()[d.month - 1]
    wd = WEEKDAYS[lang].split()[d.weekday()]
    options = {
        "sv": [
            f"{d.day} {month} {d.year}",
            f"{d.day} {month}",
            d.isoformat(),
            f"{d.day}/{d.month}",
            f"{wd} {d.day} {month}",
            f"den {d.day} {month}",
        ],
        "en": [
            f"{month} {d.day}, {d.year}",
            f"{d.day} {month} {d.year}",
            f"{d.month}/{d.day}/{d.year}",
            f"{wd}, {d.day} {month}",
            f"{month} {d.day}",
        ],
        "da": [
            f"{d.day}. {month} {d.year}",
            f"{d.day:02d}-{d.month:02d}-{d.year}",
            f"{d.day}/{d.month}-{d.year}",
            f"{wd} den {d.day}. {month}",
        ],
        "no": [
            f"{d.day}. {month} {d.year}",
            f"{d.day:02d}.{d.month:02d}.{d.year}",
            f"{wd} {d.day}. {month}",
            f"{d.day}.{d.month}.",
        ],
        "fi": [
            f"{d.day}.{d.month}.{d.year}",
            f"{d.day}. {month} {d.year}",
            f"{wd} {d.day}.{d.month}.",
            f"{d.day}.{d.month}.",
        ],
    }[lang]
    return rng.choice(options)


def _address(rng: random.Random, lang: str) -> str:
    stems, types = STREETS[lang]
    street = rng.choice(stems) + rng.choice(types)
    n = rng.randint(1, 140)
    if lang == "en":
        return f"{n} {street}"
    if lang == "sv":
        tail = rng.choice(["", "", f", {rng.randint(100, 985)} {rng.randint(10, 99)}", " lgh 1102"])
        return f"{street} {n}{tail}"
    if lang == "da":
        return f"{street} {n}, {rng.randint(1, 5)}. {rng.choice(['th', 'tv', 'mf'])}."
    if lang == "no":
        return f"{street} {n}{rng.choice(['', 'B', ' C'])}"
    return f"{street} {n} {rng.choice('ABC')} {rng.randint(1, 40)}"


def _email(rng: random.Random, name: str) -> str:
    parts = ascii_fold(name.lower()).replace("-", "").split()
    local = rng.choice(
        [
            ".".join(parts),
            parts[0] + parts[-1][0],
            parts[0][0] + parts[-1],
            f"{parts[0]}{rng.randint(10, 99)}",
        ]
    )
    return f"{local}@{rng.choice(DOMAINS)}"


def _url(rng: random.Random, name: str) -> str:
    slug = ascii_fold(name.lower()).replace(" ", ".")
    code = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(8))
    return rng.choice(
        [
            f"https://www.facebook.com/{slug}.{rng.randint(1, 99)}",
            f"https://drive.delning.se/d/{code}",
            f"https://meet.mote.nu/{code}",
            f"www.instagram.com/{slug.replace('.', '_')}",
            f"https://linkedin.com/in/{slug}",
        ]
    )


def _phone(w: _Writer, lang: str, style: str) -> tuple[str, tuple]:
    rng = w.rng
    region = rng.choices(list(numbers.PLANS), (30, 10, 10, 10, 8, 8, 8, 6, 6, 5, 5, 4))[0]
    if lang == "sv" and rng.random() < 0.4:
        region = "SE"
    nsn, groups = numbers.draw(rng, region)
    written, shape = numbers.write(rng, region, nsn, groups)
    how = rng.choices(["plain", "hidden-full-width", "hidden-zwsp", "hidden-nbsp"], (82, 6, 6, 6))[
        0
    ]
    if how == "hidden-full-width":
        written = "".join(_wide(c) if c.isdigit() else c for c in written)
    elif how == "hidden-zwsp":
        written = (
            written.replace(" ", "\u200b", 1)
            if " " in written
            else written[:3] + "\u200b" + written[3:]
        )
    elif how == "hidden-nbsp":
        if " " not in written:
            how = "plain"
        written = written.replace(" ", "\u00a0")
    value = "+" + numbers.PLANS[region][0] + nsn
    return written, ("phone", f"{style}/{region}/{shape}/{{cue}}/{how}", value, False, None)


def _identifier_line(w: _Writer, note: _Note, style: str, kind: str) -> None:
    rng, lang = w.rng, note.lang
    if kind == "name":
        # in turn rather than by chance, so that even a few kilobytes hold each shape: every
        # third name is a stranger's (the first one too), every fifteenth an inflected one
        w.names += 1
        turn = w.names % 15
        if turn % 3 == 1:
            name = w.stranger(lang)
            frame = rng.choice(THIRD[lang]).replace("{R}", rng.choice(ROLES[lang]))
            cat = "unregistered"
            mark = ("name", f"{style}/{lang}/{cat}/third", name, False, None)
            note.add(frame.replace("{N}", name), [(name, mark)])
            return
        if turn == 2 and INFLECT[lang]:
            e = rng.choice(w.by_lang[lang])
            given = e.canonical.split(" ")[0]
            suffix = rng.choice(sorted(INFLECT[lang]))
            glued = _inflect(lang, given, suffix)
            if glued:
                frame = rng.choice(INFLECT[lang][suffix])
                line = frame.replace("{X}", given).replace("{S}", glued)
                mark = ("name", f"{style}/{lang}/inflected/suffix-{glued}", given, True, e.key)
                note.add(line, [(given, mark)])
                return
        frame = rng.choice(NAME_FRAMES[lang])
        after = frame.split("{X}", 1)[1][:1] or " "
        written, mark = w.registered(lang, style, after)
        note.add(frame.replace("{X}", written), [(written, mark)])
    elif kind == "phone":
        written, mark = _phone(w, lang, style)
        cue = rng.choice(CUES[lang]) if rng.random() < 0.7 else ""
        frame = rng.choice(PHONE_FRAMES[lang])
        if "{C}" in frame and not cue:
            frame = "{P}"
        line = frame.replace("{C}", cue).replace("{P}", written).strip()
        form = mark[1].replace("{cue}", "cue" if cue and "{C}" in frame else "bare")
        note.add(line, [(written, (mark[0], form, *mark[2:]))])
    elif kind == "personnummer":
        country = rng.choices(list(numbers.BUILDERS), (30, 12, 12, 12, 10, 8, 8, 8))[0]
        number, shape = numbers.BUILDERS[country][0](rng)
        how = rng.choices(["plain", "hidden-full-width", "hidden-zwsp"], (86, 7, 7))[0]
        written = number
        if how == "hidden-full-width":
            written = "".join(_wide(c) if c.isdigit() else c for c in number)
        elif how == "hidden-zwsp":
            written = number[:6] + "\u200b" + number[6:]
        frame = rng.choice(PNR_FRAMES[lang])
        note.add(
            frame.replace("{I}", written),
            [(written, ("personnummer", f"{style}/{country}/{shape}/{how}", number, False, None))],
        )
    elif kind == "date":
        d = _date(rng, lang)
        note.add(
            rng.choice(DATE_FRAMES[lang]).replace("{D}", d),
            [(d, ("date", f"{style}/{lang}/date", d, False, None))],
        )
    elif kind == "address":
        a = _address(rng, lang)
        frame = rng.choice(ADDRESS_FRAMES[lang]).replace("{T}", rng.choice(TOWNS[lang]))
        note.add(
            frame.replace("{A}", a), [(a, ("address", f"{style}/{lang}/street", a, False, None))]
        )
    elif kind == "email":
        source = w.stranger(lang) if rng.random() < 0.4 else rng.choice(w.by_lang[lang]).canonical
        e = _email(rng, source)
        note.add(
            rng.choice(EMAIL_FRAMES[lang]).replace("{E}", e),
            [(e, ("email", f"{style}/{lang}/mail", e, False, None))],
        )
    elif kind == "url":
        u = _url(rng, rng.choice(w.by_lang[lang]).canonical)
        note.add(
            rng.choice(URL_FRAMES[lang]).replace("{U}", u),
            [(u, ("url", f"{style}/{lang}/link", u, False, None))],
        )
    else:
        place = rng.choice(PLACES[lang])
        key = next(e.key for e in w.entries if e.canonical == place and e.kind == PLACE)
        note.add(
            rng.choice(PLACE_FRAMES[lang]).replace("{L}", place),
            [(place, ("place", f"{style}/{lang}/district", place, True, key))],
        )


KINDS = ("name", "date", "phone", "email", "address", "personnummer", "url", "place")
KIND_WEIGHTS = (60, 11, 9, 8, 5, 5, 4, 4)


def _heading(rng: random.Random, lang: str) -> str:
    tail = rng.choice(HEAD_TAILS[lang]) if rng.random() < 0.7 else ""
    joint = rng.choice([" ", ", ", " – ", " / "])
    return f"{rng.choice(HEAD_WORDS[lang])} {rng.randint(1, 60)}{joint}{tail}".rstrip(" ,–/")


def _note(w: _Writer, lang: str, style: str, target: int, ids: int) -> _Note:
    rng = w.rng
    note = _Note(lang, style)
    clock = [rng.randint(8, 15), rng.randint(0, 59)]

    def prefix() -> str:
        if style == "interview":
            return rng.choice(SPEAKERS[lang]) + ": "
        if style in ("observation", "sms"):
            clock[1] += rng.randint(1, 14)
            clock[0] += clock[1] // 60
            clock[1] %= 60
            t = f"{clock[0] % 24:02d}:{clock[1]:02d}"
            return f"[{t}] " if style == "sms" else f"{t} "
        return ""

    kinds = rng.choices(KINDS, KIND_WEIGHTS, k=ids)
    if ids >= 2 and all(k == "name" for k in kinds):  # a note of several holds another kind too
        kinds[-1] = rng.choices(KINDS[1:], KIND_WEIGHTS[1:])[0]
    signature = 0
    if style == "email":
        # the header's sender, then the signature's name, number and the sent date, as the
        # note's budget of identifiers allows; the rest stand in the body
        sender = rng.choice(w.by_lang[lang])
        mail = _email(rng, sender.canonical)
        frm, _to, sent, subj = EMAIL_HEAD[lang]
        note.add(f"{frm} {mail}", [(mail, ("email", f"header/{lang}/mail", mail, False, None))])
        signature = min(2, max(0, ids - 2))
        clock_time = f"{rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}"
        if ids >= 5:
            d = _date(rng, lang)
            mark = (d, ("date", f"header/{lang}/date", d, False, None))
            note.add(f"{sent} {d} {clock_time}", [mark])
        else:
            note.add(f"{sent} {YESTERDAY[lang]} {clock_time}", [])
        note.add(f"{subj} {rng.choice(SUBJECTS[lang])}", [])
        note.add("", [])
        kinds = kinds[1 + signature + (ids >= 5) :]
    else:
        note.add(_heading(rng, lang), [])
    present = 0
    if style == "list" and len(kinds) >= 2:
        present = min(len(kinds), rng.randint(2, 4))
        kinds = kinds[present:]
    order: list[str] = list(kinds)
    if present:
        order.insert(rng.randint(0, len(order)), "present")
    for item in order:
        if len(note.text.encode()) < target and rng.random() < 0.8:
            note.add(prefix() + w.filler(lang), [])
        if item == "present":
            who = [w.stranger(lang) if rng.random() < 0.3 else None for _ in range(present)]
            marks, parts = [], []
            for stranger in who:
                if stranger:
                    parts.append(stranger)
                    marks.append(
                        (
                            stranger,
                            ("name", f"list/{lang}/unregistered/present", stranger, False, None),
                        )
                    )
                else:
                    e = rng.choice(w.by_lang[lang])
                    parts.append(e.canonical)
                    marks.append(
                        (e.canonical, ("name", f"list/{lang}/exact/full", e.canonical, True, e.key))
                    )
            note.add(rng.choice(PRESENT[lang]) + " " + ", ".join(parts), marks)
            continue
        pre = prefix()
        before = len(note.spans)
        where = "pasted" if style == "pasted" else style
        _identifier_line(w, note, where, item)
        if pre:
            start = note.text.rstrip("\n").rfind("\n") + 1
            line = note.text[start:]
            note.text = note.text[:start] + pre + line
            note.spans[before:] = [
                (s + len(pre), e + len(pre), *rest) for s, e, *rest in note.spans[before:]
            ]
    while len(note.text.encode()) < target:
        note.add(prefix() + w.filler(lang), [])
    if signature:
        note.add("", [])
        e = rng.choice(w.by_lang[lang])
        note.add(rng.choice(GREETINGS[lang]), [])
        note.add(
            e.canonical,
            [(e.canonical, ("name", f"signature/{lang}/exact/full", e.canonical, True, e.key))],
        )
        if signature > 1:
            written, mark = _phone(w, lang, "signature")
            note.add(written, [(written, (mark[0], mark[1].replace("{cue}", "bare"), *mark[2:]))])
    return note


def generate_heldout_q(seed: int, size: int, per_kb: float = REALISTIC) -> Corpus:
    """Notes of about `size` bytes with about `per_kb` identifiers per kilobyte."""
    rng = random.Random(seed)
    entries, by_lang = _registry(random.Random(seed * 7 + 1))
    w = _Writer(rng, entries, by_lang)
    texts: list[str] = []
    planted: list[Planted] = []
    total = 0
    while total < size:
        lang = rng.choices(LANGS, LANG_WEIGHTS)[0]
        style = rng.choice(STYLES)
        target = rng.randint(1000, 4000)
        if size - total < target + 1000:
            target = max(200, size - total)
        expect = per_kb * target / 1000
        ids = int(expect) + (rng.random() < expect - int(expect))
        note = _note(w, lang, style, target, max(1, ids))
        text = note.text.rstrip("\n")
        index = len(texts)
        for s, e, kind, form, value, exact, key in note.spans:
            planted.append(Planted(index, s, e, kind, form, value, exact, key))
        texts.append(text)
        total += len(text.encode("utf-8"))
    return Corpus(
        texts=texts,
        registry_people=entries,
        planted=planted,
        ordinary=_ordinary(texts, planted, entries),
    )


def _ordinary(texts: list[str], planted: list[Planted], entries: list[NameEntry]) -> list[Ordinary]:
    """Every word outside an identifier written like a registered person's name or part of it."""
    forms = set().union(*(entry_forms(e) for e in entries if e.kind == PERSON))
    by_text: dict[int, list[tuple[int, int]]] = {}
    for p in planted:
        by_text.setdefault(p.text, []).append((p.start, p.end))
    out = []
    for i, text in enumerate(texts):
        spans = by_text.get(i, [])
        for m in WORD.finditer(text):
            if m.group().lower() not in forms:
                continue
            if any(s < m.end() and m.start() < e for s, e in spans):
                continue
            before = text[: m.start()].rstrip(" \t")
            initial = (
                not before or before[-1] in "\n.!?:]" or re.search(r"(^|\n)\d\d:\d\d$", before)
            )
            where = "homograph/initial" if initial else "homograph/inner"
            out.append(Ordinary(i, m.start(), m.end(), m.group(), where))
    return out


def check(corpus: Corpus) -> None:
    """Raise ValueError when a gold span or ordinary word does not stand where it says."""
    by_text: dict[int, list[Planted]] = {}
    for p in corpus.planted:
        if not (0 <= p.start < p.end <= len(corpus.texts[p.text])):
            raise ValueError(f"{p} out of its text")
        by_text.setdefault(p.text, []).append(p)
    for spans in by_text.values():
        spans.sort(key=lambda p: (p.start, p.end))
        for a, b in zip(spans, spans[1:], strict=False):
            if b.start < a.end:
                raise ValueError(f"{a} and {b} overlap")
    for o in corpus.ordinary:
        if corpus.texts[o.text][o.start : o.end] != o.word:
            raise ValueError(f"{o} is not its text")
        if any(p.start < o.end and o.start < p.end for p in by_text.get(o.text, [])):
            raise ValueError(f"{o} inside an identifier")
