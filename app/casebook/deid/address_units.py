"""Flats, floors, staircases and post-office boxes as the postal authorities tell people to
write them, around an address that was found (measured on `bench/address_postal.py`, whose
streets come from Python Faker and whose forms from the postal rules of each country):

- after the house number: a Danish floor with no side or a floor and "sal" ("Nørregade 12,
  kl.", ", st.", ", 5. sal tv"); a Norwegian bolignummer ("Storgata 5 H0203", ", U0101");
  a Finnish staircase with its flat ("Kotikatu 36 C 31", "63 a 3"); a Swedish "nb" or
  "ö.g." ("3 tr ö.g."); a German flat or floor ("Whg. 20", ", 3. OG", "/ 2. OG links",
  ", Hinterhaus"); a Dutch floor ("12-3-hoog", "12 3-hoog", "12-hoog", "12 III", "12 huis",
  ", 3 hoog achter"); a Norwegian staircase (", Oppgang A"); a French floor (", 2 étage");
  a Polish flat ("ul. Długa 12 lok. 5", "m. 5");
- after the town of a Danish postcode, its district letter ("1165 København K",
  "8000 Aarhus C");
- a post-office box word with its number, which is an address of its own
  ("Postfach 91 42 57", "Postbus 60928", "Postboks 7922 Sentrum", "skr. poczt. 237"), its
  postcode and town after it read by `addresses.widen`.

A unit word is read only right after an address, so "kl. 14.30", "2 tr och 3 timmar" and
"box 12" elsewhere stay; a Danish "kl." or "st." with a number after it is a time, not a floor.
"""

from __future__ import annotations

import re

from casebook.deid import address_tails, dates, vocab

_UP = "A-ZÀ-ÖØ-Þ"
_SIDES = ("th", "tv", "mf")
_SIDE = rf"(?:{'|'.join(_SIDES)})\.?"
# A flat or suite of a British or American street line (USPS Pub. 28 writes "APT", "STE").
_EN_UNIT = (
    r"(?:[Ff]lat|FLAT|[Aa]partment|APARTMENT|[Aa]pt\.?|APT\.?|[Uu]nit|UNIT|[Ss]uite|SUITE"
    r"|[Ss]te\.?|STE\.?)"
)
_UNIT = re.compile(
    "|".join(
        (
            # Danish: ", kl.", ", st.", ", 5. sal tv", ", st. th" (the side alone is `addresses`')
            rf",[ ]*(?:kl|st)(?:\.(?![ ]?\d)|(?![.\w]))(?:[ ]?{_SIDE})?(?![^\W\d_]|[ ]?\d)",
            rf",[ ]*\d{{1,2}}\.[ ]?sal(?:[ ]?{_SIDE})?(?![^\W\d_])",
            # Norwegian bolignummer: H (floor), U (under), K (cellar), L (loft), floor, flat
            r",?[ ][HUKL]\d{4}(?![\w])",
            # Swedish "nb" (bottom floor), "ö.g." (across the yard), after "2 tr" too
            r"(?:[ ]\d{1,2}[ ]?tr\.?)?[ ](?:nb|n\.b\.|bv|ö\.?g\.?)(?![^\W\d_])",
            # German flat and floor
            r"(?:,[ ]*|[ ]/[ ]*)(?:Whg\.?|Wohnung|App\.?|Appartement)[ ]?\d{1,4}(?![\w])",
            r"(?:,[ ]*|[ ]/[ ]*)\d{1,2}\.[ ]?(?:OG|Obergeschoss|Etage|Stock|Stockwerk)"
            r"(?:[ ](?:links|rechts|Mitte|li\.|re\.))?(?![^\W\d_])",
            r",[ ]*(?:EG|DG|UG|Erdgeschoss|Dachgeschoss|Hinterhaus|Vorderhaus|Seitenflügel"
            r"|Gartenhaus)(?:[ ](?:links|rechts))?(?![^\W\d_])",
            # Dutch floor: "12-3-hoog", "12 3-hoog", "12-hoog", "12 III", "12 huis", "12 bis"
            r"(?:-\d{1,2})?-hoog(?![^\W\d_])",
            r"[ ]\d{1,2}-hoog(?![^\W\d_])",
            r"[ ](?:III|II|IV|I|huis|hs|bg|boven|beneden)(?![^\W\d_])",
            # ... and the floor after a comma, its side after it: ", 3 hoog achter"
            r",[ ]*\d{1,2}[ -]hoog(?:[ ](?:achter|voor|links|rechts|midden))?(?![^\W\d_])",
            # Norwegian staircase (oppgang) after a comma: ", Oppgang A"
            r",[ ]*[Oo]ppgang[ ][A-Z](?![\w])",
            # French floor after a comma: ", 2 étage", ", 3e étage", ", 1er étage"
            r",[ ]*\d{1,2}(?:e|er|ère|ème)?[ ][ée]tage(?![^\W\d_])",
            # Danish side after "sal" that `addresses` took ("3. sal" + " tv")
            rf"(?<=sal)[ ]{_SIDE}(?![^\W\d_])",
            # English flat after the street line: ", flat 5", ", Apt 3B"; as the United States
            # write it, with or without the comma: " Apt 456", " Apt #A-2", " Ste B", " #104"
            rf"(?:,[ ]*|[ ]){_EN_UNIT}(?:[ ]?(?:No\.|#)[ ]?|[ ])[A-Z]?-?\d{{1,4}}[A-Za-z]?(?![\w])",
            rf"(?:,[ ]*|[ ]){_EN_UNIT}[ ][A-Z](?![\w])",
            r"[ ]?#[ ]?[A-Z]?-?\d{1,5}[A-Za-z]?(?![\w])",
            # Turkish flat and floor after "No: 12": "/26", " Kat:8 Daire:34", " D: 5"
            r"(?<=\d)(?:/\d{1,3}|[ ,]*(?:Kat|Daire|D|Blok)[:.]?[ ]?\d{1,3}){1,3}(?![\w])",
            # ... and the flat's number when "Daire" was read as the district's name
            r"(?:(?<=[ ]Daire)|(?<=[ ]Kat))[:.][ ]?\d{1,3}(?![\w])",
            # Polish flat
            r"[ ](?:m\.|lok\.|lokal|mieszk\.)[ ]?\d{1,4}(?![\w])",
        )
    )
)
_BOLIG_TAKEN = re.compile(r"[HUKL]\d{4}(?![\w])")
# A staircase letter and flat after a house number ("36 C 31", "63 a 3"); the flat alone after
# a staircase letter the address already holds ("36 C" + " 31"). Posti writes the staircase
# (porras) and flat (huoneisto) after the house number ("Kotikatu 1 B 12"); a note may set them
# off with a comma as it does another country's flat ("Kotikatu 1, B 12"): then only a capital
# letter, and not "I" ("Kotikatu 1, I 2 ...").
_STAIRCASE = re.compile(r"(?:[ ]?|,[ ](?=[A-HJ]))[A-Ja-j][ ]\d{1,3}(?![\w]|[.,:/-]\d)")
_FLAT_AFTER_LETTER = re.compile(r"[ ]\d{1,3}(?![\w]|[.,:/-]\d)")
# A house number with its letter, then the staircase and flat: Posti writes "Mäkitie 12 a B 3"
# (house 12 a, staircase B, flat 3), a note "Mäntykatu 13B C 24"; a capital staircase only.
_STAIRCASE_AFTER_LETTER = re.compile(r"[ ][A-HJ][ ]\d{1,3}(?![\w]|[.,:/-]\d)")
_NUMBER_LETTER = re.compile(r"\d[ ]?[A-J]\Z")
# A Danish postcode and town before a district letter: "1165 København" + " K".
_DANISH_TOWN = re.compile(rf"(?<!\d)\d{{4}}[ ][{_UP}][^\W\d_]+\Z")
_DISTRICT = re.compile(r"[ ](?:SV|NV|SØ|NØ|K|V|Ø|N|S|C)(?![\w])")

BOX_WORDS = ("postfach ", "postbus ", "postboks ", "postbox ", "skr. poczt. ", "po box ")
_BOX = re.compile(
    r"(?:postfach|postbus|postboks|postbox|skr\. poczt\.|po box)[ ]\d{1,3}(?:[ ]?\d{2,3}){0,3}"
    r"(?![\w])(?:[ ](?:Sentrum|Centrum))?",
    re.IGNORECASE,
)


def unit_end(text: str, end: int) -> int:
    """The end of an address that stops at `end`, over a flat, floor or staircase after it."""
    unit = _UNIT.match(text, end)
    if unit:
        return unit.end()
    bolig = _BOLIG_TAKEN.match(text, end - 1) if end >= 2 and text[end - 2] == " " else None
    if bolig:  # "Storgata 5 H" + "0203": the house number's letter was the bolignummer's
        return bolig.end()
    if end and text[end - 1].isdigit():
        stair = _STAIRCASE.match(text, end)
        if stair and not address_tails.AMOUNT_AFTER.match(text, stair.end()):
            return stair.end()
    elif _NUMBER_LETTER.search(text, max(0, end - 6), end):
        flat = _FLAT_AFTER_LETTER.match(text, end) or _STAIRCASE_AFTER_LETTER.match(text, end)
        if flat and not address_tails.AMOUNT_AFTER.match(text, flat.end()):
            return flat.end()
    return end


# Before the street line: a floor's flat with no number, or a flat and "at" in running text
# ("Ground Floor Flat, 61 Frances Groves", "flat 6 at 1 Parkgatan").
_UNIT_BEFORE = re.compile(
    r"(?:(?:(?:Ground|First|Second|Third|Top|Basement|Garden|Upper|Lower)[ ][Ff]loor[ ]"
    r"(?:[Ff]lat|[Aa]partment|[Mm]aisonette))|(?<![^\W\d_])(?:[Ff]lat|[Aa]partment|[Aa]pt\.?)"
    r"[ ]\d{1,4}[A-Za-z]?[ ]at"
    # or a capitalised flat or suite with its number ("Flat 2/1, 14 Byres Road", "Apartment 4B
    # 22 Baker St")
    # (a flat in lower case too, as running text writes it: "lives in flat 3, 12 Kerr Road")
    r"|(?<![^\W\d_])(?:[Ff]lat|[Aa]partment|Apt\.?|Unit|Studio|Suite)[ ]\d{1,4}[A-Za-z]?"
    r"(?:/\d{1,2})?"
    r")[ ]*,?[ ]*\Z"
)
# The flat word alone before an address that opens with its number: "Flat 12 Kingsley Court".
_FLAT_WORD_BEFORE = re.compile(r"(?<![^\W\d_])(?:Flat|Apartment|Apt\.?|Unit|Studio|Suite)[ ]\Z")
# Words after which a capitalised name and a house number are an address (`addresses`'
# ADDRESS_CUES): Dutch, Polish, Finnish and English ones it did not hold.
CUES = (
    "adres:",
    # the address label of Norway, Denmark, Germany, France, Finland, Croatia and Turkey
    # ("Ny adresse: Vestre Haugen 74", "Anschrift: Am Falkpl. 5", "Osoite: Vanha Talvitie 11")
    "adresse",
    "adresse:",
    "anschrift",
    "anschrift:",
    "osoite",
    "osoite:",
    # ... and "osoite" in the Finnish cases of where one lives, moves to and moves from
    # ("asuu osoitteessa", "muutti osoitteeseen", "muutti pois osoitteesta")
    "osoitteessa",
    "osoitteeseen",
    "osoitteesta",
    "adresa",
    "adresa:",
    "adresi",
    "adresi:",
    "adres",  # Dutch and Polish without the colon: "Adres Boomvalk 143 6-hoog"
    "nieuw adres",
    "woont op",
    "woont nu op",
    "woont aan",
    "nowy adres",
    "mieszka przy",
    "mieszka teraz przy",
    "mieszka na",
    "lives on",
    "living on",
)


_NAME = rf"[{_UP}][^\W\d_]+(?:-[{_UP}]?[^\W\d_]+)*\.?"
# Running text: "at number 64 Villavägen", "lives on Jagtvej, number 7 A", "flat 4 at 9 Ekvägen",
# "lives at 14 B" (a house number and entrance letter alone after a living word).
_AT_NUMBER = re.compile(rf"\d{{1,4}}[A-Za-z]?[ ]({_NAME})(?:[ ]{_NAME}){{0,2}}")
_ON_STREET = re.compile(rf"(?:on|in|at|på|i)[ ](({_NAME})(?:[ ][^\W\d_]+){{0,3}})\Z")
_NUMBER_REST = re.compile(r"\d{1,4}(?:[ ]?[A-H](?![\w]))?")
_FLAT_AT = re.compile(rf"[Ff]lat[ ]\d{{1,4}}[A-Za-z]?[ ]at[ ]\d{{1,4}}[A-Za-z]?[ ]{_NAME}")
_HOUSE_ALONE = re.compile(
    r"\d{1,4}[ ]?[A-H](?=[ ](?:on|in|at|from|last|this|next|with)[ ]|[,.;]|\Z)"
)
TRIGGERS = {" at number ": "at_number", ", number ": "on_street_number"}
# A Norwegian bolignummer ("H0304") after a street no street word gave away: "Eikeskogen 7,
# H0304" (floors up to 39; the trigger is the letter and the floor's first digit).
TRIGGERS.update({f" {c}{d}": "bolignummer" for c in "hukl" for d in "0123"})
_BOLIG = re.compile(r"[HUKL][0-3]\d{3}(?![\w])")
_STREET_BEFORE_BOLIG = re.compile(rf"({_NAME})(?:[ ]{_NAME})?[ ]\d{{1,4}}[A-Za-z]?,?[ ]\Z")
# A Danish floor and side ("3. tv", "2. mf", "st. th", as Danish addresses write them) after a
# street no street word gave away: "Skovbrynet 56, 3. tv". The floor with its side is the cue
# (the trigger is the floor's last character, its full stop and the side), the street and house
# number are read before it; a floor with no street before it ("Kapitel 5, 3. th") and a word
# of the note's languages before the number ("Kapitel 4, 2. tv") stay.
TRIGGERS.update(
    {f"{f}.{g}{s}": "danish_floor" for f in "0123456789tl" for g in ("", " ") for s in _SIDES}
)
_DANISH_FLOOR = re.compile(rf"(?:st|kl|\d{{1,2}})\.[ ]?{_SIDE}(?![^\W\d_])")
_STREET_BEFORE_FLOOR = re.compile(rf"({_NAME})(?:[ ]{_NAME})?[ ]\d{{1,4}}[A-Za-z]?,?[ ]\Z")
# Not after "moved to": a ward ("moved to 3 B") and a school class are written the same way.
MOVING = ("lives at ", "living at ", "live at ")
# A German flat or floor after a street ending in "ring", which is no street word of
# `addresses` ("during", "bring"): "Wiekring 46 / 5. OG links", "Mitschkering 17, Whg. 2";
# the trigger is the unit word, the street is read before it ("Gruppe 4, 2. OG" stays).
TRIGGERS.update({", whg.": "german_unit", ", wohnung ": "german_unit", ". og": "german_unit"})
_GERMAN_UNIT = re.compile(
    rf"([{_UP}][^\W\d_]*(?:-[{_UP}][^\W\d_]*)*(?:ring|-Ring))[ ]\d{{1,4}}[a-z]?(?:,[ ]*|[ ]/[ ]*)"
    r"(?:(?:Whg\.|Wohnung)[ ]?\d{1,4}|\d{1,2}\.[ ]?OG(?:[ ](?:links|rechts))?)(?![\w])"
)


def _ordinary(word: str) -> bool:
    """Whether a capitalised word is an ordinary word or a weekday, not a street's name."""
    low = word.rstrip(".").lower()
    return low in vocab.known_words() or low.removesuffix("s") in dates.ALL_WEEKDAYS


def bolignummer(text: str, low: str, start: int, end: int, n: int) -> tuple[int, int, str] | None:
    """ "Eikeskogen 7, H0304": a capitalised street and house number before a bolignummer."""
    match = _BOLIG.match(text, start + 1)
    street = match and _STREET_BEFORE_BOLIG.search(text, max(0, start - 60), start + 1)
    if not match or not street or _ordinary(street[1]):
        return None
    return street.start(), match.end(), "address"


def danish_floor(text: str, low: str, start: int, end: int, n: int) -> tuple[int, int, str] | None:
    """ "Skovbrynet 56, 3. tv": a capitalised street and house number before a Danish floor and
    side."""
    floor_start = start - 1 if low[start] in "tl" or low[start - 1 : start].isdigit() else start
    floor = _DANISH_FLOOR.match(low, floor_start)  # "st. th", "kl. tv", "12. tv"
    street = floor and _STREET_BEFORE_FLOOR.search(text, max(0, floor_start - 60), floor_start)
    if not floor or not street or _ordinary(street[1]):
        return None
    number_end = street.start() + len(street.group().rstrip(", "))
    if text.startswith(",", number_end):  # the address reader's own widening takes ", 3. tv"
        return street.start(), number_end, "address"  # and a postcode and town after it
    return street.start(), floor.end(), "address"


def german_unit(text: str, low: str, start: int, end: int, n: int) -> tuple[int, int, str] | None:
    """ "Wiekring 46 / 5. OG links", "Mitschkering 17, Whg. 2": a capitalised street and house
    number before a German flat or floor."""
    for match in _GERMAN_UNIT.finditer(text, max(0, start - 60), min(n, end + 20)):
        if match.start() < start < match.end() and not _ordinary(match[1]):
            return match.start(), match.end(), "address"
    return None


def at_number(text: str, low: str, start: int, end: int, n: int) -> tuple[int, int, str] | None:
    """ "they live at number 64 Villavägen": the house number and the street after it."""
    match = _AT_NUMBER.match(text, end)
    if not match or _ordinary(match[1]):
        return None  # "at number 3 The whole summer"
    return end, match.end(), "address"


def on_street_number(
    text: str, low: str, start: int, end: int, n: int
) -> tuple[int, int, str] | None:
    """ "she lives on Jagtvej, number 7 A": the street before the comma and the number."""
    street = _ON_STREET.search(text, max(0, start - 60), start)
    number = _NUMBER_REST.match(text, end)
    if not street or not number or _ordinary(street[2]):
        return None  # "live on Mondays, number 4", "in Team Alpha, number 3"
    return street.start(1), number.end(), "address"


def flat_at(text: str, low: str, start: int, end: int, n: int) -> tuple[int, int, str] | None:
    """ "flat 4 at 9 Ekvägen" in running text."""
    match = _FLAT_AT.match(text, start)
    return (start, match.end(), "address") if match else None


def house_alone(text: str, at: int, cue: str) -> tuple[int, int] | None:
    """After a living word (`MOVING`), a house number and its entrance letter with nothing
    after them ("she lives at 14 B with her son"); "lives at 14" alone stays."""
    if cue not in MOVING:
        return None
    match = _HOUSE_ALONE.match(text, at)
    return (at, match.end()) if match else None


# A Turkish neighbourhood before the street: "Kızılay Mah. Atatürk Cad. No: 12".
_NEIGHBOURHOOD_BEFORE = re.compile(rf"(?:{_NAME}[ ]){{1,3}}(?:Mah\.|Mahallesi|Mh\.)[ ]*,?[ ]*\Z")


def unit_start(text: str, start: int) -> int:
    """The start of an address at `start`, over a flat or a Turkish neighbourhood before it."""
    before = _UNIT_BEFORE.search(text, max(0, start - 40), start)
    if not before and start < len(text) and text[start].isdigit():
        before = _FLAT_WORD_BEFORE.search(text, max(0, start - 12), start)
    before = before or _NEIGHBOURHOOD_BEFORE.search(text, max(0, start - 60), start)
    return before.start() if before else start


def district_end(text: str, end: int) -> int:
    """The end of an address ending in a Danish postcode and town, over its district letter."""
    if _DANISH_TOWN.search(text, max(0, end - 40), end):
        district = _DISTRICT.match(text, end)
        if district:
            return district.end()
    return end


def po_box(text: str, low: str, start: int, end: int, n: int) -> tuple[int, int, str] | None:
    """A post-office box word at low[start:end] with its number ("Postfach 91 42 57")."""
    if start and low[start - 1].isalnum():
        return None
    match = _BOX.match(text, start)
    return (start, match.end(), "address") if match else None
