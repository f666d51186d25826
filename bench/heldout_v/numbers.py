"""Held-out V's numbers: identity numbers built from each country's published check rule,
phone numbers drawn digit by digit and kept when libphonenumber's metadata calls them valid
for their country, and dates in each language's ways of writing them. Written for this set."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

import phonenumbers
from phonenumbers import PhoneNumberFormat

# --- identity numbers ------------------------------------------------------------------------


def _birth(rng: random.Random, lo: int = 1941, hi: int = 1999) -> dt.date:
    return dt.date(rng.randint(lo, hi), 1, 1) + dt.timedelta(days=rng.randint(0, 364))


def _luhn_digit(digits: str) -> str:
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def _se(rng: random.Random) -> tuple[str, str]:
    b = _birth(rng)
    body = b.strftime("%y%m%d") + f"{rng.randint(0, 999):03d}"
    full = body + _luhn_digit(body)
    shape = rng.choice(("dash", "dash", "plain", "long-dash", "long"))
    if shape == "dash":
        return f"{full[:6]}-{full[6:]}", shape
    if shape == "plain":
        return full, shape
    century = str(b.year)[:2]
    if shape == "long-dash":
        return f"{century}{full[:6]}-{full[6:]}", shape
    return century + full, shape


def _no(rng: random.Random) -> tuple[str, str]:
    while True:
        b = _birth(rng)
        body = b.strftime("%d%m%y") + f"{rng.randint(0, 499):03d}"
        w1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
        k1 = 11 - sum(int(c) * w for c, w in zip(body, w1, strict=True)) % 11
        if k1 == 11:
            k1 = 0
        if k1 == 10:
            continue
        body += str(k1)
        w2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
        k2 = 11 - sum(int(c) * w for c, w in zip(body, w2, strict=True)) % 11
        if k2 == 11:
            k2 = 0
        if k2 == 10:
            continue
        full = body + str(k2)
        if rng.random() < 0.3:
            return f"{full[:6]} {full[6:]}", "spaced"
        return full, "plain"


def _dk(rng: random.Random) -> tuple[str, str]:
    b = _birth(rng, 1941, 1999)
    seq = f"{rng.randint(0, 3)}{rng.randint(0, 999):03d}"
    full = b.strftime("%d%m%y") + seq
    if rng.random() < 0.6:
        return f"{full[:6]}-{full[6:]}", "dash"
    return full, "plain"


_FI_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def _fi(rng: random.Random) -> tuple[str, str]:
    b = _birth(rng, 1941, 2012)
    sign = "-" if b.year < 2000 else "A"
    ind = f"{rng.randint(2, 899):03d}"
    check = _FI_CHECK[int(b.strftime("%d%m%y") + ind) % 31]
    return f"{b.strftime('%d%m%y')}{sign}{ind}{check}", "dash" if sign == "-" else "a"


def _pl(rng: random.Random) -> tuple[str, str]:
    b = _birth(rng, 1941, 1999)
    body = b.strftime("%y%m%d") + f"{rng.randint(0, 9999):04d}"
    w = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
    c = (10 - sum(int(d) * x for d, x in zip(body, w, strict=True)) % 10) % 10
    return body + str(c), "plain"


def _baltic_check(body: str) -> str:
    w1 = (1, 2, 3, 4, 5, 6, 7, 8, 9, 1)
    c = sum(int(d) * x for d, x in zip(body, w1, strict=True)) % 11
    if c == 10:
        w2 = (3, 4, 5, 6, 7, 8, 9, 1, 2, 3)
        c = sum(int(d) * x for d, x in zip(body, w2, strict=True)) % 11
        if c == 10:
            c = 0
    return str(c)


def _ee(rng: random.Random) -> tuple[str, str]:
    b = _birth(rng, 1941, 1999)
    body = rng.choice("34") + b.strftime("%y%m%d") + f"{rng.randint(0, 999):03d}"
    return body + _baltic_check(body), "plain"


def _lt(rng: random.Random) -> tuple[str, str]:
    b = _birth(rng, 1941, 1999)
    body = rng.choice("34") + b.strftime("%y%m%d") + f"{rng.randint(0, 999):03d}"
    return body + _baltic_check(body), "plain"


def _is(rng: random.Random) -> tuple[str, str]:
    while True:
        b = _birth(rng, 1941, 1999)
        body = b.strftime("%d%m%y") + f"{rng.randint(20, 99):02d}"
        w = (3, 2, 7, 6, 5, 4, 3, 2)
        c = 11 - sum(int(d) * x for d, x in zip(body, w, strict=True)) % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        full = body + str(c) + "9"
        if rng.random() < 0.5:
            return f"{full[:6]}-{full[6:]}", "dash"
        return full, "plain"


def _nl(rng: random.Random) -> tuple[str, str]:
    while True:
        digits = [rng.randint(0, 9) for _ in range(8)]
        if digits[0] == 0:
            continue
        s = sum(d * w for d, w in zip(digits, range(9, 1, -1), strict=True))
        last = s % 11
        if last > 9:
            continue
        full = "".join(map(str, digits)) + str(last)
        if rng.random() < 0.4:
            return f"{full[:4]}.{full[4:6]}.{full[6:]}", "dotted"
        return full, "plain"


def _gb(rng: random.Random) -> tuple[str, str]:
    while True:
        digits = [rng.randint(0, 9) for _ in range(9)]
        if digits[0] not in (4, 6, 7):
            continue
        c = 11 - sum(d * w for d, w in zip(digits, range(10, 1, -1), strict=True)) % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        full = "".join(map(str, digits)) + str(c)
        if rng.random() < 0.6:
            return f"{full[:3]} {full[3:6]} {full[6:]}", "spaced"
        return full, "plain"


# country: (builder, python-stdnum module that validates it)
BUILDERS: dict[str, tuple[Callable[[random.Random], tuple[str, str]], str]] = {
    "se": (_se, "se.personnummer"),
    "no": (_no, "no.fodselsnummer"),
    "dk": (_dk, "dk.cpr"),
    "fi": (_fi, "fi.hetu"),
    "pl": (_pl, "pl.pesel"),
    "ee": (_ee, "ee.ik"),
    "lt": (_lt, "lt.asmens"),
    "is": (_is, "is_.kennitala"),
    "nl": (_nl, "nl.bsn"),
    "gb": (_gb, "gb.nhs"),
}
# which identity numbers a note of each language holds, most likely first
ID_COUNTRIES = {
    "sv": ("se", "se", "se", "fi", "pl", "ee", "lt"),
    "no": ("no", "no", "no", "se", "pl", "is", "lt"),
    "da": ("dk", "dk", "dk", "is", "nl", "pl", "se"),
    "fi": ("fi", "fi", "fi", "ee", "se", "lt", "pl"),
    "en": ("gb", "gb", "nl", "pl", "is", "ee", "no"),
}
ID_CUES = {
    "sv": ("personnr", "Pnr:", "personnummer", "p-nr", "Personnummer:"),
    "no": ("fnr.", "Fødselsnr:", "fødselsnummer", "personnummer", "F.nr."),
    "da": ("CPR:", "cpr-nr.", "CPR-nummer", "personnummer", "cpr"),
    "fi": ("hetu:", "Henkilötunnus:", "HETU", "sotu", "henkilötunnus"),
    "en": ("NHS no.", "ID number:", "NHS number", "national ID:", "ID no."),
}

# --- phone numbers ----------------------------------------------------------------------------

PLANS = ("SE", "NO", "DK", "FI", "GB", "US", "DE", "PL", "EE", "IQ", "SO", "AF", "ER", "SY", "UA")
PHONE_REGIONS = {
    "sv": ("SE", "SE", "SE", "SE", "FI", "PL", "IQ", "SY", "SO", "AF", "UA", "DE"),
    "no": ("NO", "NO", "NO", "NO", "SE", "PL", "SO", "ER", "SY", "UA", "DE"),
    "da": ("DK", "DK", "DK", "DK", "SE", "DE", "PL", "IQ", "SY", "AF"),
    "fi": ("FI", "FI", "FI", "FI", "EE", "SE", "IQ", "SO", "AF", "UA"),
    "en": ("GB", "GB", "GB", "US", "US", "PL", "IQ", "SO", "ER", "DE"),
}
PHONE_CUES = {
    "sv": ("Tel:", "Mobil:", "tfn", "ring", "nås på", "Telefon:", "mob."),
    "no": ("Tlf:", "Mobil:", "tlf.", "ring", "nås på", "Telefon:", "mob."),
    "da": ("Tlf.:", "Mobil:", "tlf.", "ring på", "træffes på", "Telefon:", "mob."),
    "fi": ("Puh.", "puh:", "GSM:", "soita", "tavoittaa numerosta", "Puhelin:", "p."),
    "en": ("Tel:", "Mobile:", "phone", "call", "reach me on", "Phone:", "mob."),
}
_META_CACHE: dict[str, tuple[int, list[int], str]] = {}


def _plan(region: str) -> tuple[int, list[int], str]:
    if region not in _META_CACHE:
        meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
        lengths = list(meta.mobile.possible_length or meta.general_desc.possible_length)
        ex = meta.mobile.example_number or meta.fixed_line.example_number
        _META_CACHE[region] = (meta.country_code, lengths, ex[:2])
    return _META_CACHE[region]


def draw(rng: random.Random, region: str) -> tuple[str, list[str]]:
    """A national significant number valid for `region` (the first two digits of its mobile
    range, the rest drawn), and its digits grouped as the country writes them."""
    cc, lengths, lead = _plan(region)
    while True:
        n = rng.choice(lengths)
        nsn = lead + "".join(str(rng.randint(0, 9)) for _ in range(n - len(lead)))
        num = phonenumbers.parse(f"+{cc}{nsn}")
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region:
            national = phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)
            return nsn, national.replace("(", "").replace(")", "").replace("-", " ").split()


def write(rng: random.Random, region: str, nsn: str, groups: list[str]) -> tuple[str, str]:
    cc = _plan(region)[0]
    num = phonenumbers.parse(f"+{cc}{nsn}")
    shapes = ["national", "international", "e164", "paren", "dot", "zerozero", "dash"]
    rng.shuffle(shapes)
    for shape in shapes:
        if shape == "national":
            w = phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)
        elif shape == "international":
            w = phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)
        elif shape == "e164":
            w = phonenumbers.format_number(num, PhoneNumberFormat.E164)
        elif shape == "paren":
            if len(groups) < 2:
                continue
            w = f"({groups[0]}) {' '.join(groups[1:])}"
        elif shape == "dot":
            if len(groups) < 2:
                continue
            w = ".".join(groups)
        elif shape == "dash":
            if len(groups) < 2:
                continue
            w = f"{groups[0]}-{''.join(groups[1:])}"
        else:
            w = f"00{cc} {nsn}" if region != "US" else f"+1 {nsn}"
        try:
            back = phonenumbers.parse(w, region)
        except phonenumbers.NumberParseException:
            continue
        if (
            phonenumbers.is_valid_number(back)
            and phonenumbers.region_code_for_number(back) == region
            and phonenumbers.format_number(back, PhoneNumberFormat.E164) == f"+{cc}{nsn}"
        ):
            return w, shape
    return phonenumbers.format_number(num, PhoneNumberFormat.E164), "e164"


def e164(region: str, nsn: str) -> str:
    return f"+{_plan(region)[0]}{nsn}"


# --- dates --------------------------------------------------------------------------------------

MONTH_NAMES = {
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "en": "January February March April May June July August September October November December",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta"
    " elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
}
WEEKDAYS = {
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag",
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "no": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
    "da": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
    "fi": "maanantaina tiistaina keskiviikkona torstaina perjantaina lauantaina sunnuntaina",
}
ORDINALS = {
    "sv": "första andra tredje fjärde femte sjätte sjunde åttonde nionde tionde elfte tolfte",
    "en": "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth",
    "no": "første andre tredje fjerde femte sjette sjuende åttende niende tiende ellevte tolvte",
    "da": "første anden tredje fjerde femte sjette syvende ottende niende tiende ellevte tolvte",
    "fi": "ensimmäinen toinen kolmas neljäs viides kuudes seitsemäs kahdeksas yhdeksäs"
    " kymmenes yhdestoista kahdestoista",
}


def _en_suffix(d: int) -> str:
    if 11 <= d <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def date_text(rng: random.Random, lang: str, day: dt.date) -> tuple[str, str]:
    """One way this language writes `day` (with its weekday when one is written)."""
    d, m, y = day.day, day.month, day.year
    mon = MONTH_NAMES[lang].split()[m - 1]
    wd = WEEKDAYS[lang].split()[day.weekday()]
    end = day + dt.timedelta(days=rng.randint(1, 3))
    shapes: dict[str, str] = {"iso": day.isoformat()}
    if lang == "sv":
        shapes |= {
            "slash": f"{d}/{m}",
            "slash-year": f"{d}/{m} {y}",
            "long": f"{d} {mon} {y}",
            "den": f"den {d} {mon}",
            "weekday": f"{wd} {d} {mon}",
            "short": f"{d} {mon[:3]}",
            "ordinal-e": f"{d}:{'a' if d % 10 in (1, 2) and d not in (11, 12) else 'e'} {mon}",
            "range": f"{d}–{end.day} {mon}" if end.month == m else f"{d} {mon}",
        }
        if d <= 12:
            shapes["ordinal-word"] = f"den {ORDINALS[lang].split()[d - 1]} {mon}"
    elif lang == "en":
        shapes |= {
            "us": f"{m}/{d}/{y}",
            "uk": f"{d:02d}/{m:02d}/{y}",
            "long": f"{d} {mon} {y}",
            "month-first": f"{mon} {d}, {y}",
            "weekday": f"{wd[:3]} {d} {mon[:3]}",
            "ordinal": f"the {d}{_en_suffix(d)} of {mon}",
            "range": f"{d}–{end.day} {mon}" if end.month == m else f"{d} {mon}",
        }
        if d <= 12:
            shapes["ordinal-word"] = f"the {ORDINALS[lang].split()[d - 1]} of {mon}"
    elif lang == "no":
        shapes |= {
            "dotted": f"{d:02d}.{m:02d}.{y}",
            "long": f"{d}. {mon} {y}",
            "short": f"{d}. {mon}",
            "weekday": f"{wd} {d}. {mon}",
            "numeric-short": f"{d}.{m}.",
            "range": f"{d}.–{end.day}. {mon}" if end.month == m else f"{d}. {mon}",
        }
        if d <= 12:
            shapes["ordinal-word"] = f"den {ORDINALS[lang].split()[d - 1]} {mon}"
    elif lang == "da":
        shapes |= {
            "dotted": f"{d}.{m}.{y}",
            "slash-dash": f"{d}/{m}-{y}",
            "long": f"{d}. {mon} {y}",
            "weekday": f"{wd} den {d}. {mon}",
            "short-weekday": f"{wd[:3]}. {d}/{m}",
            "range": f"{d}.–{end.day}. {mon}" if end.month == m else f"{d}. {mon}",
        }
        if d <= 12:
            shapes["ordinal-word"] = f"den {ORDINALS[lang].split()[d - 1]} {mon}"
    else:
        shapes |= {
            "dotted": f"{d}.{m}.{y}",
            "short": f"{d}.{m}.",
            "long": f"{d}. {mon} {y}",
            "weekday": f"{wd} {d}.{m}.",
            "abbr-weekday": f"{wd[:2]} {d}.{m}.",
            "range": f"{d}.–{end.day}.{m}." if end.month == m else f"{d}.{m}.",
        }
        if d <= 12:
            gen = MONTH_NAMES[lang].split()[m - 1].removesuffix("ta")
            shapes["ordinal-word"] = f"{gen}n {ORDINALS[lang].split()[d - 1]} päivä"
    shape = rng.choice(sorted(shapes))
    return shapes[shape], shape
