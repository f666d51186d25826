"""Names as Finnish sentences inflect them: the name a written form is of, so that a
stranger's name of the lexicon is found in any case, not only in the one the lexicon lists,
and a registered name typed in lower case with a case on it (`inflected_registered.py`).

Finnish glues its cases to a name and changes the stem as it does for any word:

- consonant gradation, the weak grade before most endings: "Jukka" -> "Jukan", "Jukalle",
  "Jukasta"; "Matti" -> "Matin", "Matille"; "Satu" -> "Sadun"; "Virta" -> "Virran"
  (kk/k, pp/p, tt/t, t/d, p/v, nt/nn, mp/mm, lt/ll, rt/rr, nk/ng); the strong grade stays
  in the partitive, essive and illative ("Jukkaa", "Jukkana", "Jukkaan");
- the illative doubles the last vowel: "Ainoon", "Mattiin" (not read after an a or e:
  "-aan" and "-een" are as often the genitive of a word in -as or -es, "varpaan", a toe's);
- a name ending in a consonant takes a linking "i": "Ahmedin", "Ahmedille", "Erikiä";
- "-nen" family names change to "-se-" ("Virtasen", "Virtaselle") and "-s-" before the
  partitive ("Virtasta");
- an old name in "-e" doubles it: "Laineen", "Laineelle" (Laine);
- a name ending in "-s" takes "-kse-" ("Markuksen", "Niklakselle"), and "-as"/"-es"/"-is"
  names may take a long vowel instead ("Tuomaan", "Tuomaalle");
- a clitic may follow a case of two letters or more: "Jukallekin", "Ainolletkaan".

The genitive "s" that Danish, Norwegian and Swedish glue on ("Mettes mor", "Jonas' far") and
English "'s" are not read here: `names.py` keeps them after a registered name's tag and
`unregistered.py` after a stranger's ("[name]s mor"), so they are no case of this module.

`bases` gives every name a form may be, longest ending first; `lexicon_base` the first
that is a name of the lexicon, no ordinary word of any of the study's languages nor a town
("Jukan" is Jukka; "Helsingissä" is no one, Helsinki being a town; "Kelan" is the social
insurance institution, "kela" a word).
"""

from __future__ import annotations

from functools import lru_cache

from casebook.deid import finnish_imperatives, lexicon, note_language, role_parentheses, vocab
from casebook.deid.neighbour_forms import FINNISH_VOWELS

_NEIGHBOURS = ("nb", "da", "fi", "de")  # the languages of `names_own.tsv`

# Finnish case endings, both vowel harmonies.
_CASES = tuple(
    sorted(
        """n a ä ta tä na nä ksi ssa ssä sta stä lla llä lta ltä lle tta ttä ineen
        kse ksen kselle ksella kselta ksesta ksessa kseksi ksena""".split(),
        key=len,
        reverse=True,
    )
)
# The cases by their last letter, longest first as above: a form is read only against the
# cases its last letter may end (most words end in none: no Python step per case).
_CASES_BY_LAST = {c[-1]: tuple(x for x in _CASES if x[-1] == c[-1]) for c in _CASES}
_CLITICS = ("kaan", "kään", "kin", "han", "hän", "ko", "kö")
# Weak grade -> strong grade: the stem a gradated form came from ("juka" -> "jukka").
_STRONG = (
    ("kk", "k"),
    ("pp", "p"),
    ("tt", "t"),
    ("nn", "nt"),
    ("mm", "mp"),
    ("ll", "lt"),
    ("rr", "rt"),
    ("ng", "nk"),
    ("k", "kk"),
    ("p", "pp"),
    ("t", "tt"),
    ("d", "t"),
    ("v", "p"),
)
MIN_BASE = 3


@lru_cache(maxsize=1 << 16)
def bases(word: str) -> tuple[str, ...]:
    """The names a lower-case word may be an inflected form of (without the word itself)."""
    out: list[str] = []
    for form in _without_clitic(word):
        clitic = form != word
        for case in _CASES_BY_LAST.get(form[-1:], ()):
            if not form.endswith(case) or len(form) - len(case) < MIN_BASE:
                continue
            if clitic and len(case) < 3:
                continue  # "kuninkaan" is no "kunin" + "kaan": a clitic follows a long case
            stem = form[: -len(case)]
            _add(out, _stems(stem, case))
        if len(form) > MIN_BASE + 2 and form[-1] == "n" and form[-2] == form[-3] in FINNISH_VOWELS:
            # "tuomaan" (Tuomas); the illative "ainoon", "mattiin", but not after a long a or
            # e, the genitive of a word in -as or -es too ("varpaan", a toe's)
            _add(out, [form[:-2] + "s"] if form[-2] in "aäe" else [form[:-2]])
            if form[-2] == "e":
                _add(out, [form[:-2]])  # "laineen": an "-e" name's genitive (Laine)
            if form[-4:-2] == "ii":
                _add(out, [form[:-3]])  # "ahmediin": a consonant name's illative
    return tuple(b for b in out if b != word)


# The cases a plural stem's "i" takes before it, and that writers glue with an "i" to a
# foreign name ending in a vowel: "Virtasille" (to the Virtanens), "Kennedyiltä", and
# "Traceille", "Warsamein" as typed.
_PLURAL_CASES = tuple(
    sorted(
        "n lle llä lla ltä lta ssa ssä sta stä ksi".split(),
        key=len,
        reverse=True,
    )
)


def plural_bases(word: str) -> list[str]:
    """The names ending in a vowel that a lower-case word may be with an "i" and a case glued
    on: the Finnish plural's "i" ("hanneille", to the Hannes; "wittyiltä", from the Wittys),
    or a linking "i" put after a foreign name as after one ending in a consonant
    ("traceille", "warsamein", "rahimiille"). `bases` reads an "i" as linking only after a
    consonant ("ahmedille"). A Finnish word's plural, or a plural of a name that is a Finnish
    word too, is that word's ("pulloissa", in bottles; "ruusuilla", on roses, beside a Ruusu),
    and so is the plural of a word in "-i", whose "i" turns "e" there ("villeissä", in wild
    ones, of "villi", beside a Ville)."""
    out = []
    for case in _PLURAL_CASES:
        if not word.endswith(case):
            continue
        stem = word[: -len(case)]
        if len(stem) > MIN_BASE + 1 and stem[-1] == "i" and stem[-2] in FINNISH_VOWELS:
            base = stem[:-1]
            if not (
                note_language.word_of(base, "fi")
                or note_language.word_of(word, "fi")
                or (base[-1] == "e" and note_language.word_of(base[:-1] + "i", "fi"))
            ):
                out.append(base)
    return out


def _without_clitic(word: str) -> list[str]:
    forms = [word]
    for clitic in _CLITICS:
        if word.endswith(clitic) and len(word) - len(clitic) > MIN_BASE:
            forms.append(word[: -len(clitic)])
    return forms


def _stems(stem: str, case: str) -> list[str]:
    """The nominatives `stem` (a form without `case`) may stand for."""
    if case.startswith("kse"):
        return [stem + "s"]  # "markuksen" -> "markus"
    out = [stem]
    if stem.endswith("se"):
        out.append(stem[:-2] + "nen")  # "virtasen", "virtaselle"
    if stem.endswith("s") and case in ("ta", "tä"):
        out.append(stem[:-1] + "nen")  # "virtasta"
    if stem[-1] == "i" and len(stem) > MIN_BASE and stem[-2] not in FINNISH_VOWELS:
        out.append(stem[:-1])  # "ahmedille", "erikin": a linking "i"
    if stem[-1] in FINNISH_VOWELS and stem[-1] == stem[-2:-1]:
        out.append(stem[:-2] + stem[-1] + "s")  # "tuomaalle" -> "tuomas"
        if stem[-1] == "e":
            out.append(stem[:-1])  # "laineelle" -> "laine", an old "-e" stem
    if stem[-1] in FINNISH_VOWELS:
        body, vowel = stem[:-1], stem[-1]
        for weak, strong in _STRONG:
            if body.endswith(weak) and not body.endswith(strong):
                out.append(body[: -len(weak)] + strong + vowel)  # "juka" -> "jukka"
                break
    return out


def _add(out: list[str], words: list[str]) -> None:
    for word in words:
        if len(word) >= MIN_BASE and word not in out:
            out.append(word)


@lru_cache(maxsize=1)
def _neighbour_words() -> frozenset[str]:
    """The ordinary words of the neighbour languages and German, common and rarer: "satu"
    (a fairy tale) is a word and "sadun" its genitive too."""
    words: set[str] = set()
    for language in _NEIGHBOURS:
        words |= vocab._read(f"common_{language}.txt") | vocab._read(f"known_{language}.txt")
    return frozenset(words)


@lru_cache(maxsize=1)
def _names() -> frozenset[str]:
    """Lexicon names that are no ordinary word of English or Swedish, nor a town, nor a word
    of a neighbour language that its people do not bear as a name (`names_own.tsv`: "Satu",
    "Matti" and "Mette" are names there, though the frequency lists hold them as words)."""
    barred = vocab.known_words() | lexicon.places() | vocab.RELATIONS
    return lexicon.all_names() - barred - (_neighbour_words() - _own_names())


@lru_cache(maxsize=1)
def _own_names() -> frozenset[str]:
    """The names the people of the neighbour countries bear (`note_language.own_names`)."""
    return frozenset().union(*(note_language.own_names(lang) for lang in _NEIGHBOURS))


@lru_cache(maxsize=1 << 16)
def lexicon_base(word: str) -> str | None:
    """The lexicon name a lower-case word not itself listed is an inflected form of, or None.
    The caller makes sure the word is no ordinary word ("annan", "kelan")."""
    if len(word) <= MIN_BASE or not word.isalpha():
        return None
    names = _names()
    return next((base for base in bases(word) if base in names), None)


def name_shaped(word: str) -> bool:
    """Whether an unknown lower-case word is a name by its form: shaped like a family name
    ("wahlgren", `lexicon.surname_shaped`) or an inflected name of the lexicon ("jukalle").
    A name with a genitive "s" ("mettes") is left to the rules that read the noun after it."""
    if lexicon.surname_shaped(word):
        return True
    return not (word[-1:] == "s" and word[:-1] in lexicon.all_names()) and bool(lexicon_base(word))


def plain_name(word: str, base: str) -> bool:
    """Whether `word`, an inflected form of the name `base`, can be nothing else in lower
    case: no ordinary word of any language Casebook reads, nor a town, nor a word form; and
    `base` a word of a neighbour language only where its people bear it as a name."""
    known = vocab.known_words()
    if word in known or base in known or base in lexicon.places() or word in _neighbour_words():
        return False
    if base in _neighbour_words() and base not in _own_names():
        return False
    if finnish_imperatives.is_imperative(word):
        return False  # "satuta", "satuttako" (don't hurt): a verb, not Satu with a case
    return not vocab.is_word_form(word)


# Finnish words that take a person before them: postpositions after a genitive ("jukan
# kanssa", with Jukka; "ainon luona", at Aino's) and verbs of saying, calling and coming in
# the past after a subject ("jukka soitti", "aino kertoi"). A lexicon name typed in lower
# case before one is the person (`lowercase_names.py`), and none of them is a family name
# after a given one ("gezim kertoi" is Gezim telling, not a person named Gezim Kertoi).
POSTPOSITIONS = frozenset(
    """kanssa kanssaan luona luokse luota mukaan kautta puolesta takia vuoksi kera""".split()
)
SUBJECT_VERBS = frozenset(
    """sanoi kertoi soitti kysyi vastasi totesi ilmoitti lupasi halusi pyysi ehdotti
    kävi tuli lähti saapui oli on ei meni muutti asuu asui tekstasi viestitti""".split()
)
# Of those, the verbs of saying, asking, calling and wanting, whose subject is a person: a
# Finnish common noun that is also a family name ("rinne", a slope; "aalto", a wave) is a
# person before these only ("rinne soitti"); before the copula, the negation or a verb of
# coming and going any noun stands as readily ("kun rinne oli valmis", "aalto tuli").
HUMAN_SUBJECT_VERBS = frozenset(
    """sanoi kertoi soitti kysyi vastasi totesi ilmoitti lupasi halusi pyysi ehdotti
    tekstasi viestitti""".split()
)

CUES = POSTPOSITIONS | SUBJECT_VERBS
# Finnish words that point at or own the noun after them: the demonstratives, and the
# genitives of the personal pronouns, written and spoken ("tämä vuori on", this mountain;
# "mun sisko on", my sister; "se saarni oli", that ash tree). The word after one heads a
# noun phrase, a common noun, though a family name is spelt like it (Vuori, Sisko, Saarni).
# So do the quantifier pronouns that stand before a noun and agree with it (VISK § 747:
# "kaikki toivo on mennyt", all hope; "koko saari on", the whole island; "jokainen arvo"),
# which a person's name never takes; not "joka", also the relative "who".
DETERMINERS = frozenset(
    """tämä tuo se nämä nuo ne tää toi minun sinun hänen meidän teidän heidän mun sun sen
    mein teiän heiän jonka joiden kenen minkä
    kaikki koko jokainen jokin mikään moni muutama usea eräs""".split()
)


# The endings of Finnish participles and derived adjectives in the nominative singular (VISK
# §§ 278-285, 520-522): past passive and active participles ("otettu", "tehty", "ottanut"),
# present participles ("seuraava", "tuleva"), adjectives in "-inen", "-llinen", "-ton",
# comparatives ("vanhempi"). Before a noun they agree with it; a person's name in lower case
# takes no such attribute ("pinosta otettu arvo on", the value taken off the stack).
_ATTRIBUTE_ENDINGS = (
    "ttu",
    "tty",
    "tu",
    "ty",
    "nut",
    "nyt",
    "va",
    "vä",
    "inen",
    "ton",
    "tön",
    "mpi",
)
_ATTRIBUTE_MIN = 5  # "otettu", "toinen"; not "katu", "tyty"


def finnish_attribute(before: str) -> bool:
    """Whether the lower-case `before` is a Finnish participle or adjective (`_ATTRIBUTE_ENDINGS`)
    that the Finnish lists hold or inflect regularly: the word after it is a noun."""
    return (
        len(before) >= _ATTRIBUTE_MIN
        and before.endswith(_ATTRIBUTE_ENDINGS)
        and note_language.word_of(before, "fi")
    )


# Genitives of Finnish nouns of people (relatives, neighbours, clients): a person's name may
# follow one ("naapurin arvo" is the neighbour's Arvo as well as the neighbour's value).
_PERSON_GENITIVES = frozenset(
    """äidin isän veljen siskon sisaren vaimon miehen aviomiehen puolison pojan tyttären
    lapsen ystävän naapurin serkun tädin sedän enon mummon vaarin ihmisen naisen tytön
    henkilön asiakkaan potilaan""".split()
)
_GENITIVE_MIN = 4  # "maan", "työn"; not "en", "on", "un"
# Endings of the same letters that are no common noun's genitive: an agent noun's, a person
# ("hoitajan", "kilpailijan"); a verb's first person past ("avasin", "ymmärsin").
_NOT_GENITIVE_ENDINGS = ("jan", "jän", "sin")


def finnish_genitive_attribute(before: str) -> bool:
    """Whether the lower-case `before` is the genitive of a Finnish common noun that the lists
    hold, no noun of people and no name's genitive: it owns the noun after it ("määrän arvo
    on väärin", the quantity's value; "sivun nimi", the page's name)."""
    return (
        len(before) >= _GENITIVE_MIN
        and before[-1] == "n"
        and before not in _PERSON_GENITIVES
        and not before.endswith(_NOT_GENITIVE_ENDINGS)
        and before not in vocab.function_words()
        and before in note_language.ordinary_words("fi")
        and before[:-1] not in lexicon.all_names()
        and _noun_stem(before[:-1])
    )


def _noun_stem(base: str) -> bool:
    """Whether the lists hold `base` (a genitive without its "n") as a noun: itself and its
    partitive ("määrä", "määrää"; "kuvio", "kuviota"), which no adverb ("eilen") and no verb
    with the first person's "n" ("puhuin" of "puhui", "puhun" of "puhu") has."""
    listed = vocab.listed("fi")
    if base not in listed or finnish_imperatives.singular_of_listed(base):
        return False
    a = "a" if any(c in "aou" for c in base) else "ä"
    return base + a in listed or base + "t" + a in listed


def finnish_setting(word: str, following: str, before: str = "") -> bool:
    """Whether a lower-case name of the lexicon `word` (in any case) is a person by the Finnish
    word `following` it: a genitive before a postposition, a nominative before a verb; not
    after a determiner (`before`, the word right before it, in `DETERMINERS`; also the genitive
    relative and interrogative pronouns, a possessor: "jonka arvo on", whose value is), a
    participle or an adjective (`finnish_attribute`: "vanhempi veli asui", the elder brother;
    "pinosta otettu arvo on", the value taken) or the genitive of a common noun
    (`finnish_genitive_attribute`: "määrän arvo on", the quantity's value), which make it a
    noun. A word of the Finnish lists is a person before a verb only when the verb takes a
    person (`HUMAN_SUBJECT_VERBS`) or a role noun stands before it: "kun mäki oli valmis" is
    the hill, "opettaja satu oli kutsunut" the teacher Satu."""
    if before in DETERMINERS or finnish_attribute(before) or finnish_genitive_attribute(before):
        return False
    if following in POSTPOSITIONS:
        return word.endswith("n") and lexicon_base(word) is not None
    return (
        following in SUBJECT_VERBS
        and word in _names()
        and (
            following in HUMAN_SUBJECT_VERBS
            or word not in vocab.listed("fi")
            or before in role_parentheses.FINNISH_ROLE_NOUNS  # "opettaja satu oli": a role's
        )
    )
