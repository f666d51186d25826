"""Phone numbers of twenty-two countries and Swedish identity numbers, as people type them.

Formats are written here from how each country prints its numbers (national and
international, mobile and fixed lines), "#" standing for a digit; a few carry full-width
digits, a no-break space or an invisible character, as text pasted from a PDF or a web page
does. An extension ("ankn. 214", "ext. 31") is written outside the planted span.
"""

from __future__ import annotations

import random

# country -> (national formats, international formats)
PHONES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "SE": (
        (
            "07M-### ## ##",
            "07M#######",
            "07M ### ## ##",
            "07M-## ## ###",
            "08-### ### ##",
            "08-## ## ##",
            "031-## ## ##",
            "018-### ## ##",
            "090-## ## ##",
            "07M/### ## ##",
        ),
        (
            "+46 7M ### ## ##",
            "+46 (0)7M-### ## ##",
            "+467M#######",
            "0046 7M ### ## ##",
            "+46 8 ### ### ##",
            "+46-31-## ## ##",
        ),
    ),
    "NO": (
        ("4## ## ###", "9## ## ###", "2# ## ## ##"),
        ("+47 4## ## ###", "0047 9## ## ###", "+47 2# ## ## ##"),
    ),
    "DK": (("2# ## ## ##", "3# ## ## ##"), ("+45 2# ## ## ##", "+45########")),
    "FI": (
        ("04# ### ####", "050 ### ####", "09 ### ####", "040-### ## ##"),
        ("+358 4# ### ####", "+358 50 ### ####", "+358 (0)9 ### ####"),
    ),
    "DE": (
        ("015# ########", "017# #######", "030 ########", "040 / ### ### ##"),
        ("+49 15# ########", "+49 (0)30 #### ####", "+49-17#-#######"),
    ),
    "GB": (
        ("07### ######", "020 #### ####", "0161 ### ####", "07### ### ###"),
        ("+44 7### ######", "+44 (0)20 #### ####", "+44 7### ### ###"),
    ),
    "US": (
        ("(A##) ###-####", "A##-###-####", "A##.###.####", "A## ### ####"),
        ("+1 A##-###-####", "+1 (A##) ###-####", "+1A#########"),
    ),
    "FR": (
        ("06 ## ## ## ##", "07.##.##.##.##", "01 ## ## ## ##", "06-##-##-##-##"),
        ("+33 6 ## ## ## ##", "+33 (0)7 ## ## ## ##", "0033 1 ## ## ## ##"),
    ),
    "PL": (("5## ### ###", "6##-###-###", "7## ### ###"), ("+48 5## ### ###", "+48 6########")),
    "SO": (
        ("061 #######", "061 ### ####"),
        ("+252 61 #######", "+252 61 ### ####", "00252 61#######"),
    ),
    "TR": (("05## ### ## ##", "0 (5##) ### ## ##"), ("+90 5## ### ## ##", "+90 (5##) ###-####")),
    "IR": (("09## ### ####", "091########"), ("+98 9## ### ####", "0098 912 ### ####")),
    "IQ": (("07## ### ####",), ("+964 7## ### ####", "00964 7#########")),
    "ER": (("07 ######",), ("+291 7 ######", "+291 7######")),
    "TH": (("08# ### ####", "08#-###-####"), ("+66 8# ### ####", "+66 (0)8# ### ####")),
    "ES": (("6## ## ## ##", "6## ### ###"), ("+34 6## ### ###", "+34 6## ## ## ##")),
    "IT": (("3## ### ####", "3## #######"), ("+39 3## ### ####", "0039 3#########")),
    "NL": (
        ("06-########", "06 ## ## ## ##", "020-### ####"),
        ("+31 6 ########", "+31 (0)6-########"),
    ),
    "CL": (("9 #### ####", "09-#### ####"), ("+56 9 #### ####", "+569########")),
    "GH": (("024 ### ####", "020-###-####"), ("+233 24 ### ####", "+233 (0)20 ### ####")),
    "BA": (("061 ### ###", "062/###-###"), ("+387 61 ### ###", "00387 62 ######")),
    "SY": (("09## ### ###",), ("+963 9## ### ###", "00963 9########")),
}

FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
_SWEDISH_MOBILE = "02369"


def _fill(rng: random.Random, pattern: str) -> str:
    out = []
    for ch in pattern:
        if ch == "#":
            out.append(str(rng.randrange(10)))
        elif ch == "M":
            out.append(rng.choice(_SWEDISH_MOBILE))
        elif ch == "A":
            out.append(str(rng.randint(2, 9)))
        else:
            out.append(ch)
    return "".join(out)


def _hide_in_number(rng: random.Random, text: str) -> tuple[str, str]:
    roll = rng.random()
    if roll < 0.45:
        return text.translate(FULL_WIDTH), "full-width"
    if roll < 0.75 and " " in text:
        spaces = [i for i, c in enumerate(text) if c == " "]
        i = rng.choice(spaces)
        return text[:i] + rng.choice(("\u00a0", "\u202f", "\u2009")) + text[i + 1 :], "odd-space"
    digits = [i for i, c in enumerate(text) if c.isdigit() and 0 < i < len(text) - 1]
    i = rng.choice(digits)
    return text[:i] + rng.choice(("\u00ad", "\u200b", "\u2060")) + text[i:], "invisible"


def phone(rng: random.Random, country: str | None = None) -> tuple[str, str, str]:
    """(number, form, what follows it outside the span)."""
    if country is None:
        country = "SE" if rng.random() < 0.40 else rng.choice(sorted(PHONES))
    national, international = PHONES[country]
    where = "intl" if rng.random() < (0.3 if country == "SE" else 0.55) else "national"
    text = _fill(rng, rng.choice(international if where == "intl" else national))
    form = f"{country}/{where}"
    if rng.random() < 0.07:
        text, hidden = _hide_in_number(rng, text)
        form += f"/{hidden}"
    after = ""
    if country in ("SE", "GB", "US") and rng.random() < 0.06:
        after = rng.choice(
            [
                f" ankn. {rng.randint(100, 4999)}",
                f" ext. {rng.randint(10, 999)}",
                f" x{rng.randint(10, 999)}",
                f" (vx, ank {rng.randint(200, 299)})",
            ]
        )
    return text, form, after


def luhn(nine: str) -> int:
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return (10 - total % 10) % 10


def personnummer(rng: random.Random) -> tuple[str, str]:
    """A personnummer or samordningsnummer with a valid check digit, in a form people write."""
    year = rng.randint(1938, 2006)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    coordination = rng.random() < 0.2
    dd = day + 60 if coordination else day
    serial = f"{rng.randint(0, 999):03d}"
    short = f"{year % 100:02d}{month:02d}{dd:02d}"
    last4 = serial + str(luhn(short + serial))
    century = f"{year}{month:02d}{dd:02d}"
    style = rng.randrange(7)
    text = (
        f"{short}-{last4}",
        f"{century}-{last4}",
        f"{short}{last4}",
        f"{century}{last4}",
        f"{short}–{last4}",
        f"{short} {last4}",
        f"{century} {last4}",
    )[style]
    form = ("samordningsnummer" if coordination else "personnummer") + f"/style{style}"
    if rng.random() < 0.08:
        if rng.random() < 0.5:
            text, form = text.translate(FULL_WIDTH), form + "/full-width"
        else:
            i = rng.randint(2, 5)
            text, form = (
                text[:i] + rng.choice(("\u200b", "\u00ad", "\u2060")) + text[i:],
                (form + "/invisible"),
            )
    return text, form
