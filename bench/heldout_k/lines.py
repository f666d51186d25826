"""Lines of held-out K's notes around identifiers, and how each identifier is written (all
written for held-out K: templates, month names, street words, towns, places, slips)."""

from __future__ import annotations

import datetime
import random
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from casebook.deid.registry import NameEntry

SLOT = re.compile(r"\{(\w+)\|([^}]*)\}")


@dataclass
class Unit:
    text: str
    spans: list[tuple[int, int, str, str, bool, str | None]] = field(default_factory=list)


def restore(sentence: str) -> str:
    """A sentence with every slot given back its pronoun."""
    return SLOT.sub(lambda m: m.group(2), sentence)


HEADINGS = {
    "sv": ("Anteckning efter hembesök", "Samtal, uppföljning", "Fältanteckningar", "Journal"),
    "en": ("Field notes", "Interview notes, follow-up", "Observation record", "Case note"),
    "no": ("Samtalsnotat", "Notat etter hjemmebesøk", "Feltnotater", "Oppfølging"),
    "da": ("Notat fra samtale", "Feltnoter", "Opfølgning efter hjemmebesøg", "Journalnotat"),
    "fi": ("Muistiinpanot kotikäynniltä", "Haastattelu, seuranta", "Kenttämuistiinpanot"),
}
PLACES = (
    "Rönnbackens dagverksamhet",
    "Vårdcentralen Tallkrogen",
    "Solbakken aktivitetssenter",
    "Furulund bo- og omsorgssenter",
    "Plejecentret Egely",
    "Bostedet Hyldebo",
    "Koivurinteen palvelukeskus",
    "Kuusikon päiväkeskus",
    "Hazelmere Day Centre",
    "Larkfield Resource Centre",
    "Träffpunkt Lärkan",
    "Mødestedet Ved Åen",
)

NAME_LINES = {
    "sv": (
        "Samtal med {n} i dag.",
        "{n} var med på mötet.",
        "Pratade med {n} efteråt.",
        "Enligt {n} har det blivit bättre.",
        "Kontakt: {n}.",
    ),
    "en": (
        "Spoke with {n} today.",
        "{n} joined us after lunch.",
        "According to {n}, things are calmer.",
        "Contact: {n}.",
        "We met {n} in the corridor.",
    ),
    "no": (
        "Snakket med {n} i dag.",
        "{n} var med på møtet.",
        "Ifølge {n} går det bedre nå.",
        "Kontaktperson: {n}.",
        "Vi traff {n} i gangen.",
    ),
    "da": (
        "Talte med {n} i dag.",
        "{n} deltog i mødet.",
        "Ifølge {n} går det bedre nu.",
        "Kontaktperson: {n}.",
        "Vi mødte {n} på gangen.",
    ),
    "fi": (
        "Keskustelin tänään: {n}.",
        "Paikalla myös {n}.",
        "Yhteyshenkilö: {n}.",
        "Tapaamisessa oli mukana {n}.",
    ),
}
LINES = {
    "phone": {
        "sv": (
            "Nytt nummer: {x}.",
            "Nås på {x} efter lunch.",
            "Ring {x} om något ändras.",
            "Mobil {x}",
            "Dottern har nummer {x}.",
        ),
        "en": (
            "New number: {x}.",
            "Can be reached on {x}.",
            "Call {x} if anything changes.",
            "Mobile {x}",
            "Her sister's number is {x}.",
        ),
        "no": (
            "Nytt nummer: {x}.",
            "Treffes på {x} etter lunsj.",
            "Ring {x} hvis noe endrer seg.",
            "Mobil {x}",
        ),
        "da": (
            "Nyt nummer: {x}.",
            "Kan træffes på {x}.",
            "Ring {x} hvis noget ændrer sig.",
            "Mobil {x}",
        ),
        "fi": (
            "Uusi numero: {x}.",
            "Tavoittaa numerosta {x}.",
            "Soita {x}, jos jokin muuttuu.",
            "Puh. {x}",
        ),
    },
    "date": {
        "sv": ("Nästa besök {x}.", "Inskriven {x}.", "Senast sedd {x}.", "Återbesök bokat {x}."),
        "en": (
            "Next visit {x}.",
            "Admitted {x}.",
            "Last seen on {x}.",
            "Follow-up booked for {x}.",
        ),
        "no": ("Neste besøk {x}.", "Innlagt {x}.", "Sist sett {x}.", "Ny time {x}."),
        "da": ("Næste besøg {x}.", "Indlagt {x}.", "Sidst set {x}.", "Ny tid {x}."),
        "fi": ("Seuraava käynti {x}.", "Tulotapaaminen {x}.", "Viimeksi nähty {x}."),
    },
    "address": {
        "sv": ("Bor på {x}.", "Ny adress: {x}.", "Hembesök på {x}."),
        "en": ("Lives at {x}.", "New address: {x}.", "Home visit at {x}."),
        "no": ("Bor i {x}.", "Ny adresse: {x}.", "Hjemmebesøk i {x}."),
        "da": ("Bor på {x}.", "Ny adresse: {x}.", "Hjemmebesøg på {x}."),
        "fi": ("Asuu osoitteessa {x}.", "Uusi osoite: {x}.", "Kotikäynti: {x}."),
    },
    "personnummer": {
        "sv": ("{label} {x}", "Personnummer: {x}.", "({label} {x})"),
        "en": ("{label} {x}", "ID number: {x}.", "({label} {x})"),
        "no": ("{label} {x}", "Personnummer: {x}.", "({label} {x})"),
        "da": ("{label} {x}", "Personnummer: {x}.", "({label} {x})"),
        "fi": ("{label} {x}", "Henkilötunnus: {x}.", "({label} {x})"),
    },
    "email": {
        "sv": ("Mejl: {x}", "Skickade underlaget till {x}.", "Svarar på {x}."),
        "en": ("Email: {x}", "Sent the forms to {x}.", "Replies from {x}."),
        "no": ("E-post: {x}", "Sendte skjemaet til {x}.", "Svarer fra {x}."),
        "da": ("Mail: {x}", "Sendte skemaet til {x}.", "Svarer fra {x}."),
        "fi": ("Sähköposti: {x}", "Lähetin lomakkeen osoitteeseen {x}.", "Vastaa osoitteesta {x}."),
    },
    "url": {
        "sv": ("Profil: {x}", "Hon skickade länken {x}.", "Se {x}"),
        "en": ("Profile: {x}", "He sent the link {x}.", "See {x}"),
        "no": ("Profil: {x}", "Hun sendte lenken {x}.", "Se {x}"),
        "da": ("Profil: {x}", "Hun sendte linket {x}.", "Se {x}"),
        "fi": ("Profiili: {x}", "Hän lähetti linkin {x}.", "Ks. {x}"),
    },
    "place": {
        "sv": ("Träffades på {x}.", "Går till {x} två dagar i veckan.", "Överflyttad till {x}."),
        "en": ("Met at {x}.", "Goes to {x} twice a week.", "Moved to {x}."),
        "no": ("Møttes på {x}.", "Går på {x} to dager i uka.", "Flyttet til {x}."),
        "da": ("Mødtes på {x}.", "Kommer på {x} to dage om ugen.", "Flyttet til {x}."),
        "fi": ("Tapasimme paikassa {x}.", "Käy paikassa {x} kahdesti viikossa.", "Siirretty: {x}."),
    },
}


def in_line(
    rng: random.Random,
    lang: str,
    kind: str,
    value: str,
    form: str,
    exact: bool,
    key: str | None,
    label: str = "",
    tail: str = "",
) -> Unit:
    """A line written here around one identifier; `tail` follows it, outside its span."""
    template = rng.choice(LINES[kind][lang]).replace("{label}", label)
    start = template.index("{x}")
    text = template.replace("{x}", value + tail)
    return Unit(text, [(start, start + len(value), kind, form, exact, key)])


# --- names ----------------------------------------------------------------------------------

BACK = set("aouAOU")
FI_ENDINGS = {
    "nom": "",
    "gen": "n",
    "acc": "n",
    "par": "A",
    "all": "lle",
    "abl": "ltA",
    "ade": "llA",
    "ela": "stA",
    "ine": "ssA",
    "ess": "nA",
    "tra": "ksi",
}


def _fi(word: str, case: str) -> tuple[str, str] | None:
    """A Finnish case of a name: (the name's part as written, the ending glued to it)."""
    if case == "nom":
        return word, ""
    if re.search(r"(kk|pp|tt)[aeiouyäö]$", word.lower()):
        return None  # consonant gradation: left out rather than written wrong
    back = bool(BACK & set(word))
    if word.lower().endswith("nen"):
        stem, glue = (word[:-3] + "s", "") if case == "par" else (word[:-3] + "se", "")
        if case == "par":
            return stem, "ta" if back else "tä"
    elif word[-1].lower() in "aeiouyäö":
        stem, glue = word, ""
    else:
        stem, glue = word, "i"
    if case == "ill":
        vowel = (glue or stem[-1]).lower()
        return stem, glue + vowel + "n"
    ending = FI_ENDINGS[case].replace("A", "a" if back else "ä")
    if (
        case == "par"
        and not glue
        and stem[-1].lower() in "aeiouyäö"
        and len(stem) > 1
        and (stem[-2].lower() in "aeiouyäö")
    ):
        ending = "t" + ending  # "Leo" -> "Leota"
    return stem, glue + ending


def _inflect(lang: str, words: list[str], case: str) -> tuple[list[str], str] | None:
    """The written words of a name in the slot's case and the ending glued after the last."""
    if case in ("nom", "acc") and lang != "fi":
        return words, ""
    if lang == "en":
        return words, "'s"
    if lang in ("sv", "no", "da"):
        if words[-1][-1].lower() in "sxz":
            return words, "" if lang == "sv" else "'"
        return words, "s"
    found = _fi(words[-1], case)
    if found is None:
        return None
    return [*words[:-1], found[0]], found[1]


def _slip(rng: random.Random, word: str) -> str:
    """A typing slip in a word of four letters or more: swapped, dropped or doubled letter."""
    for _ in range(20):
        i = rng.randrange(1, len(word) - 1)
        how = rng.choice(("swap", "drop", "double", "vowel"))
        if how == "swap" and word[i] != word[i + 1]:
            out = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        elif how == "drop":
            out = word[:i] + word[i + 1 :]
        elif how == "double":
            out = word[:i] + word[i] + word[i:]
        else:
            vowels = "aeiou"
            if word[i].lower() not in vowels:
                continue
            out = word[:i] + rng.choice([v for v in vowels if v != word[i].lower()]) + word[i + 1 :]
        if out.lower() != word.lower():
            return out
    return word[:-1] + word[-1] * 2


def fold(text: str) -> str:
    """Letters without their marks, as someone types them on a keyboard without them."""
    text = text.replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("Æ", "Ae")
    text = text.replace("ß", "ss").replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _hide(rng: random.Random, word: str) -> str:
    if rng.random() < 0.2:
        i = rng.randrange(len(word))
        if word[i].isascii() and word[i].isalpha():
            return word[:i] + chr(ord(word[i]) + 0xFEE0) + word[i + 1 :]  # a full-width letter
    i = rng.randrange(1, len(word))
    return (
        word[:i]
        + rng.choice(("\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"))
        + word[i:]
    )


def _write(rng: random.Random, category: str, words: list[str]) -> list[str]:
    if category == "lower":
        return [w.lower() for w in words]
    if category == "upper":
        return [w.upper() for w in words]
    if category == "ascii":
        return [fold(w) for w in words]
    if category == "misspelt":
        long = [i for i, w in enumerate(words) if len(w) >= 4]
        if long:
            i = rng.choice(long)
            words = [*words[:i], _slip(rng, words[i]), *words[i + 1 :]]
        return words
    if category == "invisible":
        i = rng.randrange(len(words))
        if len(words[i]) >= 2:
            words = [*words[:i], _hide(rng, words[i]), *words[i + 1 :]]
        return words
    return words


LIST_LINES = {
    "sv": ("Närvarande: {a}, {b} och {c}.", "Med på mötet: {a} och {b}."),
    "en": ("Present: {a}, {b} and {c}.", "Also there: {a} and {b}."),
    "no": ("Til stede: {a}, {b} og {c}.", "Med på møtet: {a} og {b}."),
    "da": ("Til stede: {a}, {b} og {c}.", "Med til mødet: {a} og {b}."),
    "fi": ("Paikalla: {a}, {b} ja {c}.", "Mukana myös {a} ja {b}."),
}


def _pick(
    rng: random.Random, people: list[NameEntry], unregistered: Callable[[], tuple[str, str]]
) -> tuple[list[str], str | None, str, str]:
    """A name to write: (its words, the registry key or None, how to write it, which part)."""
    category = rng.choices(
        ("exact", "lower", "upper", "misspelt", "ascii", "invisible"), (44, 13, 9, 14, 6, 14)
    )[0]
    if rng.random() >= 0.2:
        pool = people
        if category == "ascii":
            pool = [p for p in people if fold(p.canonical) != p.canonical] or people
        person = rng.choice(pool)
        given, family = person.canonical.split(" ", 1)
        key: str | None = person.key
    else:
        given, family = unregistered()
        key = None
        if category in ("misspelt", "ascii"):
            category = "exact"
    part = rng.choices(("given", "full", "family"), (50, 35, 15))[0]
    words = {"given": [given], "family": [family], "full": [given, family]}[part]
    if category == "misspelt" and all(len(w) < 4 for w in words):
        words, part = [given, family], "full"  # a slip needs a word of four letters or more
        if all(len(w) < 4 for w in words):
            category = "exact"
    if category == "ascii" and fold(" ".join(words)) == " ".join(words):
        words, part = [given, family], "full"
        if fold(" ".join(words)) == " ".join(words):
            category = "exact"
    return words, key, category, part


def _listed(
    rng: random.Random,
    lang: str,
    people: list[NameEntry],
    unregistered: Callable[[], tuple[str, str]],
) -> Unit:
    """Two or three people in a line of who was there, each a span of its own."""
    template = rng.choice(LIST_LINES[lang])
    text, spans = "", []
    for piece in re.split(r"(\{[abc]\})", template):
        if not re.fullmatch(r"\{[abc]\}", piece):
            text += piece
            continue
        words, key, category, part = _pick(rng, people, unregistered)
        written = " ".join(_write(rng, category, list(words)))
        form = f"list/{lang}/{category}/{part}" + ("" if key else "/unregistered")
        exact = key is not None and category == "exact"
        spans.append((len(text), len(text) + len(written), "name", form, exact, key))
        text += written
    return Unit(text, spans)


@cache
def _oblique(lang: str, slotted: tuple[str, ...]) -> tuple[str, ...]:
    """The sentences with a slot whose case glues an ending to the name."""
    plain = ("nom",) if lang == "fi" else ("nom", "acc")
    return tuple(s for s in slotted if any(m.group(1) not in plain for m in SLOT.finditer(s)))


def name_unit(
    rng: random.Random,
    lang: str,
    people: list[NameEntry],
    forms: frozenset[str],
    slotted: tuple[str, ...],
    unregistered: Callable[[], tuple[str, str]],
) -> Unit:
    if rng.random() < 0.06:
        return _listed(rng, lang, people, unregistered)
    words, key, category, part = _pick(rng, people, unregistered)
    chosen = None
    if slotted and rng.random() < 0.8:
        oblique = _oblique(lang, slotted)
        choices = oblique if oblique and rng.random() < 0.35 else slotted
        for _ in range(6):
            sentence = rng.choice(choices)
            slots = list(SLOT.finditer(sentence))
            slot = rng.choice(slots)
            case = slot.group(1)
            found = _inflect(lang, list(words), case)
            if found is not None:
                chosen = (sentence, slot, case, found)
                break
    if chosen is None:
        written = " ".join(_write(rng, category, list(words)))
        template = rng.choice(NAME_LINES[lang])
        start = template.index("{n}")
        text = template.replace("{n}", written)
        exact = key is not None and category == "exact"
        return Unit(
            text,
            [
                (
                    start,
                    start + len(written),
                    "name",
                    f"line/{lang}/{category}/{part}" + ("" if key else "/unregistered"),
                    exact,
                    key,
                )
            ],
        )
    sentence, slot, case, (inflected, ending) = chosen
    written = " ".join(_write(rng, category, inflected))
    if category == "upper":
        ending = ending.upper()
    before = restore(sentence[: slot.start()])
    after = restore(sentence[slot.end() :])
    text = before + written + ending + after
    exact = key is not None and category == "exact" and inflected == words
    form = f"slot/{lang}/{case}/{category}/{part}" + ("" if key else "/unregistered")
    return Unit(text, [(len(before), len(before) + len(written), "name", form, exact, key)])


# --- numbers, dates, addresses, e-mails, links ---------------------------------------------

FULL_WIDTH = {ord(d): chr(0xFF10 + int(d)) for d in "0123456789"}


def hide_digits(rng: random.Random, value: str) -> tuple[str, str]:
    """Now and then a number as pasted from a PDF or a web page."""
    roll = rng.random()
    if roll < 0.04:
        return value.translate(FULL_WIDTH), "/hidden-full-width"
    if roll < 0.07 and " " in value:
        return value.replace(" ", "\u00a0"), "/hidden-nbsp"
    if roll < 0.10 and len(value) > 4:
        return value[:3] + "\u200b" + value[3:], "/hidden-zero-width"
    return value, ""


def phone(rng: random.Random, lang: str, rows: tuple[tuple[str, ...], ...]) -> tuple[str, str]:
    home = {"sv": "SE", "en": "GB", "no": "NO", "da": "DK", "fi": "FI"}[lang]
    region = home if rng.random() < 0.6 else rng.choice(sorted({r[0] for r in rows} - {home}))
    row = rng.choice([r for r in rows if r[0] == region])
    _region, _kind, e164, national, international = row
    digits = re.sub(r"\D", "", national)
    shapes = ["national", "international", "e164", "00", "grouped-dash", "grouped-dot", "compact"]
    shape = rng.choice(shapes)
    if shape == "national":
        value = national
    elif shape == "international":
        value = international
    elif shape == "e164":
        value = e164
    elif shape == "00":
        value = "00" + international[1:]
    elif shape == "compact":
        value = digits
    else:
        sep = "-" if shape == "grouped-dash" else "."
        size = 2 if len(digits) % 2 == 0 else 3
        head = digits[: len(digits) % size or size]
        rest = digits[len(head) :]
        value = sep.join([head, *(rest[i : i + 2] for i in range(0, len(rest), 2))])
    value, hidden = hide_digits(rng, value)
    return value, f"phone/{region}/{shape}" + hidden


MONTHS = {
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "en": "January February March April May June July August September October November December",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta "
    "elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
}


def date(rng: random.Random, lang: str) -> tuple[str, str]:
    day = datetime.date(2019, 1, 1) + datetime.timedelta(days=rng.randrange(8 * 365))
    month = MONTHS[lang].split()[day.month - 1]
    d, m, y = day.day, day.month, day.year
    nth = "th" if 10 < d < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    forms = {
        "sv": [
            f"{d} {month} {y}",
            f"{y}-{m:02d}-{d:02d}",
            f"den {d} {month}",
            f"{d}/{m} {y}",
            f"{d}/{m}-{y % 100:02d}",
            f"{y}{m:02d}{d:02d}",
        ],
        "en": [
            f"{d} {month} {y}",
            f"{month} {d}, {y}",
            f"{d:02d}/{m:02d}/{y}",
            f"{d}.{m}.{y}",
            f"{d}{nth} of {month}",
            f"{y}-{m:02d}-{d:02d}",
        ],
        "no": [
            f"{d}. {month} {y}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d}.{m}.{y % 100:02d}",
            f"{d}. {month}",
            f"{y}-{m:02d}-{d:02d}",
        ],
        "da": [
            f"{d}. {month} {y}",
            f"{d:02d}-{m:02d}-{y}",
            f"{d}/{m}-{y}",
            f"{d}. {month}",
            f"{d:02d}.{m:02d}.{y}",
        ],
        "fi": [
            f"{d}.{m}.{y}",
            f"{d}. {month} {y}",
            f"{d}.{m}.",
            f"{d:02d}.{m:02d}.{y % 100:02d}",
            f"{y}-{m:02d}-{d:02d}",
        ],
    }[lang]
    i = rng.randrange(len(forms))
    return forms[i], f"date/{lang}/{i}"


STREET_WORDS = {
    "sv": ("Rönn", "Hassel", "Lärk", "Ljung", "Smedje", "Kvarn", "Skol", "Tall", "Vallmo", "Tegel"),
    "no": ("Bjørke", "Furu", "Lyng", "Smie", "Kverne", "Skole", "Lerke", "Tyttebær", "Teglverk"),
    "da": ("Hyld", "Lærke", "Lyng", "Smedie", "Mølle", "Skole", "Tjørne", "Kastanje", "Tegl"),
    "fi": ("Koivu", "Kuusi", "Kanerva", "Paja", "Mylly", "Koulu", "Kiuru", "Puolukka", "Tiili"),
    "en": ("Hawthorn", "Larch", "Mill", "School", "Heather", "Chapel", "Brook", "Quarry", "Kiln"),
}
STREET_TAILS = {
    "sv": ("gatan", "vägen", "stigen", "gränd"),
    "no": ("veien", "gata", " allé"),
    "da": ("vej", "gade", "stien"),
    "fi": ("katu", "tie", "polku", "kuja"),
    "en": (" Road", " Lane", " Close", " Street", " Crescent"),
}
TOWNS = {
    "sv": ("Västerås", "Umeå", "Borås", "Sundsvall", "Gävle", "Karlstad", "Växjö", "Luleå"),
    "no": ("Drammen", "Tromsø", "Fredrikstad", "Sandnes", "Ålesund", "Bodø", "Hamar"),
    "da": ("Esbjerg", "Randers", "Kolding", "Horsens", "Vejle", "Roskilde", "Herning"),
    "fi": ("Tampere", "Jyväskylä", "Kuopio", "Lahti", "Joensuu", "Vaasa", "Rovaniemi"),
    "en": ("Leeds", "Derby", "Norwich", "Exeter", "Sheffield", "Carlisle", "Swansea"),
}


UK_AREAS = {"Leeds": "LS", "Derby": "DE", "Norwich": "NR", "Exeter": "EX", "Sheffield": "S",
            "Carlisle": "CA", "Swansea": "SA"}  # fmt: skip


def _postcode(rng: random.Random, lang: str, town: str) -> str:
    if lang == "sv":
        return f"{rng.randrange(100, 990)} {rng.randrange(100):02d}"
    if lang == "en":
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        inward = f"{rng.randrange(10)}{rng.choice(letters)}{rng.choice(letters)}"
        return f"{UK_AREAS[town]}{rng.randrange(1, 20)} {inward}"
    if lang == "fi":
        return f"{rng.randrange(100, 990):03d}{rng.choice('0123456789')}0"
    return f"{rng.randrange(1000, 9990)}"


def address(rng: random.Random, lang: str) -> tuple[str, str, str]:
    """(the planted span: street line, flat, postcode; the town after it, left as text; form).
    A town is only inside the span in a British address, where the postcode follows it."""
    street = rng.choice(STREET_WORDS[lang]) + rng.choice(STREET_TAILS[lang])
    number = str(rng.randrange(1, 140))
    if lang != "en":
        number += rng.choice(("", "", "A", "B", " C"))
    town = rng.choice(TOWNS[lang])
    shape = rng.randrange(3)
    if lang == "en":
        line = f"{number} {street}"
        if shape == 2:
            return f"{line}, {town} {_postcode(rng, lang, town)}", "", f"address/{lang}/{shape}"
        return line, ["", f", {town}"][shape], f"address/{lang}/{shape}"
    if lang == "da" and rng.random() < 0.4:
        number += rng.choice((", 2. th.", ", st. tv.", ", 1. mf."))
    if lang == "fi" and rng.random() < 0.4:
        number += f" as. {rng.randrange(1, 40)}"
    line = f"{street} {number}"
    if shape == 1:
        return f"{line}, {_postcode(rng, lang, town)}", f" {town}", f"address/{lang}/{shape}"
    return line, ["", "", f", {town}"][shape], f"address/{lang}/{shape}"


DOMAINS = (
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "icloud.com",
    "telia.com",
    "online.no",
    "live.dk",
    "elisanet.fi",
    "btinternet.com",
    "protonmail.com",
    "yahoo.co.uk",
    "bredband.net",
    "jubii.dk",
    "kolumbus.fi",
)


def _handle_parts(rng: random.Random, pool: dict) -> tuple[str, str]:
    country = rng.choice(("se", "no", "dk", "fi", "gb", "pl", "tr", "ie"))
    given = fold(rng.choice(pool[(country, "given")])).lower().replace(" ", "")
    family = fold(rng.choice(pool[(country, "family")])).lower().replace(" ", "").replace("'", "")
    return given, family


def email(rng: random.Random, lang: str, pool: dict) -> tuple[str, str]:
    given, family = _handle_parts(rng, pool)
    shape = rng.randrange(5)
    local = [
        f"{given}.{family}",
        f"{given[0]}{family}",
        f"{given}{rng.randrange(10, 99)}",
        f"{family}.{given}",
        f"{given}_{family}{rng.randrange(1950, 2005)}",
    ][shape]
    value = f"{local}@{rng.choice(DOMAINS)}"
    if rng.random() < 0.1:
        value = value.replace("@", " @ ") if rng.random() < 0.5 else value.upper()
    return value, f"email/{shape}"


def url(rng: random.Random, lang: str, pool: dict) -> tuple[str, str]:
    given, family = _handle_parts(rng, pool)
    shape = rng.randrange(6)
    value = [
        f"https://www.facebook.com/{given}.{family}.{rng.randrange(1, 99)}",
        f"instagram.com/{given}_{family}",
        f"https://www.linkedin.com/in/{given}-{family}-{rng.randrange(16**6):06x}",
        f"https://{given}{family}.blogspot.com",
        f"www.tiktok.com/@{given}{family[:3]}",
        f"https://vimeo.com/{given}{family}",
    ][shape]
    return value, f"url/{shape}"
