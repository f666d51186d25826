"""A Finnish compound written with a hyphen whose last part is an ordinary word in lower case:
"Tasa-arvoon liittyviä asioita" (equality), "Ranta-asemakaava" (a shore plan), "Koski-palvelu"
(a service), "Pietari-säätiö" (a foundation).

Finnish joins the parts of a compound with a hyphen where the same vowel meets ("tasa-arvo",
"ranta-asemakaava") and after a proper noun ("Koski-palvelu", "Lenin-museo"), and the part
after the hyphen stays in lower case. Opening a sentence, such a word is capitalised, and its
first part is often a name of the lexicon ("Ranta", "Koski", "Pietari"): it read as a
stranger's double name. A person's double name capitalises both parts ("Yli-Jokipii",
"Anna-Liisa"); the family names written with a lower-case part end in a name of their own
("Ranta-aho", "Koski-aho": "aho" is a family name too). So a capitalised word whose part after
its last hyphen is in lower case, an ordinary Finnish word (listed or regularly inflected),
and no given or family name of the lexicon is a word, not a name. In UD's Finnish treebanks
(FTB, OOD, PUD) none of the 85 such words is a person's name: 73 are nouns, 5 adjectives,
7 proper nouns of things ("Lenin-museo", "Carelia-lehden", "Urkki-koira").

The first part of a compound whose last part is left to the next conjunct, written with a
hyphen and a space before "ja", "tai", "sekä" or "eli" ("Mäki- tai metsämaastossa", on hilly
or wooded ground; "Lasten- ja nuortenkirjat"), is no name either (`suspended_part`): the
hyphen there stands for the shared last part, which a name has not, and the languages beside
Finnish write the same ("Barn- och ungdomsvård", "barne- og ungdomsarbeid", "pre- and
post-operative"). The next conjunct must be a lower-case word: the compound that carries the
shared part.

A closed compound of "nimi" (name) is a noun of naming, not a name (`naming_noun`):
"Käyttäjänimi" (user name), "Sukunimi", "Paikannimi"; in those treebanks every word whose
lemma ends in "nimi" is a noun (none a proper noun), and no name of the lexicon ends so but a
foreign given name ("Toluwanimi"), whose first part is no Finnish word.
"""

from __future__ import annotations

from casebook.deid import lexicon, note_language, vocab


def common_tail(text: str, end: int) -> bool:
    """Whether the capitalised word ending at `end` goes on with a hyphen and a last part in
    lower case that is an ordinary Finnish word and no name ("Tasa-arvoon", "Koski-palvelu";
    not "Ranta-aho", "Anna-Liisa")."""
    if text[end : end + 1] != "-":
        return False
    stop = end + 1
    while stop < len(text) and (text[stop].isalpha() or text[stop] == "-"):
        stop += 1
    tail = text[end + 1 : stop].rpartition("-")[2]
    if len(tail) < 3 or not tail.islower():
        return False
    return tail not in lexicon.all_names() and note_language.word_of(tail, "fi")


# Conjunctions after a suspended first part: Finnish, Swedish, Norwegian and Danish, English.
_SUSPENDING = frozenset("ja tai sekä eli och eller samt og and or".split())
_NEXT = 4  # letters at least of the compound after the conjunction


def suspended_part(text: str, end: int) -> bool:
    """Whether the word ending at `end` goes on with a hyphen, a space, a conjunction and a
    lower-case word: the first part of a compound whose last part the next word carries
    ("Mäki- tai metsämaastossa", "Barn- och ungdomsvård"; not "Mäki-Kala", "Mäki - tai")."""
    if text[end : end + 2] != "- ":
        return False
    conjunction = text[end + 2 : end + 8].split(" ", 1)
    if len(conjunction) < 2 or conjunction[0] not in _SUSPENDING:
        return False
    at = end + 3 + len(conjunction[0])
    stop = at
    while stop < len(text) and text[stop].isalpha():
        stop += 1
    return stop - at >= _NEXT and text[at:stop].islower()


# A closed compound whose head is "nimi" (name) names a kind of name: "käyttäjänimi" (user
# name), "etunimi", "sukunimi", "paikannimi". No Finnish given or family name of the lexicon
# ends so; a foreign one may ("Toluwanimi"), so the first part must be a Finnish word.
_NAME_HEAD = "nimi"
_FIRST_PART = 3


def naming_noun(word: str) -> bool:
    """Whether the lower-case `word` is a Finnish compound of "nimi" whose first part is a
    word of the Finnish lists, in the nominative or the genitive ("käyttäjä|nimi", "paikan|
    nimi"), and no name of the lexicon: the noun, capitalised where a sentence or a label
    opens ("Käyttäjänimi, josta luettelo alkaa")."""
    if not word.endswith(_NAME_HEAD) or len(word) < len(_NAME_HEAD) + _FIRST_PART:
        return False
    if word in lexicon.all_names():
        return False
    first = word[: -len(_NAME_HEAD)]
    listed = vocab.listed("fi")
    return first in listed or (first[-1] == "n" and first[:-1] in listed)
