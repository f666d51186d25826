"""E-mail addresses, URLs and postal addresses as they turn up in notes and pasted e-mail.

E-mail: built from a person's name the way people pick them ("hodan.warsame84@gmail.com",
"h.warsame@hotmail.se"), work addresses of regions and municipalities, mimesis's own random
ones, and now and then written out to defeat harvesters ("x (at) y.se"). URLs: social media
profiles, fundraisers, classified ads, video links and mimesis's URLs. Addresses: Swedish
streets from mimesis with house numbers, entrance letters, flats, floors and postcodes, and
foreign streets (mimesis) written in each country's order.
"""

from __future__ import annotations

import random

from casebook.deid.registry import ascii_fold
from mimesis import Address, Internet, Person

from bench.heldout_b.names import stable_seed

_FREE = ["gmail.com", "hotmail.com", "hotmail.se", "outlook.com", "yahoo.se", "icloud.com",
         "live.se", "telia.com", "bredband.net", "spray.se", "protonmail.com",
         "gmx.de"]  # fmt: skip
_WORK = ["regionstockholm.se", "vgregion.se", "skane.se", "regionuppsala.se", "goteborg.se",
         "malmo.se", "orebro.se", "umea.se", "sundsvall.se", "norrkoping.se", "rfsl.se",
         "stadsmissionen.se", "fontanhus.se"]  # fmt: skip
_STREET_FIRST = {"sv", "no", "da", "fi", "de", "pl", "nl", "cs", "hu", "tr", "pt", "de-at",
                 "de-ch", "hr", "sk", "it"}  # fmt: skip
_VIDEO = "abcdefghijkLMNOPQRSTuvwxyz0123456789_-"
FOREIGN = ["no", "da", "fi", "de", "en-gb", "pl", "nl", "fr", "tr", "it", "es", "cs", "pt", "de-at"]


def _slug(name: str) -> str:
    return ascii_fold(name.lower()).replace(" ", "").replace("'", "")


class Contacts:
    def __init__(self, seed: int, rng: random.Random) -> None:
        self.rng = rng
        self._address = {
            loc: Address(loc, seed=stable_seed(seed, "address", loc)) for loc in ["sv", *FOREIGN]
        }
        self._person = Person("en", seed=stable_seed(seed, "email"))
        self._internet = Internet(seed=stable_seed(seed, "url"))

    def email(self, given: str, family: str, obfuscated: bool = True) -> tuple[str, str]:
        rng = self.rng
        g, f = _slug(given), _slug(family)
        shape = rng.choices(["name", "work", "mimesis", "obfuscated"], [55, 25, 15, 5])[0]
        if shape == "obfuscated" and not obfuscated:  # never in a mail header
            shape = "name"
        if shape == "mimesis" or not (g + f).isascii():
            return self._person.email(), "mimesis"
        user = rng.choice(
            [f"{g}.{f}", f"{g[0]}.{f}", f"{g}{f}{rng.randrange(60, 100)}", f"{g}_{f[:1]}",
             f"{f}.{g}", f"{g}{rng.randrange(1, 999)}", f"{g}.{f}{rng.randrange(1, 9)}"]
        )  # fmt: skip
        domain = rng.choice(_WORK if shape == "work" else _FREE)
        if shape == "work":
            user = f"{g}.{f}"
        if shape == "obfuscated":
            if rng.random() < 0.4:
                domain = domain.replace(".", " (dot) ", 1)
            return f"{user} (at) {domain}", shape
        return f"{user}@{domain}", shape

    def url(self, given: str, family: str) -> tuple[str, str]:
        rng = self.rng
        g, f = _slug(given), _slug(family)
        if not (g + f).isascii():
            return self._internet.url() + self._internet.slug(), "mimesis"
        n = rng.randrange(10**9, 10**10)
        choices = {
            "facebook": f"https://www.facebook.com/{g}.{f}.{rng.randrange(1, 9)}",
            "facebook-id": f"facebook.com/profile.php?id=1000{n}",
            "instagram": f"instagram.com/{g}_{f}{rng.randrange(10, 99)}",
            "tiktok": f"https://www.tiktok.com/@{g}{f[:3]}",
            "gofundme": f"https://www.gofundme.com/f/help-{g}-{f}-get-home",
            "blocket": f"https://www.blocket.se/annons/stockholm/soffa_{n}",
            "youtube": "https://youtu.be/" + "".join(rng.choice(_VIDEO) for _ in range(11)),
            "linkedin": f"www.linkedin.com/in/{g}-{f}-{n % 10000:x}",
            "mimesis": self._internet.url() + self._internet.slug(),
        }  # fmt: skip
        shape = rng.choice(list(choices))
        return choices[shape], shape

    def address(self, foreign: bool = False) -> tuple[str, str]:
        rng = self.rng
        loc = rng.choice(FOREIGN) if foreign else "sv"
        a = self._address[loc]
        street = "".join(c for c in a.address() if not c.isdigit()).strip(" ,")
        number = str(rng.randrange(1, 140))
        if loc == "sv":
            if rng.random() < 0.25:
                number += rng.choice("ABCD")
            written = f"{street} {number}"
            if rng.random() < 0.25:
                written += rng.choice(
                    [f", lgh {rng.randrange(1001, 1805)}", f", {rng.randrange(1, 8)} tr"]
                )
            if rng.random() < 0.5:
                written += f", {a.postal_code()} {a.city()}"
            return written, "sv"
        head = f"{street} {number}" if loc in _STREET_FIRST else f"{number} {street}"
        if loc == "es":
            head = f"{street}, {number}"
        return f"{head}, {a.postal_code()} {a.city()}", loc
