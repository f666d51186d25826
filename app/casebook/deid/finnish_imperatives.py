"""Finnish imperatives and connegatives that the Finnish word lists lack, made from the
verbs' dictionary forms the lists hold.

A frequency list counts a verb's infinitive ("satuttaa", to hurt; "toivottaa", to wish) but
rarely the forms a spoken line uses: the imperative "Toivota minulle onnea" (wish me luck),
the connegative after a negation verb "Älä satuta häntä", "En satuta sinua" (don't hurt
her, I won't hurt you), the plural imperative "Älkää satuttako häntä", "Satuttakaa".
Such a form ends like a name with a case on it ("satu" + "ta", "toivo" + "ta", "satu" +
"tta" + "ko"), and was taken for a registered Satu or Toivo inflected.

The forms follow the grammar (Iso suomen kielioppi, VISK: consonant gradation, the
imperative, the connegative):

- a verb of the first type (its infinitive a stem ending in a vowel, then "a" or "ä":
  "satutta|a", "kerto|a", "tietä|ä") makes its imperative singular and its present
  connegative of the stem in the weak grade ("satuta", "kerro", "tiedä", "lähde", "ota",
  "anna"), and keeps a stem whose consonant does not gradate ("puhu", "muista");
- its other imperatives and their connegative keep the strong stem: "-kaa"/"-kää" (you
  all), "-ko"/"-kö" (after "älkää", "älköön"), "-koon"/"-köön", "-koot"/"-kööt" (let
  him, let them), "-kaamme"/"-käämme" (let us): "satuttakaa", "satuttako".

Only a verb whose weak grade differs from its strong one is read (the others' forms are
the listed stem itself, "puhu", "muista"), and only an infinitive that is a verb, not a
noun's partitive of the same shape ("akkua", battery): a derived verb in "-ttaa"/"-ttää"
of eight letters or more, or one the lists hold in a form only a verb takes (`_verb`).
A single "k" between vowels is left alone (its weak grade is lost or turns into "v" or "j":
"lukea" -> "lue", "kulkea" -> "kulje"), and so is every form that is a name of the lexicon
("anna" of "antaa", "toivo" of "toivoa"): the lists and the name rules decide those as
before. `bench/finnish_imperatives_ud.py` checks the forms against the imperatives and
connegatives that UD Finnish annotators tagged.

A verb whose present stem ends in "e" makes its imperative singular of that stem, in the
strong grade where it gradates ("harjoitella" -> "harjoittele", "kuunnella" -> "kuuntele",
"tarvita" -> "tarvitse"); the lists hold that stem in the third person plural
("harjoittelevat"), a form no noun takes, so the imperative is read from it
(`stem_imperative`).
"""

from __future__ import annotations

from functools import cache

from casebook.deid import lexicon, vocab

_VOWELS = "aeiouyäö"
# Strong grade -> weak grade before the stem's last vowel, longest first.
_WEAK = (
    ("kk", "k"),
    ("pp", "p"),
    ("tt", "t"),
    ("nt", "nn"),
    ("mp", "mm"),
    ("lt", "ll"),
    ("rt", "rr"),
    ("nk", "ng"),
    ("ht", "hd"),
)
# Consonants before the last vowel that do not gradate ("muista", "usko", "puhu", "aja").
_STAYS = ("st", "sk", "sp", "tk", "ts")
# Endings of the imperatives other than the singular, glued to the strong stem.
_PLURAL = ("kaa", "ko", "koon", "koot", "kaamme")
_INFINITIVE_MIN = 5  # "ottaa", "antaa"; not "saa" (gets), "maa" (land)
_CAUSATIVE_MIN = 8  # "satuttaa", "toivottaa"; not "mittaa" (a measure's partitive)


def _harmony(ending: str, infinitive: str) -> str:
    return ending.replace("a", "ä").replace("o", "ö") if infinitive[-1] == "ä" else ending


def singular(infinitive: str) -> str | None:
    """The imperative singular (and present connegative) of a first-type verb in weak grade
    ("satuttaa" -> "satuta", "kertoa" -> "kerro"), or None for any other shape."""
    if len(infinitive) < _INFINITIVE_MIN or infinitive[-1] not in "aä":
        return None
    stem = infinitive[:-1]
    if stem[-1] not in _VOWELS or stem[-2] in _VOWELS:
        return None  # not a first-type verb ("tulla", "haluta"), or a long vowel ("saa")
    body, vowel = stem[:-1], stem[-1]
    for strong, weak in _WEAK:
        if body.endswith(strong):
            return body[: -len(strong)] + weak + vowel
    if body.endswith(_STAYS) or body[-1] not in "ptk":
        return stem  # "muista", "puhu": no gradation
    if body[-1] == "k":
        return None  # "lue", "kulje": the weak grade of a single k varies
    before = body[-2:-1]
    if before not in _VOWELS and before not in ("h", "l", "r"):
        return stem
    return body[:-1] + ("d" if body[-1] == "t" else "v") + vowel  # "tiedä", "leivo"


def _verb(infinitive: str, words: frozenset[str]) -> bool:
    """Whether a first-type infinitive of the lists is a verb, not a noun's partitive of the
    same shape ("akkua", battery; "arpia", scars): a causative or other derived verb in
    "-ttaa"/"-ttää" of three syllables or more ("satuttaa", "toivottaa", "kirjoittaa"), or
    one the lists also hold in a form only a verb takes: the third person plural ("-vat"),
    the past participle ("-nut", "-neet"), the third infinitive ("-maan", "-massa",
    "-malla") or, for a stem in a short vowel other than "a", "ä", the third person singular
    that lengthens it ("nukkuu", "kertoo")."""
    stem = infinitive[:-1]
    if infinitive.endswith(("ttaa", "ttää")) and len(infinitive) >= _CAUSATIVE_MIN:
        return True
    a = infinitive[-1]
    endings = ["vat", "nut", "neet", "maan", "massa", "malla"]
    if a == "ä":
        endings = [e.replace("a", "ä").replace("u", "y") for e in endings]
    if stem[-1] not in "aä":
        endings.append(stem[-1])
    return any(stem + ending in words for ending in endings)


def forms(infinitive: str, words: frozenset[str] = frozenset()) -> list[str]:
    """The imperatives and connegatives the module docstring derives from a first-type
    `infinitive` whose weak grade differs from its strong one, if it is a verb (`_verb`,
    the word lists `words` its evidence)."""
    one = singular(infinitive)
    if not one or one == infinitive[:-1] or not _verb(infinitive, words):
        return []
    stem = infinitive[:-1]
    return [one, *(stem + _harmony(ending, infinitive) for ending in _PLURAL)]


@cache
def _derived() -> frozenset[str]:
    words = vocab.listed("fi")
    names = lexicon.all_names()
    return frozenset(
        form
        for infinitive in words
        for form in forms(infinitive, words)
        if form not in words and form not in names
    )


@cache
def _singulars() -> frozenset[str]:
    """Every imperative singular of a first-type verb the Finnish lists hold, names too."""
    words = vocab.listed("fi")
    return frozenset(
        one
        for infinitive in words
        if (one := singular(infinitive)) is not None and _verb(infinitive, words)
    )


def singular_of_listed(word: str) -> bool:
    """Whether the lower-case `word` is the imperative singular of a first-type verb the
    Finnish lists hold, though it be a name of the lexicon as well ("anna" of "antaa", give;
    "toivo" of "toivoa", hope): the readers of a whole clause decide (`neighbour_openings`)."""
    return word in _singulars()


# Endings only a verb's present stem takes: the third person plural and the second plural
# ("harjoittele|vat", "harjoittele|tte"); no noun's case or possessive ends so.
_VERB_ONLY = ("vat", "vät", "tte")
_STEM_MIN = 7  # "harjoittele", "kuuntele"; not "tule", "ala", "aja": names as often


def stem_imperative(word: str) -> bool:
    """Whether the lower-case `word` is the imperative singular of a verb whose present stem
    ends in "e" (the "-ella", "-nna", "-sta", "-ita" types: "harjoitella" -> "harjoittele",
    "tarvita" -> "tarvitse"), which that stem is, where the lists hold the stem in a form only
    a verb takes ("Harjoittele, mutta älä ota paineita": the lists hold "harjoittelevat",
    they practise); seven letters or more, no name of the lexicon."""
    if len(word) < _STEM_MIN or word[-1] != "e" or word in lexicon.all_names():
        return False
    words = vocab.listed("fi")
    return word not in words and any(word + ending in words for ending in _VERB_ONLY)


def is_imperative(word: str) -> bool:
    """Whether the lower-case `word` is a Finnish imperative or connegative made of a verb the
    Finnish lists hold (module docstring, `stem_imperative`), no name of the lexicon."""
    return word in _derived() or stem_imperative(word)
