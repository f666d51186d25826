"""Parts of an address that our own generators never wrote, read around an address found by
`patterns.py` and `addresses.py` (`addresses.widen` calls `widen_after` on every one):

- a floor, flat or entrance after the street and number, in the forms of several countries:
  ", 2nd floor", ", floor 3", ", vån 3", ", våning 2", " lgh 1102", ", uppgång B", ", apt 4",
  Polish " m. 4" (mieszkanie);
- then a postcode and a town (", 00-123 Warszawa", ", 541 30 Skövde");
- or, as English and Swedish write it without a postcode, the town alone after a comma when
  the sentence or line ends there ("12 Elm Road, Croydon.", "Storgatan 12, Skövde").

And the value of an address label ("Address there, according to pt: Pleunhof 50, 4472YM,
Stolwijk", "Adress dit enl. pat.: 39, avenue Lévêque, 44938 Dupont"): whatever the country's
format, the rest of the line or sentence after the label's colon, when it holds a house
number and a postcode, or starts with a street and its number.

Also the street words written apart after a capitalised name ("Thereses gate 43", "Vilniaus
g. 8-34", "Kossuth Lajos utca 12", read by `addresses.foreign_street`) and street types
written first ("Calle Mayor 5", read by `addresses.street_prefix`).
"""

from __future__ import annotations

import re

from casebook.deid import address_words, lexicon, vocab

U = address_words.U  # a capital letter of any Latin script
# Street words written as a word of their own after the name: Norwegian, Danish, Latvian,
# Hungarian, Estonian, Lithuanian ("g." for gatvė).
SEPARATE_STREET_WORDS = frozenset(
    "gate vei veg vej gade iela utca tänav g. "
    # Norwegian and Danish squares and avenues named after a person: "Henrik Walters plass 3"
    "plass plads torg torv allé".split()
)
# Street types written first, capitalised, before the name: "Calle Mayor 5", "Rua Augusta
# 12", "Piazza Navona 3" (not "via": "came via Turkey 2015").
STREET_PREFIXES = ("calle ", "avenida ", "rua ", "piazza ", "viale ", "corso ")

_PART_WORDS = address_words.alternation(address_words.part_words())
# Floor words written after the floor's number, as each country's post writes a floor:
# "2nd floor", "3 tr", Norwegian "3. etg", "3 etasje", Danish "4. sal", German "2. OG",
# "3. Etage", "1. Stock", Croatian "4. kat", Finnish "2. krs", Polish "3 piętro", French "3e
# étage", Dutch "2e verdieping" (German "OG" in capitals only: Norwegian and Danish "og" is
# "and", "Storgata 5, 2 og 3 barn").
_FLOOR_WORDS = (
    r"floor|fl\.?|flr\.?|vån\.?|våningen|våning|tr\.?|trappor|trappa|etg\.?|etasje|etage|"
    r"sal|(?-i:OG)|obergeschoss|stock|stockwerk|kat|krs\.?|kerros|piętro|p\.|étage|verdieping|level"
)
# A floor: its number and word (read with re.IGNORECASE; `street_types` reads a street's name
# as ended by one: "9, rue Aubert 5e étage").
FLOOR = (
    r"\d{1,2}(?:st|nd|rd|th|:e|:a|\.|e|er|ère|ème|eme)?[ ]*(?:" + _FLOOR_WORDS + r")(?![^\W\d_])"
)
# French building and staircase letters: "Bât. B", "Bâtiment C", "Esc. 2"
BUILDING = r"(?:bât|bâtiment|bat|escalier|esc|entrée)(?:\.[ ]?|[ ])(?-i:[A-Z0-9])(?![^\W_])"
_PART = (
    rf"(?:{FLOOR}(?:[ ](?:ned|ner|upp|links|rechts)(?![^\W\d_]))?"
    # German and French parts of a house with no number: "Hinterhaus", "rez-de-chaussée"
    r"|(?:hinterhaus|vorderhaus|seitenflügel|gartenhaus|erdgeschoss|dachgeschoss|souterrain|"
    r"rez-de-chaussée|rdc|prizemlje|bottenvåningen|underetasje)(?![^\W\d_])"
    rf"|{BUILDING}"
    # a Finnish staircase and flat after a comma, where the part ends: ", A 15", ", b 7"
    r"|(?<=,)[ ]*[A-J][ ]\d{1,3}(?=[ ]*(?:[,.;:)\n]|\Z))"
    r"|\d{1,2}[ºªo°](?:[ ]?[A-Z](?![^\W_]))?"  # Spanish "3º B" (read as "3o B")
    rf"(?:[ ]?(?:{address_words.alternation(address_words.side_words())})\.?(?![^\W_]))?"
    r"|(?:st|kl|\d{1,2})\.?[ ]?(?:th|tv|mf)\.?(?![^\W_])"  # Danish "1. mf", "st. tv"
    rf"|(?:{_PART_WORDS}|m|lok|lokal|mieszk)\.?[ ]*(?:nr\.?[ ]*)?[0-9]{{1,4}}[A-Z]?(?![^\W_])"
    rf"|(?:{_PART_WORDS})\.?[ ]+[A-Z](?![^\W_]))"
)
# (a floor or building on a line of its own, as a letter writes it: "Storgata 12 B\n3 etg")
_SEP = rf"(?:[ ]*,[ ]*|[ ]+|[ ]*\n[ ]*(?=(?:{FLOOR}|{BUILDING})))"
_AFTER = re.compile(rf"{_SEP}{_PART}(?:{_SEP}{_PART}){{0,2}}", re.IGNORECASE)
# A postcode of the countries `address_words` keeps (with a country prefix, "DK-6237"), then
# the town in any case ("177 73 stockholm", "St. Pölten", "Klingenthal/Sa.", "Aröd och
# Timmervik", "Wells next the Sea").
_TOWN_WORD = rf"(?:St\.[ ]?)?{U}[^\W\d_]+(?:/[^\W\d_]+\.?)?"
# (Dutch towns with an article or a preposition: "'s-Hertogenbosch", "'t Zandt", "Bergen op
# Zoom", "Krimpen aan den IJssel", "Kring van Dorth"; Croatian "Biograd na Moru")
_TOWN = (
    rf"(?:'[st][ -])?(?:{_TOWN_WORD}|[^\W\d_]{{2,}})"
    rf"(?:[ -](?:(?:och|und|et|y|i|on|upon|next[ ]the|de|la|le|am|an|sur|nad|pod|na|op|bij|aan"
    rf"|aan[ ]de|aan[ ]den|van)[ ]+)?"
    rf"{_TOWN_WORD}){{0,3}}"  # "Němčice nad Hanou"
    # French towns joined by hyphens: "Renault-sur-Guillaume", "Pauline-la-Forêt"
    r"(?:-(?:sur|sous|en|lès|lez|les|le|la|aux|au|de|du|des)-[^\W\d_]+)?"
    r"(?:[ ][A-ZÆØÅ](?![^\W_]))?"  # a Danish district letter: "8000 Aarhus C"
)
_POSTAL = re.compile(
    rf"[ ]*,?[ ]*\n?[ ]*(?:{address_words.postcode_before_town()})(?![\w-])[ ]+({_TOWN})"
)
# A town alone after a comma, where the sentence or line ends.
_TOWN_ENDING = re.compile(rf"[ ]*,[ ]*{U}[^\W\d_]+(?:[ -]{U}[^\W\d_]+)?(?=[ ]*(?:[.;\n]|$))")


# A floor's number that another rule took as the end of the house number, its floor word left
# after it: "Storgata 6B 2" + " etg", "rue Voltaire, 5e" + " étage", "Ringen 2H 4." + " etg".
_NUMBER_TAKEN = re.compile(r"(?<=[ ,])\d{1,2}(?:e|er|\.)?\Z")
_FROM_NUMBER = re.compile(rf"{_PART}(?:(?:[ ]*,[ ]*|[ ]+){_PART}){{0,2}}", re.IGNORECASE)


def _floor_taken(text: str, end: int) -> re.Match[str] | None:
    """The floor and the parts after it when the address ends in the floor's number."""
    number = _NUMBER_TAKEN.search(text, max(0, end - 5), end)
    if not number:
        return None
    part = _FROM_NUMBER.match(text, number.start())
    return part if part and part.end() > end else None


def widen_after(text: str, end: int) -> int:
    """The end of an address that stops at `end`, over a floor, flat or entrance, a postcode
    and town, or a town alone that ends the sentence."""
    part = _AFTER.match(text, end)
    taken = _floor_taken(text, end)  # "12 B 3" + " etg 0155 Oslo", not " etg 0155" a flat
    if taken and part:
        return max(_town_end(text, part.end()), _town_end(text, taken.end()))
    return _town_end(text, (part or taken).end() if part or taken else end)


def _town_end(text: str, end: int) -> int:
    """The end of an address read up to `end`, over a postcode and town after it, or a town
    alone that ends the sentence."""
    postal = postal_end(text, end, parts=False)
    if postal is not None:
        return postal
    town = _TOWN_ENDING.match(text, end)
    return town.end() if town else end


def town_after(text: str, end: int) -> int:
    """The end of an address that stops at `end` (with all else after it read), over a town
    after a comma that is a published place and no ordinary word ("5 Chapel Mews, Sheffield
    today"), else `end`."""
    town = _TOWN_AFTER.match(text, end)
    return town.end() if town and _a_town(town.group(1)) else end


# A town after a comma with more of the sentence after it: a published place name that is no
# ordinary word ("…, Sheffield, 2nd floor"; not "…, Bath today", "…, Will said").
_TOWN_AFTER = re.compile(rf"[ ]*,[ ]*({U}[^\W\d_]+(?:[ -]{U}[^\W\d_]+)?)(?![^\W\d_]|[ -]\d)")


def _a_town(words: str) -> bool:
    low = words.lower()
    first = low.split()[0].split("-")[0]
    return low in lexicon.places() and first not in vocab.known_words()


# The town, then a postcode of the countries that write it after the town ("leeds be17 5an",
# "Toronto ON M5V 2T6" is not read: a province stands between).
_TOWN_POSTAL = re.compile(
    rf"[ ]*,[ ]*[^\W\d_]{{2,}}(?:[ -][^\W\d_]{{2,}})?[ ]+(?:{address_words.postcode_after_town()})"
    r"(?![\w-])",
    re.IGNORECASE,
)


# Words inside a town's name: a known word after one is part of it ("Frankfurt am Main"; not
# English "on", "…, Leeds on Monday").
_JOINS = frozenset("i am an sur nad pod na op bij aan den van".split())


_YEAR = re.compile(r"(?:19|20)\d\d")


def postal_end(text: str, end: int, parts: bool = True) -> int | None:
    """The end of a postcode and town right after `end` (over a floor or flat first when
    `parts`), or None: "…, 1. mf, 2138 odense", "…, LT-24140 Kaunas". A lower-case town
    that is an ordinary word ("12000 kronor") is no town."""
    if parts and (part := _AFTER.match(text, end)):
        end = part.end()
    postal = _POSTAL.match(text, end)
    if not postal:
        after = _TOWN_POSTAL.match(text, end)
        return after.end() if after else None
    town = postal.group(1)
    words = town.split()
    known = vocab.known_words()
    if town.islower() and words[0] in known and words[0] not in lexicon.places():
        return None
    if words[0].islower() and _YEAR.fullmatch(text[postal.start() : postal.start(1)].strip(" ,\n")):
        return None  # a year and the sentence going on: "Owenhof 4, 2019 bij haar zus"
    stop = postal.end()
    while len(words) > 1 and words[-1].lower() in known and words[-2] not in _JOINS:
        stop -= len(words.pop()) + 1  # "82806 Paris Max dose reached": the town is Paris
    return stop


# A capitalised genitive before a street written as one word: "Mossens Ängsväg 10",
# "Kvarnens Backe 3" (the name of the street is both words).
_GENITIVE_BEFORE = re.compile(rf"(?<![^\W\d_]){U}[^\W\d_]+s[ ]\Z")


_JOINED_BEFORE = re.compile(rf"(?<![^\W\d_]){U}[^\W\d_]*-\Z")
# A Dutch street named after a person keeps the name's particle in lower case before it:
# "van Dijkpark 373b", "van der Meulenlaan 457a", "ter Haarstraat 4".
_DUTCH_PARTICLE_BEFORE = re.compile(r"(?<![^\W\d_])(?:van(?:[ ]der|[ ]den|[ ]de)?|ter|ten)[ ]\Z")


def widen_before(text: str, start: int) -> int:
    """The start of an address at `start` with a genitive before its street, the first half
    of its hyphenated name ("Ylä-Fallin tie 80") or a Dutch particle ("van Dijkpark 373b"),
    else `start`."""
    if start < 3 or not text[start].isupper():
        return start
    if text[start - 1] == "-":
        joined = _JOINED_BEFORE.search(text, max(0, start - 30), start)
        return joined.start() if joined else start
    match = _GENITIVE_BEFORE.search(text, max(0, start - 30), start)
    if match is None:
        match = _DUTCH_PARTICLE_BEFORE.search(text, max(0, start - 10), start)
    return match.start() if match else start


# The label's colon, on the same line, a few words after the address word.
_LABEL_COLON = re.compile(r"[^\n:]{0,40}?:[ \u00a0]*")
_SPACES = re.compile(r"[ \u00a0]*")
# The value: up to the end of the line or sentence, at most 80 characters.
# (a full stop before a figure ends nothing: "Dussenstr. 1-1")
_VALUE = re.compile(r"[^\n;]{4,160}?(?=[.;]?[ \u00a0]*(?:\n|$)|[.;][ \u00a0]+(?!\d)|[ \u00a0]{2})")
# A postcode of many countries inside it ("4472YM", "4472 YM", "44938", "00-950", "M0 3EE",
# "157 33"; four digits that could be a year are not one) and a house number apart from it.
_POSTCODE_IN = re.compile(
    r"(?<![\w-])(?:\d{4}[ ]?[A-Z]{2}|\d{5}|\d{7}|(?!19|20)\d{4}|\d{2}-\d{3}|\d{3}[ ]\d{2}|"
    r"[A-Z]{1,2}\d[A-Z\d]?[ ]\d[A-Z]{2})(?![\w-])"
)
_LEAD_WORD = re.compile(r"([a-zåäö]+)[ \u00a0]+")
_PARTICLES = frozenset("van von der den de des du la le da di del dos das am".split())
_HOUSE_NUMBER = re.compile(r"(?<![\w-])\d{1,4}(?:[A-Za-z]|[-/]\d{1,4})?(?![\w-])")


# Without a postcode, a value that is plainly an address: a street (a street type first, or
# capitalised words) with its house number, then two or more capitalised places after commas
# ("Juan Ayala 84 Piso 45, Parral, Región del Maule", "Calle Los Abedules 3428, Río Claro").
_STREET_AND_PLACES = re.compile(
    rf"(?:(?:{address_words.alternation(address_words.types_first())})\.?[ ]+)?"
    rf"(?:{U}[^\W\d_]*[ ]+|(?:de|del|la|los|las)[ ]+){{1,5}}\d{{1,5}}[^,]{{0,20}}"
    rf"(?:,[ ]*{U}[^,]+){{2,}}\Z"
)


def _start(match: re.Match[str]) -> int:
    return match.start()


def labelled(text: str, end: int, colon_seen: bool = False) -> tuple[int, int] | None:
    """The address after an address word ending at `end` and a label's colon (already read
    when `colon_seen`), as (start, end), or None when the value holds no house number and
    postcode."""
    colon = _LABEL_COLON.match(text, end) or (_SPACES.match(text, end) if colon_seen else None)
    if not colon:
        return None
    value = _VALUE.match(text, colon.end())
    if not value:
        return None
    # the last one: "Calle Los Abedules 3428, Río Claro, …, 9296310"
    postcode = max(
        _POSTCODE_IN.finditer(text, value.start(), value.end()), key=_start, default=None
    )
    if not postcode:
        if not _STREET_AND_PLACES.match(value.group()):
            return None
        return value.start(), value.end()
    numbers = [
        m
        for m in _HOUSE_NUMBER.finditer(text, value.start(), value.end())
        if not (postcode.start() <= m.start() < postcode.end())
    ]
    if not numbers or len(value.group().split()) > 20:
        return None
    start = value.start()
    while lead := _LEAD_WORD.match(text, start, numbers[0].start()):
        if lead[1] in _PARTICLES or lead[1] not in vocab.known_words():
            break
        start = lead.end()  # "should be Kauppakatu 20": the words before the street stay
    return start, value.end()
