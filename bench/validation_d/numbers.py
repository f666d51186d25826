"""Phone numbers of many countries, personnummer and dates in many forms, written by hand.

Phones: national and international formats of each country as its people write them
(`#` is a random digit, `[..]` a choice of digit); no library generates them. Personnummer
carry a valid check digit. Dates: Swedish, English, German and ISO forms, with or without
the year, the weekday kept outside the span.
"""

from __future__ import annotations

import random
import re

# country -> (international prefix, national formats)
PHONES = {
    "SE": (
        "+46",
        [
            "07[02369]-### ## ##",
            "07[02369] ### ## ##",
            "07[02369]-#######",
            "08-### ### ##",
            "08 ### ## ##",
            "031-## ## ##",
            "0[14]#-### ## ##",
            "07[02369]/### ## ##",
            "07[02369]#######",
        ],
    ),
    "NO": ("+47", ["[49]## ## ###", "[49]#######", "2# ## ## ##"]),
    "DK": ("+45", ["[2-3]# ## ## ##", "[2-3]#######"]),
    "FI": ("+358", ["04[0-5] ### ####", "04[0-5]-#######", "09 ### ####"]),
    "DE": ("+49", ["015[1-9] ########", "030 ########", "0171/#######", "040-#######"]),
    "GB": ("+44", ["07[4-9]## ######", "020 7### ####", "0161 ### ####", "07[4-9]##-###-###"]),
    "US": ("+1", ["([2-9]##) [2-9]##-####", "[2-9]##-[2-9]##-####", "[2-9]##.[2-9]##.####"]),
    "FR": ("+33", ["06 ## ## ## ##", "07.##.##.##.##", "01 ## ## ## ##"]),
    "PL": ("+48", ["[5-8]## ### ###", "[5-8]##-###-###"]),
    "TR": ("+90", ["05[3-5]# ### ## ##", "(05[3-5]#) ### ## ##"]),
    "IQ": ("+964", ["07[5-9]# ### ####", "07[5-9]########"]),
    "SY": ("+963", ["09[3-9]# ### ###", "09[3-9]#######"]),
    "IR": ("+98", ["09[1-3]# ### ####", "09[1-3]#-###-####"]),
    "SO": ("+252", ["06[1-8] ### ####"]),
    "ER": ("+291", ["07 ### ###"]),
    "ES": ("+34", ["6## ## ## ##", "6## ### ###", "91 ### ## ##"]),
    "IT": ("+39", ["3[2-9]# ### ####", "06 #### ####"]),
    "NL": ("+31", ["06-########", "06 ## ## ## ##", "020-### ####"]),
    "BA": ("+387", ["06[1-5] ### ###", "06[1-5]/###-###"]),
    "AF": ("+93", ["07[0-9] ### ####"]),
    "ET": ("+251", ["09## ## ## ##"]),
    "IN": ("+91", ["9#### #####", "[6-9]#########"]),
}
_CUES = {
    "sv": ["ring", "tel.", "tfn", "mobil", "mob.", "nås på", "nytt nr", "nr:", "sms:a"],
    "en": ["call", "tel", "phone", "mobile", "mob", "ring her on", "number", "cell"],
}


def _digits(rng: random.Random, shape: str) -> str:
    def choice(m: re.Match[str]) -> str:
        body = m.group(1)
        if "-" in body and len(body) == 3:
            return str(rng.randint(int(body[0]), int(body[2])))
        return rng.choice(body)

    shape = re.sub(r"\[([^\]]+)\]", choice, shape)
    return "".join(str(rng.randrange(10)) if c == "#" else c for c in shape)


def phone(rng: random.Random) -> tuple[str, str]:
    """(written, facets): national or international form of one of many countries."""
    country = rng.choices(list(PHONES), [12 if c == "SE" else 2 for c in PHONES])[0]
    prefix, shapes = PHONES[country]
    national = _digits(rng, rng.choice(shapes))
    if rng.random() < 0.35:
        rest = national[1:] if national.startswith("0") and country not in ("IT",) else national
        rest = rest.lstrip("(").replace(")", "")
        joiner = rng.choice((" ", " ", "-", " (0)"))
        lead = prefix if rng.random() < 0.8 else "00" + prefix[1:]
        return f"{lead}{joiner}{rest}", f"international/{country}"
    return national, f"national/{country}"


def cue(rng: random.Random, lang: str) -> str:
    return rng.choice(_CUES[lang])


def _luhn(nine: str) -> int:
    total = 0
    for i, c in enumerate(nine):
        d = int(c) * (2 - i % 2)
        total += d - 9 if d > 9 else d
    return (10 - total % 10) % 10


def personnummer(rng: random.Random) -> tuple[str, str]:
    year = rng.randint(1938, 2006)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    if rng.random() < 0.1:
        day += 60  # samordningsnummer
    body = f"{year % 100:02d}{month:02d}{day:02d}{rng.randrange(1000):03d}"
    last = str(_luhn(body))
    short, long_ = body[:6], f"{year // 100}{body[:6]}"
    form = rng.choice(("short", "long", "plain", "long-plain", "plus-space"))
    written = {
        "short": f"{short}-{body[6:]}{last}",
        "long": f"{long_}-{body[6:]}{last}",
        "plain": f"{short}{body[6:]}{last}",
        "long-plain": f"{long_}{body[6:]}{last}",
        "plus-space": f"{short} {body[6:]}{last}",
    }[form]
    return written, form


MONTHS = {
    "sv": [
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
}
WEEKDAYS = {
    "sv": ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}


def _ordinal(d: int) -> str:
    return f"{d}{'th' if 10 < d % 100 < 14 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def date(rng: random.Random, lang: str) -> tuple[str, str, str]:
    """(weekday or "", written, form)."""
    y, m, d = rng.randint(1950, 2027), rng.randint(1, 12), rng.randint(1, 28)
    yy = y % 100
    sv, en = MONTHS["sv"][m - 1], MONTHS["en"][m - 1]
    forms = {
        "iso": f"{y}-{m:02d}-{d:02d}",
        "dotted": f"{d:02d}.{m:02d}.{y}",
        "dotted-short": f"{d}.{m}.{yy:02d}",
        "compact": f"{y}{m:02d}{d:02d}",
        "sv-long": f"{d} {sv} {y}",
        "sv-day": f"{d} {sv}",
        "sv-den": f"den {d}:e {sv}",
        "sv-slash": f"{d}/{m}",
        "sv-slash-year": f"{d}/{m}-{yy:02d}",
        "sv-abbr": f"{d} {sv[:3]}.",
        "en-long": f"{d} {en} {y}",
        "en-us": f"{en} {d}, {y}",
        "en-ord": f"{_ordinal(d)} of {en}",
        "en-ord-year": f"{en} {_ordinal(d)} {y}",
        "en-abbr": f"{d} {en[:3]} {y}",
        "en-slash": f"{d:02d}/{m:02d}/{y}",
        "us-slash": f"{m}/{d}/{yy:02d}",
        "de": f"{d}. {MONTHS['de'][m - 1]} {y}",
    }
    own = [k for k in forms if k.startswith(lang) or k.startswith("us" if lang == "en" else "@")]
    common = ["iso", "dotted", "dotted-short", "compact", "de"]
    form = rng.choice(own * 2 + common)
    weekday = ""
    if rng.random() < 0.2 and form not in ("compact", "iso"):
        day = rng.choice(WEEKDAYS[lang])
        weekday = (day if lang == "en" else day) + rng.choice((" ", ", "))
    written = forms[form]
    if form == "sv-den":
        weekday, written = weekday + "den ", written[4:]
    return weekday, written, f"date/{form}"
