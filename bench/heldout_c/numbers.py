"""Numbers in held-out C: identity numbers and dates (planted), and numbers that identify no one.

`personnummer(rng)` gives a Swedish personal identity number or coordination number
(samordningsnummer, day of birth + 60) with a valid check digit, in one of the ways people type
them; `date(rng, lang)` a calendar date in one of many Swedish and English forms. `ordinary`
gives the numbers a note is full of that must survive redaction: doses, money, times, rooms,
wards and buses, rating scores, years, ranges, measurements, percentages and the emergency and
health-advice numbers 112 and 1177. They are written as plain text, never planted, so a
redactor that removes one loses precision.
"""

from __future__ import annotations

import random
import re

from bench.heldout_c.mentions import INVISIBLE_IN_WORD

FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
MONTHS_SV = "januari februari mars april maj juni juli augusti september oktober november december"
MONTHS_EN = "January February March April May June July August September October November December"
DAYS_SV = ("mån", "tis", "ons", "tors", "fre", "lör", "sön")
DAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def luhn_digit(nine: str) -> int:
    total = 0
    for i, c in enumerate(nine):
        d = int(c) * (2 - i % 2)
        total += d - 9 if d > 9 else d
    return (10 - total % 10) % 10


def luhn_valid(ten: str) -> bool:
    return len(ten) == 10 and ten.isdigit() and luhn_digit(ten[:9]) == int(ten[9])


def personnummer(rng: random.Random) -> tuple[str, str]:
    samord = rng.random() < 0.2
    year = rng.choice((rng.randint(1921, 1925), *(rng.randint(1936, 2006),) * 15))
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    serial = f"{rng.randint(0, 999):03d}"
    body = f"{year % 100:02d}{month:02d}{day + 60 if samord else day:02d}{serial}"
    ten = body + str(luhn_digit(body))
    short, last = ten[:6], ten[6:]
    century = str(year // 100)
    forms = {  # form: (text, weight)
        "short-dash": (f"{short}-{last}", 30), "long-dash": (f"{century}{short}-{last}", 20),
        "short-bare": (ten, 10), "long-bare": (century + ten, 10),
        "en-dash": (f"{short}\u2013{last}", 6), "spaced": (f"{short} - {last}", 4),
        "space": (f"{short} {last}", 6), "long-space": (f"{century}{short} {last}", 4),
        "plus": (f"{short}+{last}", 100 if year < 1926 else 0),
    }  # fmt: skip
    form = rng.choices(list(forms), weights=[w for _, w in forms.values()])[0]
    value, hidden = _hide(rng, forms[form][0], 0.12)
    kind = "samordningsnummer" if samord else "personnummer"
    return value, f"{kind}/{form}" + (f"/{hidden}" if hidden else "")


def _hide(rng: random.Random, value: str, chance: float) -> tuple[str, str]:
    """Sometimes pasted from a web page or PDF: an invisible character or full-width digits."""
    if rng.random() >= chance:
        return value, ""
    how = rng.choice(("full-width", "zwsp", "shy", "nbsp", "nnbsp"))
    if how == "full-width":
        return value.translate(FULL_WIDTH), how
    if how in ("nbsp", "nnbsp") and " " in value:
        return value.replace(" ", "\u00a0" if how == "nbsp" else "\u202f"), how
    char = INVISIBLE_IN_WORD.get(how, "\u200b")
    at = rng.randint(1, len(value) - 1)
    return value[:at] + char + value[at:], how if how in INVISIBLE_IN_WORD else "zwsp"


def date(rng: random.Random, lang: str) -> tuple[str, str, str]:
    """(value, form, words before it): a weekday or article before the date ("tis", "den",
    "the") is written but not planted, as it identifies nothing."""
    year = rng.randint(2023, 2026)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    weekday = rng.randrange(7)
    ordinal = {1: "st", 2: "nd", 3: "rd"}.get(day % 10 if day not in (11, 12, 13) else 0, "th")
    msv, men = MONTHS_SV.split()[month - 1], MONTHS_EN.split()[month - 1]
    if lang == "sv":
        forms = {
            "dm-slash": f"{day}/{month}", "dmyy-slash": f"{day}/{month}-{year % 100}",
            "iso": f"{year}-{month:02d}-{day:02d}", "d-month": f"{day} {msv}",
            "d-month-y": f"{day} {msv} {year}", "den-d:e": f"den {day}:e {msv}",
            "d.m.y": f"{day}.{month}.{year}",
            "weekday-dm-slash": f"{DAYS_SV[weekday]} {day}/{month}",
            "yymmdd": f"{year % 100:02d}{month:02d}{day:02d}", "d-mon": f"{day} {msv[:3]}",
            "ddmmyyyy-slash": f"{day:02d}/{month:02d}/{year}",
        }  # fmt: skip
    else:
        forms = {
            "d-Month-y": f"{day} {men} {year}", "Month-d": f"{men} {day}",
            "dth-Month": f"{day}{ordinal} {men}", "us-mdy-slash": f"{month}/{day}/{year}",
            "dd.mm.yy": f"{day:02d}.{month:02d}.{year % 100:02d}",
            "Dow-d-Mon": f"{DAYS_EN[weekday]} {day} {men[:3]}",
            "d-Mon-y": f"{day}-{men[:3]}-{year}", "Month-dth-y": f"{men} {day}{ordinal}, {year}",
            "the-dth-of": f"the {day}{ordinal} of {men}", "iso": f"{year}-{month:02d}-{day:02d}",
        }  # fmt: skip
    form = rng.choice(list(forms))
    lead = re.match(LEAD, forms[form])
    before = lead.group(0) if lead else ""
    value, hidden = _hide(rng, forms[form][len(before) :], 0.05)
    return value, f"{lang}/{form}" + (f"/{hidden}" if hidden else ""), before


LEAD = "|".join(("den ", "the ", *(f"{d} " for d in DAYS_SV + DAYS_EN)))


# --- numbers that identify no one ------------------------------------------------------------

DRUGS = (("Sertralin", (50, 100, 150)), ("Olanzapin", (5, 10, 15)), ("Quetiapin", (25, 50, 300)),
         ("Litium", (300, 600)), ("Propavan", (25,)), ("Imovane", ("3,75", "7,5")),
         ("Aripiprazol", (10, 15)), ("Venlafaxin", (75, 150)), ("Lamotrigin", (50, 100)),
         ("Melatonin", (2, 3)), ("Klozapin", (100, 200)), ("Mirtazapin", (15, 30)),
         ("Atarax", (25,)), ("Elvanse", (30, 50)), ("Oxascand", (5, 10)))  # fmt: skip
SCHEDULE_SV = ("1x1", "1+0+1", "till natten", "vb", "x 2", "tn", "2+0+2", "1 tn", "vid behov",
               "max 3/dygn", "1x3", "mot ångest")  # fmt: skip
SCHEDULE_EN = ("once daily", "at night", "prn", "bd", "twice a day", "as needed", "nocte")
SCALES = ("MADRS {}", "GAF {}", "PHQ-9: {}", "AUDIT {}", "BPRS {}", "MoCA {}/30", "CGI-S {}",
          "PANSS {}", "HAD-A {}", "DUDIT {}")  # fmt: skip


def ordinary(rng: random.Random, what: str, lang: str) -> str:
    """A number that is not an identifier, of the sort `what` (DOSE, MONEY, TIME, ...); DUR
    is days to months, MIN minutes."""
    sv = lang == "sv"
    r = rng.randint
    c = rng.choice
    if what == "DOSE":
        drug, doses = c(DRUGS)
        return f"{drug} {c(doses)} mg {c(SCHEDULE_SV if sv else SCHEDULE_EN)}"
    if what == "MONEY":
        amount = c((r(2, 40) * 50, r(2, 30) * 500, r(100, 990), r(50, 160) * 100))
        grouped = f"{amount:,}".replace(",", c((" ", "\u00a0", "")))
        if sv:
            return c((f"{grouped} kr", f"{grouped} kronor", f"{amount}:-", f"{grouped} kr/mån",
                      f"ca {amount} kr", f"{grouped} SEK"))  # fmt: skip
        return c((f"{grouped} kronor", f"SEK {grouped}", f"{grouped} SEK", f"{grouped} kr"))
    if what == "TIME":
        h, m = r(7, 20), c(("00", "15", "30", "45"))
        if sv:
            return c((f"kl. {h}.{m}", f"kl {h}", f"{h}:{m}", f"{h}.{m}-{h + 1}.{m}", f"kl. {h}"))
        return c((f"{h}:{m}", f"{h - 12 if h > 12 else h}.{m} {'pm' if h >= 12 else 'am'}",
                  f"{h}.{m}", f"{h}:{m}-{h + 1}:{m}"))  # fmt: skip
    if what == "ROOM":
        if sv:
            return c((f"rum {r(1, 24)}", f"avd. {r(11, 99)}", f"avdelning {r(11, 99)}",
                      f"plan {r(1, 9)}", f"sal {r(1, 9)}", f"rum {r(100, 450)}"))  # fmt: skip
        return c(
            (f"room {r(1, 24)}", f"ward {r(11, 99)}", f"floor {r(1, 9)}", f"room {r(100, 450)}")
        )
    if what == "BUS":
        if sv:
            return c((f"buss {r(1, 199)}", f"linje {r(1, 899)}", f"{r(1, 199)}:an",
                      f"tåget från spår {r(1, 19)}"))  # fmt: skip
        return c((f"bus {r(1, 199)}", f"the number {r(1, 99)} bus", f"line {r(1, 899)}"))
    if what == "SCORE":
        return c(SCALES).format(r(3, 40))
    if what == "YEAR":
        return str(r(1975, 2025))
    if what == "RANGE":
        a = r(1, 20)
        unit = (
            c(("gånger per vecka", "min", "timmar", "dagar", "st"))
            if sv
            else c(("times a week", "minutes", "hours", "days"))
        )
        return f"{a}{c(('-', '–', ' - '))}{a + r(1, 10)} {unit}"
    if what == "MEAS":
        return c((f"BT {r(105, 160)}/{r(60, 99)}", f"puls {r(52, 120)}",
                  f"vikt {r(45, 130)} kg", f"{r(150, 195)} cm", f"temp {r(36, 38)},{r(0, 9)}",
                  f"P-glukos {r(4, 9)},{r(0, 9)}",
                  f"Hb {r(100, 160)}", f"BMI {r(17, 41)}", f"S-Litium 0,{r(40, 99)} mmol/l",
                  f"CRP {r(1, 40)}", f"sat {r(90, 99)} %"))  # fmt: skip
    if what == "PCT":
        return c(("25 %", "50 %", "75 %", "100 %", "50%", "25%"))
    if what == "HELP":
        return c(("112", "1177", "1177 Vårdguiden", "112 direkt")) if sv else c(("112", "1177"))
    if what == "DUR":
        if sv:
            return c((f"{r(2, 14)} dagar", f"{r(1, 8)} v", f"{r(2, 11)} mån", f"{r(2, 6)} veckor"))
        return c((f"{r(2, 14)} days", f"{r(2, 8)} weeks", f"{r(2, 6)} months"))
    if what == "MIN":
        minutes = c((r(5, 55), r(60, 120), 45, 90, 30))
        return c((f"{minutes} min", f"{minutes} minuter" if sv else f"{minutes} minutes"))
    raise KeyError(what)
