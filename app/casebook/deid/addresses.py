"""Street addresses of the countries participants come from and move to, beside the Swedish
and English ones of `patterns.py` (which calls these on its trigger words and digit clusters).

- Street words of the neighbours and the largest groups born abroad, at the end of a
  capitalised compound with a house number after it: Norwegian and Danish ("Kirkeveien 12",
  "Nørregade 4"), Finnish ("Ilomäenkatu 2", "Koivutie 7"), German ("Weihmannring 5",
  "Lindenstraße 3"). A compound that is itself an ordinary word ("During 5") is not a street.
- Polish streets written with their prefix: "ulica Matejki 8/43", "ul. Długa 5", "al. Róż 3".
- Whatever the street, "Street 9A, 5358 Town": a capitalised street, a house number, a comma,
  a postcode of four or five digits (or Polish "12-345") and a capitalised town.
- British postcodes ("M10 9ND") with the town after them and, before them, a house number
  and street ("847 Storey Camp, M10 9ND Baileyfort"), or with the town before them as
  Britain writes it ("36 Church Street, Bristol BS3 4HT").
- A lower-case street type before the name: "16 rue de la Gare, 75011 Paris", "via Roma 3".

The house number may carry a letter ("9A"), a flat ("10/26") and a Swedish floor ("18 7 tr",
"3 tr.", "vån 2"). Every address found is widened (`widen`) over a "c/o" and name before it
("c/o Nilsson, Lingonvägen 4") and a Danish floor and side after it ("Vestergade 12, 3. tv,
8000 Aarhus C"), and over a town of three words or more after its postcode ("43931 Salt Lake
City", `long_towns.py`).
"""

from __future__ import annotations

import re

from casebook.deid import (
    address_numbers,
    address_parts,
    address_states,
    address_tails,
    address_units,
    address_words,
    lexicon,
    long_towns,
    number_words,
    polish_streets,
    street_modifiers,
    vocab,
)

Found = tuple[int, int, str]

# Capitalised-only street words (the compound must be longer than the word itself).
# Not "ring" ("Weihmannring"), whose trigger would fire in "during", "bring", "morning".
FOREIGN_STREET_WORDS = (
    "veien vegen vei veg gaten gate plass plassen stien bakken vej vejen gade gaden stræde "
    "plads torv katu tie kuja polku väylä raitti tori ranta rinne kaari puisto aukio "
    "bulevardi polku katu straße "
    "strasse weg platz allee gasse damm ufer chaussee steig pfad"
).split()
# Finnish street words also stand as a word of their own: "Ida Ekmanin kuja 94".
SEPARATE_STREET_WORDS = (
    frozenset("katu tie kuja polku bulevardi väylä raitti tori".split())
    | address_parts.SEPARATE_STREET_WORDS
)
STREET_PREFIXES = ("ulica ", "ul. ", "aleja ", "al. ", "plac ", "pl. ", "os. ", "osiedle ")
# Poland's street register (TERYT ULIC) gives every street a feature (cecha) written in lower
# case before its name: besides "ul.", "al.", "pl." and "os.", "park", "skwer" (square),
# "rondo" (roundabout) and "bulw." (bulwar): "park Jordana 3", "skwer Kościuszki 5". Read only
# so, in lower case and before a name that is no word of the note ("the park Monday 5").
_LOWER_PREFIXES = frozenset({"park", "skwer", "rondo", "bulw."})
STREET_PREFIXES += tuple(f"{w} " for w in sorted(_LOWER_PREFIXES))
STREET_PREFIXES += address_parts.STREET_PREFIXES  # "Calle Mayor 5"
# Words after which a capitalised name and a number are an address: "living at Liemyra 8",
# "New addr Tangenbråten 604", "flyttat till Hagenhagen 541", "gave her address as
# Tranekær 12" (the address given or recorded as), with the adverbs of still
# living somewhere in Swedish, Danish and Norwegian ("bor kvar på", "bor stadig på"), and
# "bor i", as Norwegian and Danish say living in a street ("bor i Fergeleiet 101A").
ADDRESS_CUES = tuple(
    """living at|lives at|live at|moved to|moving to|address|address:|address,|addr|addr:|
    address is|address was|address as|adress är|adressen är|bor nu på|bor numera på|
    bor kvar på|bor fortfarande på|
    bor stadig på|bor stadigvæk på|bor fortsat på|bor fortsatt på|bor fremdeles på|
    addr.|adress|adress:|adress,|adr:|adr.|bor på|flyttat till|flyttade till|flyttar till|
    flytta till|lägenheten på|lägenhet på|huset på|flyttet til|flyttede til|flytter til|
    bor nå på|adressen er|wohnt in der|wohnt jetzt in der|zieht in die|
    umgezogen in die|bor i|bodde i|boede i|bur i|budde i""".replace("\n", "")
    .replace("    ", "")
    .split("|")
)
ADDRESS_CUES += address_units.CUES  # "adres:", "mieszka przy", "lives on"
ADDRESS_CUES = tuple(f"{cue} " for cue in ADDRESS_CUES) + tuple(
    f"{cue}\n"
    for cue in ADDRESS_CUES
    if cue.endswith(":")  # "New address:\nBredavik 42A"
)
# British and American street types after a house number and a name ("331 Melanie Glen"),
# those that are not frequent words (each one is a trigger, looked at wherever it occurs).
ENGLISH_TYPES_MORE = (
    "alley brook bypass causeway cove creek crest dale estate expressway freeway gateway "
    "glen harbor harbour haven heights hollow junction knoll manor meadow meadows mall "
    "motorway orchard parade parkway pike plaza ridge summit trail turnpike vista"
).split()

U = address_words.U  # a capital letter of any Latin script ("Ś", "Ł", "Ż", "Ş", "Å", "Ü")
# Particles inside street and town names: "Rúa de Bos Aires", "Ejea de los Caballeros".
_PARTICLE = (
    r"(?:och|und|et|de|des|del|la|las|los|le|du|da|das|do|dos|di|von|van|der|den|am|an|im|zum)[ ]+"
)
# (a letter after a space only in capitals: "12 B", not "3 i Enköping", "15 m. 4")
_NUMBER = r"\d{1,4}(?!\d)(?:(?:[A-Za-z]|[ ][A-Z])(?![^\W\d_]))?(?:[/-]\d{1,4}(?!\d))?"
# British flat types before a number: "Flat 2, ...", "Studio 54, George Manors, ..."
_FLAT_WORDS = r"Flat|Apartment|Apt\.?|Unit|Studio|Suite"
# "3 tr", "1 tr ned"
_FLOOR = r"(?:[ ,]+\d{1,2}[ ]?(?:tr|trappor|trappa|vån|våning)\b\.?(?:[ ](?:ned|ner|upp)\b)?)?"
_POSTCODE = (
    r"\d{4}[ ]?[A-Z]{2}(?![^\W\d_]),?(?=[ ])"  # Dutch: "3512 JC", "1017GC," before the town
    r"|(?:[A-Z]{1,2}-)?(?:\d{4,5}|\d{2}-\d{3}|\d{3}[ ]\d{2})"
    r"|[A-Z]{1,2}\d[A-Z\d]?[ ]\d[A-Z]{2}"
)
_TOWN = (
    rf"[ ]+(?:St\.[ ]?)?{U}[^\W\d_]+(?:[ -](?:{_PARTICLE}){{0,2}}{U}[^\W\d_]+)?"
    # French towns joined by hyphens: "Renault-sur-Guillaume", "Aix-en-Provence"
    rf"(?:-(?:sur|sous|en|lès|lez|les|le|la|aux|au|de|du|des)-{U}[^\W\d_]+)?"
    r"(?:/[^\W\d_]+\.?)?"  # "Klingenthal/Sa."
)
# After a street word: the house number and what may follow it.
TAIL = re.compile(rf"[ ]*{_NUMBER}{_FLOOR}(?:[ ]*,?[ ]*(?:{_POSTCODE}){_TOWN})?")
# After a house number (Swedish addresses too): flat, floor, postcode and town.
AFTER_NUMBER = re.compile(rf"(?:/\d{{1,4}})?{_FLOOR}")
# A street's name: "de Dulf 43", "John G.Mattesons 88".
_NAME_WORDS = (
    rf"(?:{_PARTICLE})?"
    rf"(?:{U}[^\W\d_]*(?:[.'’-]{U}?[^\W\d_]+)*[.'’-]?[ ]+(?:{_PARTICLE})?){{1,4}}"
)
# Street types written in lower case before the name ("16 rue de la Gare", "via Roma").
STREET_TYPES = (
    r"(?:rue|avenue|boulevard|chemin|allée|impasse|place|quai|via|viale|piazza|corso|calle|"
    r"avenida|plaza|paseo|rua|travessa|largo)"
)
_TYPE = rf"(?:{STREET_TYPES}[ ]+(?:{_PARTICLE}){{0,2}})?"
_TYPE_FIRST = rf"{STREET_TYPES}[ ]+(?:{_PARTICLE}){{0,2}}"  # as France writes it after a comma
# The compass point of an American street, between the house number and its name ("202 E
# Main", "14 NW Elm"), as USPS Pub. 28 writes the predirectional.
_DIRECTION = r"(?:[ ]+(?:[NSEW]|N[EW]|S[EW])\.?(?=[ ]))?"
# A street line: "Sætherbråten 9A", "847 Storey Camp" or "Flat 2, Knight Spring" (the flat
# may stand on a line of its own, as Britain writes it: "Flat 2\nKnight Spring").
STREET_LINE = (
    rf"(?:(?<![\w.,])(?:{_NAME_WORDS}|{_NAME_WORDS}?{U}[^\W\d_]*,[ ]*){_NUMBER}"
    # "12, rue des Lilas", "202 E Main"
    rf"|(?<![\w.,])\d{{1,4}}[A-Za-z]?{_DIRECTION}(?:[ ]+{_TYPE}|,[ ]+{_TYPE_FIRST})"
    rf"(?:{U}[^\W\d_]+[ ]+(?:{_PARTICLE})?){{0,4}}{U}[^\W\d_]+|(?<![\w.,])(?:{_FLAT_WORDS})[ ]"
    rf"\d{{1,4}}[A-Za-z]?(?:,[ ]*|[ ]*\n[ ]*)(?:{U}[^\W\d_]+[ ]+){{0,2}}{U}[^\W\d_]+)"
)
# The street line and a comma before a postcode (over a line break: `address_lines.py`), a
# Danish floor and side between them as Danish addresses write it ("Engbakken 14, 2. th.,
# 4000 Roskilde"; the same floor `_DANISH_FLOOR` reads after a street the other rules found).
_STREET_BEFORE = re.compile(
    rf"{STREET_LINE}(?P<floor>,[ ]*(?:st|kl|\d{{1,2}})\.?[ ]*(?:th|tv|mf|sal)\.?)?[ ]*,[ ]*\Z"
)
# The town after a Danish floor and postcode is one word, hyphened or with a district letter,
# as `_DANISH_FLOOR` reads it ("6149 Nørresundby Dag for dag": "Dag" opens the next sentence).
_DANISH_TOWN = re.compile(rf"[ ]+{U}[^\W\d_]+(?:-{U}[^\W\d_]+)*(?:[ ][A-ZØÆÅ](?![^\W\d_]))?")
# "Flat 20, Elliot Motorway": a flat, then a capitalised street, and its house number
# where the street's name comes first, as the continent writes it ("Flat 9, Park Close 76";
# not a time or a decimal: "Flat 2, Mill Lane 10:30").
_FLAT = re.compile(
    rf"(?:{_FLAT_WORDS})[ ]\d{{1,4}}[A-Za-z]?,[ ]*(?:{U}[^\W\d_]+[ ]+){{0,2}}"
    rf"{U}[^\W\d_]+(?:[ ]\d{{1,4}}(?!\d)[A-Za-z]?(?![\w.:,]\w))?"
    rf"(?:[ ]*,?[ ]*(?:{_POSTCODE}){_TOWN})?"
)
# After an address cue: a capitalised name (one to three words) and a house number.
# (not a town and a time since: "moved to Bergen 3 years ago", "flyttet til Oslo 2 år siden";
# nor a year or a count: "Die Adresse Berlin 2019", "Osoite Helsinki 2 kertaa")
_SINCE = (
    r"(?![ ]+(?:years?|months?|weeks?|days|år|månader|månedar|måneder|veckor|uker|uger|"
    r"dagar|dager|dage|Jahren?|Monate|Monaten|Wochen|Tage|Tagen|times|gånger|ganger|gange|"
    r"kertaa|vuotta|kuukautta|viikkoa|päivää|[Mm]al|"
    # a distance: "bor i Kampen 15 minutter unna", "living at Hellerup 20 minutes away"
    r"minutes|minutter|minuter|minuuttia|km|kilometres|kilometers|kilometer|mil)(?![^\W\d_]))"
)
_CUED = re.compile(
    rf"(?:{_NAME_WORDS}(?!(?:19|20)\d\d(?!\d)){_NUMBER}{_SINCE}"
    rf"|\d{{1,4}}[A-Za-z]?(?:-\d{{1,4}}[A-Za-z]?)?[ ]+{_TYPE}"  # "24-28 Broadway Market"
    rf"(?:{U}[^\W\d_]+[ ]+(?:{_PARTICLE})?){{0,4}}"
    rf"{U}[^\W\d_]+(?![^\W\d_])(?![ ]?\d))"
)
_POSTAL_TAIL = re.compile(rf"[ ]*,?[ ]*(?:{_POSTCODE}){_TOWN}")
_NAME_BEFORE = re.compile(rf"(?:{U}[^\W\d_]*[ ]+){{1,3}}\Z")
_UK_POSTCODE = re.compile(r"(?<![\w])[A-Z]{1,2}\d[A-Z\d]?[ ]\d[A-Z]{2}(?![\w])")
_TOWN_AFTER = re.compile(_TOWN)
_PREFIX_REST = re.compile(rf"{_NAME_WORDS}{_NUMBER}")


def foreign_street(text: str, low: str, start: int, end: int, n: int) -> Found | None:
    """A street word and a space ("veien ") were found at low[start:end]: is it the end of a
    capitalised compound ("Kirkeveien", "Sylvie-Sölzer-Weg"), or a Finnish street word after
    capitalised words ("Ida Ekmanin kuja"), with a house number next?"""
    if end >= n or not low[end].isdigit():
        return None
    if low[start] == " ":  # a separate word: " kuja "
        start += 1
    word_start = start
    while word_start > 0 and (low[word_start - 1].isalpha() or low[word_start - 1] == "-"):
        word_start -= 1
    if word_start == start:
        if low[start : end - 1] not in SEPARATE_STREET_WORDS:
            return None
        lead = _NAME_BEFORE.search(text, max(0, start - 40), start)
        if not lead:
            return None
        word_start = lead.start()
    elif not text[word_start].isupper():
        return None
    elif low[word_start : end - 1] in vocab.known_words():
        return None  # "During 5 days", "Bring 2"
    tail = TAIL.match(text, end - 1)
    if not tail or tail.end() <= end:
        return None
    return word_start, tail.end(), "address"


def flat(text: str, low: str, start: int, end: int, n: int) -> Found | None:
    """ "Flat 20, Elliot Motorway" (capitalised "Flat", a number, a comma, a street)."""
    if (start and low[start - 1].isalnum()) or not text[start].isupper():
        return None
    match = _FLAT.match(text, start)
    return (start, match.end(), "address") if match else None


def cued(text: str, low: str, start: int, end: int, n: int) -> Found | None:
    """After "living at", "moved to", "addr", "flyttat till": a capitalised name and a house
    number ("Liemyra 8"), or a number and a capitalised name ("94 Eileen Mall"); after an
    address word and a label's colon, any address with a house number and a postcode."""
    if start and low[start - 1].isalpha() and not postal_compound(low, start, end):
        return None
    at = end
    while at < n and text[at] in " :\n":  # "New address:\nBredavik 42A"
        at += 1
    match = _CUED.match(text, at)
    alone = None if match else address_units.house_alone(text, at, low[start:end])
    if alone:  # "moved to 14 B on Monday"
        return (*alone, "address")
    if not match:
        said = low[end - 2 : end - 1] == ":" or low.endswith((" is ", " är "), 0, end)
        value = address_parts.labelled(text, end, said)
        return (*value, "address") if value else None
    tail = AFTER_NUMBER.match(text, match.end())
    postal = _POSTAL_TAIL.match(text, tail.end())
    return at, (postal or tail).end(), "address"


# An address label may be a compound whose last part is the address word: "Postadresse:",
# "Hjemmeadresse:", "Postadress:", "Kotiosoite:" (the postal, home, delivery address). Its
# first part must be no electronic address's ("E-postadresse:", "Mailadresse:",
# "IP-adresse:", "Sähköpostiosoite:", "Nettadresse:"), whose value is no street.
_ELECTRONIC = re.compile(r"e-?post|e-?mail|mail|ip|web|nett|url|mac|sähköposti|verkko|www")


def postal_compound(low: str, start: int, end: int) -> bool:
    """Whether the address label low[start:end] (its colon, then a space or a line's end),
    glued to the word before it, ends a compound naming a postal address ("postadresse:",
    "kotiosoite:"), not an electronic one ("e-postadresse:", "ip-adresse:")."""
    if not low[start:end].rstrip().endswith(":"):
        return False
    first = start
    while first and (low[first - 1].isalpha() or low[first - 1] == "-"):
        first -= 1
    return _ELECTRONIC.match(low, first, start) is None


# The address as which a street and house number were given, said after them: "She gave
# Fergeleiet 101A as the delivery address", "oppga Fergeleiet 101A som leveringsadresse",
# "uppgav Sjövik 3 som sin adress", Finnish "antoi Rantatie 4:n toimitusosoitteeksi" (the
# address word may end a compound: "leveringsadresse", "postadress", "toimitusosoite").
# Between "as" and the address word only a determiner and the kinds of a postal address;
# never an e-mail, IP or web address ("Windows 10 as the IP address", "som e-postadresse").
_POSTAL_KINDS = (
    r"the|her|his|their|my|our|your|a|an|its|new|old|current|delivery|postal|post|home|"
    r"shipping|billing|mailing|return|contact|forwarding|permanent|street|sin|sitt|hans|"
    r"hennes|hendes|deres|ny|nye|nya|den|det"
)
_NOT_POSTAL = r"(?!(?:epost|email|mail|ip|web|nett|url|mac|sähköposti|verkko))"
_GIVEN_AS = re.compile(
    rf"[ ]+(?:as|som)[ ]+(?:(?:{_POSTAL_KINDS})[ ]+){{0,3}}{_NOT_POSTAL}[^\W\d_]*"
    r"(?:address|adresse|adress)(?:en|n)?(?![^\W\d_])"
    rf"|(?::n)?[ ]+{_NOT_POSTAL}[^\W\d_]*osoitteeksi(?![^\W\d_])",
    re.IGNORECASE,
)
_GIVEN_STREET = re.compile(
    rf"(?<![\w.,]){_NAME_WORDS}(?!(?:19|20)\d\d(?!\d))(?P<number>{_NUMBER})\Z"
)


def given_as(text: str) -> list[Found]:
    """A capitalised street and a house number right before "as the (delivery) address",
    "som leveringsadresse", "osoitteeksi": the address given, whatever its street's ending
    ("Fergeleiet 101A"); no year ("Storgata 2019"), no lower-case words ("gave room 12"), no
    number's word ("Chapter 12"), no e-mail or IP address ("Windows 10 as the IP address")."""
    found: list[Found] = []
    for cue in _GIVEN_AS.finditer(text):
        street = _GIVEN_STREET.search(text, max(0, cue.start() - 80), cue.start())
        if street is None:
            continue
        last = text[street.start() : street.start("number")].split()[-1].lower().rstrip(".")
        if last not in number_words.COMMON:  # "Chapter 12 as the address of the king"
            found.append((street.start(), street.end(), "address"))
    return found


def street_prefix(text: str, low: str, start: int, end: int, n: int) -> Found | None:
    """ "ulica Matejki 8/43", "ul. Długa 5" (the trigger includes the space or line break
    before the prefix)."""
    start += 1
    if low[start:end].strip() in _LOWER_PREFIXES and not _lower_prefix_ok(text, start, end):
        return None
    rest = _PREFIX_REST.match(text, end)
    rest_end = rest.end() if rest else polish_streets.rest_end(text, low, start, end)
    if rest_end is None:
        return None
    tail = AFTER_NUMBER.match(text, rest_end)
    postal = _POSTAL_TAIL.match(text, tail.end())
    return start, (postal or tail).end(), "address"


def _lower_prefix_ok(text: str, start: int, end: int) -> bool:
    """Whether the register's lower-case feature at text[start:end] ("park ") is written as
    the register writes it, before a capitalised name that is no word of the note's languages
    ("park Jordana", not "Park Hotel" or "the park Monday")."""
    if not text[start].islower():
        return False
    word = re.match(r"[^\W\d_]+", text[end:])
    return bool(word) and word.group().lower() not in vocab.known_words()


def street_and_postcode(text: str, start: int, end: int) -> Found | None:
    """text[start:end] is a postcode with a capitalised town after it: the whole address when
    a street and a house number stand before it, followed by a comma."""
    town = _TOWN_AFTER.match(text, end)
    if not town:
        return None
    before = _STREET_BEFORE.search(text, max(0, start - 60), start)
    if not before or _DATE_BEFORE_YEAR.search(text, max(0, start - 24), start):
        return None  # "On August 9, 2027 Kevin Sköld was admitted": a date and a person
    if before.group("floor"):
        town = _DANISH_TOWN.match(text, end) or town
    return before.start(), town.end(), "address"


# An English date's month and day before its year, either way round: "August 9, ", "Mar.
# 18th, ", "13 December, " ("13 December, 1998-30 June 2001" is a span of dates).
_MONTHS = "|".join(sorted((m for m in vocab.MONTHS if m.isascii()), key=len, reverse=True))
_DATE_BEFORE_YEAR = re.compile(
    rf"(?:(?<![^\W\d_])(?:{_MONTHS})\.?[ ]\d{{1,2}}(?:st|nd|rd|th)?"
    rf"|(?<![\w.,/-])\d{{1,2}}(?:st|nd|rd|th)?[ ](?:{_MONTHS})\.?),[ ]*\Z",
    re.IGNORECASE,
)


_DUTCH_LETTERS = re.compile(r"[ ]?[A-Z]{2}(?![^\W\d_]),?(?=[ ])")


def dutch_postcode(text: str, start: int, end: int) -> Found | None:
    """text[start:end] is four digits: a Dutch postcode when two capitals follow them ("3512
    JC", "3512JC"), with the street and house number before it and the town after it, as the
    Netherlands write an address ("Oudegracht 12, 3512JC, Utrecht"); or alone with a town of
    the published place lists after it ("1017 GC Amsterdam")."""
    letters = _DUTCH_LETTERS.match(text, end)
    if not letters:
        return None
    found = street_and_postcode(text, start, letters.end())
    if found or text[start] == "0" or text[start : start + 2] in ("19", "20"):
        return found  # alone, no year: "In 2019 EU Brussels"
    if letters.group().strip(" ,") in ("SA", "SD", "SS"):
        return None  # letters PostNL never gives
    town = _TOWN_AFTER.match(text, letters.end())  # "1017 GC Amsterdam" alone: a published town
    if town and town.group().strip().lower() in lexicon.places():
        return start, town.end(), "address"
    return None


def uk_postcode(text: str, index: int) -> Found | None:
    """A British postcode around `index` (a digit in it), with the street before it and the
    town after it when they are there."""
    left = index
    while left > 0 and (text[left - 1].isalnum()) and index - left < 4:
        left -= 1
    match = _UK_POSTCODE.match(text, left)
    if not match:
        return None
    found = street_and_postcode(text, match.start(), match.end())
    return found or _town_then_postcode(text, match.start(), match.end())


# (or on the line before it: "London\nSW1A 1AA")
_TOWN_BEFORE = re.compile(rf"(?<![\w])(?:{U}[^\W\d_]+[ ]){{0,1}}{U}[^\W\d_]+[ \n]\Z")


def _town_then_postcode(text: str, start: int, end: int) -> Found:
    """A British postcode after its town, as Britain writes it ("36 Church Street, Bristol
    BS3 4HT"): the town, and the street with its house number and comma before it."""
    town = _TOWN_BEFORE.search(text, max(0, start - 30), start)
    if not town:
        return start, end, "address"
    street = _STREET_BEFORE.search(text, max(0, town.start() - 60), town.start())
    if (
        not street
        and town.group().endswith("\n")
        and town.group().strip().lower() in lexicon.places()
    ):
        return town.start(), end, "address"  # a published town on the line before: "London\n"
    return (street.start() if street else start), end, "address"


# Before an address: "c/o Nilsson, Lingonvägen 4" (the name the post goes through is part of
# it). After one: a Danish floor and side, then the postcode and town ("Vestergade 12, 3. tv,
# 8000 Aarhus C").
_CARE_OF = re.compile(
    r"(?<![^\W\d_])c/o[ \u00a0]+(?:[^\W\d_]+[ \u00a0-]?){1,3},?[ \u00a0\n]*\Z", re.IGNORECASE
)
_DANISH_FLOOR = re.compile(
    rf",[ \u00a0]*(?:st|kl|\d{{1,2}})\.?[ \u00a0]*(?:th|tv|mf|sal)\.?(?![^\W\d_])"
    # (a town of the municipalities' hyphened names: "7658 Faaborg-Midtfyn", "Lyngby-Taarbæk")
    rf"(?:,[ \u00a0]*\d{{4}}[ \u00a0]+{U}[^\W\d_]+(?:-{U}[^\W\d_]+)*"
    rf"(?:[ \u00a0][A-ZØÆÅ](?![^\W\d_]))?)?"
)


def widen(text: str, found: Found) -> Found:
    """An address with the "c/o" before it and a Danish floor (and postcode) after it."""
    start, end, kind = found
    care_of = _CARE_OF.search(text, max(0, start - 60), start)
    end = address_numbers.rest_end(text, end)  # "5 bis", "Calle 16 # 4-8 Sur"
    floor = _DANISH_FLOOR.match(text, end)
    end = address_units.unit_end(text, floor.end() if floor else end)  # ", kl.", " H0203"
    end = address_parts.widen_after(text, end)
    end = address_units.district_end(text, address_tails.tail_end(text, end))  # "Aarhus C"
    end = address_states.state_end(text, end)  # "123 Main St Apt 456 Oakland CA 94789"
    end = address_parts.town_after(text, end)  # "5 Chapel Mews, Sheffield today"
    end = long_towns.town_end(text, end)  # "…, 43931 Salt Lake" + " City"
    if not care_of:
        start = address_parts.widen_before(text, start)  # "Mossens Ängsväg 10"
        start = street_modifiers.widen_start(text, start)  # "Øvre Slottsgate 12"
        start = address_tails.street_start(text, start, end)  # "6842 Shields Harbors, "
        start = address_tails.name_start(text, start)  # "Capellan puistokuja 4"
        start = address_tails.unit_start(text, start)  # "Suite 601 1 Aguilar Quad"
        start = address_units.unit_start(text, start)  # "Ground Floor Flat, 61 Frances Groves"
        start = address_numbers.rest_start(text, start)  # "12 bis rue Victor Hugo"
    return (care_of.start() if care_of else start), end, kind
