"""Phone numbers of twenty-two countries, national and international, as people type them.

Each country has masks of its own national and international forms (written here from how
the numbers are printed in each country) and, where mimesis has a locale, mimesis's own masks
too; mimesis fills the digits (`Person(locale).telephone(mask)`). A share is then written with
a no-break or narrow no-break space between groups, a zero-width space inside, or full-width
digits (as pasted from a web form). Facets: "<national|international|mimesis>/<CC>/<hidden>".
"""

from __future__ import annotations

import random

from mimesis import Person

from bench.heldout_b.names import stable_seed

# country: (mimesis locale or None, national masks, international masks)
COUNTRIES: dict[str, tuple[str | None, list[str], list[str]]] = {
    "SE": ("sv",
           ["070-### ## ##", "073 ### ## ##", "076-#######", "072 ### ####", "079-### ## ##",
            "08-### ## ##", "08 ### ### ##", "031-## ## ##", "040 ## ## ##", "018-### ## ##",
            "0###-## ## ##", "0####-### ##", "070 ### ## ##", "0736 ## ## ##"],
           ["+46 70 ### ## ##", "+46 (0)73-### ## ##", "+46 8 ### ### ##", "+4676#######",
            "0046 70 ### ## ##", "+46-31-## ## ##", "+46 (0) 72 ### ####"]),
    "NO": ("no", ["4## ## ###", "9## ## ###", "22 ## ## ##", "9#######"],
           ["+47 4## ## ###", "+47 9#######", "0047 22 ## ## ##"]),
    "DK": ("da", ["## ## ## ##", "2# ## ## ##"], ["+45 ## ## ## ##", "0045 ########"]),
    "FI": ("fi", ["040 ### ####", "050 ### ## ##", "045-### ####", "09 ### ####"],
           ["+358 40 ### ####", "+358 50 #######", "+358 9 ### ####"]),
    "GB": ("en-gb", ["07### ######", "020 #### ####", "0161 ### ####", "01### ######"],
           ["+44 7### ######", "+44 (0)20 #### ####", "+44 161 ### ####"]),
    "DE": ("de",
           ["0151 ########", "0176 #######", "030 ########", "(030) ### ### ##", "089/#######"],
           ["+49 151 ########", "+49 (0)30 ########", "+49 176 ### ####"]),
    "PL": ("pl", ["5## ### ###", "6##-###-###", "22 ### ## ##"],
           ["+48 5## ### ###", "+48 22 ### ## ##"]),
    "TR": ("tr", ["05## ### ## ##", "0 (5##) ### ## ##", "0212 ### ## ##"],
           ["+90 5## ### ## ##", "+90 (5##) ### ## ##"]),
    "FR": ("fr", ["06 ## ## ## ##", "07.##.##.##.##", "01 ## ## ## ##", "04.##.##.##.##"],
           ["+33 6 ## ## ## ##", "+33 (0)1 ## ## ## ##"]),
    "ES": ("es", ["6## ## ## ##", "6## ### ###", "91# ## ## ##"],
           ["+34 6## ### ###", "+34 91# ### ###"]),
    "IT": ("it", ["3## ### ####", "3## #######", "06 #### ####"],
           ["+39 3## ### ####", "+39 06 #### ####"]),
    "NL": ("nl", ["06-########", "06 ## ## ## ##", "020-### ####"],
           ["+31 6 ########", "+31 (0)20 ### ####"]),
    "US": ("en",
           ["(212) ###-####", "(617) ###-####", "415-###-####", "773.###.####", "(206) ### ####"],
           ["+1 (312) ###-####", "+1-646-###-####", "001 718 ### ####"]),
    "IR": ("fa", ["0912 ### ####", "09## ### ####", "021-####-####"],
           ["+98 912 ### ####", "+98 21 #### ####", "0098 935 ### ####"]),
    "SY": ("ar-sy", ["09## ### ###", "011 ### ####"], ["+963 9## ### ###", "00963 11 ### ####"]),
    "IQ": (None, ["07## ### ####", "0750 ### ####"], ["+964 7## ### ####", "00964 750 ### ####"]),
    "SO": (None, ["061 #######", "06# ### ####"],
           ["+252 61 ### ####", "+252 6# #######", "00252 61 #######"]),
    "ER": (None, ["07 ### ###", "01 ## ## ##"], ["+291 7 ### ###", "00291 1 ## ## ##"]),
    "BA": (None, ["06#/###-###", "061 ### ###", "033 ### ###"],
           ["+387 6# ### ###", "+387 33 ### ###"]),
    "UA": ("uk", ["067 ### ## ##", "050-###-##-##"], ["+380 67 ### ## ##", "+380 (50) ###-##-##"]),
    "RU": ("ru", ["8 (9##) ###-##-##", "8 9## ### ## ##"],
           ["+7 9## ###-##-##", "+7 (495) ###-##-##"]),
    "AF": (None, ["07## ### ###", "079 ### ####"], ["+93 7# ### ####", "0093 70 ### ####"]),
}  # fmt: skip
# Swedish numbers are the most common in Swedish notes; the rest share what is left.
_COUNTRY_WEIGHTS = {c: (30 if c == "SE" else 3) for c in COUNTRIES}
_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
HIDDEN = {"plain": 82, "nbsp": 5, "nnbsp": 3, "zwsp": 4, "full-width": 6}


class Phones:
    def __init__(self, seed: int, rng: random.Random) -> None:
        self.rng = rng
        self._people = {
            c: Person(loc or "en", seed=stable_seed(seed, "phone", c))
            for c, (loc, _n, _i) in COUNTRIES.items()
        }

    def number(self, country: str | None = None) -> tuple[str, str]:
        """A phone number as written and its facets."""
        rng = self.rng
        country = country or rng.choices(list(_COUNTRY_WEIGHTS), list(_COUNTRY_WEIGHTS.values()))[0]
        locale, national, international = COUNTRIES[country]
        person = self._people[country]
        roll = rng.random()
        if locale and roll < 0.12:
            written, shape = person.telephone(), "mimesis"
        elif roll < 0.6:
            written, shape = person.telephone(mask=rng.choice(national)), "national"
        else:
            written, shape = person.telephone(mask=rng.choice(international)), "international"
        hidden = rng.choices(list(HIDDEN), list(HIDDEN.values()))[0]
        if hidden == "nbsp" and " " in written:
            written = written.replace(" ", "\u00a0")
        elif hidden == "nnbsp" and " " in written:
            written = written.replace(" ", "\u202f")
        elif hidden == "zwsp":
            cut = rng.randrange(2, len(written) - 1)
            written = written[:cut] + "\u200b" + written[cut:]
        elif hidden == "full-width":
            written = written.translate(_FULL_WIDTH)
        else:
            hidden = "plain"
        return written, f"{shape}/{country}/{hidden}"
