"""Streets found from published street types (libpostal's dictionaries, `address_words.py`),
in the shapes the world writes them, beside the hand-made rules of `patterns.py` and
`addresses.py`:

- glued to the name, number after ("Lindenstraße 32", "sagveien 54", "Aleksanterinkatu 3 b 14");
- the type after the name, number after ("Korsvoll terrasse 91", "Gedimino pr. 1-29");
- the type first, then the name and number ("Calle de Alcalá 197", "ul. Długa 5",
  "Via degli Romano Giacinto 65");
- the number first, then the type and the name ("16 rue de la Gare, 75011 Paris");
- the number, the name, then the type ("118 Kerrymount Point", "24 victoria street, leeds").

Every street type is a trigger word (the name automaton finds it, `TRIGGERS`); a type that is
also an ordinary word ("park", "via", "place", "court") counts only beside a house number in
one of these shapes, and in lower case (or in a note typed in capitals: "14 DAY COURSE"), or
with a number that may be a year, only when a postcode and town follow
(`address_parts.postal_end`). A glued name that is an ordinary word,
a family name or a town ("During 5", "Lindberg 3", "Finland 2") is no street.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from casebook.deid import (
    address_parts,
    address_words,
    caseless,
    count_words,
    lexicon,
    note_language,
    romance_streets,
    street_modifiers,
    street_quantities,
    vocab,
)

Found = tuple[int, int, str]

_L = r"[^\W\d_]"
_WORD = rf"{_L}+(?:[.'’-]{_L}+)*\.?"
PARTICLES = frozenset(
    "de des del della delle degli dei di da do dos das du la las los le les lo van von der den "
    "am an im zum zur ter ten och".split()
)
# A house number: "12", "12B", "3 b 14", "55/17", "1-29", "No: 201", "nr 5"; a lower-case
# letter apart only where the phrase ends or a number follows ("12 b,", not "55 i fjor"); no
# ordinal or time ("2:a sep.", "14:30").
# Or "S/N" (sin número, sem número): "Rua Amorim, S/N".
NUMBER = re.compile(
    r"s/n(?![^\W\d_])|(?:(?:no|nr|n[º°o]|núm|num)\.?:?[ ]?)?\d{1,5}(?!\d)(?![.,]\d|:\w)"
    r"(?:(?-i:[ ](?:[A-Z]|[a-z](?=[ ]?(?:[,.;:)\n]|\Z|[ ]\d)))|[A-Za-z])(?![^\W\d_])"
    r"(?:[ ]\d{1,3}(?!\d))?)?(?:[/-]\d{1,4}(?!\d))?",
    re.IGNORECASE,
)
_WORDS_BEFORE = re.compile(rf"(?:{_WORD}[ ]+){{1,4}}\Z")
_WORD_AFTER = re.compile(rf"{_WORD}")
_CONTRACTION = re.compile(r"([^\W\d_]+)['’](?:ll|m|re|ve|d)")
_COMMA_NUMBER_BEFORE = re.compile(  # "2, rue", "12 bis rue", as France writes them
    r"(?<![\w.,:/-])\d{1,5}(?:[A-Za-z]?,|[ ](?:bis|ter|quater),?)[ ]+\Z", re.IGNORECASE
)
_NUMBER_BEFORE = re.compile(  # "16 rue", "2, rue", "12 bis rue", "5 ter, avenue"
    r"(?<![\w.,:/-])\d{1,5}(?:[A-Za-z]|[ ](?:bis|ter|quater))?,?[ ]+\Z", re.IGNORECASE
)
# "118 Kerrymount ", "1/777 Collins ", "601, Chandra " (as India writes it) before the type.
_NUMBER_NAME_BEFORE = re.compile(
    rf"(?<![\w.,:/-])(?:\d{{1,4}}/)?\d{{1,5}}[A-Za-z]?,?[ ]+(?:{_WORD}[ ]+){{1,3}}\Z"
)
_CARE_OF = re.compile(r"(?<![^\W\d_])c/o[ ]+(?:[^\W\d_]+[ -]?){1,3},?[ ]*\Z", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
# How far before and after a street type `street` looks for a digit (a house number or a
# postcode): with none there it finds nothing, and `patterns.find_patterns` does not call it.
DIGIT_BEFORE, DIGIT_AFTER = 50, 80
# A postcode near: "\d{4}", "\d{3} \d{2}", "\d{2}-\d{3}", or a British one ("[a-z]\d[a-z\d]?[ ]?
# \d[a-z]{2}"), each written to open with a digit so that the engine skips in C to digits.
_POSTCODE_DIGITS = re.compile(r"\d(?:\d{3}|\d{2}[ ]\d{2}|\d-\d{3})")
_POSTCODE_BRITISH = re.compile(r"\d(?<=[a-z]\d)[a-z\d]?[ ]?\d[a-z]{2}")
# The house number after the street's name and a comma, as Spain, Portugal, Brazil and Italy
# write it: "Rúa de Bos Aires, 2, 05804 Cádiz", "Calle Gran Capitán, 664", "Rua Amorim, S/N".
_COMMA_NUMBER = re.compile(
    r"(?:\d{1,4}[A-Za-z]?|s/n)(?:,|(?=[ ]*(?:[.;:)!?\n]|\Z)|[ ]+(?:in|on|at|with|from|since|"
    r"until|and|to|for|i|på|med|från|sedan|och|hos|till|og|fra|siden|sammen|til|bei|mit|seit|"
    r"und|ja|vuonna|viime|nyt|"
    rf"{address_words.alternation(address_words.part_words())})(?![^\W\d_])))",
    re.IGNORECASE,
)  # "Strada Dellucci, 396 Piano 6", not "Calle Ocho, 5 friends went"
# A house number written with its word: "N° 14", "Nº 5", "No. 5", "nr 12", "núm. 3".
_NUMBER_WORD = re.compile(r"(?:no|nr|n[º°o]|núm|num)\.?:?[ ]?\d", re.IGNORECASE)
# A count or an amount after the number (`count_words.py`), after a space: "Skitoppen 3
# ganger", "Lale Sokak 5 times".
_COUNT_AFTER = count_words.after(count_words.AFTER_A_HOUSE_NUMBER, "[ ]+", flags=re.IGNORECASE)
_GLUED_NUMBER_BEFORE = re.compile(r"(?<![\w.,:/-])(?!(?:19|20)\d\d(?!\d))\d{1,5}[A-Za-z]?[ ]+\Z")
_NAME_AFTER = re.compile(rf"(?:{_WORD}[ ]+){{0,4}}{_WORD}(?=[ ]*(?:[,;\n]|\Z))")
# Or the shortest name with a flat or suite after it ("21223 rue Florence Apt. 440") or a
# preposition ("16, rue Latreche with his sister").
# (or a floor or building: "9, rue Aubert 5e étage", "62, avenue Oliveira Bât. D")
_HOUSE_PART = f"{address_parts.FLOOR}|{address_parts.BUILDING}"
_UNIT_AFTER = re.compile(
    rf"[ ]+(?:(?:{address_words.alternation(address_words.part_words())})\.?[ ]?\d"
    rf"|{_HOUSE_PART})",
    re.IGNORECASE,
)
_NAME_BEFORE_MORE = re.compile(
    rf"(?:{_WORD}[ ]+){{0,4}}?{_WORD}(?=[ ]+(?:{_HOUSE_PART})|[ ]+(?:"
    rf"{address_words.alternation(address_words.part_words())})\.?[ ]?\d"
    r"|[ ]+(?:in|on|at|with|from|since|until|and|for|i|på|med|från|sedan|och|hos|till|og|fra|"
    r"siden|sammen|til|bei|mit|seit|und|ja|vuonna|viime|nyt)[ ])",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?:19|20)\d\d(?!\d)")  # also a range of years, "2015-2018"
# Glued endings of Dutch streets that end English words too ("keypad", "offering"): read only
# in a name of one word, not in capitals ("AFTERWARDS-PAD 19").
_ENGLISH_LIKE = frozenset(("pad", "ring", "lei", "erf"))
_PHRASE_ENDS = re.compile(r"[ ]*(?:[,.;:)!?\n]|\Z)")


@cache
def triggers() -> dict[str, str]:
    """Trigger words for the name automaton: a glued street word with the space after it
    ("vägen ", found inside "storvägen "); any other street type as a word of its own, with
    the space, line break or bracket before it (" rue ", "\nrue "), or with the comma after it
    (" highway,"); a short one also with its full stop (" ul. ", " pr. ", " cad. "); any with
    the full stop that ends a sentence or the note after it (" inlet. ", " pine.\n")."""
    out: dict[str, str] = {}
    glued = address_words.glued_suffixes()
    for form in address_words.street_types() | glued:
        lead = ("",) if form in glued else (" ", "\n", "(")
        for before in lead:
            if len(form) >= 3:
                out[f"{before}{form} "] = "street_dict"
                if before == " ":  # "1134 Opal Highway, Baliangao"
                    out[f"{before}{form},"] = "street_dict"
            if len(form) <= 4:
                out[f"{before}{form}. "] = "street_dict"
            if before == " " and len(form) >= 3:  # the sentence's or the note's end after it
                out[f" {form}.\n"] = "street_end"  # ("Home visit at 75 Davison Pine.")
                if len(form) > 4:
                    out[f" {form}. "] = "street_end"
    return out


def street(
    text: str, low: str, start: int, end: int, n: int, glued_any: bool = False
) -> Found | None:
    """A street type and the space after it were found at low[start:end]: a street with a
    house number in one of the shapes above, or None. `glued_any`: the word is a street word
    of the hand-made Swedish list that libpostal lacks ("-slingan"), read glued alone."""
    if low[start] in " \n(":
        start += 1
    form = low[start : end - 1].rstrip(".")
    if len(form) <= 2 and low[end - 2] != ".":
        return None  # "ul. Długa 5", not "ul Długa"
    if not _DIGIT.search(low, max(0, start - DIGIT_BEFORE), min(n, end + DIGIT_AFTER)):
        return None  # no house number or postcode anywhere near
    word_start = start
    while word_start > 0 and (low[word_start - 1].isalpha() or low[word_start - 1] == "-"):
        word_start -= 1
    if word_start < start:
        if not glued_any and form not in address_words.glued_suffixes():
            return None
        return _glued(text, low, word_start, start, end)
    if start and (low[start - 1].isdigit() or low[start - 1] in "@/."):
        return None
    found = None
    common = (text[start].islower() or _shouted(text, start, end)) and form in (
        vocab.known_words()
    )  # "most", "part", "place"; "14 DAY COURSE", "20 MEQ KCL VIA" in a note in capitals
    if (
        common
        and not _postcode_near(low, end, min(n, end + 90))
        and not _COMMA_NUMBER_BEFORE.search(text, max(0, start - 14), start)
        and not _unit_near(text, start, end)
    ):  # only a postcode and town after it, "2, rue", or "16 rue X Apt. 4"; or "71 rue Mohammedi"
        return romance_streets.street(text, start, end)
    if form in address_words.types_first():
        found = _type_first(text, low, start, end, form)
    if not found and form in address_words.types_after():
        found = _type_after(text, low, start, end, form)
    if found and street_quantities.not_a_street(text, found[0], found[1], start, end - 1):
        return None  # "1 UNIT REG", "10u reg SQ", "14G AND DRAINING CLEAR BLD"
    if not found and text[start].isupper():
        found = romance_streets.street(text, start, end)  # "5 Rue des Lilas avec sa fille"
    return found


def street_end(text: str, low: str, start: int, end: int, n: int) -> Found | None:
    """A street type with the full stop that ends a sentence or the note right after it
    (" pine.\n", " inlet. "): a street only with its number and name before it ("Home visit
    at 75 Davison Pine."), whose full stop stays the sentence's; a number after the stop opens
    the next sentence."""
    start += 1
    stop = end - 2
    form = low[start:stop]
    if (not text[start].isupper() or _shouted(text, start, stop)) and form in vocab.known_words():
        return None  # "she ate 3 pine.", "UPPER 1/3 OF RIGHT LUNG FIELD." (an ordinary word)
    return _number_first(text, start, stop, form)


def _unit_near(text: str, start: int, end: int) -> bool:
    """Whether a house number stands before the type and a flat or suite with its number
    after its name: "21223 rue Florence Apt. 440"."""
    if not _NUMBER_BEFORE.search(text, max(0, start - 14), start):
        return False
    name = _NAME_BEFORE_MORE.match(text, end)
    return name is not None and _UNIT_AFTER.match(text, name.end()) is not None


def only_a_word(text: str, low: str, start: int, end: int, n: int) -> bool:
    """Whether `street` would surely answer None for the trigger at low[start:end] because it
    is an ordinary word in lower case standing alone (" most ", " part ", " place "): such a
    word is a street only with a postcode after it or "2, " before it (the test `street` makes
    for it, asked first here to spare the rest of `street` the many such words of running
    text)."""
    if low[start] in " \n(":
        start += 1
    if start and (low[start - 1].isalpha() or low[start - 1] in "-@/." or low[start - 1].isdigit()):
        return False  # glued to what is before it: `street` reads it another way
    if not text[start].islower() or low[start : end - 1].rstrip(".") not in vocab.known_words():
        return False
    return not (
        _postcode_near(low, end, min(n, end + 90))
        or _COMMA_NUMBER_BEFORE.search(text, max(0, start - 14), start)
        or _unit_near(text, start, end)
        or romance_streets.street(text, start, end)  # "71 rue Mohammedi", "rue Thorens 76"
    )


def _postcode_near(low: str, start: int, stop: int) -> bool:
    """Whether a postcode stands in low[start:stop] (a British one's letter inside too)."""
    return (
        _POSTCODE_DIGITS.search(low, start, stop) is not None
        or _POSTCODE_BRITISH.search(low, start + 1, stop) is not None
    )


def _shouted(text: str, start: int, end: int) -> bool:
    """Whether the type word stands in capitals among words with no lower-case letter (a
    note typed in capitals): its capital says no more there than lower case does."""
    return text[start:end].isupper() and not caseless._has_lower(
        text[max(0, start - 60) : end + 60]
    )  # (`_has_lower` is `any(c.islower() ...)` asked in C)


def _glued(text: str, low: str, word_start: int, start: int, end: int) -> Found | None:
    """ "Lindenstraße 32", "sagveien 54": a compound ending in a glued street word; or, the
    number first, "144 Kadetvej", "96 Vårsvingen" (capitalised, the number no year)."""
    number = NUMBER.match(text, street_modifiers.number_after(text, end))  # "Tindvegen nedre 44B"
    if number and low[end - 1] == "\n" and not _house_number_line(text, word_start, number):
        number = None  # "Mvh⏎Spremberg⏎00358 9 15877084": a name signing over a phone number
    before = (
        None if number else _GLUED_NUMBER_BEFORE.search(text, max(0, word_start - 9), word_start)
    )
    if not number and not (before and text[word_start].isupper()):
        return None
    word = low[word_start : end - 1].strip("-")
    if low[start : end - 1] in _ENGLISH_LIKE and (_shouted(text, start, end - 1) or "-" in word):
        return None  # "AFTERWARDS-PAD 19" in a note in capitals: Dutch "-pad" only in a name
    if (
        word in vocab.known_words()
        or word in lexicon.all_names()
        or word in lexicon.places()
        or len(word) < end - 1 - start + 3
        or _another_languages_word(word, low[start : end - 1])
    ):
        return None
    if before:
        return before.start(), end - 1, "address"
    assert number is not None
    if _COUNT_AFTER.match(text, number.end()):
        return None  # "Skitoppen 3 ganger": a count, not a house number
    if (
        (not text[word_start].isupper() or _YEAR.match(number.group()))
        and not _settled(text, number)
        and not _CARE_OF.search(text, max(0, word_start - 50), word_start)
    ):
        return None  # "Göteborg 2022", "skolslingan 121" in running text
    return word_start, number.end(), "address"


# A numbered item's full stop and heading after its number: "1. Sag:", "2. Item:".
_NUMBERED_ITEM = re.compile(r"\.[ \t]+[^\W\d_]+[ \t]*:")


def _house_number_line(text: str, word_start: int, number: re.Match[str]) -> bool:
    """Whether a number opening the line after a glued street word is its house number. Where
    the word's line holds only capitalised words, a name ("Mvh⏎Gard Honigberg⏎0991 550 854"),
    it is one only with no leading zero (no house is numbered "0991") and ending its phrase
    or running into a postcode and town ("Lindenstraße⏎32⏎12345 Berlin"): digits that run on
    are the phone number under a signature whose family name ends in "-berg" or "-vej".
    A line of running text wrapped inside an address ("bor på Lindenstraße⏎32 sedan") keeps
    its number. A number with its full stop before a heading and its colon opens a numbered
    item of an agenda ("Til stede: Nødgaard⏎1. Sag: …", "1. Item:", "1. Ärende:"), never a
    house's number."""
    if _NUMBERED_ITEM.match(text, number.end()):
        return False
    line = text[text.rfind("\n", 0, word_start) + 1 : word_start].split()
    if not all(word[:1].isupper() and word.isalpha() for word in line):
        return True
    return not number.group().startswith("0") and _settled(text, number)


# The languages whose dictionaries `note_language.word_of` reads.
_DICTIONARIES = ("sv", "nb", "da", "fi", "de")


def _another_languages_word(word: str, form: str) -> bool:
    """Whether the glued word `word` is an ordinary word of a language that writes no street
    word `form` ("vurdering", "forbedring": Norwegian nouns in "-ing", whose end only Dutch
    glues as a street, "-ring"; "allerlei", German, not a Dutch "-lei"). A street's name is
    no dictionary word of another language than its street word's; "storgata", a Norwegian
    word ending in a Norwegian street word, stays a street. A compound the other language's
    lists lack, read as its word only because it ends in `form` and `form` is a word of that
    language too ("Klinteager": Danish "-ager", a field, is Norwegian "ager" as well), says
    nothing against the street: the last part is the same word in both."""
    languages = address_words.glued_languages(form)
    return bool(languages) and any(
        lang not in languages
        and note_language.word_of(word, lang)
        and (word in note_language.ordinary_words(lang) or not note_language.word_of(form, lang))
        for lang in _DICTIONARIES
    )


def _settled(text: str, number: re.Match[str]) -> bool:
    """Whether a house number stands where an address's number does: not a year, and the
    phrase ends after it or a postcode and town follow."""
    dash = text[number.end() : number.end() + 1]
    if _YEAR.match(number.group()) or (dash and dash in "–-"):  # (not the note's end)
        return address_parts.postal_end(text, number.end()) is not None
    return bool(_PHRASE_ENDS.match(text, number.end())) or (
        address_parts.postal_end(text, number.end()) is not None
    )


def _type_after(text: str, low: str, start: int, end: int, form: str) -> Found | None:
    """The type after the name: "Korsvoll terrasse 91", "Gedimino pr. 1-29" (number after
    the type), or "118 Kerrymount Point" (number before the name)."""
    number = NUMBER.match(text, end)
    if number and _COUNT_AFTER.match(text, number.end()):
        return None  # "Lale Sokak 5 times": a count, not a house number
    if number:
        postal = address_parts.postal_end(text, number.end()) is not None
        lead = _lead(text, start, postal)
        if lead is None:
            return None
        capital = text[start].isupper() or any(c.isupper() for c in text[lead:start])
        if form in vocab.known_words() and not _settled(text, number):
            return None  # "Takes line 183 to the day centre"
        if capital and not _YEAR.match(number.group()) or _settled(text, number):
            if capital or address_parts.postal_end(text, number.end()) is not None:
                return lead, number.end(), "address"
        return None
    stop = end - 1
    if text[stop - 1] != "." and text[stop : stop + 1] == ".":
        stop += 1  # "Baker St."
    return _number_first(text, start, stop, form)


def _number_first(text: str, start: int, stop: int, form: str) -> Found | None:
    """ "118 Kerrymount Point": a house number and a name before the type at text[start:stop]."""
    before = _number_name_before(text, start)
    if not before:
        return None
    names = text[before.start() : start].split()[1:]
    if all(w[0].isupper() or w in PARTICLES for w in names) and (
        text[start].isupper()
        or (
            form not in vocab.known_words()
            and len(form) >= 4  # a word, not an abbreviation ("plz")
            and names[-1][0].isupper()
            and not any(w.endswith(".") for w in names)  # "…, 487 34 Hjortkvarn. plz"
        )
    ):  # "118 Kerrymount Point", "1334 Haava tänav", "664 Gladvoll terrasse"
        return before.start(), stop, "address"
    if address_parts.postal_end(text, stop) is not None:
        return before.start(), stop, "address"
    return None


def _number_name_before(text: str, start: int) -> re.Match[str] | None:
    """ "118 Kerrymount " before a street type at `start`: the last number within 50
    characters, then one to three words up to the type (found without a regex search)."""
    stop = max(0, start - 50)
    last = _DIGIT.search(text[stop:start][::-1])
    if not last:
        return None
    at = start - 1 - last.start()
    while at > 0 and text[at - 1].isdigit():
        at -= 1
    if at > 1 and text[at - 1] == "/" and text[at - 2].isdigit():
        at -= 1  # "1/777 Collins Corso", "432/3 Autumn Ramble": flat and house number
        while at > 0 and text[at - 1].isdigit():
            at -= 1
    return _NUMBER_NAME_BEFORE.match(text, at, start)


def _lead(text: str, start: int, postal: bool) -> int | None:
    """The start of the name before a street type: up to three words that are not ordinary
    words (a capitalised one may be, a particle is: "am Markt"); or None. A name of particles
    alone counts only when a postcode and town follow (`postal`)."""
    match = _WORDS_BEFORE.search(text, max(0, start - 50), start)
    if not match:
        return None
    words = text[match.start() : start].split()[-3:]
    known = vocab.known_words()
    kept: list[str] = []
    for word in reversed(words):
        lower = word.lower()
        if lower.endswith(".") and len(lower) > 2 or lower.endswith((",", ";", ":")):
            break  # "800 kr. The number 11": the sentence before is no name
        if _CONTRACTION.fullmatch(lower) and _CONTRACTION.fullmatch(lower)[1] in vocab.PRONOUNS:
            break  # "I'll turn 24", "we're past 3": a pronoun and its verb, no street name
        if lower in PARTICLES or word[:1].isupper() or lower.strip(".'’") not in known:
            kept.insert(0, word)
        else:
            break
    while kept and kept[0].lower() in PARTICLES and len(kept) > 1 and kept[0][0].islower():
        if kept[1][:1].isupper():
            break
        kept.pop(0)
    if not kept:
        return None
    if all(w.lower() in PARTICLES for w in kept) and not postal:
        return None
    if not postal and all(w.lower().strip(".'’") in known for w in kept):
        return None  # "The park 5 minutes", "Nästa plan 3"
    return start - len(" ".join(kept)) - 1


def _type_first(text: str, low: str, start: int, end: int, form: str) -> Found | None:
    """ "Calle de Alcalá 197", "ul. Długa 5", "16 rue de la Gare, 75011 Paris"."""
    at, words, capital = end, 0, text[start].isupper()
    named = False  # a word of the name that is no ordinary word ("Alcalá", not "Blodtryck")
    while words < 5:
        word = _WORD_AFTER.match(text, at)
        if not word:
            break
        words += 1
        lower = word.group().lower()
        if lower.endswith(".") and len(lower) > 2:
            break  # a sentence ends: "kom via Grekland. Fick 200"
        capital = capital or (word.group()[0].isupper() and lower not in PARTICLES)
        named = named or (
            lower not in PARTICLES and len(lower) > 2 and not vocab.is_word_form(lower.rstrip("."))
        )
        after = word.end()
        number, comma = None, False
        if text[after : after + 2] == ", " and _COMMA_NUMBER.match(text, after + 2):
            number = NUMBER.match(text, after + 2)  # "Rúa de Bos Aires, 2, 05804 Cádiz"
            comma = True
        elif text[after : after + 1] == " ":
            number = NUMBER.match(text, after + 1)
        if number:
            if _accept_type_first(text, low, start, number, capital and named, form, comma):
                return start, number.end(), "address"
            break
        if text[after : after + 1] != " ":
            at = after
            break
        at = after + 1
    number_before = _NUMBER_BEFORE.search(text, max(0, start - 14), start)
    if not number_before:
        return _without_number(text, start, end)
    name = _NAME_AFTER.match(text, end)  # "16 rue de la Gare, ": the name ends the phrase
    if not name or _ordinary_in(name.group()):
        name = _NAME_BEFORE_MORE.match(text, end)
    if name and address_parts.postal_end(text, name.end(), parts=False) is not None:
        return number_before.start(), name.end(), "address"  # "54 rue victor hugo, 36591 lyon"
    if not name or _ordinary_in(name.group()):
        return None
    stop = name.end()
    if len(name.group().rstrip(".")) == 1 and form in vocab.known_words():
        return None  # "Journal page 221, part B": a letter after a noun names a part, no street
    # "2, rue Marie Fischer", "12 bis rue Victor Hugo", as France writes it ("rue" is English)
    comma = _COMMA_NUMBER_BEFORE.search(number_before.group()) is not None
    comma = comma or _UNIT_AFTER.match(text, stop) is not None  # "rue Florence Apt. 440"
    if capital and (comma or form not in vocab.known_words()):
        return number_before.start(), stop, "address"
    if address_parts.postal_end(text, stop) is not None:
        return number_before.start(), stop, "address"
    return None


def _ordinary_in(name: str) -> bool:
    """Whether a street's name holds a lower-case ordinary word (no particle)."""
    known = vocab.known_words()
    return any(
        w[:1].islower() and w not in PARTICLES and w.rstrip(".") in known for w in name.split()
    )


def _accept_type_first(
    text: str,
    low: str,
    start: int,
    number: re.Match[str],
    capital: bool,
    form: str,
    comma: bool = False,
) -> bool:
    if address_parts.postal_end(text, number.end()) is not None:
        return True
    if _YEAR.match(number.group()):
        return False
    if not capital:  # a name of ordinary words ("Avenida Mitre"): only with "N° 14", "No. 5"
        return _NUMBER_WORD.match(number.group()) is not None and text[start].isupper()
    if _NUMBER_WORD.match(number.group()):  # "Boulevard Omar Nuñez N° 5079 med sin mor"
        return True
    if form in vocab.known_words():  # "Via Skype 2 gånger", "Park Avenue 3 times"
        return comma or _settled(text, number)  # "Largo da Graça, 81 with", as Iberia writes
    return True


# Trigger kinds of the older street rules whose words are street types here too: when such a
# rule finds nothing, `again` reads the same word in the shapes above ("Calle de Alcalá 197",
# "lindenstraße 32, 99522 köln").
ALSO_AFTER = frozenset({"street", "street_foreign", "street_prefix", "street_en", "street_tr"})


def again(text: str, low: str, start: int, end: int, n: int, kind: str) -> Found | None:
    """`street` on the word of another rule's trigger (which may hold the space or line
    break before the word, and may lack the space after it)."""
    while start < end and low[start] in " \n(":
        start += 1
    if low[end - 1 : end] not in (" ", ","):
        if low[end : end + 1] not in (" ", ","):
            return None
        end += 1  # " street" then ", leeds be17 5an"
    if kind != "street" and low[start:end].strip(" ,").rstrip(".") not in _all_forms():
        return None
    return street(text, low, start, end, n, glued_any=kind == "street")


_FINAL_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_]+\Z")


def with_final_word(
    low: str, triggers: Iterable[tuple[str, int, int]]
) -> Iterable[tuple[str, int, int]]:
    """The trigger hits, and a street type that ends the note with no character after it
    ("Osoite: 440 Bartol Circle"): the automaton's trigger holds the space after the word,
    which the last word of a note lacks. Its end is one past the note, as if that space
    were there."""
    if not low or not low[-1].isalpha():
        return triggers
    last = _FINAL_WORD.search(low, max(0, len(low) - 30))
    if not last or last.group().rstrip(".") not in address_words.street_types():
        return triggers
    return [*triggers, ("street_dict", last.start(), len(low) + 1)]


@cache
def _all_forms() -> frozenset[str]:
    return address_words.street_types() | address_words.glued_suffixes()


def _without_number(text: str, start: int, end: int) -> Found | None:
    """ "boulevard Marin, 75886 Lacombedan": a street type first, a capitalised name, and a
    postcode and town after a comma; no house number."""
    name = _NAME_AFTER.match(text, end)
    if not name or not name.group()[:1].isupper() or text[name.end() : name.end() + 1] != ",":
        return None
    stop = address_parts.postal_end(text, name.end(), parts=False)
    return (start, stop, "address") if stop is not None else None
