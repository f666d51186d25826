"""Held-out O: interview and observation notes of a Swedish study, written from published text
nobody here wrote (LibreOffice's and GNOME's help, Firefox's, Thunderbird's and LibreOffice's
Norwegian translations; see README.md), with identifiers planted by templates written for this
set alone. Sealed from whoever writes or tunes the redactor: see README.md.

    corpus = generate_heldout_o(SEED, 5_000_000)          # realistic density, 0.7 per KB
"""

from __future__ import annotations

import random
import re
import unicodedata
from typing import Any

from bench.heldout_o import numbers, people
from tests.deid_corpus import Corpus, Ordinary, Planted

SEED = 4421
REALISTIC = 0.7
LANG_WEIGHTS = {"sv": 42, "en": 22, "no": 13, "da": 12, "fi": 11}
STYLES = {"interview": 30, "observation": 20, "diary": 14, "email": 8, "sms": 9, "pasted": 7,
          "list": 4}  # fmt: skip
KIND_WEIGHTS = {"name": 50, "phone": 11, "date": 12, "address": 7, "personnummer": 7, "email": 3,
                "url": 5, "place": 5}  # fmt: skip
# how a registered name is written (the rest of names are third parties nobody registered)
HOW_WEIGHTS = {"exact": 36, "lower": 9, "upper": 7, "inflected": 11, "misspelt": 11, "ascii": 9,
               "invisible": 17}  # fmt: skip
UNREGISTERED = 0.26
INVISIBLE = {
    "invisible-soft-hyphen": "\u00ad",
    "invisible-zwsp": "\u200b",
    "invisible-zwj": "\u200d",
    "invisible-word-joiner": "\u2060",
    "invisible-bom": "\ufeff",
    "invisible-full-width": "",
    "invisible-nbsp": "\u00a0",
}
WORD = re.compile(r"[^\W\d_]+")


def hidden(text: str) -> bool:
    """An invisible or compatibility character in `text` (what scoring calls hidden)."""
    if unicodedata.normalize("NFKC", text) != text:
        return True
    return any(unicodedata.category(c) == "Cf" for c in text)


def _full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


# --- words of the notes -----------------------------------------------------------------------

MONTHS = {
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "en": "January February March April May June July August September October November December",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta "
    "elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
}
WEEKDAYS = {
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag",
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "no": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
    "da": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
    "fi": "maanantaina tiistaina keskiviikkona torstaina perjantaina lauantaina sunnuntaina",
}
# {X}: the identifier; frames written for this set, a name in many places of a sentence
NAME_FRAMES = {
    "sv": ["{X} kom in efter en stund.", "Vi väntade på {X} i nästan en kvart.",
           "Enligt {X} har ingen hört av sig.", "Det var {X} som tog upp frågan först.",
           "Efteråt pratade jag kort med {X}.", "{X} från bostadsbolaget kom sent.",
           "Hon nämnde att {X} brukar hjälpa till.", "Mötet leddes av {X}.",
           "Vid bordet satt också {X}, tyst.", "Jag frågade {X} om det gick bra att spela in.",
           "Han sa att {X} inte ville vara med i dag.", "Kontakt via {X} på skolan.",
           "{X} och jag gick igenom frågorna igen.", "Sedan ringde {X}, som vanligt.",
           "Tolken, {X}, översatte allt noggrant.", "Enligt anteckningarna följde {X} med hem.",
           "Fråga till {X}: hur ser veckan ut?", "Ingen visste var {X} var."],
    "en": ["{X} came in a little later.", "We waited for {X} for nearly fifteen minutes.",
           "According to {X}, nobody has called back.", "It was {X} who raised it first.",
           "Afterwards I had a quick word with {X}.", "{X} from the housing office joined late.",
           "She mentioned that {X} usually helps out.", "The meeting was chaired by {X}.",
           "At the table sat {X}, quiet throughout.", "I asked {X} whether recording was fine.",
           "He said {X} did not want to take part today.", "Contact through {X} at the school.",
           "{X} and I went through the questions again.", "Then {X} phoned, as usual.",
           "The interpreter, {X}, translated carefully.", "Nobody knew where {X} was.",
           "Question for {X}: what does the week look like?", "Left with {X} around noon."],
    "no": ["{X} kom inn litt senere.", "Vi ventet på {X} i nesten et kvarter.",
           "Ifølge {X} har ingen tatt kontakt.", "Det var {X} som tok det opp først.",
           "Etterpå snakket jeg kort med {X}.", "{X} fra boligkontoret kom sent.",
           "Hun nevnte at {X} pleier å hjelpe til.", "Møtet ble ledet av {X}.",
           "Ved bordet satt også {X}, stille.", "Jeg spurte {X} om det var greit å ta opp.",
           "Han sa at {X} ikke ville være med i dag.", "Kontakt gjennom {X} på skolen.",
           "{X} og jeg gikk gjennom spørsmålene igjen.", "Så ringte {X}, som vanlig."],
    "da": ["{X} kom ind lidt senere.", "Vi ventede på {X} i næsten et kvarter.",
           "Ifølge {X} har ingen meldt tilbage.", "Det var {X}, der tog det op først.",
           "Bagefter talte jeg kort med {X}.", "{X} fra boligkontoret kom for sent.",
           "Hun nævnte, at {X} plejer at hjælpe til.", "Mødet blev ledet af {X}.",
           "Ved bordet sad også {X}, stille.", "Jeg spurgte {X}, om vi måtte optage.",
           "Han sagde, at {X} ikke ville være med i dag.", "Kontakt gennem {X} på skolen.",
           "{X} og jeg gennemgik spørgsmålene igen.", "Så ringede {X}, som altid."],
    "fi": ["{X} tuli paikalle vähän myöhemmin.", "Odotimme, että {X} saapuu.",
           "Paikalla oli myös {X}.", "Kokouksen puheenjohtaja oli {X}.",
           "{X} asuntotoimistosta tuli myöhässä.", "Tulkkina toimi {X}, joka käänsi kaiken.",
           "Lopuksi {X} kertoi vielä omasta viikostaan.", "{X} ja minä kävimme kysymykset läpi.",
           "Hän sanoi, että {X} ei halunnut osallistua tänään.", "Yhteyshenkilö koulussa: {X}."],
}  # fmt: skip
# an inflection glued on a name: (suffix, frame); the name's span stops before the suffix
INFLECTED_FRAMES = {
    "sv": [("s", "{X} mamma ringde under intervjun."), ("s", "Vi satt i {X} kök."),
           ("s", "Det blev {X} tur att berätta.")],
    "en": [("s", "Notes from {X} visit were lost."), ("s", "Met at {X} place after lunch.")],
    "no": [("s", "{X} mor ringte underveis."), ("s", "Vi satt på {X} kjøkken.")],
    "da": [("s", "{X} mor ringede undervejs."), ("s", "Vi sad i {X} køkken.")],
    "fi": [("lle", "Soitin {X} illalla."), ("n", "Kävimme {X} luona."),
           ("lta", "Kysyin {X} luvan nauhoitukseen.")],
}  # fmt: skip
SPEAKER = {"sv": "I", "en": "I", "no": "I", "da": "I", "fi": "H"}
PHONE_FRAMES = {
    "sv": ["Ring {X} om något ändras.", "Mobil: {X}", "Hennes nr är {X}.", "{X} (dagtid)",
           "Nås på {X} efter klockan fem.", "Tel. {X}", "Bad mig ringa {X} i morgon."],
    "en": ["Call {X} if anything changes.", "Mobile: {X}", "Her number is {X}.", "{X} (daytime)",
           "Can be reached on {X} after five.", "Tel. {X}", "Asked me to ring {X} tomorrow."],
    "no": ["Ring {X} hvis noe endres.", "Mobil: {X}", "Nummeret hennes er {X}.",
           "Kan nås på {X} etter klokka fem.", "Tlf. {X}", "{X} (dagtid)"],
    "da": ["Ring {X}, hvis noget ændrer sig.", "Mobil: {X}", "Hendes nr. er {X}.",
           "Kan træffes på {X} efter klokken fem.", "Tlf. {X}", "{X} (dagtid)"],
    "fi": ["Soita numeroon {X}, jos jokin muuttuu.", "Puh. {X}", "Hänen numeronsa on {X}.",
           "Tavoittaa numerosta {X} viiden jälkeen.", "Matkapuhelin: {X}", "{X} (päivisin)"],
}  # fmt: skip
PNR_FRAMES = {
    "sv": ["Personnummer: {X}", "Pnr {X} enligt blanketten.", "Hans personnummer är {X}."],
    "en": ["ID number: {X}", "Personal number {X} on the form.", "Her ID number is {X}."],
    "no": ["Fødselsnummer: {X}", "Fnr. {X} ifølge skjemaet.", "Fødselsnummeret er {X}."],
    "da": ["CPR-nr.: {X}", "CPR {X} ifølge skemaet.", "Hendes personnummer er {X}."],
    "fi": ["Henkilötunnus: {X}", "Hetu {X} lomakkeen mukaan.", "Hänen tunnuksensa on {X}."],
}  # fmt: skip
DATE_FRAMES = {
    "sv": ["Nästa träff blir {X}.", "Datum: {X}", "Hon flyttade hit {X}.", "Uppföljning {X}."],
    "en": ["Next meeting is on {X}.", "Date: {X}", "She moved here on {X}.", "Follow-up {X}."],
    "no": ["Neste møte blir {X}.", "Dato: {X}", "Hun flyttet hit {X}.", "Oppfølging {X}."],
    "da": ["Næste møde bliver {X}.", "Dato: {X}", "Hun flyttede hertil {X}.", "Opfølgning {X}."],
    "fi": ["Seuraava tapaaminen on {X}.", "Päivämäärä: {X}", "Hän muutti tänne {X}.",
           "Seuranta {X}."],
}  # fmt: skip
ADDRESS_FRAMES = {
    "sv": ["Bor på {X} sedan i fjol.", "Adress: {X}", "Vi träffades hemma på {X}."],
    "en": ["Lives at {X} since last year.", "Address: {X}", "We met at home, {X}."],
    "no": ["Bor i {X} siden i fjor.", "Adresse: {X}", "Vi møttes hjemme i {X}."],
    "da": ["Bor på {X} siden sidste år.", "Adresse: {X}", "Vi mødtes hjemme på {X}."],
    "fi": ["Asuu osoitteessa {X} viime vuodesta.", "Osoite: {X}", "Tapasimme kotona, {X}."],
}  # fmt: skip
EMAIL_FRAMES = {
    "sv": ["Mejla {X} om tiden.", "E-post: {X}", "Skicka underlaget till {X}."],
    "en": ["Email {X} about the time.", "E-mail: {X}", "Send the papers to {X}."],
    "no": ["Send e-post til {X} om tiden.", "E-post: {X}", "Send papirene til {X}."],
    "da": ["Skriv til {X} om tidspunktet.", "E-mail: {X}", "Send papirerne til {X}."],
    "fi": ["Lähetä sähköpostia osoitteeseen {X}.", "Sähköposti: {X}"],
}  # fmt: skip
URL_FRAMES = {
    "sv": ["Länk till inspelningen: {X}", "Hon visade sin sida {X}.", "Se {X}"],
    "en": ["Link to the recording: {X}", "She showed her page {X}.", "See {X}"],
    "no": ["Lenke til opptaket: {X}", "Hun viste siden sin {X}.", "Se {X}"],
    "da": ["Link til optagelsen: {X}", "Hun viste sin side {X}.", "Se {X}"],
    "fi": ["Linkki tallenteeseen: {X}", "Hän näytti sivunsa {X}.", "Katso {X}"],
}  # fmt: skip
PLACE_FRAMES = {
    "sv": ["Intervjun gjordes i {X}.", "Familjen bor i {X}.", "Fritidsgården i {X} var stängd."],
    "en": ["The interview took place in {X}.", "The family lives in {X}.", "Back to {X} by bus."],
    "no": ["Intervjuet ble gjort på {X}.", "Familien bor på {X}.", "Fritidsklubben på {X}."],
    "da": ["Interviewet foregik i {X}.", "Familien bor i {X}.", "Klubben i {X} var lukket."],
    "fi": ["Haastattelu tehtiin: {X}.", "Perhe asuu alueella {X}.", "Nuorisotalo, {X}."],
}  # fmt: skip
# sentences written for this set that use a registered name as a plain word (never a name)
WORD_SENTENCES = {
    "sv": ["Alla var på plats i tid.", "Inga frågor var obesvarade.", "Vi fick alla svar.",
           "Det kostar hundra kronor per månad.", "Hon har bott här i hela sitt liv.",
           "Hans och hennes barn går i samma klass.", "Inga papper kom fram med posten.",
           "Tor och fre är hon ledig.", "Barnen bor i en liten etta med sin mamma.",
           "Det här gäller alla i huset.", "Per telefon gick det lättare."],
    "en": ["May I ask what happened next?", "Will it change after the move?",
           "She said she would love a quieter flat.", "We hope to come back in spring.",
           "Mark the forms that are still missing.", "The bill for the heating was too high.",
           "It rose again after the summer.", "They may not have understood the letter.",
           "He will call back when he can.", "Hope is the word she used most.",
           "Prices went up by ten per cent."],
    "no": ["Alle var der i tide.", "Hun har bodd her hele sitt liv.",
           "Det koster hundre kroner per måned.", "Hans sønn går i samme klasse."],
    "da": ["Hun har boet her hele sit liv.", "Det koster hundrede kroner per måned.",
           "Hans søn går i samme klasse.", "Vi tør ikke sige noget endnu."],
    "fi": ["Hän on aina ollut ajoissa.", "Onni oli, ettei kukaan loukkaantunut.",
           "Satu jäi kesken, koska lapset nukahtivat.", "Tuuli oli kova koko päivän.",
           "Usko omiin kykyihin on kasvanut.", "Aina ei ole helppoa."],
}  # fmt: skip
HEADINGS = {
    "interview": {"sv": "Intervju", "en": "Interview", "no": "Intervju", "da": "Interview",
                  "fi": "Haastattelu"},
    "observation": {"sv": "Observation", "en": "Observation log", "no": "Observasjon",
                    "da": "Observation", "fi": "Havainnointi"},
    "diary": {"sv": "Fältdagbok", "en": "Field diary", "no": "Feltdagbok", "da": "Feltdagbog",
              "fi": "Kenttäpäiväkirja"},
    "sms": {"sv": "Sms-tråd", "en": "Text messages", "no": "SMS-tråd", "da": "SMS-tråd",
            "fi": "Tekstiviestit"},
    "pasted": {"sv": "Inklistrat", "en": "Pasted", "no": "Limt inn", "da": "Indsat",
               "fi": "Liitetty"},
    "list": {"sv": "Närvaro", "en": "Attendance", "no": "Oppmøte", "da": "Fremmøde",
             "fi": "Läsnäolo"},
}  # fmt: skip
PRESENT = {"sv": "Närvarande", "en": "Present", "no": "Til stede", "da": "Til stede",
           "fi": "Paikalla"}  # fmt: skip
AND = {"sv": "och", "en": "and", "no": "og", "da": "og", "fi": "ja"}
EMAIL_HEAD = {
    "sv": ("Från", "Till", "Skickat", "Ämne", "Hälsningar"),
    "en": ("From", "To", "Sent", "Subject", "Best wishes"),
    "no": ("Fra", "Til", "Sendt", "Emne", "Hilsen"),
    "da": ("Fra", "Til", "Sendt", "Emne", "Venlig hilsen"),
    "fi": ("Lähettäjä", "Vastaanottaja", "Lähetetty", "Aihe", "Terveisin"),
}
STREETS = {
    "sv": (("Björk", "Ek", "Lönn", "Rönn", "Hassel", "Sjö", "Äng", "Mo", "Solros", "Lärk",
            "Tall", "Gran", "Skog", "Kvarn", "Smedje", "Skol", "Kyrk", "Hamn"),
           ("vägen", "gatan", "stigen", "gränd", "backen", "torget")),
    "en": (("Church", "Mill", "Station", "Park", "Victoria", "Albert", "Green", "Bridge",
            "Chapel", "Queens", "Kings", "Manor"), (" Road", " Street", " Lane", " Avenue")),
    "no": (("Bjørke", "Eike", "Lønne", "Rogne", "Sjø", "Eng", "Kirke", "Skole", "Mølle",
            "Havne", "Furu", "Gran"), ("veien", "gata", "stien", " allé")),
    "da": (("Birke", "Ege", "Løn", "Røn", "Sø", "Eng", "Kirke", "Skole", "Mølle", "Havne",
            "Skov", "Bøge"), ("vej", "gade", "stræde", " Allé")),
    "fi": (("Koivu", "Tammi", "Vaahtera", "Pihlaja", "Järvi", "Niitty", "Kirkko", "Koulu",
            "Mylly", "Satama", "Mänty", "Kuusi"), ("tie", "katu", "kuja", "polku")),
}  # fmt: skip
POSTCODE = {
    "sv": lambda r: f"{r.randint(100, 985)} {r.randint(10, 99)}",
    "en": lambda r: (
        f"{r.choice('BLMSN')}{r.choice('SE')}{r.randint(1, 20)} {r.randint(1, 9)}"
        f"{r.choice('ABDEFGHJLNP')}{r.choice('QRSTUWXYZ')}"
    ),
    "no": lambda r: f"{r.randint(1, 99):02d}{r.randint(0, 99):02d}",
    "da": lambda r: f"{r.randint(1000, 9990)}",
    "fi": lambda r: f"{r.randint(0, 99):02d}{r.randint(1, 99):02d}0",
}
DOMAINS = ("gmail.com", "hotmail.com", "outlook.com", "yahoo.se", "live.se", "icloud.com",
           "telia.com", "online.no", "mail.dk", "elisanet.fi", "kommun.se", "skola.nu")  # fmt: skip
# where planted kinds sit, for the form's first facet; the notes' own line kinds are added
LINE_STYLES = ("interview", "observation", "diary", "email", "sms", "pasted", "list")


class _Note:
    def __init__(self, index: int, style: str, lang: str) -> None:
        self.index = index
        self.style = style
        self.lang = lang
        self.parts: list[str] = []
        self.length = 0
        self.planted: list[tuple[int, int, str, str, str, bool, str | None]] = []

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def plant(self, written: str, kind: str, form: str, value: str, exact: bool = False,
              key: str | None = None) -> None:  # fmt: skip
        self.planted.append(
            (self.length, self.length + len(written), kind, form, value, exact, key)
        )
        self.add(written)

    def text(self) -> str:
        return "".join(self.parts)

    def size(self) -> int:
        return len(self.text().encode("utf-8"))


class _Writer:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        entries, third = people.registry(random.Random(seed * 7 + 1))
        self.entries = entries
        self.persons = [e for e in entries if e.kind == "person"]
        self.places = [e for e in entries if e.kind == "place"]
        self.third = third
        self.rng.shuffle(self.third)
        self.third_at = 0
        self.sentences = people.sentences()
        self.order = {lang: list(range(len(s))) for lang, s in self.sentences.items()}
        self.at = dict.fromkeys(self.sentences, 0)
        for lang in self.order:
            self.rng.shuffle(self.order[lang])
        self.accented = [e for e in self.persons if people.fold(e.canonical) != e.canonical]

    # -- pools drawn without repeating until exhausted
    def sentence(self, lang: str) -> str:
        if self.rng.random() < 0.04:
            return self.rng.choice(WORD_SENTENCES[lang])
        order = self.order[lang]
        i = self.at[lang]
        if i >= len(order):
            self.rng.shuffle(order)
            i = 0
        self.at[lang] = i + 1
        return self.sentences[lang][order[i]]

    def stranger(self) -> str:
        name = self.third[self.third_at % len(self.third)]
        self.third_at += 1
        return name

    # -- identifiers: (written, kind, form tail, value, exact, key)
    def name(self, lang: str) -> tuple[str, str, str, bool, str | None, str]:
        """written, form tail, value, exact, key, how; `how` picks the frame."""
        rng = self.rng
        if rng.random() < UNREGISTERED:
            full = self.stranger()
            written = full if rng.random() < 0.85 else full.split(" ")[0]
            return (
                written,
                f"{'full' if ' ' in written else 'given'}/unregistered",
                written,
                False,
                None,
                "plain",
            )  # noqa: E501
        how = rng.choices(list(HOW_WEIGHTS), list(HOW_WEIGHTS.values()))[0]
        person = rng.choice(self.accented if how == "ascii" else self.persons)
        given, family = person.canonical.split(" ", 1)
        part = rng.choices(["given", "family", "full"], [5, 2, 3])[0]
        if how == "inflected" and lang == "fi":
            part = "given"
        invisible = ""
        if how == "invisible":
            invisible = rng.choice(list(INVISIBLE))
            if invisible == "invisible-nbsp":
                part = "full"
        form = {"given": given, "family": family, "full": person.canonical}[part]
        if how == "misspelt" and len(form) < 4:
            form, part = person.canonical, "full"
        if how == "ascii":
            if people.fold(form) == form:
                form, part = person.canonical, "full"
            written = people.fold(form)
        elif how == "lower":
            written = form.lower()
        elif how == "upper":
            written = form.upper()
        elif how == "misspelt":
            written = self.misspell(form)
        elif how == "invisible":
            if invisible == "invisible-nbsp":
                written = form.replace(" ", "\u00a0")
            elif invisible == "invisible-full-width":
                written = _full_width(form)
            else:
                cut = rng.randint(1, len(form) - 1)
                if form[cut - 1] == " " or form[cut] == " ":
                    cut = max(1, form.index(" ") - 1) if " " in form else cut
                written = form[:cut] + INVISIBLE[invisible] + form[cut:]
        else:
            written = form
        exact = how in ("exact", "inflected")
        facet = invisible or how
        return written, f"{part}/{facet}", form, exact, person.key, how

    def misspell(self, form: str) -> str:
        rng = self.rng
        own = {form.lower(), *form.lower().split(" ")}
        folded = {people.fold(f) for f in own}
        for _ in range(50):
            word_at = [m for m in re.finditer(r"[^\W\d_]{4,}", form)]
            if not word_at:
                word_at = [m for m in re.finditer(r"[^\W\d_]{3,}", form)]
            m = rng.choice(word_at)
            w = m.group()
            i = rng.randint(1, len(w) - 2)
            op = rng.choice(["double", "drop", "swap", "vowel"])
            if op == "double":
                new = w[: i + 1] + w[i] + w[i + 1 :]
            elif op == "drop" and len(w) > 4:
                new = w[:i] + w[i + 1 :]
            elif op == "swap" and w[i] != w[i + 1]:
                new = w[:i] + w[i + 1] + w[i] + w[i + 2 :]
            elif op == "vowel" and w[i] in "aeiouy":
                new = w[:i] + rng.choice([v for v in "aeiouy" if v != w[i]]) + w[i + 1 :]
            else:
                continue
            out = form[: m.start()] + new + form[m.end() :]
            if out.lower() not in own and people.fold(out.lower()) not in folded:
                return out
        return form[:1] + form[1:2] + form[1:]  # a doubled second letter

    def date(self, lang: str) -> tuple[str, str]:
        rng = self.rng
        y, m, d = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
        month = MONTHS[lang].split()[m - 1]
        wd = WEEKDAYS[lang].split()[rng.randint(0, 6)]
        options = {
            "sv": [(f"{d} {month} {y}", "long"), (f"den {d} {month}", "day-month"),
                   (f"{y}-{m:02d}-{d:02d}", "iso"), (f"{d}/{m}", "slash"),
                   (f"{wd} {d} {month}", "weekday"), (f"{d}.{m}.{y}", "dotted")],
            "en": [(f"{month} {d}, {y}", "us-long"), (f"{d} {month} {y}", "long"),
                   (f"{m}/{d}/{y}", "us-slash"), (f"{d}/{m}/{y}", "uk-slash"),
                   (f"{wd} {d} {month}", "weekday"), (f"{y}-{m:02d}-{d:02d}", "iso"),
                   (f"the {d}{'th' if d > 3 and d < 21 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')} of {month}", "ordinal")],  # noqa: E501
            "no": [(f"{d}. {month} {y}", "long"), (f"{d}.{m:02d}.{y}", "dotted"),
                   (f"{wd} {d}. {month}", "weekday"), (f"{d}/{m}", "slash"),
                   (f"{y}-{m:02d}-{d:02d}", "iso")],
            "da": [(f"{d}. {month} {y}", "long"), (f"{d}-{m:02d}-{y}", "dashed"),
                   (f"{wd} den {d}. {month}", "weekday"), (f"{d}/{m}", "slash"),
                   (f"{d}.{m}.{y}", "dotted")],
            "fi": [(f"{d}.{m}.{y}", "dotted"), (f"{d}. {month} {y}", "long"),
                   (f"{wd} {d}.{m}.", "weekday"), (f"{y}-{m:02d}-{d:02d}", "iso")],
        }[lang]  # fmt: skip
        return rng.choice(options)

    def address(self, lang: str) -> tuple[str, str]:
        rng = self.rng
        stems, ends = STREETS[lang]
        street = rng.choice(stems) + rng.choice(ends)
        number = str(rng.randint(1, 140))
        if rng.random() < 0.25:
            number += rng.choice("ABC")
        if lang == "en":
            street_line = f"{number} {street}"
        else:
            street_line = f"{street} {number}"
        if lang == "fi" and rng.random() < 0.4:
            street_line += f" {rng.choice('ABC')} {rng.randint(1, 40)}"
        if lang == "da" and rng.random() < 0.4:
            street_line += f", {rng.randint(1, 5)}. {rng.choice(['th', 'tv', 'mf'])}"
        if rng.random() < 0.4:
            return f"{street_line}, {POSTCODE[lang](rng)}", "postcode"
        return street_line, "street"

    def email(self, person: Any = None) -> str:
        rng = self.rng
        if person is None:
            full = rng.choice(self.persons).canonical if rng.random() < 0.7 else self.stranger()
        else:
            full = person.canonical
        given, family = (people.fold(p).lower().replace(" ", "") for p in full.split(" ", 1))
        local = rng.choice([f"{given}.{family}", f"{given}{rng.randint(1, 99)}",
                            f"{given[0]}{family}", f"{family}.{given[:1]}"])  # fmt: skip
        return f"{local}@{rng.choice(DOMAINS)}"

    def url(self) -> str:
        rng = self.rng
        tok = "".join(rng.choice("abcdefghijkmnpqrstuvwxyz23456789") for _ in range(10))
        handle = people.fold(self.stranger().split(" ")[0]).lower() + str(rng.randint(1, 99))
        return rng.choice([
            f"https://www.facebook.com/{handle}", f"instagram.com/{handle}",
            f"https://drive.google.com/file/d/{tok}/view", f"https://youtu.be/{tok}",
            f"www.tiktok.com/@{handle}", f"https://forms.office.com/r/{tok}",
            f"https://teams.microsoft.com/l/meetup-join/{tok}",
        ])  # fmt: skip

    def phone(self, lang: str) -> tuple[str, str, str]:
        rng = self.rng
        weights = numbers.REGION_WEIGHTS[lang]
        region = rng.choices(list(weights), list(weights.values()))[0]
        nsn, groups = numbers.draw(rng, region)
        written, shape = numbers.write(rng, region, nsn, groups)
        how = "plain"
        r = rng.random()
        if r < 0.07:
            written, how = _full_width_digits(written), "hidden-full-width"
        elif r < 0.12 and " " in written:
            written, how = written.replace(" ", "\u00a0"), "hidden-nbsp"
        elif r < 0.17 and " " in written:
            at = written.index(" ")
            written, how = written[:at] + "\u200b" + written[at:], "hidden-zwsp"
        return written, f"{region}/{shape}/{{cue}}/{how}", numbers.e164(region, nsn)

    def pnr(self, lang: str) -> tuple[str, str, str]:
        rng = self.rng
        weights = numbers.COUNTRY_WEIGHTS[lang]
        country = rng.choices(list(weights), list(weights.values()))[0]
        value, shape = numbers.BUILDERS[country][0](rng)
        written, how = value, "plain"
        r = rng.random()
        if r < 0.09:
            written, how = _full_width_digits(value), "hidden-full-width"
        elif r < 0.18:
            at = rng.randint(2, len(value) - 2)
            written, how = value[:at] + "\u200b" + value[at:], "hidden-zwsp"
        return written, f"{country}/{shape}/{how}", value


def _full_width_digits(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in text)


def _frame(note: _Note, frame: str, written: str, kind: str, form: str, value: str,
           exact: bool = False, key: str | None = None) -> None:  # fmt: skip
    before, after = frame.split("{X}")
    note.add(before)
    note.plant(written, kind, form, value, exact, key)
    note.add(after)


def _identifier_line(w: _Writer, note: _Note, line_style: str) -> int:
    """One line holding one identifier (sometimes two); returns how many it planted."""
    rng, lang = w.rng, note.lang
    kind = rng.choices(list(KIND_WEIGHTS), list(KIND_WEIGHTS.values()))[0]
    if kind == "name":
        written, tail, value, exact, key, how = w.name(lang)
        form = f"{line_style}/{lang}/{tail}"
        if how == "inflected":
            suffix, frame = rng.choice(INFLECTED_FRAMES[lang])
            before, after = frame.split("{X}")
            note.add(before)
            note.plant(written, "name", form, value, exact, key)
            note.add(suffix + after)
            return 1
        if line_style == "interview" and rng.random() < 0.2 and "\u00a0" not in written:
            note.plant(written, "name", form, value, exact, key)
            note.add(": " + w.sentence(lang))
            return 1
        frame = rng.choice(NAME_FRAMES[lang])
        if frame.startswith("{X}") and written[:1].islower() and how != "lower":
            frame = rng.choice([f for f in NAME_FRAMES[lang] if not f.startswith("{X}")])
        if rng.random() < 0.3:  # the frame after a published sentence on the same line
            note.add(w.sentence(lang) + " ")
        _frame(note, frame, written, "name", form, value, exact, key)
        return 1
    if kind == "phone":
        written, tail, value = w.phone(lang)
        cue = rng.random() < 0.7
        frame = rng.choice(PHONE_FRAMES[lang]) if cue else "{X}"
        if not cue and rng.random() < 0.5:
            frame = rng.choice(["{X}", "{X} ", "– {X}"])
        form = f"{line_style}/" + tail.replace("{cue}", "cue" if cue else "bare")
        _frame(note, frame, written, "phone", form, value)
        return 1
    if kind == "personnummer":
        written, tail, value = w.pnr(lang)
        _frame(note, rng.choice(PNR_FRAMES[lang]), written, "personnummer",
               f"{line_style}/{tail}", value)  # fmt: skip
        return 1
    if kind == "date":
        written, shape = w.date(lang)
        _frame(note, rng.choice(DATE_FRAMES[lang]), written, "date", f"{line_style}/{lang}/{shape}",
               written)  # fmt: skip
        return 1
    if kind == "address":
        written, shape = w.address(lang)
        frame = rng.choice(ADDRESS_FRAMES[lang])
        if shape == "street" and rng.random() < 0.4:  # the town after it is ordinary text
            town = rng.choice(people.TOWNS[lang])
            frame = frame.replace(
                "{X}", "{X} " + {"en": "in", "fi": ","}.get(lang, "i") + " " + town
            )
            frame = frame.replace(" , ", ", ")
        _frame(note, frame, written, "address", f"{line_style}/{lang}/{shape}", written)
        return 1
    if kind == "email":
        written = w.email()
        _frame(note, rng.choice(EMAIL_FRAMES[lang]), written, "email", f"{line_style}/{lang}/plain",
               written)  # fmt: skip
        return 1
    if kind == "url":
        written = w.url()
        _frame(note, rng.choice(URL_FRAMES[lang]), written, "url", f"{line_style}/{lang}/plain",
               written)  # fmt: skip
        return 1
    place = rng.choice(w.places)
    _frame(note, rng.choice(PLACE_FRAMES[lang]), place.canonical, "place",
           f"{line_style}/{lang}/exact", place.canonical, True, place.key)  # fmt: skip
    return 1


def _plain_line(w: _Writer, note: _Note) -> None:
    rng, lang, style = w.rng, note.lang, note.style
    if style == "interview":
        who = rng.choice([SPEAKER[lang], "D", f"D{rng.randint(1, 4)}"])
        note.add(f"{who}: {w.sentence(lang)}")
    elif style == "observation":
        note.add(f"{rng.randint(7, 20):02d}.{rng.randint(0, 59):02d} {w.sentence(lang)}")
    elif style == "sms":
        note.add(f"[{rng.randint(7, 23):02d}:{rng.randint(0, 59):02d}] {w.sentence(lang)}")
    else:
        note.add(" ".join(w.sentence(lang) for _ in range(rng.randint(1, 3))))


def _present_line(w: _Writer, note: _Note) -> int:
    rng, lang = w.rng, note.lang
    note.add(f"{PRESENT[lang]}: ")
    count = rng.randint(2, 4)
    for i in range(count):
        if i:
            note.add(", " if i < count - 1 else f" {AND[lang]} ")
        written, tail, value, exact, key, how = w.name(lang)
        if how == "inflected":
            exact, tail = written == value, tail.replace("inflected", "exact")
        note.plant(written, "name", f"list/{lang}/{tail}", value, exact, key)
    return count


def _email_head(w: _Writer, note: _Note) -> int:
    rng, lang = w.rng, note.lang
    frm, to, sent, subject, _ = EMAIL_HEAD[lang]
    person = rng.choice(w.persons)
    note.add(f"{frm}: ")
    note.plant(person.canonical, "name", f"header/{lang}/full/exact", person.canonical, True,
               person.key)  # fmt: skip
    note.add(" <")
    address = w.email(person)
    note.plant(address, "email", f"header/{lang}/plain", address)
    count = 2
    note.add(f">\n{to}: ")
    if rng.random() < 0.3:
        address = w.email()
        note.plant(address, "email", f"header/{lang}/plain", address)
        count += 1
    else:
        note.add(HEADINGS["list"][lang].lower() + "-" + str(rng.randint(1, 9)))
    if rng.random() < 0.4:
        written, shape = w.date(lang)
        note.add(f"\n{sent}: ")
        note.plant(written, "date", f"header/{lang}/{shape}", written)
        count += 1
    note.add(f"\n{subject}: {HEADINGS['interview'][lang].lower()} {rng.randint(2, 40)}\n\n")
    return count


def _signature(w: _Writer, note: _Note) -> int:
    rng, lang = w.rng, note.lang
    person = rng.choice(w.persons)
    note.add(f"\n\n{EMAIL_HEAD[lang][4]}\n")
    count = 0
    if rng.random() < 0.6:
        note.plant(person.canonical, "name", f"signature/{lang}/full/exact", person.canonical,
                   True, person.key)  # fmt: skip
        count += 1
    else:
        note.add(HEADINGS["interview"][lang])
    if rng.random() < 0.4:
        note.add("\n")
        written, tail, value = w.phone(lang)
        note.plant(written, "phone", "signature/" + tail.replace("{cue}", "bare"), value)
        count += 1
    return count


def _note_heading(w: _Writer, note: _Note) -> None:
    rng, lang, style = w.rng, note.lang, note.style
    if style == "email":
        return
    note.add(f"{HEADINGS[style][lang]} {rng.randint(1, 300)}\n")


def generate_heldout_o(seed: int, size: int, per_kb: float = REALISTIC) -> Corpus:
    """Notes of about `size` bytes with `per_kb` planted identifiers per kilobyte."""
    w = _Writer(seed)
    rng = w.rng
    texts: list[str] = []
    planted: list[Planted] = []
    total_bytes = 0
    total_planted = 0
    index = 0
    while total_bytes < size:
        style = rng.choices(list(STYLES), list(STYLES.values()))[0]
        lang = rng.choices(list(LANG_WEIGHTS), list(LANG_WEIGHTS.values()))[0]
        note = _Note(index, style, lang)
        target = rng.randint(1000, 4000)
        _note_heading(w, note)
        if style == "email":
            total_planted += _email_head(w, note)
        first = True
        while True:
            here = total_bytes + note.size()
            if here >= size or note.size() >= target:
                break
            if not first:
                note.add("\n" if style not in ("diary", "pasted") or rng.random() < 0.5 else " ")
            first = False
            if total_planted + 0.5 < per_kb * here / 1000:
                if style == "list" or rng.random() < 0.06:
                    total_planted += _present_line(w, note)
                else:
                    line_style = style if style != "list" else "list"
                    total_planted += _identifier_line(w, note, line_style)
            else:
                _plain_line(w, note)
        if style == "email" and total_bytes + note.size() < size + 200:
            total_planted += _signature(w, note)
        text = note.text()
        texts.append(text)
        for start, end, kind, form, value, exact, key in note.planted:
            planted.append(Planted(index, start, end, kind, form, value, exact, key))
        total_bytes += len(text.encode("utf-8"))
        index += 1
    ordinary = _ordinary(texts, planted, w.persons)
    corpus = Corpus(texts=texts, registry_people=w.entries, planted=planted, ordinary=ordinary)
    return corpus


def _ordinary(texts: list[str], planted: list[Planted], persons: list[Any]) -> list[Ordinary]:
    """Every word outside an identifier written like a registered person's name or its parts."""
    from bench.scoring import entry_forms  # noqa: PLC0415

    forms = set().union(*(entry_forms(e) for e in persons))
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
            before = text[: m.start()].rstrip(" \u00a0")
            initial = not before or before[-1] in ".!?:\n]" or before.endswith(("\n", "–"))
            where = "initial" if initial else "inner"
            out.append(Ordinary(i, m.start(), m.end(), m.group(), f"homograph/{where}"))
    return out


def check(corpus: Corpus) -> None:
    """Raise ValueError unless every span is inside its text, planted spans do not overlap and
    every ordinary word is its text and outside every identifier."""
    by_text: dict[int, list[Planted]] = {}
    for p in corpus.planted:
        text = corpus.texts[p.text]
        if not 0 <= p.start < p.end <= len(text):
            raise ValueError(f"planted span out of its text: {p}")
        by_text.setdefault(p.text, []).append(p)
    for found in by_text.values():
        found.sort(key=lambda p: (p.start, p.end))
        for a, b in zip(found, found[1:], strict=False):
            if b.start < a.end:
                raise ValueError(f"planted spans overlap: {a} {b}")
    for o in corpus.ordinary:
        text = corpus.texts[o.text]
        if text[o.start : o.end] != o.word:
            raise ValueError(f"ordinary word is not its text: {o}")
        if any(p.start < o.end and o.start < p.end for p in by_text.get(o.text, [])):
            raise ValueError(f"ordinary word inside an identifier: {o}")


def for_figure(_unused: Any, size: int, per_kb: float = REALISTIC) -> Corpus:
    """Figure 1's entry point: held-out O at its own seed."""
    return generate_heldout_o(SEED, size, per_kb)
