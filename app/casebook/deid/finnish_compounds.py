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
"""

from __future__ import annotations

from casebook.deid import lexicon, note_language


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
