"""Phone numbers, dates, identity numbers, e-mail addresses and links, as notes write them.

Every format is written here by hand (no Faker, no mimesis, no phonenumbers): each function
returns `(written, form)` where `form` names the country or shape ("/"-separated facets).
"""

from __future__ import annotations

import random
import unicodedata


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _nz(rng: random.Random, n: int) -> str:
    return rng.choice("123456789") + _d(rng, n - 1)


def _phone_formats(r: random.Random) -> dict[str, list[str]]:
    se_m = "7" + r.choice("0236") + _d(r, 7)
    a, b = se_m[:2], se_m[2:]
    return {
        "SE": [
            f"0{a}-{b[:3]} {b[3:5]} {b[5:]}",
            f"0{a} {b[:3]} {b[3:5]} {b[5:]}",
            f"0{a}{b}",
            f"+46 {a} {b[:3]} {b[3:5]} {b[5:]}",
            f"+46 (0){a}-{b}",
            f"08-{_d(r, 3)} {_d(r, 3)} {_d(r, 2)}",
            f"031-{_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
            f"0{a}–{b[:3]} {b[3:]}",
            f"0046 {a} {b}",
        ],
        "NO": [
            f"+47 {r.choice('49')}{_d(r, 2)} {_d(r, 2)} {_d(r, 3)}",
            f"{r.choice('49')}{_d(r, 2)} {_d(r, 2)} {_d(r, 3)}",
        ],
        "DK": [
            f"+45 {_nz(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
            f"{_nz(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
        ],
        "FI": [
            f"04{r.choice('0456')} {_d(r, 3)} {_d(r, 4)}",
            f"+358 4{r.choice('0456')} {_d(r, 3)} {_d(r, 4)}",
        ],
        "GB": [
            f"07{_d(r, 3)} {_d(r, 6)}",
            f"+44 7{_d(r, 3)} {_d(r, 6)}",
            f"020 {_nz(r, 4)} {_d(r, 4)}",
            f"(0161) {_nz(r, 3)} {_d(r, 4)}",
        ],
        "US": [
            f"({_nz(r, 3)}) {_nz(r, 3)}-{_d(r, 4)}",
            f"{_nz(r, 3)}-{_nz(r, 3)}-{_d(r, 4)}",
            f"+1 {_nz(r, 3)} {_nz(r, 3)} {_d(r, 4)}",
            f"{_nz(r, 3)}.{_nz(r, 3)}.{_d(r, 4)}",
        ],
        "DE": [
            f"01{r.choice('567')}{_d(r, 1)} {_d(r, 8)}",
            f"+49 1{r.choice('567')}{_d(r, 1)} {_d(r, 7)}",
            f"030 / {_nz(r, 8)}",
        ],
        "PL": [
            f"+48 {r.choice('5678')}{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}",
            f"{r.choice('5678')}{_d(r, 2)}-{_d(r, 3)}-{_d(r, 3)}",
        ],
        "NL": [f"06-{_d(r, 8)}", f"+31 6 {_d(r, 4)} {_d(r, 4)}"],
        "FR": [
            f"0{r.choice('67')} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
            f"0{r.choice('67')}.{_d(r, 2)}.{_d(r, 2)}.{_d(r, 2)}.{_d(r, 2)}",
            f"+33 {r.choice('67')} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)} {_d(r, 2)}",
        ],
        "TR": [
            f"05{_d(r, 2)} {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}",
            f"+90 5{_d(r, 2)} {_d(r, 3)} {_d(r, 4)}",
        ],
        "IQ": [
            f"+964 7{r.choice('5789')}{_d(r, 1)} {_d(r, 3)} {_d(r, 4)}",
            f"07{_d(r, 2)} {_d(r, 3)} {_d(r, 4)}",
        ],
        "SO": [f"+252 6{_d(r, 1)} {_d(r, 3)} {_d(r, 4)}", f"00252 6{_d(r, 8)}"],
        "IR": [f"09{_d(r, 2)} {_d(r, 3)} {_d(r, 4)}", f"+98 9{_d(r, 2)} {_d(r, 3)} {_d(r, 4)}"],
        "SY": [f"+963 9{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}"],
        "ER": [f"+291 7 {_d(r, 6)}"],
        "LT": [f"+370 6{_d(r, 2)} {_d(r, 5)}", f"86{_d(r, 2)} {_d(r, 5)}"],
        "RO": [f"07{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}", f"+40 7{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}"],
        "IN": [f"+91 {r.choice('6789')}{_d(r, 4)} {_d(r, 5)}", f"0{r.choice('6789')}{_d(r, 9)}"],
        "BR": [f"+55 11 9{_d(r, 4)}-{_d(r, 4)}", f"(21) 9{_d(r, 4)}-{_d(r, 4)}"],
    }


FULLWIDTH = {str(i): chr(0xFF10 + i) for i in range(10)}
COUNTRY_WEIGHTS = {"SE": 40}


def phone(rng: random.Random) -> tuple[str, str]:
    formats = _phone_formats(rng)
    countries = list(formats)
    country = rng.choices(countries, [COUNTRY_WEIGHTS.get(c, 4) for c in countries])[0]
    written = rng.choice(formats[country])
    facets = [country, "intl" if written.startswith(("+", "00")) else "national"]
    roll = rng.random()
    if roll < 0.04:
        written = "".join(FULLWIDTH.get(c, c) for c in written)
        facets.append("full-width")
    elif roll < 0.08 and " " in written:
        written = written.replace(" ", rng.choice(("\u00a0", "\u202f", " \u200b")), 1)
        facets.append("hidden")
    return written, "/".join(facets)


MONTHS_SV = (
    "januari februari mars april maj juni juli augusti september oktober november december"
).split()
MONTHS_EN = (
    "January February March April May June July August September October November December"
).split()


def date(rng: random.Random, lang: str) -> tuple[str, str]:
    y, m, d = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    sv, en = MONTHS_SV[m - 1], MONTHS_EN[m - 1]
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th")
    forms = {
        "iso": f"{y}-{m:02d}-{d:02d}",
        "d/m": f"{d}/{m}",
        "d/m-yy": f"{d}/{m}-{y % 100:02d}",
        "d.m.yyyy": f"{d}.{m}.{y}",
        "dd.mm.yy": f"{d:02d}.{m:02d}.{y % 100:02d}",
        "yymmdd": f"{y % 100:02d}{m:02d}{d:02d}",
    }
    if lang == "sv":
        forms |= {
            "d month": f"{d} {sv}",
            "d month yyyy": f"{d} {sv} {y}",
            "d:e month": f"{d}:{'a' if d in (1, 2, 21, 22) else 'e'} {sv}",
            "d mon -yy": f"{d} {sv[:3]} -{y % 100:02d}",
        }
    else:
        forms |= {
            "month d": f"{en} {d}",
            "d month yyyy": f"{d} {en} {y}",
            "month dth": f"{en} {d}{suffix}",
            "dth of month": f"{d}{suffix} of {en}",
            "mon d, yyyy": f"{en[:3]} {d}, {y}",
            "m/d/yyyy": f"{m}/{d}/{y}",
        }
    key = rng.choice(sorted(forms))
    return forms[key], f"{lang}/{key}"


def luhn(nine: str) -> str:
    total = 0
    for i, c in enumerate(nine):
        v = int(c) * (2 - i % 2)
        total += v - 9 if v > 9 else v
    return str((10 - total % 10) % 10)


def personnummer(rng: random.Random) -> tuple[str, str]:
    y, m, d = rng.randint(1940, 2004), rng.randint(1, 12), rng.randint(1, 28)
    if rng.random() < 0.15:
        d += 60  # samordningsnummer
    nine = f"{y % 100:02d}{m:02d}{d:02d}{_d(rng, 3)}"
    ten = nine + luhn(nine)
    forms = {
        "short": f"{ten[:6]}-{ten[6:]}",
        "bare": ten,
        "long": f"{y // 100}{ten[:6]}-{ten[6:]}",
        "long-bare": f"{y // 100}{ten}",
        "plus-space": f"{ten[:6]} {ten[6:]}",
    }
    key = rng.choice(sorted(forms))
    return forms[key], key


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def email(rng: random.Random, given: str, family: str) -> tuple[str, str]:
    g, f = _ascii(given).lower(), _ascii(family).lower()
    host = rng.choice(
        (
            "gmail.com",
            "hotmail.se",
            "outlook.com",
            "telia.com",
            "yahoo.co.uk",
            "icloud.com",
            "regionvast.se",
            "kommun.se",
            "proton.me",
            "live.se",
        )
    )
    local = rng.choice(
        (
            f"{g}.{f}",
            f"{g}{f}{rng.randint(1, 99)}",
            f"{g[0]}{f}",
            f"{f}_{g}",
            f"{g}.{rng.randint(1960, 2005)}",
        )
    )
    return f"{local}@{host}", "email"


def url(rng: random.Random, given: str, family: str) -> tuple[str, str]:
    g, f = _ascii(given).lower(), _ascii(family).lower()
    key = rng.choice(("fb", "insta", "site", "tiktok", "blog"))
    written = {
        "fb": f"facebook.com/{g}.{f}.{rng.randint(1, 9)}",
        "insta": f"instagram.com/{g}_{f}",
        "site": f"https://www.{f}{g[:2]}.se/om-mig",
        "tiktok": f"tiktok.com/@{g}{f[:3]}",
        "blog": f"{g}{f}.wordpress.com",
    }[key]
    return written, key
