"""Inflected forms of the neighbour languages' ordinary words that their word lists lack.

`common_<lang>.txt` and `known_<lang>.txt` hold the frequent spellings of Norwegian, Danish
and Finnish, but a language that inflects a word into many forms writes most of them too
rarely for a frequency list: Nynorsk "spytta" (spat), "hevdar" (claims), "aukande"
(rising), Danish "rensdyret" (the reindeer), Finnish "kiistämättä" (undeniably),
"teemallisesti" (thematically), "menkäähän" (do go). In those sentences such a word is taken
for a stranger's name: in lower case after "med" or "ho" (Nynorsk "she", a house officer
in English notes), capitalised where a sentence opens before a name ("Rensdyret Rudolf").

`is_form` reads a word by its language's regular endings (case, number, definiteness,
tense, participles, Finnish possessive suffixes and clitics, up to three of them stacked) and
says whether what is left, or that stem with the vowel its dictionary form ends in, is an
ordinary word of the language's lists. A stem that is a name of the lexicon or a name the
language's people bear is no evidence ("Mikolle" is Mikko's, not a word's). A Finnish
noun of action in "-ointi" ("Havainnointi", observation; "arvioinnissa") is a word by its
derivational ending alone, whether the lists hold its verb or not. Only the grammar of each
language is used, no word of any text.
"""

from __future__ import annotations

from functools import lru_cache

from casebook.deid import finnish_derivation, finnish_imperatives, lexicon, spoken_finnish, vocab

# The vowels of Finnish, whose endings and consonant gradation turn on them.
FINNISH_VOWELS = "aeiouyäö"

# Endings of Norwegian (bokmål and nynorsk) and Danish: nouns (definite, plural, genitive),
# verbs (past, present, participles, passive) and adjectives (plural, comparison), and the
# two suffixes that make a noun of a verb: of its action, "-ing" ("kanseller|ing|en" of
# "kansellere", the cancellation; Danish "aflys|ning"), and of its agent, "-ør" on a verb in
# "-ere" ("kontroll|ør|en", the inspector, beside "kontroll"; "redakt|ør").
_SCANDINAVIAN = (
    "ingane ingar inga ande ende arne erne ene ane aste este ast est ete ene"
    " ar er en et te de ne es ere ing ør a e t s r"
).split()
# Endings of Finnish: cases (singular, plural), possessive suffixes, clitics, verb forms
# (persons, past, conditional, passive, participles, infinitives) and adverbs.
_FINNISH = (
    "llisesti isesti sti"
    " massa mässä masta mästä maan mään malla mällä matta mättä maton mätön"
    " ttiin tiin ttaan ttään taan tään isimme isitte isivat isivät isin isit isi"
    " imme itte ivat ivät neet nut nyt ttu tty tu ty essa essä"
    " issa issä ista istä illa illä ilta iltä ille iksi ina inä ineen isiin ihin iin"
    " jen ien tten ten ssa ssä sta stä lla llä lta ltä lle ksi na nä ta tä"
    " seen hin mme tte vat vät nsa nsä ni si an än en in it ja jä"
    " kin kaan kään han hän pa pä ko kö s n t a ä i"
).split()
_ENDINGS = {"nb": _SCANDINAVIAN, "da": _SCANDINAVIAN, "fi": _FINNISH}
# The vowels a stem may lose before an ending: "spytt|a" of "spytte", "kiistä|mättä" of
# "kiistää", "hevd|ar" of "hevde".
_RESTORED = {"nb": ("", "e", "a"), "da": ("", "e"), "fi": ("", "a", "ä", "i", "e", "aa", "ää")}
# Endings that a compound's last word must carry for the compound to be read as a word: a
# family name built of two words ends in one's plain form ("Sol|berg", "Kivi|mäki",
# "Nord|bakken"), an ordinary compound in running text often in an inflected one
# ("straum|prisar", "rivitalo|kodissa", "veteraani|näyttelijät").
_COMPOUND_ENDINGS = {
    "nb": ("ar", "er", "ane", "ene", "inga", "ingar", "ingane", "ande", "ende", "et"),
    "da": ("er", "ene", "erne", "ende", "et"),
    "fi": (
        "ssa ssä sta stä lla llä lta ltä lle ksi tta ttä iin ihin ista istä illa illä"
        " ille issa issä at ät it ut yt ot öt"
    ).split(),
}
_SHORTEST_PART = 3
_SHORTEST_STEM = 3
_DEPTH = 3  # endings stacked: Finnish "kodi|ssa|mme|kin"


def word_list(lang: str) -> frozenset[str]:
    """The ordinary words of `lang` ("nb", "da", "fi") its lists hold, uninflected or not."""
    return vocab.listed(lang)


@lru_cache(maxsize=1 << 16)
def is_form(word: str, lang: str) -> bool:
    """Whether the lower-case `word` is a regular inflection of an ordinary word of `lang`
    ("nb", "da", "fi") that its lists hold (see the module docstring)."""
    if lang not in _ENDINGS or word in lexicon.all_names():
        return False
    if lang == "fi" and _action_noun(word):
        return True  # "Havainnointi", "havainnoinnin": observation, of observing
    if lang == "fi" and finnish_imperatives.is_imperative(word):
        return True  # "satuta", "Toivota": a listed verb's imperative or connegative
    if lang == "fi" and _passive_participle(word):
        return True  # "Haastateltava", "tutkittavan": one interviewed, to be studied
    if lang == "fi" and _passive_temporal(word):
        return True  # "Annettaessa", "tehtäessä": when given, when done
    if lang == "fi" and finnish_derivation.derived(word):
        return True  # "Turvattomuus", "Työperäinen": derived from listed words
    if lang == "fi" and spoken_finnish.written_form(word):
        return True  # "Itte", "sellasta", "kattoo": spoken forms of listed words
    return _stem_known(word, lang, _DEPTH) or _compound(word, lang)


# The endings that derive abstract nouns in Norwegian, Danish and Swedish ("hjelpeløshet",
# gratitude; "forståelse", understanding; "vennskap", friendship; "sygdom", illness;
# "situasjon", "kvalitet"), bare, definite or plural; no name of the lexicon of seven
# letters or more ends so (a patronymic in "-elsen", "Mikkelsen", ends no derived noun).
_DERIVED_NOUN = tuple(
    "heit heten heden hetene else skap skapet skab skabet dom dommen sjon sjonen sjoner"
    " itet iteten".split()
)
# "-het"/"-hed" follows a consonant of the stem, never "c" ("Blanchet") nor a vowel.
_NOT_BEFORE_HET = frozenset("caeiouyæøåäö")
_SHORTEST_DERIVED = 7


def derived_noun(word: str) -> bool:
    """Whether the lower-case `word` ends in an ending that derives an abstract noun in
    Norwegian, Danish or Swedish ("-het", "-else", "-skap", "-dom", "-sjon", "-itet"), a word
    by its shape even where no list holds it ("tillært hjelpeløshet"); never a name of
    the lexicon nor a patronymic in "-sen"."""
    if len(word) < _SHORTEST_DERIVED or word.endswith("sen") or word in lexicon.all_names():
        return False
    if word.endswith(("het", "hed")):  # "hjelpeløshet", "frihed"; not "Blanchet", "Medjahed"
        return word[-4] not in _NOT_BEFORE_HET
    return word.endswith(_DERIVED_NOUN)


# The Finnish passive present participle ("haastateltava", the one to be interviewed;
# "tutkittava", the one studied; VISK § 522) is built on the passive stem that the past
# passive ("haastateltiin") and the passive past participle ("haastateltu") carry too: the
# stem, then "-ava"/"-ävä". A word so ending is the participle of a listed verb when one of
# those two forms of the same stem is listed; the participle then takes the endings of any
# noun ("haastateltavan", "tutkittavat"). Family names in "-tava" ("Otava", "Rautava",
# "Katava") have no such verb forms, or a stem too short to be one ("kat|u" is a street).
_PARTICIPLE = ("tava", "tävä")
_PARTICIPLE_STEM = 5  # letters before "-ava": "haastatelt", "tutkitt", "kuult"


def nominative_listed(word: str) -> bool:
    """Whether the lower-case `word`, which the Finnish lists lack, is the nominative of a
    noun whose nominative plural ("-t") and partitive ("-a"/"-ä", after a vowel doubled or
    "-ta"/"-tä") they both hold: "kävijä" of "kävijät" and "kävijää". No name of the lexicon."""
    if len(word) < _SHORTEST_STEM + 1 or word[-1] not in FINNISH_VOWELS:
        return False
    words = vocab.listed("fi")
    if word in words or word in lexicon.all_names() or word + "t" not in words:
        return False
    back = "a" if any(c in "aou" for c in word) else "ä"
    return word + back in words or word + "t" + back in words


def _passive_participle(word: str) -> bool:
    """Whether a lower-case word is a Finnish passive present participle of a listed verb,
    perhaps inflected (see `_PARTICIPLE`)."""
    names = lexicon.all_names()
    for ending in ("", *_FINNISH):
        if ending and not word.endswith(ending):
            continue
        bare = word[: len(word) - len(ending)]
        for stem_end in (bare, bare[:-1] + "a", bare[:-1] + "ä"):  # "tutkittava|n", "-vi|a"
            if not stem_end.endswith(_PARTICIPLE) or stem_end in names:
                continue
            stem = stem_end[:-3]
            if len(stem) >= _PARTICIPLE_STEM and _passive_stem(stem, stem_end.endswith("a")):
                return True
    return False


# The Finnish passive temporal ("annettaessa", when (it is) given; "tehtäessä", when done;
# VISK § 536, the second infinitive's inessive in the passive) is built on the same passive
# stem: the stem, then "-aessa"/"-äessä". It is a word where the passive past participle or
# the past passive of that stem is listed ("annettu", "annettiin"); no name ends so.
_TEMPORAL = ("taessa", "täessä")


def _passive_temporal(word: str) -> bool:
    """Whether a lower-case word is a Finnish passive temporal of a listed verb."""
    if not word.endswith(_TEMPORAL):
        return False
    stem = word[:-5]
    return len(stem) >= _SHORTEST_STEM + 1 and _passive_stem(stem, word.endswith("a"))


def _passive_stem(stem: str, back: bool) -> bool:
    """Whether a Finnish passive stem ("haastatelt", "annett") is a listed verb's: its past
    participle ("-u"/"-y" by vowel harmony, `back`) or its past passive ("-iin") is listed."""
    words = vocab.listed("fi")
    return stem + ("u" if back else "y") in words or stem + "iin" in words


# The Finnish noun of action made of a verb in "-oida"/"-öidä" (VISK § 233: "havainnoida",
# to observe: "havainnointi"; "arvioida": "arviointi"; "rekisteröidä": "rekisteröinti"), in
# its strong grade and, before an ending, its weak one ("havainnoinnin", "arvioinnissa").
# No name of the lexicon ends so.
_ACTION = ("ointi", "öinti")
_ACTION_WEAK = ("oinni", "öinni")
_ACTION_MIN = 8  # "vointi" (how one feels) and shorter words are listed where frequent


def _action_noun(word: str) -> bool:
    """Whether a lower-case word is a Finnish noun of action in "-ointi", perhaps inflected."""
    if len(word) >= _ACTION_MIN and word.endswith(_ACTION):
        return True
    return any(
        word.endswith(ending)
        and len(word) - len(ending) >= _ACTION_MIN
        and word[: -len(ending)].endswith(_ACTION + _ACTION_WEAK)
        for ending in _FINNISH
    )


def _compound(word: str, lang: str) -> bool:
    """An ordinary word, then an inflected ordinary word written together, as the three
    languages write compounds ("straum|prisar", "rivitalo|kodissa"): the last part must carry
    one of `_COMPOUND_ENDINGS`, neither part may be a name."""
    if not word.endswith(tuple(_COMPOUND_ENDINGS[lang])):
        return False
    words, names = vocab.listed(lang), lexicon.all_names()
    for cut in range(len(word) - _SHORTEST_PART - 1, _SHORTEST_PART - 1, -1):
        head = word[cut:]
        if head in names or not (head in words or _stem_known(head, lang, _DEPTH)):
            continue
        first = word[:cut]
        for modifier in (first, first[:-1] if first[-1:] in "se" else first):
            if len(modifier) >= _SHORTEST_PART and modifier in words and modifier not in names:
                return True
    return False


# Finnish consonant gradation of nouns (VISK § 41): before most endings a stem's last
# consonant stands in its weak grade, which the dictionary form has strong ("vang|it" of
# "vanki", "virr|an" of "virta", "kyyd|eistä" of "kyyti", "pennu|t" of "pentu"); weak grade
# first, strong after; a single weak consonant only after a vowel ("kyyd-", not "ald-"), and
# only where the word and the stem agree in vowel harmony. The plain "k" that the weak
# grade drops is not restored.
_WEAK_TO_STRONG = (
    ("ng", "nk"),
    ("mm", "mp"),
    ("nn", "nt"),
    ("ll", "lt"),
    ("rr", "rt"),
    ("d", "t"),
    ("v", "p"),
    ("k", "kk"),
    ("p", "pp"),
    ("t", "tt"),
)


def _strong_grades(stem: str) -> list[str]:
    """The Finnish stem with its last consonant put back in the strong grade, and an "e"-stem
    with the "i" of its dictionary form ("kyyde" -> "kyyte", "kyyti"; "vang" -> "vank"), but
    for the "-se" stem of a "-nen" word."""
    vowels = len(stem) - len(stem.rstrip(FINNISH_VOWELS))
    head, tail = stem[: len(stem) - vowels], stem[len(stem) - vowels :]
    out = []
    for weak, strong in _WEAK_TO_STRONG:
        if (
            head.endswith(weak)
            and len(head) > len(weak)
            and head[-len(weak) - 1] != weak[-1]
            and (len(weak) == 2 or head[-2] in FINNISH_VOWELS)  # "ald" of no "alt"
        ):
            out.append(head[: -len(weak)] + strong + tail)
            break
    # ("-se-" is the stem of a "-nen" word, "Virtase|lle" of Virtanen: no "i" there)
    return out + [
        form[:-1] + "i" for form in (stem, *out) if form.endswith("e") and form[-2] != "s"
    ]


def _harmonic(word: str, stem: str) -> bool:
    """Whether a Finnish word and a stem read into it agree in vowel harmony: back vowels
    ("a", "o", "u") and front ones ("ä", "ö", "y") never stand in one simple word ("Keida"
    is no weak grade of "keitä")."""
    back, front = set("aou"), set("äöy")
    whole = set(word) | set(stem)
    return whole.isdisjoint(back) or whole.isdisjoint(front)


# The stems of a Finnish word in "-nen" (VISK § 71; "muukalainen", stranger; "nainen",
# woman): "-se-" before most singular endings and the plural "-t" ("muukalaise|t",
# "muukalaise|n"), "-s-" before "-ta"/"-tä" and "-ten" ("muukalais|ta", "nais|ten"), "-si-" in
# the plural ("muukalaisi|a", "nais|ille"). Such a stem is a word where the lists hold its
# "-nen" form and the lexicon bears no one so named ("Virtase|lle" is Virtanen's).
_NEN_STEMS = ("se", "si", "s")


def _nen_word(stem: str) -> bool:
    """Whether a Finnish stem (an ending taken off) is the "-se-", "-s-" or "-si-" stem of a
    listed word in "-nen" that is no name of the lexicon."""
    for tail in _NEN_STEMS:
        if stem.endswith(tail) and len(stem) - len(tail) >= _SHORTEST_STEM:
            base = stem[: -len(tail)] + "nen"
            return base in vocab.listed("fi") and base not in lexicon.all_names()
    return False


def _stem_known(word: str, lang: str, depth: int) -> bool:
    words, names = vocab.listed(lang), lexicon.all_names()
    for ending in _ENDINGS[lang]:
        if not word.endswith(ending) or len(word) - len(ending) < _SHORTEST_STEM:
            continue
        stem = word[: -len(ending)]
        if stem in names:
            return False  # "Mikolle", "Haugen": a name inflected
        for vowel in _RESTORED[lang]:
            if stem + vowel in words and stem + vowel not in names:
                return True
        if lang == "fi" and _nen_word(stem):
            return True  # "Muukalaiset", "naisille": strangers, to women ("muukalainen")
        if lang == "fi":
            strong = [form for form in _strong_grades(stem) if len(form) >= _SHORTEST_STEM]
            if not any(  # "Virran", "Aallon": Virta's, Aalto's, a name's case, no evidence
                form + vowel in names for form in strong for vowel in ("", "a", "ä", "i")
            ) and any(
                form + vowel in words and _harmonic(word, form + vowel)
                for form in strong
                for vowel in _RESTORED[lang]
            ):
                return True  # "vangit", "kyydeistä": weak grade of "vanki", "kyyti"
        if len(stem) >= 2 and stem[-1] == stem[-2] and stem[:-1] in words:
            return True  # "spytt|a": a doubled consonant of "spyt"
        if depth > 1 and _stem_known(stem, lang, depth - 1):
            return True
    return False


# Endings of a Finnish finite verb or of an infinitive or participle that opens a sentence:
# persons of present and past ("tapaa|n", "pyysi|mme", "tapas|in", "kävi|vät"), conditional
# ("-isi-"), passive ("tavat|aan", "soitet|tiin"), infinitives and participles ("Tavattu|a",
# "Soitta|essa", "Kysy|mättä"). A noun's genitive or plural ("Talon", "Talot") ends in "-n" or
# "-t" too: such a word is ordinary as well, and no name.
_FINNISH_VERB = (
    "isimme isitte isivat isivät isin isit isi imme itte ivat ivät ttiin tiin ttaan ttään"
    " taan tään mme tte vat vät neet nut nyt ttu tty ttua ttyä tuaan tyään essa essä"
    " mättä matta malla mällä massa mässä in it n t i"
).split()
# Simple consonant gradation of a verb's stem: the weak grade of a past or person form
# before the strong grade its dictionary form or listed forms hold ("tapa|sin" of "tavata",
# "pyy|simme" of "pyytää", "soi|tin" of "soittaa").
_GRADATION = (("v", "p"), ("d", "t"), ("t", "tt"), ("p", "pp"), ("k", "kk"), ("s", "t"))


@lru_cache(maxsize=1 << 14)
def is_finnish_verb_form(word: str) -> bool:
    """Whether the lower-case `word` reads as a Finnish verb form by its ending (see
    `_FINNISH_VERB`) whose stem, with simple consonant gradation undone, is an ordinary word
    of the Finnish lists or a regular inflection of one; never a name of the lexicon or a
    word whose stem is one ("Mikolle", "Matti")."""
    names = lexicon.all_names()
    if word in names:
        return False
    for ending in _FINNISH_VERB:
        if not word.endswith(ending) or len(word) - len(ending) < _SHORTEST_STEM:
            continue
        stem = word[: -len(ending)]
        if stem in names or (stem.endswith("se") and stem[:-2] + "nen" in names):
            return False  # "Mikolle", "Virtasen" (Virtanen's)
        if word in vocab.listed("fi") or is_form(word, "fi"):
            return True
        for weak, strong in _GRADATION:
            cut = stem.rfind(weak)
            if cut > 0 and is_form(stem[:cut] + strong + stem[cut + 1 :] + ending, "fi"):
                return True
    return False
