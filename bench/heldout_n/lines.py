"""Held-out N's own lines: templates that carry identifiers, headings, note frames, dates,
addresses, e-mail addresses and links (all written here, for N)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

SPEAKERS = {
    "sv": ("I", "R", "Intervjuare", "Deltagare"),
    "en": ("Q", "A", "Interviewer", "Respondent"),
    "fi": ("H", "V", "Haastattelija", "Vastaaja"),
    "no": ("I", "D", "Intervjuer", "Deltaker"),
    "da": ("I", "D", "Interviewer", "Deltager"),
}
PAGE = {"sv": "Sidan", "en": "Page", "fi": "Sivu", "no": "Side", "da": "Side"}
TOWNS = {
    "sv": ("Örebro", "Västerås", "Borås", "Gävle", "Sundsvall", "Växjö", "Luleå", "Kalmar"),
    "en": ("Leeds", "Bristol", "Cardiff", "Norwich", "Exeter", "York"),
    "fi": ("Tampere", "Oulu", "Jyväskylä", "Kuopio", "Lahti", "Pori"),
    "no": ("Drammen", "Tromsø", "Bodø", "Ålesund", "Hamar", "Moss"),
    "da": ("Esbjerg", "Randers", "Kolding", "Vejle", "Horsens", "Herning"),
}
MONTHS = {
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "en": "January February March April May June July August September October November December",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta "
    "syyskuuta lokakuuta marraskuuta joulukuuta",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "da": "januar februar marts april maj juni juli august september oktober november december",
}
STREET_STEMS = (
    "Lönn",
    "Ek",
    "Hassel",
    "Rönn",
    "Al",
    "Ask",
    "Gran",
    "Tall",
    "Sjö",
    "Berg",
    "Mölle",
    "Kvarn",
    "Skol",
    "Kyrk",
    "Torg",
    "Hamn",
    "Lin",
    "Humle",
    "Vide",
    "Sol",
)
STREET_KINDS = {
    "sv": ("gatan", "vägen", "stigen", "gränd", "backen"),
    "no": ("veien", "gata", "bakken", "stien"),
    "da": ("vej", "gade", "stræde", "allé"),
    "fi": ("katu", "tie", "kuja", "polku"),
}
FI_STEMS = (
    "Koivu",
    "Mänty",
    "Kuusi",
    "Pihlaja",
    "Tammi",
    "Lehmus",
    "Järvi",
    "Mylly",
    "Koulu",
    "Satama",
)
EN_STREETS = (
    "Mill Road",
    "Church Lane",
    "Station Street",
    "Park Avenue",
    "Victoria Road",
    "Orchard Close",
    "Queen's Drive",
    "Albert Terrace",
    "Hill View",
    "Elm Grove",
)
MAIL_DOMAINS = (
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "yahoo.com",
    "icloud.com",
    "live.se",
    "telia.com",
    "protonmail.com",
    "online.no",
    "suomi24.fi",
    "mail.dk",
    "gmx.de",
)


def write_date(rng: random.Random, lang: str) -> tuple[str, str, str]:
    """A date with a day in it as the language writes it, its ISO value and the shape's name."""
    d = _day(rng)
    month = MONTHS[lang].split()[d.month - 1]
    iso = d.isoformat()
    dm = f"--{d.month:02d}-{d.day:02d}"
    shapes: dict[str, list[tuple[str, str, str]]] = {
        "sv": [
            (f"{d.day} {month} {d.year}", iso, "long"),
            (f"{d.day} {month}", dm, "day-month"),
            (f"{d.day}/{d.month}", dm, "slash"),
            (iso, iso, "iso"),
            (f"{d:%y%m%d}", iso, "compact"),
            (f"{d.day}/{d.month} {d.year}", iso, "slash-year"),
        ],
        "en": [
            (f"{d.day} {month} {d.year}", iso, "long"),
            (f"{month} {d.day}, {d.year}", iso, "us"),
            (f"{d.day} {month}", dm, "day-month"),
            (f"{d:%d/%m/%Y}", iso, "slash"),
            (iso, iso, "iso"),
            (f"{_ordinal(d.day)} of {month}", dm, "ordinal"),
        ],
        "fi": [
            (f"{d.day}.{d.month}.{d.year}", iso, "dotted"),
            (f"{d.day}. {month} {d.year}", iso, "long"),
            (f"{d.day}.{d.month}.", dm, "day-month"),
            (iso, iso, "iso"),
        ],
        "no": [
            (f"{d.day}. {month} {d.year}", iso, "long"),
            (f"{d:%d.%m.%Y}", iso, "dotted"),
            (f"{d.day}. {month}", dm, "day-month"),
            (iso, iso, "iso"),
        ],
        "da": [
            (f"{d.day}. {month} {d.year}", iso, "long"),
            (f"{d.day}/{d.month}-{d.year}", iso, "slash"),
            (f"{d:%d.%m.%Y}", iso, "dotted"),
            (f"{d.day}. {month}", dm, "day-month"),
        ],
    }
    return rng.choice(shapes[lang])


def _day(rng: random.Random) -> date:
    return date(2023, 1, 1) + timedelta(days=rng.randrange(1200))


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def address(rng: random.Random, lang: str) -> tuple[str, str, str]:
    """An address line (or street and number alone), its shape, and a town for the prose."""
    town = rng.choice(TOWNS[lang])
    number = rng.randint(1, 120)
    full = rng.random() < 0.5
    if lang == "en":
        street = f"{number} {rng.choice(EN_STREETS)}"
        if full:
            area = f"{rng.choice(['LS', 'BS', 'CF', 'NR', 'EX', 'YO'])}{rng.randint(1, 19)}"
            unit = "".join(rng.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
            code = f"{area} {rng.randint(1, 9)}{unit}"
            return f"Flat {rng.randint(1, 30)}, {street}, {town} {code}", "full", town
        return street, "street", town
    if lang == "fi":
        street = f"{rng.choice(FI_STEMS)}{rng.choice(STREET_KINDS['fi'])} {number}"
        if rng.random() < 0.5:
            street += f" {rng.choice('ABCD')} {rng.randint(1, 40)}"
        if full:
            return f"{street}, {rng.randint(0, 99):02d}{rng.randint(0, 9)}00 {town}", "full", town
        return street, "street", town
    street = f"{rng.choice(STREET_STEMS)}{rng.choice(STREET_KINDS[lang])} {number}"
    if lang == "sv":
        if rng.random() < 0.3:
            street += f", lgh {rng.randint(1001, 1404)}"
        code = f"{rng.randint(100, 984)} {rng.randint(10, 99)}"
    elif lang == "no":
        if rng.random() < 0.3:
            street += rng.choice("ABC")
        code = f"{rng.randint(1, 9999):04d}"
    else:
        if rng.random() < 0.3:
            street += f", {rng.randint(1, 5)}. {rng.choice(['tv', 'th', 'mf'])}."
        code = f"{rng.randint(1000, 9990)}"
    if full:
        return f"{street}, {code} {town}", "full", town
    return street, "street", town


def email(rng: random.Random, given: str, family: str) -> str:
    g, f = _ascii(given).lower(), _ascii(family).lower()
    local = rng.choice(
        [
            f"{g}.{f}",
            f"{g}{f[:1]}",
            f"{g[:1]}{f}",
            f"{g}_{f}{rng.randint(1, 99)}",
            f"{f}.{g}",
            f"{g}{rng.randint(70, 99)}",
        ]
    )
    return f"{local}@{rng.choice(MAIL_DOMAINS)}"


def url(rng: random.Random, given: str, family: str) -> str:
    g, f = _ascii(given).lower(), _ascii(family).lower()
    return rng.choice(
        [
            f"https://www.facebook.com/{g}.{f}.{rng.randint(1, 999)}",
            f"https://instagram.com/{g}_{f}",
            f"https://www.linkedin.com/in/{g}-{f}-{rng.randint(10, 99)}a{rng.randint(100, 999)}",
            f"https://x.com/{g}{f[:3]}",
            f"https://{g}{f}.blogspot.com",
            f"www.{f}-{g}.se",
            f"https://www.tiktok.com/@{g}.{f}",
        ]
    )


def _ascii(text: str) -> str:
    from bench.heldout_n.people import fold

    return "".join(c for c in fold(text) if c.isalnum())


# Lines that carry identifiers, written here for N. {name}: a registered person in some form;
# {third}: someone nobody registered; {town}: an unregistered town (ordinary text).
TEMPLATES: dict[str, dict[str, tuple[str, ...]]] = {
    "sv": {
        "name": (
            "{name} kom tio minuter sent och satte sig längst bak.",
            "Vi pratade länge med {name} om boendet.",
            "Enligt {name} har det blivit bättre sedan i våras.",
            "Efteråt ville {name} inte säga något mer.",
            "{name} och {name} delar rum på avdelningen.",
            "Jag frågade {name} hur veckan hade varit.",
            "Mamman, {name}, svarade för barnet.",
            "Närvarande: {name}, {name} (tolk)",
            "sen ringde {name} och sa att bussen var sen",
            "Hon nämnde att {name} brukar hjälpa till på lördagar.",
            "{name}: nej, det var inte så.",
            "Uppföljning med {name} nästa vecka.",
        ),
        "third": (
            "{third} från bostadsbolaget kom in en stund.",
            "Hon berättade att {third} hade hjälpt henne med blanketterna.",
            "Kuratorn {third} var också med.",
            "En granne, {third}, brukar titta förbi.",
            "Vi fick prata med {third} på socialkontoret efteråt.",
        ),
        "phone": (
            "Ring mig på {phone} efter fem.",
            "Mobil: {phone}",
            "Nytt nr {phone}",
            "Hon gav mig numret {phone} till sin bror.",
            "Tel. {phone} (dagtid)",
        ),
        "date": (
            "Intervjun gjordes {date}.",
            "Nästa träff är {date} kl. 14.",
            "Han flyttade hit {date}.",
            "Datum: {date}",
            "Hon fick beskedet den {date}.",
        ),
        "address": (
            "Bor på {address}.",
            "Adress: {address}",
            "Vi träffades hemma hos henne på {address} i {town}.",
        ),
        "personnummer": (
            "Personnummer {id}",
            "pnr: {id}",
            "Hon läste upp sitt nummer, {id}, från kortet.",
        ),
        "email": ("Mejla {email} om tiden.", "E-post: {email}", "Skicka kopian till {email}"),
        "url": ("Hon har en sida: {url}", "Länk: {url}", "Se profilen {url}"),
        "place": (
            "Familjen bodde tidigare i {place}.",
            "Många här kommer från {place}.",
            "Vi åkte ut till {place} på eftermiddagen.",
        ),
    },
    "en": {
        "name": (
            "{name} arrived late and sat by the door.",
            "We talked with {name} for almost an hour.",
            "According to {name}, things got better in spring.",
            "Afterwards {name} did not want to say more.",
            "{name} and {name} share a room on the ward.",
            "I asked {name} how the week had gone.",
            "Present: {name}, {name} (interpreter)",
            "then {name} rang the ward to say the bus was late",
            "She said {name} usually helps out on Saturdays.",
            "Follow-up with {name} next week.",
        ),
        "third": (
            "{third} from the housing office joined late.",
            "She said {third} had helped her with the forms.",
            "The social worker, {third}, was there too.",
            "A neighbour called {third} looks in now and then.",
        ),
        "phone": (
            "Call me on {phone} after five.",
            "Mobile: {phone}",
            "New number {phone}",
            "He gave me {phone} for his brother.",
            "Tel {phone} (daytime)",
        ),
        "date": (
            "Interview held on {date}.",
            "Next meeting {date} at 2 pm.",
            "He moved here on {date}.",
            "Date: {date}",
            "She got the letter on {date}.",
        ),
        "address": (
            "Lives at {address}.",
            "Address: {address}",
            "We met at her flat, {address}, in {town}.",
        ),
        "personnummer": (
            "ID number {id}",
            "NHS no. {id}",
            "She read out her number, {id}, from the card.",
        ),
        "email": ("Email {email} about the time.", "E-mail: {email}", "Send the copy to {email}"),
        "url": ("She has a page: {url}", "Link: {url}", "See the profile {url}"),
        "place": (
            "The family used to live in {place}.",
            "Many here come from {place}.",
            "We drove out to {place} in the afternoon.",
        ),
    },
    "fi": {
        "name": (
            "{name} tuli kymmenen minuuttia myöhässä.",
            "Juttelimme pitkään {name} kanssa asumisesta.",
            "Sen jälkeen {name} ei halunnut sanoa enempää.",
            "{name} ja {name} asuvat samassa huoneessa.",
            "Läsnä: {name}, {name} (tulkki)",
            "sitten {name} soitti ja sanoi että bussi oli myöhässä",
            "Seuranta: {name} ensi viikolla.",
        ),
        "third": (
            "{third} asuntotoimistosta tuli myöhemmin.",
            "Hän kertoi, että {third} oli auttanut lomakkeiden kanssa.",
            "Naapuri {third} käy joskus kylässä.",
        ),
        "phone": (
            "Soita numeroon {phone} viiden jälkeen.",
            "Puh. {phone}",
            "Uusi numero {phone}",
            "Matkapuhelin: {phone}",
        ),
        "date": (
            "Haastattelu tehtiin {date}.",
            "Seuraava tapaaminen {date} klo 14.",
            "Hän muutti tänne {date}.",
            "Päivämäärä: {date}",
        ),
        "address": ("Asuu osoitteessa {address}.", "Osoite: {address}"),
        "personnummer": ("Henkilötunnus {id}", "hetu: {id}"),
        "email": ("Sähköposti: {email}", "Lähetä kopio osoitteeseen {email}"),
        "url": ("Hänen sivunsa: {url}", "Linkki: {url}"),
        "place": ("Perhe asui aiemmin alueella {place}.", "Kävimme iltapäivällä: {place}."),
    },
    "no": {
        "name": (
            "{name} kom ti minutter for sent.",
            "Vi snakket lenge med {name} om boligen.",
            "Etterpå ville ikke {name} si noe mer.",
            "{name} og {name} deler rom på avdelingen.",
            "Til stede: {name}, {name} (tolk)",
            "så ringte {name} og sa at bussen var forsinket",
            "Oppfølging med {name} neste uke.",
        ),
        "third": (
            "{third} fra boligkontoret kom inn en stund.",
            "Hun fortalte at {third} hadde hjulpet henne med skjemaene.",
            "En nabo, {third}, pleier å stikke innom.",
        ),
        "phone": (
            "Ring meg på {phone} etter fem.",
            "Mobil: {phone}",
            "Nytt nr. {phone}",
            "Tlf. {phone}",
        ),
        "date": (
            "Intervjuet ble gjort {date}.",
            "Neste møte {date} kl. 14.",
            "Dato: {date}",
            "Han flyttet hit {date}.",
        ),
        "address": (
            "Bor i {address}.",
            "Adresse: {address}",
            "Vi møttes hjemme hos henne i {address} i {town}.",
        ),
        "personnummer": ("Fødselsnummer {id}", "fnr: {id}"),
        "email": ("E-post: {email}", "Send kopien til {email}"),
        "url": ("Hun har en side: {url}", "Lenke: {url}"),
        "place": ("Familien bodde tidligere på {place}.", "Mange her kommer fra {place}."),
    },
    "da": {
        "name": (
            "{name} kom ti minutter for sent.",
            "Vi talte længe med {name} om boligen.",
            "Bagefter ville {name} ikke sige mere.",
            "{name} og {name} deler værelse på afdelingen.",
            "Til stede: {name}, {name} (tolk)",
            "så ringede {name} og sagde at bussen var forsinket",
            "Opfølgning med {name} i næste uge.",
        ),
        "third": (
            "{third} fra boligselskabet kom ind et øjeblik.",
            "Hun fortalte at {third} havde hjulpet hende med blanketterne.",
            "En nabo, {third}, kigger tit forbi.",
        ),
        "phone": (
            "Ring til mig på {phone} efter fem.",
            "Mobil: {phone}",
            "Nyt nr. {phone}",
            "Tlf. {phone}",
        ),
        "date": (
            "Interviewet blev lavet {date}.",
            "Næste møde {date} kl. 14.",
            "Dato: {date}",
            "Han flyttede hertil {date}.",
        ),
        "address": (
            "Bor på {address}.",
            "Adresse: {address}",
            "Vi mødtes hjemme hos hende på {address} i {town}.",
        ),
        "personnummer": ("CPR-nr. {id}", "cpr: {id}"),
        "email": ("E-mail: {email}", "Send kopien til {email}"),
        "url": ("Hun har en side: {url}", "Link: {url}"),
        "place": ("Familien boede tidligere i {place}.", "Mange her kommer fra {place}."),
    },
}

HEADINGS = {
    "sv": {
        "interview": "Intervju {n}",
        "observation": "Observation, avdelning {n}",
        "diary": "Fältdagbok, dag {n}",
        "sms": "Sms (inklistrat)",
        "pasted": "Anteckningar {n}",
        "list": "Närvarande vid mötet",
    },
    "en": {
        "interview": "Interview {n}",
        "observation": "Observation log, ward {n}",
        "diary": "Field diary, day {n}",
        "sms": "Texts (pasted)",
        "pasted": "Notes {n}",
        "list": "Present at the meeting",
    },
    "fi": {
        "interview": "Haastattelu {n}",
        "observation": "Havainnointi, osasto {n}",
        "diary": "Kenttäpäiväkirja, päivä {n}",
        "sms": "Tekstiviestit",
        "pasted": "Muistiinpanot {n}",
        "list": "Läsnä kokouksessa",
    },
    "no": {
        "interview": "Intervju {n}",
        "observation": "Observasjon, avdeling {n}",
        "diary": "Feltdagbok, dag {n}",
        "sms": "SMS (limt inn)",
        "pasted": "Notater {n}",
        "list": "Til stede på møtet",
    },
    "da": {
        "interview": "Interview {n}",
        "observation": "Observation, afdeling {n}",
        "diary": "Feltdagbog, dag {n}",
        "sms": "Sms (indsat)",
        "pasted": "Noter {n}",
        "list": "Til stede ved mødet",
    },
}
MAIL = {
    "sv": ("Från", "Ämne: anteckningar från mötet", "Hälsningar"),
    "en": ("From", "Subject: notes from the meeting", "Best wishes"),
    "fi": ("Lähettäjä", "Aihe: muistiinpanot tapaamisesta", "Terveisin"),
    "no": ("Fra", "Emne: notater fra møtet", "Hilsen"),
    "da": ("Fra", "Emne: noter fra mødet", "Venlig hilsen"),
}


def header(writer: Any, note: Any, style: str, lang: str) -> None:
    """A note's first lines: a heading, or an e-mail's sender line."""
    rng = writer.rng
    if style == "email":
        sender, subject, _ = MAIL[lang]
        note.add(f"{sender}: ")
        writer.name(note, "header", lang, rng.choice(["exact", "exact", "third"]))
        note.add(" <")
        writer.email(note, "header")
        note.add(f">\n{subject} ")
        writer.date(note, "header", lang)
        note.add("\n\n")
        return
    note.add(HEADINGS[lang][style].format(n=rng.randint(1, 40)) + "\n")
    if rng.random() < 0.5 and style != "list":
        note.add("\n")


def footer(writer: Any, note: Any, style: str, lang: str) -> None:
    """An e-mail's signature (a name and sometimes a phone number)."""
    if style != "email":
        return
    note.add(MAIL[lang][2] + "\n")
    writer.name(note, "signature", lang, writer.rng.choice(["exact", "third", "upper"]))
    if writer.rng.random() < 0.5:
        note.add("\n")
        writer.phone(note, "signature", lang)
    note.add("\n")
