"""Phone numbers of many countries for held-out C, from three sources.

Faker's and mimesis' phone formats of their locales, and formats written here for countries
neither library covers (Somalia, Eritrea, Afghanistan, Iraq, Bosnia, Syria, ...) or covers
thinly (Swedish numbers as people really type them, with extensions and odd spacing). Facets:
the country (ISO code), national or international, the source (faker, mimesis, own), and any
invisible or full-width character pasted into it; the note adds "cue" or "bare".
"""

from __future__ import annotations

import random
import re
from functools import lru_cache
from typing import Any

from bench.heldout_c.numbers import _hide

FAKER = {"SE": "sv_SE", "FI": "fi_FI", "PL": "pl_PL", "GB": "en_GB", "US": "en_US", "DE": "de_DE",
         "CL": "es_CL", "IN": "en_IN", "IR": "fa_IR", "FR": "fr_FR", "NO": "no_NO", "DK": "da_DK",
         "TH": "th_TH", "CN": "zh_CN", "TR": "tr_TR", "HR": "hr_HR", "NL": "nl_NL"}  # fmt: skip
MIMESIS = {"SY": "ar-sy", "TR": "tr", "PL": "pl", "FI": "fi", "IR": "fa", "HR": "hr", "AZ": "az",
           "EE": "et", "DE": "de", "UA": "uk", "DK": "da", "NO": "no", "ES": "es"}  # fmt: skip

# Own formats: "#" is any digit. (country, national, international)
OWN = (
    ("SO", "061 ### ####", "+252 61 ### ####"), ("SO", "0907 ######", "+252 907 ######"),
    ("ER", "07 ### ###", "+291 7 ### ###"), ("AF", "070 ### ####", "+93 70 ### ####"),
    ("AF", "079#######", "0093 79 ### ####"), ("IQ", "0770 ### ####", "+964 770 ### ####"),
    ("IQ", "0750-###-####", "+964 (750) ### ####"), ("BA", "061/###-###", "+387 61 ### ###"),
    ("BA", "062 ### ###", "00387 62 ### ###"), ("TH", "081-###-####", "+66 81 ### ####"),
    ("CN", "138 #### ####", "+86 138 #### ####"), ("CN", "139########", "+86-139-####-####"),
    ("IN", "098### #####", "+91 98### #####"), ("IN", "98###-#####", "+91-98###-#####"),
    ("CL", "9 #### ####", "+56 9 #### ####"), ("CL", "(2) 2### ####", "+56 2 2### ####"),
    ("SY", "0944 ### ###", "+963 944 ### ###"), ("IR", "0912 ### ####", "+98 912 ### ####"),
    ("TR", "0532 ### ## ##", "+90 532 ### ## ##"), ("FI", "040 ### ####", "+358 40 ### ####"),
    ("FI", "050-#######", "+358 50 #######"), ("PL", "601 ### ###", "+48 601 ### ###"),
    ("US", "(212) 555-01##", "+1 212 555 01##"), ("US", "646.###.####", "+1-646-###-####"),
    ("ET", "091 ### ####", "+251 91 ### ####"), ("KE", "0712 ######", "+254 712 ######"),
)  # fmt: skip
SWEDISH = (
    "070-### ## ##", "070 ### ## ##", "07########", "073-#######", "076 - ### ## ##",
    "08-### ### ##", "08-## ## ##", "08/### ## ##", "031-## ## ##", "031 ## ## ##",
    "018-## ## ##", "0920-###  ##", "070-## ## ###", "0046 70 ### ## ##", "+46 70 ### ## ##",
    "+46 (0)70-### ## ##", "+46 8 ### ### ##", "+46-73-###-####", "072 ### ## ## ankn. ###",
    "08-### ### ## (vx)", "010-### ## ##", "0771-## ## ##",
)  # fmt: skip


def _fill(rng: random.Random, pattern: str) -> str:
    return "".join(str(rng.randrange(10)) if c == "#" else c for c in pattern)


@lru_cache(maxsize=64)
def _faker(locale: str) -> Any:
    from faker import Faker

    return Faker(locale)


@lru_cache(maxsize=64)
def _mimesis(locale: str) -> Any:
    from mimesis import Locale, Person

    return Person(Locale(locale))


def phone(rng: random.Random) -> tuple[str, str, str]:
    """A phone number, its facets ("SE/national/own", "SY/international/mimesis/nbsp") and
    what follows it unplanted: an extension ("ankn. 913", "x9040") or a switchboard mark
    ("(vx)") identifies no one without the number."""
    roll = rng.random()
    if roll < 0.38:
        value = _fill(rng, rng.choice(SWEDISH))
        country, source = "SE", "own"
    elif roll < 0.62:
        country = rng.choice(sorted(FAKER))
        fake = _faker(FAKER[country])
        fake.seed_instance(rng.randrange(2**32))
        value, source = " ".join(fake.phone_number().split()), "faker"
    elif roll < 0.80:
        country = rng.choice(sorted(MIMESIS))
        person = _mimesis(MIMESIS[country])
        person.reseed(rng.randrange(2**32))
        value, source = " ".join(person.telephone().split()), "mimesis"
    else:
        country, national, international = rng.choice(OWN)
        value, source = _fill(rng, rng.choice((national, international))), "own"
    scope = "international" if value.startswith(("+", "00")) else "national"
    tail = re.search(r"( ankn\. \d+| \(vx\)|x\d+)$", value)
    after = tail.group(0) if tail else ""
    value, hidden = _hide(rng, value[: len(value) - len(after)], 0.1)
    form = f"{country}/{scope}/{source}" + ("/extension" if after else "")
    return value, form + (f"/{hidden}" if hidden else ""), after
