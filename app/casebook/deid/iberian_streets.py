"""Spanish and Portuguese street lines whose house number the other street rules do not read.

Each is a street type of the country's postal usage, a capitalised name (or, in Argentina, a
number: "Av. 4", "Diagonal 1", "Av. 159 A") and the house number in one of three forms:

- Argentina and much of Latin America: "N°", "Nº", "No.", "Nro." or "#" before the number,
  then a flat or office ("Av. 4 N° 71 Oficina 1", "Calle Bahía Blanca N° 382 Dto. 1");
- Mexico (Correos de México): the outer number and the inner one after it, bare or named
  ("Privada Guerrero 993 518", "Avenida Jiménez 104 Interior 974", "Calle Hidalgo 12 Int. 3",
  "Calzada Roma 551 Edif. 120 , Depto. 292");
- Portugal and Spain (CTT, Correos): the name, a comma and the number or "S/N" (sin/sem
  número) ("Rua Mota, 686", "Av Camila Sousa, 76", "R. de Vicente, 7", "Largo Ramos, S/N").

The type must be written with its capital and the name must follow it capitalised, so "la
calle de mi madre, 5" and "Interior design 980 kr" are no address. A bare inner number is not
taken before a lowercase word or a time ("Calle Hidalgo 45 500 pesos", "12 10:30").
`addresses.widen` then reads the postcode and town after it.
"""

from __future__ import annotations

import re

Found = tuple[int, int, str]

_UP = "A-ZÀ-ÖØ-Þ"
_TYPES = (
    # Spanish (Mexico's street prefixes, Argentina's, Spain's)
    r"Calle|Avenida|Av\.|Avda\.|Diagonal|Diag\.|Boulevard|Bulevar|Blvd?\.|Calzada|Callejón|"
    r"Camino|Carretera|Cerrada|Circuito|Circunvalación|Privada|Prolongación|Periférico|"
    r"Peatonal|Pasaje|Andador|Retorno|Viaducto|Corredor|Eje vial|Paseo|Plaza|Ronda|Travesía|"
    # Portuguese (CTT's types and their abbreviations)
    r"Rua|Avenida|Av|Travessa|Largo|Alameda|Praça|Praceta|Estrada|Calçada|Beco|Rotunda|"
    r"R\.(?=[ ]d[aeo]s?[ ])"
)
_CONNECT = r"(?:de|del|la|las|los|y|da|do|dos|das|e|el)"
_WORD = rf"[{_UP}][^\W\d_]*\.?(?:-[{_UP}][^\W\d_]*)?"
_NAME = rf"(?:{_CONNECT}[ ])?{_WORD}(?:[ ](?:{_CONNECT}[ ])*{_WORD}){{0,5}}"
_NUMBERED_NAME = r"\d{1,3}(?:[ ](?:[A-Z]|Bis)(?![^\W\d_]))?"
_UNIT = (
    r"(?:[ ]?,)?[ ](?:Interior|Int\.|Edif\.|Edificio|Depto\.|Dpto\.|Dto\.|Piso|Oficina|Of\.|"
    r"Local|Torre|Casa|Lote|Mz\.)[ ]?\d{1,5}[A-Z]?(?![\w:])"
)
# A bare inner number is no address before an amount, a count or a time of day.
_AMOUNT = (
    r"(?:pesos|euros?|€|\$|kr|dólares|personas|veces|años|meses|días|horas|minutos|min|h|hrs|"
    r"am|pm|a\.m\.|p\.m\.|people|times|years|hours|minutes)(?![^\W\d_])"
)
# After "Rua Mota, 686" a note goes on with a preposition or a conjunction; any other word in
# lower case is what the number counts ("Calle Ocho, 5 friends").
_LINKS = (
    r"(?:with|in|on|at|since|from|and|until|med|i|på|hos|sedan|och|til|og|bei|mit|seit|und|"
    r"ja|kanssa|viime|sammen|y|e|con|desde|em|com|en|et|avec|depuis)(?![^\W\d_])"
)
_START = rf"(?<![\w.])(?:{_TYPES})[ ]"

# "Av. 4 N° 71 Oficina 1", "Calle Bahía Blanca N° 382 Dto. 1", "Calle Juárez #123"
_SIGNED = re.compile(
    rf"{_START}(?:{_NAME}|{_NUMBERED_NAME})[ ]?(?:N[°º]|N\.[°º]|No\.|Nro\.|#)[ ]?\d{{1,5}}(?![\d-])"
    rf"(?:[ ]?[A-Z](?![^\W\d_]))?(?:{_UNIT}){{0,3}}"
)
# "Privada Guerrero 993 518", "Avenida Jiménez 104 Interior 974"
_INNER = re.compile(
    rf"{_START}{_NAME}[ ]\d{{1,5}}"
    rf"(?:(?:{_UNIT}){{1,3}}|[ ]\d{{1,4}}(?![\d:.,/]\d|[\d/%]|[ ]?{_AMOUNT}))"
)
# "Rua Mota, 686", "Largo Ramos, S/N", "R. de Vicente, 7"
_COMMA = re.compile(
    rf"{_START}{_NAME},[ ](?:S/N|s/n|\d{{1,5}}[A-Z]?(?![\d:.,/]\d|[\d%/]|[ ]?(?:%|€|kr))"
    rf"(?![ ](?!{_LINKS})[a-zà-ÿ]))"
    rf"(?:{_UNIT}){{0,2}}"
)
# The postcode and town after it, when a postcode says so: Portugal's "6821-993 Vila Nova de
# Foz Côa", Argentina's "La Plata 1900, Buenos Aires", Mexico's "San Nayeli, MOR 02685-9952".
_TAIL = re.compile(
    rf"(?:,[ ]\d{{4}}-\d{{3}}[ ]{_NAME}"
    rf"|,[ ]{_NAME}[ ]\d{{4}}(?:,[ ]{_NAME})?"
    rf"|,[ ]{_NAME},[ ][A-Z]{{2,4}}\.?[ ]\d{{5}}(?:-\d{{4}})?)(?![\w-])"
)
_TYPE_AT = re.compile(_START)
# The types alone, without the look-behind of `_START`: a text none of them stands in has no
# street line here, and this search skips most texts far faster than `_TYPE_AT`'s scan
# (whose look-behind is tried at every character).
_ANY_TYPE = re.compile(rf"(?:{_TYPES})[ ]")
# Every type opens with a capital and a lower-case letter, or is "R." before "da", "de", "do",
# "das", "dos": a text in capitals has neither, and is passed over without trying each type
# at each of its letters (the lower-case letter first, which a text in capitals lacks, so the
# engine skips to it in C).
_TYPE_LEAD = re.compile(r"[a-z](?<=[A-Z][a-z])")
# What a house number needs near it, opening with the class of its first character (each
# form's own first character checked behind it), so the engine skips to that class in C.
_QUICK = re.compile(
    r"[N#,\d](?:(?<=N)(?:[°º]|\.[°º]|o\.|ro\.)|(?<=#)|(?<=\d)[ ,]|(?<=,)(?: \d| S/N| s/n))"
)


def find(text: str) -> list[Found]:
    """Every Spanish or Portuguese street line in `text` with its house number."""
    found: list[Found] = []
    if not _QUICK.search(text):
        return found
    if (not _TYPE_LEAD.search(text) and "R. d" not in text) or not _ANY_TYPE.search(text):
        return found
    end = 0
    for start in _TYPE_AT.finditer(text):  # one scan for the types, then each form there
        if start.start() < end:
            continue
        for pattern in (_SIGNED, _INNER, _COMMA):
            match = pattern.match(text, start.start())
            if match:
                tail = _TAIL.match(text, match.end())
                end = tail.end() if tail else match.end()
                found.append((match.start(), end, "address"))
                break
    return found
