"""Croatian, Serbian, Bosnian and Slovene streets named by an adjective alone, with no
street word: the adjective agrees with "ulica" (street), which the address leaves out, as
Croatia's street register writes most of its names ("Vinogradska 6", "Mirogojska 9c",
"Mesnička 2c", "Tkalčićeva 14", "Gundulićeva 5/2", "Višnjičke 8b"): a relational adjective in
-ska, -ška, -čka, -ćka, -cka, or a possessive one made from a family name in -ić or -č
("Tkalčić" -> "Tkalčićeva"), in the singular or the plural (-ske, -eve), written in the Latin
letters of those languages.

Such a word and a house number make the address; not a word of the note's languages, a town,
a person's name ("Kowalska 34", Polish family names end so too), a year, or a number that is
an amount or a count after it ("Engelska 2 gånger"). `addresses.widen` then reads the flat,
postcode and town after it.
"""

from __future__ import annotations

import re

from casebook.deid import address_tails, address_words, lexicon, vocab

Found = tuple[int, int, str]

# Where to look: the adjective's ending, a space and a digit. The scan looks for a space and a
# digit (a literal first: the engine skips to each space in C) and checks the ending behind it;
# only the match's end is read.
_QUICK = re.compile(r"[ ]\d(?:(?<=[sšcčć]k[ae][ ].)|(?<=[ćčšž]ev[ae][ ].))")
_WORD_BEFORE = re.compile(rf"(?<![^\W\d_]){address_words.U}[^\W\d_]{{2,}}\Z")
# The house number: "6", "9c", "3c/5", "14/2"; no year, decimal, time or range after it.
_NUMBER = re.compile(r"\d{1,3}(?:[a-z])?(?:/\d{1,3})?(?![\w.,:/–-]?\d|[\w%€$£])")


# Or a capitalised name and a street word in lower case after it: "Kraljevečki ogranak 7a",
# "Rokov perivoj 1b", "Zagrebačka cesta 5", "Dvoranski prečac 8" (Croatia's street register's
# words; not "put", also "time(s)", nor "ulica", written first).
_TYPED = re.compile(
    r"[ ](?:cesta|trg|prilaz|odvojak|ogranak|prečac|vijenac|zavoj|stube|šetalište|perivoj|obala|"
    r"poljana|aleja|avenija|naselje)[ ]\d"
)


def _street(text: str, space: int, number_at: int) -> Found | None:
    """The street whose capitalised word ends right before text[space] and whose house number
    starts at `number_at`: not a word, a name or a place ("The obala 3", "Engelska 2"), nor a
    count ("3 puta")."""
    word = _WORD_BEFORE.search(text, max(0, space - 40), space)
    if not word:
        return None
    low = word.group().lower()
    if low in vocab.known_words() or low in lexicon.all_names() or low in lexicon.places():
        return None
    number = _NUMBER.match(text, number_at)
    if not number or _counted(text, number.end()):
        return None
    return (word.start(), number.end(), "address")


def _counted(text: str, end: int) -> bool:
    """Whether a number is an amount or a count ("3 puta", "2 dana", "5 gånger")."""
    return bool(address_tails.AMOUNT_AFTER.match(text, end))


def find(text: str) -> list[Found]:
    """Every street named by a Croatian adjective alone, or by a name and a street word in lower
    case, with its house number in `text`."""
    typed = (_street(text, m.start(), m.end() - 1) for m in _TYPED.finditer(text))
    quick = (_street(text, m.end() - 2, m.end() - 1) for m in _QUICK.finditer(text))
    return [street for street in (*typed, *quick) if street]
