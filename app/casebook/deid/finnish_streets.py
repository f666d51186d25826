"""Finnish streets in running text, inflected for where someone lives, moves to or comes from,
as a Finnish note writes them: "asuu Hämeentiellä 12 B", "muutti Aleksanterinkadulle 7",
"muutti pois Koivukujalta 4 A 3", "asuu Ruoholahden rannassa 8".

Finnish puts the street name, not the house number, in the case: the locative cases on -lla
(adessive, "on"), -lle (allative, "onto"), -lta (ablative), -ssa (inessive) and -sta
(elative), with vowel harmony (-llä, -ssä after a front-vowel word) and the street word in its
oblique stem (consonant gradation "katu" -> "kadu-", "polku" -> "polu-", e-stems "rinne" ->
"rintee-"). The nominative forms are read by `addresses.py` and `street_types.py`; these
inflected ones were missed. The street words are libpostal's Finnish ones
(`address_words.py`); each oblique stem below was checked with Voikko's analyser.

A street is found only in one of two shapes, each with a house number after it:

- glued: a capitalised compound ending in the inflected street word, longer than the word
  itself ("Hämeentiellä", "Pohjois-Haagan-kujalla"), that is no ordinary Finnish word
  ("Maantiellä", "Moottoritiellä": highways, not addresses);
- apart: the street word in lower case after a capitalised name in the genitive, as Finland
  writes streets named after people ("Ida Ekmanin kujalla 4", "Kustaa Vaasan tiellä 12"),
  with the phrase ending after the number or a staircase letter in it.

The number is no year ("Hämeentiellä 2019") and no count ("Kalevankadulla 12 vuotta",
"Mannerheimintiellä 5 minuutin päässä").
"""

from __future__ import annotations

import re
from functools import cache

from casebook.deid import address_words, vocab

Found = tuple[int, int, str]

# Nominative street word -> its oblique stem (the one the locative cases are built on).
OBLIQUE = {
    "katu": "kadu",
    "tie": "tie",
    "kuja": "kuja",
    "polku": "polu",
    "väylä": "väylä",
    "raitti": "raiti",
    "tori": "tori",
    "ranta": "ranna",
    "rinne": "rintee",
    "kaari": "kaare",
    "puisto": "puisto",
    "puistotie": "puistotie",
    "puistikko": "puistiko",
    "aukio": "aukio",
    "bulevardi": "bulevardi",
    "esplanadi": "esplanadi",
    "penger": "penkere",
    "taival": "taipalee",
    "alue": "aluee",
    "piha": "piha",
    "tanhua": "tanhua",
    "kenttä": "kentä",
}
_BACK_ENDINGS = ("lla", "lle", "lta", "ssa", "sta")
_FRONT_ENDINGS = ("llä", "lle", "ltä", "ssä", "stä")

# The house number: "12", "12 B", "12 b 7", "5 A 3", "12a", "12-14", "12 as. 3".
_NUMBER = re.compile(
    r"(\d{1,4})(?!\d)(?![.,:]\d)"
    r"(?:[ ]?[A-Z](?![^\W\d_])|[ ]?[a-z](?![^\W\d_])(?=[ ]\d)|[a-z](?![^\W\d_]))?"
    r"(?:[ ]\d{1,3}(?!\d)(?![.,:]\d))?(?:[-–]\d{1,4}(?!\d))?"
    r"(?:[ ]as\.?[ ]?\d{1,3}(?!\d))?",
)
_YEAR = re.compile(r"(?:19|20)\d\d")
# Counts and measures after a number: not a house number. Kept apart from
# `count_words.AFTER_A_HOUSE_NUMBER`: Finnish inflects them ("vuotta", "kerran", "metriä"),
# writes a floor after the number ("krs", "kerroksessa"), and "e" for euros, which after
# another street's number is its entrance ("Storgatan 5 E").
_COUNT_AFTER = re.compile(
    r"[ ]*(?:vuo(?:tta|den|deksi|si|tiaana)|kerta(?:a)?|kerran|päivä(?:ä|n)|viikko(?:a)?|viikon|"
    r"kuukau(?:tta|den)|tunti(?:a)?|tunnin|minuu(?:ttia|tin)|sekunti(?:a)?|met(?:riä|rin)|"
    r"kilomet(?:riä|rin)|km|m|euroa|e|€|%|prosenttia|astetta|hengen|henkeä|lasta|kpl|"
    r"kappaletta|autoa|asuntoa|taloa|ihmistä|henkilöä|krs|kerros|kerroksessa|years?|times|minutes?)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
_PHRASE_ENDS = re.compile(r"[ ]*(?:[,.;:)!?\n]|\Z)")
# A lower-case word in the partitive after a number, as Finnish counts ("3 poliisia"), not a
# possessive or a case of place or time ("vaimonsa kanssa", "keväällä").
_PARTITIVE_AFTER = re.compile(
    r"[ ]+(?![^\W\d_]*(?:nsa|nsä|lla|llä|ssa|ssä|lta|ltä)(?![^\W\d_]))[a-zåäö]+[aä](?![^\W\d_])"
)
# A name in the genitive before a street word apart: "Ida Ekmanin ", "Kustaa Vaasan ".
_GENITIVE_NAME = re.compile(
    r"(?:[A-ZÅÄÖ][^\W\d_]+[ ]){0,2}[A-ZÅÄÖ][^\W\d_]*(?:-[A-ZÅÄÖ][^\W\d_]*)*n[ ]\Z"
)


@cache
def forms() -> dict[str, str]:
    """Inflected street word (lower case) -> its nominative: "kadulla" -> "katu"."""
    finnish = address_words.forms("street", "suffix", "glued", languages=frozenset({"fi"}))
    out: dict[str, str] = {}
    for word in sorted(finnish):
        stem = OBLIQUE.get(word.rstrip("."))
        if stem is None:
            continue  # abbreviations ("kj", "pgr"): written only in the nominative
        back = any(c in "aou" for c in stem)
        for ending in _BACK_ENDINGS if back else _FRONT_ENDINGS:
            out[stem + ending] = word
    return out


TRIGGERS: dict[str, str] = {f"{form} ": "street_fi_case" for form in forms()}


def street(text: str, low: str, start: int, end: int, n: int) -> Found | None:
    """An inflected Finnish street word and the space after it at low[start:end]: the street,
    glued or apart, with its house number, or None."""
    if end >= n or not low[end].isdigit():
        return None
    number = _NUMBER.match(text, end)
    if number is None or _YEAR.fullmatch(number[1]) or _COUNT_AFTER.match(text, number.end()):
        return None
    word_start = start
    while word_start > 0 and (low[word_start - 1].isalpha() or low[word_start - 1] == "-"):
        word_start -= 1
    word = low[word_start : end - 1]
    nominative = word[: start - word_start] + forms()[low[start : end - 1]]
    if word_start < start and (word in vocab.listed("fi") or nominative in vocab.listed("fi")):
        return None  # "Maantiellä 5 autoa", "Moottoritiellä": roads, no address
    if text[word_start].isupper():  # glued: "Hämeentiellä"
        if start - word_start < 3:
            return None
        return word_start, number.end(), "address"
    if word_start == 0 or low[word_start - 1] != " ":
        return None
    # apart, in lower case: "Ida Ekmanin kujalla", "Waseniuksen puistokadulla"
    lead = _GENITIVE_NAME.search(text, max(0, word_start - 50), word_start)
    if lead is None:
        return None
    begin = lead.start()
    for name in lead.group().split():
        if name.lower() not in vocab.listed("fi"):
            break
        begin += len(name) + 1  # "Asuu Ida Ekmanin": the verb opening the sentence is no name
    if begin >= word_start:
        return None  # "Tämän kadulla 5": an ordinary word, no name
    lettered = any(c.isalpha() for c in number.group())
    if not lettered and not _PHRASE_ENDS.match(text, number.end()):
        if _PARTITIVE_AFTER.match(text, number.end()):
            return None  # "Matin kadulla 3 poliisia": a count in the partitive
    return begin, number.end(), "address"
