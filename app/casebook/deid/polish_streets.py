"""The name of a Polish street after its prefix ("ul.", "al.", "pl.", "os."), as Poland names
streets after dates, people with their titles and two people joined by "i": "ul. 3 Maja 12",
"ul. 11 Listopada 8", "ul. gen. Józefa Bema 5", "ul. ks. Jerzego Popiełuszki 3", "ul. Żwirki
i Wigury 5" (`addresses.street_prefix` reads the plain ones, "ul. Długa 5", itself).
"""

from __future__ import annotations

import re

from casebook.deid import address_words

U = address_words.U  # a capital letter of any Latin script
# Titles written before a person's name in a street's name (gen. = generał, ks. = ksiądz,
# św. = święty, marsz. = marszałek, kard. = kardynał, płk = pułkownik, bp = biskup).
_TITLE = r"(?:gen|ks|św|marsz|prof|dr|kard|płk|bp|abp|mjr|kpt|por|hetm|kr|o)\.?[ ]+"
_WORD = rf"{U}[^\W\d_]*(?:-{U}[^\W\d_]+)*\.?"
# Roman numerals of a king or pope ("Jana III Sobieskiego", "Jana Pawła II"), then the number.
_REST = re.compile(
    rf"(?:{_TITLE})?(?:(?:[1-9]|[12]\d|3[01])[ ]+)?{_WORD}"
    rf"(?:[ ]+(?:(?:i|z|w|nad|pod)[ ]+)?(?:{_TITLE})?{_WORD}){{0,3}}"
    r"[ ]+\d{1,4}[A-Za-z]?(?:/\d{1,4})?(?![\w/-])"
)


PREFIXES = frozenset("ulica ul. aleja al. plac pl. os. osiedle".split())


def rest_end(text: str, low: str, start: int, end: int) -> int | None:
    """The end of a Polish street's name and house number after the prefix low[start:end]
    ("ul. "), or None ("ul. 3 Maja 12")."""
    if low[start:end].strip() not in PREFIXES:
        return None
    match = _REST.match(text, end)
    return match.end() if match else None
